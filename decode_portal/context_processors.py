from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from decode_portal.navigation import navigation_for


def site(request):
    """Language links (switcher, hreflang, canonical) and navigation for every page."""
    current = get_language() or settings.LANGUAGE_CODE
    path = request.path
    full_path = request.get_full_path()
    language_links = []
    for code, _name in settings.LANGUAGES:
        twin_path = translate_url(path, code)
        language_links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translate_url(full_path, code),
                "absolute_url": request.build_absolute_uri(twin_path),
                "is_current": code == current,
            }
        )
    default = next(link for link in language_links if link["code"] == settings.LANGUAGE_CODE)
    return {
        "language_links": language_links,
        "canonical_url": request.build_absolute_uri(path),
        "x_default_url": default["absolute_url"],
        "navigation": navigation_for(request),
        "PROJECT_NUMBER": settings.PROJECT_NUMBER,
    }
