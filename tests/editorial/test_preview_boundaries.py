"""A partner editor previews their own partner's drafts, not another partner's, and the admin's
"view on site" shortcut gives no address away; drafts' files have no guessable address."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType

from tests.factories import EventPhotoFactory, GoodPracticeFactory, PublicationFileFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(kaunas_partner, vejle_partner):
    return {
        "own": GoodPracticeFactory(partner=kaunas_partner, status="draft", title_lv="Mūsu"),
        "theirs": GoodPracticeFactory(partner=vejle_partner, status="draft", title_lv="Viņu"),
    }


def test_a_partner_editor_previews_only_their_own_partners_draft(client, kaunas_editor, drafts):
    client.force_login(kaunas_editor)

    own = client.get(drafts["own"].get_absolute_url())
    theirs = client.get(drafts["theirs"].get_absolute_url())

    assert own.status_code == 200
    assert parse(own).find("h1").text.strip() == "Mūsu"
    assert theirs.status_code == 404
    assert "Viņu" not in theirs.content.decode()


def test_an_editor_of_all_content_previews_every_partners_draft(client, editor, drafts):
    client.force_login(editor)
    assert client.get(drafts["theirs"].get_absolute_url()).status_code == 200


def test_view_on_site_gives_no_address_of_another_partners_object(client, kaunas_editor, drafts):
    content_type = ContentType.objects.get_for_model(drafts["own"])
    client.force_login(kaunas_editor)

    own = client.get(f"/lv/admin/r/{content_type.pk}/{drafts['own'].pk}/")
    theirs = client.get(f"/lv/admin/r/{content_type.pk}/{drafts['theirs'].pk}/")
    not_an_id = client.get(f"/lv/admin/r/{content_type.pk}/not-an-id/")

    assert own.status_code == 302
    assert own["Location"].endswith(drafts["own"].get_absolute_url())
    assert theirs.status_code == 404
    assert "Location" not in theirs
    assert not_an_id.status_code == 404


def test_uploaded_files_get_an_unguessable_folder():
    first = PublicationFileFactory(publication__status="draft")
    second = PublicationFileFactory(publication__status="draft", language="en")
    photo = EventPhotoFactory(event__status="draft")

    token = r"[A-Za-z0-9_-]{16}"
    assert re.fullmatch(rf"news/publications/{token}/[^/]+\.pdf", first.file.name)
    assert re.fullmatch(rf"events/photos/\d{{4}}/{token}/[^/]+", photo.image.name)
    assert first.file.name.split("/")[2] != second.file.name.split("/")[2]
