"""Factories for test data; each app's factories live here so tests share one vocabulary."""

import datetime
from decimal import Decimal

import factory

from decode_portal.models import Page
from funding.models import Grant, Instalment, PreFinancing
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


class GrantFactory(factory.django.DjangoModelFactory):
    """The site's one grant, with DeCoDe's figures unless a test says otherwise."""

    class Meta:
        model = Grant
        django_get_or_create = ["singleton"]

    singleton = True
    programme_lv = "Eiropa pilsoņiem"
    programme_en = "Europe for Citizens"
    strand_lv = "2. sadaļa “Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība”"
    strand_en = "Strand 2 “Democratic engagement and civic participation”"
    measure_lv = "2.2. apakšpasākums “Pašvaldību tīklojumi”"
    measure_en = "Measure 2.2 “Networks of Towns”"
    reference_number = "595269-CITIZ-1-2017-2-LV-CITIZ-NT"
    start_date = datetime.date(2018, 3, 1)
    end_date = datetime.date(2020, 2, 1)
    total = Decimal("90000.00")
    eu_share = Decimal("100.00")
    summary_lv = "Projektu finansēja programma “Eiropa pilsoņiem”."
    summary_en = "The Europe for Citizens programme financed the project."


class InstalmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Instalment

    grant = factory.SubFactory(GrantFactory)
    order = factory.Sequence(lambda n: n + 1)
    name_lv = factory.Sequence(lambda n: f"Maksājums {n + 1}")
    name_en = factory.Sequence(lambda n: f"Payment {n + 1}")
    share = Decimal("100.00")
    condition = Instalment.Condition.AGREEMENT
    planned_date = datetime.date(2018, 1, 1)
    planned_precision = Instalment.Precision.YEAR
    status = Instalment.Status.PLANNED


class PreFinancingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PreFinancing

    grant = factory.SubFactory(GrantFactory)
    kind = PreFinancing.Kind.PRE_FINANCING
    year = 2019
    amount = Decimal("30000.00")
    source_lv = "Daugavpils pilsētas dome"
    source_en = "Daugavpils City Council"
    purpose_lv = "Sedza izdevumus līdz atlikuma saņemšanai."
    purpose_en = "Covered costs until the balance arrived."
