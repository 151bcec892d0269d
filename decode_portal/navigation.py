"""The main navigation: the site's sections in order, marked current for the visitor's page."""

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# (URL name, label, what marks the section current: a URL namespace, or a full view name)
SECTIONS = [
    ("home", _("Home"), "home"),
    ("pages:about", _("About"), "pages:about"),
    ("partners:list", _("Partners"), "partners"),
    ("events:list", _("Events"), "events"),
    ("actionplan:overview", _("Action plan"), "actionplan"),
    ("funding:detail", _("Funding"), "funding"),
    ("news:list", _("In the media"), "news"),
    ("news:materials", _("Materials"), "news:materials"),
]


def _matches(marker, view_name, namespace):
    if ":" in marker or marker == "home":
        return view_name == marker or view_name.startswith(marker + "_")
    return namespace == marker


@lru_cache(maxsize=64)
def _section_links(language, urlconf, script_prefix):
    """(url, label, marker) of each section, in ``language`` (the active one).

    URL patterns do not change while the site runs, so each language's links are worked out
    once per process: every page shows them.
    """
    return tuple((reverse(url_name), label, marker) for url_name, label, marker in SECTIONS)


def navigation_for(request):
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    namespace = match.namespace if match else ""
    links = _section_links(
        get_language(), get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()
    )
    items = [
        {"url": url, "label": label, "marker": marker, "current": False}
        for url, label, marker in links
    ]
    matching = [item for item in items if _matches(item["marker"], view_name, namespace)]
    if matching:
        # The most specific marker wins: news:materials over news.
        max(matching, key=lambda item: len(item["marker"]))["current"] = True
    return items
