"""Performance budgets of the foundation's pages: bytes on the wire and SQL queries."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders

from tests.html import parse

HOME_BUDGET_BYTES = 60 * 1024


def _assets(document):
    css = [link.attrs["href"] for link in document.find_all("link", rel="stylesheet")]
    js = [script.attrs["src"] for script in document.find_all("script") if "src" in script.attrs]
    return css + js


@pytest.mark.parametrize("path", ["/lv/", "/en/"])
def test_home_page_html_css_and_js_stay_under_60_kb_compressed(client, demo, path):
    response = client.get(path)
    total = len(gzip.compress(response.content))
    for url in _assets(parse(response)):
        source = finders.find(re.sub(r"^/static/", "", url))
        with open(source, "rb") as asset:
            total += len(gzip.compress(asset.read()))
    assert total < HOME_BUDGET_BYTES, f"{total} bytes"


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/lv/", 1),  # the grant, for the budget figure
        ("/en/", 1),
        ("/lv/par-projektu/", 2),  # the page, its sources
        ("/en/privacy/", 2),
        ("/health/", 1),
        ("/robots.txt", 0),
    ],
)
def test_foundation_pages_use_a_fixed_number_of_queries(
    client, demo, django_assert_num_queries, path, queries
):
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200


def test_sitemap_uses_at_most_one_query_per_section(client, demo, django_assert_max_num_queries):
    from decode_portal.sitemaps import sitemaps

    with django_assert_max_num_queries(len(sitemaps)):
        assert client.get("/sitemap.xml").status_code == 200
