"""The site under gunicorn with production settings, on a PostgreSQL database of its own.

These tests run whenever the suite runs on PostgreSQL (CI does); on SQLite they are skipped.
Their size is set by RESILIENCE_CLIENTS / RESILIENCE_SECONDS / RESILIENCE_OUTAGE_SECONDS:
the suite's defaults keep them to about a minute, `make bench-resilience` runs 64 clients for
60 s with a 10 s outage.
"""

import os
import re
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import pytest
from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

from bench.server import Gunicorn, create_database, get, prepare_site, site_env

CLIENTS = int(os.environ.get("RESILIENCE_CLIENTS", "24"))
SECONDS = float(os.environ.get("RESILIENCE_SECONDS", "8"))
OUTAGE_SECONDS = float(os.environ.get("RESILIENCE_OUTAGE_SECONDS", "6"))
EDITOR = ("resilience-editor", "resilience-editor-password-0123")
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/resilience/" in str(item.fspath):
            item.add_marker(pytest.mark.resilience)


@pytest.fixture(scope="session")
def resilience_db():
    """(server URL, database name): a fresh database beside the suite's own."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("resilience tests need PostgreSQL (DATABASE_URL=postgres://...)")
    url = urlsplit(os.environ["DATABASE_URL"])
    name = url.path.lstrip("/") + "_resilience"
    server = urlunsplit(url._replace(path=""))
    create_database(name, server, fresh=True)
    return server, name


@pytest.fixture(scope="session")
def redis_url():
    import redis

    try:
        with redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5) as client:
            client.ping()
    except Exception as exc:
        pytest.skip(f"no Redis at {REDIS_URL}: {exc}")
    return REDIS_URL


@pytest.fixture
def shared_cache(redis_url):
    """Environment for servers that share one Redis cache (a key prefix of their own)."""
    return {"REDIS_URL": redis_url, "DJANGO_CACHE_KEY_PREFIX": f"resilience-{uuid.uuid4().hex}"}


@pytest.fixture(scope="session")
def site(resilience_db, tmp_path_factory):
    """A function giving production environments for gunicorn on the prepared database."""
    server, name = resilience_db
    work = tmp_path_factory.mktemp("resilience")

    def env(database_url=None, **extra):
        return site_env(database_url or f"{server}/{name}", work_dir=work, **extra)

    base = env()
    prepare_site(base)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "createsuperuser",
            "--no-input",
            "--username",
            EDITOR[0],
            "--email",
            "editor@example.org",
        ],
        cwd=settings.BASE_DIR,
        env={**base, "DJANGO_SUPERUSER_PASSWORD": EDITOR[1]},
        check=True,
        capture_output=True,
    )
    env.work = work
    env.database = f"{server}/{name}"
    return env


@pytest.fixture
def sql(site):
    """Run one query on the resilience database; returns all rows."""

    def query(statement, *params):
        with psycopg2.connect(site.database) as connection, connection.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall()

    return query


@pytest.fixture
def gunicorn(site):
    """Start gunicorn processes (stopped at the end of the test, by their own ids)."""
    started = []

    def start(workers=2, **env_extra):
        log = site.work / f"gunicorn-{len(started)}.log"
        server = Gunicorn(site(**env_extra), workers=workers, log_path=log).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def page_paths(base_url):
    """Home, a partner, an event and a download (those that exist), from the live sitemap."""
    status, body = get(base_url + "/sitemap.xml")
    assert status == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text).path for loc in ET.fromstring(body).findall("s:url/s:loc", ns)]
    chosen = {}
    with translation.override("lv"):
        for path in paths:
            if not path.startswith("/lv/"):
                continue
            try:
                view = resolve(path).view_name
            except Resolver404:
                continue
            if view in {"home", "partners:detail", "events:detail"}:
                chosen.setdefault(view, path)
    result = list(chosen.values())
    # A download: a PDF linked from any page if there is one, else a calendar file or any
    # download view.
    downloads = []
    for path in paths:
        if path.startswith("/lv/"):
            downloads.extend(
                link.decode() for link in DOWNLOAD_LINK.findall(get(base_url + path)[1])
            )
    downloads.sort(key=lambda link: (not link.endswith(".pdf"), not link.endswith(".ics")))
    return result + downloads[:1]


DOWNLOAD_LINK = re.compile(rb'href="(/[^"]+?\.(?:pdf|ics)|/[^"]*(?:download|lejupiel)[^"]*)"')
