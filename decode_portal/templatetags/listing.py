"""Template helpers for lists: page links that keep the query, links that may not exist yet."""

from django import template
from django.urls import NoReverseMatch

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """``?…&page=<number>`` with the request's other parameters kept (page 1 drops it)."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    if int(number) > 1:
        query["page"] = number
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def public_url(obj):
    """``obj.get_absolute_url()``, or "" while the page type it needs is not on the site."""
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return ""
