from modeltranslation.translator import TranslationOptions, register

from events.models import EventDocument, EventPhoto, MobilityEvent, ProgrammeItem


@register(MobilityEvent)
class MobilityEventTranslationOptions(TranslationOptions):
    fields = ("title", "theme", "venue", "summary", "description", "outcomes")
    required_languages = ("lv",)


@register(ProgrammeItem)
class ProgrammeItemTranslationOptions(TranslationOptions):
    fields = ("title", "details", "speaker")
    required_languages = ("lv",)


@register(EventPhoto)
class EventPhotoTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption")
    required_languages = ("lv",)


@register(EventDocument)
class EventDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("lv",)
