"""What a visitor sees on the timeline and on a meeting's page, in both languages."""

import json
from datetime import date, time, timedelta

import pytest
from django.utils import timezone

from common.publishing import PublicationStatus
from tests.factories import (
    EventDocumentFactory,
    EventPhotoFactory,
    MobilityEventFactory,
    ProgrammeItemFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def _texts(document, class_name):
    return [element.text for element in document.by_class(class_name)]


def _facts(element):
    """{term: description} of the <dl> lists inside ``element``."""
    terms = [node for node in _descendants(element) if node.tag == "dt"]
    return {dt.text: next(n for n in dt.parent.children if n.tag == "dd").text for dt in terms}


def _descendants(element):
    for child in element.children:
        yield child
        yield from _descendants(child)


def _day_titles(document):
    """Each programme day heading as (label, date shown), e.g. ("Day 1", "Tuesday, 28 May")."""
    titles = []
    for heading in document.by_class("programme__day-title"):
        time = next((n for n in _descendants(heading) if n.tag == "time"), None)
        titles.append((heading.content[0].strip(), time.text if time else None))
    return titles


@pytest.mark.parametrize(
    ("path", "dates", "heading"),
    [
        (
            "/en/events/",
            [
                "14–15 November 2019",
                "28–29 May 2019",
                "11–13 February 2019",
                "9–11 October 2018",
                "23–24 May 2018",
            ],
            "Meetings held",
        ),
        (
            "/lv/pasakumi/",
            [
                "14.11.2019.–15.11.2019.",
                "28.05.2019.–29.05.2019.",
                "11.02.2019.–13.02.2019.",
                "09.10.2018.–11.10.2018.",
                "23.05.2018.–24.05.2018.",
            ],
            "Notikušās tikšanās",
        ),
    ],
)
def test_timeline_lists_the_five_meetings_most_recent_first(client, demo, path, dates, heading):
    document = parse(client.get(path))
    assert _texts(document, "event-card__date") == dates
    assert [h2.text for h2 in document.find_all("h2")] == [heading]


def test_timeline_card_shows_city_host_and_theme(client, demo):
    document = parse(client.get("/en/events/"))
    kaunas = next(card for card in document.by_class("event-card") if "Kaunas" in card.text)
    assert "Second partner meeting in Kaunas" in kaunas.text
    assert _facts(kaunas) == {
        "Where": "Kaunas, Lithuania",
        "Host": "Kaunas City Municipality",
        "Theme": "Best practices to decrease depopulation, with a focus on the economy",
    }
    link = document.find("a", href="/en/events/kaunas-2018/")
    assert link.text == "Second partner meeting in Kaunas"


def test_timeline_puts_upcoming_meetings_first_soonest_first(client):
    today = timezone.localdate()
    MobilityEventFactory(
        title_en="Held", start_date=today - timedelta(days=40), end_date=today - timedelta(days=39)
    )
    MobilityEventFactory(
        title_en="Later", start_date=today + timedelta(days=60), end_date=today + timedelta(days=61)
    )
    MobilityEventFactory(
        title_en="Running", start_date=today - timedelta(days=1), end_date=today + timedelta(days=1)
    )
    document = parse(client.get("/en/events/"))
    assert [h2.text for h2 in document.find_all("h2")] == ["Upcoming meetings", "Past meetings"]
    assert _texts(document, "event-card__title") == ["Running", "Later", "Held"]


def test_timeline_without_meetings_says_so(client):
    document = parse(client.get("/en/events/"))
    assert "No meetings have been published yet." in document.text
    assert document.find("a", href="/en/events/decode-events.ics") is None


def test_timeline_links_the_series_calendar(client, demo):
    document = parse(client.get("/lv/pasakumi/"))
    link = document.find("a", href="/lv/pasakumi/decode-pasakumi.ics")
    assert link.text == "Pievienot visas tikšanās savam kalendāram"


@pytest.mark.parametrize(
    ("path", "title", "expected"),
    [
        (
            "/en/events/lodz-2019/",
            "Fourth partner meeting in Łódź",
            {"When": "28–29 May 2019", "Where": "Łódź, Poland", "Host": "Łódzkie Region"},
        ),
        (
            "/lv/pasakumi/lodz-2019/",
            "Ceturtā partneru tikšanās Lodzā",
            {
                "Kad": "28.05.2019.–29.05.2019.",
                "Kur": "Lodza, Polija",
                "Rīkotājs": "Lodzas vojevodiste",
            },
        ),
    ],
)
def test_event_page_shows_title_dates_place_and_host(client, demo, path, title, expected):
    document = parse(client.get(path))
    assert document.find("h1").text == title
    assert _facts(document.by_class("event-facts")[0]) == expected


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (
            "/en/events/lodz-2019/",
            "Fourth partner meeting in Łódź · International meetings · DeCoDe",
        ),
        ("/en/news/fourth-meeting-lodz/", "Fourth partner meeting in Łódź · In the media · DeCoDe"),
        (
            "/lv/pasakumi/lodz-2019/",
            "Ceturtā partneru tikšanās Lodzā · Starptautiskās tikšanās · DeCoDe",
        ),
        (
            "/lv/jaunumi/fourth-meeting-lodz/",
            "Ceturtā partneru tikšanās Lodzā · Projekts medijos · DeCoDe",
        ),
    ],
)
def test_meeting_and_its_press_release_of_the_same_name_have_titles_of_their_own(
    client, demo, path, title
):
    assert parse(client.get(path)).find("title").text == title


