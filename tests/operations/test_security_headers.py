"""The response headers of the MDN HTTP Observatory's A+ grade on every page type and the admin."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import RequestFactory

from operations.security import media_headers, serve_media
from tests.decode_portal.sitemap import sitemap_paths

HSTS = "max-age=31536000; includeSubDomains; preload"
ADMIN_PASSWORD = "admin-password-for-header-tests"


def assert_security_headers(response):
    headers = response.headers
    assert headers["Strict-Transport-Security"] == HSTS
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    policy = headers["Content-Security-Policy"]
    directives = dict(part.strip().partition(" ")[::2] for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["form-action"] == "'self'"
    assert directives["base-uri"] == "'none'"
    assert directives["connect-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_every_public_page_type_sends_the_security_headers_and_no_cookie(client, demo):
    paths = sitemap_paths(client)
    assert len(paths) >= 10
    for path in [*paths, "/sitemap.xml", "/robots.txt", "/lv/nav-tadas-lapas/"]:
        response = client.get(path, secure=True)
        assert response.status_code in (200, 404), path
        assert_security_headers(response)
        assert not response.cookies, f"{path} set a cookie for an anonymous visitor"


def test_static_files_carry_the_resource_policy_too(client, settings, db):
    settings.WHITENOISE_USE_FINDERS = True
    response = client.get("/static/css/site.css", secure=True)
    assert response.status_code == 200
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response.close()


def _cookie(response, name):
    assert name in response.cookies, f"{name} not in {list(response.cookies)}"
    return response.cookies[name]


def test_admin_cookies_use_host_prefixed_secure_names(client, db):
    User.objects.create_superuser("admin", password=ADMIN_PASSWORD)
    login_page = client.get("/lv/admin/login/", secure=True)
    assert_security_headers(login_page)
    csrf = _cookie(login_page, "__Host-csrftoken")
    assert csrf["secure"] is True
    assert csrf["path"] == "/"
    assert csrf["domain"] == ""
    assert csrf["samesite"] == "Lax"

    signed_in = client.post(
        "/lv/admin/login/",
        {
            "username": "admin",
            "password": ADMIN_PASSWORD,
            "csrfmiddlewaretoken": client.cookies["__Host-csrftoken"].value,
        },
        secure=True,
    )
    assert signed_in.status_code == 302
    session = _cookie(signed_in, "__Host-sessionid")
    assert session["secure"] is True
    assert session["httponly"] is True
    assert session["path"] == "/"
    assert session["domain"] == ""
    assert session["samesite"] == "Lax"

    for path in ["/lv/admin/", "/lv/admin/pages/page/", "/en/admin/auth/user/"]:
        response = client.get(path, secure=True)
        assert response.status_code == 200, path
        assert_security_headers(response)
        assert "no-cache" in response.headers["Cache-Control"]


def test_debug_keeps_plain_cookie_names_for_plain_http():
    probe = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_DEBUG="1", DJANGO_SETTINGS_MODULE="decode_portal.settings")
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["sessionid", "csrftoken"], result.stderr


@pytest.mark.parametrize(
    ("name", "disposition"),
    [
        ("partners/logos/daugavpils.png", "inline"),
        ("events/photos/riga.JPG", "inline"),
        ("actionplan/plan-2020.pdf", 'attachment; filename="plan-2020.pdf"'),
        ("uploads/page.html", 'attachment; filename="page.html"'),
        ("uploads/drawing.svg", 'attachment; filename="drawing.svg"'),
    ],
)
def test_uploaded_files_are_never_sniffed_and_documents_are_downloaded(name, disposition):
    headers = media_headers(name)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Disposition"] == disposition
    assert headers["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_debug_media_serving_adds_the_upload_headers(tmp_path, settings, db):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    response = serve_media(RequestFactory().get("/media/docs/report.pdf"), "docs/report.pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == 'attachment; filename="report.pdf"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n%%EOF\n"
    response.close()
