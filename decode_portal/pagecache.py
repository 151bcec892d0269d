"""Whole pages cached for anonymous visitors, made stale at once by any editor's save.

Every cached page is stored with the site-wide content *generation* it was rendered under: a
number kept in the shared cache (Redis when ``REDIS_URL`` is set) that every save, delete or
many-to-many change of a content model raises. A page is served only while its generation is
the current one, so raising it makes every cached page stale at once, in every process and on
every host that shares the cache. The generation and the page come in one round trip (MGET).
Nothing has to know which page shows which object, so apps added later are covered as they are.

A page is cached only when all of these hold:

* the request is a GET from a visitor without a session or messages cookie (editors and
  their previews are never cached) and without a ``preview`` parameter;
* its query holds only parameters that pages read into what they show
  (``PAGE_CACHE_QUERY_PARAMETERS``: page numbers and filter choices), once each, with short
  plain values; they take part in the key sorted, so a query no page reads (``?utm=...``) is
  answered uncached and cannot fill the cache. A page that answers a value it cannot use
  (page 99 of 3, an unknown filter choice) says ``no-cache`` and is not stored either;
* the host names no port, or the server's own (the host's port never opens new keys);
* the response is a plain 200 that sets no cookie, does not forbid caching (``never_cache``,
  ``private``), carries no CSP nonce (one page's nonce must never be replayed) and varies on
  nothing but the language and cookies (both part of the decision and the key).

Cached pages go out with ``Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE`` (short: a burst of
readers is absorbed by the reverse proxy and browsers, and nobody sees a page older than that
after an edit), ``Vary: Cookie`` (a browser that signs in does not reuse its anonymous copy) and a
stored ``ETag``, so a revalidation costs one cache read and sends no body. Each page is stored
gzip-compressed too, for the clients that accept it.

Content can also change without a save: scheduled content becomes public at its publication
time (``publish_at``), and events turn from upcoming to past at midnight. No page is kept past
either moment (``page_lifetime``), so scheduled content appears on time.

If the cache cannot be reached the site keeps serving, uncached, and logs a warning.
"""

