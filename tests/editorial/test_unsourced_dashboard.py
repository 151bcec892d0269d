"""The editors' list of published content that names no source, so readers cannot check it."""

import pytest

from common.sources import Source
from tests.editorial.helpers import links_in
from tests.factories import GoodPracticeFactory, PressReleaseFactory
from tests.html import parse

pytestmark = pytest.mark.django_db

DASHBOARD = "/lv/admin/sources/"


def cite(obj):
    return Source.objects.create(
        content_object=obj,
        kind="press",
        publisher="d-fakti.lv",
        url="http://www.d-fakti.lv/lv/news/article/121469/",
    )


def change_url(obj):
    return f"/lv/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def test_a_published_item_without_a_source_is_listed_until_it_names_one(client, editor):
    item = PressReleaseFactory(title_lv="Bez avota", status="published")
    draft = PressReleaseFactory(title_lv="Melnraksts", status="draft")
    client.force_login(editor)

    listed = parse(client.get(DASHBOARD))
    index = parse(client.get("/lv/admin/"))

    assert change_url(item) in links_in(listed.root)
    assert change_url(draft) not in links_in(listed.root)  # not public: nothing to check yet
    assert DASHBOARD in links_in(index.root)
    assert "Publicēts bez avota: 1" in index.text

    cite(item)

    after = parse(client.get(DASHBOARD))
    assert change_url(item) not in links_in(after.root)
    assert "Publicēts bez avota" in parse(client.get("/lv/admin/")).text


def test_a_partner_editor_sees_only_their_partners_unsourced_content(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    own = GoodPracticeFactory(partner=kaunas_partner)
    theirs = GoodPracticeFactory(partner=vejle_partner)
    client.force_login(kaunas_editor)

    links = links_in(parse(client.get(DASHBOARD)).root)

    assert change_url(own) in links
    assert change_url(theirs) not in links
