from axes import apps as axes_apps
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    default = True
    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from operations import cache_health, generation, staff_sessions  # noqa: F401

        # Any content change makes every cached page stale (operations/generation.py).
        generation.connect_signals()


class AxesConfig(axes_apps.AppConfig):
    """django-axes, under a name the admin's editors read in their language."""

    default = False
    verbose_name = _("Sign-in protection")
