"""The portal's admin site: Django's, plus the translation dashboard and its count on the index."""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from decode_portal.content.translations import backlog_count, translation_backlog


class PortalAdminSite(admin.AdminSite):
    site_header = _("DeCoDe portal administration")
    site_title = _("DeCoDe portal")
    index_title = _("Content")
    index_template = "admin/portal_index.html"

    def get_urls(self):
        return [
            path(
                "translations/",
                self.admin_view(self.translations_view),
                name="translations",
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
