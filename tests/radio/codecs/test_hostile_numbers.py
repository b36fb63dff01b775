"""Non-finite and out-of-range numbers reject the whole frame, in every text codec.

Before the shared strict parser (radio/codecs/numbers.py), a field of 309
digits decoded to 1e308 and one of 310 digits to ``inf``: the message was
kept, and a payload holding ``inf`` can be neither stored (the store writes
JSON with ``allow_nan=False``) nor rejected. Each case here must now be a
``DecodeError`` with a one-line reason naming the field, never an internal
error; and what the same codecs still accept stays storable.
"""

# Fixtures read best on one line each.
# ruff: noqa: E501

from __future__ import annotations

import json

import pytest

from radio.codecs.aml import decode_aml_http, decode_aml_sms
from radio.codecs.cap import decode_cap
from radio.codecs.nmea import checksum
from radio.codecs.nmea import decode as decode_nmea
from radio.codecs.pidf import decode_pidf_frame
from radio.codecs.zone_alarm import decode as decode_alarm
from radio.messages import DecodeError

BIG = "1" + "0" * 308  # 309 digits: 1e308, finite but absurd
HUGE = "1" + "0" * 309  # 310 digits: float() gives inf
HOSTILE = [BIG, HUGE, "inf", "nan", "1e999", "Infinity", "-inf", "1_0"]


def seal(body: str) -> bytes:
    raw = body.encode("ascii")
    return b"$%s*%02X" % (raw, checksum(raw))


def assert_rejected(result: object, field: str) -> None:
    assert isinstance(result, DecodeError), result
    assert not result.reason.startswith("internal"), result.reason
    assert field in result.reason, result.reason
    assert "\n" not in result.reason and len(result.reason) < 200, result.reason


def assert_storable(message: object) -> None:
    assert not isinstance(message, DecodeError), message
    json.dumps(message.to_payload(), allow_nan=False)  # type: ignore[attr-defined]


GGA = "GPGGA,123519,4807.038,N,01131.000,E,1,{sats},{hdop},{alt},M,46.9,M,,"
RMC = "GPRMC,123519,A,4807.038,N,01131.000,W,{speed},{course},230394,003.1,W,A"
GNS = "GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,{hdop},{alt},10.0,,,S"

NMEA_CASES = [
    *[(GGA.format(sats="08", hdop=v, alt="545.4"), "GGA HDOP") for v in HOSTILE],
    (GGA.format(sats="08", hdop="1001", alt="545.4"), "GGA HDOP"),
    *[(GGA.format(sats="08", hdop="0.9", alt=v), "GGA altitude") for v in HOSTILE],
    (GGA.format(sats="08", hdop="0.9", alt="-" + BIG), "GGA altitude"),
    (GGA.format(sats="08", hdop="0.9", alt="-20000"), "GGA altitude"),
    (GGA.format(sats="1" * 5000, hdop="0.9", alt="545.4"), "GGA satellites"),
    (GGA.format(sats="1000", hdop="0.9", alt="545.4"), "GGA satellites"),
    *[(RMC.format(speed=v, course="084.4"), "RMC speed") for v in HOSTILE],
    *[(RMC.format(speed="022.4", course=v), "RMC course") for v in HOSTILE],
    (GNS.format(hdop=BIG, alt="1.0"), "GNS HDOP"),
    (GNS.format(hdop="1.0", alt=HUGE), "GNS altitude"),
    (f"RATTM,07,{BIG},045.0,R,12.0,270.0,T,0.30,-4.5,N,F,T,,,A", "TTM distance"),
    (f"RATTM,07,{HUGE},045.0,R,12.0,270.0,T,0.30,-4.5,N,F,T,,,A", "TTM distance"),
    (f"RATTM,07,2.5,{HUGE},R,12.0,270.0,T,0.30,-4.5,N,F,T,,,A", "TTM bearing"),
    (f"RATTM,07,2.5,045.0,R,{BIG},270.0,T,0.30,-4.5,N,F,T,,,A", "TTM speed"),
    (f"RATTM,07,2.5,045.0,R,12.0,270.0,T,{HUGE},-4.5,N,F,T,,,A", "TTM distance of CPA"),
    (f"RATTM,07,2.5,045.0,R,12.0,270.0,T,0.30,-{BIG},N,F,T,,,A", "TTM time of CPA"),
    (f"RAOSD,{HUGE},A,088.0,P,10.0,P,180.0,1.5,N", "OSD heading"),
    (f"RAOSD,090.5,A,088.0,P,{BIG},P,180.0,1.5,N", "OSD speed"),
    (f"RAOSD,090.5,A,088.0,P,10.0,P,180.0,{HUGE},N", "OSD vessel drift"),
    (f"RARSD,{BIG},010.0,1.00,020.0,,,2.00,030.0,0.80,326.9,6.0,K,H", "RSD origin 1 range"),
    (f"RARSD,0.50,010.0,1.00,020.0,,,2.00,030.0,0.80,326.9,{HUGE},K,H", "RSD range scale"),
    (f"RATLL,07,{BIG},N,01131.0000,W,FERRY,101530,T,", "TLL latitude"),
    (f"RATLB,{BIG},ALPHA", "TLB target number"),
]


