from django import template

from news.models import PressRelease

register = template.Library()


@register.inclusion_tag("news/includes/event_press.html")
def press_releases_about(event):
    """The published press releases about ``event`` (one query), for the event's page."""
    return {"event": event, "press_releases": list(PressRelease.objects.about(event).cards())}
