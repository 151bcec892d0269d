from modeltranslation.translator import TranslationOptions, register

from tests.contentapp.models import Article, Practice


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("lv",)


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("lv",)
