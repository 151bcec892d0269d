"""The action plan in a real browser: accessible, readable without JavaScript, printable."""

import pytest

from tests.conftest import axe_violations, screenshot
from tests.factories import PlanDocumentFactory, pdf_bytes

pytestmark = pytest.mark.browser

PAGES = {
    "overview": ("/lv/ricibas-plans/", "/en/action-plan/"),
    "theme": ("/lv/ricibas-plans/temas/2.1/", "/en/action-plan/themes/2.1/"),
    "practices": ("/lv/ricibas-plans/labas-prakses/", "/en/action-plan/good-practices/"),
    "practices-theme": (
        "/lv/ricibas-plans/labas-prakses/?theme=2.3",
        "/en/action-plan/good-practices/?theme=2.3",
    ),
    "practices-city": (
        "/lv/ricibas-plans/labas-prakses/?city=lodz",
        "/en/action-plan/good-practices/?city=lodz",
    ),
    "practices-unknown": (
        "/lv/ricibas-plans/labas-prakses/?theme=9.9",
        "/en/action-plan/good-practices/?theme=9.9",
    ),
    "practice": (
        "/lv/ricibas-plans/labas-prakses/i-choose-lithuania/",
        "/en/action-plan/good-practices/i-choose-lithuania/",
    ),
}


@pytest.fixture
def plan_site(live_demo, settings, tmp_path):
    """The demo plan (with the demo partners) and files in three languages."""
    settings.MEDIA_ROOT = tmp_path / "media"
    for language, pages in (("lv", 11), ("en", 10), ("de", 56)):
        PlanDocumentFactory(
            plan__version="1.0", language=language, file__data=pdf_bytes(pages=pages)
        )
    return live_demo


# Every page at phone width; at desktop width (two columns) one of each kind of page.
DESKTOP = {"overview", "theme", "practices", "practice"}


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_plan_pages_pass_axe_in_both_languages(plan_site, open_page, viewport, offsite_requests):
    page = open_page(viewport)
    problems = []
    for name, paths in PAGES.items():
        if viewport == "desktop" and name not in DESKTOP:
            continue
        for path in paths:
            response = page.goto(plan_site.url + path)
            assert response.status == 200, path
            problems += [f"{path} @{viewport}: {line}" for line in axe_violations(page)]
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                problems.append(f"{path} @{viewport}: {overflow}px wider than the screen")
            if name in {"overview", "theme", "practices", "practice", "practices-unknown"}:
                screenshot(page, f"actionplan-{name}-{path.split('/')[1]}-{viewport}")
    assert problems == []
    assert offsite_requests == []


def test_filter_form_works_without_javascript(plan_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(plan_site.url + "/en/action-plan/good-practices/")

    # No source links a demo practice to a theme, so the theme filter is left out.
    assert page.locator("select[name=theme]").count() == 0
    page.select_option("select[name=city]", "kaunas")
    page.click(".practice-filter button[type=submit]")

    page.wait_for_url("**/good-practices/?city=kaunas&section=")
    titles = page.locator(".practice-card__title").all_inner_texts()
    assert titles == [
        "Migration information centre “I Choose Lithuania”",
        "Kaunas University of Technology's future-oriented IT curricula",
    ]
    meetings = page.locator(".practice-card__meeting").all_inner_texts()
    assert meetings == ["Presented at the DeCoDe meeting in Kaunas, October 2018"] * 2
    assert page.locator(".practice-results__count").inner_text() == "2 good practices"
    context.close()


def test_switcher_keeps_the_visitor_on_the_same_plan_page(plan_site, page):
    page.goto(plan_site.url + "/lv/ricibas-plans/temas/2.3/")
    page.locator(".language-switcher__current").click()
    page.get_by_role("link", name="English", exact=True).click()

    page.wait_for_url(plan_site.url + "/en/action-plan/themes/2.3/")
    assert page.locator("h1").inner_text() == "2.3 Facilitating remigration"


def test_download_link_saves_the_pdf(plan_site, page):
    page.goto(plan_site.url + "/en/action-plan/")

    with page.expect_download() as download:
        page.locator(".plan-downloads__link").first.click()

    assert download.value.suggested_filename == (
        "DeCoDe Depopulation Control Action Plan 1.0 en.pdf"
    )


def test_printed_page_leaves_out_navigation_filters_and_downloads(plan_site, page):
    page.goto(plan_site.url + "/en/action-plan/good-practices/?city=lodz")
    page.emulate_media(media="print")

    for hidden in (".site-header", ".plan-page__aside", ".practice-filter", ".breadcrumbs"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator(".practice-card").first.is_visible()
    assert page.locator(".funding-notice").is_visible()
    screenshot(page, "actionplan-practices-print")
