"""Admin pieces every content app shares."""

from django.conf import settings
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator


def missing_languages(obj):
    """Language codes for which any of ``obj``'s translated fields is empty."""
    fields = translator.get_options_for_model(type(obj)).fields
    missing = []
    for code, _name in settings.LANGUAGES:
        suffix = code.replace("-", "_")
        if any(not getattr(obj, f"{field}_{suffix}", None) for field in fields):
            missing.append(code)
    return missing


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
