"""Every reader in their language: the easy-read page and the partners' languages in a browser."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

# Each partner's own page and one of its good practices, in the partner's language. The demo
# has no good practice from Vejle or Oradea.
PARTNER_PAGES = {
    "lt": ("kaunas", "i-choose-lithuania"),
    "pl": ("lodz", "lodzkie-senior-card"),
    "de": ("magdeburg", "magdeburg-population-recovery"),
    "it": ("palermo", "palermo-youth-world-cafe"),
    "da": ("vejle", None),
    "ro": ("oradea", None),
    "es": ("casasimarro", "adiman-shared-services"),
}
PARTNER_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code not in settings.AUTHORITATIVE_LANGUAGES
]
EASY_READ_LABELS = {"lv": "Viegli lasīt", "en": "Easy to read"}
# Kept under test-artifacts/ for a person to look at: (language, URL name) at phone width.
SCREENSHOTS = {("lv", "pages:easy_read"), ("lt", "home"), ("lt", "partners:detail")}


def _url(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def _pages():
    """[(language, URL name, path)]: easy-read in Latvian and English, then in each partner's
    language the home, about, action plan and theme pages, the partner's page and practice."""
    pages = [(code, "pages:easy_read", _url(code, "pages:easy_read")) for code in EASY_READ_LABELS]
    for code in PARTNER_LANGUAGES:
        partner, practice = PARTNER_PAGES[code]
        pages += [
            (code, "home", _url(code, "home")),
            (code, "pages:about", _url(code, "pages:about")),
            (code, "actionplan:overview", _url(code, "actionplan:overview")),
            (code, "actionplan:theme", _url(code, "actionplan:theme", number="2.1")),
            (code, "partners:detail", _url(code, "partners:detail", slug=partner)),
        ]
        if practice:
            pages.append(
                (code, "actionplan:practice", _url(code, "actionplan:practice", slug=practice))
            )
    return pages


def test_every_partner_language_has_its_partner_pages_listed():
    assert sorted(PARTNER_PAGES) == sorted(PARTNER_LANGUAGES)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_easy_read_and_partner_language_pages_pass_axe(
    live_demo, open_page, viewport, offsite_requests
):
    page = open_page(viewport)
    problems = []
    for language, name, path in _pages():
        response = page.goto(live_demo.url + path)
        if response.status != 200:
            problems.append(f"{path} @{viewport}: status {response.status}")
            continue
        lang = page.locator("html").get_attribute("lang")
        if lang != language:
            problems.append(f"{path} @{viewport}: <html lang={lang!r}>, not {language!r}")
        problems += [f"{path} @{viewport}: {line}" for line in axe_violations(page)]
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            problems.append(f"{path} @{viewport}: {overflow}px wider than the screen")
        if viewport == "phone" and (language, name) in SCREENSHOTS:
            screenshot(page, f"every-language-{language}-{name.replace(':', '-')}-{viewport}")
    assert problems == []
    assert offsite_requests == []


@pytest.mark.parametrize(("language", "label"), list(EASY_READ_LABELS.items()))
def test_home_page_header_links_the_easy_read_page(live_demo, open_page, language, label):
    easy_read = _url(language, "pages:easy_read")
    for viewport in ("phone", "desktop"):
        page = open_page(viewport)
        page.goto(live_demo.url + _url(language, "home"))
        link = page.locator(".site-header").get_by_role("link", name=label, exact=True)

        assert link.is_visible(), viewport
        assert link.get_attribute("href") == easy_read
        link.click()
        page.wait_for_url(live_demo.url + easy_read)
        assert page.locator("h1").inner_text() == label
