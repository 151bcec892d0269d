"""The Depopulation Control Action Plan: its editions, themes, measures, good practices and PDFs.

An edition records what is known of the official plan (its title and its table of contents with
the page numbers as printed) beside the portal's own summaries of it (the study, how the plan was
prepared, the situation in the partner cities), which are never the plan's text. Each edition keeps
its PDF files, one per language: an uploaded file is the official edition; a generated one is a
summary of the portal's pages, not the plan.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Prefetch, Q, Subquery
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from common.documents import LanguagePdf
from common.downloads import CountedDownload
from common.images import ValidatedImageField
from common.models import TimestampedModel
from common.publishing import Publishable, PublishableQuerySet
from common.richtext import RichTextField
from common.sources import SourcesRelation, with_sources
from common.uploads import UnguessablePath
from partners.models import Partner

THEME_NUMBER_PATTERN = r"[1-9][0-9]*(?:\.[0-9]+)*"
VERSION_PATTERN = r"[0-9A-Za-z][0-9A-Za-z._-]*"

# What a PDF generated from the portal's pages is called (its title and file name): a summary of
# the portal's pages, never an edition of the plan.
SUMMARY_TITLE = gettext_noop("Summary of the portal's action plan pages")

validate_theme_number = RegexValidator(
    rf"^{THEME_NUMBER_PATTERN}$",
    _("Use the number printed in the plan, e.g. 2.1."),
)
validate_version = RegexValidator(
    rf"^{VERSION_PATTERN}$",
    _("Use letters, digits, dots and hyphens only, e.g. 1.0 or 2020-1."),
)


class ActionPlanQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def newest_first(self):
        return self.order_by(F("publication_date").desc(nulls_last=True), "-created")

    def current(self):
        """The edition the site shows: the newest published one (``None`` before the first)."""
        return self.published().newest_first().first()


class ActionPlan(TimestampedModel):
    """An edition of the Depopulation Control Action Plan."""

    title = models.CharField(_("title"), max_length=200)
    version = models.CharField(
        _("version"),
        max_length=20,
        unique=True,
        validators=[validate_version],
        help_text=_(
            "Names this edition in download addresses and file names, e.g. 1.0. "
            "Changing it breaks links to the edition's files."
        ),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("The day this edition was published. Leave empty if it is not known."),
    )
    introduction = RichTextField(
        _("introduction"),
        help_text=_(
            "The portal's own summary of what the plan is and what it covers, from the sources. "
            "Shown under “The portal's summary”, never as the plan's text."
        ),
    )
    methodology = RichTextField(
        _("methodology"),
        help_text=_(
            "The portal's own summary of how the plan was prepared: meetings, who took part."
        ),
    )
    situation = RichTextField(
        _("situation in the partner cities"),
        help_text=_(
            "The portal's own short overview of the situation in the partner cities, with the "
            "sources of its figures."
        ),
    )
    disclaimer = models.TextField(
        _("the Commission's disclaimer"),
        blank=True,
        help_text=_(
            "The European Commission's disclaimer as the official edition prints it, in this "
            "language. Page 1 of the summary PDF quotes it as the official edition's; empty, it "
            "quotes the English."
        ),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("The newest published edition is the one the site shows."),
    )

    objects = ActionPlanQuerySet.as_manager()

    class Meta:
        ordering = [F("publication_date").desc(nulls_last=True), "-created"]
        verbose_name = _("action plan edition")
        verbose_name_plural = _("action plan editions")

    def __str__(self):
        return f"{self.title} {self.version}"

    def get_absolute_url(self):
        return reverse("actionplan:overview")

    def download_filename(self, language):
        """The name a downloaded file is saved under, with the title in the file's language."""
        suffix = language.replace("-", "_")
        title = (
            getattr(self, f"title_{suffix}", None) or self.title_en or self.title_lv or self.title
        )
        return f"DeCoDe {title} {self.version} {language}.pdf"


