"""The map projection in partners/geo.py and the base map generated with it."""

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from partners import geo
from tests.factories import PartnerFactory

REPO = Path(__file__).resolve().parents[2]
SVG_FILE = REPO / "static" / "img" / "europe-map.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"

# The network's partner cities: name, latitude, longitude, country as named in the map.
CITIES = [
    ("Daugavpils", 55.8750, 26.5356, "Latvia"),
    ("Kaunas", 54.8972, 23.8861, "Lithuania"),
    ("Łódź", 51.76, 19.46, "Poland"),
    ("Magdeburg", 52.13, 11.64, "Germany"),
    ("Palermo", 38.12, 13.36, "Italy"),
    ("Vejle", 55.71, 9.54, "Denmark"),
    ("Oradea", 47.07, 21.92, "Romania"),
    ("Casasimarro", 39.37, -2.03, "Spain"),
]


def city(name):
    _, lat, lon, _ = next(c for c in CITIES if c[0] == name)
    return geo.project(lat, lon)


def parse_path(d):
    """Rings of absolute points from path data made of M/m, L/l and Z/z commands."""
    tokens = re.findall(r"[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)", d)
    rings, ring = [], []
    x = y = 0.0
    command = None
    numbers = []
    for token in tokens:
        if token in "MmLlZz":
            command = token
            if token in "Zz":
                rings.append(ring)
                x, y = ring[0]
                ring = []
            continue
        numbers.append(float(token))
        if len(numbers) < 2:
            continue
        dx, dy = numbers
        numbers = []
        if command in "ml":
            x, y = x + dx, y + dy
        else:
            x, y = dx, dy
        if command in "Mm" and ring:
            rings.append(ring)
            ring = []
        ring.append((x, y))
        command = {"M": "L", "m": "l"}.get(command, command)
    if ring:
        rings.append(ring)
    return rings