def test_kaunas_meeting_shows_the_dates_it_was_held(client, demo):
    document = parse(client.get("/en/events/kaunas-2018/"))
    assert document.find("time", datetime="2018-10-09").text == "9–11 October 2018"


def test_event_page_shows_the_programme_day_by_day(client, demo):
    document = parse(client.get("/en/events/lodz-2019/"))
    assert _day_titles(document) == [("Day 1", "Tuesday, 28 May"), ("Day 2", "Wednesday, 29 May")]
    titles = _texts(document, "programme__title")
    assert titles[0] == "The region today: population statistics, migration and the economy"
    assert "Regional Centre for Social Policy" in _texts(document, "programme__speaker")
    assert document.by_class("programme__time") == []  # no times are documented


def test_programme_in_latvian_names_days_in_latvian(client, demo):
    document = parse(client.get("/lv/pasakumi/daugavpils-2019/"))
    assert _day_titles(document) == [
        ("1. diena", "ceturtdiena, 14. novembris"),
        ("2. diena", "piektdiena, 15. novembris"),
    ]


def test_programme_without_known_days_is_one_list_without_day_headings(client, demo):
    document = parse(client.get("/en/events/palermo-2019/"))
    assert document.by_class("programme__day-title") == []
    assert len(document.by_class("programme__item")) == 3


def test_programme_shows_times_when_given(client):
    event = MobilityEventFactory(start_date=date(2019, 5, 28), end_date=date(2019, 5, 29))
    ProgrammeItemFactory(event=event, start_time=time(9, 30), end_time=time(11), title_en="Talk")
    ProgrammeItemFactory(event=event, day=None, title_en="Visits")
    document = parse(client.get(f"/en/events/{event.slug}/"))
    [times] = document.by_class("programme__time")
    assert [(t.attrs["datetime"], t.text) for t in times.children] == [
        ("09:30", "09:30"),
        ("11:00", "11:00"),
    ]
    assert times.content[1] == "–"
    assert _day_titles(document) == [("Day 1", "Tuesday, 28 May"), ("Also on the programme", None)]


def test_event_page_shows_outcomes_and_no_gallery_without_photos(client, demo):
    document = parse(client.get("/en/events/lodz-2019/"))
    headings = [h2.text for h2 in document.find_all("h2")]
    assert headings == ["About the meeting", "Programme", "Outcomes", "Sources"]
    assert document.by_class("gallery") == []
    assert "define together what counts as “best practice”" in document.text


def test_event_page_links_previous_and_next_meetings(client, demo):
    document = parse(client.get("/en/events/palermo-2019/"))
    assert document.find("a", rel="prev").attrs["href"] == "/en/events/kaunas-2018/"
    assert document.find("a", rel="next").attrs["href"] == "/en/events/lodz-2019/"
    first = parse(client.get("/en/events/daugavpils-2018/"))
    assert first.find("a", rel="prev") is None


def test_event_pager_skips_meetings_that_are_not_public(client, db):
    first, draft, scheduled, last = MobilityEventFactory.create_batch(4)
    draft.status = PublicationStatus.DRAFT
    draft.save()
    scheduled.publish_at = timezone.now() + timedelta(days=1)
    scheduled.save()
    document = parse(client.get(first.get_absolute_url()))
    assert document.find("a", rel="next").attrs["href"] == last.get_absolute_url()
    document = parse(client.get(last.get_absolute_url()))
    assert document.find("a", rel="prev").attrs["href"] == first.get_absolute_url()
    assert document.find("a", rel="next") is None


def test_event_page_offers_its_calendar_file(client, demo):
    document = parse(client.get("/lv/pasakumi/palermo-2019/"))
    link = document.find("a", href="/lv/pasakumi/palermo-2019/kalendars.ics")
    assert link.text == "Pievienot savam kalendāram"


@pytest.mark.parametrize(
    "path",
    [
        "/en/events/no-such-meeting/",
        "/lv/pasakumi/no-such-meeting/",
        "/en/events/no-such-meeting/calendar.ics",
        "/lv/pasakumi/nav-tadas/kalendars.ics",
    ],
)
def test_unknown_event_slug_is_404(client, demo, path):
    response = client.get(path)
    assert response.status_code == 404
    assert parse(response).find("h1") is not None


