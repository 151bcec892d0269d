"""Admin pieces every content app shares."""

from django.conf import settings
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator


def missing_languages(obj):
    """Language codes lacking a translated field of ``obj`` that another language has.

    An optional field left empty in every language (no venue, no caption) is not missing.
    """
    fields = translator.get_options_for_model(type(obj)).fields
    suffixes = {code: code.replace("-", "_") for code, _name in settings.LANGUAGES}
    filled = [
        field
        for field in fields
        if any(getattr(obj, f"{field}_{suffix}", None) for suffix in suffixes.values())
    ]
    return [
        code
        for code, suffix in suffixes.items()
        if any(not getattr(obj, f"{field}_{suffix}", None) for field in filled)
    ]


class TranslatedAdmin(TabbedTranslationAdmin):
    """Translation tabs plus a list column that shows which languages are complete."""

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = set(missing_languages(obj))
        return format_html_join(
            " ",
            '<span class="translation-status translation-status--{}" title="{}">{} {}</span>',
            (
                (
                    "missing" if code in missing else "complete",
                    _("incomplete") if code in missing else _("complete"),
                    code.upper(),
                    "✗" if code in missing else "✓",
                )
                for code, _name in settings.LANGUAGES
            ),
        )
