from modeltranslation.translator import TranslationOptions, register

from partners.models import Partner, PopulationFigure


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "city", "summary", "description")
    required_languages = ("lv",)


@register(PopulationFigure)
class PopulationFigureTranslationOptions(TranslationOptions):
    fields = ("area_name",)
