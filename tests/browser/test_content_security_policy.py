"""The Content Security Policy holds on every page, public and admin: no violation is reported."""

import pytest
import reversion
from django.contrib.auth.models import User
from reversion.models import Version

from pages.models import Page
from partners.models import Partner
from tests.decode_portal.sitemap import sitemap_paths
from tests.factories import PartnerFactory

pytestmark = pytest.mark.browser

ADMIN_PATHS = [
    "/lv/admin/",
    "/lv/admin/pages/page/",
    "/lv/admin/pages/page/{about}/change/",
    "/en/admin/pages/page/",
    # History and undo (django-reversion), the translation dashboard, a publishable model.
    "/lv/admin/pages/page/{about}/history/",
    "/lv/admin/pages/page/{about}/history/{version}/",
    "/lv/admin/translations/",
    "/en/admin/translations/",
    "/lv/admin/partners/partner/",
    "/lv/admin/partners/partner/recover/",
    "/lv/admin/partners/partner/recover/{deleted}/",
    "/lv/admin/news/pressrelease/add/",
    "/lv/admin/news/pressrelease/?status__exact=draft",
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
    about = Page.objects.get(key="about")
    with reversion.create_revision():
        about.save()
    version = Version.objects.get_for_object(about).first().pk
    deleted = _deleted_partner_version()
    for path in ADMIN_PATHS:
        page.goto(live_demo.url + path.format(about=about.pk, version=version, deleted=deleted))
        page.wait_for_load_state("networkidle")
        assert page.locator("#content").count() == 1, path
    assert violations == []


def _deleted_partner_version():
    partner = PartnerFactory(number="PP42", slug="deleted-partner")  # not one of the demo's
    with reversion.create_revision():
        partner.save()
    partner.delete()
    return Version.objects.get_deleted(Partner).get().pk


def test_lockout_page_causes_no_csp_violation(live_demo, page):
    User.objects.create_user("redaktore", password="admin-password-for-tests", is_staff=True)
    violations = _collect_violations(page)
    page.goto(live_demo.url + "/lv/admin/login/")
    for _attempt in range(5):  # the fifth wrong password brings the lockout page
        page.fill("#id_username", "redaktore")
        page.fill("#id_password", "wrong-password")
        with page.expect_navigation():
            page.click("input[type=submit]")
    assert page.locator("h1").inner_text() == "Pieteikšanās uz laiku bloķēta"
    assert violations == []


def test_csp_header_forbids_inline_script_and_framing(client, db):
    policy = client.get("/lv/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
