"""PIDF-LO shapes in three dimensions (RFC 5491 section 5.2, EPSG 4979).

The fixtures follow the forms of the RFC's examples: a Prism's base Polygon
names no CRS and its posList no srsDimension, so its 15 numbers are five
positions of three coordinates by the Prism's own CRS (before, this was
"posList length 15 is not a multiple of 2"). Every 3D shape keeps its 2D
reading (lat, lon, horizontal radius) and adds ``altitude_m`` and
``vertical_uncertainty_m``.
"""

# XML fixtures read best on one line each.
# ruff: noqa: E501

from __future__ import annotations

import json

import pytest

from radio.codecs.pidf import decode_pidf, decode_pidf_frame
from radio.messages import DecodeError
from radio.messages_location import CallerLocation, PidfDocument

NS = (
    'xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" '
    'xmlns:gml="http://www.opengis.net/gml" xmlns:gs="http://www.opengis.net/pidflo/1.0"'
)
M = 'uom="urn:ogc:def:uom:EPSG::9001"'
DEG = 'uom="urn:ogc:def:uom:EPSG::9102"'
SRS2 = 'srsName="urn:ogc:def:crs:EPSG::4326"'
SRS3 = 'srsName="urn:ogc:def:crs:EPSG::4979"'


def doc(shape: str) -> bytes:
    return (
        f'<presence {NS} entity="pres:caller@example.com"><tuple id="t"><status><gp:geopriv>'
        f"<gp:location-info>{shape}</gp:location-info><gp:usage-rules/></gp:geopriv></status>"
        "</tuple></presence>"
    ).encode()


def one(document: bytes) -> CallerLocation:
    result = decode_pidf(document)
    assert isinstance(result, list) and len(result) == 1, result
    location = result[0]
    assert isinstance(location, CallerLocation), location
    frame = decode_pidf_frame(document)
    assert isinstance(frame, PidfDocument) and frame.locations == (location,)
    json.dumps(frame.to_payload(), allow_nan=False)
    return location


def reason(document: bytes) -> str:
    result = decode_pidf(document)
    assert isinstance(result, list) and isinstance(result[0], DecodeError), result
    assert not result[0].reason.startswith("internal")
    return result[0].reason


PRISM_BASE = (
    "42.556844 -73.248157 36.6 42.656844 -73.248157 36.6 42.656844 -73.348157 36.6 "
    "42.556844 -73.348157 36.6 42.556844 -73.248157 36.6"
)
PRISM = (
    f"<gs:Prism {SRS3}><gs:base><gml:Polygon><gml:exterior><gml:LinearRing>"
    f"<gml:posList>{PRISM_BASE}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
    f"</gs:base><gs:height {M}>2.4</gs:height></gs:Prism>"
)


def test_point_with_three_coordinates() -> None:
    location = one(doc(f"<gml:Point {SRS3}><gml:pos>-34.407 150.883 24.8</gml:pos></gml:Point>"))
    assert (location.shape, location.lat, location.lon) == ("Point", -34.407, 150.883)
    assert (location.altitude_m, location.vertical_uncertainty_m) == (24.8, None)
    out = location.to_dict()
    assert out["altitude_m"] == 24.8 and "vertical_uncertainty_m" not in out
    assert out["shape_params"] == {"altitude_m": 24.8}


def test_sphere_radius_is_horizontal_and_vertical() -> None:
    location = one(
        doc(
            f"<gs:Sphere {SRS3}><gml:pos>42.5463 -73.2512 26.3</gml:pos><gs:radius {M}>850.24</gs:radius></gs:Sphere>"
        )
    )
    assert (location.shape, location.lat, location.lon) == ("Sphere", 42.5463, -73.2512)
    assert (location.radius_m, location.altitude_m, location.vertical_uncertainty_m) == (
        850.24,
        26.3,
        850.24,
    )
    assert location.confidence == 95.0  # RFC 5491: shapes are at 95%


