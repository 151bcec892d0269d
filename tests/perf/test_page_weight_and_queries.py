"""Performance budgets of the foundation's pages, in every site language: bytes on the wire and
SQL queries."""

import gzip
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from tests.html import parse

HOME_BUDGET_BYTES = 60 * 1024
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module and rolled back after it.

    Each test's own transaction (the ``db`` fixture) is a savepoint inside this one, so a test
    still sees the demo content and nothing another test did; every test here must use ``db``
    (not ``transactional_db``, which empties the tables). Loading the demo for each of the
    module's forty-odd tests would take about a minute.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", verbosity=0)
        yield
        transaction.set_rollback(True)


def _path(language, name):
    with translation.override(language):
        return reverse(name)


def _assets(document):
    css = [link.attrs["href"] for link in document.find_all("link", rel="stylesheet")]
    js = [script.attrs["src"] for script in document.find_all("script") if "src" in script.attrs]
    return css + js


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_home_page_html_css_and_js_stay_under_60_kb_compressed(client, demo_once, db, language):
    response = client.get(_path(language, "home"))
    assert response.status_code == 200
    total = len(gzip.compress(response.content))
    for url in _assets(parse(response)):
        source = finders.find(re.sub(r"^/static/", "", url))
        with open(source, "rb") as asset:
            total += len(gzip.compress(asset.read()))
    assert total < HOME_BUDGET_BYTES, f"{language}: {total} bytes"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("home", 1),  # the grant, for the budget figure
        ("pages:about", 2),  # the page, its sources
        ("pages:privacy", 2),
        ("pages:easy_read", 2),
    ],
)
def test_foundation_pages_use_a_fixed_number_of_queries_in_every_language(
    client, demo_once, db, django_assert_num_queries, language, name, queries
):
    path = _path(language, name)
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200, path
    assert parse(response).find("html").attrs["lang"] == language


@pytest.mark.parametrize(("path", "queries"), [("/health/", 1), ("/robots.txt", 0)])
def test_unprefixed_pages_use_a_fixed_number_of_queries(
    client, demo_once, db, django_assert_num_queries, path, queries
):
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200


def test_sitemap_uses_at_most_one_query_per_section(
    client, demo_once, db, django_assert_max_num_queries
):
    from decode_portal.sitemaps import sitemaps

    with django_assert_max_num_queries(len(sitemaps)):
        assert client.get("/sitemap.xml").status_code == 200
