from datetime import date, time, timedelta
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from PIL import Image

from events.models import EventDocument, EventPhoto, MobilityEvent, ProgrammeItem
from tests.factories import (
    EventDocumentFactory,
    EventPhotoFactory,
    MobilityEventFactory,
    PartnerFactory,
    ProgrammeItemFactory,
    jpeg_bytes,
)

pytestmark = pytest.mark.django_db


def test_event_ending_before_it_starts_is_refused_by_the_database():
    event = MobilityEventFactory()
    event.end_date = event.start_date - timedelta(days=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_event_ending_before_it_starts_fails_validation_on_the_last_day(english):
    event = MobilityEventFactory.build(
        host=PartnerFactory(), start_date=date(2018, 5, 24), end_date=date(2018, 5, 23)
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert error.value.message_dict["end_date"] == ["The last day cannot be before the first day."]


def test_one_day_event_is_valid():
    event = MobilityEventFactory.build(
        host=PartnerFactory(), start_date=date(2019, 11, 15), end_date=date(2019, 11, 15)
    )
    event.full_clean()
    assert event.days == 1


def test_upcoming_and_past_are_read_from_the_dates():
    today = date(2019, 2, 12)
    held = MobilityEventFactory(start_date=date(2018, 5, 23), end_date=date(2018, 5, 24))
    running = MobilityEventFactory(start_date=date(2019, 2, 11), end_date=date(2019, 2, 13))
    later = MobilityEventFactory(start_date=date(2019, 5, 28), end_date=date(2019, 5, 29))
    assert list(MobilityEvent.objects.upcoming(today)) == [running, later]
    assert list(MobilityEvent.objects.past(today)) == [held]
    assert held.is_past(today) and not running.is_past(today)


def test_a_partners_hosted_meetings_are_its_published_ones_in_date_order():
    host = PartnerFactory(number="LP")
    second = MobilityEventFactory(host=host, start_date=date(2019, 11, 14))
    first = MobilityEventFactory(host=host, start_date=date(2018, 5, 23))
    MobilityEventFactory(host=host, start_date=date(2019, 1, 10), status="draft")
    MobilityEventFactory()
    assert list(host.hosted_events.in_date_order()) == [first, second]


def test_deleting_a_partner_that_hosted_a_meeting_is_refused():
    event = MobilityEventFactory()
    with pytest.raises(ProtectedError):
        event.host.delete()
    assert MobilityEvent.objects.filter(pk=event.pk).exists()


def test_programme_item_end_time_without_start_is_refused_by_the_database():
    item = ProgrammeItemFactory(start_time=None)
    item.end_time = time(10)
    with pytest.raises(IntegrityError), transaction.atomic():
        item.save()


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [(None, time(10), "start_time"), (time(11), time(10), "end_time")],
)
def test_programme_item_times_must_be_in_order(start, end, field):
    item = ProgrammeItemFactory.build(event=MobilityEventFactory(), start_time=start, end_time=end)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert field in error.value.message_dict


def test_programme_item_day_must_be_one_of_the_meetings_days(english):
    event = MobilityEventFactory(start_date=date(2019, 5, 28), end_date=date(2019, 5, 29))
    item = ProgrammeItemFactory.build(event=event, day=date(2019, 5, 30))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["day"] == ["The day must be one of the meeting's days."]


def test_programme_is_ordered_by_day_then_time_with_undated_items_last():
    event = MobilityEventFactory(start_date=date(2019, 5, 28), end_date=date(2019, 5, 29))
    undated = ProgrammeItemFactory(event=event, day=None, order=0)
    second_day = ProgrammeItemFactory(event=event, day=date(2019, 5, 29), order=0)
    afternoon = ProgrammeItemFactory(event=event, start_time=time(14), order=0)
    morning = ProgrammeItemFactory(event=event, start_time=time(9), order=5)
    untimed = ProgrammeItemFactory(event=event, order=1)
    assert list(event.programme_items.all()) == [untimed, morning, afternoon, second_day, undated]


def test_photo_upload_makes_webp_and_jpeg_renditions_of_three_widths(media_root):
    photo = EventPhotoFactory()
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (2000, 1500)
    for kind, image_format in (("webp", "WEBP"), ("jpeg", "JPEG")):
        renditions = photo.renditions(kind)
        assert [(r.width, r.height) for r in renditions] == [(480, 360), (960, 720), (1600, 1200)]
        for rendition in renditions:
            path = media_root / rendition.url.removeprefix("/media/")
            with Image.open(path) as image:
                assert image.format == image_format
                assert image.size == (rendition.width, rendition.height)


def test_small_photo_is_never_enlarged():
    photo = EventPhotoFactory(image=ContentFile(jpeg_bytes(800, 600), name="small.jpg"))
    assert [(r.width, r.height) for r in photo.renditions("webp")] == [(480, 360), (800, 600)]
    assert photo.fallback.width == 800
    assert photo.srcset_jpeg.count("w,") == 1


def test_photo_upload_strips_location_metadata(media_root):
    exif = Image.Exif()
    exif[0x8825] = {2: (56.0, 52.0, 30.0)}  # GPS latitude
    exif[0x010F] = "Camera maker"
    source = BytesIO()
    Image.new("RGB", (1200, 800), (200, 50, 50)).save(source, "JPEG", exif=exif)
    photo = EventPhotoFactory(image=ContentFile(source.getvalue(), name="gps.jpg"))
    with Image.open(photo.image.path) as stored:
        assert not stored.getexif()


def test_document_upload_records_size_and_pages():
    document = EventDocumentFactory()
    document.refresh_from_db()
    assert document.page_count == 3
    assert document.size_bytes == document.file.size
    assert document.file.name.endswith(".pdf")


def test_parts_of_a_meeting_go_with_it():
    event = MobilityEventFactory()
    ProgrammeItemFactory(event=event)
    EventPhotoFactory(event=event)
    EventDocumentFactory(event=event)
    event.delete()
    assert not ProgrammeItem.objects.exists()
    assert not EventPhoto.objects.exists()
    assert not EventDocument.objects.exists()
