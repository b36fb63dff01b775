"""GeoShape (RFC 5491) geometry for the PIDF-LO codec.

Role: read one shape element of a ``<gp:location-info>`` into a
:class:`Shape`: its name, a representative point, an equivalent uncertainty
radius and its own parameters.

Contract: :func:`read_shape(element) <read_shape>` returns a ``Shape`` or
raises :class:`ShapeError` with a reason (the caller turns it into a
``DecodeError``); it never raises anything else on element content.
:data:`SHAPE_TAGS` lists the elements it understands. The point and radius:

- Point: the point; no radius.
- Circle, Sphere: the centre; the radius.
- Ellipse, Ellipsoid: the centre; the semi-major axis (the circle that
  contains the shape).
- Polygon, Prism: the area centroid of the exterior ring (of the base);
  the largest distance from it to a vertex.
- ArcBand: the centroid of the annular sector (RFC 7459 section 4.1.1);
  the largest distance from it to the band's boundary.

Distances use a local equirectangular projection around the shape, which is
well within a metre for the few-kilometre shapes of emergency calls; lengths
must be in metres (``urn:ogc:def:uom:EPSG::9001``) and angles in degrees
(``EPSG::9102``) or radians (``EPSG::9101``), coordinates in WGS84 (EPSG
4326 or 4979).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from xml.etree.ElementTree import Element

GML = "http://www.opengis.net/gml"
GML_V3 = "urn:opengis:specification:gml:schema-xsd:feature:v3.0"  # RFC 4119's examples
GS = "http://www.opengis.net/pidflo/1.0"
SHAPE_NAMESPACES = frozenset({GML, GML_V3, GS})

EARTH_RADIUS_M = 6_371_008.8
_METRE = "urn:ogc:def:uom:EPSG::9001"
_DEGREE = "urn:ogc:def:uom:EPSG::9102"
_RADIAN = "urn:ogc:def:uom:EPSG::9101"
_DMS = re.compile(r"(\d{1,3}):(\d{1,2}):(\d{1,2}(?:\.\d+)?)([NSEW])\Z")

Params = tuple[tuple[str, Any], ...]


class ShapeError(ValueError):
    """A shape element that cannot be read; the message says why."""


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    lat: float
    lon: float
    radius_m: float | None
    params: Params


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _text(element: Element, namespace: str, name: str, what: str) -> Element:
    child = element.find(_q(namespace, name))
    if child is None or not (child.text or "").strip():
        raise ShapeError(f"{what}: missing {name}")
    return child


def _crs(element: Element, what: str) -> int:
    """2 or 3: the number of coordinates per position the CRS implies."""
    srs = element.get("srsName", "")
    if not srs:
        return 2
    code = srs.replace("::", ":").rsplit(":", 1)[-1]
    if code == "4326":
        return 2
    if code == "4979":
        return 3
    raise ShapeError(f"{what}: unsupported coordinate reference system {srs!r}")


def _numbers(text: str, what: str) -> list[float]:
    try:
        values = [float(part) for part in text.split()]
    except ValueError:
        raise ShapeError(f"{what}: {text.strip()[:40]!r} is not a list of numbers") from None
    if not all(math.isfinite(value) for value in values):
        raise ShapeError(f"{what}: non-finite coordinate")
    return values


def _check(lat: float, lon: float, what: str) -> None:
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise ShapeError(f"{what}: coordinates out of range ({lat}, {lon})")


def _pos(element: Element, what: str) -> tuple[float, float, float | None]:
    pos = _text(element, GML, "pos", what)
    values = _numbers(pos.text or "", f"{what} pos")
    if len(values) not in (2, 3):
        raise ShapeError(f"{what}: pos has {len(values)} values, expected 2 or 3")
    _check(values[0], values[1], what)
    return values[0], values[1], values[2] if len(values) == 3 else None


def _length(element: Element, name: str, what: str) -> float:
    child = _text(element, GS, name, what)
    uom = child.get("uom", _METRE)
    if uom != _METRE:
        raise ShapeError(f"{what}: {name} in unsupported unit {uom!r} (metres expected)")
    value = _numbers(child.text or "", f"{what} {name}")
    if len(value) != 1 or value[0] < 0:
        raise ShapeError(f"{what}: {name} must be one non-negative number")
    return value[0]


def _angle(element: Element, name: str, what: str) -> float:
    child = _text(element, GS, name, what)
    value = _numbers(child.text or "", f"{what} {name}")
    if len(value) != 1:
        raise ShapeError(f"{what}: {name} must be one number")
    uom = child.get("uom", _DEGREE)
    if uom == _RADIAN:
        return math.degrees(value[0])
    if uom != _DEGREE:
        raise ShapeError(f"{what}: {name} in unsupported unit {uom!r} (degrees expected)")
    return value[0]


def _to_xy(lat0: float, lon0: float, lat: float, lon: float) -> tuple[float, float]:
    scale = math.pi / 180 * EARTH_RADIUS_M
    return (lon - lon0) * scale * math.cos(math.radians(lat0)), (lat - lat0) * scale


def _from_xy(lat0: float, lon0: float, x: float, y: float) -> tuple[float, float]:
    scale = math.pi / 180 * EARTH_RADIUS_M
    return lat0 + y / scale, lon0 + x / (scale * math.cos(math.radians(lat0)))


def _ring(polygon: Element, what: str) -> list[tuple[float, float]]:
    ring = polygon.find(f"{_q(GML, 'exterior')}/{_q(GML, 'LinearRing')}")
    if ring is None:
        raise ShapeError(f"{what}: no exterior LinearRing")
    dims = _crs(polygon, what)
    pos_list = ring.find(_q(GML, "posList"))
    if pos_list is not None:
        dims = (
            int(pos_list.get("srsDimension", dims))
            if pos_list.get("srsDimension", "").isdigit()
            else dims
        )
        values = _numbers(pos_list.text or "", f"{what} posList")
        if dims not in (2, 3) or len(values) % dims:
            raise ShapeError(f"{what}: posList length {len(values)} is not a multiple of {dims}")
        points = [(values[i], values[i + 1]) for i in range(0, len(values), dims)]
    else:
        points = []
        for pos in ring.findall(_q(GML, "pos")):
            values = _numbers(pos.text or "", f"{what} pos")
            if len(values) not in (2, 3):
                raise ShapeError(f"{what}: pos has {len(values)} values")
            points.append((values[0], values[1]))
    if len(points) < 4:
        raise ShapeError(f"{what}: exterior ring has {len(points)} positions, at least 4 needed")
    if points[0] != points[-1]:
        raise ShapeError(f"{what}: exterior ring is not closed")
    for lat, lon in points:
        _check(lat, lon, what)
    return points


def _polygon_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    lat0, lon0 = points[0]
    xy = [_to_xy(lat0, lon0, lat, lon) for lat, lon in points]
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in pairwise(xy):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(area) < 1e-9:  # degenerate ring: fall back to the vertex mean
        cx = sum(x for x, _ in xy[:-1]) / (len(xy) - 1)
        cy = sum(y for _, y in xy[:-1]) / (len(xy) - 1)
    else:
        cx /= 3 * area
        cy /= 3 * area
    radius = max(math.hypot(x - cx, y - cy) for x, y in xy)
    lat, lon = _from_xy(lat0, lon0, cx, cy)
    return lat, lon, radius


def _point(element: Element, what: str) -> Shape:
    dims = _crs(element, what)
    lat, lon, alt = _pos(element, what)
    if dims == 2 and alt is not None:
        raise ShapeError(f"{what}: 3 coordinates in a 2D reference system")
    params: Params = (("altitude_m", alt),) if alt is not None else ()
    return Shape("Point", lat, lon, None, params)


def _v3_point(element: Element, what: str) -> Shape:
    """RFC 4119's original form: ``gml:location/gml:Point/gml:coordinates`` (DMS or decimal)."""
    point = element.find(_q(GML_V3, "Point"))
    if point is None:
        raise ShapeError(f"{what}: gml:location without a Point")
    coordinates = point.findtext(_q(GML_V3, "coordinates"))
    if coordinates is None:
        coordinates = point.findtext(_q(GML_V3, "pos"))
    if not coordinates or not coordinates.strip():
        raise ShapeError(f"{what}: Point without coordinates")
    parts = coordinates.replace(",", " ").split()
    if len(parts) not in (2, 3):
        raise ShapeError(f"{what}: {coordinates.strip()!r} is not 'lat lon'")
    lat = _dms_or_decimal(parts[0], "NS", what)
    lon = _dms_or_decimal(parts[1], "EW", what)
    _check(lat, lon, what)
    return Shape("Point", lat, lon, None, ())


