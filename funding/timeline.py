"""Geometry of the funding timeline, drawn as SVG by templates/funding/funding_detail.html.

The figure has one row per fact: the project period, each instalment (a band over its planned
period, or a mark on the day it was received), the time between the first and the last payment,
and each pre-financing entry (a band over its year). Years run along the bottom. Two layouts are
computed, a wide one for large screens and a narrow one for phones, so the text keeps a readable
size in both; the page shows one of them. Coordinates are strings, ready for SVG attributes.

Each row's caption is written once, in the active language, and shown three times: in both
layouts and in the text version under the figure.
"""

import datetime
from dataclasses import dataclass, field, replace

from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext

from common import formatting

MARK_WIDTH = 6  # a payment known to the day is drawn as a mark this wide


@dataclass(frozen=True)
class LayoutSpec:
    name: str
    width: int
    font_size: int
    margin: int = 8
    bar_height: int = 14
    row_gap: int = 12


WIDE = LayoutSpec("wide", width=800, font_size=15)
NARROW = LayoutSpec("narrow", width=360, font_size=14)


def _n(value):
    return f"{value:.1f}".removesuffix(".0")


@dataclass
class Row:
    kind: str  # "period", "instalment", "gap" or "prefinancing"
    style: str  # CSS modifier: period, planned, received, gap, prefinancing
    first: datetime.date
    last: datetime.date
    item: object = None
    amount: object = None
    caption: str = ""
    caption_y: str = ""
    bar_x: str = ""
    bar_y: str = ""
    bar_width: str = ""
    bar_mid_y: str = ""
    bar_end_x: str = ""


@dataclass
class Tick:
    x: str
    label_x: str
    label: str


@dataclass
class Layout:
    name: str
    width: int
    height: str
    font_size: int
    margin: int
    caption_x: str
    bar_height: int
    rows: list = field(default_factory=list)
    ticks: list = field(default_factory=list)
    grid_top: str = ""
    grid_bottom: str = ""
    axis_label_y: str = ""
    last_x: str = ""


@dataclass
class Timeline:
    rows: list
    layouts: list
    gap: Row | None


def _instalment_span(instalment, grant):
    """The days a payment is drawn over: its received day, else its planned period."""
    if instalment.is_received and instalment.received_date:
        return instalment.received_date, instalment.received_date
    # The planned period, cut to the days the condition allows: an advance is not drawn before
    # the project starts, nor the balance before it ends.
    first, last = instalment.planned_bounds
    window_first, window_last = instalment.arrival_window(grant)
    cut_first = max(first, window_first)
    cut_last = min(last, window_last) if window_last else last
    return (cut_first, cut_last) if cut_first <= cut_last else (first, last)


def _money(amount, cents=None):
    return "" if amount is None or amount == "" else formatting.format_money(amount, cents)


def _percent(value):
    return "" if value is None or value == "" else formatting.format_percent(value)


def _day(value):
    return formatting.format_date(value) if value else ""


def _text(translated, **values):
    """A translated message with ``values`` escaped into it (as {% blocktranslate %} does).

    Callers pass ``gettext("literal")`` so that makemessages finds the literal.
    """
    return mark_safe(
        translated % {name: conditional_escape(localize(v)) for name, v in values.items()}
    )


def caption(row, grant, has_cents=False):
    """What a row shows, as a sentence: "1st instalment, 40 % – 36 000 €; received: …"."""
    item = row.item
    if row.kind == "period":
        return _text(gettext("Project period: %(period)s"), period=grant.period_display)
    if row.kind == "instalment":
        facts = {
            "name": item.name,
            "share": _percent(item.share),
            "amount": _money(row.amount, True if has_cents else None),
        }
        if item.is_received and item.received_date:
            return _text(
                gettext("%(name)s, %(share)s – %(amount)s; received: %(date)s"),
                **facts,
                date=_day(item.received_date),
            )
        if item.is_received:
            return _text(
                gettext("%(name)s, %(share)s – %(amount)s; received (planned: %(when)s)"),
                **facts,
                when=item.planned_display,
            )
        return _text(
            gettext("%(name)s, %(share)s – %(amount)s; planned: %(when)s"),
            **facts,
            when=item.planned_display,
        )
    if row.kind == "gap":
        return conditional_escape(gettext("Between the first and the last payment"))
    return _text(
        gettext("%(kind)s – %(amount)s: %(year)s"),
        kind=capfirst(item.get_kind_display()),
        amount=_money(item.amount),
        year=item.year,
    )


