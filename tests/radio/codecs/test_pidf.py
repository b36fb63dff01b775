"""PIDF-LO codec: every GeoShape, civic, confidence, ids, several tuples, hostile XML, fuzz."""

# XML fixtures read best on one line each.
# ruff: noqa: E501

from __future__ import annotations

import math
import random
from datetime import UTC, datetime

import pytest

from radio.codecs.pidf import decode_pidf, decode_pidf_frame, encode_pidf
from radio.codecs.pidf_shapes import EARTH_RADIUS_M
from radio.messages import DecodeError
from radio.messages_location import CallerLocation, PidfDocument

NS = (
    'xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" '
    'xmlns:gml="http://www.opengis.net/gml" xmlns:gs="http://www.opengis.net/pidflo/1.0" '
    'xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr" '
    'xmlns:con="urn:ietf:params:xml:ns:geopriv:conf" '
    'xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"'
)
M = 'uom="urn:ogc:def:uom:EPSG::9001"'
DEG = 'uom="urn:ogc:def:uom:EPSG::9102"'
SRS2 = 'srsName="urn:ogc:def:crs:EPSG::4326"'
SRS3 = 'srsName="urn:ogc:def:crs:EPSG::4979"'


def doc(*infos: str, entity: str = "tel:+15551234567", extra: str = "") -> bytes:
    tuples = "".join(
        f'<tuple id="t{i}"><status><gp:geopriv><gp:location-info>{info}</gp:location-info>'
        f"<gp:usage-rules/><gp:method>GPS</gp:method></gp:geopriv></status>"
        f"<timestamp>2024-05-01T10:00:00+02:00</timestamp></tuple>"
        for i, info in enumerate(infos)
    )
    return f'<presence {NS} entity="{entity}">{tuples}{extra}</presence>'.encode()


def one(document: bytes) -> CallerLocation:
    result = decode_pidf(document)
    assert isinstance(result, list) and len(result) == 1, result
    assert isinstance(result[0], CallerLocation), result[0]
    return result[0]


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return math.hypot(x, y) * EARTH_RADIUS_M


def test_point_with_common_fields() -> None:
    location = one(doc(f"<gml:Point {SRS2}><gml:pos>45.5 -73.25</gml:pos></gml:Point>"))
    out = location.to_dict()
    assert (out["lat"], out["lon"], out["shape"]) == (45.5, -73.25, "Point")
    assert "radius_m" not in out and "confidence" not in out
    assert out["number"] == "+15551234567"
    assert out["time"] == "2024-05-01T08:00:00+00:00"
    assert out["method"] == "GPS"
    assert out["extras"] == {"element": "tuple", "id": "t0", "entity": "tel:+15551234567"}


def test_point_3d_keeps_altitude() -> None:
    location = one(doc(f"<gml:Point {SRS3}><gml:pos>45.5 -73.25 30.5</gml:pos></gml:Point>"))
    assert location.params() == {"altitude_m": 30.5}


def test_circle_with_confidence() -> None:
    location = one(
        doc(
            f"<gs:Circle {SRS2}><gml:pos>42.5463 -73.2512</gml:pos><gs:radius {M}>850.24</gs:radius>"
            '</gs:Circle><con:confidence pdf="rectangular">67</con:confidence>'
        )
    )
    assert (location.shape, location.radius_m, location.confidence) == ("Circle", 850.24, 67.0)
    assert location.extra("pdf") == "rectangular"
    assert location.extra("confidence_assumed") is None


def test_missing_confidence_defaults_to_95_for_shapes() -> None:
    location = one(
        doc(f"<gs:Circle {SRS2}><gml:pos>1 2</gml:pos><gs:radius {M}>10</gs:radius></gs:Circle>")
    )
    assert location.confidence == 95.0 and location.extra("confidence_assumed") is True


def test_ellipse_radius_is_the_semi_major_axis() -> None:
    location = one(
        doc(
            f"<gs:Ellipse {SRS2}><gml:pos>42.5 -73.2</gml:pos>"
            f"<gs:semiMajorAxis {M}>1275</gs:semiMajorAxis><gs:semiMinorAxis {M}>670</gs:semiMinorAxis>"
            f"<gs:orientation {DEG}>43.2</gs:orientation></gs:Ellipse>"
        )
    )
    assert (location.lat, location.lon, location.radius_m) == (42.5, -73.2, 1275.0)
    assert location.params() == {
        "semi_major_m": 1275.0,
        "semi_minor_m": 670.0,
        "orientation_deg": 43.2,
    }


