from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common.i18n import fallback_languages_shown, shown_language

register = template.Library()


@register.simple_tag(takes_context=True)
def lang_attr(context, obj, field):
    """` lang="lv"` when ``obj.<field>`` falls back to another language than the page's."""
    code = shown_language(obj, field)
    if code != context.get("LANGUAGE_CODE"):
        return format_html(' lang="{}"', code)
    return ""


NOTICES = {
    frozenset({"lv"}): _("Part of this page has not been translated yet and is shown in Latvian."),
    frozenset({"en"}): _("Part of this page has not been translated yet and is shown in English."),
}
MIXED_NOTICE = _(
    "Parts of this page have not been translated yet and are shown in English or Latvian."
)


@register.simple_tag
def translation_notice(*objects):
    """A note above content of which some text is shown in another language than the page's.

    Takes objects, or lists of them (the parts a page is made of).
    """
    flat = [
        part
        for obj in objects
        for part in (obj if isinstance(obj, list | tuple) else [obj])
        if part is not None
    ]
    shown = frozenset(fallback_languages_shown(*flat))
    if not shown:
        return ""
    text = NOTICES.get(shown, MIXED_NOTICE)
    return format_html('<p class="translation-notice" role="note">{}</p>', text)


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
