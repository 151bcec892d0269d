"""The project in the media (others' reports and the project's own press releases) and its
publications (the informational material first)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.documents import LanguagePdf
from common.downloads import CountedDownload
from common.images import Renditions, ValidatedImageField, rendition
from common.models import TimestampedModel
from common.publishing import Publishable, PublishableQuerySet
from common.richtext import RichTextField
from common.sources import (
    DatePrecision,
    SourcesRelation,
    date_with_precision,
    first_publisher,
    machine_date,
    with_sources,
)
from common.uploads import UnguessablePath
from events.models import MobilityEvent
from partners.models import Partner
from search.documents import search_document_columns, stored_search_documents

SLUG_HELP = _(
    "The address on the site, the same in every language, e.g. “kick-off-daugavpils” gives "
    "/lv/jaunumi/kick-off-daugavpils/. Changing it breaks links."
)


class PressReleaseQuerySet(PublishableQuerySet):
    # published(): what visitors may see (published, and its publication time has come).

    def translated_into(self, code):
        """Press releases with their own title in language ``code`` (not a fallback)."""
        return self.exclude(**{f"title_{code.replace('-', '_')}": ""})

    def for_page(self):
        """Ready for an item's page: its event, host, partners and sources in three queries."""
        return with_sources(
            self.select_related("related_event__host")
            .prefetch_related("partners")
            .defer(*search_document_columns(self.model))
        )

    def for_list(self):
        """Ready for a list with each item's event (feeds): no per-item queries, no search
        documents loaded."""
        return self.select_related("related_event").defer(
            *search_document_columns(self.model), "body_lv", "body_en"
        )

    def cards(self):
        """Only what a card shows (news/includes/press_card.html): no body, no event; the first
        source's publisher comes in the same query."""
        return self.only(
            "slug", "title", "summary", "kind", "publish_at", "date_precision"
        ).annotate(publisher=first_publisher(self.model))


class PressRelease(Renditions, Publishable, TimestampedModel):
    """An item of the "In the media" section: a summary, in our words, of what a partner, a
    municipality or the press reported about the network, or a press release of its own."""

    class Kind(models.TextChoices):
        COVERAGE = "coverage", _("media coverage")
        RELEASE = "release", _("press release")

    slug = models.SlugField(_("slug"), max_length=100, unique=True, help_text=SLUG_HELP)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One to three sentences for the news list, feeds and search engines."),
    )
    body = RichTextField(_("text"))
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.COVERAGE,
        help_text=_(
            "Media coverage: what others reported, summarised here. Press release: what the "
            "project itself published."
        ),
    )
    date_precision = models.CharField(
        _("date known to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How precisely the original's publication date is known: the site shows only the "
            "month or the year when the day is not known."
        ),
    )
    sources = SourcesRelation()
    image = ValidatedImageField(
        _("image"),
        upload_to=UnguessablePath("news/%Y/"),
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=_("Optional. JPEG, PNG or WebP; location and camera data are removed."),
    )
    image_width = models.PositiveIntegerField(editable=False, null=True)
    image_height = models.PositiveIntegerField(editable=False, null=True)
    image_alt = models.CharField(
        _("image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for those who cannot see it. Required with an image."),
    )
    related_event = models.ForeignKey(
        MobilityEvent,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="press_releases",
        verbose_name=_("related event"),
        help_text=_("The meeting the item is about, if any; it is then listed on its page."),
    )
    partners = models.ManyToManyField(
        Partner,
        blank=True,
        related_name="press_releases",
        verbose_name=_("partners"),
        help_text=_("Partners the item is about or that reported it."),
    )

    # Made once at upload, exactly as for event photos (common.images.rendition).
    webp_480 = rendition(480, "webp")
    webp_960 = rendition(960, "webp")
    webp_1600 = rendition(1600, "webp")
    jpeg_480 = rendition(480, "jpeg")
    jpeg_960 = rendition(960, "jpeg")
    jpeg_1600 = rendition(1600, "jpeg")
    rendition_size_fields = ("image_width", "image_height")

    objects = PressReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        get_latest_by = "publish_at"
        verbose_name = _("media item")
        verbose_name_plural = _("media items")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(image="") | ~models.Q(image_alt_lv=""),
                name="press_release_image_has_alt_text",
                violation_error_message=_("An image needs its alt text."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.image and not self.image_alt_lv:
            raise ValidationError(
                {"image_alt_lv": _("Describe the image for those who cannot see it.")},
                code="alt_text_required",
            )

    @property
    def date_label(self):
        """The publication date as precisely as it is known, in the active language."""
        if self.publish_at is None:
            return ""
        return date_with_precision(timezone.localtime(self.publish_at), self.date_precision)

    @property
    def machine_date(self):
        if self.publish_at is None:
            return ""
        return machine_date(timezone.localtime(self.publish_at), self.date_precision)


stored_search_documents(PressRelease, {"title": "A", "summary": "B", "body": "C"})


class PublicationQuerySet(PublishableQuerySet):
    # published(): what the materials page lists and lets visitors download.

    def with_files(self):
        return self.defer(*search_document_columns(self.model)).prefetch_related(
            models.Prefetch("files", queryset=PublicationFile.objects.order_by("language"))
        )


class Publication(Publishable, TimestampedModel):
    """A project output other than the action plan, e.g. the informational material."""

    class Kind(models.TextChoices):
        BROCHURE = "brochure", _("informational material")
        REPORT = "report", _("report")
        STUDY = "study", _("study")
        PRESENTATION = "presentation", _("presentation")
        OTHER = "other", _("other")

    slug = models.SlugField(_("slug"), max_length=100, unique=True, help_text=SLUG_HELP)
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.BROCHURE)
    date = models.DateField(_("date"), help_text=_("When it was published."))
    description = RichTextField(_("description"))
    source_name = models.CharField(
        _("published by"),
        max_length=200,
        blank=True,
        help_text=_("Who published it, e.g. “Daugavpils City Council”."),
    )
    source_url = models.URLField(
        _("original address"),
        max_length=500,
        blank=True,
        help_text=_("Where the original is published, if elsewhere."),
    )

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('news:materials')}#{self.slug}"


stored_search_documents(Publication, {"title": "A", "description": "B"})


class PublicationFile(CountedDownload, LanguagePdf):
    """A publication's PDF in one language; its downloads are counted like the action plan's."""

    upload_folder = "news/publications/"

    publication = models.ForeignKey(
        Publication,
        on_delete=models.CASCADE,
        related_name="files",
        verbose_name=_("publication"),
    )

    class Meta:
        ordering = ["publication", "language"]
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"],
                name="publication_file_one_per_language",
                violation_error_message=_("This publication already has a file in this language."),
            ),
        ]

    def __str__(self):
        return f"{self.publication} ({self.language})"

    def get_absolute_url(self):
        return reverse(
            "news:download", kwargs={"slug": self.publication.slug, "language": self.language}
        )

    @property
    def download_filename(self):
        """e.g. "DeCoDe-informational-material-2018-en.pdf"."""
        return f"DeCoDe-{self.publication.slug}-{self.language}.pdf"
