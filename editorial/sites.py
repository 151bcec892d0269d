"""The portal's admin site: Django's, plus the editors' dashboards (translations to do, published
content without a source) and their counts on the index.

Every admin registered with it speaks grammatical Latvian (``LatvianWording``), those of
django.contrib.auth and django-axes included.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from editorial.sources import unsourced, unsourced_count
from editorial.translations import (
    backlog_count,
    confirm_up_to_date,
    is_partner_language,
    mark_reviewed,
    translation_backlog,
)
from editorial.wording import LatvianWording


class PortalAdminSite(admin.AdminSite):
    site_header = _("DeCoDe portal administration")
    site_title = _("DeCoDe portal")
    index_title = _("Content")
    index_template = "admin/portal_index.html"

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, LatvianWording):
            admin_class = type(
                admin_class.__name__,
                (LatvianWording, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def get_urls(self):
        return [
            path(
                "translations/",
                self.admin_view(self.translations_view),
                name="translations",
            ),
            path(
                "translations/up-to-date/",
                self.admin_view(require_POST(self.translation_up_to_date_view)),
                name="translation_up_to_date",
            ),
            path(
                "translations/reviewed/",
                self.admin_view(require_POST(self.translation_reviewed_view)),
                name="translation_reviewed",
            ),
            path("sources/", self.admin_view(self.unsourced_view), name="unsourced"),
            # Before Django's own "view on site" shortcut, which checks no object permission.
            path(
                "r/<int:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            *super().get_urls(),
        ]

    def view_on_site(self, request, content_type_id, object_id):
        """The object's public address, for an object this editor may view in the admin only:
        the address of another partner's draft is not given away."""
        content_type = ContentType.objects.filter(pk=content_type_id).first()
        model = content_type.model_class() if content_type else None
        if model is None or not self.is_registered(model):
            raise Http404
        model_admin = self.get_model_admin(model)
        try:
            obj = model_admin.get_queryset(request).filter(pk=object_id).first()
        except (ValueError, ValidationError):
            obj = None
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404
        return shortcut(request, content_type_id, object_id)

    def index(self, request, extra_context=None):
        context = {
            "translation_backlog_count": backlog_count(request, self),
            "unsourced_count": unsourced_count(request, self),
        }
        return super().index(request, {**context, **(extra_context or {})})

    def translations_view(self, request):
        """Objects whose translation is missing or older than the other language's text."""
        chosen = request.GET.get("language")
        codes = [chosen] if chosen in dict(settings.LANGUAGES) else None
        context = {
            **self.each_context(request),
            "title": _("Translations to do"),
            "sections": translation_backlog(request, self, codes=codes),
            "chosen_language": chosen if codes else "",
            "asks_review": is_partner_language(chosen),
            "partner_languages": [
                (code, name)
                for code, name in settings.LANGUAGES
                if code not in settings.AUTHORITATIVE_LANGUAGES
            ],
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/translations.html", context)

    def unsourced_view(self, request):
        """Published content that names no source: what readers cannot check."""
        context = {
            **self.each_context(request),
            "title": _("Published without a source"),
            "sections": unsourced(request, self),
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/unsourced.html", context)

    def translation_up_to_date_view(self, request):
        """An editor checked a stale translation and found it still right: no longer listed."""
        data = request.POST
        if not confirm_up_to_date(
            request, self, data.get("content_type"), data.get("object"), data.get("language")
        ):
            raise PermissionDenied
        messages.success(request, _("Marked as up to date: it is no longer listed."))
        return redirect("admin:translations")

    def translation_reviewed_view(self, request):
        """An editor who reads a partner's language reviewed its translation of one object."""
        data = request.POST
        code = data.get("language")
        if not mark_reviewed(request, self, data.get("content_type"), data.get("object"), code):
            raise PermissionDenied
        messages.success(request, _("Marked as reviewed: it is listed again if its text changes."))
        url = reverse("admin:translations")
        return redirect(f"{url}?language={code}" if is_partner_language(code) else url)
