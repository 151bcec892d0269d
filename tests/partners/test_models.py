"""What the partner data must be: numbering, slugs, places and one figure per area and year."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from partners.models import Partner, PopulationFigure
from tests.factories import PartnerFactory, PopulationFigureFactory


@pytest.mark.django_db
def test_partners_are_ordered_lead_partner_first_then_by_number():
    for number in ["PP10", "PP3", "LP", "PP2", "PP11"]:
        PartnerFactory(number=number)
    assert list(Partner.objects.values_list("number", flat=True)) == [
        "LP",
        "PP2",
        "PP3",
        "PP10",
        "PP11",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["PP1", "PP", "P2", "lp", "PP100", "PP02", "XX"])
def test_partner_number_must_be_lp_or_pp_with_a_number_from_two(number):
    partner = PartnerFactory.build(number=number)
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "number" in error.value.message_dict


@pytest.mark.django_db
def test_only_one_partner_can_be_the_lead_partner():
    PartnerFactory(number="LP")
    with pytest.raises(IntegrityError), transaction.atomic():
        Partner.objects.create(
            number="LP",
            slug="second-lead",
            name_lv="Otrs",
            native_name="Otrs",
            city_lv="Rīga",
            country="LV",
            latitude=Decimal("56.9"),
            longitude=Decimal("24.1"),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["population", "iedzivotaji"])
def test_slug_may_not_take_the_address_of_the_population_page(english, slug):
    partner = PartnerFactory.build(number="PP2", slug=slug)
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert error.value.message_dict["slug"] == [
        f"“{slug}” is the address of another page; choose another slug."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [("123", "10", "latitude"), ("-91", "10", "latitude"), ("50", "181", "longitude")],
)
def test_coordinates_outside_their_ranges_are_refused(latitude, longitude, field):
    partner = PartnerFactory.build(latitude=Decimal(latitude), longitude=Decimal(longitude))
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_coordinates_outside_the_map_of_europe_are_refused(english):
    # Buenos Aires: valid degrees, far off the map (and a typical slip of the minus sign).
    partner = PartnerFactory.build(latitude=Decimal("-34.6"), longitude=Decimal("-58.4"))
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "outside the map of Europe" in error.value.message_dict["latitude"][0]


@pytest.mark.django_db
def test_database_refuses_coordinates_out_of_range():
    partner = PartnerFactory(number="PP2")
    with pytest.raises(IntegrityError), transaction.atomic():
        Partner.objects.filter(pk=partner.pk).update(latitude=Decimal("123"))


@pytest.mark.django_db
def test_database_refuses_a_second_figure_for_the_same_partner_area_and_year():
    figure = PopulationFigureFactory(year=2018)
    with pytest.raises(IntegrityError), transaction.atomic():
        PopulationFigure.objects.create(
            partner=figure.partner, area=figure.area, year=2018, value=1
        )


@pytest.mark.django_db
def test_same_year_is_allowed_for_another_area_or_partner():
    figure = PopulationFigureFactory(year=2018)
    PopulationFigureFactory(partner=figure.partner, area="region", year=2018)
    PopulationFigureFactory(year=2018)
    assert PopulationFigure.objects.filter(year=2018).count() == 3


@pytest.mark.django_db
def test_duplicate_figure_fails_model_validation_with_a_message(english):
    figure = PopulationFigureFactory(year=2018)
    duplicate = PopulationFigure(partner=figure.partner, area=figure.area, year=2018, value=5)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.messages == ["This partner already has a figure for this area and year."]


@pytest.mark.django_db
def test_only_figures_with_source_name_and_address_are_published():
    partner = PartnerFactory()
    shown = PopulationFigureFactory(partner=partner, year=2001)
    PopulationFigureFactory(partner=partner, year=2002, source_url="")
    PopulationFigureFactory(partner=partner, year=2003, source_name="")
    assert list(PopulationFigure.objects.published()) == [shown]


@pytest.mark.django_db
def test_website_label_drops_scheme_www_and_trailing_slash():
    assert PartnerFactory.build(website="https://www.daugavpils.lv/").website_label == (
        "daugavpils.lv"
    )
    assert PartnerFactory.build(website="https://ceipes.org/en/about/").website_label == (
        "ceipes.org/en/about/"
    )
