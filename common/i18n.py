"""Which language a translated field is shown in, for marking Latvian fallbacks with lang."""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.translator import NotRegistered, translator


def _suffix(code):
    return code.replace("-", "_")


def fallback_languages(code):
    """The languages whose text stands in, in order, where ``code``'s is missing."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    if isinstance(fallbacks, dict):
        fallbacks = fallbacks.get(code, fallbacks.get("default", ()))
    return [other for other in fallbacks if other != code]


def shown_language(obj, field):
    """The language code in which ``obj.<field>`` is displayed in the active language."""
    current = get_language() or settings.LANGUAGE_CODE
    if getattr(obj, f"{field}_{_suffix(current)}", None):
        return current
    for code in fallback_languages(current):
        if getattr(obj, f"{field}_{_suffix(code)}", None):
            return code
    return current


def untranslated_fields(obj):
    """Translated fields of ``obj`` that have text in the fallback but not the active language."""
    try:
        fields = translator.get_options_for_model(type(obj)).fields
    except NotRegistered:
        return []
    current = get_language() or settings.LANGUAGE_CODE
    return [name for name in fields if shown_language(obj, name) != current]


def x_default_path(default_language_path):
    """The hreflang x-default for a page, given its path in the default language.

    The home page's x-default is "/", which sends each visitor to their browser's language;
    every other page's is its default-language (Latvian) twin.
    """
    if default_language_path == f"/{settings.LANGUAGE_CODE}/":
        return "/"
    return default_language_path


def fallback_languages_shown(*objects):
    """The languages whose text stands in for the active language's anywhere in ``objects``."""
    return {shown_language(obj, name) for obj in objects for name in untranslated_fields(obj)}