def test_orientation_in_radians() -> None:
    location = one(
        doc(
            f"<gs:Ellipse {SRS2}><gml:pos>1 2</gml:pos><gs:semiMajorAxis {M}>20</gs:semiMajorAxis>"
            f"<gs:semiMinorAxis {M}>10</gs:semiMinorAxis>"
            '<gs:orientation uom="urn:ogc:def:uom:EPSG::9101">3.141592653589793</gs:orientation>'
            "</gs:Ellipse>"
        )
    )
    assert location.params()["orientation_deg"] == pytest.approx(180.0)


SQUARE = "0 0 0 0.001 0.001 0.001 0.001 0 0 0"


def test_polygon_centroid_and_radius() -> None:
    location = one(
        doc(
            f"<gml:Polygon {SRS2}><gml:exterior><gml:LinearRing><gml:posList>{SQUARE}</gml:posList>"
            "</gml:LinearRing></gml:exterior></gml:Polygon>"
        )
    )
    assert location.shape == "Polygon"
    assert location.lat == pytest.approx(0.0005, abs=1e-9)
    assert location.lon == pytest.approx(0.0005, abs=1e-9)
    assert location.radius_m == pytest.approx(distance_m(0, 0, 0.0005, 0.0005), rel=1e-3)
    assert len(location.params()["exterior"]) == 5


def test_polygon_from_pos_elements_and_3d_poslist() -> None:
    pos = "".join(
        f"<gml:pos>{a} {b}</gml:pos>"
        for a, b in zip(SQUARE.split()[::2], SQUARE.split()[1::2], strict=True)
    )
    by_pos = one(
        doc(
            f"<gml:Polygon {SRS2}><gml:exterior><gml:LinearRing>{pos}</gml:LinearRing></gml:exterior></gml:Polygon>"
        )
    )
    poslist3 = "0 0 5 0 0.001 5 0.001 0.001 5 0.001 0 5 0 0 5"
    by_3d = one(
        doc(
            f'<gml:Polygon {SRS3}><gml:exterior><gml:LinearRing><gml:posList srsDimension="3">{poslist3}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>'
        )
    )
    assert (by_pos.lat, by_pos.lon) == pytest.approx((by_3d.lat, by_3d.lon))


def test_polygon_faults() -> None:
    open_ring = "0 0 0 1 1 1 1 0"
    result = decode_pidf(
        doc(
            f"<gml:Polygon {SRS2}><gml:exterior><gml:LinearRing><gml:posList>{open_ring}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
        )
    )
    assert isinstance(result, list) and isinstance(result[0], DecodeError)
    assert result[0].reason == "tuple 't0': Polygon: exterior ring is not closed"


def test_arcband_centroid() -> None:
    location = one(
        doc(
            f"<gs:ArcBand {SRS2}><gml:pos>0 0</gml:pos><gs:innerRadius {M}>1000</gs:innerRadius>"
            f"<gs:outerRadius {M}>2000</gs:outerRadius><gs:startAngle {DEG}>80</gs:startAngle>"
            f"<gs:openingAngle {DEG}>20</gs:openingAngle></gs:ArcBand>"
        )
    )
    # Due east (bearing 90), at the annular sector's centroid distance.
    half = math.radians(10)
    expected = (2 * math.sin(half) / (3 * half)) * (2000**3 - 1000**3) / (2000**2 - 1000**2)
    assert location.lat == pytest.approx(0.0, abs=1e-9)
    assert distance_m(0, 0, location.lat, location.lon) == pytest.approx(expected, rel=1e-6)
    assert location.lon > 0
    assert 500 < location.radius_m < 1000  # type: ignore[operator]
    assert location.params()["outer_radius_m"] == 2000.0


def test_sphere_ellipsoid_prism() -> None:
    sphere = one(
        doc(f"<gs:Sphere {SRS3}><gml:pos>1 2 30</gml:pos><gs:radius {M}>15</gs:radius></gs:Sphere>")
    )
    assert (sphere.shape, sphere.radius_m, sphere.params()["altitude_m"]) == ("Sphere", 15.0, 30.0)
    ellipsoid = one(
        doc(
            f"<gs:Ellipsoid {SRS3}><gml:pos>1 2 30</gml:pos><gs:semiMajorAxis {M}>40</gs:semiMajorAxis>"
            f"<gs:semiMinorAxis {M}>20</gs:semiMinorAxis><gs:verticalAxis {M}>5</gs:verticalAxis>"
            f"<gs:orientation {DEG}>90</gs:orientation></gs:Ellipsoid>"
        )
    )
    assert (ellipsoid.shape, ellipsoid.radius_m) == ("Ellipsoid", 40.0)
    assert ellipsoid.params()["vertical_axis_m"] == 5.0
    prism = one(
        doc(
            f"<gs:Prism {SRS3}><gs:base><gml:Polygon><gml:exterior><gml:LinearRing>"
            f'<gml:posList srsDimension="3">0 0 1 0 0.001 1 0.001 0.001 1 0.001 0 1 0 0 1</gml:posList>'
            f"</gml:LinearRing></gml:exterior></gml:Polygon></gs:base><gs:height {M}>3</gs:height></gs:Prism>"
        )
    )
    assert prism.shape == "Prism" and prism.params()["height_m"] == 3.0
    assert prism.lat == pytest.approx(0.0005)