def contains(rings, point):
    """Even-odd point-in-polygon test over all rings."""
    px, py = point
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > py) != (y1 > py) and px < x0 + (py - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def distance_to_outline(rings, point):
    px, py = point
    best = math.inf
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            length2 = (x1 - x0) ** 2 + (y1 - y0) ** 2
            t = 0.0 if not length2 else ((px - x0) * (x1 - x0) + (py - y0) * (y1 - y0)) / length2
            t = max(0.0, min(1.0, t))
            best = min(best, math.hypot(px - (x0 + t * (x1 - x0)), py - (y0 + t * (y1 - y0))))
    return best


@pytest.fixture(scope="module")
def svg_root():
    return ET.parse(SVG_FILE).getroot()


@pytest.fixture(scope="module")
def countries(svg_root):
    return {
        path.get("data-name"): parse_path(path.get("d"))
        for path in svg_root.iter(f"{SVG_NS}path")
        if path.get("class") == "map__country"
    }


def test_viewbox_constants_agree():
    assert f"0 0 {geo.VIEWBOX_WIDTH} {geo.VIEWBOX_HEIGHT}" == geo.VIEWBOX
    # One scale on both axes: the box's aspect ratio is the viewBox's, so nothing is stretched.
    height = (geo.MAX_N - geo.MIN_N) * geo.SCALE
    width = (geo.MAX_E - geo.MIN_E) * geo.SCALE
    assert (width, height) == pytest.approx((geo.VIEWBOX_WIDTH, geo.VIEWBOX_HEIGHT))


def test_projection_matches_epsg_3035():
    # The worked example of IOGP Guidance Note 7-2 for EPSG:3035.
    easting, northing = geo.laea_europe(50, 5)
    assert easting == pytest.approx(3_962_799.45, abs=0.01)
    assert northing == pytest.approx(2_999_718.85, abs=0.01)


def test_projection_centre_lands_on_the_false_origin():
    assert geo.laea_europe(geo.LAT0, geo.LON0) == pytest.approx((4_321_000, 3_210_000))
    x, y = geo.project(52, 10)
    assert x == pytest.approx((4_321_000 - geo.MIN_E) * geo.SCALE)
    assert y == pytest.approx((geo.MAX_N - 3_210_000) * geo.SCALE)
    assert (x, y) == pytest.approx((364.2, 458.0))


def test_partner_cities_fall_inside_the_map_with_a_margin():
    for name, lat, lon, _ in CITIES:
        x, y = geo.project(lat, lon)
        assert geo.in_bounds(x, y, margin=40), (name, x, y)


def test_partner_cities_keep_their_relative_positions():
    assert city("Palermo")[1] > city("Magdeburg")[1]  # south: further down
    assert city("Vejle")[0] < city("Daugavpils")[0]  # west: further left
    assert city("Casasimarro")[0] < city("Magdeburg")[0] < city("Łódź")[0]
    assert city("Daugavpils")[1] < city("Kaunas")[1] < city("Oradea")[1] < city("Palermo")[1]


def test_in_bounds():
    assert geo.in_bounds(0, 0)
    assert geo.in_bounds(geo.VIEWBOX_WIDTH, geo.VIEWBOX_HEIGHT)
    assert not geo.in_bounds(-0.1, 10)
    assert not geo.in_bounds(10, geo.VIEWBOX_HEIGHT + 0.1)
    assert not geo.in_bounds(5, 5, margin=10)
    # The map reaches from Iceland and Portugal to Moscow, and from Tunis to the North Cape.
    for lat, lon in [(64.1, -21.9), (38.7, -9.1), (55.75, 37.6), (36.8, 10.2), (71.17, 25.78)]:
        assert geo.in_bounds(*geo.project(lat, lon)), (lat, lon)
    assert not geo.in_bounds(*geo.project(40.7, -74.0))  # New York


def test_svg_uses_the_projection_viewbox(svg_root):
    assert svg_root.tag == f"{SVG_NS}svg"
    assert svg_root.get("viewBox") == geo.VIEWBOX
    assert svg_root.get("width") is None
    assert svg_root.get("height") is None


def test_svg_is_self_contained():
    text = SVG_FILE.read_text()
    assert "<script" not in text
    assert "href" not in text
    assert "url(" not in text
    assert len(text.encode()) < 150 * 1024


@pytest.mark.django_db
def test_the_partners_map_draws_the_land_of_the_svg(client):
    """The map on the partners page is drawn with the outlines of static/img/europe-map.svg."""
    PartnerFactory()
    svg_group = re.search(r'<g class="map__land".*?</g>', SVG_FILE.read_text(), re.S).group()

    page = client.get("/lv/partneri/").content.decode()

    shown = re.search(r'<g class="map__land".*?</g>', page, re.S).group()
    assert shown == svg_group


def test_every_country_has_a_name_and_outline(countries):
    assert len(countries) > 40
    for name, rings in countries.items():
        assert name, rings
        assert all(len(ring) >= 3 for ring in rings), name


def test_daugavpils_lies_in_latvia(countries):
    point = city("Daugavpils")
    xs = [x for ring in countries["Latvia"] for x, _ in ring]
    ys = [y for ring in countries["Latvia"] for _, y in ring]
    assert min(xs) - 3 <= point[0] <= max(xs) + 3
    assert min(ys) - 3 <= point[1] <= max(ys) + 3
    assert contains(countries["Latvia"], point)


@pytest.mark.parametrize(("name", "lat", "lon", "country"), CITIES, ids=[c[0] for c in CITIES])
def test_each_city_lies_in_its_country(countries, name, lat, lon, country):
    point = geo.project(lat, lon)
    rings = countries[country]
    # A city on a coast or fjord may fall a hair outside the simplified outline.
    assert contains(rings, point) or distance_to_outline(rings, point) < 3


def test_borders_follow_those_the_eu_recognises(countries):
    simferopol = geo.project(44.95, 34.1)
    assert contains(countries["Ukraine"], simferopol)
    assert not contains(countries["Russia"], simferopol)
    assert "N. Cyprus" not in countries
    assert contains(countries["Cyprus"], geo.project(35.34, 33.32))  # Kyrenia
