"""The Latvian forms of every admin model's name, and the phrases of the admin that need them.

Django's catalogue puts a model's nominative into every phrase ("Pievienot labā prakse") and
gives every participle one gender ("labā prakse … pievienots"). Latvian needs the accusative after
a verb and a participle that agrees with the noun. ``NOUNS`` is the one table of those forms (the
glossary's "Latvian admin grammar"): every model registered in the admin, and every model edited
inline, has a row, which a system check and a test enforce, so that a new model cannot fall
back to the nominative unnoticed. The forms are used only in Latvian; English stays Django's.
"""

import json
import re
from dataclasses import dataclass

from django.core import checks
from django.utils.html import escape, format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import capfirst, get_text_list
from django.utils.translation import get_language, gettext, npgettext, pgettext

from editorial.registered import model_admins

LATVIAN = "lv"
FEMININE = "feminine"
MASCULINE = "masculine"


@dataclass(frozen=True)
class Noun:
    """A model's name in the cases the admin's phrases need, and its gender."""

    nominative: str  # "labā prakse"
    accusative: str  # after a verb: "Pievienot labo praksi"
    plural: str
    plural_accusative: str
    gender: str


F, M = FEMININE, MASCULINE

# Keyed by the model's label in lower case ("app_label.model_name"). Each row: nominative,
# accusative, plural, plural accusative (singular and plural as the model's verbose names are
# in Latvian; a test checks the nominative against them), gender.
NOUNS = {
    # Site pages, and the sources every content object names
    "pages.page": Noun("lapa", "lapu", "lapas", "lapas", F),
    "common.source": Noun("avots", "avotu", "avoti", "avotus", M),
    # Partners
    "partners.partner": Noun("partneris", "partneri", "partneri", "partnerus", M),
    "partners.partnereditor": Noun(
        "partnera redaktors", "partnera redaktoru", "partneru redaktori", "partneru redaktorus", M
    ),
    "partners.populationfigure": Noun(
        "iedzīvotāju skaita rādītājs",
        "iedzīvotāju skaita rādītāju",
        "iedzīvotāju skaita rādītāji",
        "iedzīvotāju skaita rādītājus",
        M,
    ),
    # Funding
    "funding.grant": Noun("dotācija", "dotāciju", "dotācijas", "dotācijas", F),
    "funding.instalment": Noun("maksājums", "maksājumu", "maksājumi", "maksājumus", M),
    "funding.prefinancing": Noun(
        "priekšfinansējums vai līdzfinansējums",
        "priekšfinansējumu vai līdzfinansējumu",
        "priekšfinansējums un līdzfinansējums",
        "priekšfinansējumu un līdzfinansējumu",
        M,
    ),
    # Meetings
    "events.mobilityevent": Noun(
        "mobilitātes pasākums",
        "mobilitātes pasākumu",
        "mobilitātes pasākumi",
        "mobilitātes pasākumus",
        M,
    ),
    "events.programmeitem": Noun(
        "programmas punkts", "programmas punktu", "programmas punkti", "programmas punktus", M
    ),
    "events.eventphoto": Noun("fotogrāfija", "fotogrāfiju", "fotogrāfijas", "fotogrāfijas", F),
    "events.eventdocument": Noun("dokuments", "dokumentu", "dokumenti", "dokumentus", M),
    # News
    "news.pressrelease": Noun(
        "mediju publikācija", "mediju publikāciju", "mediju publikācijas", "mediju publikācijas", F
    ),
    "news.publication": Noun("publikācija", "publikāciju", "publikācijas", "publikācijas", F),
    "news.publicationfile": Noun("datne", "datni", "datnes", "datnes", F),
    # Action plan
    "actionplan.actionplan": Noun(
        "rīcības plāna izdevums",
        "rīcības plāna izdevumu",
        "rīcības plāna izdevumi",
        "rīcības plāna izdevumus",
        M,
    ),
    "actionplan.contentsentry": Noun(
        "satura rādītāja rinda",
        "satura rādītāja rindu",
        "satura rādītāja rindas",
        "satura rādītāja rindas",
        F,
    ),
    "actionplan.theme": Noun("tēma", "tēmu", "tēmas", "tēmas", F),
    "actionplan.measure": Noun("pasākums", "pasākumu", "pasākumi", "pasākumus", M),
    "actionplan.goodpractice": Noun(
        "labā prakse", "labo praksi", "labās prakses", "labās prakses", F
    ),
    "actionplan.plandocument": Noun(
        "plāna dokuments", "plāna dokumentu", "plāna dokumenti", "plāna dokumentus", M
    ),
    # Users and sign-in (django.contrib.auth, django-axes)
    "auth.user": Noun("lietotājs", "lietotāju", "lietotāji", "lietotājus", M),
    "auth.group": Noun("kopa", "kopu", "kopas", "kopas", F),
    "axes.accessattempt": Noun(
        "piekļuves mēģinājums",
        "piekļuves mēģinājumu",
        "piekļuves mēģinājumi",
        "piekļuves mēģinājumus",
        M,
    ),
    "axes.accessfailurelog": Noun(
        "neveiksmīga piekļuve",
        "neveiksmīgu piekļuvi",
        "neveiksmīgas piekļuves",
        "neveiksmīgas piekļuves",
        F,
    ),
    "axes.accesslog": Noun(
        "piekļuves ieraksts", "piekļuves ierakstu", "piekļuves ieraksti", "piekļuves ierakstus", M
    ),
}