def test_ellipsoid_semi_major_and_vertical_axis() -> None:
    location = one(
        doc(
            f"<gs:Ellipsoid {SRS3}><gml:pos>42.5463 -73.2512 26.3</gml:pos>"
            f"<gs:semiMajorAxis {M}>7.7156</gs:semiMajorAxis><gs:semiMinorAxis {M}>3.31</gs:semiMinorAxis>"
            f"<gs:verticalAxis {M}>28.7</gs:verticalAxis><gs:orientation {DEG}>90</gs:orientation></gs:Ellipsoid>"
        )
    )
    assert (location.shape, location.radius_m) == ("Ellipsoid", 7.7156)
    assert (location.altitude_m, location.vertical_uncertainty_m) == (26.3, 28.7)
    assert location.params()["vertical_axis_m"] == 28.7


def test_prism_as_rfc_5491_writes_it() -> None:
    location = one(doc(PRISM))
    assert location.shape == "Prism"
    assert location.lat == pytest.approx(42.606844, abs=1e-4)
    assert location.lon == pytest.approx(-73.298157, abs=1e-4)
    # the base is about 11.1 km north-south by 8.2 km east-west: half its diagonal
    assert location.radius_m == pytest.approx(6900, rel=0.02)
    assert location.altitude_m == pytest.approx(36.6 + 1.2)
    assert location.vertical_uncertainty_m == pytest.approx(1.2)
    params = location.params()
    assert params["height_m"] == 2.4 and params["base_altitude_m"] == 36.6
    assert params["base"][0] == (42.556844, -73.248157) and len(params["base"]) == 5


def test_prism_base_with_its_own_2d_crs_has_no_altitude() -> None:
    flat = PRISM.replace("<gml:Polygon>", f"<gml:Polygon {SRS2}>").replace(
        PRISM_BASE, "0 0 0 0.001 0.001 0.001 0.001 0 0 0"
    )
    location = one(doc(flat))
    assert location.shape == "Prism" and location.altitude_m is None
    assert location.vertical_uncertainty_m is None and location.params()["height_m"] == 2.4


def test_polygon_in_three_dimensions() -> None:
    level = "0 0 10 0 0.001 10 0.001 0.001 10 0.001 0 10 0 0 10"
    location = one(
        doc(
            f'<gml:Polygon {SRS3}><gml:exterior><gml:LinearRing><gml:posList srsDimension="3">{level}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>'
        )
    )
    assert (location.altitude_m, location.vertical_uncertainty_m) == (10.0, None)
    sloped = "0 0 10 0 0.001 14 0.001 0.001 14 0.001 0 10 0 0 10"
    location = one(
        doc(
            f"<gml:Polygon {SRS3}><gml:exterior><gml:LinearRing><gml:posList>{sloped}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
        )
    )
    assert (location.altitude_m, location.vertical_uncertainty_m) == (12.0, 2.0)


def test_two_dimensional_shapes_are_unchanged() -> None:
    location = one(
        doc(f"<gs:Circle {SRS2}><gml:pos>1 2</gml:pos><gs:radius {M}>9</gs:radius></gs:Circle>")
    )
    out = location.to_dict()
    assert "altitude_m" not in out and "vertical_uncertainty_m" not in out


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        (
            PRISM.replace("<gml:posList>", '<gml:posList srsDimension="4">'),
            "Prism: posList srsDimension '4' is not 2 or 3",
        ),
        (
            PRISM.replace(" 36.6 42.556844 -73.248157 36.6", " 42.556844 -73.248157 36.6"),
            "Prism: posList length 14 is not a multiple of 3",
        ),
        (
            PRISM.replace("36.6", "-20000"),
            "Prism: altitude -20000 m out of range (-12000 to 1000000 m)",
        ),
        (
            f"<gs:Sphere {SRS3}><gml:pos>1 2 1e7</gml:pos><gs:radius {M}>5</gs:radius></gs:Sphere>",
            "Sphere: altitude 1e+07 m out of range (-12000 to 1000000 m)",
        ),
    ],
)
def test_three_dimensional_faults(shape: str, expected: str) -> None:
    assert reason(doc(shape)) == f"tuple 't': {expected}"
