"""How a meeting's dates read in each language: “23–24 May 2018”, “2018. gada 23.–24. maijs”.

The patterns are interface strings, so a new language brings its own word order in its .po
file; month names come from Django's own translated catalogue.
"""

from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.translation import pgettext


def _parts(prefix, day):
    return {
        f"{prefix}day": day.day,
        f"{prefix}month": MONTHS[day.month],
        f"{prefix}year": day.year,
    }


def format_date_range(start, end):
    """The dates from ``start`` to ``end`` (inclusive), written once each, shortest first."""
    if end is None or end == start:
        return pgettext("date: one day", "{day} {month} {year}").format(**_parts("", start))
    values = {**_parts("start_", start), **_parts("end_", end)}
    if (start.year, start.month) == (end.year, end.month):
        pattern = pgettext("date range: same month", "{start_day}–{end_day} {start_month} {year}")
        values["year"] = start.year
    elif start.year == end.year:
        pattern = pgettext(
            "date range: same year", "{start_day} {start_month} – {end_day} {end_month} {year}"
        )
        values["year"] = start.year
    else:
        pattern = pgettext(
            "date range: different years",
            "{start_day} {start_month} {start_year} – {end_day} {end_month} {end_year}",
        )
    return pattern.format(**values)


def format_day(day):
    """A programme day's heading: “Wednesday, 23 May”, “trešdiena, 23. maijs”."""
    return pgettext("date: programme day", "{weekday}, {day} {month}").format(
        weekday=WEEKDAYS[day.weekday()], day=day.day, month=MONTHS[day.month]
    )
