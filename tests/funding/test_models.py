"""Rules a single row can break are refused by the database itself, and by model validation."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from funding.models import Grant, Instalment, PreFinancing
from tests.factories import GrantFactory, InstalmentFactory, PreFinancingFactory

pytestmark = pytest.mark.django_db


def _refused_by_database(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_database_refuses_a_second_grant():
    grant = GrantFactory()
    _refused_by_database(
        lambda: Grant.objects.create(
            programme_lv="Cita",
            strand_lv="x",
            measure_lv="y",
            summary_lv="z",
            reference_number="OTHER",
            start_date=grant.start_date,
            end_date=grant.end_date,
            total=Decimal("1.00"),
        )
    )
    assert Grant.objects.count() == 1


def test_database_refuses_a_grant_that_is_not_the_singleton():
    _refused_by_database(
        lambda: GrantFactory.build(singleton=False).save()  # even the first one
    )


@pytest.mark.parametrize(
    "change",
    [
        {"total": Decimal("-1.00")},
        {"total": Decimal("0")},
        {"eu_share": Decimal("100.01")},
        {"eu_share": Decimal("0")},
        {"end_date": datetime.date(2018, 3, 1)},
    ],
)
def test_database_refuses_impossible_grant_figures(change):
    grant = GrantFactory()
    _refused_by_database(lambda: Grant.objects.filter(pk=grant.pk).update(**change))


@pytest.mark.parametrize("share", [Decimal("0"), Decimal("-10"), Decimal("100.01")])
def test_database_refuses_a_share_that_is_not_a_percentage(share):
    _refused_by_database(lambda: InstalmentFactory(share=share))


def test_database_refuses_two_instalments_in_the_same_place():
    grant = GrantFactory()
    InstalmentFactory(grant=grant, order=1, share=Decimal(40))
    _refused_by_database(lambda: InstalmentFactory(grant=grant, order=1, share=Decimal(60)))


def test_database_refuses_a_received_date_on_a_planned_payment():
    _refused_by_database(
        lambda: InstalmentFactory(status="planned", received_date=datetime.date(2018, 5, 2))
    )


def test_database_refuses_a_negative_pre_financing_amount():
    _refused_by_database(lambda: PreFinancingFactory(amount=Decimal("-30000")))


def test_grant_validation_names_the_second_grant_problem():
    GrantFactory()
    second = GrantFactory.build(singleton=True)
    second.pk = None
    with translation.override("en"), pytest.raises(ValidationError) as error:
        second.clean()
    with translation.override("en"):
        assert error.value.messages == ["The site has a grant already; edit that one."]


def test_grant_amount_is_the_eu_share_of_the_total_to_the_cent():
    grant = GrantFactory.build(total=Decimal("1000.01"), eu_share=Decimal("80"))
    assert grant.grant_amount == Decimal("800.01")


def _clean_errors(instance):
    """Validation messages in English (read while English is active: they are lazy)."""
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            instance.full_clean()
        return {
            field: [str(m) for m in messages]
            for field, messages in error.value.message_dict.items()
        }


def test_advance_received_before_the_project_starts_is_refused():
    instalment = InstalmentFactory.build(
        grant=GrantFactory(),
        status="received",
        received_date=datetime.date(2018, 2, 28),
    )
    assert _clean_errors(instalment)["received_date"] == [
        "This payment comes after the grant agreement is signed, so it can only arrive "
        "within the project period, 1 March 2018 – 1 February 2020."
    ]


def test_balance_received_before_the_project_ends_is_refused():
    instalment = InstalmentFactory.build(
        grant=GrantFactory(),
        condition="final",
        planned_date=datetime.date(2020, 1, 1),
        status="received",
        received_date=datetime.date(2019, 12, 20),
    )
    assert _clean_errors(instalment)["received_date"] == [
        "This payment comes after the project's implementation, so it can only arrive "
        "after the project ends on 1 February 2020."
    ]


def test_balance_planned_for_a_year_before_the_end_is_refused():
    instalment = InstalmentFactory.build(
        grant=GrantFactory(), condition="final", planned_date=datetime.date(2019, 1, 1)
    )
    assert "planned_date" in _clean_errors(instalment)


def test_received_dates_within_their_windows_are_accepted():
    grant = GrantFactory()
    advance = InstalmentFactory.build(
        grant=grant,
        order=1,
        share=Decimal(40),
        status="received",
        received_date=datetime.date(2018, 5, 2),
    )
    balance = InstalmentFactory.build(
        grant=grant,
        order=2,
        share=Decimal(60),
        condition="final",
        status="received",
        planned_date=datetime.date(2020, 1, 1),
        received_date=datetime.date(2020, 9, 1),
    )
    advance.full_clean()
    balance.full_clean()


def test_a_received_date_needs_the_received_status_and_cannot_be_in_the_future():
    grant = GrantFactory()
    planned = InstalmentFactory.build(grant=grant, received_date=datetime.date(2018, 5, 2))
    assert "status" in _clean_errors(planned)
    future = InstalmentFactory.build(
        grant=grant, status="received", received_date=datetime.date(2999, 1, 1)
    )
    assert _clean_errors(future)["received_date"] == ["A received date cannot lie in the future."]


def test_a_year_only_planned_date_is_kept_as_the_first_day_of_that_year():
    instalment = InstalmentFactory.build(
        grant=GrantFactory(), planned_date=datetime.date(2018, 7, 14), planned_precision="year"
    )
    instalment.full_clean()
    assert instalment.planned_date == datetime.date(2018, 1, 1)
    with translation.override("lv"):
        assert instalment.planned_display == "2018"


def test_pre_financing_year_must_belong_to_the_project():
    entry = PreFinancingFactory.build(grant=GrantFactory(), year=2017)
    assert _clean_errors(entry)["year"] == [
        "The year must lie between 2018 and 2021: the project's years or the year after, "
        "while the last payment was awaited."
    ]


def test_instalment_amounts_come_from_the_schedule_and_vanish_when_it_is_inconsistent():
    grant = GrantFactory()
    advance = InstalmentFactory(grant=grant, order=1, share=Decimal(40))
    balance = InstalmentFactory(grant=grant, order=2, share=Decimal(60))
    assert (advance.amount, balance.amount) == (Decimal("36000.00"), Decimal("54000.00"))
    Instalment.objects.filter(pk=balance.pk).update(share=Decimal(50))
    fresh = Instalment.objects.get(pk=advance.pk)
    assert fresh.amount is None
    assert PreFinancing.objects.count() == 0
