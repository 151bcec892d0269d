"""Factories for test data; each app's factories live here so tests share one vocabulary."""

import io
from datetime import date, timedelta
from decimal import Decimal

import factory
from pypdf import PdfWriter

from actionplan.models import ActionPlan, GoodPractice, Measure, PlanDocument, Theme
from decode_portal.models import Page
from partners.models import Partner


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ["key"]

    key = Page.Key.ABOUT
    title_lv = factory.Sequence(lambda n: f"Lapa {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    body_lv = "<p>Teksts latviski.</p>"
    body_en = "<p>Text in English.</p>"


# Partners (the partners app's own tests add population figures).


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
    description_lv = "<p>Apraksts.</p>"
    description_en = "<p>Description.</p>"
    latitude = factory.Sequence(lambda n: Decimal(45 + n % 12))
    longitude = factory.Sequence(lambda n: Decimal(n % 25))


# Action plan


def pdf_bytes(pages=2, title=None):
    """A small, valid PDF of ``pages`` blank A4 pages."""
    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(width=595, height=842)
    if title:
        writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class ActionPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPlan
        django_get_or_create = ["version"]

    version = factory.Sequence(lambda n: f"1.{n}")
    title_lv = "Depopulācijas kontroles rīcības plāns"
    title_en = "Depopulation Control Action Plan"
    publication_date = factory.Sequence(lambda n: date(2019, 11, 1) + timedelta(days=n))
    introduction_lv = "<p>Ievads.</p>"
    introduction_en = "<p>Introduction.</p>"
    methodology_lv = "<p>Metodoloģija.</p>"
    methodology_en = "<p>Methodology.</p>"
    situation_lv = "<p>Situācija.</p>"
    situation_en = "<p>Situation.</p>"
    is_published = True


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["number"]

    number = factory.Sequence(lambda n: f"2.{n + 1}")
    order = factory.Sequence(lambda n: n)
    title_lv = factory.Sequence(lambda n: f"Tēma {n}")
    title_en = factory.Sequence(lambda n: f"Theme {n}")
    summary_lv = "Tēmas kopsavilkums."
    summary_en = "The theme in one sentence."
    description_lv = "<p>Tēmas apraksts.</p>"
    description_en = "<p>What the theme is about.</p>"


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure

    theme = factory.SubFactory(ThemeFactory)
    title_lv = factory.Sequence(lambda n: f"Pasākums {n}")
    title_en = factory.Sequence(lambda n: f"Measure {n}")
    description_lv = "<p>Pasākuma apraksts.</p>"
    description_en = "<p>What the measure does.</p>"
    target_group_lv = "ģimenes ar bērniem"
    target_group_en = "families with children"
    responsible_level = Measure.Level.MUNICIPAL
    time_frame_lv = "2020–2022"
    time_frame_en = "2020–2022"
    expected_result_lv = "Vairāk ģimeņu paliek pilsētā."
    expected_result_en = "More families stay in the city."
    order = factory.Sequence(lambda n: n)


class GoodPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GoodPractice
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"practice-{n}")
    title_lv = factory.Sequence(lambda n: f"Labā prakse {n}")
    title_en = factory.Sequence(lambda n: f"Good practice {n}")
    summary_lv = "Prakse vienā teikumā."
    summary_en = "The practice in one sentence."
    description_lv = "<p>Prakses apraksts.</p>"
    description_en = "<p>How the practice works.</p>"
    results_lv = "<p>Rezultāti.</p>"
    results_en = "<p>What it achieved.</p>"
    transfer_note_lv = "<p>Kas vajadzīgs.</p>"
    transfer_note_en = "<p>What another city needs.</p>"
    presented_at_lv = "Partneru tikšanās Kauņā"
    presented_at_en = "Partner meeting in Kaunas"
    partner = factory.SubFactory(PartnerFactory)
    country = ""

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class PlanDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanDocument
        django_get_or_create = ["plan", "language"]

    plan = factory.SubFactory(ActionPlanFactory)
    language = "lv"
    file = factory.django.FileField(filename="plan.pdf", data=pdf_bytes())
