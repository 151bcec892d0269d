"""Each page of the plan needs the same number of queries however much the plan holds."""

import pytest
from django.template.loader import render_to_string

from tests.factories import (
    ContentsEntryFactory,
    GoodPracticeFactory,
    MeasureFactory,
    MobilityEventFactory,
    PartnerFactory,
    PlanDocumentFactory,
    ThemeFactory,
)

# plan + its files, the themes (the plan's contents beside every page), then per page:
# overview: practice count, the official contents, earlier editions' files
# theme: the theme, its measures, its practices (with partners and meetings), their themes
# list: partners that contributed, count, the page of practices (with partners and meetings),
# their themes
# practice: the practice (with its partner), its themes
BUDGETS = {
    "/en/action-plan/": 6,
    "/lv/ricibas-plans/temas/2.1/": 7,
    "/en/action-plan/good-practices/": 8,
    "/en/action-plan/good-practices/?theme=2.1": 8,
    "/lv/ricibas-plans/labas-prakses/?city=partner-city-0&theme=2.1&section=4.4": 8,
    "/en/action-plan/good-practices/practice-0/": 6,  # and its sources
}


def build(size, plan):
    """``size`` themes, measures, partners, meetings, practices and lines of the official
    contents (and files in ``size`` languages)."""
    themes = [ThemeFactory(number=f"2.{n + 1}") for n in range(size)]
    partners = [PartnerFactory(number=f"PP{n + 2}", slug=f"partner-city-{n}") for n in range(size)]
    for theme in themes:
        MeasureFactory.create_batch(size, theme=theme)
    events = [MobilityEventFactory(host=partner) for partner in partners]
    for n in range(size * 3):
        GoodPracticeFactory(
            slug=f"practice-{n}", partner=partners[n % size], event=events[n % size], themes=themes
        )
    ContentsEntryFactory.create_batch(size, plan=plan)
    for language in ["lv", "en", "de", "fr", "lt", "pl", "it", "es"][:size]:
        PlanDocumentFactory(plan=plan, language=language)


@pytest.mark.parametrize("path", BUDGETS)
@pytest.mark.parametrize("size", [1, 8])
def test_plan_pages_use_a_fixed_number_of_queries(
    client, plan, django_assert_num_queries, path, size
):
    build(size, plan)

    with django_assert_num_queries(BUDGETS[path]):
        response = client.get(path)

    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 8])
def test_partner_practices_include_uses_one_query(db, django_assert_num_queries, size):
    partner = PartnerFactory(number="PP2")
    GoodPracticeFactory.create_batch(size, partner=partner)
    context = {"partner": partner, "practices": partner.good_practices.for_partner_page()}

    with django_assert_num_queries(1):
        html = render_to_string("actionplan/includes/partner_practices.html", context)

    assert html.count('class="partner-practices__item"') == size
