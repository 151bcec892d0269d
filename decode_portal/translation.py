from modeltranslation.translator import TranslationOptions, register

from decode_portal.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("lv",)
