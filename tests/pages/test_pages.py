"""The standing pages (about, legal notice, privacy, accessibility) as a visitor reads them."""

import pytest

from pages.models import Page
from tests.html import parse

DISCLAIMER_START = "The European Commission's support for the production of this publication"


@pytest.mark.parametrize(
    ("path", "partners", "measure"),
    [
        (
            "/en/about/",
            "CEIPES (Palermo, Italy), Vejle Municipality (Denmark), ACTA Center (Oradea, "
            "Romania) and ADIMAN (Casasimarro, province of Cuenca, Spain)",
            "Measure 2.2 “Networks of Towns”",
        ),
        (
            "/lv/par-projektu/",
            "CEIPES (Palermo, Itālija), Vejles pašvaldība (Dānija), ACTA centrs (Oradea, "
            "Rumānija) un ADIMAN (Kasasimarro, Kuenkas province, Spānija)",
            "2.2. apakšpasākums “Pašvaldību tīklojumi”",
        ),
    ],
)
def test_about_page_names_the_partner_organisations_and_the_measure(
    client, demo, path, partners, measure
):
    text = parse(client.get(path)).text

    assert partners in text
    assert measure in text


def test_translated_path_words_lead_to_the_same_page(client, demo):
    lv = parse(client.get("/lv/par-projektu/"))
    en = parse(client.get("/en/about/"))
    assert lv.find("h1").text == "Par projektu"
    assert en.find("h1").text == "About the project"


def test_legal_notice_carries_the_commission_disclaimer(client, demo):
    text = parse(client.get("/en/legal-notice/")).text
    assert DISCLAIMER_START in text
    assert "any use which may be made of the information contained therein." in text


def test_missing_english_shows_latvian_marked_with_lang_and_a_notice(client, demo):
    Page.objects.filter(key="privacy").update(title_en="", body_en="")
    page = parse(client.get("/en/privacy/"))
    heading = page.find("h1")
    assert heading.text == "Privātuma paziņojums"
    assert heading.attrs["lang"] == "lv"
    assert page.by_class("rich-text")[0].attrs["lang"] == "lv"
    notice = page.by_class("translation-notice")[0].text
    assert notice == "Part of this page has not been translated yet and is shown in Latvian."


def test_complete_english_page_has_no_notice_and_no_lang_override(client, demo):
    page = parse(client.get("/en/privacy/"))
    assert "lang" not in page.find("h1").attrs
    assert page.by_class("translation-notice") == []


def test_pages_show_when_they_were_last_updated(client, demo):
    page = Page.objects.get(key="about")
    time = parse(client.get("/lv/par-projektu/")).by_class("last-updated")[0]
    assert time.text.startswith("Pēdējo reizi informācija atjaunota:")
    assert page.updated.date().isoformat() in time.children[0].attrs["datetime"]


@pytest.mark.parametrize("key", [choice for choice, _label in Page.Key.choices])
def test_each_standing_page_has_both_languages_after_demo(demo, key):
    page = Page.objects.get(key=key)
    assert page.title_lv and page.title_en and page.body_lv and page.body_en
