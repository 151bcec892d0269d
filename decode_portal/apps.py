from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class DecodePortalConfig(AppConfig):
    default = True
    name = "decode_portal"
    verbose_name = _("Site pages")

    def ready(self):
        from decode_portal.content.translations import connect_tracking

        connect_tracking()


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's site as ``admin.site``."""

    default = False
    default_site = "decode_portal.admin_site.PortalAdminSite"