@pytest.mark.parametrize(("body", "field"), NMEA_CASES, ids=range(len(NMEA_CASES)))
def test_nmea_hostile_numbers_reject_the_sentence(body: str, field: str) -> None:
    assert_rejected(decode_nmea(seal(body)), field)


def test_nmea_tag_block_time_of_5000_digits() -> None:
    tag = "c:" + "1" * 5000
    frame = b"\\%s*%02X\\" % (tag.encode(), checksum(tag.encode())) + seal(
        GGA.format(sats="08", hdop="0.9", alt="545.4")
    )
    assert_rejected(decode_nmea(frame), "TAG block time")


def test_nmea_bounds_still_accept_real_values() -> None:
    for body in (
        GGA.format(sats="12", hdop="99.99", alt="-10.5"),
        GGA.format(sats="", hdop="", alt=""),
        RMC.format(speed="0.0", course="360.0"),
        "RATTM,07,2.5,045.0,R,12.0,270.0,T,0.30,-4.5,N,F,T,,,A",
    ):
        assert_storable(decode_nmea(seal(body)))


HTTP = "v=1&device_number=%2B447700900123&location_latitude={lat}&location_longitude=-0.142&location_accuracy={acc}&location_certainty={cert}&location_time={time}"
HTTP_GOOD = {"lat": "51.501", "acc": "12.5", "cert": "68", "time": "1700000000000"}


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        *[("acc", v, "location_accuracy") for v in HOSTILE],
        ("acc", "30000000", "location_accuracy"),
        *[("lat", v, "location_latitude") for v in (HUGE, "nan", "1e1")],
        ("cert", HUGE, "location_certainty"),
        ("time", "9" * 15, "location_time"),
        ("time", "1" * 5000, "location_time"),
    ],
)
def test_aml_http_hostile_numbers(key: str, value: str, field: str) -> None:
    body = HTTP.format(**{**HTTP_GOOD, key: value}).encode()
    assert_rejected(decode_aml_http(body), field)
    assert_storable(decode_aml_http(HTTP.format(**HTTP_GOOD).encode()))


V2 = 'A"ML=2;et=1700000000;lo={lo};lt=-5;lc={lc};lz={lz};ls=G'


@pytest.mark.parametrize(
    ("lo", "lc", "lz", "field"),
    [
        (f"51.5,-0.1,{BIG}", "68", "10,5", "field 'lo'"),
        (f"51.5,-0.1,{HUGE}", "68", "10,5", "field 'lo'"),
        ("nan,-0.1,10", "68", "10,5", "field 'lo'"),
        ("51.5,inf,10", "68", "10,5", "field 'lo'"),
        ("51.5,-0.1,1e999", "68", "10,5", "field 'lo'"),
        ("51.5,-0.1,10", HUGE, "10,5", "field 'lc'"),
        ("51.5,-0.1,10", "68", f"{BIG},5", "field 'lz'"),
        ("51.5,-0.1,10", "68", f"10,{HUGE}", "field 'lz'"),
    ],
)
def test_aml_sms_v2_hostile_numbers(lo: str, lc: str, lz: str, field: str) -> None:
    assert_rejected(decode_aml_sms(V2.format(lo=lo, lc=lc, lz=lz).encode()), field)
    assert_storable(decode_aml_sms(V2.format(lo="51.5,-0.1,10", lc="68", lz="10,5").encode()))


CAP = (
    '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>X-1</identifier>'
    "<sender>ops@example.org</sender><sent>2024-07-01T10:00:00+00:00</sent>"
    "<status>Actual</status><msgType>Alert</msgType><scope>Public</scope>"
    "<info><category>Fire</category><event>Fire</event><urgency>Expected</urgency>"
    "<severity>Severe</severity><certainty>Likely</certainty><area><areaDesc>Ridge</areaDesc>"
    "<polygon>{polygon}</polygon><circle>{circle}</circle>"
    "<altitude>{altitude}</altitude><ceiling>{ceiling}</ceiling></area></info></alert>"
)
CAP_GOOD = {
    "polygon": "45.0,7.0 45.1,7.0 45.1,7.1 45.0,7.0",
    "circle": "45.05,7.05 2.5",
    "altitude": "1000",
    "ceiling": "5000.5",
}


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        *[("circle", f"45.05,7.05 {v}", "circle radius") for v in HOSTILE],
        ("circle", "45.05,7.05 20038", "circle radius"),
        *[("altitude", v, "<altitude>") for v in HOSTILE],
        *[("ceiling", v, "<ceiling>") for v in HOSTILE],
        ("altitude", "-" + HUGE, "<altitude>"),
        ("polygon", "nan,7.0 45.1,7.0 45.1,7.1 nan,7.0", "<polygon>"),
        ("polygon", f"45.0,{HUGE} 45.1,7.0 45.1,7.1 45.0,{HUGE}", "<polygon>"),
        ("circle", "inf,7.05 2.5", "<circle>"),
    ],
)
def test_cap_hostile_numbers(key: str, value: str, field: str) -> None:
    assert_rejected(decode_cap(CAP.format(**{**CAP_GOOD, key: value}).encode()), field)
    assert_storable(decode_cap(CAP.format(**CAP_GOOD).encode()))


