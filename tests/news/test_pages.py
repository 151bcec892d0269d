"""News list, press release pages, materials and downloads, as a visitor sees them."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from news.models import PressRelease
from tests.factories import (
    MobilityEventFactory,
    PartnerFactory,
    PressReleaseFactory,
    PublicationFactory,
    PublicationFileFactory,
    SourceFactory,
    jpeg_bytes,
    pdf_bytes,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def _titles(response):
    return [element.text for element in parse(response).by_class("press-card__title")]


def test_published_excludes_drafts_and_items_whose_time_has_not_come():
    shown = PressReleaseFactory(title_en="Shown")
    PressReleaseFactory(title_en="Draft", status="draft")
    PressReleaseFactory(title_en="Future", publish_at=timezone.now() + timedelta(hours=1))

    assert list(PressRelease.objects.published()) == [shown]


def test_news_list_shows_published_items_newest_first_in_each_language(client):
    PressReleaseFactory(title_lv="Vecā", title_en="Old", publish_at=timezone.now() - timedelta(2))
    PressReleaseFactory(title_lv="Jaunā", title_en="New", publish_at=timezone.now() - timedelta(1))
    PressReleaseFactory(title_en="Draft", status="draft")

    assert _titles(client.get("/en/news/")) == ["New", "Old"]
    assert _titles(client.get("/lv/jaunumi/")) == ["Jaunā", "Vecā"]


def test_news_list_is_paged_by_ten_with_links_between_pages(client):
    PressReleaseFactory.create_batch(12)

    first = parse(client.get("/en/news/"))
    second = parse(client.get("/en/news/?page=2"))

    assert len(first.by_class("press-card")) == 10
    assert len(second.by_class("press-card")) == 2
    assert first.find("a", rel="next").attrs["href"] == "?page=2"
    assert second.find("a", rel="prev").attrs["href"] == "?"


@pytest.mark.parametrize(
    ("page", "message", "cards"),
    [
        ("999", "There is no page 999; the last page is shown.", 2),
        ("abc", "“abc” is not a page number, so the first page is shown.", 10),
        ("-1", "“-1” is not a page number, so the first page is shown.", 10),
        ("<b>1</b>", "“<b>1</b>” is not a page number, so the first page is shown.", 10),
    ],
)
def test_news_list_answers_a_bad_page_number_with_a_page_and_a_message(
    client, page, message, cards
):
    PressReleaseFactory.create_batch(12)

    response = client.get("/en/news/", {"page": page})

    assert response.status_code == 200
    document = parse(response)
    assert document.by_class("notice")[0].text == message
    assert len(document.by_class("press-card")) == cards
    assert b"<b>1</b>" not in response.content


def test_empty_news_list_says_so(client):
    response = client.get("/en/news/?page=3")

    assert response.status_code == 200
    assert "Nothing has been published here yet." in parse(response).find("main").text


def test_press_release_page_shows_text_source_event_and_partners(client):
    event = MobilityEventFactory(
        title_en="Kick-off in Daugavpils",
        start_date=date(2018, 5, 23),
        end_date=date(2018, 5, 24),
    )
    partner = PartnerFactory(name_en="Kaunas City Municipality", city_en="Kaunas")
    release = PressReleaseFactory(
        slug="kick-off",
        title_en="Kick-off held",
        body_en="<p>Partners met.</p>",
        related_event=event,
        partners=[partner],
    )
    SourceFactory(
        content_object=release,
        kind="press",
        title="",
        publisher="d-fakti.lv",
        url="http://www.d-fakti.lv/lv/news/article/121469/",
        date=date(2018, 3, 22),
    )

    document = parse(client.get("/en/news/kick-off/"))

    assert document.find("h1").text == "Kick-off held"
    assert "Partners met." in document.by_class("rich-text")[0].text
    assert document.by_class("sources__title")[0].text == "Sources"
    source = document.by_class("sources__link")[0]
    assert (source.text, source.attrs["href"]) == (
        "d-fakti.lv",
        "http://www.d-fakti.lv/lv/news/article/121469/",
    )
    assert " ".join(document.by_class("sources__meta")[0].text.split()) == (
        "d-fakti.lv, 22 March 2018 · press"
    )
    assert document.find("a", href=event.get_absolute_url()).text == "Kick-off in Daugavpils"
    assert "(23–24 May 2018, " in document.by_class("related")[0].text
    assert "Kaunas City Municipality" in document.by_class("related__partners")[0].text


@pytest.mark.parametrize(
    ("precision", "machine", "shown"),
    [
        ("day", "2018-05-23", "23 May 2018"),
        ("month", "2018-05", "May 2018"),
        ("year", "2018", "2018"),
    ],
)
def test_a_media_items_date_says_no_more_than_is_known(client, precision, machine, shown):
    PressReleaseFactory(
        slug="kick-off",
        publish_at=datetime(2018, 5, 23, 9, 30, 15, 123456, tzinfo=UTC),
        date_precision=precision,
    )

    for path in ("/en/news/kick-off/", "/en/news/"):
        time = parse(client.get(path)).find("time")
        assert (time.attrs["datetime"], time.text) == (machine, shown), path


@pytest.mark.parametrize("state", ["draft", "future", "unknown"])
def test_press_release_page_is_not_found_unless_published(client, state):
    if state == "draft":
        PressReleaseFactory(slug="hidden", status="draft")
    elif state == "future":
        PressReleaseFactory(slug="hidden", publish_at=timezone.now() + timedelta(days=1))

    assert client.get("/en/news/hidden/").status_code == 404
    assert client.get("/lv/jaunumi/hidden/").status_code == 404


def test_english_page_of_a_latvian_only_item_marks_the_latvian_text(client):
    PressReleaseFactory(slug="lv-only", title_lv="Tikai latviski", title_en="", summary_en="")

    document = parse(client.get("/en/news/lv-only/"))

    h1 = document.find("h1")
    assert (h1.text, h1.attrs.get("lang")) == ("Tikai latviski", "lv")
    assert document.by_class("translation-notice")


def test_image_needs_alt_text():
    release = PressReleaseFactory.build(image=ContentFile(jpeg_bytes(), name="photo.jpg"))

    with pytest.raises(ValidationError) as error:
        release.full_clean()

    assert "image_alt_lv" in error.value.message_dict


def test_press_release_image_is_served_as_renditions_with_size_and_alt_text(client):
    PressReleaseFactory(
        slug="with-photo",
        image=ContentFile(jpeg_bytes(2000, 1500), name="photo.jpg"),
        image_alt_lv="Partneri pie galda",
        image_alt_en="Partners around a table",
    )

    img = parse(client.get("/en/news/with-photo/")).find("img", alt="Partners around a table")

    assert (img.attrs["width"], img.attrs["height"]) == ("960", "720")
    assert img.attrs["loading"] == "lazy"
    assert [part.split()[1] for part in img.attrs["srcset"].split(", ")] == [
        "480w",
        "960w",
        "1600w",
    ]


@pytest.mark.parametrize("size", [3, 30])
def test_news_list_and_press_release_use_a_fixed_number_of_queries(
    client, django_assert_num_queries, size
):
    partners = PartnerFactory.create_batch(min(size, 8))
    event = MobilityEventFactory()
    for _ in range(size):
        PressReleaseFactory(related_event=event, partners=partners)

    slug = PressRelease.objects.first().slug

    with django_assert_num_queries(2):  # count, page
        assert client.get("/en/news/").status_code == 200
    # One more than before sources were data: the page's sources are a table of their own.
    with django_assert_num_queries(3):  # release with event and host, partners, sources
        assert client.get(f"/en/news/{slug}/").status_code == 200


def test_materials_page_describes_a_publication_without_a_file(client):
    PublicationFactory(
        slug="informational-material-2018",
        title_en="Informational material",
        source_name="Daugavpils City Council",
        source_url="https://www.daugavpils.lv/assets/upload/manager/Decode.pdf",
    )

    document = parse(client.get("/en/materials/"))

    article = document.find("article", id="informational-material-2018")
    assert article is not None
    assert document.find("h2", id="informational-material-2018-title").text == (
        "Informational material"
    )
    note = document.by_class("publication__no-file")[0]
    assert note.text == (
        "The file is not available on this site. Get it from Daugavpils City Council"
    )


def test_materials_page_lists_each_file_with_language_pages_and_size(client):
    document_file = PublicationFileFactory(
        publication__slug="brochure", publication__title_en="Brochure", language="en"
    )

    document = parse(client.get("/en/materials/"))

    link = document.find("a", href="/en/materials/brochure/en.pdf")
    assert link.text == "Download “Brochure”"
    facts = document.by_class("downloads__facts")[0].text
    assert facts.startswith("(English, PDF, pages: 3, ")
    assert document_file.page_count == 3


@pytest.mark.parametrize("size", [1, 10])
def test_materials_page_uses_a_fixed_number_of_queries(client, django_assert_num_queries, size):
    for _ in range(size):
        PublicationFileFactory()

    with django_assert_num_queries(2):  # publications, their files
        assert client.get("/lv/materiali/").status_code == 200


def test_download_counts_each_get_and_serves_the_same_bytes(client):
    data = pdf_bytes(2)
    document = PublicationFileFactory(
        publication__slug="brochure", file=ContentFile(data, name="x.pdf")
    )

    first = client.get("/en/materials/brochure/en.pdf")
    second = client.get("/lv/materiali/brochure/en.pdf")
    head = client.head("/en/materials/brochure/en.pdf")  # asks for headers only: not counted

    # Reading a streamed response to its end also closes the file.
    assert b"".join(first.streaming_content) == data
    assert b"".join(second.streaming_content) == data
    assert head.content == b""
    assert head["Content-Length"] == str(len(data))
    assert first["Content-Type"] == "application/pdf"
    assert 'filename="DeCoDe-brochure-en.pdf"' in first["Content-Disposition"]
    document.refresh_from_db()
    assert document.downloads == 2


@pytest.mark.parametrize(
    "path",
    ["/en/materials/brochure/de.pdf", "/en/materials/nothing/en.pdf", "/en/materials/draft/en.pdf"],
)
def test_download_of_unknown_or_unpublished_file_is_not_found(client, path):
    PublicationFileFactory(publication__slug="brochure")
    PublicationFileFactory(publication__slug="draft", publication__status="draft")

    assert client.get(path).status_code == 404


def test_every_page_advertises_the_feeds_of_its_language(client):
    for path, rss, atom in [
        ("/lv/", "/lv/jaunumi/rss/", "/lv/jaunumi/atom/"),
        ("/en/about/", "/en/news/rss/", "/en/news/atom/"),
    ]:
        PressReleaseFactory()
        document = parse(client.get(path))
        assert (
            document.find("link", rel="alternate", type="application/rss+xml").attrs["href"] == rss
        )
        assert (
            document.find("link", rel="alternate", type="application/atom+xml").attrs["href"]
            == atom
        )
