"""Factories for test data; each app's factories live here so tests share one vocabulary."""

from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO

import factory
from django.core.files.base import ContentFile
from PIL import Image
from pypdf import PdfWriter

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


class MobilityEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.MobilityEvent"

    number = factory.Sequence(lambda n: n + 1)
    slug = factory.Sequence(lambda n: f"meeting-{n + 1}")
    title_lv = factory.Sequence(lambda n: f"Tikšanās {n + 1}")
    title_en = factory.Sequence(lambda n: f"Meeting {n + 1}")
    theme_lv = "Labās prakses piemēri"
    theme_en = "Good practice examples"
    kind = "seminar"
    host = factory.SubFactory(PartnerFactory)
    start_date = factory.Sequence(lambda n: date(2018, 5, 23) + timedelta(days=30 * n))
    end_date = factory.LazyAttribute(lambda event: event.start_date + timedelta(days=1))
    summary_lv = "Partneri salīdzināja pieredzi."
    summary_en = "The partners compared their experience."
    description_lv = "<p>Apraksts.</p>"
    description_en = "<p>Description.</p>"
    outcomes_lv = "<p>Rezultāti.</p>"
    outcomes_en = "<p>Outcomes.</p>"


class ProgrammeItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.ProgrammeItem"

    event = factory.SubFactory(MobilityEventFactory)
    day = factory.LazyAttribute(lambda item: item.event.start_date)
    title_lv = factory.Sequence(lambda n: f"Programmas punkts {n}")
    title_en = factory.Sequence(lambda n: f"Programme item {n}")
    order = factory.Sequence(lambda n: n)


def jpeg_bytes(width=2000, height=1500, color=(30, 110, 160)):
    """A real JPEG of the given size (Pillow-made), for upload tests."""
    output = BytesIO()
    Image.new("RGB", (width, height), color).save(output, "JPEG", quality=85)
    return output.getvalue()


def pdf_bytes(pages=1):
    """A small, real PDF with ``pages`` blank pages."""
    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(width=595, height=842)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


class EventPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.EventPhoto"

    event = factory.SubFactory(MobilityEventFactory)
    image = factory.LazyFunction(lambda: ContentFile(jpeg_bytes(), name="meeting.jpg"))
    alt_text_lv = "Partneri pie galda"
    alt_text_en = "Partners around a table"
    caption_lv = "Darba grupa"
    caption_en = "A working group"


class EventDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.EventDocument"

    event = factory.SubFactory(MobilityEventFactory)
    title_lv = "Darba kārtība"
    title_en = "Agenda"
    file = factory.LazyFunction(lambda: ContentFile(pdf_bytes(3), name="agenda.pdf"))
    language = "en"