PIDF = (
    '<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" '
    'xmlns:gml="http://www.opengis.net/gml" xmlns:gs="http://www.opengis.net/pidflo/1.0" entity="tel:+15551234567">'
    '<tuple id="t"><status><gp:geopriv><gp:location-info>{shape}</gp:location-info></gp:geopriv></status></tuple></presence>'
)
M = 'uom="urn:ogc:def:uom:EPSG::9001"'
SRS3 = 'srsName="urn:ogc:def:crs:EPSG::4979"'


@pytest.mark.parametrize(
    ("shape", "field"),
    [
        (
            f"<gs:Circle><gml:pos>1 2</gml:pos><gs:radius {M}>{BIG}</gs:radius></gs:Circle>",
            "radius",
        ),
        (
            f"<gs:Circle><gml:pos>1 2</gml:pos><gs:radius {M}>{HUGE}</gs:radius></gs:Circle>",
            "radius",
        ),
        (
            f"<gs:Circle><gml:pos>1 2</gml:pos><gs:radius {M}>1e999</gs:radius></gs:Circle>",
            "radius",
        ),
        (f"<gs:Circle><gml:pos>1 2</gml:pos><gs:radius {M}>INF</gs:radius></gs:Circle>", "radius"),
        (f"<gs:Circle><gml:pos>1e999 2</gml:pos><gs:radius {M}>5</gs:radius></gs:Circle>", "pos"),
        (f"<gs:Circle><gml:pos>NaN 2</gml:pos><gs:radius {M}>5</gs:radius></gs:Circle>", "pos"),
        (f"<gml:Point {SRS3}><gml:pos>1 2 {BIG}</gml:pos></gml:Point>", "altitude"),
        (
            f"<gs:Sphere {SRS3}><gml:pos>1 2 3</gml:pos><gs:radius {M}>{BIG}</gs:radius></gs:Sphere>",
            "radius",
        ),
        (
            f"<gs:Ellipse><gml:pos>1 2</gml:pos><gs:semiMajorAxis {M}>{BIG}</gs:semiMajorAxis>"
            f"<gs:semiMinorAxis {M}>1</gs:semiMinorAxis><gs:orientation>0</gs:orientation></gs:Ellipse>",
            "semiMajorAxis",
        ),
        (
            f"<gs:Ellipse><gml:pos>1 2</gml:pos><gs:semiMajorAxis {M}>2</gs:semiMajorAxis>"
            f"<gs:semiMinorAxis {M}>1</gs:semiMinorAxis><gs:orientation>1e300</gs:orientation></gs:Ellipse>",
            "orientation",
        ),
        (
            f"<gs:Prism {SRS3}><gs:base><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>"
            "0 0 1 0 0.001 1 0.001 0.001 1 0.001 0 1 0 0 1</gml:posList></gml:LinearRing></gml:exterior>"
            f"</gml:Polygon></gs:base><gs:height {M}>{HUGE}</gs:height></gs:Prism>",
            "height",
        ),
    ],
)
def test_pidf_hostile_numbers(shape: str, field: str) -> None:
    assert_rejected(decode_pidf_frame(PIDF.format(shape=shape).encode()), field)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (f"ALARM S1 ZONE Z1 RANGE {BIG} BRG 10", "range_m"),
        (f"ALARM S1 ZONE Z1 RANGE {HUGE} BRG 10", "range_m"),
        ("ALARM S1 ZONE Z1 RANGE 1e999 BRG 10", "range_m"),
        ("ALARM S1 ZONE Z1 RANGE 30000000 BRG 10", "range_m"),
        (f"ALARM S1 ZONE Z1 RANGE 10 BRG {HUGE}", "bearing_deg"),
        (f"ALARM S1 ZONE Z1 POS {HUGE} 7", "lat"),
        ("ALARM S1 ZONE Z1 POS 43.7 \u0667", "lon"),  # an Arabic-Indic digit: float() takes it
        ("ALARM S1 ZONE Z1 TIME 0001-01-01T00:00:00+05:00", "time"),
    ],
)
def test_zone_alarm_hostile_numbers(line: str, field: str) -> None:
    assert_rejected(decode_alarm(line.encode()), field)
    assert_storable(decode_alarm(b"ALARM S1 ZONE Z1 RANGE 412.5 BRG 33.0 POS 43.7 7.4"))


def test_pidf_timestamp_beyond_the_calendar_in_utc() -> None:
    shape = "<gml:Point><gml:pos>1 2</gml:pos></gml:Point>"
    document = PIDF.format(shape=shape).replace(
        "</status></tuple>", "</status><timestamp>0001-01-01T00:00:00+05:00</timestamp></tuple>"
    )
    assert_rejected(decode_pidf_frame(document.encode()), "timestamp")
