from modeltranslation.translator import TranslationOptions, register

from funding.models import Grant, Instalment, PreFinancing


@register(Grant)
class GrantTranslationOptions(TranslationOptions):
    fields = ("programme", "strand", "measure", "summary")
    required_languages = ("lv",)


@register(Instalment)
class InstalmentTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("lv",)


@register(PreFinancing)
class PreFinancingTranslationOptions(TranslationOptions):
    fields = ("source", "purpose")
    required_languages = ("lv",)
