"""The main navigation: the site's sections in order, marked current for the visitor's page."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# (URL name, label, what marks the section current: a URL namespace, or a full view name)
SECTIONS = [
    ("home", _("Home"), "home"),
    ("pages:about", _("About"), "pages:about"),
    ("partners:list", _("Partners"), "partners"),
    ("events:list", _("Events"), "events"),
    ("actionplan:overview", _("Action plan"), "actionplan"),
    ("funding:detail", _("Funding"), "funding"),
    ("news:list", _("News"), "news"),
    ("news:materials", _("Materials"), "news:materials"),
]


def _matches(marker, view_name, namespace):
    if ":" in marker or marker == "home":
        return view_name == marker or view_name.startswith(marker + "_")
    return namespace == marker


def navigation_for(request):
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    namespace = match.namespace if match else ""
    items = []
    for url_name, label, marker in SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue  # that section's app is not part of the site yet
        items.append({"url": url, "label": label, "marker": marker, "current": False})
    matching = [item for item in items if _matches(item["marker"], view_name, namespace)]
    if matching:
        # The most specific marker wins: news:materials over news.
        max(matching, key=lambda item: len(item["marker"]))["current"] = True
    return items