def noun_for(model):
    """The Latvian forms of ``model``'s name when the admin speaks Latvian, else None."""
    if (get_language() or "").split("-")[0] != LATVIAN:
        return None
    return NOUNS.get(model._meta.label_lower)


def admin_models(site):
    """Every model the admin site edits: those registered and those edited inline with them."""
    models = []
    for model, model_admin in model_admins(site):
        models.append(model)
        models.extend(inline.model for inline in model_admin.inlines)
    return list(dict.fromkeys(models))


def check_nouns(app_configs=None, **kwargs):
    """A system check: every model of the admin has its Latvian forms in ``NOUNS``."""
    from django.contrib import admin

    return [
        checks.Error(
            f"{model._meta.label} has no Latvian forms for the admin's phrases.",
            hint="Add its nominative, accusative and gender to NOUNS in "
            "editorial/grammar.py (see the glossary's admin grammar table).",
            obj=model,
            id="editorial.E001",
        )
        for model in admin_models(admin.site)
        if model._meta.label_lower not in NOUNS
    ]


# What Django's admin says with a model's name in it, and what we say instead in Latvian. The
# first of each pair is Django's message (its msgid, translated at run time to find it); the
# second is ours, with the model's gender as context, in the same order of sentences.
_SAVED_MESSAGES = [
    (
        "The {name} “{obj}” was added successfully. You may add another {name} below.",
        "added_add_another",
    ),
    ("The {name} “{obj}” was changed successfully. You may edit it again below.", "changed_edit"),
    (
        "The {name} “{obj}” was changed successfully. You may add another {name} below.",
        "changed_add_another",
    ),
    ("The {name} “{obj}” was added successfully.", "added"),
    ("The {name} “{obj}” was changed successfully.", "changed"),
]


def _ours(kind, gender):
    """Our message of ``kind`` for a noun of ``gender``; brace placeholders as Django's."""
    # Each call spells its msgid out so that makemessages finds it.
    if kind == "added":
        return pgettext(gender, "The {name} “{obj}” was added successfully.")
    if kind == "changed":
        return pgettext(gender, "The {name} “{obj}” was changed successfully.")
    if kind == "changed_edit":
        return pgettext(
            gender, "The {name} “{obj}” was changed successfully. You may edit it again below."
        )
    if kind == "added_add_another":
        return pgettext(
            gender,
            "The {name} “{obj}” was added successfully. You may add another {accusative} below.",
        )
    return pgettext(
        gender,
        "The {name} “{obj}” was changed successfully. You may add another {accusative} below.",
    )


def _pattern(template, name):
    """A regular expression matching ``template`` formatted with ``name``; captures the rest."""
    out = []
    seen = set()
    for part in re.split(r"(\{\w+\}|%\(\w+\)[sd])", template):
        placeholder = re.fullmatch(r"\{(\w+)\}|%\((\w+)\)[sd]", part)
        key = placeholder and (placeholder[1] or placeholder[2])
        if key == "name":
            out.append(re.escape(name))
        elif key:
            out.append(f"(?P={key})" if key in seen else f"(?P<{key}>.*?)")
            seen.add(key)
        else:
            out.append(re.escape(part))
    return re.compile("".join(out))


