import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# What json_script escapes: nothing in the data can close the element or start markup.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(value):
    """``value`` as a ``<script type="application/ld+json">`` data block.

    Like Django's ``json_script`` (same escaping of ``<``, ``>`` and ``&``, so nothing in the
    data can close the element), with the type search engines read. A data block is never
    executed, so a strict Content Security Policy without 'unsafe-inline' allows it.
    """
    data = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(data.translate(JSON_ESCAPES)),
    )