def test_civic_with_a_shape_and_alone() -> None:
    civic = "<ca:civicAddress><ca:country>FR</ca:country><ca:A3>Nice</ca:A3><ca:RD>Promenade</ca:RD><ca:STS>des Anglais</ca:STS><ca:HNO>12</ca:HNO><ca:FLR>2</ca:FLR><ca:NAM> </ca:NAM></ca:civicAddress>"
    both = one(doc(f"<gml:Point {SRS2}><gml:pos>43.69 7.26</gml:pos></gml:Point>" + civic))
    assert both.civic_address() == {
        "country": "FR",
        "A3": "Nice",
        "RD": "Promenade",
        "STS": "des Anglais",
        "HNO": "12",
        "FLR": "2",
    }
    alone = one(doc(civic))
    assert alone.lat is None and alone.shape is None and alone.confidence is None
    assert alone.civic == both.civic


def test_several_tuples_and_a_bad_one_in_between() -> None:
    result = decode_pidf(
        doc(
            f"<gml:Point {SRS2}><gml:pos>1 2</gml:pos></gml:Point>",
            f"<gs:Triangle {SRS2}><gml:pos>1 2</gml:pos></gs:Triangle>",
            f"<gs:Circle {SRS2}><gml:pos>3 4</gml:pos><gs:radius {M}>9</gs:radius></gs:Circle>",
        )
    )
    assert isinstance(result, list) and len(result) == 3
    assert isinstance(result[1], DecodeError)
    assert result[1].reason == "tuple 't1': unknown shape 'Triangle'"
    assert [r.lat for r in result if isinstance(r, CallerLocation)] == [1.0, 3.0]
    frame = decode_pidf_frame(
        doc(f"<gml:Point {SRS2}><gml:pos>1 2</gml:pos></gml:Point>", f"<gs:Triangle {SRS2}/>")
    )
    assert isinstance(frame, PidfDocument)
    assert len(frame.locations) == 1 and frame.errors == ("tuple 't1': unknown shape 'Triangle'",)
    assert frame.to_dict()["entity"] == "tel:+15551234567"


def test_device_and_person_with_ids() -> None:
    extra = (
        '<dm:device id="d1"><gp:geopriv><gp:location-info>'
        f"<gml:Point {SRS2}><gml:pos>5 6</gml:pos></gml:Point></gp:location-info></gp:geopriv>"
        "<dm:deviceID>tel:+4420790001</dm:deviceID><dm:timestamp>2024-01-01T00:00:00Z</dm:timestamp></dm:device>"
        '<dm:person id="p1"><gp:geopriv><gp:location-info>'
        f"<gml:Point {SRS2}><gml:pos>7 8</gml:pos></gml:Point></gp:location-info></gp:geopriv></dm:person>"
    )
    result = decode_pidf(doc(entity="pres:someone@example.com", extra=extra))
    assert isinstance(result, list)
    device, person = result
    assert isinstance(device, CallerLocation) and isinstance(person, CallerLocation)
    assert device.number == "+4420790001" and device.extra("device_id") == "tel:+4420790001"
    assert device.time == datetime(2024, 1, 1, tzinfo=UTC)
    assert person.number is None and person.extra("element") == "person"


