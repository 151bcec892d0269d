"""The .ics files parse back with icalendar and carry the meetings' days, titles and pages."""

from datetime import date

import icalendar
import pytest

pytestmark = pytest.mark.django_db


def _calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.parametrize(
    ("path", "title", "page"),
    [
        (
            "/en/events/kaunas-2018/calendar.ics",
            "Second partner meeting in Kaunas",
            "http://testserver/en/events/kaunas-2018/",
        ),
        (
            "/lv/pasakumi/kaunas-2018/kalendars.ics",
            "Otrā partneru tikšanās Kauņā",
            "http://testserver/lv/pasakumi/kaunas-2018/",
        ),
    ],
)
def test_event_calendar_file_is_an_all_day_event_over_the_days_held(
    client, demo, path, title, page
):
    response = client.get(path)
    assert response["Content-Disposition"] == 'attachment; filename="decode-kaunas-2018.ics"'
    calendar = _calendar(response)
    assert calendar["VERSION"] == "2.0"
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == date(2018, 10, 9)
    assert event.decoded("DTEND") == date(2018, 10, 12)  # the day after the last, per RFC 5545
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert str(event["SUMMARY"]) == title
    assert str(event["URL"]) == page
    assert page in str(event["DESCRIPTION"])
    assert str(event["UID"]).startswith("mobility-event-")


def test_event_calendar_names_the_place_in_the_pages_language(client, demo):
    [event] = _calendar(client.get("/lv/pasakumi/lodz-2019/kalendars.ics")).walk("VEVENT")
    assert str(event["LOCATION"]) == "Lodza, Polija"
    assert event["SUMMARY"].params["LANGUAGE"] == "lv"


def test_series_calendar_holds_every_meeting_with_stable_uids(client, demo):
    calendar = _calendar(client.get("/en/events/decode-events.ics"))
    events = calendar.walk("VEVENT")
    assert [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events] == [
        (date(2018, 5, 23), date(2018, 5, 25)),
        (date(2018, 10, 9), date(2018, 10, 12)),
        (date(2019, 2, 11), date(2019, 2, 14)),
        (date(2019, 5, 28), date(2019, 5, 30)),
        (date(2019, 11, 14), date(2019, 11, 16)),
    ]
    assert str(calendar["X-WR-CALNAME"]) == "DeCoDe network meetings"
    latvian = _calendar(client.get("/lv/pasakumi/decode-pasakumi.ics"))
    assert [str(e["UID"]) for e in latvian.walk("VEVENT")] == [str(e["UID"]) for e in events]
    assert str(latvian.walk("VEVENT")[0]["SUMMARY"]) == "Projekta atklāšanas tikšanās Daugavpilī"


def test_untranslated_title_is_sent_in_latvian_and_labelled_so(client):
    from tests.factories import MobilityEventFactory

    event = MobilityEventFactory(title_en="")
    [vevent] = _calendar(client.get(f"/en/events/{event.slug}/calendar.ics")).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title_lv
    assert vevent["SUMMARY"].params["LANGUAGE"] == "lv"
