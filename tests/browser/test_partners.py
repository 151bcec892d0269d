"""The partner map and charts in a real browser, at phone and desktop width."""

import pytest

from tests.conftest import screenshot

pytestmark = pytest.mark.browser


def test_clicking_a_city_on_the_map_opens_its_partner_page(live_demo, page):
    page.goto(live_demo.url + "/en/partners/")
    marker = page.locator(".partner-map__svg").get_by_role(
        "link", name="Kaunas: Kaunas City Municipality"
    )
    marker.click()
    page.wait_for_url(live_demo.url + "/en/partners/kaunas/")
    assert page.locator("h1").inner_text() == "Kaunas City Municipality"


def test_map_markers_are_reached_with_the_keyboard(live_demo, page):
    page.goto(live_demo.url + "/lv/partneri/")
    first = page.locator(".partner-map__marker").first
    first.focus()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Daugavpils: Daugavpils pilsētas dome"
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Kauņa: Kauņas pilsētas pašvaldība"
    )
    page.keyboard.press("Enter")
    page.wait_for_url(live_demo.url + "/lv/partneri/kaunas/")


PAGES = {
    "lv": ("/lv/partneri/", "/lv/partneri/daugavpils/", "/lv/partneri/iedzivotaji/"),
    "en": ("/en/partners/", "/en/partners/daugavpils/", "/en/partners/population/"),
}


@pytest.mark.parametrize(
    ("viewport", "shown", "hidden"),
    [("phone", "narrow", "wide"), ("desktop", "wide", "narrow")],
)
def test_each_width_shows_the_map_and_one_chart_that_fits(
    live_demo, open_page, viewport, shown, hidden
):
    page = open_page(viewport)
    width = page.viewport_size["width"]
    for language, (list_path, partner_path, comparison_path) in PAGES.items():
        page.goto(live_demo.url + list_path)
        assert page.locator(".partner-map__marker").count() == 8
        assert page.locator(".partner-map__svg").bounding_box()["width"] <= width
        screenshot(page, f"partners-{language}-{viewport}")

        page.goto(live_demo.url + partner_path)
        chart = page.locator(f"#population-city .chart__svg--{shown}")
        assert chart.is_visible()
        assert not page.locator(f"#population-city .chart__svg--{hidden}").is_visible()
        box = chart.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        screenshot(page, f"partner-{language}-{viewport}")

        page.goto(live_demo.url + comparison_path)
        assert page.locator(f".chart__svg--{shown} .chart__series").count() == 8
        assert page.locator(f".chart__svg--{hidden}").is_hidden()
        screenshot(page, f"population-{language}-{viewport}")


def test_data_table_opens_without_javascript(live_demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo.url + "/en/partners/palermo/")
    page.get_by_text("Show the figures as a table").first.click()
    table = page.locator("#population-city table")
    assert table.is_visible()
    assert "630,427" in table.inner_text()
    context.close()