def _dms_or_decimal(text: str, hemispheres: str, what: str) -> float:
    match = _DMS.match(text)
    if match is None:
        try:
            return float(text)
        except ValueError:
            raise ShapeError(f"{what}: {text!r} is not a coordinate") from None
    degrees, minutes, seconds, hemisphere = match.groups()
    if hemisphere not in hemispheres or int(minutes) >= 60 or float(seconds) >= 60:
        raise ShapeError(f"{what}: {text!r} is not a valid DMS coordinate")
    value = int(degrees) + int(minutes) / 60 + float(seconds) / 3600
    return -value if hemisphere in "SW" else value


def _circle(element: Element, what: str, name: str = "Circle") -> Shape:
    _crs(element, what)
    lat, lon, alt = _pos(element, what)
    radius = _length(element, "radius", what)
    params: Params = (("radius", radius), ("uom", "m"))
    if alt is not None:
        params += (("altitude_m", alt),)
    return Shape(name, lat, lon, radius, params)


def _ellipse(element: Element, what: str) -> Shape:
    _crs(element, what)
    lat, lon, alt = _pos(element, what)
    major = _length(element, "semiMajorAxis", what)
    minor = _length(element, "semiMinorAxis", what)
    orientation = _angle(element, "orientation", what)
    params: Params = (
        ("semi_major_m", major),
        ("semi_minor_m", minor),
        ("orientation_deg", orientation),
    )
    name = "Ellipse"
    if element.tag == _q(GS, "Ellipsoid"):
        name = "Ellipsoid"
        params += (("vertical_axis_m", _length(element, "verticalAxis", what)),)
    if alt is not None:
        params += (("altitude_m", alt),)
    return Shape(name, lat, lon, max(major, minor), params)


