"""How the site writes dates, periods, numbers, percentages and money in the active language.

One form per concept and language, wherever it appears (pages, charts, the admin, PDFs):

- a day: "2018. gada 1. marts" (lv), "1 March 2018" (en), Django's DATE_FORMAT as the
  ``date`` template filter writes it (decode_portal/formats/); a month: "2018. gada marts",
  "March 2018";
- a period (the glossary's form): "01.03.2018.–01.02.2020." (lv), "1 March 2018 – 1 February
  2020" (en), which English shortens within a month or a year ("23–24 May 2018",
  "30 May – 1 June 2019");
- a number: the language's decimal and thousands separators (a no-break space in Latvian, a
  comma in English), always grouped in thousands: "83 250", "83,250";
- a share of a whole: "40 %", "33,33 %" (a no-break space in both languages); a change in
  percent: "−22,4 %" (lv), "+3.1%" (en);
- money: "36 000 €" (lv), "€36,000" (en).

The patterns are interface strings in the catalogue, so a new language brings its own word
order; month and weekday names come from Django's own translated catalogue, in lower case except
in the languages that capitalise them (``CAPITALISED_NAMES``: Django's catalogues write "Maggio",
"Mai", "Środa" where Italian, Romanian and Polish write "maggio", "mai", "środa"). Money and
percentages of the funding section are ``Decimal`` or ``int``, never a float.
"""

import calendar
import datetime
import functools
from decimal import Decimal

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, pgettext

NBSP = "\u00a0"
MINUS = "\u2212"

DAY = "day"
MONTH = "month"
YEAR = "year"


def format_number(value, decimal_pos=None):
    """``value`` with the active language's separators, always grouped in thousands."""
    return number_format(value, decimal_pos=decimal_pos, use_l10n=True, force_grouping=True)


def _decimal(value):
    if isinstance(value, float | bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"money and percentages are Decimal, not {type(value).__name__}")
    return Decimal(value)


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
    """A share with as many decimals as it needs and a no-break space: "40 %", "33,33 %"."""
    value = _decimal(value)
    exponent = value.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return f"{format_number(value, places)}{NBSP}%"


def format_signed_percent(value, decimals=1):
    """A change in percent with its sign: +3.1% in English, −22,4 % in Latvian; 0% unsigned."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))
    return _signed_percent(rounded, decimals, get_language())


@functools.lru_cache(maxsize=1024)
def _signed_percent(rounded, decimals, language):
    # Remembered: a comparison page writes each of a few dozen values several times. The
    # active language is part of the key (it decides the separators and the % sign's place).
    sign = "+" if rounded > 0 else MINUS if rounded < 0 else ""
    number = sign + format_number(abs(rounded), decimals)
    return pgettext("percent", "%(number)s%%") % {"number": number}


# Languages that write the names of months and weekdays with a capital letter.
CAPITALISED_NAMES = {"en", "de"}


def _dated(value, format_string):
    """``value`` in ``format_string`` (Django's syntax), its names in the language's case."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    text = date_format(value, format_string)
    language = (get_language() or "").split("-")[0]
    return text if language in CAPITALISED_NAMES else text.lower()


def format_date(value):
    """One day: "2018. gada 1. marts" (lv), "1 March 2018" (en), "23 maggio 2018" (it)."""
    return _dated(value, "DATE_FORMAT")


def format_month(value):
    """A month: "2018. gada marts" (lv), "March 2018" (en), "maj 2018" (pl)."""
    return _dated(value, "YEAR_MONTH_FORMAT")


def _period_day(value):
    # Translators: a day as a period's first or last day, in Django's date format syntax (the
    # "date" template filter). Latvian: "d.m.Y." (with the ordinal's full stop).
    return _dated(value, pgettext("date format", "j F Y"))


def format_date_range(start, end):
    """The days from ``start`` to ``end`` (inclusive): "01.03.2018.–01.02.2020." (lv),
    "1 March 2018 – 1 February 2020", "23–24 May 2018", "30 May – 1 June 2019" (en).

    One day (``end`` missing or the same) is written as a day.
    """
    if end is None or end == start:
        return format_date(start)
    values = {
        "start": _period_day(start),
        "end": _period_day(end),
        "start_day": start.day,
        "start_month": _dated(start, "F"),
    }
    if (start.year, start.month) == (end.year, end.month):
        # Translators: a period within one month; {end} is its last day written in full.
        # Latvian writes every period in full: "{start}–{end}".
        # xgettext:no-python-brace-format (a translation may name {start}, which this does not)
        pattern = pgettext("date range: same month", "{start_day}–{end}")
    elif start.year == end.year:
        # Translators: a period within one year; {end} is its last day written in full.
        # Latvian writes every period in full: "{start}–{end}".
        # xgettext:no-python-brace-format (a translation may name {start}, which this does not)
        pattern = pgettext("date range: same year", "{start_day} {start_month} – {end}")
    else:
        # Translators: a period from one day to another. Latvian: "{start}–{end}" (no spaces).
        pattern = pgettext("date range", "{start} – {end}")
    return pattern.format(**values)


def format_weekday(day):
    """A programme day's heading: “Wednesday, 23 May”, “trešdiena, 23. maijs”, “środa, 23 maja”."""
    # Translators: a programme day's heading, in Django's date format syntax (the "date"
    # template filter): "l" the weekday, "j" the day, "F" the month, "E" the month in the form a
    # day needs where the language has one (Polish "23 maja", Lithuanian "gegužės 23 d.").
    return _dated(day, pgettext("date format", "l, j F"))


def format_when(value, precision):
    """A date known to a day, a month or only a year: "1 March 2018", "March 2018", "2018"."""
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return format_month(value)
    return format_date(value)


def period_bounds(value, precision):
    """The first and last day that a date of the given precision may mean."""
    if precision == YEAR:
        return datetime.date(value.year, 1, 1), datetime.date(value.year, 12, 31)
    if precision == MONTH:
        last = calendar.monthrange(value.year, value.month)[1]
        return value.replace(day=1), value.replace(day=last)
    return value, value
