"""Instalment amounts follow from shares, add up to the grant to the cent, and 100 % is a must."""

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from funding.schedule import CENT, allocate, build_schedule, shares_add_up

# Totals up to ten million euros, in cents; shares in hundredths of a percent.
totals = st.integers(min_value=1, max_value=10**9).map(lambda cents: Decimal(cents) / 100)
share_values = st.integers(min_value=1, max_value=10_000).map(lambda bp: Decimal(bp) / 100)


@st.composite
def shares_adding_to_100(draw):
    """1–12 shares, each at least 0.01 %, adding up to exactly 100.00 %."""
    count = draw(st.integers(min_value=1, max_value=12))
    cuts = draw(
        st.lists(
            st.integers(min_value=1, max_value=9_999),
            min_size=count - 1,
            max_size=count - 1,
            unique=True,
        )
    )
    points = [0, *sorted(cuts), 10_000]
    return [Decimal(b - a) / 100 for a, b in itertools.pairwise(points)]


class Share:
    def __init__(self, share, pk):
        self.share = share
        self.pk = pk


@given(total=totals, shares=shares_adding_to_100())
def test_amounts_add_up_to_the_total_to_the_cent(total, shares):
    amounts = allocate(total, shares)
    assert sum(amounts) == total
    for amount, share in zip(amounts, shares, strict=True):
        assert amount == amount.quantize(CENT)  # two places, nothing finer
        assert amount >= 0
        # Rounding on running totals: never a cent or more away from the exact share.
        assert abs(amount - total * share / 100) < CENT


@given(total=totals, shares=st.lists(share_values, min_size=1, max_size=12))
def test_shares_not_adding_up_to_100_are_always_refused(total, shares):
    if sum(shares) == 100:
        return  # that schedule is a valid one, covered above
    assert not shares_add_up(shares)
    schedule = build_schedule(total, [Share(share, pk) for pk, share in enumerate(shares)])
    assert not schedule.is_consistent
    assert schedule.rows == []
    with pytest.raises(ValueError, match="not 100 %"):
        allocate(total, shares)


def test_two_instalments_first_rounded_half_up_and_last_takes_the_remainder():
    assert allocate(Decimal("0.05"), [Decimal(50), Decimal(50)]) == [
        Decimal("0.03"),
        Decimal("0.02"),
    ]
    assert allocate(Decimal("100.00"), [Decimal("33.33"), Decimal("66.67")]) == [
        Decimal("33.33"),
        Decimal("66.67"),
    ]


def test_three_equal_thirds_put_the_remainder_cent_on_running_totals():
    shares = [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert allocate(Decimal("100.01"), shares) == [
        Decimal("33.33"),
        Decimal("33.34"),
        Decimal("33.34"),
    ]


def test_decode_schedule_is_forty_and_sixty_percent_of_ninety_thousand():
    assert allocate(Decimal("90000.00"), [Decimal(40), Decimal(60)]) == [
        Decimal("36000.00"),
        Decimal("54000.00"),
    ]


def test_an_empty_schedule_is_neither_consistent_nor_an_error():
    schedule = build_schedule(Decimal("90000"), [])
    assert schedule.is_empty
    assert not schedule.is_consistent
    assert schedule.rows == []
