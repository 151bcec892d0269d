"""An editor drafts a press release in the Latvian admin, previews it, publishes it, edits it
and restores the published version; the public sees it only once published, in both languages."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import expect

from tests.conftest import screenshot

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple"
SLUG = "remigracija-kauna"
PUBLIC = {
    "lv": f"/lv/jaunumi/{SLUG}/",
    "en": f"/en/news/{SLUG}/",
}
EVERYWHERE = {
    "list": "/lv/jaunumi/",
    "list (en)": "/en/news/",
    "feed": "/lv/jaunumi/rss/",
    "feed (en)": "/en/news/atom/",
    "sitemap": "/sitemap.xml",
    "search": "/lv/meklet/?q=remigracija",
    "search (en)": "/en/search/?q=remigration",
}


@pytest.fixture
def editor(live_demo):
    user = User.objects.create_user("redaktore", password=PASSWORD, is_staff=True)
    # A live-server test starts from a flushed database: the group's data migration is undone.
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="news", codename__endswith="release")
    )
    user.groups.add(group)
    return user


def rich_text(page, field_id):
    """The prose editor that edits the hidden text area ``field_id``."""
    return page.locator(f".prose-editor:has(#{field_id}) [contenteditable=true]")


def write(page, field_id, text):
    rich_text(page, field_id).click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def english_tab(page, index):
    page.get_by_role("tab", name="EN").nth(index).click()


def save(page):
    page.get_by_role("button", name="Saglabāt", exact=True).click()
    expect(page.locator(".messagelist .success")).to_have_count(1)


def open_in_admin(page, url):
    page.goto(url + "/lv/admin/news/pressrelease/")
    page.locator("#result_list").get_by_role("link", name="Remigrācija Kauņā").click()


def public_view(visitor, url, path):
    """What an anonymous visitor gets at ``path``: (status, the page as sent)."""
    response = visitor.goto(url + path)
    return response.status, response.text()


def test_editor_drafts_previews_publishes_edits_and_restores_a_press_release(
    live_demo, editor, page, open_page, offsite_requests
):
    url = live_demo.url
    visitor = open_page()  # another browser profile: never signed in
    page.goto(url + "/lv/admin/")
    page.get_by_label("Lietotājvārds").fill("redaktore")
    page.get_by_label("Parole").fill(PASSWORD)
    page.get_by_role("button", name="Pieteikties").click()

    # A draft in both languages.
    page.goto(url + "/lv/admin/news/pressrelease/add/")
    page.locator("#id_title_lv").fill("Remigrācija Kauņā")
    page.locator("#id_summary_lv").fill("Partneri Kauņā runāja par remigrāciju.")
    # The address is made from the Latvian title, diacritics folded.
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    write(page, "id_body_lv", "Pirmā versija latviski.")
    english_tab(page, 0)
    page.locator("#id_title_en").fill("Remigration in Kaunas")
    english_tab(page, 1)
    page.locator("#id_summary_en").fill("The partners discussed remigration in Kaunas.")
    english_tab(page, 2)
    write(page, "id_body_en", "First version in English.")
    assert page.locator("#id_status").input_value() == "draft"
    save(page)

    # The editor previews it at its public address, marked as a preview.
    page.goto(url + PUBLIC["lv"])
    expect(page.locator(".preview-banner")).to_contain_text("Priekšskatījums – nav publisks")
    assert page.locator("h1").inner_text() == "Remigrācija Kauņā"
    assert page.locator("meta[name=robots]").get_attribute("content") == "noindex, nofollow"
    screenshot(page, "editorial-preview-lv")
    page.goto(url + PUBLIC["en"])
    expect(page.locator(".preview-banner")).to_contain_text("Preview – not public")
    assert "First version in English." in page.locator("main").inner_text()

    # The public sees nothing of it: not the page, the list, the feed, the sitemap or search.
    for path in PUBLIC.values():
        assert public_view(visitor, url, path)[0] == 404
    for where, path in EVERYWHERE.items():
        status, text = public_view(visitor, url, path)
        assert status == 200 and SLUG not in text and "Remigrācija Kauņā" not in text, where

    # Published, it is everywhere.
    open_in_admin(page, url)
    page.locator("#id_status").select_option("published")
    save(page)
    for where, path in EVERYWHERE.items():
        status, text = public_view(visitor, url, path)
        assert status == 200 and SLUG in text, where
    status, text = public_view(visitor, url, PUBLIC["lv"])
    assert status == 200 and "Pirmā versija latviski." in text and "preview-banner" not in text

    # Edited in both languages …
    open_in_admin(page, url)
    write(page, "id_body_lv", "Otrā versija latviski.")
    english_tab(page, 2)
    write(page, "id_body_en", "Second version in English.")
    save(page)
    assert "Second version in English." in public_view(visitor, url, PUBLIC["en"])[1]
    assert "Otrā versija latviski." in public_view(visitor, url, PUBLIC["lv"])[1]

    # … and restored to the published version from its history.
    open_in_admin(page, url)
    page.get_by_role("link", name="Vēsture").click()
    screenshot(page, "editorial-history-lv")
    versions = page.locator("#change-history tbody tr th a")
    expect(versions).to_have_count(3)  # added, published, edited: the latest first
    versions.nth(1).click()
    expect(rich_text(page, "id_body_lv")).to_contain_text("Pirmā versija latviski.")
    screenshot(page, "editorial-revert-lv")
    save(page)

    status, text = public_view(visitor, url, PUBLIC["lv"])
    assert status == 200 and "Pirmā versija latviski." in text and "Otrā versija" not in text
    status, text = public_view(visitor, url, PUBLIC["en"])
    assert status == 200 and "First version in English." in text and "Second version" not in text
    assert offsite_requests == []
