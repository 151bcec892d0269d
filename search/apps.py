from django.apps import AppConfig
from django.db.backends.signals import connection_created
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
