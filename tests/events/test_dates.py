from datetime import date

import pytest
from django.utils import translation

from events.dates import format_date_range, format_day


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("en", date(2018, 5, 23), date(2018, 5, 24), "23–24 May 2018"),
        ("lv", date(2018, 5, 23), date(2018, 5, 24), "2018. gada 23.–24. maijs"),
        ("en", date(2018, 10, 9), date(2018, 10, 11), "9–11 October 2018"),
        ("lv", date(2018, 10, 9), date(2018, 10, 11), "2018. gada 9.–11. oktobris"),
        ("en", date(2019, 5, 30), date(2019, 6, 1), "30 May – 1 June 2019"),
        ("lv", date(2019, 5, 30), date(2019, 6, 1), "2019. gada 30. maijs – 1. jūnijs"),
        ("en", date(2019, 12, 30), date(2020, 1, 2), "30 December 2019 – 2 January 2020"),
        (
            "lv",
            date(2019, 12, 30),
            date(2020, 1, 2),
            "2019. gada 30. decembris – 2020. gada 2. janvāris",
        ),
        ("en", date(2019, 11, 15), date(2019, 11, 15), "15 November 2019"),
        ("lv", date(2019, 11, 15), date(2019, 11, 15), "2019. gada 15. novembris"),
    ],
)
def test_date_range_reads_naturally_in_each_language(language, start, end, expected):
    with translation.override(language):
        assert format_date_range(start, end) == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "Tuesday, 28 May"), ("lv", "otrdiena, 28. maijs")]
)
def test_programme_day_names_the_weekday_and_date(language, expected):
    with translation.override(language):
        assert format_day(date(2019, 5, 28)) == expected
