import pytest

from tests.factories import (
    ActionPlanFactory,
    GoodPracticeFactory,
    MeasureFactory,
    PartnerFactory,
    ThemeFactory,
)
from tests.fixtures import english, media_root  # noqa: F401 (fixtures)


@pytest.fixture
def plan(db):
    return ActionPlanFactory(version="1.0")


@pytest.fixture
def kaunas(db):
    return PartnerFactory(
        number="PP2", slug="kaunas", city_lv="Kauņa", city_en="Kaunas", country="LT"
    )


@pytest.fixture
def lodz(db):
    return PartnerFactory(
        number="PP3", slug="lodzkie", city_lv="Lodza", city_en="Łódź", country="PL"
    )


@pytest.fixture
def content(plan, kaunas, lodz):
    """A small plan: two themes (one with measures), practices from two partner cities."""
    births = ThemeFactory(number="2.1", order=1, title_en="Birth rates", title_lv="Dzimstība")
    remigration = ThemeFactory(
        number="2.3", order=3, title_en="Remigration", title_lv="Remigrācija", edition_pages="12–14"
    )
    MeasureFactory(theme=births, title_en="Baby box", title_lv="Mazuļa kaste", order=1)
    MeasureFactory(
        theme=births,
        title_en="Kindergarten places",
        title_lv="Vietas bērnudārzos",
        order=2,
        responsible_level="national",
    )
    senior = GoodPracticeFactory(
        slug="senior-card",
        partner=lodz,
        title_en="Senior Card",
        title_lv="Seniora karte",
        themes=[births],
    )
    returning = GoodPracticeFactory(
        slug="i-choose-lithuania",
        partner=kaunas,
        title_en="I Choose Lithuania",
        title_lv="Es izvēlos Lietuvu",
        themes=[remigration],
    )
    abroad = GoodPracticeFactory(
        slug="swedish-welcome",
        partner=None,
        country="SE",
        section="4.3",
        title_en="Welcome desk",
        title_lv="Sagaidīšanas punkts",
        themes=[remigration, births],
    )
    return {
        "births": births,
        "remigration": remigration,
        "senior": senior,
        "returning": returning,
        "abroad": abroad,
    }
