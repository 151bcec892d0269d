"""The demo content: the eight partners of the facts sheet, and only their sourced figures."""

import io

from django.core.management import call_command

from partners.models import Partner, PopulationFigure


def test_demo_loads_the_eight_partners_in_both_languages(demo):
    partners = list(Partner.objects.all())
    assert [p.number for p in partners] == ["LP", *(f"PP{n}" for n in range(2, 9))]
    assert [p.city_en for p in partners] == [
        "Daugavpils",
        "Kaunas",
        "Łódź",
        "Magdeburg",
        "Palermo",
        "Vejle",
        "Oradea",
        "Casasimarro",
    ]
    for partner in partners:
        assert partner.name_lv and partner.name_en
        assert partner.description_lv and partner.description_en
        assert partner.summary_lv and partner.summary_en
        partner.full_clean()
    # Every partner has a city series to chart.
    for partner in Partner.objects.with_population():
        city = [f for f in partner.published_figures if f.area == "city"]
        assert len(city) >= 2, partner.city_en


def test_demo_loads_only_figures_found_in_a_cited_source(demo):
    # [GK] values of the facts sheet §5: Daugavpils 2000 and 2011, Kaunas 2011/2018/2020,
    # Łódź 2011 and 2018, Magdeburg 2000 and 2010.
    unverified = [
        ("LP", 2000, 115_300),
        ("LP", 2011, 93_300),
        ("PP2", 2011, 316_000),
        ("PP2", 2018, 288_000),
        ("PP2", 2020, 292_000),
        ("PP3", 2011, 725_000),
        ("PP3", 2018, 685_000),
        ("PP4", 2000, 231_000),
        ("PP4", 2010, 231_500),
    ]
    for number, year, value in unverified:
        assert not PopulationFigure.objects.filter(
            partner__number=number, area="city", year=year
        ).exists()
        assert not PopulationFigure.objects.filter(value=value).exists()
    # Figures of the facts sheet, as loaded.
    daugavpils = dict(
        PopulationFigure.objects.filter(partner__number="LP", area="city").values_list(
            "year", "value"
        )
    )
    assert daugavpils[2005] == 107_269
    assert daugavpils[2018] == 83_250
    assert daugavpils[2024] == 77_799


def test_demo_is_idempotent(demo):
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert "partners: 0 created or changed" in out.getvalue()
