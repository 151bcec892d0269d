"""Editors add a meeting with its programme, photos and documents on one admin page."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from events.models import EventDocument, EventPhoto, MobilityEvent, ProgrammeItem
from tests.editorial.helpers import NO_SOURCE_ROWS
from tests.factories import (
    EventPhotoFactory,
    MobilityEventFactory,
    PartnerFactory,
    jpeg_bytes,
    pdf_bytes,
)
from tests.html import parse

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/events/mobilityevent/add/"
INLINES = ("programme_items", "photos", "documents")


def _form(host, photos=(), documents=(), items=(), **fields):
    data = {
        "number": "7",
        "slug": "vejle-2019",
        "title_lv": "Tikšanās Vejlē",
        "title_en": "Meeting in Vejle",
        "kind": "seminar",
        "host": str(host.pk),
        "start_date": "2019-09-10",
        "end_date": "2019-09-11",
        "summary_lv": "Partneri tikās Vejlē.",
        "summary_en": "The partners met in Vejle.",
        **NO_SOURCE_ROWS,
        **fields,
    }
    for prefix, rows in zip(INLINES, (items, photos, documents), strict=True):
        data |= {
            f"{prefix}-TOTAL_FORMS": str(len(rows)),
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
        for index, row in enumerate(rows):
            data |= {f"{prefix}-{index}-{name}": value for name, value in row.items()}
    return data


def _upload(name, content, content_type):
    return SimpleUploadedFile(name, content, content_type=content_type)


def _errors(response):
    document = parse(response)
    return [element.text for element in document.by_class("errorlist")]


def test_editor_adds_a_meeting_with_programme_photo_and_document(admin_client, english):
    host = PartnerFactory()
    data = _form(
        host,
        items=[{"day": "2019-09-10", "title_lv": "Atklāšana", "order": "1"}],
        photos=[
            {
                "image": _upload("group.jpg", jpeg_bytes(1700, 1100), "image/jpeg"),
                "alt_text_lv": "Partneri pie rātsnama",
                "alt_text_en": "Partners at the town hall",
                "order": "0",
            }
        ],
        documents=[
            {
                "title_lv": "Darba kārtība",
                "file": _upload("agenda.pdf", pdf_bytes(2), "application/pdf"),
                "language": "en",
                "order": "0",
            }
        ],
    )
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 302, _errors(response)
    event = MobilityEvent.objects.get(slug="vejle-2019")
    assert event.programme_items.get().title_lv == "Atklāšana"
    photo = event.photos.get()
    assert (photo.width, photo.height) == (1700, 1100)
    assert [r.width for r in photo.renditions("webp")] == [480, 960, 1600]
    assert event.documents.get().page_count == 2


def test_end_date_before_start_is_a_form_error(admin_client, english):
    response = admin_client.post(ADD_URL, _form(PartnerFactory(), end_date="2019-09-09"))
    assert response.status_code == 200
    assert "The last day cannot be before the first day." in _errors(response)
    assert not MobilityEvent.objects.exists()


def test_programme_day_outside_the_meeting_is_a_form_error(admin_client, english):
    data = _form(PartnerFactory(), items=[{"day": "2019-09-20", "title_lv": "Vēlāk"}])
    response = admin_client.post(ADD_URL, data)
    assert "The day must be one of the meeting's days." in _errors(response)
    assert not ProgrammeItem.objects.exists()


def test_photo_without_alt_text_is_a_form_error(admin_client, english):
    photo = {"image": _upload("a.jpg", jpeg_bytes(800, 600), "image/jpeg"), "order": "0"}
    response = admin_client.post(ADD_URL, _form(PartnerFactory(), photos=[photo]))
    assert response.status_code == 200
    assert "This field is required." in _errors(response)
    assert not MobilityEvent.objects.exists()
    assert not EventPhoto.objects.exists()


def _bomb():
    """A PNG of 9,000 × 5,000 pixels (45 megapixels) that weighs a few kilobytes."""
    output = BytesIO()
    Image.new("1", (9000, 5000)).save(output, "PNG")
    return output.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.jpg", b"This is plain text, not a picture.", "not a JPEG, PNG or WebP image"),
        ("bomb.png", _bomb(), "too many pixels"),
        ("huge.jpg", b"\xff\xd8\xff\xe0" + bytes(20 * 1024 * 1024), "larger than 5 MB"),
    ],
)
def test_bad_image_is_a_form_error_and_nothing_is_saved(
    admin_client, english, media_root, name, content, message
):
    photo = {
        "image": _upload(name, content, "image/jpeg"),
        "alt_text_lv": "Attēls",
        "order": "0",
    }
    response = admin_client.post(ADD_URL, _form(PartnerFactory(), photos=[photo]))
    assert response.status_code == 200
    assert any(message in error for error in _errors(response)), _errors(response)
    assert not MobilityEvent.objects.exists()
    assert not EventPhoto.objects.exists()
    assert not media_root.exists() or not [p for p in media_root.rglob("*") if p.is_file()]


def test_pdf_that_is_not_a_pdf_is_a_form_error(admin_client, english):
    document = {
        "title_lv": "Ziņojums",
        "file": _upload("report.pdf", b"<html>not a pdf</html>", "application/pdf"),
        "language": "lv",
        "order": "0",
    }
    response = admin_client.post(ADD_URL, _form(PartnerFactory(), documents=[document]))
    assert "The file is not a PDF document." in _errors(response)
    assert not EventDocument.objects.exists()


def test_deleting_a_host_partner_is_refused_with_a_message(admin_client, english):
    event = MobilityEventFactory(title_en="Meeting in Kaunas")
    url = f"/en/admin/partners/partner/{event.host.pk}/delete/"
    page = parse(admin_client.get(url))
    assert "would require deleting the following protected related objects" in page.text
    assert "Meeting in Kaunas" in page.text
    admin_client.post(url, {"post": "yes"})
    assert MobilityEvent.objects.filter(host=event.host).exists()


def test_event_list_shows_dates_host_translations_and_photo_count(admin_client, english):
    event = MobilityEventFactory(title_en="Meeting in Łódź", theme_en="")
    EventPhotoFactory.create_batch(2, event=event)
    MobilityEventFactory.create_batch(5)
    response = admin_client.get("/en/admin/events/mobilityevent/")
    row = next(tr for tr in parse(response).find_all("tr") if "Meeting in Łódź" in tr.text)
    cells = {td.attrs.get("class", "").split()[0]: td.text for td in row.children if td.tag == "td"}
    assert cells["field-photo_count"] == "2"
    assert "LV ✓" in cells["field-translation_status"]
    assert "EN ✗" in cells["field-translation_status"]  # no English theme
    assert cells["field-host"] == str(event.host)
