"""The network's international meetings: programme, photos and documents of each one."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.documents import LanguagePdf
from common.images import Renditions, ValidatedImageField, rendition
from common.models import TimestampedModel
from common.publishing import Publishable, PublishableQuerySet
from common.richtext import RichTextField
from common.sources import SourcesRelation, with_sources
from common.uploads import UnguessablePath
from partners.models import Partner


class MobilityEventQuerySet(PublishableQuerySet):
    """Upcoming and past are read from the dates on the day of the request, never stored.

    published() (from PublishableQuerySet): what visitors see; the rest are drafts and
    scheduled events that editors preview.
    """

    def upcoming(self, today=None):
        """Meetings that have not ended yet (running ones included), the soonest first."""
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date", "number")

    def past(self, today=None):
        """Meetings that are over, the most recent first."""
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date", "-number")

    def in_date_order(self):
        """The published meetings in the order they took place (a partner's page reads
        ``partner.hosted_events.in_date_order()``)."""
        return self.published().order_by("start_date", "number")

    def with_host(self):
        return self.select_related("host")

    def with_sources(self):
        """With each meeting's sources, in their order (one more query)."""
        return with_sources(self)


class MobilityEvent(Publishable, TimestampedModel):
    """One international meeting of the network, hosted by a partner."""

    class Kind(models.TextChoices):
        KICK_OFF = "kick-off", _("kick-off meeting")
        SEMINAR = "seminar", _("thematic seminar")
        FINAL_CONFERENCE = "final-conference", _("final conference")

    number = models.PositiveSmallIntegerField(
        _("number in the series"),
        unique=True,
        validators=[MinValueValidator(1)],
        help_text=_("1 for the first international meeting, 2 for the second …"),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_(
            "The event's address on the site, the same in every language, e.g. "
            "“kaunas-2018” gives /lv/pasakumi/kaunas-2018/. Changing it breaks links."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What the meeting is called, e.g. “International partner meeting in Kaunas”."),
    )
    theme = models.CharField(
        _("theme"),
        max_length=300,
        blank=True,
        help_text=_(
            "The meeting's topic as announced, e.g. “Youth depopulation – what can be done?”"
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SEMINAR)
    host = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="hosted_events",
        verbose_name=_("host partner"),
        help_text=_("The partner that organised the meeting in its city."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_(
            "Where in the city the meeting took place, if known, e.g. a building or an address. "
            "The host's city and country are shown anyway."
        ),
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(
        _("last day"),
        help_text=_("The same as the first day for a one-day meeting."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences for the timeline and search engines."),
    )
    description = RichTextField(
        _("description"), help_text=_("What the meeting was about and what happened there.")
    )
    outcomes = RichTextField(
        _("outcomes"), help_text=_("What came out of it: conclusions, agreements, next steps.")
    )
    participants = models.PositiveIntegerField(
        _("participants"),
        blank=True,
        null=True,
        help_text=_("How many people took part, if counted. Leave empty when not known."),
    )

    sources = SourcesRelation()

    objects = MobilityEventQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "number"]
        verbose_name = _("mobility event")
        verbose_name_plural = _("mobility events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="mobility_event_ends_after_start",
                violation_error_message=_("The last day cannot be before the first day."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def get_calendar_url(self):
        return reverse("events:ics", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The last day cannot be before the first day.")},
                code="ends_before_start",
            )

    def is_past(self, today=None):
        return self.end_date < (today or timezone.localdate())

    @property
    def days(self):
        """The number of days the meeting lasted (1 for a one-day meeting)."""
        return (self.end_date - self.start_date).days + 1


class ProgrammeItem(models.Model):
    """One point of a meeting's programme, on one of its days, with or without a time."""

    event = models.ForeignKey(
        MobilityEvent,
        on_delete=models.CASCADE,
        related_name="programme_items",
        verbose_name=_("event"),
    )
    day = models.DateField(
        _("day"),
        blank=True,
        null=True,
        help_text=_(
            "One of the meeting's days. Leave empty when the sources do not say on which day "
            "it took place; such items are listed after the dated ones."
        ),
    )
    start_time = models.TimeField(
        _("from"),
        blank=True,
        null=True,
        help_text=_("Leave empty when only the day's topics are known."),
    )
    end_time = models.TimeField(_("until"), blank=True, null=True)
    title = models.CharField(_("title"), max_length=300)
    details = models.TextField(
        _("details"),
        blank=True,
        max_length=1000,
        help_text=_("A sentence or two on what was presented or visited."),
    )
    speaker = models.CharField(
        _("speaker or organisation"),
        max_length=200,
        blank=True,
        help_text=_("Who presented: an organisation or a public role rather than a private name."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_("Items of the same day without a time are listed in this order."),
    )

    class Meta:
        ordering = [
            models.F("day").asc(nulls_last=True),
            models.F("start_time").asc(nulls_first=True),
            "order",
            "pk",
        ]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__isnull=True)
                | models.Q(start_time__isnull=False, end_time__gte=models.F("start_time")),
                name="programme_item_ends_after_start",
                violation_error_message=_(
                    "An item that has an end time needs a start time before it."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give the start time as well, or leave both empty.")
        elif self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = _("The end time cannot be before the start time.")
        event = self._event_or_none()
        if (
            self.day
            and event is not None
            and event.start_date
            and event.end_date
            and not event.start_date <= self.day <= event.end_date
        ):
            errors["day"] = _("The day must be one of the meeting's days.")
        if errors:
            raise ValidationError(errors)

    def _event_or_none(self):
        try:
            return self.event
        except MobilityEvent.DoesNotExist:
            return None


class EventPhoto(Renditions, models.Model):
    """A photo of a meeting, with a caption and the alt text read to those who cannot see it."""

    event = models.ForeignKey(
        MobilityEvent, on_delete=models.CASCADE, related_name="photos", verbose_name=_("event")
    )
    image = ValidatedImageField(
        _("image"),
        upload_to=UnguessablePath("events/photos/%Y/"),
        width_field="width",
        height_field="height",
        help_text=_(
            "JPEG, PNG or WebP, at most 5 MB and 40 megapixels. Location and camera data are "
            "removed on upload."
        ),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, null=True)
    height = models.PositiveIntegerField(_("height"), editable=False, null=True)
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        help_text=_(
            "What the photo shows, for people who cannot see it, e.g. “Partners from eight "
            "countries around a table in the city council”. Required."
        ),
    )
    caption = models.CharField(
        _("caption"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the photo; leave empty if the alt text says it all."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_("Who took the photo or holds its rights, e.g. “Daugavpils City Council”."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    webp_480 = rendition(480, "webp")
    webp_960 = rendition(960, "webp")
    webp_1600 = rendition(1600, "webp")
    jpeg_480 = rendition(480, "jpeg")
    jpeg_960 = rendition(960, "jpeg")
    jpeg_1600 = rendition(1600, "jpeg")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.alt_text


class EventDocument(LanguagePdf):
    """A document of a meeting (agenda, presentation, report), offered as a PDF download."""

    upload_folder = "events/documents/%Y/"

    event = models.ForeignKey(
        MobilityEvent,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("event"),
    )
    title = models.CharField(_("title"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title
