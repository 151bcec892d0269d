"""The Editors group edits content and nothing else: no users, no groups."""

import pytest
from django.contrib.auth.models import Group, User

from pages.models import Page
from tests.editorial.helpers import NO_SOURCE_ROWS
from tests.html import parse


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", password="a-long-enough-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_group_holds_content_permissions_only(db):
    permissions = set(
        Group.objects.get(name="Editors").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert ("pages", "change_page") in permissions
    assert not {codename for app, codename in permissions if app == "auth"}


def test_editor_can_edit_a_page_in_both_languages(client, editor, demo):
    client.force_login(editor)
    page = Page.objects.get(key="about")
    url = f"/lv/admin/pages/page/{page.pk}/change/"
    form = parse(client.get(url))
    assert form.find("input", name="title_lv").attrs["value"] == "Par projektu"
    assert form.find("input", name="title_en").attrs["value"] == "About the project"
    response = client.post(
        url,
        {
            "title_lv": "Par DeCoDe",
            "title_en": "About DeCoDe",
            "summary_lv": page.summary_lv,
            "summary_en": page.summary_en,
            "body_lv": "<p>Jauns teksts.</p><script>alert(1)</script>",
            "body_en": "<p>New text.</p>",
            **NO_SOURCE_ROWS,
        },
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.title_lv, page.title_en) == ("Par DeCoDe", "About DeCoDe")
    assert page.body_lv == "<p>Jauns teksts.</p>"
    public = parse(client.get("/en/about/"))
    assert public.find("h1").text == "About DeCoDe"


@pytest.mark.parametrize(
    "url",
    [
        "/lv/admin/auth/user/",
        "/lv/admin/auth/user/add/",
        "/lv/admin/auth/group/",
        "/lv/admin/auth/group/add/",
    ],
)
def test_editor_cannot_manage_users_or_groups(client, editor, url):
    client.force_login(editor)
    assert client.get(url).status_code == 403


def test_admin_speaks_the_editors_language(client, editor):
    client.force_login(editor)
    assert parse(client.get("/lv/admin/")).find("html").attrs["lang"] == "lv"
    assert "Saturs" in parse(client.get("/lv/admin/")).text
    assert parse(client.get("/en/admin/")).find("html").attrs["lang"] == "en"


@pytest.mark.django_db
def test_the_admin_addresses_of_models_that_changed_app_lead_to_their_new_ones(client):
    page = Page.objects.create(key="about", title_lv="Par projektu", title_en="About")
    old = client.get(f"/lv/admin/decode_portal/page/{page.pk}/change/?_changelist_filters=x")
    assert old.status_code == 301
    assert old["Location"] == f"/lv/admin/pages/page/{page.pk}/change/?_changelist_filters=x"
    assert client.get("/en/admin/decode_portal/")["Location"] == "/en/admin/pages/"
    assert client.get("/lv/admin/decode_portal/source/")["Location"] == "/lv/admin/common/source/"
