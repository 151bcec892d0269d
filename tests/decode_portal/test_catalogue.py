"""The Latvian catalogue is complete and its compiled form is what the site loads."""

import json

import polib
import pytest
from django.conf import settings
from django.utils import translation

# Every site language has its catalogue but English, the language of the msgids.
CATALOGUES = [
    settings.BASE_DIR / f"locale/{code}/LC_MESSAGES/{domain}.po"
    for code, _name in settings.LANGUAGES
    if code != "en"
    for domain in ("django", "djangojs")
]


def catalogue_id(po):
    return f"{po.parent.parent.name}-{po.stem}"


def test_every_language_but_english_has_a_catalogue():
    assert {po.parent.parent.name for po in CATALOGUES if po.exists()} == {
        code for code, _name in settings.LANGUAGES if code != "en"
    }


@pytest.mark.parametrize("po", CATALOGUES, ids=catalogue_id)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(po):
    catalogue = polib.pofile(str(po))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("po", CATALOGUES, ids=catalogue_id)
def test_compiled_catalogue_matches_the_po_file(po):
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(po)).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(po.with_suffix(".mo")))
        if entry.msgid
    }
    assert compiled == source


@pytest.mark.parametrize(
    ("code", "skip_link"),
    [("da", "Gå til indholdet"), ("ro", "Salt la conținut"), ("es", "Saltar al contenido")],
)
def test_site_loads_each_languages_catalogue(code, skip_link):
    with translation.override(code):
        assert translation.gettext("Skip to content") == skip_link


def test_site_loads_the_latvian_catalogue():
    with translation.override("lv"):
        assert translation.gettext("Skip to content") == "Pāriet uz saturu"
        assert translation.pgettext("URL", "about/") == "par-projektu/"


def test_django_messages_its_latvian_catalogue_lacks_are_ours():
    from django.db.models.fields import BLANK_CHOICE_LABEL  # every select box's empty choice

    with translation.override("lv"):
        assert str(BLANK_CHOICE_LABEL) == "- Izvēlieties -"
        assert translation.gettext("Logout") == "Iziet"
        assert translation.gettext("Log out") == "Iziet"  # the admin header's button


def test_the_admins_change_links_keep_djangos_word_beside_our_population_change():
    with translation.override("lv"):
        assert translation.gettext("Change") == "Izmainīt"  # Django's own
        assert translation.pgettext("population over the years", "Change") == "Pārmaiņas"


def test_the_admins_date_pickers_speak_latvian(admin_client):
    catalogue = admin_client.get("/lv/admin/jsi18n/").content.decode()

    def quoted(text):  # as the catalogue writes it, in JSON
        return json.dumps(text)[1:-1]

    assert quoted("Piezīme: laiku ievadiet laika joslā") in catalogue
    assert quoted("Šodien (%(date)s)") in catalogue
