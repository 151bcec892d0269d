"""An editor signs in to the Latvian admin and edits a standing page in both languages."""

import pytest
from django.contrib.auth.models import Group, Permission, User

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor(live_demo):
    # The group comes from a data migration, and a live-server test that ran before this one
    # has flushed the database: give the group back what it needs here, the page permissions.
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="pages",
            codename__in=["add_page", "change_page", "view_page"],
        )
    )
    user = User.objects.create_user("redaktore", password=PASSWORD, is_staff=True)
    user.groups.add(group)
    return user


def test_editor_edits_a_page_in_both_languages_through_the_tabs(
    live_demo, editor, page, offsite_requests
):
    page.goto(live_demo.url + "/lv/admin/")
    page.get_by_label("Lietotājvārds").fill("redaktore")
    page.get_by_label("Parole").fill(PASSWORD)
    page.get_by_role("button", name="Pieteikties").click()
    page.get_by_role("link", name="Lapas", exact=True).first.click()
    page.get_by_role("link", name="Par projektu").click()

    page.locator("#id_title_lv").fill("Par DeCoDe tīklu")
    page.get_by_role("tab", name="EN").first.click()
    page.locator("#id_title_en").fill("About the DeCoDe network")
    page.get_by_role("button", name="Saglabāt", exact=True).click()
    assert "Lapa “Par DeCoDe tīklu” sekmīgi labota." in page.locator(".messagelist").inner_text()

    page.goto(live_demo.url + "/en/about/")
    assert page.locator("h1").inner_text() == "About the DeCoDe network"
    page.goto(live_demo.url + "/lv/par-projektu/")
    assert page.locator("h1").inner_text() == "Par DeCoDe tīklu"
    assert offsite_requests == []
