"""Days, periods, numbers, percentages and money as each language writes them, everywhere."""

import datetime
from datetime import date
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from common.formatting import (
    format_date,
    format_date_range,
    format_money,
    format_number,
    format_percent,
    format_signed_percent,
    format_weekday,
    format_when,
    period_bounds,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(("language", "expected"), [("lv", f"83{NBSP}250"), ("en", "83,250")])
def test_numbers_use_the_thousands_separator_of_the_language(language, expected):
    with translation.override(language):
        assert format_number(83_250) == expected


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


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("en", -22.44, "−22.4%"),
        ("en", 3.06, "+3.1%"),
        ("en", 0, "0.0%"),
        ("lv", -22.44, f"−22,4{NBSP}%"),
    ],
)
def test_percent_change_has_sign_and_the_language_format(language, value, expected):
    with translation.override(language):
        assert format_signed_percent(value) == expected


def test_a_percent_change_is_written_in_each_language_of_the_page_that_asks():
    with translation.override("lv"):
        assert format_signed_percent(-3.06) == f"−3,1{NBSP}%"
    with translation.override("en"):
        assert format_signed_percent(-3.06) == "−3.1%"


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        # The glossary's forms of a period.
        ("lv", date(2018, 3, 1), date(2020, 2, 1), "01.03.2018.–01.02.2020."),
        ("en", date(2018, 3, 1), date(2020, 2, 1), "1 March 2018 – 1 February 2020"),
        # English leaves out what the last day repeats; Latvian writes both days in full.
        ("en", date(2018, 5, 23), date(2018, 5, 24), "23–24 May 2018"),
        ("lv", date(2018, 5, 23), date(2018, 5, 24), "23.05.2018.–24.05.2018."),
        ("en", date(2018, 10, 9), date(2018, 10, 11), "9–11 October 2018"),
        ("lv", date(2018, 10, 9), date(2018, 10, 11), "09.10.2018.–11.10.2018."),
        ("en", date(2019, 5, 30), date(2019, 6, 1), "30 May – 1 June 2019"),
        ("lv", date(2019, 5, 30), date(2019, 6, 1), "30.05.2019.–01.06.2019."),
        ("en", date(2019, 12, 30), date(2020, 1, 2), "30 December 2019 – 2 January 2020"),
        ("lv", date(2019, 12, 30), date(2020, 1, 2), "30.12.2019.–02.01.2020."),
        # One day is written as a day.
        ("en", date(2019, 11, 15), date(2019, 11, 15), "15 November 2019"),
        ("lv", date(2019, 11, 15), date(2019, 11, 15), "2019. gada 15. novembris"),
        ("en", date(2019, 11, 15), None, "15 November 2019"),
    ],
)
def test_a_period_is_written_in_the_one_form_of_each_language(language, start, end, expected):
    with translation.override(language):
        assert format_date_range(start, end) == expected


def test_a_day_is_written_as_the_date_filter_writes_it():
    template = Template("{{ day|date }}")
    for language, expected in [("lv", "2018. gada 1. marts"), ("en", "1 March 2018")]:
        with translation.override(language):
            assert format_date(date(2018, 3, 1)) == expected
            assert template.render(Context({"day": date(2018, 3, 1)})) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tuesday, 28 May"),
        ("lv", "otrdiena, 28. maijs"),
        # The month in the form a day needs, names in the language's case.
        ("lt", "antradienis, gegužės 28 d."),
        ("pl", "wtorek, 28 maja"),
        ("de", "Dienstag, 28. Mai"),
        ("it", "martedì 28 maggio"),
        ("da", "tirsdag den 28. maj"),
        ("ro", "marți, 28 mai"),
        ("es", "martes, 28 de mayo"),
    ],
)
def test_programme_day_names_the_weekday_and_date(language, expected):
    with translation.override(language):
        assert format_weekday(date(2019, 5, 28)) == expected


@pytest.mark.parametrize(
    ("language", "day", "month", "period"),
    [
        ("it", "23 maggio 2018", "maggio 2019", "30 maggio – 1 giugno 2019"),
        ("ro", "23 mai 2018", "mai 2019", "30 mai – 1 iunie 2019"),
        ("pl", "23 maja 2018", "maj 2019", "30 maja 2019 – 1 czerwca 2019"),
        ("de", "23. Mai 2018", "Mai 2019", "30. Mai – 1. Juni 2019"),
    ],
)
def test_partner_languages_write_month_names_in_their_own_case(language, day, month, period):
    template = Template("{% load formatting %}{{ day|day }}|{{ start|month }}")
    with translation.override(language):
        assert format_date(date(2018, 5, 23)) == day
        assert format_date_range(date(2019, 5, 30), date(2019, 6, 1)) == period
        rendered = template.render(Context({"day": date(2018, 5, 23), "start": date(2019, 5, 1)}))
        assert rendered == f"{day}|{month}"


def test_dates_known_to_a_month_or_a_year_say_no_more_than_that():
    day = datetime.date(2019, 3, 1)
    with translation.override("lv"):
        assert format_when(day, "year") == "2019"
        assert format_when(day, "month") == "2019. gada marts"
        assert format_when(day, "day") == "2019. gada 1. marts"
    with translation.override("en"):
        assert format_when(day, "month") == "March 2019"
        assert format_when(day, "day") == "1 March 2019"
    assert period_bounds(datetime.date(2020, 2, 10), "month") == (
        datetime.date(2020, 2, 1),
        datetime.date(2020, 2, 29),
    )
    assert period_bounds(day, "year") == (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))


def test_template_library_writes_what_the_module_writes():
    template = Template(
        "{% load formatting %}{{ amount|money }}|{{ amount|money:True }}|{{ share|percent }}"
        "|{{ count|number }}|{{ start|day }}|{% date_range start end %}"
        "|{% programme_day start %}|{{ missing|money }}{{ missing|number }}{{ missing|day }}"
    )
    context = Context(
        {
            "amount": Decimal("54000"),
            "share": Decimal("60.00"),
            "count": 83_250,
            "start": datetime.date(2018, 3, 1),
            "end": datetime.date(2020, 2, 1),
            "missing": None,
        }
    )
    with translation.override("en"):
        assert template.render(context) == (
            f"€54,000|€54,000.00|60{NBSP}%|83,250|1 March 2018"
            "|1 March 2018 – 1 February 2020|Thursday, 1 March|"
        )
    with translation.override("lv"):
        assert template.render(context) == (
            f"54{NBSP}000{NBSP}€|54{NBSP}000,00{NBSP}€|60{NBSP}%|83{NBSP}250|2018. gada 1. marts"
            "|01.03.2018.–01.02.2020.|ceturtdiena, 1. marts|"
        )


@pytest.mark.parametrize(
    ("language", "expected"), [("lt", "379\xa0706"), ("pl", "379\xa0706"), ("de", "379.706")]
)
def test_partner_languages_group_thousands_as_they_write_them(language, expected):
    with translation.override(language):
        assert format_number(379_706) == expected
