"""How the funding section writes money, percentages and dates in the active language.

Numbers use Django's localisation (the language's decimal and thousands separators: a
no-break space in Latvian, a comma in English). Where the euro sign goes and how a single day
is written are interface strings in the catalogue, so a new language brings its own:
"36 000 €" in Latvian, "€36,000" in English. Only ``Decimal`` and ``int`` are accepted.
"""

import calendar
import datetime
from decimal import Decimal

from django.utils.formats import date_format, number_format
from django.utils.translation import pgettext

NBSP = "\u00a0"
MINUS = "\u2212"

DAY = "day"
MONTH = "month"
YEAR = "year"


def _decimal(value):
    if isinstance(value, float | bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"money and percentages are Decimal, not {type(value).__name__}")
    return Decimal(value)


def format_number(value, decimal_pos):
    """``value`` with the active language's separators, always grouped in thousands."""
    return number_format(
        _decimal(value), decimal_pos=decimal_pos, use_l10n=True, force_grouping=True
    )


def format_money(amount, cents=None):
    """An amount in euros: "36 000 €" (lv), "€36,000" (en).

    Cents are shown when the amount has any (or always with ``cents=True``).
    """
    amount = _decimal(amount)
    if cents is None:
        cents = amount != amount.to_integral_value()
    number = format_number(abs(amount), 2 if cents else 0)
    # Translators: how an amount in euros is written; {amount} is the number with its
    # thousands separators. Latvian puts the sign after a no-break space: "{amount} €".
    text = pgettext("money", "€{amount}").format(amount=number)
    return f"{MINUS}{text}" if amount < 0 else text


def format_percent(value):
    """A percentage with as many decimals as it needs and a no-break space: "40 %", "33,33 %"."""
    value = _decimal(value)
    exponent = value.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return f"{format_number(value, places)}{NBSP}%"


def format_day(value):
    """One day: "01.03.2018" (lv), "1 March 2018" (en)."""
    # Translators: a single day in Django's date format syntax (the "date" template filter).
    # Latvian: "d.m.Y".
    return date_format(value, pgettext("date format", "j F Y"))


def format_date_range(start, end):
    """A period of days: "01.03.2018–01.02.2020" (lv), "1 March 2018 – 1 February 2020" (en)."""
    # Translators: a period from one day to another. Latvian: "{start}–{end}" (no spaces).
    return pgettext("date range", "{start} – {end}").format(
        start=format_day(start), end=format_day(end)
    )


def format_when(value, precision):
    """A date known to a day, a month or only a year: "01.03.2018", "2018. g. marts", "2018"."""
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return format_day(value)


def period_bounds(value, precision):
    """The first and last day that a date of the given precision may mean."""
    if precision == YEAR:
        return datetime.date(value.year, 1, 1), datetime.date(value.year, 12, 31)
    if precision == MONTH:
        last = calendar.monthrange(value.year, value.month)[1]
        return value.replace(day=1), value.replace(day=last)
    return value, value
