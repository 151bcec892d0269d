"""Settings fail closed: without debug, a missing secret or host list stops start-up."""

import os
import subprocess
import sys

from django.conf import settings

PROBE = "import django; django.setup(); print('started')"


def _start(env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="decode_portal.settings")
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_startup_without_debug_or_secret_key_is_refused():
    result = _start({"DJANGO_ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_startup_without_debug_or_allowed_hosts_is_refused():
    result = _start({"DJANGO_SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_the_placeholder_secret_of_the_example_environment_is_refused():
    example = (settings.BASE_DIR / ".env.example").read_text()
    placeholder = example.split("DJANGO_SECRET_KEY=")[1].split()[0]
    for secret in (placeholder, "CHANGE-ME-please-0123456789abcdefghijklmnopqrstuvwxyz"):
        result = _start({"DJANGO_SECRET_KEY": secret, "DJANGO_ALLOWED_HOSTS": "example.org"})
        assert result.returncode != 0
        assert "DJANGO_SECRET_KEY is a placeholder" in result.stderr


def test_startup_with_debug_needs_no_variables():
    result = _start({"DJANGO_DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "started"


def test_production_settings_are_strict_without_debug():
    assert settings.DEBUG is False
    assert settings.SESSION_COOKIE_SECURE is True
    assert settings.CSRF_COOKIE_SECURE is True
    assert settings.SECURE_HSTS_SECONDS == 31_536_000
    assert "*" not in settings.ALLOWED_HOSTS
    assert settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