def _arc_band(element: Element, what: str) -> Shape:
    _crs(element, what)
    lat0, lon0, _ = _pos(element, what)
    inner = _length(element, "innerRadius", what)
    outer = _length(element, "outerRadius", what)
    start = _angle(element, "startAngle", what)
    opening = _angle(element, "openingAngle", what)
    if outer <= inner:
        raise ShapeError(f"{what}: outerRadius must exceed innerRadius")
    if not 0 < opening <= 360:
        raise ShapeError(f"{what}: openingAngle must be in (0, 360]")
    half = math.radians(opening) / 2
    # Centroid distance of an annular sector from its centre.
    distance = (2 * math.sin(half) / (3 * half)) * (outer**3 - inner**3) / (outer**2 - inner**2)
    bearing = math.radians(start) + half  # clockwise from north
    cx, cy = distance * math.sin(bearing), distance * math.cos(bearing)
    boundary = []
    for step in range(33):
        angle = math.radians(start) + 2 * half * step / 32
        for radius in (inner, outer):
            boundary.append((radius * math.sin(angle), radius * math.cos(angle)))
    spread = max(math.hypot(x - cx, y - cy) for x, y in boundary)
    lat, lon = _from_xy(lat0, lon0, cx, cy)
    params: Params = (
        ("center_lat", lat0),
        ("center_lon", lon0),
        ("inner_radius_m", inner),
        ("outer_radius_m", outer),
        ("start_angle_deg", start),
        ("opening_angle_deg", opening),
    )
    return Shape("ArcBand", lat, lon, spread, params)


def _polygon(element: Element, what: str) -> Shape:
    points = _ring(element, what)
    lat, lon, radius = _polygon_centroid(points)
    return Shape("Polygon", lat, lon, radius, (("exterior", tuple(points)),))


def _prism(element: Element, what: str) -> Shape:
    _crs(element, what)
    polygon = element.find(f"{_q(GS, 'base')}/{_q(GML, 'Polygon')}")
    if polygon is None:
        raise ShapeError(f"{what}: no base Polygon")
    points = _ring(polygon, what)
    lat, lon, radius = _polygon_centroid(points)
    height = _length(element, "height", what)
    return Shape("Prism", lat, lon, radius, (("base", tuple(points)), ("height_m", height)))


_READERS = {
    _q(GML, "Point"): _point,
    _q(GML, "Polygon"): _polygon,
    _q(GS, "Circle"): _circle,
    _q(GS, "Sphere"): lambda element, what: _circle(element, what, "Sphere"),
    _q(GS, "Ellipse"): _ellipse,
    _q(GS, "Ellipsoid"): _ellipse,
    _q(GS, "ArcBand"): _arc_band,
    _q(GS, "Prism"): _prism,
    _q(GML_V3, "location"): _v3_point,
}
SHAPE_TAGS = frozenset(_READERS)


def read_shape(element: Element) -> Shape:
    """Read one shape element (see :data:`SHAPE_TAGS`); :class:`ShapeError` if unusable."""
    reader = _READERS.get(element.tag)
    if reader is None:
        raise ShapeError(f"unknown shape {_local(element.tag)!r}")
    return reader(element, _local(element.tag))
