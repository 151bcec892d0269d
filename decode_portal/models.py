from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from decode_portal.content.models import TimestampedModel
from decode_portal.content.richtext import RichTextField
from decode_portal.content.sources import Source, SourcesRelation

__all__ = ["Page", "Source", "TranslationChange"]


class Page(TimestampedModel):
    """A standing page of the site (about, legal notice, accessibility, privacy).

    A small model rather than django.contrib.flatpages: each page has a fixed, named and
    translated URL (so the language switcher maps it to its twin), sanitised rich text and a
    "last updated" date; flatpages store raw HTML under one URL and keep no timestamps.
    """

    class Key(models.TextChoices):
        ABOUT = "about", _("About the project")
        LEGAL = "legal", _("Legal notice")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        PRIVACY = "privacy", _("Privacy notice")

    key = models.CharField(
        _("page"),
        max_length=20,
        choices=Key.choices,
        unique=True,
        help_text=_("Which standing page of the site this is; each exists once."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown under the title and to search engines."),
    )
    body = RichTextField(_("text"))
    sources = SourcesRelation()

    class Meta:
        ordering = ["key"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"pages:{self.key}")


class TranslationChange(models.Model):
    """When one language of a translated object last changed: what the translation dashboard
    compares to find translations older than the text they translate.

    Kept by decode_portal.content.translations for every model registered with
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
