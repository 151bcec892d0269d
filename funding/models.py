"""The EU grant that financed DeCoDe, its payment schedule and the council's bridging money.

There is one grant per site. Its instalments are shares (percent) of the EU contribution; the
amounts are derived, never typed (see ``funding.schedule`` for how cents are rounded). Rules
that a single row can break are database constraints; rules across rows (the shares add up to
100 %) are checked by the admin's inline form set and again by ``Grant.schedule`` before any
page shows an amount.
"""

import datetime
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common import formatting
from common.models import TimestampedModel
from funding.schedule import CENT, HUNDRED, build_schedule, share_of

MONEY = {"max_digits": 12, "decimal_places": 2}
PERCENT = {"max_digits": 5, "decimal_places": 2}


def _within(day, first, last):
    """``first <= day <= last``, where ``last`` None means no upper limit."""
    return first <= day and (last is None or day <= last)


def percent_validators():
    return [MinValueValidator(CENT), MaxValueValidator(HUNDRED)]


class GrantQuerySet(models.QuerySet):
    def with_schedule(self):
        """Grants with their instalments and pre-financing: three queries, however many rows."""
        return self.prefetch_related(
            Prefetch("instalments", queryset=Instalment.objects.order_by("order", "pk")),
            Prefetch("pre_financing", queryset=PreFinancing.objects.order_by("year", "pk")),
        )

    def current(self):
        """The site's grant, or None while none has been entered."""
        return self.order_by("pk").first()


class Grant(TimestampedModel):
    # Always True and unique: the database itself refuses a second grant.
    singleton = models.BooleanField(default=True, editable=False)
    programme = models.CharField(
        _("programme"),
        max_length=200,
        help_text=_("The EU programme that gave the grant, e.g. “Europe for Citizens”."),
    )
    strand = models.CharField(
        _("strand"),
        max_length=200,
        help_text=_("The programme strand, with its number, as the programme names it."),
    )
    measure = models.CharField(
        _("measure"),
        max_length=200,
        help_text=_("The measure within the strand, with its number."),
    )
    reference_number = models.CharField(
        _("project number"),
        max_length=60,
        help_text=_("The number of the grant agreement, as printed on project publications."),
    )
    start_date = models.DateField(_("start date"), help_text=_("First day of the project."))
    end_date = models.DateField(_("end date"), help_text=_("Last day of the project."))
    total = models.DecimalField(
        _("total budget (EUR)"),
        **MONEY,
        validators=[MinValueValidator(CENT)],
        help_text=_("The project's total budget in euros, with cents if any."),
    )
    eu_share = models.DecimalField(
        _("EU share (%)"),
        **PERCENT,
        default=HUNDRED,
        validators=percent_validators(),
        help_text=_(
            "How much of the total budget the EU programme finances, in percent. The "
            "instalments below divide this EU contribution."
        ),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences on where the money came from, shown under the title."),
    )

    objects = GrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("grant")
        verbose_name_plural = _("grants")
        constraints = [
            models.UniqueConstraint(
                fields=["singleton"],
                name="funding_grant_one_per_site",
                violation_error_message=_("The site has a grant already; edit that one."),
            ),
            models.CheckConstraint(
                condition=Q(singleton=True), name="funding_grant_singleton_is_true"
            ),
            models.CheckConstraint(
                condition=Q(end_date__gt=F("start_date")),
                name="funding_grant_ends_after_it_starts",
                violation_error_message=_("The project must end after it starts."),
            ),
            models.CheckConstraint(condition=Q(total__gt=0), name="funding_grant_total_positive"),
            models.CheckConstraint(
                condition=Q(eu_share__gt=0, eu_share__lte=100),
                name="funding_grant_eu_share_is_a_percentage",
            ),
        ]

    def __str__(self):
        return f"{self.programme} · {self.reference_number}"

    def get_absolute_url(self):
        return reverse("funding:detail")

    def clean(self):
        if Grant.objects.exclude(pk=self.pk).exists():
            raise ValidationError(_("The site has a grant already; edit that one."))
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            raise ValidationError({"end_date": _("The project must end after it starts.")})

    @property
    def grant_amount(self):
        """The EU contribution in euros: the EU share of the total budget, to the cent."""
        return share_of(self.total, self.eu_share)

    @property
    def period_display(self):
        return formatting.format_date_range(self.start_date, self.end_date)

    @cached_property
    def schedule(self):
        """The instalments with their amounts; no amounts unless the shares add up to 100 %."""
        return build_schedule(self.grant_amount, self.instalments.all())


