"""PIDF-LO under fuzzing: every GeoShape, civic addresses, confidence, owners, XML variants.

Seeds: our own documents, one per shape (Point in 2D and 3D, Circle,
Ellipse, ArcBand, Polygon with a posList and with pos elements, Sphere,
Ellipsoid, Prism, RFC 4119's gml:location in DMS), civic-only and several
tuples, a device and a person; plus the PIDF-LO samples. Mutations work on
the element tree (:func:`~tests.radio.codecs.fuzz.mutators.mutate_xml`):
new texts (edge numbers, coordinate lists, times), attributes (CRS, units,
srsDimension, pdf), elements renamed to other shapes or dropped, doubled,
swapped, fragments of other shapes inserted; then the document is written
in one of several encodings, or broken on purpose (truncated, a DTD or an
entity, an encoding expat cannot read, stray markup). Every document goes
through ``decode_pidf`` (each location checked) and ``decode_pidf_frame``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from radio.codecs.pidf import decode_pidf, decode_pidf_frame
from tests.radio.codecs.fuzz.contract import check, check_all
from tests.radio.codecs.fuzz.mutators import Rng, mutate_xml
from tests.radio.codecs.fuzz.target import Target

__all__ = ["PIDF"]

PIDF_NS = "urn:ietf:params:xml:ns:pidf"
GP = "urn:ietf:params:xml:ns:pidf:geopriv10"
GML = "http://www.opengis.net/gml"
GS = "http://www.opengis.net/pidflo/1.0"
CA = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
CON = "urn:ietf:params:xml:ns:geopriv:conf"
DM = "urn:ietf:params:xml:ns:pidf:data-model"
V3 = "urn:opengis:specification:gml:schema-xsd:feature:v3.0"

NS = (
    f'xmlns="{PIDF_NS}" xmlns:gp="{GP}" xmlns:gml="{GML}" xmlns:gs="{GS}" xmlns:ca="{CA}" '
    f'xmlns:con="{CON}" xmlns:dm="{DM}" xmlns:v3="{V3}"'
)
M = 'uom="urn:ogc:def:uom:EPSG::9001"'
DEG = 'uom="urn:ogc:def:uom:EPSG::9102"'
RAD = 'uom="urn:ogc:def:uom:EPSG::9101"'
SRS2 = 'srsName="urn:ogc:def:crs:EPSG::4326"'
SRS3 = 'srsName="urn:ogc:def:crs:EPSG::4979"'
RING = "42.5 -73.2 42.6 -73.2 42.6 -73.3 42.5 -73.3 42.5 -73.2"
RING3 = "42.5 -73.2 10 42.6 -73.2 12 42.6 -73.3 14 42.5 -73.3 16 42.5 -73.2 10"

SHAPES = (
    f"<gml:Point {SRS2}><gml:pos>-34.407 150.883</gml:pos></gml:Point>",
    f"<gml:Point {SRS3}><gml:pos>-34.407 150.883 24.8</gml:pos></gml:Point>",
    f"<gs:Circle {SRS2}><gml:pos>42.5463 -73.2512</gml:pos><gs:radius {M}>850.24</gs:radius>"
    "</gs:Circle><con:confidence pdf='normal'>67</con:confidence>",
    f"<gs:Ellipse {SRS2}><gml:pos>42.5463 -73.2512</gml:pos><gs:semiMajorAxis {M}>1275"
    f"</gs:semiMajorAxis><gs:semiMinorAxis {M}>670</gs:semiMinorAxis><gs:orientation {DEG}>43.2"
    "</gs:orientation></gs:Ellipse>",
    f"<gs:Ellipse {SRS2}><gml:pos>1 2</gml:pos><gs:semiMajorAxis {M}>10</gs:semiMajorAxis>"
    f"<gs:semiMinorAxis {M}>5</gs:semiMinorAxis><gs:orientation {RAD}>1.5</gs:orientation>"
    "</gs:Ellipse>",
    f"<gs:ArcBand {SRS2}><gml:pos>42.5463 -73.2512</gml:pos><gs:innerRadius {M}>1661.55"
    f"</gs:innerRadius><gs:outerRadius {M}>2215.4</gs:outerRadius><gs:startAngle {DEG}>266"
    f"</gs:startAngle><gs:openingAngle {DEG}>120</gs:openingAngle></gs:ArcBand>",
    f"<gml:Polygon {SRS2}><gml:exterior><gml:LinearRing><gml:posList>{RING}</gml:posList>"
    "</gml:LinearRing></gml:exterior></gml:Polygon>",
    f"<gml:Polygon {SRS3}><gml:exterior><gml:LinearRing><gml:pos>0 0 1</gml:pos><gml:pos>0 1 2"
    "</gml:pos><gml:pos>1 1 3</gml:pos><gml:pos>0 0 1</gml:pos></gml:LinearRing></gml:exterior>"
    "</gml:Polygon>",
    f"<gs:Sphere {SRS3}><gml:pos>42.5463 -73.2512 26.3</gml:pos><gs:radius {M}>850.24"
    "</gs:radius></gs:Sphere>",
    f"<gs:Ellipsoid {SRS3}><gml:pos>42.5 -73.2 26.3</gml:pos><gs:semiMajorAxis {M}>7.7156"
    f"</gs:semiMajorAxis><gs:semiMinorAxis {M}>3.31</gs:semiMinorAxis><gs:verticalAxis {M}>28.7"
    f"</gs:verticalAxis><gs:orientation {DEG}>90</gs:orientation></gs:Ellipsoid>",
    f"<gs:Prism {SRS3}><gs:base><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>{RING3}"
    f"</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gs:base><gs:height {M}>2.4"
    "</gs:height></gs:Prism>",
    "<v3:location><v3:Point><v3:coordinates>37:46:30N 122:25:10W</v3:coordinates></v3:Point>"
    "</v3:location>",
    "<ca:civicAddress><ca:country>FI</ca:country><ca:A1>Uusimaa</ca:A1><ca:A3>Helsinki</ca:A3>"
    "<ca:RD>Mannerheimintie</ca:RD><ca:HNO>12</ca:HNO><ca:FLR>3</ca:FLR></ca:civicAddress>",
)


def _doc(*infos: str, entity: str = "tel:+15551234567", extra: str = "") -> bytes:
    tuples = "".join(
        f'<tuple id="t{i}"><status><gp:geopriv><gp:location-info>{info}</gp:location-info>'
        "<gp:usage-rules/><gp:method>GPS</gp:method></gp:geopriv></status>"
        "<timestamp>2024-05-01T10:00:00+02:00</timestamp></tuple>"
        for i, info in enumerate(infos)
    )
    return f'<presence {NS} entity="{entity}">{tuples}{extra}</presence>'.encode()


def _own() -> list[bytes]:
    out = [_doc(shape) for shape in SHAPES]
    out.append(_doc(SHAPES[0] + SHAPES[-1], SHAPES[2], entity="sip:+44207900@example.org"))
    out.append(
        _doc(
            SHAPES[6],
            extra=(
                '<dm:device id="d1"><gp:geopriv><gp:location-info>'
                f"{SHAPES[3]}</gp:location-info></gp:geopriv>"
                "<dm:deviceID>tel:+4420790001</dm:deviceID>"
                "<dm:timestamp>2024-01-01T00:00:00Z</dm:timestamp></dm:device>"
                '<dm:person id="p1"><gp:geopriv><gp:location-info>'
                f"{SHAPES[8]}</gp:location-info></gp:geopriv></dm:person>"
            ),
        )
    )
    return out


@cache
def seeds(samples: Path | None) -> list[bytes]:
    out = _own()
    if samples is not None:
        out += [path.read_bytes() for path in sorted((samples / "pidf_lo").glob("*.xml"))]
    return out


TAGS = tuple(
    f"{{{ns}}}{local}"
    for ns, local in (
        (GML, "Point"), (GML, "Polygon"), (GML, "pos"), (GML, "posList"), (GML, "exterior"),
        (GS, "Circle"), (GS, "Sphere"), (GS, "Ellipse"), (GS, "Ellipsoid"), (GS, "ArcBand"),
        (GS, "Prism"), (GS, "radius"), (GS, "height"), (GS, "base"), (V3, "location"),
        (CA, "civicAddress"), ("urn:ietf:params:xml:ns:pidf:geopriv10:civicLoc", "civicAddress"),
        (CON, "confidence"), (GP, "location-info"), (GP, "geopriv"), (PIDF_NS, "tuple"),
        (DM, "device"), (DM, "person"), (PIDF_NS, "timestamp"), (DM, "deviceID"), (GP, "method"),
        ("urn:example:other", "thing"), ("", "Point"),
    )
)  # fmt: skip
FRAGMENTS = tuple(f"<x {NS}>{shape}</x>" for shape in SHAPES[:6])
VALUES = (
    "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG::4979", "EPSG:4979",
    "urn:ogc:def:crs:EPSG::3857",
    "urn:ogc:def:uom:EPSG::9001", "urn:ogc:def:uom:EPSG::9102", "urn:ogc:def:uom:EPSG::9101",
    "2", "3", "4", "normal", "rectangular", "unknown", "gaussian", "tel:+15551234567",
    "sip:12@example.org", "tel:12", "pres:x@example.org", RING, RING3, "0 0 0 0 0 0 0 0",
    "90 180 -90 -180 90 180 -90 -180", "89.9999 0 90 120 89.9999 -120 89.9999 0",
    "0 0 0 0.000000001 0.000000001 0 0 0", "1 2 3 4 5", "37:46:30N 122:25:10W",
    "90:00:00N 180:00:00E", "37:61:00N 1:2:3W", "١٢:٣٠:٠٠N 1:2:3E", "95", "0", "100.0001",
)  # fmt: skip


def mutate(data: bytes, rng: Rng) -> bytes:
    return mutate_xml(data, rng, TAGS, FRAGMENTS, VALUES)


def run(data: bytes) -> None:
    check_all(decode_pidf(data), "pidf")
    check(decode_pidf_frame(data), "pidf")


PIDF = Target(
    name="pidf",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=decode_pidf_frame,
    tokens=(b"<gml:pos>", b"</gml:pos>", b"<gs:radius>", b"srsName=", b"uom=", b"&#", b"<!"),
)
