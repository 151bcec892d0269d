import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.html import parse


@pytest.mark.django_db
def test_health_says_the_database_answered(client, settings):
    settings.REDIS_URL = ""  # no shared cache to warn about (see test_page_cache_bounds.py)
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


DOWN_PROBE = """
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
health = client.get("/health/")
page = client.get("/lv/par-projektu/")
print("=== results ===")
print(health.status_code, health.content.decode())
print(page.status_code, page.headers.get("Retry-After"), page.headers.get("Cache-Control"))
print(page.content.decode())
"""


def test_a_database_that_is_down_gives_503_health_and_a_styled_503_page():
    env = dict(os.environ)
    # Nothing listens on port 1: the database is really unreachable.
    env["DATABASE_URL"] = "postgres://postgres@127.0.0.1:1/decode_down"
    env["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    result = subprocess.run(
        [sys.executable, "-c", DOWN_PROBE],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    logs, _marker, output = result.stdout.partition("=== results ===\n")
    lines = output.splitlines()
    assert lines[0] == '503 {"status": "error", "database": "unavailable"}', result.stderr
    status, retry_after, cache_control = lines[1].split(" ", 2)
    assert (status, retry_after) == ("503", "30")
    assert "no-store" in cache_control
    page = parse("\n".join(lines[2:]))
    assert page.find("html").attrs["lang"] == "lv"
    assert page.find("h1").text == "Īslaicīgi nav pieejams"
    # The outage is logged (to stdout), one line per request.
    assert "Health check: the database did not answer" in logs
    assert "Database unavailable for GET /lv/par-projektu/" in logs


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/lv/nav-tadas-lapas/", "lv", "Lapa nav atrasta"),
        ("/en/no-such-page/", "en", "Page not found"),
        ("/en/par-projektu/", "en", "Page not found"),  # a Latvian path under /en/
        ("/lv/about/", "lv", "Lapa nav atrasta"),  # an English path under /lv/
        ("/xx/", "lv", "Lapa nav atrasta"),  # an unknown language: the default one
    ],
)
def test_unknown_paths_get_the_styled_404_in_the_right_language(client, path, language, heading):
    response = client.get(path)
    assert response.status_code == 404
    page = parse(response)
    assert page.find("html").attrs["lang"] == language
    assert page.find("h1").text == heading
    assert page.find("meta", name="robots").attrs["content"] == "noindex"


@pytest.mark.django_db
def test_unknown_language_follows_the_browser_for_the_404(client):
    response = client.get("/xx/", headers={"accept-language": "en"})
    assert response.status_code == 404
    assert parse(response).find("h1").text == "Page not found"


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /lv/admin/" in lines
    assert "Disallow: /en/admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response.headers["Location"] == "/static/img/favicon.svg"
