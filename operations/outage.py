"""While the database cannot be reached: a styled 503 page that asks visitors to come back.

A lost database connection (``OperationalError``, ``InterfaceError``) is an outage, not a bug:
visitors get the "temporarily unavailable" page with ``Retry-After`` instead of the 500 page,
load balancers see a 503, and the log gets one line per request instead of a traceback each.
``CONN_HEALTH_CHECKS`` (settings) reconnects by itself once the database is back.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

DATABASE_OUTAGES = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def unavailable_response(request, exception):
    logger.error("Database unavailable for %s %s: %s", request.method, request.path, exception)
    try:
        body = loader.get_template("503.html").render({}, request)
    except Exception:
        logger.exception("The 503 page could not be rendered")
        body = (
            "<!doctype html><title>503</title>"
            "<h1>Temporarily unavailable / Īslaicīgi nav pieejams</h1>"
        )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    """Turn a database outage raised by a view or a template into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_OUTAGES):
            return unavailable_response(request, exception)
        return None
