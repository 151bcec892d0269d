"""The partner kit: on each partner's page, the files a city needs to take the plan home, in
the partner's own language."""

import pytest

from actionplan.models import PlanDocument
from tests.factories import PlanDocumentFactory, PopulationFigureFactory, pdf_bytes
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaunas_lt(kaunas):
    kaunas.native_name_language = "lt"
    kaunas.save()
    PopulationFigureFactory(partner=kaunas, year=2019, value=292_691)
    return kaunas


def kit(client, path):
    page = parse(client.get(path))
    section = page.find("section", id="kit")
    assert section is not None, f"no kit on {path}"
    links = [a for a in page.find_all("a") if section in a.ancestors()]
    return section, links


def summary(plan, language):
    return PlanDocumentFactory(
        plan=plan,
        language=language,
        source=PlanDocument.Source.GENERATED,
        file__data=pdf_bytes(pages=3),
    )


def test_the_kit_offers_the_partners_language_on_its_page_in_any_language(client, plan, kaunas_lt):
    summary(plan, "lt")
    summary(plan, "en")

    for path in ("/en/partners/kaunas/", "/lt/partneriai/kaunas/"):
        _section, links = kit(client, path)
        by_type = {a.attrs["type"]: a for a in links}
        pdf = by_type["application/pdf"]
        assert pdf.attrs["href"].endswith("/1.0/lt.pdf")
        assert pdf.attrs["hreflang"] == "lt"
        assert "lietuvių" in pdf.text
        # Only the partner's language: the English summary is on the plan's own page.
        assert len([a for a in links if a.attrs["type"] == "application/pdf"]) == 1
        csv, ics = by_type["text/csv"], by_type["text/calendar"]
        assert csv.attrs["href"] == "/lt/partneriai/kaunas/population.csv"
        assert ics.attrs["href"].startswith("/lt/") and ics.attrs["href"].endswith(".ics")
        assert "292691" in client.get(csv.attrs["href"]).content.decode()
        calendar = client.get(ics.attrs["href"])
        assert calendar["Content-Type"].startswith("text/calendar")
        assert calendar.content.startswith(b"BEGIN:VCALENDAR")
        download = client.get(pdf.attrs["href"])
        assert download["Content-Type"] == "application/pdf"
        assert b"".join(download.streaming_content).startswith(b"%PDF")  # and closes it
    english, _links = kit(client, "/en/partners/kaunas/")
    assert "The official edition of the plan is not on this portal yet." in english.text
    lithuanian, _links = kit(client, "/lt/partneriai/kaunas/")
    assert "Oficialiojo plano leidimo šiame portale dar nėra." in lithuanian.text


def test_the_official_edition_comes_first_where_one_is_uploaded(client, plan, kaunas_lt):
    PlanDocumentFactory(plan=plan, language="en", file__data=pdf_bytes(pages=55))
    summary(plan, "lt")

    section, links = kit(client, "/lv/partneri/kaunas/")

    pdfs = [a for a in links if a.attrs["type"] == "application/pdf"]
    assert [a.attrs["hreflang"] for a in pdfs] == ["lt", "en"]
    assert "Oficiālais izdevums" in pdfs[1].text
    assert "Portāla lapu kopsavilkums" in pdfs[0].text
    assert "vēl nav" not in section.text


def test_without_a_file_in_its_language_the_kit_offers_the_first_fallback(client, plan, kaunas_lt):
    summary(plan, "lv")
    summary(plan, "en")

    _section, links = kit(client, "/en/partners/kaunas/")

    pdfs = [a for a in links if a.attrs["type"] == "application/pdf"]
    assert [a.attrs["hreflang"] for a in pdfs] == ["en"]  # Lithuanian falls back to English


def test_the_kit_leaves_out_what_the_partner_does_not_have(client, kaunas):
    # No edition published, no population figures: only the meetings' calendar is offered.
    section, links = kit(client, "/en/partners/kaunas/")

    assert [a.attrs["type"] for a in links] == ["text/calendar"]
    assert "not on this portal yet" in section.text
