"""Factories for test data; each app's factories live here so tests share one vocabulary."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import BytesIO

import factory
from django.core.files.base import ContentFile
from PIL import Image
from pypdf import PdfWriter

from actionplan.models import ActionPlan, GoodPractice, Measure, PlanDocument, Theme
from common.publishing import PublicationStatus
from events.models import EventDocument, EventPhoto, MobilityEvent, ProgrammeItem
from funding.models import Grant, Instalment, PreFinancing
from news.models import PressRelease, Publication, PublicationFile
from pages.models import Page
from partners.models import Partner, PopulationFigure
from tests.contentapp.models import Article, Practice


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ["key"]

    key = Page.Key.ABOUT
    title_lv = factory.Sequence(lambda n: f"Lapa {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    body_lv = "<p>Teksts latviski.</p>"
    body_en = "<p>Text in English.</p>"


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
    start_date = date(2018, 3, 1)
    end_date = date(2020, 2, 1)
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
    planned_date = date(2018, 1, 1)
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
    status = PublicationStatus.PUBLISHED


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


class PressReleaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.PressRelease"
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"press-release-{n}")
    title_lv = factory.Sequence(lambda n: f"Preses relīze {n}")
    title_en = factory.Sequence(lambda n: f"Press release {n}")
    summary_lv = "Īss kopsavilkums latviski."
    summary_en = "A short summary in English."
    body_lv = "<p>Teksts latviski.</p>"
    body_en = "<p>Text in English.</p>"
    status = PublicationStatus.PUBLISHED
    publish_at = factory.Sequence(
        lambda n: datetime(2019, 1, 1, 12, tzinfo=UTC) + timedelta(days=n)
    )

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)


class SourceFactory(factory.django.DjangoModelFactory):
    """A source of ``content_object`` (pass the object it belongs to)."""

    class Meta:
        model = "common.Source"

    order = factory.Sequence(lambda n: n)
    kind = "official"
    title = factory.Sequence(lambda n: f"Report {n}")
    title_language = "en"
    publisher = "Daugavpils City Council"
    url = factory.Sequence(lambda n: f"https://www.daugavpils.lv/report-{n}")


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Publication"

    slug = factory.Sequence(lambda n: f"publication-{n}")
    title_lv = factory.Sequence(lambda n: f"Publikācija {n}")
    title_en = factory.Sequence(lambda n: f"Publication {n}")
    description_lv = "<p>Apraksts latviski.</p>"
    description_en = "<p>Description in English.</p>"
    date = date(2018, 12, 11)
    status = PublicationStatus.PUBLISHED


class PublicationFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.PublicationFile"

    publication = factory.SubFactory(PublicationFactory)
    language = "en"
    file = factory.LazyFunction(lambda: ContentFile(pdf_bytes(3), name="brochure.pdf"))


# Action plan


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


class ContentsEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "actionplan.ContentsEntry"

    plan = factory.SubFactory(ActionPlanFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title_lv = factory.Sequence(lambda n: f"Nodaļa {n + 1}")
    title_en = factory.Sequence(lambda n: f"Chapter {n + 1}")
    page = factory.Sequence(lambda n: 3 * n + 3)
    order = factory.Sequence(lambda n: n)


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
    status = PublicationStatus.PUBLISHED
    publish_at = datetime(2019, 5, 1, 12, tzinfo=UTC)
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
    file = factory.django.FileField(filename="plan.pdf", data=pdf_bytes(pages=2))


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


class PracticeFactory(factory.django.DjangoModelFactory):
    """The test app's practice contributed by one partner (tests/contentapp)."""

    class Meta:
        model = Practice

    partner = factory.SubFactory(PartnerFactory)
    title_lv = factory.Sequence(lambda n: f"Prakse {n}")
    title_en = factory.Sequence(lambda n: f"Practice {n}")
    body_lv = "<p>Apraksts.</p>"
    body_en = "<p>Description.</p>"
    status = PublicationStatus.PUBLISHED


# One factory per content model: tests/editorial uses them to check every model's rich text
# and admin list (and fails when a model with rich text has none).
FACTORIES = {
    Page: PageFactory,
    Partner: PartnerFactory,
    PopulationFigure: PopulationFigureFactory,
    Grant: GrantFactory,
    Instalment: InstalmentFactory,
    PreFinancing: PreFinancingFactory,
    MobilityEvent: MobilityEventFactory,
    ProgrammeItem: ProgrammeItemFactory,
    EventPhoto: EventPhotoFactory,
    EventDocument: EventDocumentFactory,
    PressRelease: PressReleaseFactory,
    Publication: PublicationFactory,
    PublicationFile: PublicationFileFactory,
    ActionPlan: ActionPlanFactory,
    Theme: ThemeFactory,
    Measure: MeasureFactory,
    GoodPractice: GoodPracticeFactory,
    PlanDocument: PlanDocumentFactory,
    Article: ArticleFactory,
    Practice: PracticeFactory,
}
