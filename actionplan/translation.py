from modeltranslation.translator import TranslationOptions, register

from actionplan.models import ActionPlan, ContentsEntry, GoodPractice, Measure, Theme


@register(ActionPlan)
class ActionPlanTranslationOptions(TranslationOptions):
    fields = ("title", "introduction", "methodology", "situation", "disclaimer")
    required_languages = ("lv",)


@register(ContentsEntry)
class ContentsEntryTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("lv",)


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description")
    required_languages = ("lv",)


@register(Measure)
class MeasureTranslationOptions(TranslationOptions):
    fields = ("title", "description", "target_group", "time_frame", "expected_result")
    required_languages = ("lv",)


@register(GoodPractice)
class GoodPracticeTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "results",
        "transfer_note",
        "image_alt",
    )
    required_languages = ("lv",)
