"""Whole-page cache for anonymous visitors: served from the cache, never stale after an edit."""

import os
import threading
import uuid

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import Client

from operations import generation as pagecache
from pages.models import Page
from tests.decode_portal.sitemap import sitemap_paths
from tests.editorial.helpers import NO_SOURCE_ROWS
from tests.html import parse

EDITOR_PASSWORD = "editor-password-for-cache-tests"
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"


class _Pages:
    """The pages cache of the moment (a test may point the alias at Redis)."""

    def __getattr__(self, name):
        return getattr(caches["pages"], name)


cache = _Pages()


@pytest.fixture
def pages(db):
    """Only the standing pages of the demo: enough for most cache tests, and quick."""
    from pages import demo as demo_pages

    demo_pages.load()


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor_client(db):
    user = User.objects.create_superuser("editor", password=EDITOR_PASSWORD)
    editor = Client()
    editor.force_login(user)  # signs in as a session would (django-axes wants a request)
    return editor


def _edit_about_page(editor, title_lv, title_en):
    page = Page.objects.get(key="about")
    response = editor.post(
        f"/lv/admin/pages/page/{page.pk}/change/",
        {
            "title_lv": title_lv,
            "title_en": title_en,
            "summary_lv": page.summary_lv,
            "summary_en": page.summary_en,
            "body_lv": page.body_lv,
            "body_en": page.body_en,
            **NO_SOURCE_ROWS,
        },
    )
    assert response.status_code == 302, response.content[:2000]


def test_every_page_type_is_served_from_the_cache_the_second_time(
    client, demo, page_cache, django_assert_num_queries
):
    paths = sitemap_paths(client)
    for path in paths:
        first = client.get(path)
        assert first.status_code == 200
        assert first.headers["X-Page-Cache"] == "miss", path
        with django_assert_num_queries(0):
            second = client.get(path)
        assert second.headers["X-Page-Cache"] == "hit", path
        assert second.content == first.content
        assert second.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]
        assert second.headers["Content-Language"] == first.headers["Content-Language"]
        assert second.headers["Cache-Control"] == "public, max-age=60"
        assert "Cookie" in second.headers["Vary"]
        assert second.headers["ETag"] == first.headers["ETag"]


def test_languages_and_query_strings_are_cached_apart(client, pages, page_cache):
    latvian = parse(client.get("/lv/par-projektu/"))
    english = parse(client.get("/en/about/"))
    assert parse(client.get("/lv/par-projektu/")).find("h1").text == latvian.find("h1").text
    assert parse(client.get("/en/about/")).find("h1").text == english.find("h1").text
    assert latvian.find("h1").text != english.find("h1").text
    assert client.get("/lv/par-projektu/?page=2").headers["X-Page-Cache"] == "miss"
    assert client.get("/lv/par-projektu/?page=2").headers["X-Page-Cache"] == "hit"


def test_a_revalidation_with_the_etag_gets_304_without_a_body(client, pages, page_cache):
    etag = client.get("/lv/").headers["ETag"]
    response = client.get("/lv/", headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""


def test_an_admin_save_shows_on_the_next_anonymous_request(
    client, pages, page_cache, editor_client
):
    assert parse(client.get("/en/about/")).find("h1").text == "About the project"
    assert client.get("/en/about/").headers["X-Page-Cache"] == "hit"
    _edit_about_page(editor_client, "Par DeCoDe", "About DeCoDe")
    response = client.get("/en/about/")
    assert response.headers["X-Page-Cache"] == "miss"
    assert parse(response).find("h1").text == "About DeCoDe"
    # Every page was made stale, not only the edited one: the footer of each shows pages too.
    assert client.get("/lv/").headers["X-Page-Cache"] == "miss"


def test_a_delete_makes_the_page_go(client, pages, page_cache):
    assert client.get("/en/privacy/").status_code == 200
    Page.objects.filter(key="privacy").get().delete()
    assert client.get("/en/privacy/").status_code == 404


def test_signing_in_or_sessions_do_not_empty_the_cache(client, pages, page_cache):
    client.get("/lv/")
    someone = User.objects.create_user("someone", password=EDITOR_PASSWORD)
    Client().force_login(someone)
    assert client.get("/lv/").headers["X-Page-Cache"] == "hit"


def test_editors_are_never_served_or_given_cached_pages(client, pages, page_cache, editor_client):
    for _ in range(2):
        response = editor_client.get("/en/about/")
        assert "X-Page-Cache" not in response.headers
        assert "private" in response.headers["Cache-Control"]
    assert client.get("/en/about/").headers["X-Page-Cache"] == "miss"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/lv/admin/login/"),  # sets the CSRF cookie, never_cache
        ("get", "/lv/nav-tadas-lapas/"),  # an error
        ("get", "/"),  # a redirect chosen by the browser's language
        ("get", "/health/"),  # never_cache
        ("get", "/en/about/?preview=1"),
        ("post", "/en/about/"),
        ("head", "/en/about/"),
    ],
)
def test_what_is_never_cached(client, pages, page_cache, method, path):
    for _ in range(2):
        response = getattr(client, method)(path)
        assert response.headers.get("X-Page-Cache") != "hit"
    assert "X-Page-Cache" not in response.headers


