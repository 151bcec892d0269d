"""The partner kit: on a partner's page, what a city needs to take the plan home, in the
partner's own language.

A tag of the action plan app, because the partners app may not import it (the action plan
imports the partners): the partner page loads it as it loads any other app's template tags.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from actionplan.models import PlanDocument, in_reading_order
from common.i18n import fallback_languages

register = template.Library()


def kit_language(partner):
    """The partner's own language where the site speaks it, else the reader's."""
    code = partner.native_name_language
    return code if code in dict(settings.LANGUAGES) else get_language()


def kit_documents(language):
    """The current edition's file in ``language`` (or, failing one, in its first fallback that
    has one), then the official edition in the other languages it was uploaded in. One query."""
    documents = list(PlanDocument.objects.of_current_edition())
    by_language = {document.language: document for document in documents}
    own = next(
        (
            by_language[code]
            for code in [language, *fallback_languages(language)]
            if code in by_language
        ),
        None,
    )
    official = [d for d in documents if not d.is_generated and d is not own]
    return ([own] if own else []) + in_reading_order(official, language)


@register.inclusion_tag("actionplan/includes/partner_kit.html")
def partner_kit(partner, has_population=False):
    language = kit_language(partner)
    documents = kit_documents(language)
    return {
        "partner": partner,
        "kit_language": language,
        "documents": documents,
        "has_official": any(not document.is_generated for document in documents),
        "has_population": has_population,
    }