def latvian_message(model, message):
    """``message`` (one the admin is about to show) with ``model``'s name in the right forms.

    Returns None when the message names no model or the admin does not speak Latvian. Django's
    own message is recognised by formatting its translated template, so a link or HTML in the
    object's part is kept as Django made it.
    """
    noun = noun_for(model)
    if noun is None:
        return None
    text = str(message)
    name = str(model._meta.verbose_name)
    forms = {"name": capfirst(noun.nominative), "accusative": noun.accusative}
    for django_msgid, kind in _SAVED_MESSAGES:
        # Django formats these with format_html: the template as it is, the object (a link)
        # already safe HTML; the rest is a sentence Django added ("You may edit it again").
        found = _pattern(gettext(django_msgid), name).match(text)
        if found:
            # Only what was safe HTML stays so: a plain message's parts are escaped.
            safe = isinstance(message, SafeData)
            obj, rest = found["obj"], text[found.end() :]
            if not safe:
                obj, rest = escape(obj), escape(rest)
            ours = format_html(_ours(kind, noun.gender), obj=mark_safe(obj), **forms)
            return mark_safe(ours + rest)
    deleted = _pattern(gettext("The %(name)s “%(obj)s” was deleted successfully."), name)
    found = deleted.fullmatch(text)
    if found:
        return pgettext(noun.gender, "The %(name)s “%(obj)s” was deleted successfully.") % {
            "name": capfirst(noun.nominative),
            "obj": found["obj"],
        }
    missing = _pattern(
        gettext("%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"), name
    )
    found = missing.fullmatch(text)
    if found:
        return pgettext(
            noun.gender, "%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"
        ) % {"name": capfirst(noun.nominative), "key": found["key"]}
    bulk = _pattern(gettext("Successfully deleted %(count)d %(items)s."), name).fullmatch(text)
    if bulk and bulk["count"].isdigit():
        count = int(bulk["count"])
        return npgettext(
            noun.gender,
            "Successfully deleted %(count)d %(items)s.",
            "Successfully deleted %(count)d %(items)s.",
            count,
        ) % {"count": count, "items": plural_for_count(noun, count)}
    return None


def plural_for_count(noun, count):
    """The noun after a number: Latvian takes the singular after 1, 21, 31… (not 11)."""
    return noun.nominative if count % 10 == 1 and count % 100 != 11 else noun.plural


def change_message(text):
    """A history entry's message (Django's JSON) in the reader's language, field names too.

    Django translates the field names it stored (in English) one by one; a translated field's
    label ("title [lv]") is no message of the catalogue, so its name stayed English. Here the
    name is translated and the language kept.
    """
    if not text or text[0] != "[":
        return text
    try:
        parts = json.loads(text)
    except json.JSONDecodeError:
        return text
    messages = []
    for part in parts:
        if "added" in part:
            added = part["added"]
            if added:
                messages.append(
                    gettext("Added {name} “{object}”.").format(
                        name=gettext(added["name"]), object=added["object"]
                    )
                )
            else:
                messages.append(gettext("Added."))
        elif "changed" in part:
            changed = part["changed"]
            fields = get_text_list(
                [field_label(name) for name in changed["fields"]], gettext("and")
            )
            if "name" in changed:
                messages.append(
                    gettext("Changed {fields} for {name} “{object}”.").format(
                        fields=fields, name=gettext(changed["name"]), object=changed["object"]
                    )
                )
            else:
                messages.append(gettext("Changed {fields}.").format(fields=fields))
        elif "deleted" in part:
            deleted = part["deleted"]
            messages.append(
                gettext("Deleted {name} “{object}”.").format(
                    name=gettext(deleted["name"]), object=deleted["object"]
                )
            )
    return " ".join(messages) or gettext("No fields changed.")


_LANGUAGE_SUFFIX = re.compile(r"^(?P<name>.+) \[(?P<code>[a-z]{2}(?:-[a-z]+)?)\]$")


def field_label(stored):
    """A field name as stored in a history entry (English), in the reader's language."""
    found = _LANGUAGE_SUFFIX.match(stored)
    if found:
        return f"{_field_name(found['name'])} [{found['code']}]"
    return _field_name(stored)


def _field_name(name):
    """Django stored the form's label ("Title"); the catalogue has the verbose name ("title"),
    which also reads right within the sentence."""
    if name[:1].isupper():
        lower = name[0].lower() + name[1:]
        if gettext(lower) != lower:
            return gettext(lower)
    return gettext(name)
