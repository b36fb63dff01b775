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

Three dimensions (RFC 5491 section 5.2, EPSG 4979, ``srsDimension="3"``):
a position's third coordinate is its altitude, and a posList's positions
have as many coordinates as ``srsDimension`` says, else as the CRS of the
Polygon says, else (a Prism's base Polygon usually names none) as the
Prism's CRS says. ``Shape.altitude_m`` is the altitude and
``Shape.vertical_m`` the vertical uncertainty around it: a Point, Circle,
Ellipse or ArcBand has the altitude of its position and no vertical
uncertainty; a Sphere has its radius, an Ellipsoid its vertical semi-axis;
a 3D Polygon the mean of its vertices' altitudes and half their spread; a
Prism the middle of the span from its lowest base vertex to its highest one
plus the height, and half that span. Shapes without a third coordinate
have neither. Params keep ``altitude_m`` as before.

Numbers are read by :mod:`radio.codecs.numbers` as XML doubles (exponents
allowed) and must be finite: coordinates in WGS84 ranges, altitudes from
-12 km to 1000 km, lengths at most half the equator, angles within
+-360 degrees; one bad number rejects the shape.

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

from radio.codecs.numbers import (
    MAX_ALTITUDE_M,
    MAX_DISTANCE_M,
    MIN_ALTITUDE_M,
    NotANumber,
    NumberError,
    parse_decimal,
)

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
    altitude_m: float | None = None
    vertical_m: float | None = None


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
        return [parse_decimal(part, exponent=True) for part in text.split()]
    except NotANumber:
        raise ShapeError(f"{what}: {text.strip()[:40]!r} is not a list of numbers") from None
    except NumberError as exc:
        raise ShapeError(f"{what}: {exc}") from None


def _check(lat: float, lon: float, what: str) -> None:
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise ShapeError(f"{what}: coordinates out of range ({lat}, {lon})")


def _altitude(value: float, what: str) -> float:
    if not MIN_ALTITUDE_M <= value <= MAX_ALTITUDE_M:
        raise ShapeError(
            f"{what}: altitude {value:g} m out of range "
            f"({MIN_ALTITUDE_M:.0f} to {MAX_ALTITUDE_M:.0f} m)"
        )
    return value


def _pos(element: Element, what: str) -> tuple[float, float, float | None]:
    pos = _text(element, GML, "pos", what)
    values = _numbers(pos.text or "", f"{what} pos")
    if len(values) not in (2, 3):
        raise ShapeError(f"{what}: pos has {len(values)} values, expected 2 or 3")
    _check(values[0], values[1], what)
    return values[0], values[1], _altitude(values[2], what) if len(values) == 3 else None


def _length(element: Element, name: str, what: str) -> float:
    child = _text(element, GS, name, what)
    uom = child.get("uom", _METRE)
    if uom != _METRE:
        raise ShapeError(f"{what}: {name} in unsupported unit {uom!r} (metres expected)")
    value = _numbers(child.text or "", f"{what} {name}")
    if len(value) != 1 or value[0] < 0:
        raise ShapeError(f"{what}: {name} must be one non-negative number")
    if value[0] > MAX_DISTANCE_M:
        raise ShapeError(f"{what}: {name} {value[0]:g} m is beyond {MAX_DISTANCE_M:.0f} m")
    return value[0]


def _angle(element: Element, name: str, what: str) -> float:
    child = _text(element, GS, name, what)
    value = _numbers(child.text or "", f"{what} {name}")
    if len(value) != 1:
        raise ShapeError(f"{what}: {name} must be one number")
    uom = child.get("uom", _DEGREE)
    if uom == _RADIAN:
        degrees = math.degrees(value[0])
    elif uom == _DEGREE:
        degrees = value[0]
    else:
        raise ShapeError(f"{what}: {name} in unsupported unit {uom!r} (degrees expected)")
    if not -360.0 <= degrees <= 360.0:
        raise ShapeError(f"{what}: {name} {degrees:g} degrees is beyond +-360")
    return degrees


def _to_xy(lat0: float, lon0: float, lat: float, lon: float) -> tuple[float, float]:
    scale = math.pi / 180 * EARTH_RADIUS_M
    return (lon - lon0) * scale * math.cos(math.radians(lat0)), (lat - lat0) * scale


def _from_xy(lat0: float, lon0: float, x: float, y: float) -> tuple[float, float]:
    scale = math.pi / 180 * EARTH_RADIUS_M
    return lat0 + y / scale, lon0 + x / (scale * math.cos(math.radians(lat0)))


def _ring(
    polygon: Element, what: str, outer_dims: int | None = None
) -> tuple[list[tuple[float, float]], list[float]]:
    """The exterior ring's (lat, lon) positions, and its altitudes when it has them.

    ``outer_dims``: the coordinates per position of the enclosing shape's
    CRS (a Prism's), used when the Polygon names no CRS of its own.
    """
    ring = polygon.find(f"{_q(GML, 'exterior')}/{_q(GML, 'LinearRing')}")
    if ring is None:
        raise ShapeError(f"{what}: no exterior LinearRing")
    dims = _crs(polygon, what) if polygon.get("srsName") or outer_dims is None else outer_dims
    altitudes: list[float] = []
    pos_list = ring.find(_q(GML, "posList"))
    if pos_list is not None:
        dimension = pos_list.get("srsDimension", "")
        if dimension:
            if dimension not in ("2", "3"):
                raise ShapeError(f"{what}: posList srsDimension {dimension[:10]!r} is not 2 or 3")
            dims = int(dimension)
        values = _numbers(pos_list.text or "", f"{what} posList")
        if len(values) % dims:
            raise ShapeError(f"{what}: posList length {len(values)} is not a multiple of {dims}")
        points = [(values[i], values[i + 1]) for i in range(0, len(values), dims)]
        if dims == 3:
            altitudes = values[2::3]
    else:
        points = []
        for pos in ring.findall(_q(GML, "pos")):
            values = _numbers(pos.text or "", f"{what} pos")
            if len(values) not in (2, 3):
                raise ShapeError(f"{what}: pos has {len(values)} values")
            points.append((values[0], values[1]))
            if len(values) == 3:
                altitudes.append(values[2])
        if altitudes and len(altitudes) != len(points):
            raise ShapeError(f"{what}: some positions have an altitude and some do not")
    if len(points) < 4:
        raise ShapeError(f"{what}: exterior ring has {len(points)} positions, at least 4 needed")
    if points[0] != points[-1]:
        raise ShapeError(f"{what}: exterior ring is not closed")
    for lat, lon in points:
        _check(lat, lon, what)
    for altitude in altitudes:
        _altitude(altitude, what)
    return points, altitudes[:-1]  # the closing position repeats the first


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
    return Shape("Point", lat, lon, None, params, alt)


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
    vertical = radius if name == "Sphere" and alt is not None else None
    return Shape(name, lat, lon, radius, params, alt, vertical)


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
    vertical = None
    if element.tag == _q(GS, "Ellipsoid"):
        name = "Ellipsoid"
        vertical_axis = _length(element, "verticalAxis", what)
        params += (("vertical_axis_m", vertical_axis),)
        if alt is not None:
            vertical = vertical_axis
    if alt is not None:
        params += (("altitude_m", alt),)
    return Shape(name, lat, lon, max(major, minor), params, alt, vertical)


def _arc_band(element: Element, what: str) -> Shape:
    _crs(element, what)
    lat0, lon0, alt = _pos(element, what)
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
    if alt is not None:
        params += (("altitude_m", alt),)
    return Shape("ArcBand", lat, lon, spread, params, alt)


def _vertical_span(low: float, high: float) -> tuple[float, float | None]:
    """(middle, half-height) of [low, high]; no half-height for a single altitude."""
    half = (high - low) / 2
    return low + half, half if half > 0 else None


def _polygon(element: Element, what: str) -> Shape:
    points, altitudes = _ring(element, what)
    lat, lon, radius = _polygon_centroid(points)
    params: Params = (("exterior", tuple(points)),)
    if not altitudes:
        return Shape("Polygon", lat, lon, radius, params)
    altitude = sum(altitudes) / len(altitudes)
    spread = (max(altitudes) - min(altitudes)) / 2
    params += (("altitude_m", altitude),)
    return Shape("Polygon", lat, lon, radius, params, altitude, spread or None)


def _prism(element: Element, what: str) -> Shape:
    dims = _crs(element, what)
    polygon = element.find(f"{_q(GS, 'base')}/{_q(GML, 'Polygon')}")
    if polygon is None:
        raise ShapeError(f"{what}: no base Polygon")
    points, altitudes = _ring(polygon, what, dims)
    lat, lon, radius = _polygon_centroid(points)
    height = _length(element, "height", what)
    params: Params = (("base", tuple(points)), ("height_m", height))
    if not altitudes:
        return Shape("Prism", lat, lon, radius, params)
    low, high = min(altitudes), max(altitudes) + height
    params += (("base_altitude_m", low),)
    altitude, vertical = _vertical_span(low, high)
    return Shape("Prism", lat, lon, radius, params, altitude, vertical)


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
