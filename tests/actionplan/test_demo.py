"""The demo plan: its real structure, no invented measures, practices linked by partner number
and to the meetings where the sources say they were presented, with no theme and no advice that
no source gives."""

import pytest

from actionplan import demo as demo_actionplan
from actionplan.models import ActionPlan, GoodPractice, Measure, Theme
from decode_portal.management.commands.demo import LOADERS
from partners.models import Partner
from tests.factories import PartnerFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def test_demo_plan_has_the_real_structure_and_no_invented_measures():
    demo_actionplan.load()

    plan = ActionPlan.objects.current()
    assert plan.title_en == "Depopulation Control Action Plan"
    assert plan.title_lv == "Depopulācijas kontroles rīcības plāns"
    assert list(Theme.objects.values_list("number", "edition_pages")) == [
        ("2.1", "6–9"),
        ("2.2", "10–11"),
        ("2.3", "12–14"),
    ]
    assert not Measure.objects.exists()
    assert all(theme.title_en and theme.title_lv for theme in Theme.objects.all())


def test_demo_plan_has_the_official_contents_with_the_printed_pages():
    demo_actionplan.load()

    contents = ActionPlan.objects.current().contents.all()
    # the facts sheet §3: the table of contents as printed.
    assert [(entry.number, entry.page) for entry in contents] == [
        ("1", 3),
        ("2", 6),
        ("2.1", 6),
        ("2.2", 10),
        ("2.3", 12),
        ("3", 15),
        ("4", 18),
        ("4.1", 18),
        ("4.2", 25),
        ("4.3", 31),
        ("4.4", 53),
    ]
    assert contents[0].title_en == "Study description, goals and methodology"
    assert contents[0].title_lv == "Pētījuma apraksts, mērķi un metodoloģija"
    assert all(entry.title_lv and entry.title_en for entry in contents)


# The facts sheet, §2 and §3: which practice was presented at which meeting (Magdeburg's at
# none known).
MEETINGS = {
    "lodzkie-senior-card": "lodz-2019",
    "lodzkie-large-family-card": "lodz-2019",
    "lodzkie-fasd-point": "lodz-2019",
    "lodzkie-community-service-centres": "lodz-2019",
    "lodzkie-universal-design": "lodz-2019",
    "i-choose-lithuania": "kaunas-2018",
    "ktu-future-it-curricula": "kaunas-2018",
    "regional-remigration-coordinator": "daugavpils-2018",
    "magdeburg-population-recovery": None,
    "adiman-shared-services": "daugavpils-2019",
    "palermo-youth-world-cafe": "palermo-2019",
}


def test_demo_practices_name_their_meeting_and_no_theme_or_transfer_advice(demo):
    practices = GoodPractice.objects.select_related("event")

    assert {p.slug: p.event.slug if p.event else None for p in practices} == MEETINGS
    for practice in practices:
        assert not practice.themes.exists(), practice.slug
        assert practice.transfer_note_en == practice.transfer_note_lv == "", practice.slug
    assert GoodPractice.objects.get(slug="regional-remigration-coordinator").section == "4.2"


def test_demo_practices_without_partners_name_the_partners_country():
    assert not Partner.objects.exists()

    demo_actionplan.load()

    practice = GoodPractice.objects.get(slug="i-choose-lithuania")
    assert practice.partner is None
    assert practice.country == "LT"


def test_demo_links_practices_to_partners_by_number_once_they_exist():
    demo_actionplan.load()
    kaunas = PartnerFactory(number="PP2", country="LT")
    lodz = PartnerFactory(number="PP3", country="PL")

    changed = demo_actionplan.load()

    assert changed == 7  # the practices of Kaunas (2) and Łódzkie (5), now with their partner
    practice = GoodPractice.objects.get(slug="i-choose-lithuania")
    assert (practice.partner, practice.country) == (kaunas, "")
    assert GoodPractice.objects.filter(partner=lodz).count() == 5
    assert GoodPractice.objects.get(slug="adiman-shared-services").country == "ES"
    assert demo_actionplan.load() == 0


def test_demo_command_runs_twice_without_changes(demo):
    names = [name for name, _load in LOADERS]
    if "partners" in names:
        assert names.index("actionplan") > names.index("partners")
    assert demo_actionplan.load() == 0


def test_demo_theme_page_says_its_measures_are_in_the_pdf_edition(client, demo):
    document = parse(client.get("/en/action-plan/themes/2.2/"))

    notice = document.find("section", id="measures").text
    assert "set out in the official edition of the plan (its pages 10–11)" in notice
    assert document.by_class("practice-card") == []  # no source links a practice to it