@pytest.mark.parametrize(
    ("entity", "number"),
    [
        ("sip:+15551230000@example.com;user=phone", "+15551230000"),
        ("tel:555-0100", "5550100"),
        ("pres:x@y", None),
    ],
)
def test_numbers_from_entity(entity: str, number: str | None) -> None:
    assert (
        one(doc(f"<gml:Point {SRS2}><gml:pos>1 2</gml:pos></gml:Point>", entity=entity)).number
        == number
    )


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (
            f"<gml:Point {SRS2}><gml:pos>95 2</gml:pos></gml:Point>",
            "tuple 't0': Point: coordinates out of range (95.0, 2.0)",
        ),
        (
            f"<gml:Point {SRS2}><gml:pos>north east</gml:pos></gml:Point>",
            "tuple 't0': Point pos: 'north east' is not a list of numbers",
        ),
        (
            '<gml:Point srsName="urn:ogc:def:crs:EPSG::27700"><gml:pos>1 2</gml:pos></gml:Point>',
            "tuple 't0': Point: unsupported coordinate reference system 'urn:ogc:def:crs:EPSG::27700'",
        ),
        (
            f"<gs:Circle {SRS2}><gml:pos>1 2</gml:pos></gs:Circle>",
            "tuple 't0': Circle: missing radius",
        ),
        (
            f'<gs:Circle {SRS2}><gml:pos>1 2</gml:pos><gs:radius uom="urn:ogc:def:uom:EPSG::9002">3</gs:radius></gs:Circle>',
            "tuple 't0': Circle: radius in unsupported unit 'urn:ogc:def:uom:EPSG::9002' (metres expected)",
        ),
        (
            f"<gml:Point {SRS2}><gml:pos>1 2</gml:pos></gml:Point><con:confidence>0</con:confidence>",
            "tuple 't0': con:confidence 0.0 is not a percentage in (0, 100]",
        ),
        (
            f'<gml:Point {SRS2}><gml:pos>1 2</gml:pos></gml:Point><con:confidence pdf="cauchy">50</con:confidence>',
            "tuple 't0': con:confidence pdf 'cauchy' is not unknown, normal or rectangular",
        ),
        ("", "tuple 't0': location-info holds no location"),
    ],
)
def test_location_faults(info: str, expected: str) -> None:
    result = decode_pidf(doc(info))
    assert isinstance(result, list) and isinstance(result[0], DecodeError)
    assert result[0].reason == expected


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="&lol9;"/>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE presence [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="&xxe;"/>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE presence SYSTEM "http://127.0.0.1:9/pidf.dtd">
<presence xmlns="urn:ietf:params:xml:ns:pidf"/>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD])
def test_hostile_xml_is_rejected_unexpanded(document: bytes) -> None:
    result = decode_pidf(document)
    assert isinstance(result, DecodeError)
    assert result.reason == "hostile or unsupported XML: a DTD is not allowed in PIDF-LO"
    assert result.raw == document  # kept as received, nothing expanded
    assert "root:" not in result.reason


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (b"", "not well-formed XML: no element found: line 1, column 0"),
        (b"<presence", "not well-formed XML: unclosed token: line 1, column 0"),
        (b"<html/>", "not a PIDF document: root element is 'html'"),
        (b'<presence xmlns="urn:ietf:params:xml:ns:pidf"/>', "no gp:geopriv location in document"),
        (b"<a>" + b" " * 300_000 + b"</a>", "document too large: 300007 bytes (limit 262144)"),
    ],
)
def test_document_faults(document: bytes, expected: str) -> None:
    result = decode_pidf(document)
    assert isinstance(result, DecodeError) and result.reason == expected
    frame = decode_pidf_frame(document)
    assert isinstance(frame, DecodeError) and frame.reason == expected


def test_encode_round_trip() -> None:
    record = CallerLocation(
        "pidf", "PIDF-LO", "pidf", number="+15550001111", lat=10.5, lon=-20.25, radius_m=30.0,
        confidence=68.0, time=datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC), method="GPS",
        civic=(("country", "US"), ("A3", "Town & Co")),
    )  # fmt: skip
    again = one(encode_pidf(record))
    assert (again.number, again.lat, again.lon, again.radius_m, again.confidence) == (
        "+15550001111", 10.5, -20.25, 30.0, 68.0,
    )  # fmt: skip
    assert again.time == record.time and again.civic == record.civic and again.method == "GPS"


def test_fuzz_never_raises() -> None:
    rng = random.Random(5491)
    seed = doc(
        f"<gs:Circle {SRS2}><gml:pos>1 2</gml:pos><gs:radius {M}>9</gs:radius></gs:Circle>",
        f"<gml:Polygon {SRS2}><gml:exterior><gml:LinearRing><gml:posList>{SQUARE}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>",
    )
    for _ in range(2000):
        if rng.random() < 0.3:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        else:
            buf = bytearray(seed)
            for _ in range(rng.randint(1, 5)):
                buf[rng.randrange(len(buf))] = rng.choice(b"<>/\"' 0123456789.-x&;")
            data = bytes(buf)
        result = decode_pidf(data)
        items = result if isinstance(result, list) else [result]
        for item in items:
            assert isinstance(item, (CallerLocation, DecodeError))
            if isinstance(item, DecodeError):
                assert item.reason and not item.reason.startswith("internal"), item.reason
