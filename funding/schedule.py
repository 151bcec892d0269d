"""The arithmetic of a payment schedule: shares in percent, amounts in euro cents.

Amounts are never typed: each instalment's amount follows from its share of the grant. Rounding
to the cent is done on running totals: an instalment's amount is the rounded running total up to
and including it, minus the rounded running total before it (rounding half up). So

* the amounts always add up to the grant exactly, to the cent;
* no amount differs from its exact share by a cent or more, and none is negative;
* with two instalments, the first is its share rounded half up and the last takes the remainder.

Everything here is ``Decimal``; a float never enters.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def to_cents(amount):
    """``amount`` rounded half up to whole cents."""
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def share_of(amount, percent):
    """``percent`` % of ``amount``, rounded to the cent."""
    return to_cents(Decimal(amount) * Decimal(percent) / HUNDRED)


def shares_total(shares):
    return sum((Decimal(share) for share in shares), Decimal(0))


def shares_add_up(shares):
    """True when the shares add up to exactly 100 % (an empty schedule does not)."""
    return bool(shares) and shares_total(shares) == HUNDRED


def allocate(amount, shares):
    """Split ``amount`` by ``shares`` (percent, adding up to 100) into amounts to the cent.

    See the module docstring for how the rounding remainders are assigned.
    """
    if not shares_add_up(shares):
        raise ValueError(f"shares add up to {shares_total(shares)} %, not 100 %")
    amount = to_cents(amount)
    amounts = []
    running_share = Decimal(0)
    paid_before = Decimal(0)
    for share in shares:
        running_share += Decimal(share)
        paid_so_far = share_of(amount, running_share)
        amounts.append(paid_so_far - paid_before)
        paid_before = paid_so_far
    return amounts


@dataclass(frozen=True)
class ScheduleRow:
    instalment: object
    amount: Decimal


@dataclass(frozen=True)
class Schedule:
    """A grant's instalments with their derived amounts, or the reason there are none.

    ``rows`` is empty unless the schedule is consistent, so a page that shows ``rows`` can
    never show amounts that do not add up.
    """

    grant_amount: Decimal
    total_share: Decimal
    is_empty: bool
    is_consistent: bool
    rows: list = field(default_factory=list)

    @property
    def total_amount(self):
        return sum((row.amount for row in self.rows), Decimal(0))

    @property
    def has_cents(self):
        """True when any amount in the schedule has cents (then all are shown with cents)."""
        amounts = [self.grant_amount, *(row.amount for row in self.rows)]
        return any(amount != amount.to_integral_value() for amount in amounts)

    @property
    def has_rounding(self):
        """True when some amount had to be rounded to the cent."""
        return any(
            row.amount != self.grant_amount * Decimal(row.instalment.share) / HUNDRED
            for row in self.rows
        )

    def amount_for(self, instalment):
        for row in self.rows:
            if row.instalment.pk == instalment.pk:
                return row.amount
        return None


def build_schedule(grant_amount, instalments):
    """A ``Schedule`` for ``instalments`` (in payment order) of ``grant_amount`` euros."""
    instalments = list(instalments)
    shares = [instalment.share for instalment in instalments]
    total_share = shares_total(shares)
    consistent = shares_add_up(shares) and all(0 < Decimal(share) <= HUNDRED for share in shares)
    rows = []
    if consistent:
        amounts = allocate(grant_amount, shares)
        rows = [ScheduleRow(i, a) for i, a in zip(instalments, amounts, strict=True)]
    return Schedule(
        grant_amount=to_cents(grant_amount),
        total_share=total_share,
        is_empty=not instalments,
        is_consistent=consistent,
        rows=rows,
    )
