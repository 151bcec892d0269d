"""The funding page in a real browser: the timeline fits each screen, and nothing needs JS.

axe-core checks this page with every other one in tests/browser/test_site_pages.py.
"""

import pytest

from tests.conftest import screenshot

pytestmark = pytest.mark.browser

PAGES = [("/lv/finansejums/", "lv"), ("/en/funding/", "en")]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_funding_timeline_fits_the_screen_in_a_readable_size(live_demo, open_page, viewport):
    page = open_page(viewport)
    for path, language in PAGES:
        page.goto(live_demo.url + path)
        screenshot(page, f"funding-{language}-{viewport}")
        wide = page.locator(".timeline__svg--wide")
        narrow = page.locator(".timeline__svg--narrow")
        assert wide.is_visible() == (viewport == "desktop")
        assert narrow.is_visible() == (viewport == "phone")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow}px too wide"
        # The figure's text is drawn at a readable size on either screen.
        shown = wide if viewport == "desktop" else narrow
        size = shown.locator("text.timeline__caption").first.evaluate(
            "node => node.getBoundingClientRect().height"
        )
        assert size >= 12, f"{path}: timeline captions are {size}px high"


def test_funding_page_reads_without_javascript(live_demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo.url + "/en/funding/")
    main = page.locator("main").inner_text()
    assert "€36,000" in main and "€54,000" in main and "€30,000" in main
    context.close()
