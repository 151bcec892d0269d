"""The Content Security Policy holds on every page, public and admin: no violation is reported."""

import pytest
from django.contrib.auth.models import User

from decode_portal.models import Page
from tests.site.sitemap import sitemap_paths

pytestmark = pytest.mark.browser

ADMIN_PATHS = [
    "/lv/admin/",
    "/lv/admin/decode_portal/page/",
    "/lv/admin/decode_portal/page/{about}/change/",
    "/en/admin/decode_portal/page/",
]


def _collect_violations(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_public_pages_cause_no_csp_violation(live_demo, client, page):
    violations = _collect_violations(page)
    for path in sitemap_paths(client):
        page.goto(live_demo.url + path)
    assert violations == []


def test_admin_pages_cause_no_csp_violation(live_demo, page):
    User.objects.create_superuser("admin", password="admin-password-for-tests")
    violations = _collect_violations(page)
    page.goto(live_demo.url + "/lv/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "admin-password-for-tests")
    page.click("input[type=submit]")
    about = Page.objects.get(key="about").pk
    for path in ADMIN_PATHS:
        page.goto(live_demo.url + path.format(about=about))
        page.wait_for_load_state("networkidle")
    assert violations == []


def test_csp_header_forbids_inline_script_and_framing(client, db):
    policy = client.get("/lv/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
