"""What the site shows of the population figures: series per area, sources, comparison, CSV.

Every function here takes figures that are already loaded (the views prefetch them), so the
pages' query counts do not depend on how many partners or figures there are.
"""

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common import formatting
from common.i18n import shown_language
from common.spreadsheets import SafeWriter
from partners import charts
from partners.models import PopulationFigure

AREA_ORDER = [
    PopulationFigure.Area.CITY,
    PopulationFigure.Area.REGION,
    PopulationFigure.Area.COUNTRY,
]
AREA_HEADINGS = {
    PopulationFigure.Area.CITY: _("City"),
    PopulationFigure.Area.REGION: _("Region"),
    PopulationFigure.Area.COUNTRY: _("Country"),
}

CSV_COLUMNS = [
    "partner_number",
    "partner",
    "city",
    "country_code",
    "country",
    "area",
    "area_name",
    "year",
    "reference_date",
    "population",
    "estimate",
    "source",
    "source_url",
]


@dataclass
class Citation:
    """A page that gives a source's figures, and for which years."""

    url: str
    years: list = field(default_factory=list)

    @property
    def site(self):
        """The page's site, e.g. csb.gov.lv, to name the link by."""
        host = urlsplit(self.url).hostname or self.url
        return host.removeprefix("www.")


@dataclass
class Source:
    """A statistical source and the pages its figures were taken from."""

    name: str
    citations: list = field(default_factory=list)

    def cite(self, figure):
        for citation in self.citations:
            if citation.url == figure.source_url:
                citation.years.append(figure.year)
                return
        self.citations.append(Citation(url=figure.source_url, years=[figure.year]))


@dataclass
class PopulationSeries:
    """The figures of one partner for one area (its city, region or country), in year order."""

    partner: object
    area: str
    figures: list

    @property
    def heading(self):
        return AREA_HEADINGS[self.area]

    @cached_property
    def name(self):
        """The area's name as given on its figures; else the partner's city or country."""
        for figure in self.figures:
            if figure.area_name:
                return figure.area_name
        if self.area == PopulationFigure.Area.CITY:
            return self.partner.city
        if self.area == PopulationFigure.Area.COUNTRY:
            return self.partner.country.name
        return ""

    @property
    def name_html(self):
        """The name, marked with its language where it is another language's text standing in
        for a missing translation (so that a screen reader pronounces it right)."""
        named_by = next(
            ((figure, "area_name") for figure in self.figures if figure.area_name), None
        )
        if named_by is None and self.area == PopulationFigure.Area.CITY:
            named_by = (self.partner, "city")
        language = shown_language(*named_by) if named_by else None
        if language and language != get_language():
            return format_html('<span lang="{}">{}</span>', language, self.name)
        return self.name

    @property
    def sources(self):
        by_name = {}
        for figure in self.figures:
            by_name.setdefault(figure.source_name, Source(figure.source_name)).cite(figure)
        return list(by_name.values())

    @property
    def has_estimates(self):
        return any(figure.is_estimate for figure in self.figures)

    @property
    def has_breaks(self):
        """Whether two sources' figures meet in this series (marked in its chart and table)."""
        return any(figure.series_break_before for figure in self.figures)

    @property
    def has_chart(self):
        return len(self.figures) >= 2

    @cached_property
    def chart(self):
        return charts.population_chart(self.figures, width=640, height=300)

    @cached_property
    def narrow_chart(self):
        return charts.population_chart(self.figures, width=340, height=260)

    @property
    def anchor(self):
        return f"population-{self.area}"

    @property
    def first(self):
        return self.figures[0]

    @property
    def last(self):
        return self.figures[-1]


def series_for(partner, figures):
    """The partner's published figures grouped by area, city first; areas without any left out."""
    by_area = {}
    for figure in sorted(figures, key=lambda f: f.year):
        by_area.setdefault(figure.area, []).append(figure)
    for area_figures in by_area.values():
        # Where the statistical source changes, the series breaks: two counts are not one line.
        previous = None
        for figure in area_figures:
            figure.series_break_before = (
                previous is not None and figure.source_name != previous.source_name
            )
            previous = figure
    return [
        PopulationSeries(partner=partner, area=area, figures=by_area[area])
        for area in AREA_ORDER
        if area in by_area
    ]


@dataclass
class Change:
    """How a city's population changed from its first to its last sourced year."""

    series: PopulationSeries

    @property
    def partner(self):
        return self.series.partner

    @property
    def percent(self):
        return percent_change(self.series.first.value, self.series.last.value)

    @property
    def percent_label(self):
        return formatting.format_signed_percent(self.percent)

    @property
    def points(self):
        base = self.series.first.value
        return [
            (
                figure.year,
                percent_change(base, figure.value),
                figure.is_estimate or self.series.first.is_estimate,
                figure.series_break_before,
            )
            for figure in self.series.figures
        ]


def percent_change(base, value):
    return (value - base) * 100 / base


def city_changes(partners):
    """One ``Change`` per partner with at least two published city figures, in partner order."""
    changes = []
    for partner in partners:
        city = [s for s in series_for(partner, partner.published_figures) if s.area == "city"]
        if city and city[0].has_chart:
            changes.append(Change(series=city[0]))
    return changes


def comparison_charts(changes):
    """(wide chart, narrow chart) of percent change since each city's first year, or Nones."""
    if not changes:
        return None, None
    data = [(change.partner.city, change.points) for change in changes]
    return (
        charts.comparison_chart(data, width=760, height=420),
        charts.comparison_chart(data, width=360, height=420, label_values=False),
    )


def write_csv(partners, stream):
    """Write the published figures of ``partners`` to ``stream`` as CSV, in the active language.

    Numbers are plain (no thousands separators), dates ISO 8601, so any tool reads them back.
    """
    writer = SafeWriter(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for partner in partners:
        for series in series_for(partner, partner.published_figures):
            for figure in series.figures:
                writer.writerow(
                    [
                        partner.number,
                        partner.name,
                        partner.city,
                        partner.country.code,
                        partner.country.name,
                        figure.area,
                        series.name,
                        figure.year,
                        figure.reference_date.isoformat() if figure.reference_date else "",
                        figure.value,
                        "yes" if figure.is_estimate else "no",
                        figure.source_name,
                        figure.source_url,
                    ]
                )
