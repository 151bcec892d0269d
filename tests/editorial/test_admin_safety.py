"""Admin login: locked after five wrong passwords per user and address; staff sessions expire."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import User
from django.test import override_settings
from django.utils import timezone

from operations.lockout import client_ip
from tests.html import parse

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-staple"
LOGIN = "/lv/admin/login/?next=/lv/admin/"


@pytest.fixture
def staff(db):
    return User.objects.create_user("redaktore", password=PASSWORD, is_staff=True)


def sign_in(client, password, path=LOGIN, address="203.0.113.7", username="redaktore"):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client):
    return client.get("/lv/admin/").status_code == 200


def test_five_wrong_passwords_lock_the_user_at_that_address(client, staff):
    for _attempt in range(4):
        assert sign_in(client, "wrong-password").status_code == 200  # the form again
    fifth = sign_in(client, "wrong-password")
    sixth = sign_in(client, "wrong-password")

    assert fifth.status_code == 429
    assert sixth.status_code == 429
    page = parse(sixth)
    assert page.find("html").attrs["lang"] == "lv"
    assert page.find("h1").text == "Pieteikšanās uz laiku bloķēta"
    assert "5 reizes pēc kārtas" in page.text and "30 min." in page.text


def test_lockout_page_speaks_english_at_the_english_admin(client, staff):
    for _attempt in range(6):
        response = sign_in(client, "wrong-password", path="/en/admin/login/")

    page = parse(response)
    assert response.status_code == 429
    assert page.find("html").attrs["lang"] == "en"
    assert page.find("h1").text == "Signing in is blocked for a while"


def test_right_password_is_refused_during_the_lock_and_works_after_it(client, staff):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _attempt in range(6):
            sign_in(client, "wrong-password")
    with time_machine.travel(start + timedelta(minutes=29), tick=False):
        assert sign_in(client, PASSWORD).status_code == 429
        assert not signed_in(client)

    with time_machine.travel(start + timedelta(minutes=31), tick=False):
        response = sign_in(client, PASSWORD)
        assert response.status_code == 302
        assert signed_in(client)


def test_lock_is_per_user_and_address(client, staff):
    User.objects.create_user("kolega", password=PASSWORD, is_staff=True)
    for _attempt in range(6):
        sign_in(client, "wrong-password")

    assert sign_in(client, PASSWORD, address="198.51.100.20").status_code == 302
    client.logout()
    assert sign_in(client, PASSWORD, username="kolega").status_code == 302


def test_a_success_resets_the_count(client, staff):
    for _attempt in range(4):
        sign_in(client, "wrong-password")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        sign_in(client, "wrong-password")

    assert sign_in(client, PASSWORD).status_code == 302


def test_staff_session_ends_after_a_day_without_a_request(client, staff, settings):
    settings.STAFF_SESSION_MAX_AGE = 7 * 24 * 60 * 60  # the absolute limit is tested below
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert sign_in(client, PASSWORD).status_code == 302
    with time_machine.travel(start + timedelta(hours=23), tick=False):
        assert signed_in(client)  # a request moves the day on
    with time_machine.travel(start + timedelta(hours=46), tick=False):
        assert signed_in(client)
    with time_machine.travel(start + timedelta(hours=46, minutes=1) + timedelta(days=1)):
        assert not signed_in(client)


def test_a_busy_staff_session_still_ends_twelve_hours_after_signing_in(client, staff):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert sign_in(client, PASSWORD).status_code == 302
    for hour in range(1, 12):
        with time_machine.travel(start + timedelta(hours=hour), tick=False):
            assert signed_in(client), hour
    with time_machine.travel(start + timedelta(hours=12, minutes=1), tick=False):
        assert not signed_in(client)
        assert sign_in(client, PASSWORD).status_code == 302  # and signs in again
        assert signed_in(client)


def test_session_cookie_settings_for_production():
    assert settings.SESSION_COOKIE_AGE == 86_400
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_SECURE is True
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    validators = {v["NAME"].rsplit(".", 1)[-1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] == 12


def test_anonymous_visitors_get_no_cookie(client, db):
    response = client.get("/lv/")
    assert response.cookies == {} or "sessionid" not in response.cookies


class FakeRequest:
    def __init__(self, remote, forwarded=""):
        self.META = {"REMOTE_ADDR": remote, "HTTP_X_FORWARDED_FOR": forwarded}


def test_client_address_is_the_connections_without_trusted_proxies():
    request = FakeRequest("203.0.113.7", forwarded="198.51.100.1")
    assert client_ip(request) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_client_address_behind_one_proxy_ignores_what_the_client_forged():
    request = FakeRequest("10.0.0.2", forwarded="192.0.2.66, 203.0.113.7")
    assert client_ip(request) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_the_lockout_holds_when_the_client_rotates_its_forwarded_header(client, staff):
    """Behind nginx as the README sets it up: it appends the connection's address."""
    for attempt in range(6):
        forged = f"198.51.100.{attempt + 1}"
        response = client.post(
            LOGIN,
            {"username": "redaktore", "password": "wrong-password"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.7",
        )
    assert response.status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize("forwarded", ["not-an-ip", "203.0.113.7, <script>", "999.1.1.1"])
def test_a_malformed_forwarded_address_counts_against_the_connections(client, staff, forwarded):
    from axes.models import AccessAttempt

    response = client.post(
        LOGIN,
        {"username": "redaktore", "password": "wrong-password"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=forwarded,
    )

    assert response.status_code == 200  # the form again, not an error
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["10.0.0.2"]


def test_the_documented_proxy_appends_the_address_the_trusted_count_expects():
    from pathlib import Path

    root = Path(settings.BASE_DIR)
    example = (root / ".env.example").read_text()
    readme = (root / "README.md").read_text()
    count = int(example.split("DJANGO_TRUSTED_PROXY_COUNT=")[1].split()[0])

    if count:
        assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in readme
        assert f"DJANGO_TRUSTED_PROXY_COUNT={count}" in readme


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"]
)
def test_a_rejected_next_address_lands_on_the_admin_index(client, staff, next_url):
    response = sign_in(client, PASSWORD, path=f"/lv/admin/login/?next={next_url}")

    assert response.status_code == 302
    assert response["Location"] == "/lv/admin/"
    assert client.get(response["Location"]).status_code == 200
