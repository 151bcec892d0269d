from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ObjectLanguageRecord(models.Model):
    """Something recorded about one language of one translated object, once per language."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.CharField(_("object id"), max_length=64)
    language = models.CharField(_("language"), max_length=10)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.language}"

    @staticmethod
    def one_per_language(name):
        """The constraint each concrete record declares (under its own name)."""
        return models.UniqueConstraint(fields=["content_type", "object_id", "language"], name=name)


class TranslationChange(ObjectLanguageRecord):
    """When one language of a translated object last changed: what the translation dashboard
    compares to find translations older than the text they translate.

    Kept by editorial.translations for every model registered with
    modeltranslation, on every save (admin, ORM, demo, restore from history); no app does
    anything for it.
    """

    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("translation change")
        verbose_name_plural = _("translation changes")
        constraints = [ObjectLanguageRecord.one_per_language("translation_change_unique_language")]


class TranslationReview(ObjectLanguageRecord):
    """That an editor reviewed one partner-language translation of an object, and which text.

    The portal's editors write the partners' languages from the Latvian and English; a review
    says someone who reads the language checked it. It holds while the text it was made of is
    the text (``text_digest``): any change to that language's fields asks for a new review.
    """

    text_digest = models.CharField(_("digest of the reviewed text"), max_length=64)
    reviewed_at = models.DateTimeField(_("reviewed at"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [ObjectLanguageRecord.one_per_language("translation_review_unique_language")]
