"""PDF uploads: only readable PDFs within the size limit, and the facts shown beside them."""

import hashlib
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import modelform_factory
from PIL import Image
from pypdf import PdfWriter

from actionplan.models import PlanDocument
from common.documents import PdfFormField, PdfInfo, pdf_info
from common.languages import EU_LANGUAGE_CHOICES
from common.uploads import MB
from events.models import EventDocument
from news.models import PublicationFile
from tests.contentapp.models import Document
from tests.factories import EventDocumentFactory, PlanDocumentFactory, PublicationFileFactory

DocumentForm = modelform_factory(Document, fields=["file", "leaflet"])


def pdf_bytes(pages=2, **encryption):
    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(width=595, height=842)
    if encryption:
        writer.encrypt(algorithm="RC4-128", **encryption)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "PNG")
    return buffer.getvalue()


def submit(field="file", name="report.pdf", data=b""):
    return DocumentForm(data={}, files={field: SimpleUploadedFile(name, data)})


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "stored_name"),
    [
        ("report.pdf", "documents/report.pdf"),
        ("Report.PDF", "documents/Report.pdf"),
        ("report", "documents/report.pdf"),
        ("report.exe", "documents/report.pdf"),
    ],
)
def test_pdf_form_accepts_pdf_and_stores_it_with_pdf_extension(name, stored_name):
    form = submit(name=name, data=pdf_bytes())

    assert form.is_valid(), form.errors
    document = form.save()

    assert document.file.name == stored_name


@pytest.mark.django_db
def test_pdf_form_accepts_pdf_encrypted_only_against_changes():
    form = submit(data=pdf_bytes(user_password="", owner_password="owner"))

    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.pdf", b"Meeting notes, not a PDF.\n"),
        ("picture.pdf", png_bytes()),
        ("header-only.pdf", b"%PDF-1.7\n"),
        ("truncated.pdf", pdf_bytes()[:200]),
        ("prefixed.pdf", b"<html>" + pdf_bytes()),
    ],
)
def test_pdf_form_rejects_file_that_is_not_a_readable_pdf(english, name, data):
    form = submit(name=name, data=data)

    assert form.errors == {"file": ["The file is not a PDF document."]}


def test_pdf_form_rejects_password_protected_pdf(english):
    form = submit(data=pdf_bytes(user_password="secret", owner_password="owner"))

    assert form.errors == {
        "file": ["The PDF is protected by a password. Upload a copy that opens without one."]
    }


def test_pdf_form_rejects_empty_file(english):
    form = submit(data=b"")

    assert form.errors == {"file": ["The submitted file is empty."]}


def test_pdf_form_rejects_file_over_default_size_limit_before_reading(english):
    form = submit(data=b"%PDF-1.7\n" + b"\0" * (20 * MB))

    assert form.errors == {"file": ["The PDF is larger than 20 MB."]}


def test_pdf_form_applies_field_size_limit(english):
    form = submit(field="leaflet", data=pdf_bytes() + b"\n" * (MB // 2))

    assert form.errors == {"leaflet": ["The PDF is larger than 0.5 MB."]}


def test_pdf_form_field_offers_only_pdf():
    field = Document._meta.get_field("file").formfield()

    assert isinstance(field, PdfFormField)
    assert field.widget.attrs["accept"] == "application/pdf"


def test_pdf_info_of_upload_counts_pages_size_and_checksum():
    data = pdf_bytes(pages=3)
    upload = SimpleUploadedFile("report.pdf", data)

    info = pdf_info(upload)

    assert info == PdfInfo(
        page_count=3, size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest()
    )
    assert upload.read() == data


@pytest.mark.django_db
def test_pdf_info_of_stored_file_unpacks_to_pages_size_and_checksum():
    data = pdf_bytes(pages=1)
    form = submit(data=data)
    assert form.is_valid(), form.errors
    document = Document.objects.get(pk=form.save().pk)

    page_count, size_bytes, sha256_hex = pdf_info(document.file)

    assert (page_count, size_bytes, sha256_hex) == (1, len(data), hashlib.sha256(data).hexdigest())
    assert document.file.closed


def test_pdf_info_of_non_pdf_raises_validation_error(english):
    with pytest.raises(ValidationError) as error:
        pdf_info(SimpleUploadedFile("notes.pdf", b"notes"))

    assert error.value.messages == ["The file is not a PDF document."]


# The three PDFs in one language (plan editions, publications, meetings' documents) are one model.

LANGUAGE_PDFS = [
    (PlanDocumentFactory, "actionplan/editions/"),
    (PublicationFileFactory, "news/publications/"),
    (EventDocumentFactory, "events/documents/"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("factory", "folder"), LANGUAGE_PDFS)
def test_language_pdf_upload_records_pages_size_and_checksum(english, factory, folder):
    data = pdf_bytes(pages=4)

    document = factory(language="de", file=ContentFile(data, name="Bericht.pdf"))
    document.refresh_from_db()

    assert (document.page_count, document.size_bytes, document.sha256) == (
        4,
        len(data),
        hashlib.sha256(data).hexdigest(),
    )
    assert document.file.name.startswith(folder)
    assert document.file.name.endswith("/Bericht.pdf")
    assert document.native_language_name == "Deutsch"
    assert document.get_language_display() == "German"


@pytest.mark.parametrize("model", [PlanDocument, PublicationFile, EventDocument])
def test_language_pdfs_offer_every_eu_language(model):
    assert model._meta.get_field("language").choices == EU_LANGUAGE_CHOICES
    assert model._meta.get_field("page_count").null is False
