"""Geometry for the server-rendered SVG line charts: scales, ticks, points and label places.

This module works out where things go, in SVG user units, writes the numbers as the site does
everywhere (common.formatting), and writes the marks a chart repeats (grid lines,
ticks, points, value and end labels) as SVG elements. The templates
(templates/partners/includes/*_chart.svg.html) draw the rest: the frame, the title and
description in the visitor's language, and the series' lines. Writing the repeated marks here
keeps a chart from costing hundreds of template variables and filters per page. Standard library
and Django's number formatting only: no chart library, no JavaScript.
"""

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

from common.formatting import format_number, format_signed_percent

FONT_SIZE = 12
# Average advance of a digit or letter of the site's sans-serif font, as a share of its size.
CHAR_WIDTH = 0.62
LABEL_GAP = 8  # between a point and its value label
# Line colours for several series on one chart: each has at least 4.5:1 contrast on white and
# they stay apart for the common colour-vision deficiencies; every line is also labelled.
PALETTE = [
    "#0b4f6c",
    "#b3400e",
    "#1d7237",
    "#7a2f8f",
    "#7c6100",
    "#b0215f",
    "#44505c",
    "#1560bd",
]


AXIS_COLOUR = "#4a5460"
GRID_COLOUR = "#d5dce2"
_PLACES = {1: Decimal("0.1"), 2: Decimal("0.01")}


def svg_number(value, places=1):
    """``value`` rounded half up to ``places`` decimals, with a point and no grouping.

    The same digits as the template filter ``floatformat:"1u"`` (or ``"2u"``), at a sixth of
    its cost: a chart writes a few hundred of them.
    """
    rounded = Decimal(str(value)).quantize(_PLACES[places], ROUND_HALF_UP)
    return f"{rounded:f}" if rounded else f"{abs(rounded):f}"


def text_width(text, size=FONT_SIZE, bold=False):
    return len(text) * size * (CHAR_WIDTH + (0.06 if bold else 0))


@dataclass
class Tick:
    position: float
    label: str
    is_zero: bool = False


@dataclass
class Point:
    x: float
    y: float
    year: int
    value: float
    label: str
    is_estimate: bool = False
    title: str = ""
    label_x: float = 0.0
    label_y: float = 0.0
    label_anchor: str = "middle"
    show_label: bool = True
    # The first point after a series break: another source, not joined to the points before.
    starts_segment: bool = False


@dataclass
class Series:
    name: str
    points: list
    colour: str = PALETTE[0]
    end_label: str = ""
    end_label_y: float = 0.0

    @property
    def leader_y(self):
        """Where the dotted line from the last point meets the middle of the end label."""
        return self.end_label_y - FONT_SIZE / 3

    @property
    def path(self):
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)

    @property
    def paths(self):
        """One polyline's points per run of figures from one source: a break is not bridged."""
        runs = []
        for point in self.points:
            if not runs or point.starts_segment:
                runs.append([])
            runs[-1].append(f"{point.x:.1f},{point.y:.1f}")
        return [" ".join(run) for run in runs]

    @property
    def breaks(self):
        """(x, point before, point after) of each series break, x half-way between them."""
        return [
            ((before.x + after.x) / 2, before, after)
            for before, after in pairwise(self.points)
            if after.starts_segment
        ]

    @property
    def last(self):
        return self.points[-1]


