"""Partner editors keep their own partner's content current and cannot touch anyone else's."""

import pytest
import reversion
from django.contrib.auth.models import Group
from reversion.models import Version

from editorial.groups import PARTNER_EDITORS_GROUP
from partners.models import Partner, PopulationFigure
from tests.contentapp.models import Article, Practice
from tests.editorial.helpers import form_data
from tests.factories import (
    ArticleFactory,
    GrantFactory,
    PageFactory,
    PopulationFigureFactory,
    PracticeFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def partner_url(partner, action="change"):
    return f"/lv/admin/partners/partner/{partner.pk}/{action}/"


def article_url(article, action="change"):
    return f"/lv/admin/contentapp/article/{article.pk}/{action}/"


def test_partner_editors_group_may_not_add_or_delete_partners(db):
    permissions = set(
        Group.objects.get(name=PARTNER_EDITORS_GROUP).permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert ("partners", "change_partner") in permissions
    assert ("partners", "add_partner") not in permissions
    assert ("partners", "delete_partner") not in permissions
    assert ("partners", "change_populationfigure") in permissions
    assert not {codename for app, codename in permissions if app == "auth"}
    # Of the site's own models, only the sources their pages cite (edited with those pages).
    assert not {codename for app, codename in permissions if app in {"pages", "editorial"}}
    assert {codename for app, codename in permissions if app == "common"} <= {
        "add_source",
        "change_source",
        "delete_source",
        "view_source",
    }


def test_partner_list_shows_only_their_partner(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    client.force_login(kaunas_editor)
    page = parse(client.get("/lv/admin/partners/partner/"))
    links = {a.attrs["href"] for a in page.find_all("a") if "href" in a.attrs}
    assert partner_url(kaunas_partner) in links
    assert partner_url(vejle_partner) not in links


@pytest.mark.parametrize("action", ["change", "history", "delete"])
def test_other_partners_page_cannot_be_opened_by_url(client, kaunas_editor, vejle_partner, action):
    client.force_login(kaunas_editor)
    assert client.get(partner_url(vejle_partner, action)).status_code in {403, 404}


def test_other_partners_page_cannot_be_changed_or_deleted_by_post(
    client, kaunas_editor, kaunas_partner, vejle_partner, editor
):
    client.force_login(editor)
    data = form_data(client.get(partner_url(vejle_partner)))
    client.force_login(kaunas_editor)

    changed = client.post(partner_url(vejle_partner), {**data, "name_en": "Taken over"})
    deleted = client.post(partner_url(vejle_partner, "delete"), {"post": "yes"})

    assert changed.status_code in {403, 404}
    assert deleted.status_code in {403, 404}
    vejle_partner.refresh_from_db()
    assert vejle_partner.name_en == "Municipality of Vejle"


def test_own_partners_page_and_figures_can_be_changed(client, kaunas_editor, kaunas_partner):
    figure = PopulationFigureFactory(partner=kaunas_partner, year=2018, value=288_363)
    client.force_login(kaunas_editor)
    response = client.get(partner_url(kaunas_partner))
    assert response.status_code == 200
    data = form_data(response)
    assert "number" not in data and "slug" not in data  # shown, not changed
    data.update(
        {
            "summary_en": "Lithuania's second city.",
            "population_figures-0-value": "289000",
        }
    )

    response = client.post(partner_url(kaunas_partner), data)

    assert response.status_code == 302, [e.text for e in parse(response).by_class("errorlist")]
    kaunas_partner.refresh_from_db()
    figure.refresh_from_db()
    assert kaunas_partner.summary_en == "Lithuania's second city."
    assert figure.value == 289_000
    assert kaunas_partner.slug == "kaunas"


def test_partner_editor_cannot_delete_even_their_own_partner(client, kaunas_editor, kaunas_partner):
    client.force_login(kaunas_editor)
    assert client.get(partner_url(kaunas_partner, "delete")).status_code == 403
    assert Partner.objects.filter(pk=kaunas_partner.pk).exists()


def test_articles_tagged_with_other_partners_are_out_of_reach(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    theirs = ArticleFactory(partners=[vejle_partner])
    ours = ArticleFactory(partners=[kaunas_partner])
    client.force_login(kaunas_editor)

    listing = parse(client.get("/lv/admin/contentapp/article/"))
    hrefs = {a.attrs["href"] for a in listing.find_all("a") if "href" in a.attrs}

    assert article_url(ours) in hrefs
    assert article_url(theirs) not in hrefs
    assert client.get(article_url(theirs)).status_code in {403, 404}
    assert client.post(article_url(theirs, "delete"), {"post": "yes"}).status_code in {403, 404}
    assert Article.objects.filter(pk=theirs.pk).exists()
    assert client.post(article_url(ours, "delete"), {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=ours.pk).exists()


def test_partner_choice_is_limited_and_other_tags_are_kept(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    shared = ArticleFactory(partners=[kaunas_partner, vejle_partner], title_en="Joint visit")
    client.force_login(kaunas_editor)
    response = client.get(article_url(shared))
    options = {
        option.attrs.get("value")
        for option in parse(response).find_all("option")
        if option.parent.attrs.get("name") == "partners"
    }
    assert options == {str(kaunas_partner.pk)}

    data = form_data(response)
    data["title_en"] = "Joint study visit"
    response = client.post(article_url(shared), data)

    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.title_en == "Joint study visit"
    assert set(shared.partners.all()) == {kaunas_partner, vejle_partner}


def test_partner_editor_cannot_tag_another_partner_or_untag_their_own(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    ours = ArticleFactory(partners=[kaunas_partner])
    client.force_login(kaunas_editor)
    data = form_data(client.get(article_url(ours)))

    to_vejle = client.post(article_url(ours), {**data, "partners": [str(vejle_partner.pk)]})
    untagged = client.post(article_url(ours), {**data, "partners": []})

    assert to_vejle.status_code == 200 and parse(to_vejle).by_class("errorlist")
    assert untagged.status_code == 200 and parse(untagged).by_class("errorlist")
    assert list(ours.partners.all()) == [kaunas_partner]


def test_partner_editor_sees_no_other_content(client, kaunas_editor):
    page = PageFactory()
    client.force_login(kaunas_editor)
    index = parse(client.get("/lv/admin/"))
    hrefs = {a.attrs["href"] for a in index.find_all("a") if "href" in a.attrs}
    assert "/lv/admin/pages/page/" not in hrefs
    assert "/lv/admin/partners/partnereditor/" not in hrefs
    assert client.get(f"/lv/admin/pages/page/{page.pk}/change/").status_code in {
        403,
        404,
    }
    assert client.get("/lv/admin/auth/user/").status_code == 403


def test_partner_editor_cannot_restore_or_recover_other_partners_objects(
    client, kaunas_editor, vejle_partner, editor
):
    with reversion.create_revision():
        vejle_partner.save()
    version = Version.objects.get_for_object(vejle_partner).get()
    client.force_login(kaunas_editor)

    revision_url = partner_url(vejle_partner, f"history/{version.pk}")
    assert client.get(revision_url).status_code in {403, 404}
    assert client.post(revision_url, {"name_lv": "x"}).status_code in {403, 404}
    assert client.get("/lv/admin/partners/partner/recover/").status_code == 403
    assert client.get(f"/lv/admin/partners/partner/recover/{version.pk}/").status_code == 403


def test_restoring_a_version_cannot_move_an_object_into_a_partner_editors_reach(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    """An article once tagged with Kaunas and now with Vejle stays out of Kaunas's reach."""
    article = ArticleFactory(partners=[kaunas_partner])
    with reversion.create_revision():
        article.save()
    version = Version.objects.get_for_object(article).get()
    article.partners.set([vejle_partner])
    client.force_login(kaunas_editor)

    url = article_url(article, f"history/{version.pk}")
    assert client.get(url).status_code in {403, 404}
    assert client.post(url, {"title_lv": "x"}).status_code in {403, 404}
    assert list(article.partners.all()) == [vejle_partner]


def test_figures_of_other_partners_are_not_in_reach(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    theirs = PopulationFigureFactory(partner=vejle_partner, year=2018, value=111_000)
    client.force_login(kaunas_editor)
    data = form_data(client.get(partner_url(kaunas_partner)))
    # A forged inline row pointing at Vejle's figure does not change it.
    data.update(
        {
            "population_figures-TOTAL_FORMS": "1",
            "population_figures-INITIAL_FORMS": "1",
            "population_figures-0-id": str(theirs.pk),
            "population_figures-0-partner": str(kaunas_partner.pk),
            "population_figures-0-area": "city",
            "population_figures-0-year": "2018",
            "population_figures-0-value": "1",
        }
    )
    client.post(partner_url(kaunas_partner), data)
    theirs.refresh_from_db()
    assert theirs.value == 111_000
    assert theirs.partner == vejle_partner
    assert PopulationFigure.objects.filter(partner=kaunas_partner).count() == 0


def test_contributions_of_other_partners_are_out_of_reach_and_not_offered(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    theirs = PracticeFactory(partner=vejle_partner)
    ours = PracticeFactory(partner=kaunas_partner)
    client.force_login(kaunas_editor)
    base = "/lv/admin/contentapp/practice/"

    assert client.get(f"{base}{theirs.pk}/change/").status_code in {403, 404}
    assert client.post(f"{base}{theirs.pk}/delete/", {"post": "yes"}).status_code in {403, 404}
    add = client.get(f"{base}add/")
    offered = {
        option.attrs.get("value")
        for option in parse(add).find_all("option")
        if option.parent.attrs.get("name") == "partner" and option.attrs.get("value")
    }
    assert offered == {str(kaunas_partner.pk)}

    data = form_data(add)
    data.update({"title_lv": "Jauniešu centrs", "body_lv": "<p>Teksts.</p>"})
    refused = client.post(f"{base}add/", {**data, "partner": str(vejle_partner.pk)})
    added = client.post(f"{base}add/", {**data, "partner": str(kaunas_partner.pk)})
    changed = client.post(
        f"{base}{ours.pk}/change/",
        {**form_data(client.get(f"{base}{ours.pk}/change/")), "title_en": "Youth centre"},
    )

    assert refused.status_code == 200 and parse(refused).by_class("errorlist")
    assert added.status_code == 302 and changed.status_code == 302
    assert Practice.objects.filter(partner=vejle_partner).count() == 1
    assert Practice.objects.get(pk=ours.pk).title_en == "Youth centre"


def test_partner_editor_cannot_open_the_grant(client, kaunas_editor):
    grant = GrantFactory()
    client.force_login(kaunas_editor)

    assert client.get(f"/lv/admin/funding/grant/{grant.pk}/change/").status_code in {403, 404}
    assert client.get("/lv/admin/funding/grant/").status_code == 403


def test_a_partner_editors_new_press_release_starts_tagged_with_their_partner(
    client, kaunas_editor, kaunas_partner
):
    client.force_login(kaunas_editor)

    page = parse(client.get("/lv/admin/news/pressrelease/add/"))

    selected = [
        option.attrs.get("value")
        for option in page.find_all("option")
        if option.parent.attrs.get("name") == "partners" and "selected" in option.attrs
    ]
    assert selected == [str(kaunas_partner.pk)]


def test_a_page_a_partner_editor_may_not_open_explains_itself_in_their_language(
    client, kaunas_editor, vejle_partner
):
    client.force_login(kaunas_editor)

    response = client.get("/lv/admin/partners/partner/add/")

    assert response.status_code == 403
    page = parse(response)
    assert page.find("h1").text == "Nav piekļuves šai lapai"
    assert page.find("a", href="/lv/admin/") is not None


@pytest.mark.parametrize("status", ["draft", "published"])
def test_a_partner_editor_cannot_save_a_practice_without_their_partner(
    client, kaunas_editor, kaunas_partner, status
):
    from actionplan.models import GoodPractice

    client.force_login(kaunas_editor)
    add = "/lv/admin/actionplan/goodpractice/add/"
    data = form_data(client.get(add))
    assert data["partner"] == str(kaunas_partner.pk)  # their own, chosen for them
    data.update(
        title_lv="Bez partnera",
        slug="bez-partnera",
        summary_lv="Kopsavilkums.",
        description_lv="<p>Apraksts.</p>",
        status=status,
        partner="",
    )

    response = client.post(add, data)

    assert response.status_code == 200
    error = parse(response).find("ul", class_="errorlist")
    assert error is not None and "partneri" in error.text.lower()
    assert not GoodPractice.objects.filter(slug="bez-partnera").exists()
