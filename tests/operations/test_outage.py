"""A database outage gives the styled 503 page with Retry-After, in the visitor's language."""

import pytest
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory
from django.utils import translation

from decode_portal import views
from operations.outage import DatabaseUnavailableMiddleware
from tests.html import parse


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
@pytest.mark.parametrize(
    ("language", "heading"),
    [("lv", "Īslaicīgi nav pieejams"), ("en", "Temporarily unavailable")],
)
def test_a_lost_database_connection_in_a_view_gives_the_503_page(error, language, heading):
    request = RequestFactory().get(f"/{language}/")
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    with translation.override(language):
        response = middleware.process_exception(request, error("server closed the connection"))
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert "no-store" in response.headers["Cache-Control"]
    page = parse(response)
    assert page.find("html").attrs["lang"] == language
    assert page.find("h1").text == heading
    assert page.find("meta", name="robots").attrs["content"] == "noindex"


def test_other_errors_are_left_to_the_500_page():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    assert middleware.process_exception(RequestFactory().get("/"), ValueError("bug")) is None


def test_the_500_handler_turns_an_outage_outside_views_into_503():
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        try:
            raise OperationalError("connection refused")
        except OperationalError:
            outage = views.server_error(request)
        try:
            raise ValueError("a bug")
        except ValueError:
            bug = views.server_error(request)
    assert outage.status_code == 503
    assert parse(outage).find("h1").text == "Temporarily unavailable"
    assert bug.status_code == 500
    assert parse(bug).find("h1").text == "Something went wrong"
