"""An editor adds a photo to a meeting in the admin; visitors see it and the meetings read well."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from editorial.groups import EDITORS_GROUP
from events.models import MobilityEvent
from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor(live_demo):
    # An earlier live-server test may have flushed the group its data migration made.
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="events"))
    user = User.objects.create_user("redaktors", password=PASSWORD, is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def photo_file(tmp_path):
    """A 2400 × 1600 JPEG with a sky, a river and buildings, as a camera would give."""
    image = Image.new("RGB", (2400, 1600))
    draw = ImageDraw.Draw(image)
    for y in range(1600):
        shade = int(120 + 100 * y / 1600)
        draw.line([(0, y), (2400, y)], fill=(shade // 2, shade, 230 if y < 900 else shade))
    for x in range(100, 2300, 300):
        draw.rectangle([x, 600, x + 220, 1000], fill=(180, 90 + x // 30, 60))
    path = tmp_path / "kaunas-meeting.jpg"
    image.save(path, "JPEG", quality=90)
    return path


def test_editor_uploads_a_photo_and_visitors_see_its_renditions(
    live_demo, editor, page, photo_file, offsite_requests
):
    event = MobilityEvent.objects.get(slug="kaunas-2018")
    page.goto(live_demo.url + "/lv/admin/")
    page.get_by_label("Lietotājvārds").fill("redaktors")
    page.get_by_label("Parole").fill(PASSWORD)
    page.get_by_role("button", name="Pieteikties").click()
    page.goto(f"{live_demo.url}/lv/admin/events/mobilityevent/{event.pk}/change/")

    page.locator("#photos-group .add-row a").click()
    page.locator("#id_photos-0-image").set_input_files(str(photo_file))
    page.locator("#id_photos-0-alt_text_lv").fill("Partneri pie Kauņas rātsnama")
    page.locator("#photos-group").get_by_role("tab", name="EN").first.click()
    page.locator("#id_photos-0-alt_text_en").fill("Partners at Kaunas town hall")
    page.locator("#id_photos-0-caption_lv").fill("Dalībnieki pēc darba grupām")
    # Saving makes six renditions before the page returns: allow for a busy machine.
    page.get_by_role("button", name="Saglabāt", exact=True).click(timeout=60_000)
    assert "sekmīgi labots" in page.locator(".messagelist").inner_text()

    for path, alt in [
        ("/en/events/kaunas-2018/", "Partners at Kaunas town hall"),
        ("/lv/pasakumi/kaunas-2018/", "Partneri pie Kauņas rātsnama"),
    ]:
        page.goto(live_demo.url + path)
        image = page.locator("img.gallery__image")
        assert image.get_attribute("alt") == alt
        assert (image.get_attribute("width"), image.get_attribute("height")) == ("960", "640")
        assert image.get_attribute("loading") == "lazy"
        assert image.get_attribute("srcset").count(".jpg ") == 3
        webp = page.locator("picture source[type='image/webp']").get_attribute("srcset")
        assert [part.rsplit(" ", 1)[1] for part in webp.split(", ")] == ["480w", "960w", "1600w"]
        image.scroll_into_view_if_needed()
        # Polled through the element's properties: a string predicate would be eval'd in the
        # page, which the site's Content Security Policy rightly refuses.
        expect(image).to_have_js_property("complete", True)
        expect(image).not_to_have_js_property("naturalWidth", 0)
        # The browser picked a WebP rendition and it really was served.
        assert page.evaluate("document.querySelector('img.gallery__image').currentSrc").endswith(
            ".webp"
        )
        assert axe_violations(page) == []
        screenshot(page, f"event-with-photo-{path.split('/')[1]}")
    assert offsite_requests == []


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize(
    ("timeline", "detail"),
    [("/lv/pasakumi/", "/lv/pasakumi/lodz-2019/"), ("/en/events/", "/en/events/lodz-2019/")],
)
def test_timeline_and_event_page_read_well(live_demo, open_page, viewport, timeline, detail):
    page = open_page(viewport)
    language = timeline.split("/")[1]
    page.goto(live_demo.url + timeline)
    assert page.locator(".event-card").count() == 5
    screenshot(page, f"events-timeline-{language}-{viewport}")
    page.locator(".event-card__title a").nth(1).click()
    page.wait_for_url(live_demo.url + detail)
    assert page.locator(".programme__item").count() == 6
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    screenshot(page, f"events-detail-{language}-{viewport}")
    page.locator(".language-switcher__current").click()
    twin = {"lv": "English", "en": "Latviešu"}[language]
    page.locator(".language-switcher__link", has_text=twin).click()
    other = {"lv": "/en/events/lodz-2019/", "en": "/lv/pasakumi/lodz-2019/"}[language]
    page.wait_for_url(live_demo.url + other)
