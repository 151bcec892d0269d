import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; the tests' own ORM calls in that
# thread are still synchronous, so Django's async-safety guard is relaxed for the test run only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(autouse=True)
def _fresh_template_fragments():
    """Each test renders the header, menu and footer anew (base.html keeps them per language)."""
    from django.core.cache import caches

    caches["template_fragments"].clear()


@pytest.fixture
def demo(db):
    """The demo content, as `make run` loads it."""
    call_command("demo", verbosity=0)


@pytest.fixture
def live_demo(transactional_db, live_server):
    """A live server with the demo content, for browser tests."""
    call_command("demo", verbosity=0)
    return live_server


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"Debian's chromium is not installed at {CHROMIUM}: browser tests need it"
        if os.environ.get("DECODE_REQUIRE_BROWSER"):
            pytest.fail(message + " (required in CI)")
        pytest.skip(message + " (apt-get install chromium; CI requires them)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class OffsiteRequests(list):
    """Requests the page tried to send anywhere but the test server (they are blocked)."""


@pytest.fixture
def offsite_requests():
    return OffsiteRequests()


def _open_page(browser, offsite_requests, viewport="desktop", locale="lv-LV"):
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale=locale)
    context.set_default_timeout(10_000)

    def guard(route):
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            offsite_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return context, context.new_page()


@pytest.fixture
def page(browser, offsite_requests):
    """A desktop-sized Chromium page that blocks and records any request leaving this machine."""
    context, page = _open_page(browser, offsite_requests)
    yield page
    context.close()


@pytest.fixture
def open_page(browser, offsite_requests):
    """Factory for pages of a given viewport ("phone" or "desktop") and browser locale."""
    contexts = []

    def factory(viewport="desktop", locale="lv-LV"):
        context, page = _open_page(browser, offsite_requests, viewport, locale)
        contexts.append(context)
        return page

    yield factory
    for context in contexts:
        context.close()


def axe_violations(page):
    """axe-core's violations on the current page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    lines = []
    for violation in results.response["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return lines


def screenshot(page, name):
    """Keep a screenshot under test-artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
