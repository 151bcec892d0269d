from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    """The building blocks every content app uses; its one model is ``Source``."""

    default = True
    name = "common"
    verbose_name = _("Sources")