def test_a_cache_that_fails_leaves_pages_served(client, pages, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {
        **settings.CACHES,  # the header and footer stay in each process's memory
        "pages": {
            "BACKEND": "operations.redis_cache.ReusedClientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        },
    }
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response.headers


def _disconnect(backend):
    """Close a Redis cache client's sockets now (Django leaves them to the garbage collector)."""
    for pool in backend._cache._pools.values():
        pool.disconnect()


def _redis_or_skip():
    probe = RedisCache(REDIS_URL, {"OPTIONS": {"socket_connect_timeout": 0.5}})
    try:
        probe.get("probe")
    except Exception as exc:
        pytest.skip(f"no Redis at {REDIS_URL}: {exc}")
    finally:
        _disconnect(probe)


@pytest.fixture
def shared_redis(settings):
    """The site's cache on the real Redis (REDIS_URL, database 15 in CI), a key prefix per test."""
    _redis_or_skip()
    params = {
        "BACKEND": "operations.redis_cache.ReusedClientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": f"decode-test-{uuid.uuid4().hex}",
    }
    params["KEY_FUNCTION"] = "operations.pagekeys.page_key"
    settings.CACHES = {**settings.CACHES, "pages": params}
    settings.PAGE_CACHE_ENABLED = True
    yield params
    cache.clear()
    _disconnect(caches["pages"])


def _in_another_process(function):
    """Run ``function`` in a thread: its own cache client and (on PostgreSQL) database connection.

    An in-memory SQLite test database lives only in its connection, so the thread shares it, as
    Django's live server thread does.
    """
    from django.db import connections

    main = connections["default"]
    shared = main.vendor == "sqlite" and main.is_in_memory_db()
    result = {}

    def target():
        if shared:
            connections["default"] = main
        try:
            result["value"] = function()
        finally:
            _disconnect(caches["pages"])
            if not shared:
                connections["default"].close()

    if shared:
        main.inc_thread_sharing()
    thread = threading.Thread(target=target)
    thread.start()
    thread.join(30)
    if shared:
        main.dec_thread_sharing()
    return result["value"]


@pytest.mark.django_db(transaction=True)
def test_an_edit_reaches_other_processes_through_redis(client, shared_redis):
    from pages import demo as demo_pages

    demo_pages.load()
    user = User.objects.create_superuser("editor", password=EDITOR_PASSWORD)
    editor = Client()
    editor.force_login(user)  # signs in as a session would (django-axes wants a request)

    # Another process: a fresh client to the same Redis, with the same key prefix.
    other = RedisCache(shared_redis["LOCATION"], shared_redis)
    before = pagecache.current_generation(other)

    def other_process_reads_about_page():
        response = Client().get("/en/about/")
        return response.headers["X-Page-Cache"], parse(response).find("h1").text

    assert _in_another_process(other_process_reads_about_page) == ("miss", "About the project")
    assert _in_another_process(other_process_reads_about_page) == ("hit", "About the project")
    assert client.get("/en/about/").headers["X-Page-Cache"] == "hit"  # shared, not per process

    _edit_about_page(editor, "Par DeCoDe", "About DeCoDe")

    assert pagecache.current_generation(other) != before
    assert _in_another_process(other_process_reads_about_page) == ("miss", "About DeCoDe")
    assert parse(client.get("/en/about/")).find("h1").text == "About DeCoDe"
    _disconnect(other)


def test_a_hit_is_one_round_trip_to_redis(client, db, shared_redis, monkeypatch):
    """The generation and the page are read together: a page served from the cache waits for
    Redis once."""
    import redis

    from pages import demo as demo_pages

    demo_pages.load()
    assert client.get("/en/about/").headers["X-Page-Cache"] == "miss"
    assert client.get("/en/about/").headers["X-Page-Cache"] == "hit"  # the process learns

    commands = []
    execute = redis.Redis.execute_command

    def counted(self, *args, **options):
        commands.append(args[0])
        return execute(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", counted)
    response = client.get("/en/about/")
    assert response.headers["X-Page-Cache"] == "hit"
    assert parse(response).find("h1").text == "About the project"
    assert commands == ["MGET"]


def test_cached_pages_go_out_compressed_to_clients_that_accept_it(client, pages, page_cache):
    import gzip

    first = client.get("/lv/", headers={"accept-encoding": "gzip"})
    assert (first.headers["X-Page-Cache"], first.headers["Content-Encoding"]) == ("miss", "gzip")
    plain = client.get("/lv/")
    compressed = client.get("/lv/", headers={"accept-encoding": "gzip, br"})
    assert compressed.headers["X-Page-Cache"] == "hit"
    assert compressed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert "Accept-Encoding" in compressed.headers["Vary"]
    assert compressed.headers["ETag"] != plain.headers["ETag"]
    # The length said is the length sent, or a browser waits for the rest until it times out.
    for response in (first, plain, compressed):
        assert int(response.headers["Content-Length"]) == len(response.content)
    again = client.get(
        "/lv/", headers={"accept-encoding": "gzip", "if-none-match": compressed.headers["ETag"]}
    )
    assert again.status_code == 304
    assert "Content-Encoding" not in client.get("/lv/").headers


def test_no_page_is_kept_past_the_next_scheduled_publication(client, pages, page_cache):
    from django.utils import timezone

    now = timezone.now()
    cache.set(pagecache.NEXT_PUBLICATION_KEY, (now.timestamp() + 90))
    assert 85 <= pagecache.page_lifetime(now=now) <= 90
    response = client.get("/en/about/")
    assert response.headers["X-Page-Cache"] == "miss"
    assert response.headers["Cache-Control"] == "public, max-age=60"
    # A save may move the schedule: the next publication is looked up again.
    pagecache.bump_generation()
    assert cache.get(pagecache.NEXT_PUBLICATION_KEY) is None


def test_no_page_is_kept_past_local_midnight(settings, pages, page_cache):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    cache.set(pagecache.NEXT_PUBLICATION_KEY, 0)  # nothing scheduled
    late = datetime(2026, 11, 27, 23, 58, 30, tzinfo=ZoneInfo("Europe/Riga"))
    assert pagecache.page_lifetime(now=late) == 90
    morning = datetime(2026, 11, 27, 9, 0, tzinfo=ZoneInfo("Europe/Riga"))
    assert pagecache.page_lifetime(now=morning) == settings.PAGE_CACHE_SECONDS


def test_scheduled_content_is_found_in_every_model_with_a_publication_time(db, page_cache):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import PressReleaseFactory

    now = timezone.now()
    assert pagecache.next_publication(now=now) is None
    later = now + timedelta(minutes=7)
    PressReleaseFactory(publish_at=later)  # the save forgets the old answer
    PressReleaseFactory(publish_at=now + timedelta(days=3))
    assert pagecache.next_publication(now=now) == later
    local = timezone.localtime(now)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    assert pagecache.page_lifetime(now=now) == int(min(420, (midnight - local).total_seconds()))


def test_a_scheduled_good_practice_bounds_the_page_lifetime_too(db, page_cache):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import GoodPracticeFactory

    now = timezone.now()
    GoodPracticeFactory(publish_at=now + timedelta(minutes=3))

    assert pagecache.next_publication(now=now) == now + timedelta(minutes=3)
