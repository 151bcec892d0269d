"""A version restored from history writes only what the editor may change, and deletes nothing
of anyone else's: django-reversion finds a version by its id and the object id in the address,
not by the model, and reverts its whole revision."""

import pytest
import reversion
from django.contrib import admin
from django.core.management import call_command
from reversion.models import Revision, Version

from actionplan.models import GoodPractice
from partners.models import Partner, PopulationFigure
from tests.editorial.helpers import form_data
from tests.factories import GoodPracticeFactory, PopulationFigureFactory

pytestmark = pytest.mark.django_db


def version_of(obj):
    return Version.objects.get_for_object(obj).latest("pk")


def test_a_foreign_models_version_with_the_same_id_is_not_found_nor_restored(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    # Vejle's practice shares its id with Kaunas's partner page.
    theirs = GoodPracticeFactory(pk=kaunas_partner.pk, partner=vejle_partner, title_en="Vejle's")
    with reversion.create_revision():
        theirs.save()
    theirs.title_en = "Vejle's, edited since"
    theirs.save()
    version = version_of(theirs)
    client.force_login(kaunas_editor)

    url = f"/lv/admin/partners/partner/{kaunas_partner.pk}/history/{version.pk}/"
    data = form_data(client.get(f"/lv/admin/partners/partner/{kaunas_partner.pk}/change/"))

    assert client.get(url).status_code == 404
    assert client.post(url, data).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title_en == "Vejle's, edited since"
    assert theirs.partner == vejle_partner


def test_a_restore_through_a_shared_id_deletes_nothing_of_another_partner(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    PopulationFigureFactory(partner=vejle_partner, year=2018, value=111_000)
    with reversion.create_revision():
        vejle_partner.save()  # the version follows Vejle's figures as they were
    newer = PopulationFigureFactory(partner=vejle_partner, year=2019, value=112_000)
    version = version_of(vejle_partner)
    # Kaunas's own practice has the id of Vejle's partner page.
    own = GoodPracticeFactory(pk=vejle_partner.pk, partner=kaunas_partner)
    client.force_login(kaunas_editor)

    url = f"/lv/admin/actionplan/goodpractice/{own.pk}/history/{version.pk}/"
    assert client.get(url).status_code == 404
    assert (
        client.post(
            url, form_data(client.get(f"/lv/admin/actionplan/goodpractice/{own.pk}/change/"))
        ).status_code
        == 404
    )
    assert PopulationFigure.objects.filter(pk=newer.pk).exists()


def test_a_revision_that_also_holds_another_partners_object_is_refused(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    with reversion.create_revision():  # as the demo once saved everything in one revision
        kaunas_partner.save()
        vejle_partner.save()
    Partner.objects.filter(pk=vejle_partner.pk).update(name_en="Vejle, renamed since")
    version = version_of(kaunas_partner)
    client.force_login(kaunas_editor)

    url = f"/lv/admin/partners/partner/{kaunas_partner.pk}/history/{version.pk}/"
    data = form_data(client.get(f"/lv/admin/partners/partner/{kaunas_partner.pk}/change/"))

    assert client.get(url).status_code == 403
    assert client.post(url, data).status_code == 403
    assert Partner.objects.get(pk=vejle_partner.pk).name_en == "Vejle, renamed since"


def test_a_partner_editor_still_restores_their_own_object_and_its_rows(
    client, kaunas_editor, kaunas_partner, vejle_partner
):
    PopulationFigureFactory(partner=kaunas_partner, year=2018, value=288_000)
    theirs = PopulationFigureFactory(partner=vejle_partner, year=2018, value=111_000)
    kaunas_partner.name_en = "Kaunas as it was"
    with reversion.create_revision():
        kaunas_partner.save()
    version = version_of(kaunas_partner)
    Partner.objects.filter(pk=kaunas_partner.pk).update(name_en="Kaunas renamed")
    added_since = PopulationFigureFactory(partner=kaunas_partner, year=2019, value=289_000)
    client.force_login(kaunas_editor)

    url = f"/lv/admin/partners/partner/{kaunas_partner.pk}/history/{version.pk}/"
    response = client.post(url, form_data(client.get(url)))

    assert response.status_code == 302
    kaunas_partner.refresh_from_db()
    assert kaunas_partner.name_en == "Kaunas as it was"
    # The row added since is gone (it was not in that version); Vejle's row is untouched.
    assert not PopulationFigure.objects.filter(pk=added_since.pk).exists()
    assert PopulationFigure.objects.get(pk=theirs.pk).value == 111_000


def test_recovering_takes_only_a_deleted_object_of_that_model(client, editor, vejle_partner):
    practice = GoodPracticeFactory(partner=vejle_partner)
    with reversion.create_revision():
        practice.save()
    version = version_of(practice)
    client.force_login(editor)
    client.post(f"/lv/admin/actionplan/goodpractice/{practice.pk}/delete/", {"post": "yes"})
    deleted = Version.objects.get_deleted(GoodPractice).latest("pk")
    assert deleted.object_id == str(practice.pk)

    # The partners' recover address does not take a practice's version, deleted or not.
    assert client.get(f"/lv/admin/partners/partner/recover/{version.pk}/").status_code == 404
    assert client.get(f"/lv/admin/partners/partner/recover/{deleted.pk}/").status_code == 404
    assert client.get(f"/lv/admin/actionplan/goodpractice/recover/{deleted.pk}/").status_code == 200


def test_the_demo_makes_one_revision_per_object():
    call_command("demo", verbosity=0)

    revisions = list(Revision.objects.prefetch_related("version_set__content_type"))
    assert len(revisions) > 20
    for revision in revisions:
        objects = [
            version
            for version in revision.version_set.all()
            if admin.site.is_registered(version.content_type.model_class())
        ]
        # One object, with the rows edited as its parts.
        assert len(objects) == 1, [str(version) for version in objects]
