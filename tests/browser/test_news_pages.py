"""News, materials and search in a real browser: accessibility, phone layout, screenshots."""

import pytest

from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

PAGES = [
    ("news-list", "/lv/jaunumi/", "/en/news/"),
    ("press-release", "/lv/jaunumi/fourth-meeting-lodz/", "/en/news/fourth-meeting-lodz/"),
    ("materials", "/lv/materiali/", "/en/materials/"),
    ("search", "/lv/meklet/?q=remigracija", "/en/search/?q=Lodz"),
    ("search-kind", "/lv/meklet/?q=daugavp&kind=press", "/en/search/?q=daugavp&kind=press"),
    ("search-bad", "/lv/meklet/?q=%3Cb%3E%27%3B--&page=abc", "/en/search/?q=&page=999"),
]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_news_and_search_pages_pass_axe_fit_the_phone_and_are_photographed(
    live_demo, open_page, viewport, offsite_requests
):
    page = open_page(viewport)
    problems = []
    for name, latvian, english in PAGES:
        for language, path in (("lv", latvian), ("en", english)):
            response = page.goto(live_demo.url + path)
            assert response.status == 200, path
            problems += [f"{path} @{viewport}: {line}" for line in axe_violations(page)]
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                problems.append(f"{path} @{viewport}: {overflow}px too wide")
            screenshot(page, f"{name}-{language}-{viewport}")
    assert problems == []
    assert offsite_requests == []


def test_header_search_box_finds_a_word_typed_without_diacritics(live_demo, page):
    page.goto(live_demo.url + "/lv/")
    page.get_by_label("Meklēt vietnē").fill("remigracija")
    page.get_by_role("button", name="Meklēt").click()
    page.wait_for_url("**/lv/meklet/?q=remigracija")

    assert page.locator("h1").inner_text() == "Meklēt"
    assert page.locator(".search-hit mark").first.inner_text().lower().startswith("remigr")
    page.locator(".language-switcher__current").click()
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/search/?q=remigracija")
