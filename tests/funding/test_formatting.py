"""Money, percentages and dates as each language writes them; money is never a float."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from funding.formatting import (
    format_date_range,
    format_day,
    format_money,
    format_percent,
    format_when,
    period_bounds,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("lv", Decimal("36000"), f"36{NBSP}000{NBSP}€"),
        ("en", Decimal("36000"), "€36,000"),
        ("lv", Decimal("90000.00"), f"90{NBSP}000{NBSP}€"),
        ("en", Decimal("1234567.5"), "€1,234,567.50"),
        ("lv", Decimal("1234567.5"), f"1{NBSP}234{NBSP}567,50{NBSP}€"),
        ("lv", Decimal("999"), f"999{NBSP}€"),
        ("en", Decimal("0.01"), "€0.01"),
        ("en", 30000, "€30,000"),
        ("en", Decimal("-5"), "−€5"),
    ],
)
def test_money_is_written_as_the_language_writes_it(language, amount, expected):
    with translation.override(language):
        assert format_money(amount) == expected


def test_money_can_keep_cents_for_a_column_of_amounts():
    with translation.override("en"):
        assert format_money(Decimal("36000"), cents=True) == "€36,000.00"
    with translation.override("lv"):
        assert format_money(Decimal("36000"), cents=True) == f"36{NBSP}000,00{NBSP}€"


@pytest.mark.parametrize("value", [36000.0, 0.1, True, "36000"])
def test_money_refuses_floats_and_anything_but_decimals(value):
    with pytest.raises(TypeError):
        format_money(value)


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("lv", Decimal("40.00"), f"40{NBSP}%"),
        ("en", Decimal("40.00"), f"40{NBSP}%"),
        ("lv", Decimal("33.33"), f"33,33{NBSP}%"),
        ("en", Decimal("12.50"), f"12.5{NBSP}%"),
        ("en", Decimal("100"), f"100{NBSP}%"),
    ],
)
def test_percentages_show_the_decimals_they_need(language, value, expected):
    with translation.override(language):
        assert format_percent(value) == expected


def test_days_and_periods_in_each_language():
    start, end = datetime.date(2018, 3, 1), datetime.date(2020, 2, 1)
    with translation.override("lv"):
        assert format_day(start) == "01.03.2018"
        assert format_date_range(start, end) == "01.03.2018–01.02.2020"
    with translation.override("en"):
        assert format_day(start) == "1 March 2018"
        assert format_date_range(start, end) == "1 March 2018 – 1 February 2020"


def test_dates_known_to_a_month_or_a_year_say_no_more_than_that():
    day = datetime.date(2019, 3, 1)
    with translation.override("lv"):
        assert format_when(day, "year") == "2019"
        assert format_when(day, "month") == "2019. gada marts"
    with translation.override("en"):
        assert format_when(day, "month") == "March 2019"
        assert format_when(day, "day") == "1 March 2019"
    assert period_bounds(datetime.date(2020, 2, 10), "month") == (
        datetime.date(2020, 2, 1),
        datetime.date(2020, 2, 29),
    )
    assert period_bounds(day, "year") == (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))


def test_template_filters_render_money_and_dates():
    template = Template(
        "{% load funding_format %}{{ amount|money }}|{{ amount|money:True }}|{{ share|percent }}"
        "|{% date_range start end %}"
    )
    context = Context(
        {
            "amount": Decimal("54000"),
            "share": Decimal("60.00"),
            "start": datetime.date(2018, 3, 1),
            "end": datetime.date(2020, 2, 1),
        }
    )
    with translation.override("en"):
        assert template.render(context) == (
            "€54,000|€54,000.00|60\u00a0%|"
            '<time datetime="2018-03-01">1 March 2018</time> – '
            '<time datetime="2020-02-01">1 February 2020</time>'
        )
    with translation.override("lv"):
        assert template.render(context).startswith(f"54{NBSP}000{NBSP}€|")