import functools
import hashlib
import logging
import re
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.text import compress_string
from django.utils.translation import get_language_from_request

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# When scheduled content next becomes public by itself (no save happens then): a timestamp,
# 0 for "nothing scheduled". Forgotten with every generation, since only a save changes it.
NEXT_PUBLICATION_KEY = "page-cache:next-publication"
# Varying on these is covered: the language is in the key, cookies decide whether we cache.
# Headers that belong to one encoding of a page: the replay sets them for what it sends.
ENCODING_HEADERS = {"content-length", "content-encoding", "etag"}
COVERED_VARY = {"accept-language", "cookie", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store", "max-age=0")
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# A query value that may take part in a key: a page number, a slug or a choice.
QUERY_VALUE = re.compile(r"[A-Za-z0-9_.-]{1,40}")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation(cache=None):
    """The content generation; a missing one (first start, eviction) starts from the clock.

    Starting from the time in nanoseconds, never from 1, means a generation lost from the cache
    can never come back to a number whose pages are still stored.
    """
    cache = cache or _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation(cache=None):
    """Make every cached page stale, in every process that shares the cache."""
    cache = cache or _cache()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not in the cache (yet, or any more)
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        cache.delete(NEXT_PUBLICATION_KEY)
    except Exception:
        logger.exception("Page cache: could not raise the content generation")


@functools.cache
def _scheduled_fields():
    """(model, field name) of every content model's publication time (``publish_at``)."""
    return [
        (model, field.name)
        for model in apps.get_models()
        if model._meta.app_label not in settings.PAGE_CACHE_IGNORED_APPS
        for field in model._meta.concrete_fields
        if field.name in settings.PAGE_CACHE_SCHEDULE_FIELDS
    ]


def next_publication(cache=None, now=None):
    """When the next scheduled object becomes public (an aware datetime), or None.

    Worked out once per generation (a query per model that has a publication time) and shared.
    """
    cache = cache or _cache()
    stamp = cache.get(NEXT_PUBLICATION_KEY)
    if stamp is None:
        now = now or timezone.now()
        moments = [
            moment
            for model, name in _scheduled_fields()
            if (
                moment := model._base_manager.filter(**{f"{name}__gt": now})
                .order_by(name)
                .values_list(name, flat=True)
                .first()
            )
        ]
        stamp = min(moments).timestamp() if moments else 0
        cache.set(NEXT_PUBLICATION_KEY, stamp, settings.PAGE_CACHE_SECONDS)
    return datetime.fromtimestamp(stamp, tz=UTC) if stamp else None


def page_lifetime(cache=None, now=None):
    """Seconds a page rendered now may be kept: never past the next scheduled publication, nor
    past local midnight (what is "upcoming" or "past" turns then), nor PAGE_CACHE_SECONDS."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    limits = [settings.PAGE_CACHE_SECONDS, (midnight - local).total_seconds()]
    try:
        if (publication := next_publication(cache, now)) is not None:
            limits.append((publication - now).total_seconds())
    except Exception:
        logger.warning("Page cache: could not look up scheduled publications", exc_info=True)
        return 0
    return max(0, int(min(limits)))


def content_changed(sender, **kwargs):
    """Signal receiver: a content model changed, so pages showing it may be stale.

    Raised at once (a test's or a request's own transaction sees its change) and again after the
    commit: a page rendered between the two from the old rows would otherwise be stored under
    the new generation.
    """
    if sender._meta.app_label in settings.PAGE_CACHE_IGNORED_APPS:
        return
    if kwargs.get("raw"):  # loaddata: the restore and fixtures bump once at the end
        return
    bump_generation()
    if connection.in_atomic_block:
        transaction.on_commit(bump_generation)


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid=f"pagecache-{signal}")
    # A deployment (new templates, new static names) runs migrate: start a new generation.
    post_migrate.connect(
        lambda **kwargs: bump_generation(), weak=False, dispatch_uid="pagecache-migrate"
    )


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors (see the module's docstring).

    Listed right after WhiteNoise: a hit skips sessions, locale, CSRF, auth and CSP, whose
    headers were stored with the page. SecurityMiddleware, outside it, adds its own each time.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if not self._anonymous_get(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # An editor's view of the site: no shared cache may keep it.
                patch_cache_control(response, private=True)
            return response

        key = self._key(request)
        if key is None:
            return self.get_response(request)
        entry, generation = self._read(key)
        if entry is not None and entry["generation"] == generation:
            return self._replay(request, entry)
        response = self.get_response(request)
        if generation is not None and self._storable(response):
            lifetime = page_lifetime()
            if not lifetime:
                return response
            entry = self._store(key, generation, response, lifetime)
            # What a hit would send (compressed where accepted), marked as the miss it was.
            response = self._replay(request, entry)
            response.headers["X-Page-Cache"] = "miss"
        return response

    # The request side

    @staticmethod
    def _anonymous_get(request):
        if request.method != "GET" or "preview" in request.GET:
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies

    @staticmethod
    def _key(request):
        """The page's key, or None for a request that is answered uncached: one whose query
        has a parameter no page reads into its key (``PAGE_CACHE_QUERY_PARAMETERS``), a
        repeated or odd value, or whose host names another port than the server's."""
        host = request.get_host().lower()
        _name, colon, port = host.rpartition(":")
        if colon and port.isdigit() and port != str(request.META.get("SERVER_PORT")):
            return None
        query = []
        for parameter, values in request.GET.lists():
            if parameter not in settings.PAGE_CACHE_QUERY_PARAMETERS or len(values) != 1:
                return None
            value = values[0].strip()
            if not QUERY_VALUE.fullmatch(value):
                return None
            query.append((parameter, (value.lstrip("0") or "0") if value.isdigit() else value))
        language = get_language_from_request(request, check_path=True)
        url = f"{request.scheme}://{host}{request.path}?{urlencode(sorted(query))}"
        digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
        return f"page:{settings.PAGE_CACHE_RELEASE}:{language}:{digest}"

    @staticmethod
    def _read(key):
        """(stored entry or None, current generation or None) in one round trip to the cache.

        An entry stored under an older generation is stale: treated as missing, then replaced.
        """
        try:
            cache = _cache()
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY)
            if generation is None:
                generation = current_generation(cache)
            return found.get(key), generation
        except Exception:
            logger.warning("Page cache unavailable: serving without it", exc_info=True)
            return None, None

    @staticmethod
    def _replay(request, entry):
        content, etag = entry["content"], entry["etag"]
        gzipped = entry.get("gzip") and ACCEPTS_GZIP.search(
            request.headers.get("Accept-Encoding", "")
        )
        if gzipped:
            content, etag = entry["gzip"], entry["gzip_etag"]
        response = HttpResponse(content, status=200)
        for header, value in entry["headers"]:
            response.headers[header] = value
        if gzipped:
            response.headers["Content-Encoding"] = "gzip"
        response.headers["Content-Length"] = str(len(content))
        response.headers["ETag"] = etag
        response.headers["X-Page-Cache"] = "hit"
        return get_conditional_response(request, etag=etag, response=response)

    # The response side

    @staticmethod
    def _storable(response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if response.has_header("Content-Encoding"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
            return False
        if "'nonce-" in response.get("Content-Security-Policy", ""):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        return vary <= COVERED_VARY

    @staticmethod
    def _store(key, generation, response, lifetime):
        """Store the page, and once compressed: hits then cost no compression at all (the
        pages hold nothing secret, so compressing them leaks nothing, unlike CSRF tokens)."""
        max_age = min(settings.PAGE_CACHE_MAX_AGE, lifetime)
        patch_cache_control(response, public=True, max_age=max_age)
        patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        compressed = compress_string(response.content)
        entry = {
            "generation": generation,
            "content": response.content,
            "headers": [
                (header, value)
                for header, value in response.items()
                if header.lower() not in ENCODING_HEADERS
            ],
            "etag": f'"{digest}"',
            "gzip": compressed if len(compressed) < len(response.content) else None,
            "gzip_etag": f'"{digest}-gzip"',
        }
        try:
            _cache().set(key, entry, lifetime)
        except Exception:
            logger.warning("Page cache unavailable: page not stored", exc_info=True)
        return entry


def eviction_problem():
    """Why the shared cache could fill up its server, or None: a Redis without ``maxmemory``
    or with the ``noeviction`` policy refuses writes once full instead of dropping old pages.
    Asked of REDIS_URL (None without one, or when the server does not say)."""
    if not settings.REDIS_URL:
        return None
    import redis  # only with a shared cache

    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        config = client.config_get("maxmemory*")
    except redis.RedisError:
        return None
    finally:
        client.close()
    if str(config.get("maxmemory", "0")) == "0":
        return "Redis has no maxmemory: the page cache can grow until the server runs out."
    if config.get("maxmemory-policy", "noeviction") == "noeviction":
        return "Redis evicts nothing (maxmemory-policy noeviction): a full cache refuses writes."
    return None


@checks.register(checks.Tags.caches, deploy=True)
def check_eviction(app_configs, **kwargs):
    """``manage.py check --deploy`` warns when the shared cache has no memory bound."""
    problem = eviction_problem()
    if problem is None:
        return []
    return [
        checks.Warning(
            problem,
            hint="Set maxmemory (e.g. 256mb) and maxmemory-policy allkeys-lru (see README).",
            id="decode_portal.W001",
        )
    ]
