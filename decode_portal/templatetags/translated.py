from django import template
from django.utils.html import format_html

from decode_portal.content.i18n import shown_language, untranslated_fields

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
