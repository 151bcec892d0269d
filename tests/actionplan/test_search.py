"""The site search finds the plan's themes, measures and published good practices."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from search import registry as search
from tests.factories import GoodPracticeFactory, MeasureFactory, ThemeFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def found(query, language="en"):
    with translation.override(language):
        results = search.Search(query).overview(per_kind=50)
        return {group.kind.key: [hit.title for hit in group.hits] for group in results}


def test_search_finds_theme_measure_and_practice_by_words_from_their_text(lodz):
    theme = ThemeFactory(number="2.3", title_en="Facilitating remigration")
    MeasureFactory(
        theme=theme, title_en="Return counsellor", description_en="<p>A welcome desk.</p>"
    )
    GoodPracticeFactory(
        title_en="I Choose Lithuania",
        partner=lodz,
        description_en="<p>A one-stop shop for returning expatriates.</p>",
    )
    GoodPracticeFactory(
        title_en="Draft idea", description_en="<p>expatriates draft</p>", status="draft"
    )
    GoodPracticeFactory(
        title_en="Scheduled idea",
        description_en="<p>expatriates later</p>",
        publish_at=timezone.now() + timedelta(days=1),
    )

    assert found("remigration") == {"themes": ["Facilitating remigration"]}
    assert found("welcome desk") == {"measures": ["Return counsellor"]}
    assert found("expatriates") == {"practices": ["I Choose Lithuania"]}


def test_search_result_links_to_the_measure_on_its_theme_page(client, lodz):
    theme = ThemeFactory(number="2.1")
    measure = MeasureFactory(theme=theme, title_lv="Mazuļa kaste", description_lv="<p>Dāvana.</p>")

    document = parse(client.get("/lv/meklet/", {"q": "mazuļa"}))

    links = [a.attrs["href"] for a in document.find_all("a")]
    assert f"/lv/ricibas-plans/temas/2.1/#measure-{measure.pk}" in links
