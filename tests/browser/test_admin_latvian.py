"""An editor reads grammatical Latvian in the admin: headings, messages, the editor's toolbar."""

import pytest
from django.contrib.auth.models import User
from django.utils import translation

from actionplan.models import GoodPractice
from tests.conftest import screenshot

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def superuser(live_demo):
    return User.objects.create_superuser("vaditaja", "vaditaja@example.org", PASSWORD)


def heading(page):
    # The translation tabs add the language codes to the heading; the words come first.
    return page.locator("h1").inner_text().split("\n")[0].strip()


def sign_in(page, url):
    page.goto(url + "/lv/admin/")
    page.get_by_label("Lietotājvārds").fill("vaditaja")
    page.get_by_label("Parole").fill(PASSWORD)
    page.get_by_role("button", name="Pieteikties").click()


def test_add_page_and_success_message_speak_grammatical_latvian(
    live_demo, superuser, page, offsite_requests
):
    practice = GoodPractice.objects.first()
    sign_in(page, live_demo.url)

    page.goto(f"{live_demo.url}/lv/admin/actionplan/goodpractice/add/")
    bold = page.locator(".prose-menubar__button", has_text="format_bold").first
    bold.wait_for()
    screenshot(page, "admin-lv-add-good-practice")

    assert heading(page) == "Pievienot labo praksi"
    assert bold.get_attribute("title") == "treknraksts"
    assert bold.get_attribute("aria-label") == "treknraksts"
    entries = page.locator(".prose-menubar__option").first.locator("xpath=..").first
    assert entries.locator(".prose-menubar__option").all_text_contents() == [
        "2. līmeņa virsraksts",
        "3. līmeņa virsraksts",
        "4. līmeņa virsraksts",
        "Rindkopa",
    ]

    page.goto(f"{live_demo.url}/lv/admin/actionplan/goodpractice/{practice.pk}/change/")
    assert heading(page) == "Labot labo praksi"
    page.get_by_role("button", name="Saglabāt", exact=True).click()
    message = page.locator(".messagelist").inner_text()
    screenshot(page, "admin-lv-good-practice-saved")

    with translation.override("lv"):  # as the Latvian admin names it
        name = str(practice)
    assert message == f"Labā prakse “{name}” sekmīgi labota."
    assert heading(page) == "Atlasīt labo praksi, lai labotu"
    assert page.locator(".object-tools .addlink").text_content().strip() == "Pievienot labo praksi"
    assert offsite_requests == []
