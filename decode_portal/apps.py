from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DecodePortalConfig(AppConfig):
    name = "decode_portal"
    verbose_name = _("Site pages")

    def ready(self):
        from decode_portal import pagecache, search
        from decode_portal.content.search import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="decode_sqlite_fold")
        # Every app's search.py registers its searchable kinds (see decode_portal/search.py).
        search.autodiscover()
        # Once all apps have migrated: GIN indexes on every kind's search documents.
        post_migrate.connect(
            search.ensure_search_indexes, sender=self, dispatch_uid="decode_search_indexes"
        )
        # Any content change makes every cached page stale (decode_portal/pagecache.py).
        pagecache.connect_signals()