@pytest.mark.parametrize(
    ("path", "presented"),
    [
        (
            "/en/action-plan/good-practices/lodzkie-senior-card/",
            "Presented at the DeCoDe meeting in Łódź, May 2019",
        ),
        (
            "/lv/ricibas-plans/labas-prakses/lodzkie-senior-card/",
            "Prezentēta DeCoDe tikšanās reizē (Lodza, 2019. gada maijs)",
        ),
        (
            "/en/action-plan/good-practices/adiman-shared-services/",
            "Presented at the DeCoDe meeting in Daugavpils, November 2019",
        ),
    ],
)
def test_demo_practice_page_names_the_meeting_and_gives_no_transfer_advice(
    client, demo, path, presented
):
    document = parse(client.get(path))

    line = document.by_class("practice__presented")[0]
    assert line.text == presented
    link = next(child for child in line.children if child.tag == "a")
    assert link.attrs["href"].endswith(("/lodz-2019/", "/daugavpils-2019/"))
    assert document.by_class("practice__transfer") == []
    assert document.by_class("practice__themes") == []


def test_demo_practice_without_a_known_meeting_names_none(client, demo):
    document = parse(client.get("/en/action-plan/good-practices/magdeburg-population-recovery/"))

    assert document.by_class("practice__presented") == []
    assert "Presented at" not in document.text


@pytest.mark.parametrize(
    ("path", "contents", "summary", "not_established"),
    [
        (
            "/en/action-plan/",
            "Contents of the official edition",
            "The portal's summary",
            "its total number of pages is not established",
        ),
        (
            "/lv/ricibas-plans/",
            "Oficiālā izdevuma saturs",
            "Portāla kopsavilkums",
            "tā kopējais lappušu skaits nav noskaidrots",
        ),
    ],
)
def test_demo_overview_shows_the_official_contents_and_heads_its_own_text_as_the_portals(
    client, demo, path, contents, summary, not_established
):
    document = parse(client.get(path))

    headings = [h2.text for h2 in document.find_all("h2")]
    assert contents in headings
    assert summary in headings
    entries = [
        " ".join(entry.text.split()) for entry in document.by_class("official-contents__entry")
    ]
    assert len(entries) == 11
    if path.startswith("/en/"):
        assert entries[0] == "1 Study description, goals and methodology p. 3"
        assert entries[-1] == "4.4 Best practices from project partner cities and regions p. 53"
    else:
        assert entries[-1] == "4.4 Projekta partneru pilsētu un reģionu labās prakses 53. lpp."
    assert not_established in document.find("section", id="official-contents").text
    # The plan's section titles head only the official contents, never the portal's text.
    summary_section = document.find("section", id="summary")
    subheadings = [child.text for child in summary_section.children if child.tag == "h3"]
    assert len(subheadings) == 3
    assert not any(heading[0].isdigit() for heading in subheadings)


@pytest.mark.parametrize(
    "path",
    [
        "/en/action-plan/",
        "/en/action-plan/good-practices/",
        "/en/action-plan/good-practices/i-choose-lithuania/",
        "/en/action-plan/themes/2.3/",
        "/lv/ricibas-plans/",
        "/lv/ricibas-plans/labas-prakses/",
        "/lv/ricibas-plans/labas-prakses/i-choose-lithuania/",
    ],
)
def test_demo_plan_pages_never_call_the_portals_text_the_plans(client, demo, path):
    text = " ".join(parse(client.get(path)).text.split())

    for claim in (
        "included in the",
        "collected in the",
        "Section 4 of the action plan",
        "Edition 1.0",
        "iekļaut",
        "Rīcības plāna 4. nodaļa",
        "Izdevums 1.0",
        "What it would take to transfer it",
    ):
        assert claim not in text, claim


@pytest.mark.parametrize(
    ("path", "silent", "cut"),
    [
        (
            "/en/action-plan/good-practices/lodzkie-senior-card/",
            "The sources do not describe what the card offers its holders.",
            "the share of older residents grows",
        ),
        (
            "/lv/ricibas-plans/labas-prakses/lodzkie-senior-card/",
            "Avoti neapraksta, ko karte sniedz tās īpašniekiem.",
            "senioru īpatsvars pieaug",
        ),
        (
            "/en/action-plan/good-practices/lodzkie-large-family-card/",
            "The sources do not describe what the card offers families.",
            "a visible sign that the region values families",
        ),
        (
            "/lv/ricibas-plans/labas-prakses/lodzkie-large-family-card/",
            "Avoti neapraksta, ko karte sniedz ģimenēm.",
            "redzams signāls",
        ),
    ],
)
def test_demo_practice_says_where_the_record_is_silent_instead_of_explaining(
    client, demo, path, silent, cut
):
    text = parse(client.get(path)).text

    assert silent in text
    assert cut not in text
