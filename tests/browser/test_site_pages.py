"""What a visitor sees in a browser: accessibility, the language switcher, no offsite requests."""

import pytest

from tests.conftest import axe_violations, screenshot
from tests.decode_portal.sitemap import sitemap_paths

pytestmark = pytest.mark.browser


@pytest.fixture
def paths(client, live_demo):
    return sitemap_paths(client)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_axe_finds_no_violations_on_any_page(
    live_demo, paths, open_page, viewport, offsite_requests
):
    page = open_page(viewport)
    problems = []
    for path in paths:
        response = page.goto(live_demo.url + path)
        assert response.status == 200, path
        problems += [f"{path} @{viewport}: {line}" for line in axe_violations(page)]
        if path in ("/lv/", "/en/"):
            screenshot(page, f"home-{path.strip('/')}-{viewport}")
    assert problems == []
    assert offsite_requests == []


def test_switcher_leads_to_the_same_page_in_the_other_language(live_demo, page):
    page.goto(live_demo.url + "/lv/par-projektu/")
    page.locator(".language-switcher__current").click()
    page.get_by_role("link", name="English").click()
    page.wait_for_url(live_demo.url + "/en/about/")
    assert page.locator("h1").inner_text() == "About the project"
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".language-switcher__current").click()
    page.get_by_role("link", name="Latviešu").click()
    page.wait_for_url(live_demo.url + "/lv/par-projektu/")
    assert page.locator("h1").inner_text() == "Par projektu"


def test_the_switcher_works_by_keyboard_at_phone_width(live_demo, browser):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    page.goto(live_demo.url + "/lv/partneri/")
    summary = page.locator(".language-switcher__current")
    summary.focus()
    page.keyboard.press("Enter")
    links = page.locator(".language-switcher__link")
    assert links.count() == 9
    deutsch = page.locator(".language-switcher__link[lang=de]")
    box = deutsch.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    deutsch.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(live_demo.url + "/de/partner/")
    assert page.locator("html").get_attribute("lang") == "de"
    context.close()


def test_root_sends_an_english_browser_to_english(live_demo, open_page):
    page = open_page(locale="en-GB")
    page.goto(live_demo.url + "/")
    assert page.url == live_demo.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(live_demo, page):
    page.goto(live_demo.url + "/lv/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Pāriet uz saturu"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_phone_width_has_no_horizontal_scroll(live_demo, open_page, paths):
    page = open_page("phone")
    wide = []
    for path in paths:
        page.goto(live_demo.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            wide.append(f"{path}: {overflow}px too wide")
    assert wide == []


def test_pages_read_without_javascript(live_demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo.url + "/en/")
    assert "Europe for Citizens" in page.locator("main").inner_text()
    context.close()


@pytest.mark.parametrize("path", ["/lv/", "/en/partners/"])
def test_cached_pages_finish_loading_compressed_or_not(live_demo, page, settings, path):
    # Served once to fill the page cache (a miss), then from it (a hit); a browser asks for
    # gzip, and the page must end where its Content-Length says, or the tab never stops loading.
    settings.PAGE_CACHE_ENABLED = True
    for expected in ("miss", "hit"):
        response = page.goto(live_demo.url + path, wait_until="load", timeout=10_000)
        headers = response.all_headers()
        assert (headers["x-page-cache"], headers["content-encoding"]) == (expected, "gzip")
        assert page.locator("h1").count() == 1
