"""An editor drafts, previews, publishes, edits and restores a publishable text in the admin.

The press releases of the news app are the real case; until that app is part of the site, the
journey runs on the test app's articles (tests/contentapp), which are built from the same
blocks: Publishable, PreviewableMixin, TranslatedAdmin, a TranslatedSitemap of published().
"""

import pytest
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import expect

from tests.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.urls("tests.contentapp.urls")]

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor(live_demo):
    user = User.objects.create_user("redaktore", password=PASSWORD, is_staff=True)
    # A live-server test starts from a flushed database: the group's data migration is undone.
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="contentapp", codename__endswith="_article"
        )
    )
    user.groups.add(group)
    return user


def rich_text(page, field_id):
    """The prose editor that edits the hidden text area ``field_id``."""
    return page.locator(f".prose-editor:has(#{field_id}) [contenteditable=true]")


def write(page, field_id, text):
    editor = rich_text(page, field_id)
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def sign_in(page, url):
    page.goto(url + "/lv/admin/")
    page.get_by_label("Lietotājvārds").fill("redaktore")
    page.get_by_label("Parole").fill(PASSWORD)
    page.get_by_role("button", name="Pieteikties").click()


def english_tab(page, index):
    page.get_by_role("tab", name="EN").nth(index).click()


def latvian_tab(page, index):
    page.get_by_role("tab", name="LV").nth(index).click()


def save(page):
    page.get_by_role("button", name="Saglabāt", exact=True).click()
    expect(page.locator(".messagelist .success")).to_have_count(1)


def public_view(visitor, url, path):
    """What an anonymous visitor gets at ``path``: (status, the page as sent)."""
    response = visitor.goto(url + path)
    return response.status, response.text()


def test_editor_drafts_previews_publishes_edits_and_restores(
    live_demo, editor, page, open_page, offsite_requests
):
    url = live_demo.url
    visitor = open_page()  # another browser profile: never signed in
    sign_in(page, url)

    # Draft in both languages.
    page.goto(url + "/lv/admin/contentapp/article/add/")
    page.locator("#id_slug").fill("vizite-kauna")
    page.locator("#id_title_lv").fill("Vizīte Kauņā")
    write(page, "id_body_lv", "Pirmā versija latviski.")
    english_tab(page, 0)
    page.locator("#id_title_en").fill("Visit to Kaunas")
    english_tab(page, 2)
    write(page, "id_body_en", "First version in English.")
    assert page.locator("#id_status").input_value() == "draft"
    save(page)

    # The editor previews it at its public address, marked as such.
    page.goto(url + "/lv/articles/vizite-kauna/")
    assert page.locator(".preview-banner").inner_text().startswith("Priekšskatījums – nav publisks")
    assert page.locator("h1").inner_text() == "Vizīte Kauņā"
    screenshot(page, "editorial-preview-lv")
    page.goto(url + "/en/articles/vizite-kauna/")
    assert page.locator(".preview-banner").count() == 1
    assert "First version in English." in page.locator("main").inner_text()

    # The public sees nothing of it.
    assert public_view(visitor, url, "/lv/articles/vizite-kauna/")[0] == 404
    assert "Vizīte Kauņā" not in public_view(visitor, url, "/lv/articles/")[1]
    assert "vizite-kauna" not in public_view(visitor, url, "/sitemap.xml")[1]

    # Published, it is everywhere.
    page.goto(url + "/lv/admin/contentapp/article/")
    page.locator("#result_list").get_by_role("link", name="Vizīte Kauņā").click()
    page.locator("#id_status").select_option("published")
    save(page)
    status, text = public_view(visitor, url, "/lv/articles/vizite-kauna/")
    assert status == 200 and "Pirmā versija latviski." in text and "Priekšskatījums" not in text
    assert "Vizīte Kauņā" in public_view(visitor, url, "/lv/articles/")[1]
    assert "Visit to Kaunas" in public_view(visitor, url, "/en/articles/")[1]
    assert "/lv/articles/vizite-kauna/" in public_view(visitor, url, "/sitemap.xml")[1]

    # Edited in both languages …
    page.goto(url + "/lv/admin/contentapp/article/")
    page.locator("#result_list").get_by_role("link", name="Vizīte Kauņā").click()
    write(page, "id_body_lv", "Otrā versija latviski.")
    english_tab(page, 2)
    write(page, "id_body_en", "Second version in English.")
    save(page)
    assert (
        "Second version in English." in public_view(visitor, url, "/en/articles/vizite-kauna/")[1]
    )

    # … and restored to the published version from the history.
    page.locator("#result_list").get_by_role("link", name="Vizīte Kauņā").click()
    page.get_by_role("link", name="Vēsture").click()
    screenshot(page, "editorial-history-lv")
    versions = page.locator("#change-history tbody tr th a")
    assert versions.count() == 3  # added, published, edited: the latest first
    versions.nth(1).click()
    assert "Pirmā versija latviski." in rich_text(page, "id_body_lv").inner_text()
    screenshot(page, "editorial-revert-lv")
    page.get_by_role("button", name="Saglabāt", exact=True).click()
    expect(page.locator(".messagelist .success")).to_have_count(1)

    status, text = public_view(visitor, url, "/lv/articles/vizite-kauna/")
    assert status == 200 and "Pirmā versija latviski." in text
    assert "First version in English." in public_view(visitor, url, "/en/articles/vizite-kauna/")[1]
    assert offsite_requests == []
