from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecodePortalConfig(AppConfig):
    """The project: its migrations (the history of the models it once held) and the ``demo``
    command."""

    default = True
    name = "decode_portal"
    verbose_name = _("DeCoDe portal")
