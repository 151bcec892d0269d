"""Where what the site says comes from: the sources any content object carries.

A content model that makes statements gets ``sources = SourcesRelation()``; its admin gets
``editorial.sources.SourceInline`` among its inlines (edited and versioned with the object);
its public page loads them with ``with_sources(queryset)`` (one query for the page, whatever
the number of objects) and shows them with the ``includes/sources.html`` include.
The editors' dashboard lists published objects that carry none (``editorial.sources``).

A source is named as it names itself, in its own language: its title is not translated, but
its language is recorded so that the page marks it for screen readers.

Dates say no more than is known: ``DatePrecision`` keeps whether a day, a month or only a year
is known, and ``date_with_precision`` shows that much and no more. Press items use it too.

This module imports no domain app.
"""

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from common.languages import EU_LANGUAGE_CHOICES


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year only")


DATE_FORMATS = {
    DatePrecision.DAY: "DATE_FORMAT",
    DatePrecision.MONTH: "YEAR_MONTH_FORMAT",
    DatePrecision.YEAR: "Y",
}
# What <time datetime="…"> says for each precision (valid HTML date strings).
MACHINE_FORMATS = {DatePrecision.DAY: "Y-m-d", DatePrecision.MONTH: "Y-m", DatePrecision.YEAR: "Y"}


def date_with_precision(value, precision):
    """``value`` in the active language's format, to the day, the month or the year only."""
    if value is None:
        return ""
    return formats.date_format(value, DATE_FORMATS.get(precision, "DATE_FORMAT"))


def machine_date(value, precision):
    """``value`` for a ``<time datetime>`` attribute, as precise as is known."""
    if value is None:
        return ""
    return formats.date_format(value, MACHINE_FORMATS.get(precision, "Y-m-d"))


class SourceKind(models.TextChoices):
    OFFICIAL = "official", _("official")
    PRESS = "press", _("press")
    SECONDARY = "secondary", _("secondary")


class Source(models.Model):
    """One source of a content object: what it is called, who published it, where and when."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Smaller numbers are listed first.")
    )
    kind = models.CharField(
        _("kind of source"),
        max_length=10,
        choices=SourceKind.choices,
        default=SourceKind.OFFICIAL,
        help_text=_(
            "Official: a partner's, a municipality's or a statistics office's own page. Press: "
            "a news outlet. Secondary: a mirror, aggregator, blog or encyclopaedia copy."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_(
            "The title as the source gives it, in its own language. Leave empty if it is not "
            "known for sure: the page then links the source by its address."
        ),
    )
    title_language = models.CharField(
        _("language of the title"),
        max_length=10,
        blank=True,
        choices=EU_LANGUAGE_CHOICES,
    )
    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        help_text=_("Who published it, e.g. “Daugavpils City Council” or “d-fakti.lv”."),
    )
    url = models.URLField(
        _("address"), max_length=500, help_text=_("The source's own page, so readers can check.")
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date known to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Only the month or the year is shown when the day is not known."),
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        indexes = [models.Index(fields=["content_type", "object_id"], name="source_object")]

    def __str__(self):
        return f"{self.publisher}: {self.title}"

    @property
    def date_label(self):
        return date_with_precision(self.date, self.date_precision)

    @property
    def machine_date(self):
        return machine_date(self.date, self.date_precision)

    @property
    def site(self):
        """The host name without "www.", e.g. "ceipes.org", to show beside the link."""
        host = self.url.split("://", 1)[-1].split("/", 1)[0]
        return host.removeprefix("www.")


def SourcesRelation():  # named like the field class it returns
    """The ``sources`` field of a content model (no column: the sources point at the object)."""
    return GenericRelation(Source, verbose_name=_("sources"))


def has_sources(model):
    """Whether ``model`` carries sources (has a ``SourcesRelation``)."""
    return any(
        isinstance(f, GenericRelation) and f.related_model is Source
        for f in model._meta.private_fields
    )


def with_sources(queryset):
    """``queryset`` with each object's sources, in their order, in one more query."""
    return queryset.prefetch_related(
        models.Prefetch("sources", queryset=Source.objects.order_by("order", "pk"))
    )


def first_publisher(model):
    """An expression for the publisher of an object's first source, for list cards (no query
    of its own: a subquery in the list's query)."""
    opts = model._meta
    return Subquery(
        Source.objects.filter(
            content_type__app_label=opts.app_label,
            content_type__model=opts.model_name,
            object_id=OuterRef("pk"),
        )
        .order_by("order", "pk")
        .values("publisher")[:1]
    )
