"""Generate the base map of Europe from Natural Earth country outlines.

Reads the TopoJSON that the pinned npm package world-atlas carries (see package.json; install it
with `npm ci` in this folder), projects it with partners/geo.py, and writes

  static/img/europe-map.svg                              a standalone SVG file
  templates/partners/includes/europe_basemap.svg.html    the same <g> for inlining in a page

Standard library only. Run from anywhere: `python generate.py [--check]`.
"""

import argparse
import itertools
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from partners import geo  # noqa: E402

HERE = Path(__file__).resolve().parent
ATLAS = HERE / "node_modules" / "world-atlas"
SOURCE = ATLAS / "countries-50m.json"
SVG_OUT = REPO / "static" / "img" / "europe-map.svg"
INCLUDE_OUT = REPO / "templates" / "partners" / "includes" / "europe_basemap.svg.html"

# Arcs are simplified (Douglas-Peucker) to this distance in SVG user units (1 unit = 5 km).
# Simplifying the shared arcs rather than each ring keeps neighbouring borders identical.
TOLERANCE = 0.25
# Rings smaller than this many square units (25 km² each) are dropped: they would be specks.
MIN_RING_AREA = 1.0
# Coordinates are written in tenths of a unit.
PRECISION = 10
# Geometry is clipped to the viewBox grown by this many units on each side, so the strokes
# along the cut lie outside the visible area.
CLIP_MARGIN = 2.0

# Natural Earth draws de facto lines of control. The site follows the borders the EU recognises:
# Crimea is part of Ukraine (UN General Assembly resolution 68/262) and the whole island of
# Cyprus is the Republic of Cyprus, an EU member state. Each entry moves the source country's
# polygon around a (lon, lat) point to the target country and merges it there. Kosovo, on which
# the EU takes no common position, stays as drawn.
BORDER_CORRECTIONS = [
    ((34.1, 44.95), "Russia", "Ukraine"),  # Crimea, at Simferopol
    ((33.32, 35.34), "N. Cyprus", "Cyprus"),  # at Kyrenia
]

