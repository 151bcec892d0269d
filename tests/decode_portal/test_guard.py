"""Guards for the whole site: every public page, in both languages, as the sitemap lists them."""

import polib
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.decode_portal.sitemap import sitemap_entries
from tests.html import parse

# Most pages need a handful of queries; pages listing many objects have their own tests at two
# sizes. A page above this ceiling has a query in a loop.
QUERY_CEILING = 8

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _english_chrome_strings():
    """Interface strings whose Latvian translation differs from the English original."""
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale/lv/LC_MESSAGES/django.po"))
    return {
        entry.msgid
        for entry in catalogue.translated_entries()
        if entry.msgctxt != "URL" and entry.msgstr != entry.msgid and len(entry.msgid) > 3
    }


@pytest.fixture
def entries(client, demo):
    return sitemap_entries(client)


def test_sitemap_lists_every_page_in_every_language(entries):
    paths = [path for path, _alternates in entries]
    for code in LANGUAGE_CODES:
        assert f"/{code}/" in paths
    assert "/lv/par-projektu/" in paths
    assert "/en/about/" in paths
    for path, alternates in entries:
        assert set(alternates) == {*LANGUAGE_CODES, "x-default"}, path
        assert alternates[path.split("/")[1]] == path


def test_every_page_renders_its_language_with_one_h1_and_twin_links(client, entries):
    problems = []
    for path, alternates in entries:
        code = path.split("/")[1]
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            problems.append(f"{path}: status {response.status_code}")
            continue
        document = parse(response)
        html = document.find("html")
        if html.attrs.get("lang") != code:
            problems.append(f"{path}: <html lang={html.attrs.get('lang')!r}>")
        if len(document.find_all("h1")) != 1:
            problems.append(f"{path}: {len(document.find_all('h1'))} <h1> elements")
        hreflang = {
            link.attrs["hreflang"]: link.attrs["href"].removeprefix("http://testserver")
            for link in document.find_all("link", rel="alternate")
            if "hreflang" in link.attrs
        }
        if hreflang != alternates:
            problems.append(f"{path}: hreflang {hreflang} != sitemap {alternates}")
        canonical = document.find("link", rel="canonical")
        if canonical is None or canonical.attrs["href"] != f"http://testserver{path}":
            problems.append(f"{path}: canonical is {canonical and canonical.attrs['href']}")
        switcher = {
            link.attrs["hreflang"]: link.attrs["href"]
            for link in document.by_class("language-switcher__link")
        }
        for other, twin in alternates.items():
            if other != "x-default" and switcher.get(other) != twin:
                problems.append(f"{path}: switcher to {other} is {switcher.get(other)}, not {twin}")
        if len(queries) > QUERY_CEILING:
            problems.append(f"{path}: {len(queries)} queries (ceiling {QUERY_CEILING})")
    assert problems == []


def test_latvian_pages_show_no_english_interface_strings(client, entries):
    english = _english_chrome_strings()
    problems = []
    for path, _alternates in entries:
        if not path.startswith("/lv/"):
            continue
        document = parse(client.get(path))
        for text, element in document.text_nodes:
            in_other_language = any(
                node.attrs.get("lang", "lv") != "lv" for node in [element, *element.ancestors()]
            )
            if text in english and not in_other_language:
                problems.append(f"{path}: untranslated {text!r}")
        for element in document.elements:
            for attribute in ("aria-label", "alt", "title", "placeholder"):
                if element.attrs.get(attribute) in english:
                    value = element.attrs[attribute]
                    problems.append(f"{path}: untranslated {attribute}={value!r}")
    assert problems == []
