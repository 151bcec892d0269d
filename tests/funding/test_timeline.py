"""The timeline's geometry: each payment where its plan or receipt puts it, years along the axis."""

import datetime
from decimal import Decimal

import pytest

from funding.models import Grant
from funding.timeline import NARROW, WIDE, build_timeline
from tests.factories import GrantFactory, InstalmentFactory, PreFinancingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def grant():
    grant = GrantFactory()
    InstalmentFactory(grant=grant, order=1, share=Decimal(40))
    InstalmentFactory(
        grant=grant,
        order=2,
        share=Decimal(60),
        condition="final",
        planned_date=datetime.date(2020, 1, 1),
    )
    PreFinancingFactory(grant=grant, year=2019)
    return Grant.objects.with_schedule().current()


def timeline_of(grant):
    return build_timeline(grant, grant.schedule, grant.pre_financing.all())


def test_rows_follow_the_money(grant):
    rows = timeline_of(grant).rows
    assert [(row.kind, row.first, row.last) for row in rows] == [
        ("period", datetime.date(2018, 3, 1), datetime.date(2020, 2, 1)),
        # planned for 2018, but not before the project starts
        ("instalment", datetime.date(2018, 3, 1), datetime.date(2018, 12, 31)),
        # planned for 2020, but only after the final report, so after the project ends
        ("instalment", datetime.date(2020, 2, 2), datetime.date(2020, 12, 31)),
        ("gap", datetime.date(2019, 1, 1), datetime.date(2020, 2, 1)),
        ("prefinancing", datetime.date(2019, 1, 1), datetime.date(2019, 12, 31)),
    ]
    assert [row.amount for row in rows if row.kind == "instalment"] == [
        Decimal("36000.00"),
        Decimal("54000.00"),
    ]


def test_a_received_payment_is_a_mark_on_its_day(grant):
    grant.instalments.filter(order=1).update(
        status="received", received_date=datetime.date(2018, 5, 14)
    )
    grant = Grant.objects.with_schedule().current()
    advance = timeline_of(grant).rows[1]
    assert (advance.style, advance.first, advance.last) == (
        "received",
        datetime.date(2018, 5, 14),
        datetime.date(2018, 5, 14),
    )
    wide = timeline_of(grant).layouts[0].rows[1]
    assert float(wide.bar_width) == 6


def test_layouts_share_the_rows_and_span_whole_years(grant):
    timeline = timeline_of(grant)
    wide, narrow = timeline.layouts
    assert (wide.width, narrow.width) == (WIDE.width, NARROW.width)
    assert [tick.label for tick in wide.ticks] == ["2018", "2019", "2020"]
    assert float(wide.ticks[0].x) == WIDE.margin
    for layout in timeline.layouts:
        assert len(layout.rows) == len(timeline.rows)
        for row in layout.rows:
            assert layout.margin <= float(row.bar_x)
            assert float(row.bar_x) + float(row.bar_width) <= layout.width - layout.margin + 0.1
        captions = [float(row.caption_y) for row in layout.rows]
        assert captions == sorted(captions)  # one row under the other, no overlap


def test_no_payment_rows_while_the_schedule_is_inconsistent(grant):
    grant.instalments.filter(order=2).update(share=Decimal(50))
    grant = Grant.objects.with_schedule().current()
    kinds = [row.kind for row in timeline_of(grant).rows]
    assert kinds == ["period", "prefinancing"]