@dataclass
class Chart:
    width: int
    height: int
    left: float
    top: float
    right: float
    bottom: float
    x_ticks: list = field(default_factory=list)
    y_ticks: list = field(default_factory=list)
    series: list = field(default_factory=list)
    end_label_x: float = 0.0
    font_size: int = FONT_SIZE

    @property
    def viewbox(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def tick_bottom(self):
        return self.bottom + 5

    @property
    def x_axis_label_y(self):
        return self.bottom + self.font_size + 8

    @property
    def y_axis_label_x(self):
        return self.left - 8

    @property
    def has_estimates(self):
        return any(p.is_estimate for s in self.series for p in s.points)

    @property
    def leader_end_x(self):
        return self.end_label_x - 4

    @property
    def grid_markup(self):
        """The horizontal grid lines with their value labels (the zero line darker)."""
        left, right = svg_number(self.left), svg_number(self.right)
        label_x = svg_number(self.y_axis_label_x)
        marks = []
        for tick in self.y_ticks:
            y = svg_number(tick.position)
            colour = AXIS_COLOUR if tick.is_zero else GRID_COLOUR
            marks.append(
                f'\n    <line x1="{left}" x2="{right}" y1="{y}" y2="{y}" stroke="{colour}" '
                f'stroke-width="1"/>\n    <text class="chart__tick chart__tick--y" x="{label_x}" '
                f'y="{y}" dy="0.32em" text-anchor="end">{escape(tick.label)}</text>\n    '
            )
        return mark_safe(f'<g class="chart__grid">\n    {"".join(marks)}\n  </g>')

    @property
    def axis_markup(self):
        """The year axis: its line, a tick and a label for each year shown."""
        left, right = svg_number(self.left), svg_number(self.right)
        bottom, tick_bottom = svg_number(self.bottom), svg_number(self.tick_bottom)
        label_y = svg_number(self.x_axis_label_y)
        marks = []
        for tick in self.x_ticks:
            x = svg_number(tick.position)
            marks.append(
                f'\n    <line x1="{x}" x2="{x}" y1="{bottom}" y2="{tick_bottom}" '
                f'stroke="{AXIS_COLOUR}" stroke-width="1"/>\n    <text class="chart__tick '
                f'chart__tick--x" x="{x}" y="{label_y}" text-anchor="middle">'
                f"{escape(tick.label)}</text>\n    "
            )
        return mark_safe(
            f'<g class="chart__axis">\n    <line x1="{left}" x2="{right}" y1="{bottom}" '
            f'y2="{bottom}" stroke="{AXIS_COLOUR}" stroke-width="1"/>\n    '
            f"{''.join(marks)}\n  </g>"
        )


@dataclass
class PopulationChart(Chart):
    """One series of population counts: filled points (hollow for estimates), value labels."""

    @property
    def series_markup(self):
        return mark_safe(
            "".join(_population_series_markup(line, self.top, self.bottom) for line in self.series)
        )

    @property
    def has_breaks(self):
        return any(line.breaks for line in self.series)


def _break_markup(line, top, bottom):
    """A dashed vertical line with its label where one source's figures end and another's begin."""
    marks = []
    for x, before, after in line.breaks:
        title = pgettext(
            "chart", "Series break between %(first)s and %(second)s: another source"
        ) % {
            "first": before.year,
            "second": after.year,
        }
        marks.append(
            f'\n  <g class="chart__break" data-after="{after.year}"><line x1="{svg_number(x)}" '
            f'x2="{svg_number(x)}" y1="{svg_number(top)}" y2="{svg_number(bottom)}" '
            f'stroke="{AXIS_COLOUR}" stroke-width="1" stroke-dasharray="4 3"/>'
            f"<title>{escape(title)}</title></g>"
        )
    return "".join(marks)


def _polylines(line, width):
    return "".join(
        f'\n  <polyline class="chart__line" points="{path}" fill="none" stroke="{line.colour}" '
        f'stroke-width="{width}" stroke-linejoin="round"/>'
        for path in line.paths
    )


def _population_series_markup(line, top=0, bottom=0):
    points, values = [], []
    colour = line.colour
    for point in line.points:
        x, y, year = svg_number(point.x), svg_number(point.y), point.year
        if point.is_estimate:
            kind, fill = "chart__point chart__point--estimate", "#fff"
        else:
            kind, fill = "chart__point", colour
        points.append(
            f'\n    <circle class="{kind}" cx="{x}" cy="{y}" r="4.5" fill="{fill}" '
            f'stroke="{colour}" stroke-width="2" data-year="{year}" '
            f'data-value="{int(point.value)}"><title>{escape(point.title)}</title></circle>\n    '
        )
        if point.show_label:
            values.append(
                f'\n    <text class="chart__value" x="{svg_number(point.label_x)}" '
                f'y="{svg_number(point.label_y)}" text-anchor="{point.label_anchor}" '
                f'data-year="{year}">{escape(point.label)}</text>\n    '
            )
    return (
        f"{_break_markup(line, top, bottom)}{_polylines(line, 2.5)}"
        f'\n  <g class="chart__points">\n    '
        f'{"".join(points)}\n  </g>\n  <g class="chart__values">\n    {"".join(values)}'
        "\n  </g>\n  "
    )


@dataclass
class ComparisonChart(Chart):
    """Several series of percent change, each named at its right end by a dotted leader."""

    @property
    def end_labels(self):
        return [line.end_label for line in self.series]

    @property
    def series_markup(self):
        leader_end_x = svg_number(self.leader_end_x)
        end_label_x = svg_number(self.end_label_x)
        return mark_safe(
            "".join(
                _comparison_series_markup(line, leader_end_x, end_label_x) for line in self.series
            )
        )


def _comparison_series_markup(line, leader_end_x, end_label_x):
    colour = line.colour
    points = []
    for point in line.points:
        fill = "#fff" if point.is_estimate else colour
        points.append(
            f'\n    <circle class="chart__point" cx="{svg_number(point.x)}" '
            f'cy="{svg_number(point.y)}" r="3.5" fill="{fill}" stroke="{colour}" '
            f'stroke-width="1.5" data-year="{point.year}" '
            f'data-percent="{svg_number(point.value, 2)}"><title>{escape(point.title)}</title>'
            "</circle>\n    "
        )
    last = line.last
    return (
        f'\n  <g class="chart__series" data-name="{escape(line.name)}">'
        f"{_polylines(line, 2.5)}\n    {''.join(points)}\n    "
        f'<line class="chart__leader" x1="{svg_number(last.x)}" y1="{svg_number(last.y)}" '
        f'x2="{leader_end_x}" y2="{svg_number(line.leader_y)}" stroke="{colour}" '
        f'stroke-width="1" stroke-dasharray="2 3"/>\n    <text class="chart__end-label" '
        f'x="{end_label_x}" y="{svg_number(line.end_label_y)}" dy="-0.05em" fill="{colour}">'
        f"{escape(line.end_label)}</text>\n  </g>\n  "
    )


def nice_step(span, max_ticks, integer=False):
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving at most ``max_ticks`` ticks."""
    raw = span / max(max_ticks - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        if integer and step != int(step):
            continue
        if step >= raw:
            return max(step, 1) if integer else step
    return 10 * magnitude


def nice_range(low, high, max_ticks):
    """A domain that starts and ends on round numbers around [low, high], and its ticks."""
    if high == low:
        pad = abs(high) * 0.05 or 1
        low, high = low - pad, high + pad
    step = nice_step(high - low, max_ticks)
    start = math.floor(low / step) * step
    end = math.ceil(high / step) * step
    count = round((end - start) / step)
    return start, end, [start + i * step for i in range(count + 1)]


def year_ticks(first, last, max_ticks, min_gap=1):
    """The first and last data year, and round years between them at least ``min_gap`` apart."""
    if first == last:
        return [first]
    step = nice_step(last - first, max_ticks, integer=True)
    inner = [
        year
        for year in range(first + 1, last)
        if year % step == 0 and year - first >= min_gap and last - year >= min_gap
    ]
    return [first, *inner, last]


def _year_axis(x, first, last, chart):
    """Ticks for the year axis, spaced so that no two year labels touch."""
    max_ticks = max(2, int((chart.right - chart.left) / 56))
    units_per_year = abs(x(first + 1) - x(first)) if last > first else 1
    min_gap = math.ceil((text_width("0000") + 10) / units_per_year) if units_per_year else 1
    return [Tick(x(year), str(year)) for year in year_ticks(first, last, max_ticks, min_gap)]


class _Scale:
    def __init__(self, domain_low, domain_high, range_low, range_high):
        self.d0, self.d1, self.r0, self.r1 = domain_low, domain_high, range_low, range_high

    def __call__(self, value):
        if self.d1 == self.d0:
            return (self.r0 + self.r1) / 2
        return self.r0 + (float(value) - self.d0) * (self.r1 - self.r0) / (self.d1 - self.d0)


def _boxes_overlap(a, b, gap=2):
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


def _segment_crosses_box(start, end, box, step=2.0):
    """Whether the straight line from ``start`` to ``end`` (x, y) passes through ``box``."""
    (x1, y1), (x2, y2) = start, end
    samples = max(1, int(max(abs(x2 - x1), abs(y2 - y1)) / step))
    for i in range(samples + 1):
        t = i / samples
        x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
            return True
    return False


def _place_value_labels(points, chart):
    """Put each value label on the side of its point away from the line, where there is room.

    A peak is labelled above, a dip below, a point on a slope on the side its neighbours leave
    free. A place is free when no other label or point is there and the line does not run
    through it; where neither side is free of the line, a side clear of labels and points will
    do (the text's white halo keeps it readable); if both are taken, the label is left out of
    the picture. Every value is still in the point's <title> and in the data table by the chart.
    """
    size = chart.font_size
    dots = [(p.x - 5, p.y - 5, p.x + 5, p.y + 5) for p in points]
    segments = list(pairwise((p.x, p.y) for p in points))
    placed = []
    for index, point in enumerate(points):
        width = text_width(point.label, bold=True)
        # Centred on the point, or starting or ending at it (where the line leaves room).
        anchors = [
            ("middle", point.x - width / 2),
            ("start", point.x - 4),
            ("end", point.x + 4 - width),
        ]
        anchors = [
            (anchor, left)
            for anchor, left in anchors
            if left >= chart.left - 4 and left + width <= chart.right + 4
        ] or [
            ("start", point.x - 4) if point.x < chart.left + width else ("end", point.x + 4 - width)
        ]
        neighbours = [points[i].y for i in (index - 1, index + 1) if 0 <= i < len(points)]
        above_first = not neighbours or sum(neighbours) / len(neighbours) >= point.y
        above = point.y - LABEL_GAP  # baseline of a label above the point
        below = point.y + LABEL_GAP + size - 2
        sides = [above, below] if above_first else [below, above]
        others = placed + [d for i, d in enumerate(dots) if i != index]
        free = []
        for baseline in sides:
            for anchor, left in anchors:
                box = (left, baseline - size + 2, left + width, baseline + 2)
                if box[1] < 0 or box[3] > chart.bottom:
                    continue
                if any(_boxes_overlap(box, other) for other in others):
                    continue
                crosses = any(_segment_crosses_box(a, b, box) for a, b in segments)
                free.append((crosses, baseline, anchor, box))
        point.show_label = bool(free)
        if free:
            # The first place clear of the line too, else the first clear of the rest.
            _crosses, point.label_y, point.label_anchor, box = min(free, key=lambda p: p[0])
            point.label_x = point.x
            placed.append(box)


def population_chart(figures, *, width=640, height=320):
    """A one-series line chart of population by year, the values labelled.

    ``figures`` are objects with ``year``, ``value`` and ``is_estimate``, in year order.
    """
    values = [f.value for f in figures]
    years = [f.year for f in figures]
    low, high = min(values), max(values)
    # The axis does not start at zero, so keep at least a tenth of the largest value in view:
    # a change of one per cent should look small, not fill the chart.
    pad = max((high - low) * 0.12, (high * 0.1 - (high - low)) / 2)
    y_low, y_high, y_values = nice_range(max(low - pad, 0), high + pad, max_ticks=5)
    y_labels = [format_number(int(v)) if v == int(v) else format_number(v) for v in y_values]
    left = 14 + max(text_width(label) for label in y_labels)
    chart = PopulationChart(
        width=width, height=height, left=left, top=16, right=width - 24, bottom=height - 32
    )
    first, last = min(years), max(years)
    x_pad = 0 if first != last else 1
    x = _Scale(first - x_pad, last + x_pad, chart.left + 24, chart.right - 24)
    y = _Scale(y_low, y_high, chart.bottom, chart.top)
    chart.x_ticks = _year_axis(x, first, last, chart)
    chart.y_ticks = [Tick(y(v), label) for v, label in zip(y_values, y_labels, strict=True)]
    points = []
    for figure in figures:
        label = format_number(figure.value)
        if figure.is_estimate:
            label = "≈" + label
        points.append(
            Point(
                x=x(figure.year),
                y=y(figure.value),
                year=figure.year,
                value=figure.value,
                label=label,
                is_estimate=figure.is_estimate,
                title=f"{figure.year}: {label}",
                starts_segment=getattr(figure, "series_break_before", False),
            )
        )
    _place_value_labels(points, chart)
    chart.series = [Series(name="", points=points)]
    return chart


def _spread(positions, minimum_gap, low, high):
    """Move sorted positions apart to at least ``minimum_gap``, keeping them in [low, high]."""
    placed = []
    for position in positions:
        if placed and position - placed[-1] < minimum_gap:
            position = placed[-1] + minimum_gap
        placed.append(position)
    overflow = placed[-1] - high if placed else 0
    if overflow > 0:
        placed = [p - overflow for p in placed]
        for i in range(len(placed) - 2, -1, -1):
            if placed[i + 1] - placed[i] < minimum_gap:
                placed[i] = placed[i + 1] - minimum_gap
    return [max(p, low) for p in placed]


def comparison_chart(series_data, *, width=720, height=400, label_values=True):
    """Several series of percent change on one chart, each labelled at its right end.

    ``series_data`` is a list of (name, [(year, percent, is_estimate[, starts_segment]), ...])
    in year order; a point that starts a segment (after a series break) is not joined to the
    one before.
    The end labels give the name and, with ``label_values``, the last change in percent.
    """
    all_values = [point[1] for _name, points in series_data for point in points]
    all_years = [point[0] for _name, points in series_data for point in points]
    low, high = min([0, *all_values]), max([0, *all_values])
    y_low, y_high, y_values = nice_range(low, high, max_ticks=9)
    decimals = 0 if all(v == int(v) for v in y_values) else 1
    y_labels = [format_signed_percent(v, decimals) for v in y_values]
    end_labels = [
        f"{name} {format_signed_percent(points[-1][1])}" if label_values else name
        for name, points in series_data
    ]
    left = 14 + max(text_width(label) for label in y_labels)
    label_room = 14 + max(text_width(label, bold=True) for label in end_labels)
    chart = ComparisonChart(
        width=width,
        height=height,
        left=left,
        top=12,
        right=width - label_room,
        bottom=height - 32,
    )
    chart.end_label_x = chart.right + 10
    first, last = min(all_years), max(all_years)
    x = _Scale(first, last, chart.left + 8, chart.right - 8)
    y = _Scale(y_low, y_high, chart.bottom, chart.top)
    chart.x_ticks = _year_axis(x, first, last, chart)
    chart.y_ticks = [
        Tick(y(v), label, is_zero=abs(v) < 1e-9)
        for v, label in zip(y_values, y_labels, strict=True)
    ]
    for index, ((name, points), end_label) in enumerate(zip(series_data, end_labels, strict=True)):
        chart.series.append(
            Series(
                name=name,
                colour=PALETTE[index % len(PALETTE)],
                end_label=end_label,
                points=[
                    Point(
                        x=x(year),
                        y=y(value),
                        year=year,
                        value=value,
                        label=(label := format_signed_percent(value)),
                        is_estimate=is_estimate,
                        title=f"{name} {year}: {label}",
                        show_label=False,
                        starts_segment=bool(rest and rest[0]),
                    )
                    for year, value, is_estimate, *rest in points
                ],
            )
        )
    ordered = sorted(chart.series, key=lambda s: s.last.y)
    spread = _spread(
        [s.last.y + chart.font_size / 3 for s in ordered],
        chart.font_size + 3,
        chart.top + chart.font_size,
        chart.bottom,
    )
    for series, label_y in zip(ordered, spread, strict=True):
        series.end_label_y = label_y
    return chart
