"""Whole pages for anonymous visitors: Django's cache middleware, and what it lacks.

Django's ``UpdateCacheMiddleware`` and ``FetchFromCacheMiddleware`` keep the pages in their own
cache alias (``pages``), with ``GZipMiddleware`` and ``ConditionalGetMiddleware`` between them
(a page is stored compressed once per encoding, with its ETag). This module adds:

* which requests take part (``_cacheable``): GETs without a session or messages cookie or a
  ``preview``, whose query holds only ``PAGE_CACHE_QUERY_PARAMETERS`` (once each, plain values)
  and whose host names no port but the server's. Their query, cookies and Accept-Encoding are
  normalised before Django keys the page, so nobody can fill the cache from outside;
* the content generation in every key (``page_key``; ``operations.generation``), so one edit
  makes every page stale on every host, and a lifetime that ends at the next scheduled
  publication or local midnight; visitors' copies are kept ``PAGE_CACHE_MAX_AGE`` at most;
* no page with a CSP nonce or a cookie is stored, and a cache that fails leaves pages served.
"""

import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.http import QueryDict
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import get_max_age, patch_cache_control, patch_vary_headers
from django.utils.http import split_directive_names
from django.utils.translation import get_language_from_request

from operations.generation import current_generation, page_lifetime

logger = logging.getLogger(__name__)

QUERY_VALUE = re.compile(r"[A-Za-z0-9_.-]{1,40}")  # a page number, a slug or a choice
GZIP = re.compile(r"\bgzip\b")
PAGE_KEY, HEADER_KEY = "views.decorators.cache.cache_page.", "views.decorators.cache.cache_header."
_generation = ContextVar("page_generation", default=None)


def page_key(key, key_prefix, version):
    """KEY_FUNCTION of the pages alias: a stored page's key carries the generation."""
    if key.startswith(PAGE_KEY) and (generation := _generation.get()):
        return f"{key_prefix}:{version}:{generation}:{key}"
    return f"{key_prefix}:{version}:{key}"


class _Pages:
    """The pages cache, where the header list Django learns for each address (the Vary
    headers of its page, the same until new code is deployed) is also kept in the process:
    a page served from the cache then costs two reads (generation, page), not three."""

    learned = {}

    def __init__(self, cache):
        self._cache = cache

    def get(self, key, default=None):
        if not key.startswith(HEADER_KEY):
            return self._cache.get(key, default)
        if (headers := self.learned.get(key)) is None:
            headers = self._cache.get(key)
            if headers is not None:
                self.learned[key] = headers
        return default if headers is None else headers

    def set(self, key, value, timeout=None):
        if key.startswith(HEADER_KEY):
            self.learned[key] = value
        self._cache.set(key, value, timeout)

    def __getattr__(self, name):
        return getattr(self._cache, name)


def _cacheable(request):
    """Whether ``request`` takes part; if so, normalise what Django keys the page by."""
    cookies = request.COOKIES
    if (
        request.method != "GET"
        or settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or "preview" in request.GET
    ):
        return False
    _name, colon, port = request.get_host().rpartition(":")
    if colon and port.isdigit() and port != str(request.META.get("SERVER_PORT")):
        return False
    query = []
    for parameter, values in request.GET.lists():
        value = values[0].strip() if len(values) == 1 else ""
        if parameter not in settings.PAGE_CACHE_QUERY_PARAMETERS or not QUERY_VALUE.fullmatch(
            value
        ):
            return False
        query.append((parameter, (value.lstrip("0") or "0") if value.isdigit() else value))
    request.META["QUERY_STRING"] = "&".join(f"{name}={value}" for name, value in sorted(query))
    request.GET = QueryDict(request.META["QUERY_STRING"])
    gzip = GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    request.META["HTTP_ACCEPT_ENCODING"] = "gzip" if gzip else ""
    return True


@contextmanager
def _keyed(request):
    """While Django keys the page: cookies (which decide only whether a request takes part)
    are no part of the key, whatever they hold."""
    cookies = request.META.pop("HTTP_COOKIE", None)
    try:
        yield
    finally:
        if cookies is not None:
            request.META["HTTP_COOKIE"] = cookies


def _for_visitors(response, state):
    """What a visitor's copy says: kept by browsers and proxies for a short while only."""
    max_age = min(settings.PAGE_CACHE_MAX_AGE, get_max_age(response) or 0)
    response.headers["Cache-Control"] = f"public, max-age={max_age}"
    for header in ("Expires", "Age"):
        response.headers.pop(header, None)
    response.headers["X-Page-Cache"] = state
    return response


class FetchPageMiddleware(FetchFromCacheMiddleware):
    @property
    def cache(self):
        return _Pages(super().cache)

    def process_request(self, request):
        request._cache_update_cache = False
        if not settings.PAGE_CACHE_ENABLED or not _cacheable(request):
            return None
        try:
            request.LANGUAGE_CODE = get_language_from_request(request, check_path=True)
            _generation.set(current_generation(self.cache))
            with _keyed(request):
                response = super().process_request(request)
        except Exception:
            logger.warning("Page cache unavailable: serving without it", exc_info=True)
            request._cache_update_cache = False
            return None
        return _for_visitors(response, "hit") if response is not None else None


class UpdatePageMiddleware(UpdateCacheMiddleware):
    @property
    def cache(self):
        return _Pages(super().cache)

    def process_response(self, request, response):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            patch_cache_control(response, private=True)  # an editor's view: no one keeps it
        if not self._storable(request, response):
            return response
        if get_max_age(response) is None:
            if not (lifetime := page_lifetime(self.cache)):
                return response
            patch_cache_control(response, max_age=lifetime)
        patch_vary_headers(response, ("Cookie",))  # a browser that signs in asks anew
        try:
            with _keyed(request):
                response = super().process_response(request, response)
        except Exception:
            logger.warning("Page cache unavailable: page not stored", exc_info=True)
        return _for_visitors(response, "miss")

    def _storable(self, request, response):
        directives = set(split_directive_names(response.get("Cache-Control", "")))
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        return (
            self._should_update_cache(request, response)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies  # a page that sets one is someone's, not everyone's
            and "'nonce-" not in response.get("Content-Security-Policy", "")
            and not directives & {"private", "no-cache", "no-store"}
            and get_max_age(response) != 0
            and vary <= {"accept-language", "cookie", "accept-encoding"}  # all normalised
        )
