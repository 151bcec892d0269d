from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default = True
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import registry
        from search.documents import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="decode_sqlite_fold")
        # Every app's search.py registers its searchable kinds (see search/registry.py).
        registry.autodiscover()
        # Once all apps have migrated: GIN indexes on every kind's search documents.
        post_migrate.connect(
            registry.ensure_search_indexes, sender=self, dispatch_uid="decode_search_indexes"
        )
