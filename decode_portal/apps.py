from axes import apps as axes_apps
from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core import checks
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DecodePortalConfig(AppConfig):
    default = True
    name = "decode_portal"
    verbose_name = _("Site pages")

    def ready(self):
        from decode_portal import cache_health, generation, search, staff_sessions  # noqa: F401
        from decode_portal.content.admin_grammar import check_nouns
        from decode_portal.content.search import register_sqlite_functions
        from decode_portal.content.translations import connect_tracking

        # Every model of the admin has its Latvian forms (decode_portal/content/admin_grammar.py).
        checks.register(check_nouns, checks.Tags.admin)
        connection_created.connect(register_sqlite_functions, dispatch_uid="decode_sqlite_fold")
        # Every app's search.py registers its searchable kinds (see decode_portal/search.py).
        search.autodiscover()
        # Once all apps have migrated: GIN indexes on every kind's search documents.
        post_migrate.connect(
            search.ensure_search_indexes, sender=self, dispatch_uid="decode_search_indexes"
        )
        # Any content change makes every cached page stale (decode_portal/generation.py).
        generation.connect_signals()
        # Which language of each translated object changed when (translation dashboard).
        connect_tracking()


class AxesConfig(axes_apps.AppConfig):
    """django-axes, under a name the admin's editors read in their language."""

    default = False
    verbose_name = _("Sign-in protection")


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's site as ``admin.site``."""

    default = False
    default_site = "decode_portal.admin_site.PortalAdminSite"