LAND_FILL = "#eef0ea"
BORDER = "#9ea79c"
BORDER_WIDTH = "0.5"
SEA = "#dce9f2"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Delta-decode and dequantize the topology's arcs to (lon, lat) degrees."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def contains(ring: list[tuple[float, float]], point: tuple[float, float]) -> bool:
    """Even-odd point-in-polygon test in plane coordinates."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def stitch(arc_indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[int]]:
    """Join rings given as arc indices into rings around their union.

    Arcs that occur in both directions are the shared borders: they cancel out. The rest are
    chained end to start.
    """
    remaining = list(arc_indices)
    for index in arc_indices:
        if index in remaining and ~index in remaining:
            remaining.remove(index)
            remaining.remove(~index)

    def start(index: int) -> tuple[float, float]:
        return arcs[index][0] if index >= 0 else arcs[~index][-1]

    def end(index: int) -> tuple[float, float]:
        return arcs[index][-1] if index >= 0 else arcs[~index][0]

    rings = []
    while remaining:
        ring = [remaining.pop(0)]
        while end(ring[-1]) != start(ring[0]):
            following = next(i for i in remaining if start(i) == end(ring[-1]))
            remaining.remove(following)
            ring.append(following)
        rings.append(ring)
    return rings


def polygons_of(geometry: dict) -> list:
    return geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]


def reassign(topology: dict, arcs: list, point: tuple[float, float], source: str, target: str):
    """Move the polygon of `source` around `point` (lon, lat) to `target`, merged with it."""
    geometries = {
        g["properties"]["name"]: g for g in topology["objects"]["countries"]["geometries"]
    }
    source_polygons = polygons_of(geometries[source])
    target_polygons = polygons_of(geometries[target])
    moved = [p for p in source_polygons if contains(ring_points(p[0], arcs), point)]
    if len(moved) != 1:
        raise SystemExit(
            f"{point} is not in exactly one polygon of {source} in {SOURCE.name}: "
            "review BORDER_CORRECTIONS against this version of the data"
        )
    moved = moved[0]
    source_polygons.remove(moved)
    moved_arcs = {i if i >= 0 else ~i for i in moved[0]}
    touching = [p for p in target_polygons if moved_arcs & {i if i >= 0 else ~i for i in p[0]}]
    for polygon in touching:
        target_polygons.remove(polygon)
    merged = [moved, *touching]
    outer = stitch([i for polygon in merged for i in polygon[0]], arcs)
    if len(outer) != 1:
        raise SystemExit(f"merging {point} into {target} did not give one outline")
    target_polygons.append(outer + [hole for polygon in merged for hole in polygon[1:]])
    for name, polygons in ((source, source_polygons), (target, target_polygons)):
        geometries[name]["type"] = "MultiPolygon"
        geometries[name]["arcs"] = polygons


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, keeping both end points (where an arc meets its neighbours)."""
    if len(points) < 3:
        return points
    if points[0] == points[-1]:
        # A closed arc (an island): split it at its farthest point so it keeps an area.
        x0, y0 = points[0]
        far = max(range(len(points)), key=lambda i: math.dist((x0, y0), points[i]))
        return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, worst_distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if distance > worst_distance:
                worst, worst_distance = i, distance
        if worst is not None:
            keep[worst] = True
            stack += [(first, worst), (worst, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    """Stitch a ring from arc indices; a negative index ~i means arc i reversed."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list:
    """Sutherland-Hodgman clipping of a polygon ring to an axis-aligned box."""
    x_min, y_min, x_max, y_max = box
    edges = [
        (lambda p: p[0] >= x_min, 0, x_min),
        (lambda p: p[0] <= x_max, 0, x_max),
        (lambda p: p[1] >= y_min, 1, y_min),
        (lambda p: p[1] <= y_max, 1, y_max),
    ]
    for inside, axis, value in edges:
        if not ring:
            break
        result = []
        previous = ring[-1]
        for current in ring:
            if inside(current) != inside(previous):
                t = (value - previous[axis]) / (current[axis] - previous[axis])
                crossing = [0.0, 0.0]
                crossing[axis] = value
                crossing[1 - axis] = previous[1 - axis] + t * (
                    current[1 - axis] - previous[1 - axis]
                )
                result.append(tuple(crossing))
            if inside(current):
                result.append(current)
            previous = current
        ring = result
    return ring


def area(ring: list[tuple[int, int]]) -> float:
    """Area of a ring of integer tenths, in square user units."""
    doubled = sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )
    return abs(doubled) / (2 * PRECISION * PRECISION)


def path_data(rings: list[list[tuple[int, int]]]) -> str:
    """SVG path data with relative moves, in tenths of a unit written as decimals."""

    def number(n: int) -> str:
        whole, tenth = divmod(abs(n), PRECISION)
        text = f"{whole}.{tenth}" if tenth else str(whole)
        if text.startswith("0."):
            text = text[1:]
        return ("-" if n < 0 else "") + text

    def pair(dx: int, dy: int) -> str:
        y = number(dy)
        return number(dx) + ("" if y.startswith("-") else " ") + y

    parts = []
    cursor = (0, 0)
    for ring in rings:
        start = ring[0]
        parts.append("m" + pair(start[0] - cursor[0], start[1] - cursor[1]))
        steps = [pair(x1 - x0, y1 - y0) for (x0, y0), (x1, y1) in itertools.pairwise(ring)]
        parts.append("l" + " ".join(steps) + "z")
        cursor = start  # after "z" the current point is the ring's start
    return "".join(parts)


def country_rings(geometry: dict, arcs: list, box: tuple) -> list[list[tuple[int, int]]]:
    rings = []
    for polygon in polygons_of(geometry):
        for ring in polygon:
            clipped = clip(ring_points(ring, arcs), box)
            points = []
            for x, y in clipped:
                point = (round(x * PRECISION), round(y * PRECISION))
                if not points or point != points[-1]:
                    points.append(point)
            while len(points) > 1 and points[0] == points[-1]:
                points.pop()
            if len(points) >= 3 and area(points) >= MIN_RING_AREA:
                rings.append(points)
    return rings


def build_group(topology: dict) -> tuple[str, int]:
    # Every arc is projected and simplified once. The projection is finite everywhere but at
    # the centre's antipode, in the South Pacific; whatever lies outside the box is clipped off.
    lonlat_arcs = decode_arcs(topology)
    for point, source, target in BORDER_CORRECTIONS:
        reassign(topology, lonlat_arcs, point, source, target)
    arcs = [simplify([geo.project(lat, lon) for lon, lat in arc], TOLERANCE) for arc in lonlat_arcs]
    box = (
        -CLIP_MARGIN,
        -CLIP_MARGIN,
        geo.VIEWBOX_WIDTH + CLIP_MARGIN,
        geo.VIEWBOX_HEIGHT + CLIP_MARGIN,
    )
    paths = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        rings = country_rings(geometry, arcs, box)
        if not rings:
            continue
        name = geometry["properties"]["name"]
        attributes = f'class="map__country" data-name="{escape(name)}"'
        if "id" in geometry:
            attributes += f' data-iso="{geometry["id"]}"'
        paths.append((name, f'<path {attributes} d="{path_data(rings)}"/>'))

    paths.sort()
    group = (
        f'<g class="map__land" aria-hidden="true" fill="{LAND_FILL}" stroke="{BORDER}" '
        f'stroke-width="{BORDER_WIDTH}" stroke-linejoin="round" fill-rule="evenodd">\n'
        + "\n".join(path for _, path in paths)
        + "\n</g>"
    )
    return group, len(paths)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def render(topology: dict) -> tuple[str, str, int]:
    version = json.loads((ATLAS / "package.json").read_text())["version"]
    group, count = build_group(topology)
    provenance = (
        f"Generated by tools/europe_map/generate.py from {SOURCE.name} of world-atlas "
        f"{version} (Natural Earth, public domain). Do not edit by hand."
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{geo.VIEWBOX}">\n'
        f"<!-- {provenance} Projection: EPSG:3035, see partners/geo.py. -->\n"
        f'<rect class="map__sea" width="{geo.VIEWBOX_WIDTH}" height="{geo.VIEWBOX_HEIGHT}" '
        f'fill="{SEA}"/>\n'
        f"{group}\n"
        "</svg>\n"
    )
    include = (
        f"{{# {provenance} Projection and viewBox: partners/geo.py (VIEWBOX {geo.VIEWBOX}). #}}\n"
        f"{group}\n"
    )
    return svg, include, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if the committed files are out of date"
    )
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: run `npm ci` in {HERE}", file=sys.stderr)
        return 1
    svg, include, count = render(json.loads(SOURCE.read_text()))
    outputs = {SVG_OUT: svg, INCLUDE_OUT: include}
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text() != text]
        for path in stale:
            print(f"{path.relative_to(REPO)} is out of date", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path.relative_to(REPO)}: {len(text.encode()) / 1024:.1f} KB")
    print(f"{count} countries, viewBox {geo.VIEWBOX}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
