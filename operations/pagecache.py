"""Whole pages for anonymous visitors: Django's ``UpdateCacheMiddleware`` and
``FetchFromCacheMiddleware`` on the ``pages`` alias (around ``GZipMiddleware`` and
``ConditionalGetMiddleware``), with what they lack: who takes part and the page's key
(``operations.pagekeys``); a lifetime that ends at the next scheduled publication or local
midnight, and ``PAGE_CACHE_MAX_AGE`` at most for visitors' copies; no page with a CSP nonce or a
cookie stored; and a failing cache leaves pages served.
"""

import logging

from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import get_max_age, patch_cache_control, patch_vary_headers
from django.utils.http import split_directive_names
from django.utils.translation import get_language_from_request

from operations.generation import current_generation, page_lifetime
from operations.pagekeys import PagesAlias, cacheable, generation

logger = logging.getLogger(__name__)


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
        return PagesAlias(super().cache)

    def process_request(self, request):
        request._cache_update_cache = False
        generation.set(None)
        if not settings.PAGE_CACHE_ENABLED or not cacheable(request):
            return None
        try:
            request.LANGUAGE_CODE = get_language_from_request(request, check_path=True)
            response = super().process_request(request)
            if response is None and generation.get() is None:
                # Read before rendering: a page rendered from rows an edit is replacing then
                # carries the generation that edit raises (operations.generation).
                generation.set(current_generation(self.cache))
        except Exception:
            logger.warning("Page cache unavailable: serving without it", exc_info=True)
            request._cache_update_cache = False
            return None
        return _for_visitors(response, "hit") if response is not None else None


class UpdatePageMiddleware(UpdateCacheMiddleware):
    @property
    def cache(self):
        return PagesAlias(super().cache)

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