def build_rows(grant, schedule, pre_financing):
    rows = [Row("period", "period", grant.start_date, grant.end_date, item=grant)]
    payments = []
    for schedule_row in schedule.rows:
        instalment = schedule_row.instalment
        first, last = _instalment_span(instalment, grant)
        style = "received" if instalment.is_received else "planned"
        payment = Row("instalment", style, first, last, instalment, schedule_row.amount)
        payments.append(payment)
    rows += payments
    gap = None
    one_day = datetime.timedelta(days=1)
    if len(payments) >= 2 and payments[0].last + one_day < payments[-1].first:
        gap = Row("gap", "gap", payments[0].last + one_day, payments[-1].first - one_day)
        rows.append(gap)
    for entry in pre_financing:
        first, last = datetime.date(entry.year, 1, 1), datetime.date(entry.year, 12, 31)
        rows.append(Row("prefinancing", "prefinancing", first, last, entry, entry.amount))
    for row in rows:
        row.caption = caption(row, grant, schedule.has_cents)
    return rows, gap


def _layout(spec, rows):
    start = datetime.date(min(row.first for row in rows).year, 1, 1)
    end = datetime.date(max(row.last for row in rows).year + 1, 1, 1)
    span = (end - start).days
    left, right = spec.margin, spec.width - spec.margin
    plot = right - left

    def x_of(day):
        return left + (day - start).days / span * plot

    line = spec.font_size + 6
    y = spec.margin
    laid_out = []
    for row in rows:
        caption_y = y + spec.font_size
        bar_y = y + line
        x1, x2 = x_of(row.first), x_of(row.last + datetime.timedelta(days=1))
        if row.first == row.last:
            x1, x2 = x1 - MARK_WIDTH / 2, x1 + MARK_WIDTH / 2
        x1, x2 = max(left, x1), min(right, x2)
        laid_out.append(
            replace(
                row,
                caption_y=_n(caption_y),
                bar_x=_n(x1),
                bar_y=_n(bar_y),
                bar_width=_n(max(x2 - x1, 1)),
                bar_mid_y=_n(bar_y + spec.bar_height / 2),
                bar_end_x=_n(x2),
            )
        )
        y = bar_y + spec.bar_height + spec.row_gap
    grid_bottom = y
    ticks = []
    for year in range(start.year, end.year):
        x = x_of(datetime.date(year, 1, 1))
        label_x = (x + x_of(datetime.date(year + 1, 1, 1))) / 2
        ticks.append(Tick(_n(x), _n(label_x), str(year)))
    return Layout(
        name=spec.name,
        width=spec.width,
        height=_n(grid_bottom + spec.font_size + spec.margin + 4),
        font_size=spec.font_size,
        margin=spec.margin,
        caption_x=_n(spec.margin + 4),
        bar_height=spec.bar_height,
        rows=laid_out,
        ticks=ticks,
        grid_top=_n(spec.margin),
        grid_bottom=_n(grid_bottom),
        axis_label_y=_n(grid_bottom + spec.font_size + 2),
        last_x=_n(right),
    )


def build_timeline(grant, schedule, pre_financing, specs=(WIDE, NARROW)):
    rows, gap = build_rows(grant, schedule, list(pre_financing))
    return Timeline(rows=rows, layouts=[_layout(spec, rows) for spec in specs], gap=gap)
