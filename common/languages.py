"""The official languages of the European Union, for documents published in several languages.

The site itself speaks the languages of ``settings.LANGUAGES``; a document (an action-plan
edition, a publication) may exist in any EU language. Each language is named in the reader's
language (translated) and in its own (``native_name``), as a download list should show it.
"""

from django.utils.translation import gettext_lazy as _

# code: (name in English, translated; name in the language itself)
EU_LANGUAGES = {
    "bg": (_("Bulgarian"), "български"),
    "cs": (_("Czech"), "čeština"),
    "da": (_("Danish"), "dansk"),
    "de": (_("German"), "Deutsch"),
    "el": (_("Greek"), "ελληνικά"),
    "en": (_("English"), "English"),
    "es": (_("Spanish"), "español"),
    "et": (_("Estonian"), "eesti"),
    "fi": (_("Finnish"), "suomi"),
    "fr": (_("French"), "français"),
    "ga": (_("Irish"), "Gaeilge"),
    "hr": (_("Croatian"), "hrvatski"),
    "hu": (_("Hungarian"), "magyar"),
    "it": (_("Italian"), "italiano"),
    "lt": (_("Lithuanian"), "lietuvių"),
    "lv": (_("Latvian"), "latviešu"),
    "mt": (_("Maltese"), "Malti"),
    "nl": (_("Dutch"), "Nederlands"),
    "pl": (_("Polish"), "polski"),
    "pt": (_("Portuguese"), "português"),
    "ro": (_("Romanian"), "română"),
    "sk": (_("Slovak"), "slovenčina"),
    "sl": (_("Slovenian"), "slovenščina"),
    "sv": (_("Swedish"), "svenska"),
}

EU_LANGUAGE_CHOICES = [(code, name) for code, (name, _native) in EU_LANGUAGES.items()]


def native_name(code):
    """The language's name in itself, e.g. "Deutsch" for "de"; the code if it is not an EU one."""
    return EU_LANGUAGES.get(code, (code, code))[1]
