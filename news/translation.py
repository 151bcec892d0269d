from modeltranslation.translator import TranslationOptions, register

from news.models import PressRelease, Publication


@register(PressRelease)
class PressReleaseTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")
    required_languages = ("lv",)


@register(Publication)
class PublicationTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("lv",)
