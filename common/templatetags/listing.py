"""Template helpers for lists: page links that keep the query."""

from django import template

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