class Instalment(models.Model):
    """One payment of the EU grant: a share of it, paid when a condition is met."""

    class Condition(models.TextChoices):
        # "Advance" and "after the project's implementation" are the Latvian project page's own
        # words: what the sources say, and no more.
        ADVANCE = "advance", _("as an advance")
        AGREEMENT = "agreement", _("after the grant agreement is signed")
        INTERIM = "interim", _("after the interim report is approved")
        FINAL = "final", _("after the project's implementation")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        RECEIVED = "received", _("received")

    class Precision(models.TextChoices):
        DAY = formatting.DAY, _("to the day")
        MONTH = formatting.MONTH, _("to the month")
        YEAR = formatting.YEAR, _("to the year")

    grant = models.ForeignKey(
        Grant, on_delete=models.CASCADE, related_name="instalments", verbose_name=_("grant")
    )
    order = models.PositiveSmallIntegerField(
        _("order"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("1 for the first payment, 2 for the next, and so on."),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("For example “Advance”."))
    share = models.DecimalField(
        _("share (%)"),
        **PERCENT,
        validators=percent_validators(),
        help_text=_(
            "Percent of the EU contribution paid in this instalment. All shares add up to "
            "exactly 100 %; the amount is calculated from the share."
        ),
    )
    condition = models.CharField(
        _("condition"),
        max_length=20,
        choices=Condition,
        help_text=_("What has to happen before the payment is made."),
    )
    planned_date = models.DateField(
        _("planned date"),
        help_text=_(
            "When the payment is expected. If only the month or year is known, enter any day "
            "of it and choose how precise it is."
        ),
    )
    planned_precision = models.CharField(
        _("planned date is known"), max_length=10, choices=Precision, default=Precision.YEAR
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PLANNED)
    received_date = models.DateField(
        _("received on"),
        null=True,
        blank=True,
        help_text=_("The day the money arrived, if known. Leave empty if it is not known."),
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("instalment")
        verbose_name_plural = _("instalments")
        constraints = [
            models.UniqueConstraint(
                fields=["grant", "order"],
                name="funding_instalment_order_unique",
                violation_error_message=_("Two instalments cannot have the same order."),
            ),
            models.CheckConstraint(
                condition=Q(share__gt=0, share__lte=100),
                name="funding_instalment_share_is_a_percentage",
            ),
            models.CheckConstraint(
                condition=Q(received_date__isnull=True) | Q(status="received"),
                name="funding_instalment_received_date_only_when_received",
                violation_error_message=_(
                    "A received date means the payment was received: set the status too."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.order}. {self.name}"

    @property
    def amount(self):
        """This instalment's share of the EU contribution in euros (None if inconsistent)."""
        return self.grant.schedule.amount_for(self)

    @property
    def planned_display(self):
        return formatting.format_when(self.planned_date, self.planned_precision)

    @property
    def planned_bounds(self):
        return formatting.period_bounds(self.planned_date, self.planned_precision)

    @property
    def is_received(self):
        return self.status == self.Status.RECEIVED

    def arrival_window(self, grant):
        """(first, last) day this payment can arrive, given its condition; last None = open."""
        if self.condition in (self.Condition.ADVANCE, self.Condition.AGREEMENT):
            return grant.start_date, grant.end_date
        if self.condition == self.Condition.FINAL:
            return grant.end_date + datetime.timedelta(days=1), None
        return grant.start_date, None

    def _window_text(self, grant):
        if self.condition in (self.Condition.ADVANCE, self.Condition.AGREEMENT):
            return _("within the project period, %(period)s") % {"period": grant.period_display}
        if self.condition == self.Condition.FINAL:
            return _("after the project ends on %(day)s") % {
                "day": formatting.format_date(grant.end_date)
            }
        return _("on or after %(day)s, when the project starts") % {
            "day": formatting.format_date(grant.start_date)
        }

    def _grant_or_none(self):
        try:
            grant = self.grant
        except Grant.DoesNotExist:
            return None
        if grant is None or grant.start_date is None or grant.end_date is None:
            return None
        return grant

    def clean(self):
        errors = {}
        if self.planned_date and self.planned_precision:
            # Keep no hidden detail: a year-only date is stored as the year's first day.
            self.planned_date = self.planned_bounds[0]
        if self.received_date and self.status != self.Status.RECEIVED:
            errors["status"] = _(
                "A received date means the payment was received: set the status to “received”."
            )
        if self.received_date and self.received_date > timezone.localdate():
            errors["received_date"] = _("A received date cannot lie in the future.")
        grant = self._grant_or_none()
        if grant is not None and self.condition in self.Condition.values:
            first, last = self.arrival_window(grant)
            message = _("This payment comes %(condition)s, so it can only arrive %(window)s.")
            params = {
                "condition": self.get_condition_display(),
                "window": self._window_text(grant),
            }
            received = self.received_date
            if received and "received_date" not in errors and not _within(received, first, last):
                errors["received_date"] = message % params
            if self.planned_date and self.planned_precision:
                planned_first, planned_last = self.planned_bounds
                # A planned period need only overlap the days the payment can come.
                if planned_last < first or (last and planned_first > last):
                    errors["planned_date"] = message % params
        if errors:
            raise ValidationError(errors)


class PreFinancing(models.Model):
    """Money the lead partner put in: pre-financing bridges a wait, co-financing adds to it."""

    class Kind(models.TextChoices):
        PRE_FINANCING = "pre", _("pre-financing")
        CO_FINANCING = "co", _("co-financing")

    grant = models.ForeignKey(
        Grant, on_delete=models.CASCADE, related_name="pre_financing", verbose_name=_("grant")
    )
    kind = models.CharField(
        _("kind"),
        max_length=5,
        choices=Kind,
        default=Kind.PRE_FINANCING,
        help_text=_(
            "Pre-financing is paid in advance and covered later by the grant; co-financing is "
            "the partner's own contribution."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    amount = models.DecimalField(_("amount (EUR)"), **MONEY, validators=[MinValueValidator(CENT)])
    source = models.CharField(_("source"), max_length=200, help_text=_("Who provided the money."))
    purpose = models.CharField(
        _("purpose"),
        max_length=300,
        help_text=_("What the money was for, e.g. which wait it bridged."),
    )

    class Meta:
        ordering = ["year", "pk"]
        verbose_name = _("pre-financing or co-financing")
        verbose_name_plural = _("pre-financing and co-financing")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0), name="funding_prefinancing_amount_positive"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.year}"

    def clean(self):
        try:
            grant = self.grant
        except Grant.DoesNotExist:
            return
        if grant is None or grant.start_date is None or grant.end_date is None or not self.year:
            return
        first, last = grant.start_date.year, grant.end_date.year + 1
        if not first <= self.year <= last:
            raise ValidationError(
                {
                    "year": _(
                        "The year must lie between %(first)s and %(last)s: the project's years "
                        "or the year after, while the last payment was awaited."
                    )
                    % {"first": first, "last": last}
                }
            )
