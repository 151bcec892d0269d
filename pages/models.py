from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.models import TimestampedModel
from common.richtext import RichTextField
from common.sources import SourcesRelation


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
        EASY_READ = "easy_read", _("Easy to read")

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
