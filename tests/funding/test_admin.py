"""Editors keep the figures consistent: bad input is a clear form error, nothing is saved."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.utils import translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from funding.models import Grant, Instalment, PreFinancing
from tests.factories import GrantFactory, InstalmentFactory, PreFinancingFactory
from tests.html import parse


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", password="a-long-enough-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def grant(db):
    grant = GrantFactory()
    InstalmentFactory(grant=grant, order=1, name_lv="Avanss", name_en="Advance", share=Decimal(40))
    InstalmentFactory(
        grant=grant,
        order=2,
        name_lv="Atlikums",
        name_en="Balance",
        share=Decimal(60),
        condition="final",
        planned_date=datetime.date(2020, 1, 1),
    )
    PreFinancingFactory(grant=grant)
    return grant


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def change_url(grant, language="en"):
    return f"/{language}/admin/funding/grant/{grant.pk}/change/"


def snapshot():
    """Every stored value of the funding tables (read in one language: values() follows it)."""
    with translation.override("lv"):
        return (
            list(Grant.objects.values()),
            list(Instalment.objects.order_by("pk").values()),
            list(PreFinancing.objects.order_by("pk").values()),
        )


def form_data(grant, instalments=None, pre_financing=None, **changes):
    """The change form as the admin would post it, with ``changes`` applied."""
    data = {
        "programme_lv": grant.programme_lv,
        "programme_en": grant.programme_en,
        "strand_lv": grant.strand_lv,
        "strand_en": grant.strand_en,
        "measure_lv": grant.measure_lv,
        "measure_en": grant.measure_en,
        "reference_number": grant.reference_number,
        "summary_lv": grant.summary_lv,
        "summary_en": grant.summary_en,
        "start_date": grant.start_date.isoformat(),
        "end_date": grant.end_date.isoformat(),
        "total": str(grant.total),
        "eu_share": str(grant.eu_share),
    }
    if instalments is None:
        instalments = [
            {
                "id": i.pk,
                "order": i.order,
                "name_lv": i.name_lv,
                "name_en": i.name_en,
                "share": str(i.share),
                "condition": i.condition,
                "planned_date": i.planned_date.isoformat(),
                "planned_precision": i.planned_precision,
                "status": i.status,
                "received_date": i.received_date.isoformat() if i.received_date else "",
            }
            for i in grant.instalments.order_by("order")
        ]
    if pre_financing is None:
        pre_financing = [
            {
                "id": p.pk,
                "kind": p.kind,
                "year": p.year,
                "amount": str(p.amount),
                "source_lv": p.source_lv,
                "source_en": p.source_en,
                "purpose_lv": p.purpose_lv,
                "purpose_en": p.purpose_en,
            }
            for p in grant.pre_financing.all()
        ]
    for prefix, rows in [("instalments", instalments), ("pre_financing", pre_financing)]:
        data[f"{prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{prefix}-INITIAL_FORMS"] = sum(1 for row in rows if row.get("id"))
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
        for index, row in enumerate(rows):
            for key, value in row.items():
                data[f"{prefix}-{index}-{key}"] = "" if value is None else value
            if grant.pk:
                data[f"{prefix}-{index}-grant"] = grant.pk
    data.update(changes)
    return data


def with_rows(data, prefix, index, **values):
    data = dict(data)
    for key, value in values.items():
        data[f"{prefix}-{index}-{key}"] = value
    return data


def readonly_values(page, field):
    """Texts of the read-only values shown for ``field`` in the inline forms, in order."""
    values = []
    for element in page.elements:
        if "readonly" not in element.attrs.get("class", "").split():
            continue
        for ancestor in element.ancestors():
            marks = {c for c in ancestor.attrs.get("class", "").split() if c.startswith("field-")}
            if marks:
                if marks == {f"field-{field}"}:
                    values.append(element.text)
                break
    return values


def errors_of(response):
    """The error texts a editor sees on the returned form."""
    page = parse(response)
    return [node.text for node in page.by_class("errornote") + page.by_class("errorlist")]


def test_editor_changes_the_shares_and_the_page_follows(admin_client, grant):
    data = form_data(grant)
    data = with_rows(data, "instalments", 0, share="30")
    data = with_rows(data, "instalments", 1, share="70")
    response = admin_client.post(change_url(grant), data)
    assert response.status_code == 302
    assert list(grant.instalments.values_list("share", flat=True)) == [30, 70]
    page = parse(admin_client.get("/en/funding/"))
    amounts = [cell.text for cell in page.by_class("funding-table__number")]
    assert "€27,000" in amounts and "€63,000" in amounts


def test_shares_adding_up_to_90_are_refused_and_nothing_is_saved(admin_client, grant):
    before = snapshot()
    data = form_data(grant, programme_lv="Mainīts nosaukums")
    data = with_rows(data, "instalments", 1, share="50")
    response = admin_client.post(change_url(grant), data)
    assert response.status_code == 200
    assert (
        "The shares of the instalments add up to 90 %. They must add up to exactly 100 %; "
        "nothing has been saved." in errors_of(response)
    )
    assert snapshot() == before


def test_the_shares_error_speaks_latvian_in_the_latvian_admin(admin_client, grant):
    data = with_rows(form_data(grant), "instalments", 1, share="50")
    response = admin_client.post(change_url(grant, "lv"), data)
    assert (
        "Maksājumu daļu summa ir 90 %. Tai jābūt tieši 100 %; nekas netika saglabāts."
        in errors_of(response)
    )


@pytest.mark.parametrize(
    ("prefix", "field", "value", "message"),
    [
        (
            "pre_financing",
            "amount",
            "-30000",
            "Ensure this value is greater than or equal to 0.01.",
        ),
        ("instalments", "share", "-40", "Ensure this value is greater than or equal to 0.01."),
        ("instalments", "share", "140", "Ensure this value is less than or equal to 100."),
        ("instalments", "share", "forty", "Enter a number."),
        ("instalments", "share", "40.123", "Ensure that there are no more than 2 decimal places."),
        ("pre_financing", "amount", "thirty thousand", "Enter a number."),
        ("pre_financing", "year", "2019a", "Enter a whole number."),
        ("instalments", "planned_date", "next spring", "Enter a valid date."),
    ],
)
def test_bad_numbers_in_the_inlines_are_form_errors(
    admin_client, grant, prefix, field, value, message
):
    before = snapshot()
    data = with_rows(form_data(grant), prefix, 0, **{field: value})
    response = admin_client.post(change_url(grant), data)
    assert response.status_code == 200
    assert message in errors_of(response)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("total", "ninety thousand", "Enter a number."),
        ("total", "-90000", "Ensure this value is greater than or equal to 0.01."),
        ("eu_share", "101", "Ensure this value is less than or equal to 100."),
        ("end_date", "2018-01-01", "The project must end after it starts."),
    ],
)
def test_bad_grant_figures_are_form_errors(admin_client, grant, field, value, message):
    before = snapshot()
    response = admin_client.post(change_url(grant), form_data(grant, **{field: value}))
    assert response.status_code == 200
    assert message in errors_of(response)
    assert snapshot() == before


def test_a_second_grant_cannot_be_added(admin_client, grant):
    before = snapshot()
    changelist = parse(admin_client.get("/en/admin/funding/grant/"))
    assert not [
        link
        for link in changelist.find_all("a")
        if link.attrs.get("href", "").endswith("/funding/grant/add/")
    ]
    fresh = GrantFactory.build(reference_number="SECOND")
    fresh.pk = None
    response = admin_client.post(
        "/en/admin/funding/grant/add/", form_data(fresh, instalments=[], pre_financing=[])
    )
    assert response.status_code == 302
    assert response.headers["Location"] == change_url(grant)
    follow = admin_client.get(response.headers["Location"])
    messages = [m.text for m in parse(follow).find_all("li") if "error" in m.attrs.get("class", "")]
    assert messages == ["The site has a grant already and cannot have a second one. Edit this one."]
    assert snapshot() == before


def test_the_first_grant_is_added_with_its_schedule(admin_client, db):
    new = GrantFactory.build()
    new.pk = None
    instalments = [
        {
            "order": 1,
            "name_lv": "Avanss",
            "name_en": "Advance",
            "share": "40",
            "condition": "agreement",
            "planned_date": "2018-01-01",
            "planned_precision": "year",
            "status": "planned",
        },
        {
            "order": 2,
            "name_lv": "Atlikums",
            "name_en": "Balance",
            "share": "60",
            "condition": "final",
            "planned_date": "2020-06-01",
            "planned_precision": "month",
            "status": "planned",
        },
    ]
    response = admin_client.post(
        "/en/admin/funding/grant/add/", form_data(new, instalments=instalments, pre_financing=[])
    )
    assert response.status_code == 302
    grant = Grant.objects.get()
    assert [row.amount for row in grant.schedule.rows] == [Decimal("36000"), Decimal("54000")]


def test_a_payment_received_outside_its_window_is_refused(admin_client, grant):
    before = snapshot()
    data = with_rows(
        form_data(grant), "instalments", 1, status="received", received_date="2019-06-01"
    )
    response = admin_client.post(change_url(grant), data)
    assert response.status_code == 200
    assert (
        "This payment comes after the project's implementation, so it can only arrive after "
        "the project ends on 1 February 2020." in errors_of(response)
    )
    assert snapshot() == before


def test_two_instalments_with_the_same_order_are_refused(admin_client, grant):
    before = snapshot()
    data = with_rows(form_data(grant), "instalments", 1, order="1")
    response = admin_client.post(change_url(grant), data)
    assert response.status_code == 200
    assert errors_of(response)
    assert snapshot() == before


def test_deleting_a_row_needs_the_other_shares_to_make_100(admin_client, grant):
    data = with_rows(form_data(grant), "instalments", 1, DELETE="on")
    assert admin_client.post(change_url(grant), data).status_code == 200
    assert grant.instalments.count() == 2
    data = with_rows(data, "instalments", 0, share="100")
    assert admin_client.post(change_url(grant), data).status_code == 302
    assert list(grant.instalments.values_list("share", flat=True)) == [100]


def test_latvian_editors_may_type_a_decimal_comma(admin_client, grant):
    data = form_data(grant)
    data = with_rows(data, "instalments", 0, share="40,5")
    data = with_rows(data, "instalments", 1, share="59,5")
    assert admin_client.post(change_url(grant, "lv"), data).status_code == 302
    assert list(grant.instalments.values_list("share", flat=True)) == [
        Decimal("40.5"),
        Decimal("59.5"),
    ]


def test_change_form_shows_the_calculated_amount_beside_each_share(admin_client, grant):
    page = parse(admin_client.get(change_url(grant, "lv")))
    assert readonly_values(page, "computed_amount")[:2] == ["36 000,00 €", "54 000,00 €"]
    assert page.find("input", name="instalments-0-share") is not None
    assert page.find("input", name="instalments-0-amount") is None  # never typed
    contribution = page.by_class("field-grant_amount_display")[0].text
    assert "90 000,00 €" in contribution


def test_translation_status_covers_the_grant_and_its_parts(admin_client, grant):
    def status_in_list():
        page = parse(admin_client.get("/en/admin/funding/grant/"))
        return [span.text for span in page.by_class("translation-status")]

    assert status_in_list() == ["LV ✓", "EN ✓"]
    Instalment.objects.filter(order=2).update(name_en="")
    assert status_in_list() == ["LV ✓", "EN ✗"]
    page = parse(admin_client.get(change_url(grant)))
    assert readonly_values(page, "translations")[:2] == ["LV ✓ EN ✓", "LV ✓ EN ✗"]


def test_editors_cannot_delete_the_grant(admin_client, grant):
    response = admin_client.get(f"/en/admin/funding/grant/{grant.pk}/delete/")
    assert response.status_code == 403
    assert Grant.objects.count() == 1


def test_editors_group_may_edit_funding(db):
    permissions = set(
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__app_label="funding")
        .values_list("codename", flat=True)
    )
    assert {"add_grant", "change_grant", "change_instalment", "delete_instalment"} <= permissions
    assert "delete_grant" not in permissions


@pytest.fixture
def admin_formset(rf, db):
    """The admin's own instalment form set class, as an editor's change page builds it."""
    from django.contrib import admin as django_admin

    from funding.admin import InstalmentInline

    grant = GrantFactory()
    request = rf.get("/en/admin/")
    request.user = User.objects.create_superuser("root", password="a-long-enough-password")
    inline = InstalmentInline(Grant, django_admin.site)
    return grant, inline.get_formset(request, grant)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(shares=st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=6))
@example(shares=[4000, 6000])  # hundredths of a percent: 40 % + 60 % is accepted
@example(shares=[4000, 5000])  # 40 % + 50 % is not
def test_admin_refuses_every_schedule_not_adding_up_to_100(admin_formset, shares):
    grant, formset_class = admin_formset
    shares = [Decimal(share) / 100 for share in shares]
    data = {
        "instalments-TOTAL_FORMS": len(shares),
        "instalments-INITIAL_FORMS": 0,
        "instalments-MIN_NUM_FORMS": 0,
        "instalments-MAX_NUM_FORMS": 1000,
    }
    for index, share in enumerate(shares):
        data.update(
            {
                f"instalments-{index}-order": index + 1,
                f"instalments-{index}-name_lv": f"Maksājums {index + 1}",
                f"instalments-{index}-share": str(share),
                f"instalments-{index}-condition": "agreement",
                f"instalments-{index}-planned_date": "2018-06-01",
                f"instalments-{index}-planned_precision": "year",
                f"instalments-{index}-status": "planned",
            }
        )
    formset = formset_class(data, instance=grant, prefix="instalments")
    assert formset.is_valid() == (sum(shares) == 100)
    if sum(shares) != 100:
        with translation.override("en"):
            assert "They must add up to exactly 100 %" in formset.non_form_errors()[0]
    assert not Instalment.objects.exists()


def test_moving_the_project_start_rechecks_the_instalments(admin_client, grant):
    before = snapshot()
    response = admin_client.post(change_url(grant), form_data(grant, start_date="2019-01-01"))
    assert response.status_code == 200
    assert (
        "This payment comes after the grant agreement is signed, so it can only arrive within "
        "the project period, 1 January 2019 – 1 February 2020." in errors_of(response)
    )
    assert snapshot() == before
