from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

from common.i18n import shown_language, untranslated_fields

register = template.Library()


@register.simple_tag(takes_context=True)
def lang_attr(context, obj, field):
    """` lang="lv"` when ``obj.<field>`` falls back to another language than the page's."""
    code = shown_language(obj, field)
    if code != context.get("LANGUAGE_CODE"):
        return format_html(' lang="{}"', code)
    return ""


@register.filter
def is_partly_untranslated(obj):
    return bool(untranslated_fields(obj))


@register.simple_tag
def other_languages(obj, field):
    """The other languages' texts of a translated field: [{"code", "name", "text"}].

    Each language is named in itself ("English", "Latviešu"), so the whole line can carry
    that language's ``lang`` attribute. Missing or identical texts are left out.
    """
    current = get_language() or settings.LANGUAGE_CODE
    shown = getattr(obj, field)
    found = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        text = getattr(obj, f"{field}_{code.replace('-', '_')}", "")
        if text and text != shown:
            found.append({"code": code, "name": name, "text": text})
    return found
