"""Filters for money, percentages and dates in the active language (see funding.formatting)."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, pgettext

from funding import formatting

register = template.Library()


@register.filter
def money(amount, cents=False):
    """``{{ amount|money }}``: "36 000 €" (lv), "€36,000" (en).

    Cents are shown when the amount has any; ``|money:True`` always shows them (for columns
    where one amount has cents).
    """
    if amount is None or amount == "":
        return ""
    return formatting.format_money(amount, cents=True if cents else None)


@register.filter
def percent(value):
    """``{{ share|percent }}``: "40 %", "33,33 %"."""
    if value is None or value == "":
        return ""
    return formatting.format_percent(value)


@register.filter(name="day")
def _day(value):
    """``{{ date|day }}``: "01.03.2018" (lv), "1 March 2018" (en)."""
    if not value:
        return ""
    return formatting.format_day(value)


@register.simple_tag
def other_languages(obj, field):
    """The other languages' texts of a translated field: [{"code", "name", "text"}].

    Each language is named in itself ("English", "Latviešu"), so the whole line can carry
    that language's ``lang`` attribute. Missing or identical texts are left out.
    """
    current = get_language() or settings.LANGUAGE_CODE
    shown = getattr(obj, field)
    found = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        text = getattr(obj, f"{field}_{code.replace('-', '_')}", "")
        if text and text != shown:
            found.append({"code": code, "name": name, "text": text})
    return found


@register.simple_tag
def date_range(start, end):
    """Two <time> elements joined as the language joins a period (see format_date_range)."""
    # Translators: see the "date range" entry in funding/formatting.py.
    pattern = pgettext("date range", "{start} – {end}")
    return format_html(
        pattern,
        start=format_html('<time datetime="{}">{}</time>', start.isoformat(), _day(start)),
        end=format_html('<time datetime="{}">{}</time>', end.isoformat(), _day(end)),
    )
