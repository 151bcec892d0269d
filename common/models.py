from django.db import models
from django.utils.translation import gettext_lazy as _


class TimestampedModel(models.Model):
    """Content that shows "Last updated" on its public page."""

    created = models.DateTimeField(_("created"), auto_now_add=True, editable=False)
    updated = models.DateTimeField(_("last updated"), auto_now=True, editable=False)

    class Meta:
        abstract = True


from common.sources import Source  # noqa: E402, F401  (the model lives beside its helpers)