def test_gallery_shows_renditions_with_srcset_size_and_alt_text(client):
    photo = EventPhotoFactory(caption_en="A working group", credit="Daugavpils City Council")
    document = parse(client.get(f"/en/events/{photo.event.slug}/"))
    image = document.find("img", class_="gallery__image")
    assert image.attrs["alt"] == "Partners around a table"
    assert (image.attrs["width"], image.attrs["height"]) == ("960", "720")
    assert image.attrs["loading"] == "lazy"
    assert [part.split()[-1] for part in image.attrs["srcset"].split(", ")] == [
        "480w",
        "960w",
        "1600w",
    ]
    assert image.attrs["src"].endswith(".jpg")
    source = document.find("source", type="image/webp")
    assert source.attrs["srcset"].count(".webp") == 3
    caption = document.by_class("gallery__caption")[0].text
    assert caption == "A working group Photo: Daugavpils City Council"


def test_untranslated_alt_text_falls_back_to_latvian_marked_as_latvian(client):
    photo = EventPhotoFactory(alt_text_en="")
    document = parse(client.get(f"/en/events/{photo.event.slug}/"))
    image = document.find("img", class_="gallery__image")
    assert image.attrs["alt"] == "Partneri pie galda"
    assert image.attrs["lang"] == "lv"


def test_documents_show_type_size_pages_and_language(client):
    document_file = EventDocumentFactory(language="it", title_en="Report of the meeting")
    path = f"/lv/pasakumi/{document_file.event.slug}/"
    page = parse(client.get(path))
    link = page.find("a", type="application/pdf")
    assert link.attrs["href"] == document_file.file.url
    assert link.attrs["hreflang"] == "it"
    meta = page.by_class("documents__meta")[0].text
    assert meta.startswith("(PDF, ")
    assert "3 lappuses" in meta
    assert meta.endswith("valoda: itāļu)")


def test_english_page_falls_back_to_latvian_text_with_notice(client):
    event = MobilityEventFactory(title_en="", summary_en="")
    document = parse(client.get(f"/en/events/{event.slug}/"))
    h1 = document.find("h1")
    assert h1.text == event.title_lv
    assert h1.attrs["lang"] == "lv"
    assert document.by_class("translation-notice")


def _json_ld(response):
    scripts = [s for s in parse(response).find_all("script") if s.attrs.get("type")]
    assert [s.attrs["type"] for s in scripts] == ["application/ld+json"]
    body = response.content.decode()
    start = body.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    return json.loads(body[start : body.index("</script>", start)])


@pytest.mark.parametrize(
    ("path", "name", "locality", "language"),
    [
        ("/en/events/kaunas-2018/", "Second partner meeting in Kaunas", "Kaunas", "en"),
        ("/lv/pasakumi/kaunas-2018/", "Otrā partneru tikšanās Kauņā", "Kauņa", "lv"),
    ],
)
def test_event_page_carries_schema_org_event_data(client, demo, path, name, locality, language):
    data = _json_ld(client.get(path))
    assert data["@type"] == "Event"
    assert data["name"] == name
    assert (data["startDate"], data["endDate"]) == ("2018-10-09", "2018-10-11")
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": locality,
        "addressCountry": "LT",
    }
    assert data["url"] == f"http://testserver{path}"
    assert data["inLanguage"] == language
    assert "image" not in data


def test_structured_data_cannot_close_its_script_element(client):
    event = MobilityEventFactory(title_en="</script><script>alert(1)</script>")
    response = client.get(f"/en/events/{event.slug}/")
    assert b"<script>alert(1)" not in response.content
    assert _json_ld(response)["name"] == "</script><script>alert(1)</script>"


def test_structured_data_lists_photos(client):
    photo = EventPhotoFactory()
    data = _json_ld(client.get(f"/en/events/{photo.event.slug}/"))
    assert data["image"] == [f"http://testserver{photo.large.url}"]


@pytest.mark.parametrize(
    ("path", "heading", "links"),
    [
        (
            "/en/partners/daugavpils/",
            "Meetings hosted",
            [
                ("/en/events/daugavpils-2018/", "Kick-off meeting in Daugavpils"),
                ("/en/events/daugavpils-2019/", "Final conference in Daugavpils"),
            ],
        ),
        (
            "/lv/partneri/kaunas/",
            "Rīkotās tikšanās",
            [("/lv/pasakumi/kaunas-2018/", "Otrā partneru tikšanās Kauņā")],
        ),
    ],
)
def test_partner_page_lists_the_meetings_it_hosted(client, demo, path, heading, links):
    document = parse(client.get(path))
    assert len(document.by_class("partner-events")) == 1
    assert document.find("h2", id="partner-events-title").text == heading
    found = [
        (a.attrs["href"], a.text)
        for item in document.by_class("partner-events__item")
        for a in item.children
        if a.tag == "a"
    ]
    assert found == links


def test_partner_that_hosted_nothing_has_no_meetings_section(client, demo):
    document = parse(client.get("/en/partners/vejle/"))
    assert document.by_class("partner-events") == []


def test_event_page_links_its_host_partner(client, demo):
    document = parse(client.get("/en/events/palermo-2019/"))
    host = _facts(document.by_class("event-facts")[0])["Host"]
    assert host.startswith("CEIPES")
    assert document.find("a", href="/en/partners/palermo/") is not None
    data = _json_ld(client.get("/en/events/palermo-2019/"))
    assert data["organizer"]["url"] == "http://testserver/en/partners/palermo/"
