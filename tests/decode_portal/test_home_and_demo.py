from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from pages.models import Page
from tests.html import parse

DISCLAIMER_START = "The European Commission's support for the production of this publication"


def test_root_redirects_by_the_browsers_language(client, db):
    assert client.get("/").headers["Location"] == "/lv/"
    english = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert english.headers["Location"] == "/en/"


def test_home_tells_what_decode_is_in_each_language(client, demo):
    lv = parse(client.get("/lv/"))
    en = parse(client.get("/en/"))
    assert "01.03.2018" in lv.text and "01.02.2020" in lv.text
    assert "“Eiropa pilsoņiem”" in lv.text
    assert "Depopulācijas kontroles rīcības plāns" in lv.text
    assert "Europe for Citizens" in en.text
    assert "Latvia, Lithuania, Poland, Germany, Italy, Denmark, Romania and Spain" in en.text


def test_home_lead_says_what_the_project_did_and_nothing_more(client, demo):
    lv = parse(client.get("/lv/")).by_class("hero__lead")[0].text
    en = parse(client.get("/en/")).by_class("hero__lead")[0].text

    assert en == (
        "DeCoDe brought together eight partners from eight European countries: city councils, "
        "a regional government and associations. Led by Daugavpils City Council, they exchanged "
        "good practices on depopulation, held five international meetings and drew up a "
        "Depopulation Control Action Plan."
    )
    assert lv == (
        "DeCoDe apvienoja astoņus partnerus no astoņām Eiropas valstīm: pilsētu pašvaldības, "
        "reģionālo pašvaldību un biedrības. Daugavpils pilsētas domes vadībā tie apmainījās ar "
        "labajām praksēm depopulācijas jomā, rīkoja piecas starptautiskas tikšanās un izstrādāja "
        "Depopulācijas kontroles rīcības plānu."
    )


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


def test_every_page_carries_the_funding_statement_and_project_number(client, demo):
    for path, statement in [
        ("/lv/", "Finansē Eiropas Savienības programma “Eiropa pilsoņiem”"),
        (
            "/en/about/",
            "Financed by the European Union programme “Europe for Citizens”",
        ),
    ]:
        footer = parse(client.get(path)).find("footer")
        assert statement in footer.text
        assert "595269-CITIZ-1-2017-2-LV-CITIZ-NT" in footer.text


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


def test_reading_pages_sets_no_cookie(client, demo):
    for path in ["/lv/", "/en/about/", "/lv/nav-tadas/"]:
        response = client.get(path)
        assert response.cookies == {}, path


def test_demo_command_is_idempotent(db):
    call_command("demo", verbosity=0)
    before = list(Page.objects.values())
    call_command("demo", verbosity=0)
    assert list(Page.objects.values()) == before


def test_demo_editor_is_created_only_when_asked(db, capsys):
    from django.contrib.auth.models import User

    call_command("demo")
    assert not User.objects.filter(username="demo-editor").exists()
    call_command("demo", "--editor")
    out = capsys.readouterr().out
    password = out.rsplit("password: ", 1)[1].strip()
    user = User.objects.get(username="demo-editor")
    assert user.check_password(password)
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]


@pytest.mark.parametrize("key", [choice for choice, _label in Page.Key.choices])
def test_each_standing_page_has_both_languages_after_demo(demo, key):
    page = Page.objects.get(key=key)
    assert page.title_lv and page.title_en and page.body_lv and page.body_en


def test_dates_are_written_the_european_way_in_each_language(client, demo):
    Page.objects.filter(key="about").update(updated=datetime(2019, 11, 14, 12, tzinfo=UTC))
    english = parse(client.get("/en/about/")).by_class("last-updated")[0].text
    latvian = parse(client.get("/lv/par-projektu/")).by_class("last-updated")[0].text
    materials = parse(client.get("/lv/materiali/")).find("main").text

    assert english == "Last updated: 14 November 2019"
    assert latvian.endswith(": 2019. gada 14. novembris")
    assert "2018. gada decembris" in materials
