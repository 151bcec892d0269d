"""The rich-text field keeps scripts out of the database whichever way the text is written."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from common.richtext import RichTextField, sanitize_html
from pages.models import Page
from tests.editorial.helpers import NO_SOURCE_ROWS

DIRTY = (
    "<h2>Plāns</h2>"
    '<p><strong>Svarīgi</strong> <a href="https://decode.example/">saite</a></p>'
    "<script>alert(1)</script>"
    '<p onerror="alert(2)">teksts</p>'
    '<p><a href="javascript:alert(3)">klikšķis</a></p>'
    '<iframe src="https://evil.example/"></iframe>'
)
CLEAN = (
    "<h2>Plāns</h2>"
    '<p><strong>Svarīgi</strong> <a href="https://decode.example/">saite</a></p>'
    "<p>teksts</p>"
    "<p><a>klikšķis</a></p>"
)

pytestmark = pytest.mark.django_db


def stored_bodies():
    """The body columns as the database holds them, for the only page."""
    return Page.objects.values_list("body_lv", "body_en").get()


def test_sanitize_html_strips_scripts_handlers_javascript_links_and_iframes():
    assert sanitize_html(DIRTY) == CLEAN


def test_sanitize_html_keeps_allowed_markup_unchanged():
    assert sanitize_html(CLEAN) == CLEAN


def test_field_sanitises_by_its_own_extensions():
    field = RichTextField(extensions={"Bold": True})

    assert field.sanitize_value("<h2>Plāns</h2><p><strong>Svarīgi</strong></p>") == (
        "Plāns<p><strong>Svarīgi</strong></p>"
    )


@pytest.mark.parametrize("value", ["", None])
def test_sanitize_html_empty_value_unchanged(value):
    assert sanitize_html(value) == value


def test_full_clean_sanitises_each_language():
    page = Page(key="about", title_lv="Par projektu", body_lv=DIRTY, body_en=DIRTY)

    page.full_clean()

    assert (page.body_lv, page.body_en) == (CLEAN, CLEAN)


def test_admin_form_stores_sanitised_text(client):
    admin_user = get_user_model().objects.create_superuser("admin", "admin@example.com", "x")
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:pages_page_add"),
        {
            "key": "about",
            "title_lv": "Par projektu",
            "title_en": "About",
            "summary_lv": "",
            "summary_en": "",
            "body_lv": DIRTY,
            "body_en": DIRTY,
            **NO_SOURCE_ROWS,
        },
    )

    assert response.status_code == 302
    assert stored_bodies() == (CLEAN, CLEAN)


def test_objects_create_stores_sanitised_text():
    page = Page.objects.create(key="about", title_lv="Par", body_lv=DIRTY, body_en=DIRTY)

    assert stored_bodies() == (CLEAN, CLEAN)
    assert (page.body_lv, page.body_en) == (CLEAN, CLEAN)


def test_save_after_assignment_stores_sanitised_text():
    page = Page.objects.create(key="about", title_lv="Par", body_lv="<p>Sveiki</p>")
    page.body_lv = DIRTY
    page.body_en = DIRTY

    page.save()

    assert stored_bodies() == (CLEAN, CLEAN)


def test_save_through_translated_attribute_stores_sanitised_text():
    page = Page.objects.create(key="about", title_lv="Par")

    with translation.override("en"):
        page.body = DIRTY
        page.save()

    assert stored_bodies() == (None, CLEAN)


def test_queryset_update_stores_sanitised_text():
    Page.objects.create(key="about", title_lv="Par")

    Page.objects.update(body_lv=DIRTY, body_en=DIRTY)

    assert stored_bodies() == (CLEAN, CLEAN)


def test_bulk_create_stores_sanitised_text():
    Page.objects.bulk_create([Page(key="about", title_lv="Par", body_lv=DIRTY, body_en=DIRTY)])

    assert stored_bodies() == (CLEAN, CLEAN)


def test_bulk_update_stores_sanitised_text():
    page = Page.objects.create(key="about", title_lv="Par")
    page.body_lv = DIRTY
    page.body_en = DIRTY

    Page.objects.bulk_update([page], ["body_lv", "body_en"])

    assert stored_bodies() == (CLEAN, CLEAN)


def test_raw_save_stores_sanitised_text():
    now = timezone.now()
    page = Page(key="about", title_lv="Par", body_lv=DIRTY, body_en=DIRTY, created=now, updated=now)

    page.save_base(raw=True)

    assert stored_bodies() == (CLEAN, CLEAN)


def test_empty_editor_output_is_stored_as_empty_string():
    Page.objects.create(key="about", title_lv="Par", body_lv="<p></p>", body_en="<p></p>")

    assert stored_bodies() == ("", "")


def test_save_with_english_active_keeps_missing_english_text_empty():
    Page.objects.create(key="about", title_lv="Par", body_lv="<p>Sveiki</p>")

    with translation.override("en"):
        page = Page.objects.get()
        page.save()

    assert stored_bodies() == ("<p>Sveiki</p>", None)


def test_exact_lookup_is_not_rewritten():
    Page.objects.create(key="about", title_lv="Par", body_lv=DIRTY)

    assert not Page.objects.filter(body_lv=DIRTY).exists()
    assert Page.objects.filter(body_lv=CLEAN).exists()
