"""Which requests the page cache serves, and the key of their page.

* Who takes part (``cacheable``): GETs without a session, messages cookie or ``preview``, whose
  query holds only ``PAGE_CACHE_QUERY_PARAMETERS`` (once each, plain values) and whose host
  names no other port. Query, cookies and Accept-Encoding are normalised before Django makes the
  key, so nobody can fill the cache from outside.
* The content generation in every page's key (``page_key``, the ``pages`` alias's
  KEY_FUNCTION; ``operations.generation``): one edit makes every page stale on every host.
* The reads (``PagesAlias``): a hit costs one round trip, the generation and the page stored
  under the generation last seen read together; the header list Django learns per address
  (its page's Vary headers, fixed until a deployment) is kept in the process.
"""

import re
from contextvars import ContextVar

from django.conf import settings
from django.http import QueryDict

from operations.generation import GENERATION_KEY, current_generation

QUERY_VALUE = re.compile(r"[A-Za-z0-9_.-]{1,40}")  # a page number, a slug or a choice
PAGE_KEY, HEADER_KEY = "views.decorators.cache.cache_page.", "views.decorators.cache.cache_header."
generation = ContextVar("page_generation", default=None)  # this request's, once read
_seen = {"generation": None, "headers": {}}  # this process's: last generation, header lists


def page_key(key, key_prefix, version):
    """KEY_FUNCTION of the pages alias: a stored page's key carries the generation."""
    if key.startswith(PAGE_KEY) and (current := generation.get()):
        return f"{key_prefix}:{version}:{current}:{key}"
    return f"{key_prefix}:{version}:{key}"


class PagesAlias:
    """The ``pages`` alias as the middleware reads and writes it (see the module's docstring)."""

    def __init__(self, cache):
        self._cache = cache

    def get(self, key, default=None):
        if key.startswith(HEADER_KEY):
            if (headers := _seen["headers"].get(key)) is None:
                headers = _seen["headers"][key] = self._cache.get(key)
            return default if headers is None else headers
        if not key.startswith(PAGE_KEY):
            return self._cache.get(key, default)
        generation.set(_seen["generation"])
        found = self._cache.get_many([GENERATION_KEY, key])
        if found.get(GENERATION_KEY) is not None and found[GENERATION_KEY] == _seen["generation"]:
            return found.get(key, default)
        # The process's first page, or one after an edit: read again under the new generation.
        _seen["generation"] = found.get(GENERATION_KEY) or current_generation(self._cache)
        generation.set(_seen["generation"])
        return self._cache.get(key, default)

    def set(self, key, value, timeout=None):
        if key.startswith(HEADER_KEY):
            _seen["headers"][key] = value
        self._cache.set(key, value, timeout)

    def __getattr__(self, name):
        return getattr(self._cache, name)


def cacheable(request):
    """Whether ``request`` takes part; if so, normalise what Django keys the page by."""
    if request.method != "GET" or "preview" in request.GET:
        return False
    if {settings.SESSION_COOKIE_NAME, "messages"} & request.COOKIES.keys():
        return False
    _name, colon, port = request.get_host().rpartition(":")
    if colon and port.isdigit() and port != str(request.META.get("SERVER_PORT")):
        return False
    query = []
    for name, values in request.GET.lists():
        value = values[0].strip() if len(values) == 1 else ""
        if name not in settings.PAGE_CACHE_QUERY_PARAMETERS or not QUERY_VALUE.fullmatch(value):
            return False
        query.append((name, (value.lstrip("0") or "0") if value.isdigit() else value))
    request.META["QUERY_STRING"] = "&".join(f"{name}={value}" for name, value in sorted(query))
    request.GET = QueryDict(request.META["QUERY_STRING"])
    gzip = re.search(r"\bgzip\b", request.META.get("HTTP_ACCEPT_ENCODING", ""))
    request.META["HTTP_ACCEPT_ENCODING"] = "gzip" if gzip else ""
    # Cookies decide only whether a request takes part: no part of the key, whatever they hold.
    request.META.pop("HTTP_COOKIE", None)
    return True
