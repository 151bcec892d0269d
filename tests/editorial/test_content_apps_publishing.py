"""Press releases, publications, events and good practices: drafts and scheduled items stay out
of every public view (lists, pages, sitemap, feeds, search, calendars) until due; editors preview
them."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from actionplan.models import GoodPractice
from news.models import PressRelease
from tests.decode_portal.sitemap import sitemap_paths
from tests.editorial.helpers import form_data
from tests.factories import (
    GoodPracticeFactory,
    MobilityEventFactory,
    PressReleaseFactory,
    PublicationFileFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db

DRAFT = "draft"


def public_texts(client, language="lv"):
    """What an anonymous visitor reads in the news list, feeds, sitemap and search for 'bebri'."""
    prefix = "jaunumi" if language == "lv" else "news"
    search = "meklet" if language == "lv" else "search"
    return {
        "list": parse(client.get(f"/{language}/{prefix}/")).find("main").text,
        "rss": client.get(f"/{language}/{prefix}/rss/").content.decode(),
        "atom": client.get(f"/{language}/{prefix}/atom/").content.decode(),
        "sitemap": " ".join(sitemap_paths(client)),
        "search": parse(client.get(f"/{language}/{search}/?q=bebri")).find("main").text,
    }


@pytest.mark.parametrize(
    "state",
    [{"status": DRAFT}, {"publish_at": timezone.now() + timedelta(days=1)}],
    ids=["draft", "scheduled"],
)
def test_press_release_not_yet_public_is_nowhere_for_visitors(client, state):
    release = PressReleaseFactory(
        slug="bebri-kauna", title_lv="Bebri Kauņā", title_en="Beavers in Kaunas", **state
    )

    for where, text in public_texts(client).items():
        assert "Bebri Kauņā" not in text and "bebri-kauna" not in text, where
    assert client.get(release.get_absolute_url()).status_code == 404
    assert client.get("/en/news/bebri-kauna/").status_code == 404


def test_press_release_once_published_is_everywhere(client):
    release = PressReleaseFactory(
        slug="bebri-kauna", title_lv="Bebri Kauņā", title_en="Beavers in Kaunas", status=DRAFT
    )
    release.status = "published"
    release.publish_at = None
    release.save()

    for where, text in public_texts(client).items():
        assert "Bebri Kauņā" in text or "bebri-kauna" in text, where
    assert "Beavers in Kaunas" in public_texts(client, "en")["atom"]


def test_editor_previews_a_draft_press_release(client, editor):
    PressReleaseFactory(slug="bebri", title_lv="Bebri", status=DRAFT)
    client.force_login(editor)

    response = client.get("/lv/jaunumi/bebri/")

    assert response.status_code == 200
    page = parse(response)
    assert "Priekšskatījums – nav publisks" in page.by_class("preview-banner")[0].text
    release = PressRelease.objects.get(slug="bebri")
    edit = page.by_class("preview-banner__edit")[0]
    assert edit.attrs["href"] == f"/lv/admin/news/pressrelease/{release.pk}/change/"
    assert page.find("meta", name="robots").attrs["content"] == "noindex, nofollow"
    assert "no-store" in response.headers["Cache-Control"]
    # Still out of the public list, even for the editor.
    assert "Bebri" not in parse(client.get("/lv/jaunumi/")).find("main").text


def test_press_release_published_in_the_past_is_public_at_once(client):
    release = PressReleaseFactory(
        status="published", publish_at=timezone.now() - timedelta(days=30)
    )
    assert client.get(release.get_absolute_url()).status_code == 200


def test_draft_publication_is_not_listed_nor_downloadable(client, editor):
    file = PublicationFileFactory(
        publication__slug="melnraksts",
        publication__title_lv="Melnraksta brošūra",
        publication__status=DRAFT,
    )
    url = f"/lv/materiali/melnraksts/{file.language}.pdf"

    assert "Melnraksta brošūra" not in parse(client.get("/lv/materiali/")).find("main").text
    assert client.get(url).status_code == 404
    client.force_login(editor)
    response = client.get(url)  # an editor checks the file before publishing
    response.close()
    assert response.status_code == 200


@pytest.mark.parametrize(
    "state",
    [{"status": DRAFT}, {"publish_at": timezone.now() + timedelta(days=1)}],
    ids=["draft", "scheduled"],
)
def test_event_not_yet_public_is_nowhere_for_visitors(client, editor, state):
    public = MobilityEventFactory(title_lv="Tikšanās Kauņā")
    hidden = MobilityEventFactory(title_lv="Slepena tikšanās", slug="slepena", **state)

    timeline = parse(client.get("/lv/pasakumi/")).find("main").text
    calendar = client.get("/lv/pasakumi/decode-pasakumi.ics").content.decode()
    paths = sitemap_paths(client)
    found = parse(client.get("/lv/meklet/?q=slepena")).find("main").text

    assert "Tikšanās Kauņā" in timeline and "Slepena tikšanās" not in timeline
    assert "Slepena" not in calendar
    assert hidden.get_absolute_url() not in paths and public.get_absolute_url() in paths
    assert "Slepena tikšanās" not in found
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(hidden.get_calendar_url()).status_code == 404
    # The neighbouring meeting does not link to it.
    assert hidden.get_absolute_url() not in client.get(public.get_absolute_url()).content.decode()

    client.force_login(editor)
    preview = client.get(hidden.get_absolute_url())
    assert preview.status_code == 200 and parse(preview).by_class("preview-banner")


def test_partner_editor_edits_only_press_releases_tagged_with_their_partner(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    ours = PressReleaseFactory(partners=[kaunas_partner])
    theirs = PressReleaseFactory(partners=[vejle_partner])
    client.force_login(kaunas_editor)
    base = "/lv/admin/news/pressrelease/"

    assert client.get(f"{base}{ours.pk}/change/").status_code == 200
    assert client.get(f"{base}{theirs.pk}/change/").status_code in {403, 404}
    assert client.post(f"{base}{theirs.pk}/delete/", {"post": "yes"}).status_code in {403, 404}
    assert client.get("/lv/admin/news/publication/").status_code == 403
    assert client.get("/lv/admin/events/mobilityevent/").status_code == 403
    assert PressRelease.objects.filter(pk=theirs.pk).exists()


def test_partner_page_lists_only_published_meetings_it_hosted(client, kaunas_partner):
    MobilityEventFactory(host=kaunas_partner, title_lv="Tikšanās Kauņā")
    MobilityEventFactory(host=kaunas_partner, title_lv="Gaidāmā tikšanās", status=DRAFT)

    text = parse(client.get("/lv/partneri/kaunas/")).find("main").text

    assert "Tikšanās Kauņā" in text
    assert "Gaidāmā tikšanās" not in text


@pytest.mark.parametrize(
    "state",
    [{"status": DRAFT}, {"publish_at": timezone.now() + timedelta(days=1)}],
    ids=["draft", "scheduled"],
)
def test_good_practice_not_yet_public_is_nowhere_for_visitors(
    client, editor, kaunas_partner, state
):
    GoodPracticeFactory(partner=kaunas_partner, slug="kopienas-darzs", title_lv="Kopienas dārzs")
    hidden = GoodPracticeFactory(
        partner=kaunas_partner, slug="bebru-skola", title_lv="Bebru skola", **state
    )

    texts = {
        "list": parse(client.get("/lv/ricibas-plans/labas-prakses/")).find("main").text,
        "overview": parse(client.get("/lv/ricibas-plans/")).find("main").text,
        "partner": parse(client.get("/lv/partneri/kaunas/")).find("main").text,
        "search": parse(client.get("/lv/meklet/?q=bebru")).find("main").text,
    }
    for where, text in texts.items():
        assert "Bebru skola" not in text, where
    assert "Kopienas dārzs" in texts["list"] and "Kopienas dārzs" in texts["partner"]
    assert hidden.get_absolute_url() not in sitemap_paths(client)
    assert client.get(hidden.get_absolute_url()).status_code == 404

    client.force_login(editor)
    preview = client.get(hidden.get_absolute_url())
    page = parse(preview)
    assert preview.status_code == 200 and "Bebru skola" in page.find("h1").text
    assert page.by_class("preview-banner")
    assert page.find("meta", name="robots").attrs["content"] == "noindex, nofollow"
    assert "no-store" in preview.headers["Cache-Control"]


def test_good_practice_published_through_the_admin_is_public_at_once(client, editor):
    practice = GoodPracticeFactory(slug="bebru-skola", title_lv="Bebru skola", status=DRAFT)
    client.force_login(editor)
    url = f"/lv/admin/actionplan/goodpractice/{practice.pk}/change/"
    data = form_data(client.get(url))

    response = client.post(
        url, {**data, "status": "published", "publish_at_0": "", "publish_at_1": ""}
    )

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == "published" and practice.publish_at <= timezone.now()
    client.logout()
    assert client.get(practice.get_absolute_url()).status_code == 200
    assert "Bebru skola" in parse(client.get("/lv/ricibas-plans/labas-prakses/")).text


def test_good_practice_without_latvian_text_cannot_be_published(editor):
    practice = GoodPracticeFactory(
        status=DRAFT, description_lv="", description_en="<p>How it works.</p>"
    )
    practice.status = "published"

    with pytest.raises(ValidationError) as error:
        practice.save()

    assert "description_lv" in error.value.message_dict
    practice.refresh_from_db()
    assert practice.status == DRAFT


def test_partner_editor_edits_only_practices_their_partner_contributed(
    client, editor, kaunas_editor, kaunas_partner, vejle_partner
):
    ours = GoodPracticeFactory(partner=kaunas_partner, title_lv="Kauņas prakse")
    theirs = GoodPracticeFactory(partner=vejle_partner, title_lv="Vejles prakse")
    base = "/lv/admin/actionplan/goodpractice/"
    client.force_login(editor)
    their_data = form_data(client.get(f"{base}{theirs.pk}/change/"))
    client.force_login(kaunas_editor)

    listed = parse(client.get(base)).find("table", id="result_list").text
    own = client.get(f"{base}{ours.pk}/change/")
    changed = client.post(f"{base}{theirs.pk}/change/", {**their_data, "title_lv": "Pārņemta"})
    deleted = client.post(f"{base}{theirs.pk}/delete/", {"post": "yes"})
    saved = client.post(
        f"{base}{ours.pk}/change/", {**form_data(own), "title_lv": "Kauņas prakse, labota"}
    )

    assert "Kauņas prakse" in listed and "Vejles prakse" not in listed
    assert own.status_code == 200
    partner_choices = {
        option.attrs.get("value")
        for option in parse(own).find_all("option")
        if option.parent.attrs.get("name") == "partner"
    }
    assert partner_choices - {""} == {str(kaunas_partner.pk)}
    assert client.get(f"{base}{theirs.pk}/change/").status_code in {403, 404}
    assert changed.status_code in {403, 404} and deleted.status_code in {403, 404}
    assert saved.status_code == 302
    theirs.refresh_from_db()
    assert theirs.title_lv == "Vejles prakse"
    assert GoodPractice.objects.get(pk=ours.pk).title_lv == "Kauņas prakse, labota"
    # The plan itself, its themes and the grant stay with the Editors.
    assert client.get("/lv/admin/actionplan/actionplan/").status_code == 403
    assert client.get("/lv/admin/actionplan/theme/").status_code == 403
