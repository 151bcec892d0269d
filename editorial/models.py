from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationChange(models.Model):
    """When one language of a translated object last changed: what the translation dashboard
    compares to find translations older than the text they translate.

    Kept by editorial.translations for every model registered with
    modeltranslation, on every save (admin, ORM, demo, restore from history); no app does
    anything for it.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.CharField(_("object id"), max_length=64)
    language = models.CharField(_("language"), max_length=10)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("translation change")
        verbose_name_plural = _("translation changes")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="translation_change_unique_language",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.language} {self.changed_at}"
