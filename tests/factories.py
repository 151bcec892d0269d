"""Factories for test data; each app's factories live here so tests share one vocabulary."""

from decimal import Decimal

import factory

from decode_portal.content.publishing import PublicationStatus
from decode_portal.models import Page
from partners.models import Partner, PopulationFigure
from tests.contentapp.models import Article


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
    class Meta:
        model = Partner
        django_get_or_create = ["number"]

    number = factory.Sequence(lambda n: f"PP{n % 97 + 2}")
    slug = factory.Sequence(lambda n: f"partneris-{n}")
    name_lv = factory.Sequence(lambda n: f"Partneris {n}")
    name_en = factory.Sequence(lambda n: f"Partner {n}")
    native_name = factory.Sequence(lambda n: f"Partner {n}")
    city_lv = "Kauņa"
    city_en = "Kaunas"
    country = "LT"
    description_lv = "<p>Apraksts.</p>"
    description_en = "<p>Description.</p>"
    latitude = Decimal("54.89720")
    longitude = Decimal("23.88610")


def kaunas():
    return PartnerFactory(
        number="PP2",
        slug="kaunas",
        name_lv="Kauņas pilsētas pašvaldība",
        name_en="Kaunas City Municipality",
        native_name="Kauno miesto savivaldybės administracija",
        city_lv="Kauņa",
        city_en="Kaunas",
        country="LT",
    )


def vejle():
    return PartnerFactory(
        number="PP6",
        slug="vejle",
        name_lv="Vejles pašvaldība",
        name_en="Municipality of Vejle",
        native_name="Vejle Kommune",
        city_lv="Vejle",
        city_en="Vejle",
        country="DK",
        latitude=Decimal("55.71000"),
        longitude=Decimal("9.54000"),
    )


class PopulationFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PopulationFigure

    partner = factory.SubFactory(PartnerFactory)
    area = PopulationFigure.Area.CITY
    year = factory.Sequence(lambda n: 1900 + n % 200)
    value = 300_000
    source_name = "Statistics Lithuania"
    source_url = "https://osp.stat.gov.lt/"


class ArticleFactory(factory.django.DjangoModelFactory):
    """The test app's publishable article (tests/contentapp), published unless told otherwise."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"raksts-{n}")
    title_lv = factory.Sequence(lambda n: f"Raksts {n}")
    title_en = factory.Sequence(lambda n: f"Article {n}")
    body_lv = "<p>Teksts latviski.</p>"
    body_en = "<p>Text in English.</p>"
    status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)


# One factory per model that has rich text; tests/editorial checks that none is missing.
FACTORIES = {
    Page: PageFactory,
    Partner: PartnerFactory,
    PopulationFigure: PopulationFigureFactory,
    Article: ArticleFactory,
}
