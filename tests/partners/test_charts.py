"""The chart geometry: round ticks, points where the values are, labels that do not collide."""

import itertools
from types import SimpleNamespace

import pytest
from django.template.defaultfilters import floatformat
from django.utils import translation

from partners import charts


def figures(*pairs, estimate_years=()):
    return [
        SimpleNamespace(year=year, value=value, is_estimate=year in estimate_years)
        for year, value in pairs
    ]


def test_nice_range_covers_the_values_with_round_ticks():
    low, high, ticks = charts.nice_range(77_799, 107_269, max_ticks=5)
    assert (low, high) == (70_000, 110_000)
    assert ticks == [70_000, 80_000, 90_000, 100_000, 110_000]


def test_year_ticks_start_and_end_on_data_years_with_round_years_between():
    assert charts.year_ticks(2005, 2024, max_ticks=5) == [2005, 2010, 2015, 2020, 2024]
    assert charts.year_ticks(2010, 2010, max_ticks=5) == [2010]


def test_year_ticks_leave_out_round_years_too_close_to_the_ends():
    assert charts.year_ticks(2005, 2024, max_ticks=5, min_gap=5) == [2005, 2010, 2015, 2024]


def test_population_chart_places_points_on_the_scale():
    chart = charts.population_chart(figures((2000, 100), (2010, 200), (2020, 150)))
    points = chart.series[0].points
    assert [p.year for p in points] == [2000, 2010, 2020]
    # Years run left to right in equal steps; larger values are higher (smaller y).
    assert points[0].x < points[1].x < points[2].x
    assert points[1].x - points[0].x == pytest.approx(points[2].x - points[1].x)
    assert points[1].y < points[2].y < points[0].y
    assert all(chart.left <= p.x <= chart.right for p in points)
    assert all(chart.top <= p.y <= chart.bottom for p in points)


def test_population_chart_axis_keeps_small_changes_small():
    chart = charts.population_chart(figures((2001, 702_090), (2003, 696_143)))
    first, last = chart.series[0].points
    plot_height = chart.bottom - chart.top
    assert last.y - first.y == pytest.approx(plot_height * 5_947 / 80_000, rel=0.3)


def test_estimates_are_marked_in_their_labels():
    with translation.override("en"):
        chart = charts.population_chart(
            figures((2020, 1_908_000), (2021, 1_893_000), estimate_years=[2021])
        )
    assert [p.label for p in chart.series[0].points] == ["1,908,000", "≈1,893,000"]
    assert chart.has_estimates


def test_value_labels_never_overlap():
    chart = charts.population_chart(
        figures(*[(year, 90_000 - 500 * i) for i, year in enumerate(range(2010, 2025))]),
        width=340,
    )
    shown = [p for p in chart.series[0].points if p.show_label]
    assert len(shown) >= 2
    boxes = []
    for point in shown:
        width = charts.text_width(point.label)
        left = {"start": point.label_x, "end": point.label_x - width}.get(
            point.label_anchor, point.label_x - width / 2
        )
        boxes.append((left, left + width, point.label_y))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a[2] == b[2]:
                assert a[1] <= b[0] or b[1] <= a[0]


@pytest.mark.parametrize("width", [340, 640])
def test_value_labels_sit_clear_of_the_line_where_it_falls_steeply(width):
    # Daugavpils: a long fall, then small steps down; the labels used to sit on the line.
    series = [(2005, 107_269), (2014, 87_403), (2015, 86_435), (2016, 85_858), (2017, 84_592)]
    series += [(2018, 83_250), (2022, 80_627), (2023, 78_850), (2024, 77_799)]
    chart = charts.population_chart(figures(*series), width=width)
    points = chart.series[0].points
    line = list(itertools.pairwise((p.x, p.y) for p in points))

    crossed = []
    for point in points:
        if not point.show_label:
            continue
        width_px = charts.text_width(point.label, bold=True)
        left = {"start": point.x - 4, "end": point.x + 4 - width_px}.get(
            point.label_anchor, point.x - width_px / 2
        )
        box = (left, point.label_y - chart.font_size + 2, left + width_px, point.label_y + 2)
        if any(charts._segment_crosses_box(a, b, box) for a, b in line):
            crossed.append(point.label)

    assert crossed == []
    assert sum(p.show_label for p in points) >= 5


def test_comparison_chart_labels_each_line_at_its_end_without_overlap():
    with translation.override("en"):
        chart = charts.comparison_chart(
            [
                ("A", [(2000, 0.0, False), (2010, -10.0, False)]),
                ("B", [(2005, 0.0, False), (2010, -10.2, False)]),
                ("C", [(2001, 0.0, False), (2009, 5.0, True)]),
            ]
        )
    assert [s.end_label for s in chart.series] == ["A −10.0%", "B −10.2%", "C +5.0%"]
    ys = sorted(s.end_label_y for s in chart.series)
    assert all(b - a >= charts.FONT_SIZE for a, b in itertools.pairwise(ys))
    assert chart.series[2].points[-1].is_estimate
    assert any(tick.is_zero for tick in chart.y_ticks)


@pytest.mark.parametrize(
    "value", [0, 5, -5, 2.25, 0.05, -0.05, -0.04, 66.05, 123.45, 99.95, 1e-7, 12.349999, 640]
)
@pytest.mark.parametrize("places", [1, 2])
def test_svg_numbers_round_as_the_floatformat_filter_did(value, places):
    assert charts.svg_number(value, places) == floatformat(value, f"{places}u")
