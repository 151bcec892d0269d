from django import template

from partners import charts

register = template.Library()


@register.filter
def population(value):
    """A population count with the active language's thousands separator: 83 250 / 83,250."""
    if value in (None, ""):
        return ""
    return charts.format_number(value)
