"""Downloading the plan's files: counted, served byte for byte, nothing kept about visitors."""

import threading
import urllib.request
from urllib.parse import unquote

import pytest
from django.db import connection

from actionplan.models import PlanDocument
from tests.factories import ActionPlanFactory, PlanDocumentFactory, pdf_bytes

pytestmark = pytest.mark.django_db

DOWNLOAD = "/en/action-plan/download/{version}/{language}.pdf"


def downloads_of(document):
    document.refresh_from_db(fields=["downloads"])
    return document.downloads


def body(response):
    """The streamed file; reading it to the end closes it, as a WSGI server does."""
    return b"".join(response.streaming_content)


@pytest.fixture
def uploaded(plan):
    data = pdf_bytes(pages=3)
    document = PlanDocumentFactory(plan=plan, language="lv", file__data=data)
    return document, data


def test_download_twice_counts_two_and_serves_the_uploaded_bytes(client, uploaded):
    document, data = uploaded
    url = DOWNLOAD.format(version="1.0", language="lv")

    first = client.get(url)
    second = client.get(url)

    assert body(first) == data
    assert body(second) == data
    assert downloads_of(document) == 2


def test_download_headers_name_a_pdf_attachment_with_a_clean_filename(client, uploaded):
    _document, data = uploaded

    response = client.get(DOWNLOAD.format(version="1.0", language="lv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(data))
    disposition = response["Content-Disposition"]
    ascii_part, utf8_part = disposition.split("; filename*=")
    assert ascii_part == (
        'attachment; filename="DeCoDe-Depopulacijas-kontroles-ricibas-plans-1.0-lv.pdf"'
    )
    assert utf8_part.startswith("UTF-8''")
    assert unquote(utf8_part.removeprefix("UTF-8''")) == (
        "DeCoDe Depopulācijas kontroles rīcības plāns 1.0 lv.pdf"
    )
    assert "no-store" in response["Cache-Control"]
    assert "Set-Cookie" not in response
    assert body(response) == data


def test_download_of_another_language_uses_the_english_title(client, plan):
    PlanDocumentFactory(plan=plan, language="de")

    response = client.get(DOWNLOAD.format(version="1.0", language="de"))

    assert response["Content-Disposition"].startswith(
        'attachment; filename="DeCoDe-Depopulation-Control-Action-Plan-1.0-de.pdf"'
    )
    body(response)


def test_head_request_answers_without_counting(client, uploaded):
    document, _data = uploaded

    response = client.head(DOWNLOAD.format(version="1.0", language="lv"))

    assert response.status_code == 200
    assert response["Content-Length"] == str(document.size_bytes)
    assert response["Content-Type"] == "application/pdf"
    assert downloads_of(document) == 0


def test_post_to_a_download_is_refused(client, uploaded):
    document, _data = uploaded

    assert client.post(DOWNLOAD.format(version="1.0", language="lv")).status_code == 405
    assert downloads_of(document) == 0


def test_counting_stores_nothing_but_the_count(client, uploaded):
    document, _data = uploaded
    before = {
        field.name: getattr(document, field.name)
        for field in PlanDocument._meta.concrete_fields
        if field.name != "downloads"
    }

    body(client.get(DOWNLOAD.format(version="1.0", language="lv"), REMOTE_ADDR="203.0.113.9"))

    document.refresh_from_db()
    after = {name: getattr(document, name) for name in before}
    assert after == before
    assert document.downloads == 1


@pytest.mark.parametrize(
    ("version", "language"),
    [("9.9", "lv"), ("1.0", "fr"), ("1.0", "xx"), ("1-0", "lv")],
)
def test_unknown_edition_or_language_is_not_found(client, uploaded, version, language):
    document, _data = uploaded

    assert client.get(DOWNLOAD.format(version=version, language=language)).status_code == 404
    assert downloads_of(document) == 0


def test_download_of_an_unpublished_edition_is_not_found(client, db):
    draft = ActionPlanFactory(version="2.0", is_published=False)
    document = PlanDocumentFactory(plan=draft, language="lv")

    assert client.get(DOWNLOAD.format(version="2.0", language="lv")).status_code == 404
    assert downloads_of(document) == 0


def test_download_whose_file_went_missing_is_not_found_and_not_counted(client, uploaded, caplog):
    document, _data = uploaded
    document.file.storage.delete(document.file.name)

    response = client.get(DOWNLOAD.format(version="1.0", language="lv"))

    assert response.status_code == 404
    assert downloads_of(document) == 0
    assert "is missing" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_concurrent_downloads_lose_no_count(live_server, settings, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite serialises writers on one file and the live server shares one in-memory "
            "database, so this says nothing there; it runs on PostgreSQL (CI, DATABASE_URL)."
        )
    settings.MEDIA_ROOT = tmp_path / "media"
    data = pdf_bytes(pages=2)
    document = PlanDocumentFactory(
        plan=ActionPlanFactory(version="1.0"), language="en", file__data=data
    )
    url = live_server.url + DOWNLOAD.format(version="1.0", language="en")
    threads = 20
    start = threading.Barrier(threads)
    results = []

    def download():
        start.wait()
        with urllib.request.urlopen(url, timeout=30) as response:
            results.append((response.status, response.read()))

    workers = [threading.Thread(target=download) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert len(results) == threads
    assert all(status == 200 and content == data for status, content in results)
    assert downloads_of(document) == threads
