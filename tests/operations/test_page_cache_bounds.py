"""Nobody fills the page cache from outside: only the query parameters pages read, with values
they can use, and no port but the server's make a page's key."""

import secrets
import uuid

import pytest
import redis
from django.core.cache import caches
from django.core.checks import run_checks

from tests.operations.test_page_cache import REDIS_URL, _redis_or_skip

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_pages(settings, pages):
    """The page cache on the real Redis under a prefix of its own; yields a key counter."""
    _redis_or_skip()
    prefix = f"decode-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "operations.redis_cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "KEY_FUNCTION": "operations.pagekeys.page_key",
        },
    }
    settings.PAGE_CACHE_ENABLED = True
    client = redis.Redis.from_url(REDIS_URL)
    yield lambda: sum(1 for _key in client.scan_iter(f"{prefix}:*cache_page*"))
    caches["pages"].clear()
    client.close()


@pytest.fixture
def pages(db):
    from pages import demo as demo_pages

    demo_pages.load()


def test_unknown_query_parameters_add_no_page_to_the_cache(client, redis_pages):
    assert client.get("/lv/par-projektu/").headers["X-Page-Cache"] == "miss"
    stored = redis_pages()
    assert stored == 1

    for _ in range(20):
        response = client.get(f"/lv/par-projektu/?utm={secrets.token_hex(8)}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response.headers

    assert redis_pages() == stored


def test_allowed_parameters_are_cached_and_normalised(client, redis_pages):
    assert client.get("/lv/par-projektu/?page=2").headers["X-Page-Cache"] == "miss"
    assert client.get("/lv/par-projektu/?page=02").headers["X-Page-Cache"] == "hit"
    assert client.get("/lv/par-projektu/?page=2&utm=x").headers.get("X-Page-Cache") is None
    assert client.get("/lv/par-projektu/?page=2&page=3").headers.get("X-Page-Cache") is None
    assert client.get("/lv/par-projektu/?page=%3Cb%3E").headers.get("X-Page-Cache") is None
    assert redis_pages() == 1


def test_a_hosts_port_opens_no_new_key(client, redis_pages):
    client.get("/lv/par-projektu/")
    for port in (8080, 1234, 65000):
        response = client.get("/lv/par-projektu/", HTTP_HOST=f"testserver:{port}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response.headers
    assert redis_pages() == 1


def test_search_results_and_pages_answering_bad_values_are_not_kept(client, redis_pages):
    for query in ("remigracija", "Lodz", secrets.token_hex(4)):
        assert "X-Page-Cache" not in client.get(f"/lv/meklet/?q={query}").headers
    too_high = client.get("/lv/jaunumi/?page=99")
    assert "no-cache" in too_high.headers["Cache-Control"]
    assert client.get("/lv/jaunumi/?page=99").headers.get("X-Page-Cache") != "hit"
    practices = client.get("/lv/ricibas-plans/labas-prakses/?theme=no-such-theme")
    assert practices.status_code == 200
    assert "no-cache" in practices.headers["Cache-Control"]
    assert redis_pages() == 0


@pytest.fixture
def redis_memory(settings):
    """The test Redis's memory settings, put back as they were after the test."""
    _redis_or_skip()
    settings.REDIS_URL = REDIS_URL
    client = redis.Redis.from_url(REDIS_URL)
    saved = client.config_get("maxmemory*")
    yield client
    client.config_set("maxmemory", saved["maxmemory"])
    client.config_set("maxmemory-policy", saved["maxmemory-policy"])
    client.close()


def test_health_and_the_deploy_check_warn_of_a_redis_without_a_memory_bound(client, redis_memory):
    redis_memory.config_set("maxmemory", "0")

    report = client.get("/health/").json()
    problems = run_checks(tags=["caches"], include_deployment_checks=True)

    assert report["status"] == "ok"
    assert report["warnings"] == [
        "Redis has no maxmemory: the page cache can grow until the server runs out."
    ]
    assert [problem.id for problem in problems] == ["operations.W001"]


def test_a_bounded_redis_that_evicts_gives_no_warning(client, redis_memory):
    redis_memory.config_set("maxmemory", str(512 * 1024 * 1024))
    redis_memory.config_set("maxmemory-policy", "noeviction")
    assert "evicts nothing" in client.get("/health/").json()["warnings"][0]

    redis_memory.config_set("maxmemory-policy", "allkeys-lru")

    assert client.get("/health/").json() == {"status": "ok", "database": "ok"}
    assert run_checks(tags=["caches"], include_deployment_checks=True) == []


def test_cookies_and_encodings_open_no_new_keys(client, redis_pages):
    client.get("/lv/par-projektu/", HTTP_ACCEPT_ENCODING="gzip")
    client.get("/lv/par-projektu/", HTTP_ACCEPT_ENCODING="")
    stored = redis_pages()
    assert stored == 2  # the page once compressed, once not

    for _ in range(10):
        client.cookies["tracker"] = secrets.token_hex(8)
        encoding = f"gzip;q=0.{secrets.randbelow(9) + 1}, x-{secrets.token_hex(3)}"
        response = client.get("/lv/par-projektu/", HTTP_ACCEPT_ENCODING=encoding)
        assert response.headers["X-Page-Cache"] == "hit"
        assert response.headers["Content-Encoding"] == "gzip"

    assert redis_pages() == stored
