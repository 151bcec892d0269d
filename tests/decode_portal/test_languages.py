"""The site in nine languages: Latvian and English, and the seven partners' languages."""

import pytest
from django.conf import settings

from pages.models import Page
from tests.html import parse

CODES = [code for code, _name in settings.LANGUAGES]
PARTNER_LANGUAGES = [code for code in CODES if code not in settings.AUTHORITATIVE_LANGUAGES]
LATVIAN_NOTICE_IN_GERMAN = (
    "Ein Teil dieser Seite ist noch nicht übersetzt und wird auf Lettisch angezeigt."
)
TRANSLATOR_NOTE = {
    "lt": "Šį puslapį išvertė portalo redaktoriai.",
    "de": "Diese Seite hat die Redaktion des Portals übersetzt.",
    "es": "Esta página la han traducido los editores del portal.",
}


@pytest.mark.parametrize("code", CODES)
def test_each_language_has_its_home_page_with_every_alternate(client, demo, code):
    document = parse(client.get(f"/{code}/"))

    assert document.find("html").attrs["lang"] == code
    alternates = {
        link.attrs["hreflang"]: link.attrs["href"]
        for link in document.find_all("link", rel="alternate")
        if "hreflang" in link.attrs
    }
    assert set(alternates) == {*CODES, "x-default"}
    assert alternates["x-default"] == "http://testserver/"
    assert all(alternates[other] == f"http://testserver/{other}/" for other in CODES)


def test_the_menu_speaks_each_partners_language(client, demo):
    menus = {
        code: [link.text for link in parse(client.get(f"/{code}/")).by_class("main-nav__link")]
        for code in CODES
    }

    assert len({tuple(menu) for menu in menus.values()}) == len(CODES)
    assert "Partner" in menus["de"]
    assert "Socios" in menus["es"]


def test_the_switcher_lists_every_language_in_itself_and_marks_the_current_one(client, demo):
    document = parse(client.get("/pl/partnerzy/"))
    links = document.by_class("language-switcher__link")

    assert [(link.attrs["lang"], link.attrs["hreflang"], link.text) for link in links] == [
        (code, code, name) for code, name in settings.LANGUAGES
    ]
    current = [link.attrs["lang"] for link in links if link.attrs.get("aria-current") == "true"]
    assert current == ["pl"]
    assert links[0].attrs["href"] == "/lv/partneri/"
    summary = document.by_class("language-switcher__current")[0]
    assert "Polski" in summary.text


@pytest.mark.parametrize("code", ["lt", "de", "es"])
def test_a_partner_language_page_says_the_editors_translated_it(client, demo, code):
    note = parse(client.get(f"/{code}/")).by_class("translation-note")

    assert [element.text.split(". ")[0] + "." for element in note] == [TRANSLATOR_NOTE[code]]


@pytest.mark.parametrize("code", ["lv", "en"])
def test_the_authoritative_languages_carry_no_translator_note(client, demo, code):
    assert parse(client.get(f"/{code}/")).by_class("translation-note") == []


def test_missing_partner_text_falls_back_to_english_marked_with_lang_and_a_notice(client, demo):
    page = Page.objects.get(key="privacy")

    document = parse(client.get("/de/datenschutz/"))

    heading = document.find("h1")
    assert heading.text == page.title_en
    assert heading.attrs["lang"] == "en"
    notice = document.by_class("translation-notice")[0].text
    assert notice == (
        "Ein Teil dieser Seite ist noch nicht übersetzt und wird auf Englisch angezeigt."
    )


def test_without_english_a_partner_language_falls_back_to_latvian(client, demo):
    Page.objects.filter(key="privacy").update(title_en="", body_en="", summary_en="")

    document = parse(client.get("/de/datenschutz/"))

    assert document.find("h1").attrs["lang"] == "lv"
    notice = document.by_class("translation-notice")[0].text
    assert notice == LATVIAN_NOTICE_IN_GERMAN
