from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecodePortalConfig(AppConfig):
    name = "decode_portal"
    verbose_name = _("Site pages")
