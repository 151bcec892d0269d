"""The editors' side of the plan: uploads checked, parts kept from deletion, downloads reported."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import ProtectedError
from PIL import Image

from actionplan.models import GoodPractice, Measure, PlanDocument, Theme
from tests.editorial.helpers import NO_SOURCE_ROWS
from tests.factories import (
    ActionPlanFactory,
    GoodPracticeFactory,
    MeasureFactory,
    PlanDocumentFactory,
    ThemeFactory,
    pdf_bytes,
)
from tests.html import parse

ADMIN = "/en/admin/actionplan"


@pytest.fixture
def editor(db, client):
    user = User.objects.create_user("editor", password="a-long-enough-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def upload(client, plan, name, data, language="en"):
    return client.post(
        f"{ADMIN}/plandocument/add/",
        {"plan": plan.pk, "language": language, "file": SimpleUploadedFile(name, data)},
    )


def field_errors(response):
    return [item.text for item in parse(response).by_class("errorlist")[0].children]


def test_editor_uploads_a_pdf_and_its_pages_size_and_checksum_are_recorded(client, editor, plan):
    data = pdf_bytes(pages=4)

    response = upload(client, plan, "Action plan (EN).pdf", data)

    assert response.status_code == 302
    document = PlanDocument.objects.get(plan=plan, language="en")
    assert document.page_count == 4
    assert document.size_bytes == len(data)
    assert len(document.sha256) == 64
    assert document.source == PlanDocument.Source.UPLOADED
    assert document.file.name.endswith(".pdf")
    with document.file.open("rb") as stored:
        assert stored.read() == data


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("plan.pdf", b"This is a text file, not a PDF.\n", "The file is not a PDF document."),
        ("plan.pdf", b"", "The submitted file is empty."),
        ("plan.pdf", b"%PDF-1.7\n" + b"\0" * (20 * 1024 * 1024), "The PDF is larger than 20 MB."),
    ],
    ids=["not-a-pdf", "empty", "over-the-limit"],
)
def test_bad_upload_is_a_form_error_and_saves_nothing(
    client, editor, plan, media_root, name, data, message
):
    response = upload(client, plan, name, data)

    assert response.status_code == 200
    assert field_errors(response) == [message]
    assert not PlanDocument.objects.exists()
    assert not (media_root / "actionplan").exists()


def test_second_file_in_the_same_language_is_a_form_error(client, editor, plan):
    PlanDocumentFactory(plan=plan, language="en")

    response = upload(client, plan, "again.pdf", pdf_bytes())

    assert response.status_code == 200
    assert "This edition already has a file in this language." in parse(response).text
    assert PlanDocument.objects.count() == 1


def test_replacing_a_generated_file_marks_it_uploaded_and_removes_the_old_file(
    client, editor, plan, django_capture_on_commit_callbacks
):
    document = PlanDocumentFactory(plan=plan, language="en", source="generated")
    old_name = document.file.name
    storage = document.file.storage

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{ADMIN}/plandocument/{document.pk}/change/",
            {
                "plan": plan.pk,
                "language": "en",
                "file": SimpleUploadedFile("final.pdf", pdf_bytes(pages=5)),
            },
        )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.source == PlanDocument.Source.UPLOADED
    assert document.page_count == 5
    assert not storage.exists(old_name)
    assert storage.exists(document.file.name)


def test_theme_is_edited_with_its_measures_inline(client, editor):
    theme = ThemeFactory(number="2.1")
    measure = MeasureFactory(theme=theme, title_en="Old title")

    page = parse(client.get(f"{ADMIN}/theme/{theme.pk}/change/"))

    assert page.find("input", name="measures-0-title_en").attrs["value"] == "Old title"
    assert page.find("input", name="measures-0-id").attrs["value"] == str(measure.pk)


def test_theme_with_measures_or_practices_cannot_be_deleted(client, editor):
    theme = ThemeFactory(number="2.1", title_en="Births")
    MeasureFactory(theme=theme, title_en="Baby box")
    GoodPracticeFactory(title_en="Senior Card", themes=[theme])

    page = parse(client.get(f"{ADMIN}/theme/{theme.pk}/delete/"))

    assert "would require deleting the following protected related objects" in page.text
    assert "Baby box" in page.text
    assert "Senior Card" in page.text
    response = client.post(f"{ADMIN}/theme/{theme.pk}/delete/", {"post": "yes"})
    assert response.status_code == 200
    assert Theme.objects.filter(pk=theme.pk).exists()
    assert Measure.objects.count() == 1


def test_partner_with_practices_and_edition_with_files_are_protected(db):
    practice = GoodPracticeFactory()
    document = PlanDocumentFactory()

    with pytest.raises(ProtectedError):
        practice.partner.delete()
    with pytest.raises(ProtectedError):
        document.plan.delete()


def test_practice_list_filters_by_theme_and_partner(client, editor, kaunas, lodz):
    theme = ThemeFactory(number="2.3")
    GoodPracticeFactory(title_en="I Choose Lithuania", partner=kaunas, themes=[theme])
    GoodPracticeFactory(title_en="Senior Card", partner=lodz)

    by_theme = parse(client.get(f"{ADMIN}/goodpractice/?themes__id__exact={theme.pk}"))
    by_partner = parse(client.get(f"{ADMIN}/goodpractice/?partner__id__exact={lodz.pk}"))

    assert [cell.text for cell in by_theme.by_class("field-title")] == ["I Choose Lithuania"]
    assert [cell.text for cell in by_partner.by_class("field-title")] == ["Senior Card"]


def test_practice_needs_a_partner_or_a_country_but_not_both(db, lodz):
    practice = GoodPracticeFactory.build(partner=None, country="")
    both = GoodPracticeFactory.build(partner=lodz, country="SE")

    for invalid in (practice, both):
        with pytest.raises(Exception, match="Choose the contributing partner"):
            invalid.full_clean()


def test_downloads_report_totals_per_edition_and_language(client, editor):
    first = ActionPlanFactory(version="1.0", publication_date="2019-11-15")
    second = ActionPlanFactory(version="2.0", publication_date="2021-01-01")
    PlanDocumentFactory(plan=first, language="lv", downloads=7)
    PlanDocumentFactory(plan=first, language="en", downloads=5)
    PlanDocumentFactory(plan=second, language="de", downloads=2)

    page = parse(client.get(f"{ADMIN}/plandocument/report/"))

    totals = [row.text for row in page.by_class("downloads-report__subtotal")]
    assert totals == ["Edition total 12", "Edition total 2"]
    assert page.by_class("downloads-report__total")[0].text == "All editions 14"

    response = client.get(f"{ADMIN}/plandocument/report/?format=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["edition", "language", "source", "downloads"],
        ["1.0", "lv", "uploaded", "7"],
        ["1.0", "en", "uploaded", "5"],
        ["1.0", "total", "", "12"],
        ["2.0", "de", "uploaded", "2"],
        ["2.0", "total", "", "2"],
        ["all editions", "total", "", "14"],
    ]


def test_plan_documents_list_shows_download_counts_and_links_the_report(client, editor):
    PlanDocumentFactory(language="lv", downloads=3)

    page = parse(client.get(f"{ADMIN}/plandocument/"))

    assert [cell.text for cell in page.by_class("field-downloads")] == ["3"]
    assert page.find("a", href="/en/admin/actionplan/plandocument/report/") is not None


def test_editors_may_edit_every_part_of_the_plan(db):
    codenames = set(
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__app_label="actionplan")
        .values_list("codename", flat=True)
    )
    for model in ("actionplan", "theme", "measure", "goodpractice", "plandocument"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}", f"view_{model}"} <= codenames


def test_practice_with_image_needs_a_description_of_it(client, editor, lodz):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    theme = ThemeFactory(number="2.1")
    data = {
        "title_lv": "Seniora karte",
        "slug": "senior-card",
        "summary_lv": "Karte senioriem.",
        "status": "draft",
        "partner": lodz.pk,
        "section": "4.4",
        "order": 0,
        "themes": [theme.pk],
        "description_lv": "<p>Apraksts.</p>",
        "image": SimpleUploadedFile("card.png", buffer.getvalue()),
        **NO_SOURCE_ROWS,
    }

    response = client.post(f"{ADMIN}/goodpractice/add/", data)

    assert response.status_code == 200
    assert "Describe the image for people who cannot see it." in parse(response).text
    assert not GoodPractice.objects.exists()

    buffer.seek(0)
    data["image"] = SimpleUploadedFile("card.png", buffer.getvalue())
    data["image_alt_lv"] = "Zila seniora karte"
    assert client.post(f"{ADMIN}/goodpractice/add/", data).status_code == 302
    practice = GoodPractice.objects.get()
    assert (practice.image_width, practice.image_height) == (40, 30)
    assert list(practice.themes.all()) == [theme]
