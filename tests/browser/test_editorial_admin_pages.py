"""The editorial admin pages as an editor sees them, in both languages (screenshots kept)."""

import pytest
from django.contrib.auth.models import Group, User

from news.models import PressRelease
from tests.conftest import screenshot

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor(live_demo):
    user = User.objects.create_superuser("redaktore", password=PASSWORD)
    Group.objects.get_or_create(name="Editors")
    return user


def sign_in(page, url, language):
    page.goto(f"{url}/{language}/admin/login/")
    page.fill("#id_username", "redaktore")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")


@pytest.mark.parametrize("language", ["lv", "en"])
def test_translation_dashboard_and_its_count(live_demo, editor, open_page, language):
    release = PressRelease.objects.published().first()
    release.title_en = ""
    release.save()
    page = open_page(locale="lv-LV" if language == "lv" else "en-GB")
    sign_in(page, live_demo.url, language)

    notice = page.locator(".translation-backlog")
    expected = "Darāmie tulkojumi" if language == "lv" else "Translations to do"
    assert expected in notice.inner_text()
    screenshot(page, f"editorial-admin-index-{language}")
    notice.get_by_role("link").click()
    assert page.locator("h1").inner_text() == expected
    table = page.locator("table.translation-backlog-table", has_text=release.title_lv)
    assert table.get_by_role("link", name=release.title_lv).count() == 1
    screenshot(page, f"editorial-translations-{language}")


def test_lockout_page_in_english(live_demo, editor, page):
    page.goto(live_demo.url + "/en/admin/login/")
    for _attempt in range(5):
        page.fill("#id_username", "redaktore")
        page.fill("#id_password", "wrong-password")
        with page.expect_navigation():
            page.click("input[type=submit]")
    assert page.locator("h1").inner_text() == "Signing in is blocked for a while"
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "editorial-lockout-en")
