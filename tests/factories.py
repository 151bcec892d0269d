"""Factories for test data; each app's factories live here so tests share one vocabulary."""

from decimal import Decimal

import factory

from decode_portal.models import Page
from partners.models import Partner, PopulationFigure


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ["key"]

    key = Page.Key.ABOUT
    title_lv = factory.Sequence(lambda n: f"Lapa {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    body_lv = "<p>Teksts latviski.</p>"
    body_en = "<p>Text in English.</p>"


class PartnerFactory(factory.django.DjangoModelFactory):
    """A partner somewhere in central Europe; pass ``number`` for a known place in the order."""

    class Meta:
        model = Partner
        django_get_or_create = ["number"]

    number = factory.Sequence(lambda n: f"PP{n % 98 + 2}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    name_lv = factory.Sequence(lambda n: f"Partneris {n}")
    name_en = factory.Sequence(lambda n: f"Partner {n}")
    native_name = factory.Sequence(lambda n: f"Partner {n} in its own language")
    city_lv = factory.Sequence(lambda n: f"Pilsēta {n}")
    city_en = factory.Sequence(lambda n: f"City {n}")
    country = "LV"
    summary_lv = "Partnera īss apraksts."
    summary_en = "A short description of the partner."
    description_lv = "<p>Apraksts.</p>"
    description_en = "<p>Description.</p>"
    latitude = factory.Sequence(lambda n: Decimal(45 + n % 12))
    longitude = factory.Sequence(lambda n: Decimal(n % 25))


class PopulationFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PopulationFigure

    partner = factory.SubFactory(PartnerFactory)
    area = PopulationFigure.Area.CITY
    year = factory.Sequence(lambda n: 1990 + n % 100)
    value = factory.Sequence(lambda n: 100_000 - n)
    source_name = "Statistics Office"
    source_url = "https://stat.example.org/table"
