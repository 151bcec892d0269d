from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core import checks
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    default = True
    name = "editorial"
    verbose_name = _("Editorial work")

    def ready(self):
        from editorial.grammar import check_nouns
        from editorial.translations import connect_tracking

        # Every model of the admin has its Latvian forms (editorial/grammar.py).
        checks.register(check_nouns, checks.Tags.admin)
        # Which language of each translated object changed when (translation dashboard).
        connect_tracking()


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's site as ``admin.site``."""

    default = False
    default_site = "editorial.sites.PortalAdminSite"
