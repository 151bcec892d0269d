"""The portal's admin site: Django's, plus the translation dashboard and its count on the index.

Every admin registered with it speaks grammatical Latvian (``LatvianAdminMixin``), those of
django.contrib.auth and django-axes included.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from decode_portal.content.admin import LatvianAdminMixin
from decode_portal.content.translations import (
    backlog_count,
    confirm_up_to_date,
    translation_backlog,
)


class PortalAdminSite(admin.AdminSite):
    site_header = _("DeCoDe portal administration")
    site_title = _("DeCoDe portal")
    index_title = _("Content")
    index_template = "admin/portal_index.html"

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, LatvianAdminMixin):
            admin_class = type(
                admin_class.__name__,
                (LatvianAdminMixin, admin_class),
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
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        context = {"translation_backlog_count": backlog_count(request, self)}
        return super().index(request, {**context, **(extra_context or {})})

    def translations_view(self, request):
        """Objects whose translation is missing or older than the other language's text."""
        context = {
            **self.each_context(request),
            "title": _("Translations to do"),
            "sections": translation_backlog(request, self),
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/translations.html", context)

    def translation_up_to_date_view(self, request):
        """An editor checked a stale translation and found it still right: no longer listed."""
        data = request.POST
        if not confirm_up_to_date(
            request, self, data.get("content_type"), data.get("object"), data.get("language")
        ):
            raise PermissionDenied
        messages.success(request, _("Marked as up to date: it is no longer listed."))
        return redirect("admin:translations")
