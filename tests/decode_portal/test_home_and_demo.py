from datetime import UTC, datetime

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


def test_dates_are_written_the_european_way_in_each_language(client, demo):
    Page.objects.filter(key="about").update(updated=datetime(2019, 11, 14, 12, tzinfo=UTC))
    english = parse(client.get("/en/about/")).by_class("last-updated")[0].text
    latvian = parse(client.get("/lv/par-projektu/")).by_class("last-updated")[0].text
    materials = parse(client.get("/lv/materiali/")).find("main").text

    assert english == "Last updated: 14 November 2019"
    assert latvian.endswith(": 2019. gada 14. novembris")
    assert "2018. gada decembris" in materials
