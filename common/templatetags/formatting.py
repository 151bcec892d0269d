"""``{% load formatting %}``: days, periods, numbers, percentages and money in the active language.

The filters and tags write what common.formatting writes; an empty value
gives an empty string.
"""

from django import template

from common import formatting

register = template.Library()


def _empty(value):
    return value is None or value == ""


@register.filter
def number(value):
    """``{{ figure.value|number }}``: "83 250" (lv), "83,250" (en)."""
    return "" if _empty(value) else formatting.format_number(value)


@register.filter
def money(amount, cents=False):
    """``{{ amount|money }}``: "36 000 €" (lv), "€36,000" (en).

    Cents are shown when the amount has any; ``|money:True`` always shows them (for columns
    where one amount has cents).
    """
    if _empty(amount):
        return ""
    return formatting.format_money(amount, cents=True if cents else None)


@register.filter
def percent(value):
    """``{{ share|percent }}``: "40 %", "33,33 %"."""
    return "" if _empty(value) else formatting.format_percent(value)


@register.filter
def day(value):
    """``{{ date|day }}``: "2018. gada 1. marts" (lv), "1 March 2018" (en)."""
    return formatting.format_date(value) if value else ""


@register.filter
def month(value):
    """``{{ date|month }}``: "2019. gada maijs" (lv), "May 2019" (en)."""
    return formatting.format_month(value) if value else ""


@register.simple_tag
def date_range(start, end):
    """``{% date_range start end %}``: "01.03.2018.–01.02.2020.", "23–24 May 2018"."""
    return formatting.format_date_range(start, end)


@register.simple_tag
def programme_day(value):
    """``{% programme_day day %}``: the weekday and date heading a day of a programme."""
    return formatting.format_weekday(value)
