"""History and undo: every admin save is a version; restoring brings back both languages."""

import pytest
from django.contrib.contenttypes.models import ContentType
from reversion.models import Version

from pages.models import Page
from partners.models import Partner, PopulationFigure
from tests.editorial.helpers import NO_SOURCE_ROWS, form_data, links_in, row_containing
from tests.factories import PageFactory, PopulationFigureFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def page_form(page, **changes):
    data = {
        "title_lv": page.title_lv,
        "title_en": page.title_en,
        "summary_lv": page.summary_lv or "",
        "summary_en": page.summary_en or "",
        "body_lv": page.body_lv,
        "body_en": page.body_en,
        **NO_SOURCE_ROWS,
    }
    return {**data, **changes}


def change_page(client, page, **changes):
    response = client.post(f"/lv/admin/pages/page/{page.pk}/change/", page_form(page, **changes))
    assert response.status_code == 302, response.content
    page.refresh_from_db()


def versions_of(obj):
    return Version.objects.get_for_object(obj).select_related("revision__user")


def test_each_admin_save_is_a_version_with_its_author(client, editor):
    page = PageFactory(title_lv="Par projektu", title_en="About the project")
    client.force_login(editor)

    change_page(client, page, title_lv="Par tīklu")
    change_page(client, page, title_en="About the network")

    versions = list(versions_of(page))
    assert len(versions) == 2
    assert {version.revision.user for version in versions} == {editor}
    assert versions[0].field_dict["title_en"] == "About the network"  # the latest first
    history = parse(client.get(f"/lv/admin/pages/page/{page.pk}/history/"))
    links = links_in(history.find("table", id="change-history"))
    assert len(links) == 2
    assert all(f"/history/{version.pk}/" in "".join(links) for version in versions)


def test_restore_brings_back_both_languages(client, editor):
    page = PageFactory(title_lv="Par projektu", title_en="About the project")
    client.force_login(editor)
    change_page(client, page, body_lv="<p>Pirmais teksts.</p>", body_en="<p>First text.</p>")
    first = versions_of(page).last()
    change_page(client, page, body_lv="<p>Otrais teksts.</p>", body_en="<p>Second text.</p>")

    url = f"/lv/admin/pages/page/{page.pk}/history/{first.pk}/"
    form = form_data(client.get(url))
    assert form["body_en"] == "<p>First text.</p>"
    assert form["body_lv"] == "<p>Pirmais teksts.</p>"
    page.refresh_from_db()
    assert page.body_en == "<p>Second text.</p>"  # looking at a version changes nothing

    response = client.post(url, form)
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.body_lv, page.body_en) == ("<p>Pirmais teksts.</p>", "<p>First text.</p>")
    assert "First text." in parse(client.get("/en/about/")).find("main").text
    assert "Pirmais teksts." in parse(client.get("/lv/par-projektu/")).find("main").text


def test_revert_writes_each_language_to_its_own_column(editor):
    """A version stores the translation columns, never the language-dependent originals."""
    import reversion
    from django.utils import translation

    page = PageFactory(title_lv="Par projektu", title_en="About the project")
    with reversion.create_revision():
        page.save()
    version = versions_of(page).get()
    assert "title" not in version.field_dict
    Page.objects.filter(pk=page.pk).update(title_lv="Cits", title_en="Other")

    with translation.override("en"):
        version.revert()

    page.refresh_from_db()
    assert (page.title_lv, page.title_en) == ("Par projektu", "About the project")


def test_restored_rich_text_is_sanitised(editor):
    """A version written before sanitising, or tampered with, still stores no script."""
    import reversion

    page = PageFactory()
    with reversion.create_revision():
        page.save()
    version = versions_of(page).get()
    version.serialized_data = version.serialized_data.replace(
        "<p>Text in English.</p>",
        '<p onclick=\\"x()\\">Text</p><script>alert(1)</script><iframe src=\\"//x\\"></iframe>',
    )
    version.save()

    Version.objects.get(pk=version.pk).revert()

    page.refresh_from_db()
    assert page.body_en == "<p>Text</p>"


def test_deleted_object_can_be_recovered_with_its_parts(client, editor):
    figure = PopulationFigureFactory(year=2018, value=288_363)
    partner = figure.partner
    client.force_login(editor)

    response = client.post(f"/lv/admin/partners/partner/{partner.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Partner.objects.filter(pk=partner.pk).exists()

    recover_list = parse(client.get("/lv/admin/partners/partner/recover/"))
    [form_url] = links_in(row_containing(recover_list, str(partner)))
    data = form_data(client.get(form_url))
    assert data["name_en"] == partner.name_en
    response = client.post(form_url, data)
    assert response.status_code == 302, [e.text for e in parse(response).by_class("errorlist")]

    recovered = Partner.objects.get(pk=partner.pk)
    assert recovered.name_en == partner.name_en
    assert recovered.name_lv == partner.name_lv
    assert list(
        PopulationFigure.objects.filter(partner=recovered).values_list("value", flat=True)
    ) == [288_363]


def test_inline_parts_are_in_the_parents_version(client, editor):
    figure = PopulationFigureFactory(year=2019, value=292_000)
    client.force_login(editor)
    partner = figure.partner
    response = client.get(f"/lv/admin/partners/partner/{partner.pk}/change/")
    assert response.status_code == 200
    import reversion

    with reversion.create_revision():
        partner.save()
    revision = versions_of(partner).get().revision
    kinds = set(revision.version_set.values_list("content_type", flat=True))
    assert ContentType.objects.get_for_model(PopulationFigure).pk in kinds


def test_demo_content_starts_with_a_version_and_a_second_run_adds_none():
    from django.core.management import call_command

    call_command("demo", verbosity=0)
    page = Page.objects.get(key="about")
    assert versions_of(page).count() == 1
    call_command("demo", verbosity=0)
    assert versions_of(page).count() == 1
