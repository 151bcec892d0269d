"""The timeline and an event page cost the same number of queries whatever the amount of data."""

import factory
import pytest
from django.core.files.base import ContentFile

from tests.factories import (
    EventDocumentFactory,
    EventPhotoFactory,
    MobilityEventFactory,
    PartnerFactory,
    ProgrammeItemFactory,
    jpeg_bytes,
)

pytestmark = pytest.mark.django_db

# Timeline: the meetings with their hosts (one query).
TIMELINE_QUERIES = 1
# Event page: the meeting with its host, its programme, photos and documents, and the series
# (number, address and title of each meeting) for the links to the previous and next one.
DETAIL_QUERIES = 6  # and the meeting's sources


def _data(scale):
    """``scale`` × 5 meetings of 2 hosts; the third has ``scale`` × 3 programme items, and
    ``scale`` photos and documents (the other meetings' parts are never read by these pages)."""
    hosts = PartnerFactory.create_batch(2 * scale)
    events = [MobilityEventFactory(host=hosts[n % len(hosts)]) for n in range(5 * scale)]
    target = events[2]
    ProgrammeItemFactory.create_batch(scale * 3, event=target)
    EventDocumentFactory.create_batch(scale, event=target)
    small = factory.LazyFunction(lambda: ContentFile(jpeg_bytes(640, 480), name="small.jpg"))
    EventPhotoFactory.create_batch(scale, event=target, image=small)
    return events


@pytest.mark.parametrize("scale", [1, 10])
def test_timeline_uses_a_fixed_number_of_queries(client, django_assert_num_queries, scale):
    events = _data(scale)
    with django_assert_num_queries(TIMELINE_QUERIES):
        response = client.get("/en/events/")
    assert response.content.decode().count('class="event-card"') == len(events)


@pytest.mark.parametrize("scale", [1, 10])
def test_event_page_uses_a_fixed_number_of_queries(client, django_assert_num_queries, scale):
    events = _data(scale)
    event = events[2]
    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(f"/lv/pasakumi/{event.slug}/")
    body = response.content.decode()
    assert body.count('class="programme__item"') == scale * 3
    assert body.count('class="gallery__item"') == scale
    assert body.count('class="documents__item"') == scale


@pytest.mark.parametrize("scale", [1, 10])
def test_series_calendar_uses_one_query(client, django_assert_num_queries, scale):
    events = _data(scale)
    with django_assert_num_queries(1):
        response = client.get("/en/events/decode-events.ics")
    assert response.content.count(b"BEGIN:VEVENT") == len(events)
