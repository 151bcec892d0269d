from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf
from django.urls import translate_url as _translate_url
from django.utils.translation import get_language

from common.i18n import x_default_path
from decode_portal.navigation import navigation_for


@lru_cache(maxsize=4096)
def _translated(url, code, active_language, urlconf, script_prefix):
    return _translate_url(url, code)


def translate_url(url, code):
    """Django's translate_url, remembered: every page asks it the same questions each time."""
    language = get_language()
    return _translated(
        url, code, language, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()
    )


def site(request):
    """Language links (switcher, hreflang, canonical) and navigation for every page."""
    current = get_language() or settings.LANGUAGE_CODE
    path = request.path
    full_path = request.get_full_path()
    language_links = []
    for code, name in settings.LANGUAGES:
        twin_path = translate_url(path, code)
        language_links.append(
            {
                "code": code,
                "name": name,  # settings.LANGUAGES holds each language's own name
                "url": translate_url(full_path, code),
                "absolute_url": request.build_absolute_uri(twin_path),
                "is_current": code == current,
            }
        )
    x_default = x_default_path(translate_url(path, settings.LANGUAGE_CODE))
    navigation = navigation_for(request)
    return {
        "language_links": language_links,
        "canonical_url": request.build_absolute_uri(path),
        "x_default_url": request.build_absolute_uri(x_default),
        "navigation": navigation,
        # Which section is current: with the language, all that the main menu depends on.
        "navigation_current": next((item["marker"] for item in navigation if item["current"]), ""),
        "PROJECT_NUMBER": settings.PROJECT_NUMBER,
        # A partner's language: the page says its texts are the editors' translation.
        "language_is_authoritative": current in settings.AUTHORITATIVE_LANGUAGES,
    }
