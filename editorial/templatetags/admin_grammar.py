"""The admin templates' model names in the case their phrase needs (see content/admin_grammar.py).

In Latvian the forms come from ``NOUNS``; in any other language Django's own names and phrases.
"""

from django import template
from django.utils.translation import gettext, pgettext

from editorial.grammar import change_message, noun_for

register = template.Library()


@register.filter
def accusative(opts):
    """The model's name after a verb: "Pievienot {{ opts|accusative }}"."""
    noun = noun_for(opts.model)
    return noun.accusative if noun else opts.verbose_name


@register.simple_tag
def recover_deleted_label(opts):
    """django-reversion's "Recover deleted …" link, agreeing with the model in Latvian."""
    noun = noun_for(opts.model)
    if noun is None:
        return gettext("Recover deleted %(name)s") % {"name": opts.verbose_name_plural}
    return pgettext(noun.gender, "Recover deleted %(name)s") % {"name": noun.plural_accusative}


@register.filter
def history_message(entry):
    """A history entry's message, or a version's (django-reversion keeps the entry's), in the
    reader's language with the field names translated."""
    text = getattr(entry, "change_message", None)
    return change_message(entry.comment if text is None else text)
