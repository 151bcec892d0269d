"""The demo plan: its real structure, no invented measures, practices linked by partner number."""

import pytest

from actionplan.models import ActionPlan, GoodPractice, Measure, Theme
from decode_portal.demo import LOADERS
from decode_portal.demo import actionplan as demo_actionplan
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


def test_demo_practices_are_marked_as_presented_and_serve_themes():
    demo_actionplan.load()

    practices = GoodPractice.objects.all()
    assert practices.count() == len(demo_actionplan.PRACTICES)
    for practice in practices:
        assert practice.presented_at_en and practice.presented_at_lv, practice.slug
        assert practice.transfer_note_en and practice.transfer_note_lv, practice.slug
        assert practice.themes.exists(), practice.slug
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
    assert "set out in the original edition of the plan (its pages 10–11)" in notice
