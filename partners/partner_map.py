"""Where the partners go on the map of Europe: marker positions, city labels and the view box.

Markers use ``partners.geo.project``, the projection the base map was generated with, so each
city lands where its country was drawn. The view box is the part of the base map that holds
every partner with its label, plus a margin: the network fills the picture at any screen width.
"""

from dataclasses import dataclass

from partners import geo
from partners.charts import svg_number

# The labels' largest font size in user units (.partner-map__label in site.css: 17 on wide
# screens, 22 on phones, where the map is drawn smaller); places are worked out for the largest.
LABEL_SIZE = 22
CHAR_WIDTH = 0.58
DOT_RADIUS = 7
LABEL_OFFSET = 11
MARGIN = 48
MIN_SIZE = 360  # the view box never zooms in further than this many user units


@dataclass
class Marker:
    partner: object
    x: float
    y: float
    label_x: float = 0.0
    label_y: float = 0.0
    label_anchor: str = "start"

    @property
    def label(self):
        return self.partner.city

    # The positions as SVG attribute values, rounded to a tenth.
    @property
    def svg_x(self):
        return svg_number(self.x)

    @property
    def svg_y(self):
        return svg_number(self.y)

    @property
    def svg_label_x(self):
        return svg_number(self.label_x)

    @property
    def svg_label_y(self):
        return svg_number(self.label_y)

    def label_box(self, anchor, label_x, label_y):
        width = len(self.label) * LABEL_SIZE * CHAR_WIDTH
        if anchor == "start":
            left = label_x
        elif anchor == "end":
            left = label_x - width
        else:
            left = label_x - width / 2
        return (left, label_y - LABEL_SIZE * 0.8, left + width, label_y + LABEL_SIZE * 0.25)

    @property
    def box(self):
        return self.label_box(self.label_anchor, self.label_x, self.label_y)


@dataclass
class PartnerMap:
    markers: list
    viewbox: str

    @property
    def full_viewbox(self):
        return geo.VIEWBOX


def _intersects(a, b, gap=2):
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


def _dot_box(marker):
    r = DOT_RADIUS + 1
    return (marker.x - r, marker.y - r, marker.x + r, marker.y + r)


def _place_labels(markers):
    """Right of the dot if there is room, else left, above or below; first free place wins."""
    dots = [_dot_box(m) for m in markers]
    taken = []
    for marker in markers:
        baseline = marker.y + LABEL_SIZE * 0.3
        candidates = [
            ("start", marker.x + LABEL_OFFSET, baseline),
            ("end", marker.x - LABEL_OFFSET, baseline),
            ("middle", marker.x, marker.y - LABEL_OFFSET - 2),
            ("middle", marker.x, marker.y + LABEL_OFFSET + LABEL_SIZE * 0.8),
        ]
        chosen = candidates[0]
        for anchor, label_x, label_y in candidates:
            box = marker.label_box(anchor, label_x, label_y)
            if not any(_intersects(box, other) for other in taken + dots):
                chosen = (anchor, label_x, label_y)
                break
        marker.label_anchor, marker.label_x, marker.label_y = chosen
        taken.append(marker.box)


def _viewbox(markers):
    if not markers:
        return geo.VIEWBOX
    boxes = [_dot_box(m) for m in markers] + [m.box for m in markers]
    left = min(b[0] for b in boxes) - MARGIN
    top = min(b[1] for b in boxes) - MARGIN
    right = max(b[2] for b in boxes) + MARGIN
    bottom = max(b[3] for b in boxes) + MARGIN
    # Never zoom in so far that Europe becomes a blur of coast; keep the box inside the map.
    width = max(right - left, MIN_SIZE)
    height = max(bottom - top, MIN_SIZE)
    centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
    width = min(width, geo.VIEWBOX_WIDTH)
    height = min(height, geo.VIEWBOX_HEIGHT)
    left = min(max(centre_x - width / 2, 0), geo.VIEWBOX_WIDTH - width)
    top = min(max(centre_y - height / 2, 0), geo.VIEWBOX_HEIGHT - height)
    return f"{left:.0f} {top:.0f} {width:.0f} {height:.0f}"


def partner_map(partners):
    """The map of the given partners; partners whose city lies off the base map are left out.

    The admin refuses such coordinates, so in practice every partner has a marker.
    """
    markers = []
    for partner in partners:
        x, y = geo.project(float(partner.latitude), float(partner.longitude))
        if geo.in_bounds(x, y):
            markers.append(Marker(partner=partner, x=x, y=y))
    _place_labels(markers)
    return PartnerMap(markers=markers, viewbox=_viewbox(markers))