class ContentsEntry(models.Model):
    """One line of the official edition's table of contents, with its page as printed."""

    plan = models.ForeignKey(
        ActionPlan,
        on_delete=models.CASCADE,
        related_name="contents",
        verbose_name=_("edition"),
    )
    number = models.CharField(
        _("number"),
        max_length=10,
        blank=True,
        validators=[validate_theme_number],
        help_text=_("As printed in the contents, e.g. 2.1. Empty for an unnumbered line."),
    )
    title = models.CharField(_("title"), max_length=250)
    page = models.PositiveSmallIntegerField(
        _("printed page"),
        null=True,
        blank=True,
        help_text=_("The page number printed in the contents. Leave empty if none is printed."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("line of the contents")
        verbose_name_plural = _("lines of the contents")

    def __str__(self):
        return f"{self.number} {self.title}".strip()

    @property
    def depth(self):
        """1 for a chapter (2), 2 for a section (2.1), and so on; 1 for an unnumbered line."""
        return self.number.count(".") + 1


class Theme(TimestampedModel):
    """A chapter of the plan's section 2, e.g. 2.1 support for birth rates."""

    number = models.CharField(
        _("number"),
        max_length=10,
        unique=True,
        validators=[validate_theme_number],
        help_text=_("As printed in the plan, e.g. 2.1. It is also the theme's web address."),
    )
    title = models.CharField(_("title"), max_length=250)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence for the overview page and search engines."),
    )
    description = RichTextField(_("description"))
    edition_pages = models.CharField(
        _("pages in the PDF edition"),
        max_length=20,
        blank=True,
        help_text=_("Where the theme is printed in the published edition, e.g. 6–9."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Themes are listed by this number, smallest first.")
    )

    class Meta:
        ordering = ["order", "number"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return f"{self.number} {self.title}"

    def get_absolute_url(self):
        return reverse("actionplan:theme", kwargs={"number": self.number})


class Measure(TimestampedModel):
    """One measure the plan proposes under a theme."""

    class Level(models.TextChoices):
        MUNICIPAL = "municipal", _("municipal")
        REGIONAL = "regional", _("regional")
        NATIONAL = "national", _("national")

    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="measures", verbose_name=_("theme")
    )
    title = models.CharField(_("title"), max_length=250)
    description = RichTextField(_("description"))
    target_group = models.CharField(
        _("target group"),
        max_length=200,
        blank=True,
        help_text=_("Who the measure is for, e.g. “families with young children”."),
    )
    responsible_level = models.CharField(
        _("responsible level"),
        max_length=10,
        choices=Level.choices,
        default=Level.MUNICIPAL,
        help_text=_("Which level of government would carry the measure out."),
    )
    time_frame = models.CharField(
        _("time frame"),
        max_length=100,
        blank=True,
        help_text=_("When or how long, e.g. “2020–2022” or “ongoing”."),
    )
    expected_result = models.TextField(_("expected result"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["theme__order", "theme__number", "order", "pk"]
        verbose_name = pgettext_lazy("action plan", "measure")
        verbose_name_plural = pgettext_lazy("action plan", "measures")

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        return f"measure-{self.pk}"

    def get_absolute_url(self):
        return f"{self.theme.get_absolute_url()}#{self.anchor}"


class GoodPracticeQuerySet(PublishableQuerySet):
    """published() (from PublishableQuerySet): published and due; the rest are drafts and
    scheduled practices that only editors see."""

    def for_cards(self):
        """With what a practice card shows: its partner, the meeting where it was presented
        (with its host) and its themes, in a fixed two queries."""
        return self.select_related("partner", "event__host").prefetch_related(
            Prefetch("themes", queryset=Theme.objects.order_by("order", "number"))
        )

    def cards(self):
        """``for_cards()`` reading only the columns a card shows (actionplan/includes/
        practice_card.html), not the texts of the practice's own page nor its partner's."""
        return self.for_cards().only(
            "slug",
            "title",
            "summary",
            "country",
            "partner",
            "partner__city",
            "partner__country",
            "event",
            "event__slug",
            "event__start_date",
            "event__status",
            "event__publish_at",
            "event__host",
            "event__host__city",
        )

    def for_page(self):
        """``for_cards()`` and the practice's sources (one more query), for its own page."""
        return with_sources(self.for_cards())

    def for_partner_page(self):
        """The published practices with their partner (a partner's page reads
        ``partner.good_practices.for_partner_page()``)."""
        return self.published().select_related("partner")


class GoodPractice(Publishable, TimestampedModel):
    """A practice that works against depopulation somewhere, presented to the network."""

    class Section(models.TextChoices):
        """Where a practice comes from. The stored values are kept as they were (they are in
        the list's filter addresses, ?section=4.4); they say nothing about the plan."""

        DAUGAVPILS = "4.1", _("In Daugavpils")
        LATVIA = "4.2", _("Support programmes in Latvia")
        ABROAD = "4.3", _("Abroad")
        PARTNERS = "4.4", _("In the partner cities and regions")

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_(
            "The practice's web address, the same in every language. Changing it breaks links."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for the list of practices and search engines."),
    )
    description = RichTextField(
        _("description"), help_text=_("What the practice is and how it works.")
    )
    results = RichTextField(_("results"), help_text=_("What it has achieved, with sources."))
    transfer_note = RichTextField(
        _("what it would take to transfer it"),
        blank=True,
        help_text=_(
            "Optional: what another city would need to adopt it (partners, money, rules, "
            "time), only as a source says it. Left empty, the practice's page shows nothing."
        ),
    )
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="good_practices",
        verbose_name=_("contributing partner"),
        help_text=_("The network partner that presented the practice, if one did."),
    )
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Only for a practice from a country without a partner: where it comes from."),
    )
    themes = models.ManyToManyField(
        Theme,
        blank=True,
        related_name="good_practices",
        verbose_name=_("themes"),
        help_text=_(
            "Only a theme of the plan that a source links this practice to; otherwise none."
        ),
    )
    section = models.CharField(
        _("where it comes from"),
        max_length=3,
        choices=Section.choices,
        default=Section.PARTNERS,
        help_text=_("Groups the list of good practices; it says nothing about the plan."),
    )
    event = models.ForeignKey(
        "events.MobilityEvent",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="good_practices",
        verbose_name=_("presented at the meeting"),
        help_text=_(
            "The DeCoDe meeting where the practice was presented, only if a source says which."
        ),
    )
    link = models.URLField(
        _("link"), blank=True, help_text=_("A page where readers can learn more.")
    )
    image = ValidatedImageField(
        _("image"),
        upload_to=UnguessablePath("actionplan/practices/"),
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=_("JPEG, PNG or WebP, at most 5 MB. Shown on the practice's page."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Within its group, smaller numbers come first.")
    )
    sources = SourcesRelation()

    # A draft may be a title and a summary; visitors get the description too.
    publish_requires = ("description",)

    objects = GoodPracticeQuerySet.as_manager()

    class Meta:
        ordering = ["section", "order", "pk"]
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        constraints = [
            models.CheckConstraint(
                condition=(Q(partner__isnull=False) & Q(country=""))
                | (Q(partner__isnull=True) & ~Q(country="")),
                name="good_practice_partner_or_country",
                violation_error_message=_(
                    "Choose the contributing partner, or, for a practice from a country "
                    "without a partner, the country (not both)."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("actionplan:practice", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if not self.description_lv:
            raise ValidationError({"description_lv": _("Describe the practice in Latvian.")})
        if self.image and not self.image_alt_lv:
            raise ValidationError(
                {"image_alt_lv": _("Describe the image for people who cannot see it.")}
            )

    @property
    def origin_country(self):
        """The practice's country, from its partner where it has one."""
        return self.partner.country if self.partner_id else self.country


class PlanDocumentQuerySet(models.QuerySet):
    def published(self):
        """Files of published editions, each with its edition."""
        return self.filter(plan__is_published=True).select_related("plan")

    def of_current_edition(self):
        """The files of the edition the site shows (in one query, with that edition)."""
        current = ActionPlan.objects.published().newest_first().values("pk")[:1]
        return self.published().filter(plan=Subquery(current))


def in_reading_order(documents, reader=None):
    """The ``reader``'s language first (a visitor's), then the site's languages in the order of
    ``settings.LANGUAGES`` (Latvian, English, the partners'), then the rest by language code."""
    codes = [code for code, _name in settings.LANGUAGES]
    if reader in codes:
        codes.remove(reader)
        codes.insert(0, reader)

    def position(document):
        found = codes.index(document.language) if document.language in codes else len(codes)
        return (found, document.language)

    return sorted(documents, key=position)


class PlanDocument(TimestampedModel, CountedDownload, LanguagePdf):
    """One language's PDF file of an edition: the official edition, uploaded by an editor, or a
    summary of the portal's pages generated from the site (never called the plan)."""

    upload_folder = "actionplan/editions/"

    class Source(models.TextChoices):
        UPLOADED = "uploaded", _("uploaded: the official edition")
        GENERATED = "generated", _("generated: a summary of the portal's pages")

    plan = models.ForeignKey(
        ActionPlan,
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("edition"),
    )
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=Source.choices,
        default=Source.UPLOADED,
        editable=False,
    )
    file_date = models.DateTimeField(_("file date"), null=True, editable=False)

    objects = PlanDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "language"]
        verbose_name = _("plan document")
        verbose_name_plural = _("plan documents")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "language"],
                name="plan_document_one_per_language",
                violation_error_message=_("This edition already has a file in this language."),
            ),
        ]

    def __str__(self):
        return f"{self.plan} ({self.language})"

    def get_absolute_url(self):
        return reverse(
            "actionplan:download",
            kwargs={"version": self.plan.version, "language": self.language},
        )

    def set_file_info(self):
        super().set_file_info()
        self.file_date = timezone.now()  # the downloads box shows when the file came

    @property
    def download_filename(self):
        """The plan's title for the official edition; for a generated file, what it is."""
        if self.is_generated:
            with translation.override(self.language):
                return f"DeCoDe {gettext(SUMMARY_TITLE)} {self.language}.pdf"
        return self.plan.download_filename(self.language)

    @property
    def is_generated(self):
        return self.source == self.Source.GENERATED
