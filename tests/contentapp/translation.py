from modeltranslation.translator import TranslationOptions, register

from tests.contentapp.models import Article


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("lv",)
