from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecodePortalConfig(AppConfig):
    name = "decode_portal"
    verbose_name = _("Site pages")

    def ready(self):
        from decode_portal import pagecache

        pagecache.connect_signals()
