"""AML SMS version 2 (``A"ML=2;...;lo=lat,lon,radius;...``) decodes to the v1 message.

The attribute set is the one handsets send and deployed parsers read (see
radio/codecs/aml_sms2.py); before, every v2 SMS was refused as "unsupported
AML version '2'".
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from radio.codecs.aml import decode_aml_line, decode_aml_sms
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError
from radio.messages_location import CallerLocation

FULL = (
    'A"ML=2;en=112;et=1593187189;lo=-37.42175,-122.08461,20.1;lt=-9;lc=68;'
    "lz=-100.1,10.5;ls=G;ei=358239059042542;nc=310260;hc=20801;lg=en-US"
)


def location(text: str) -> CallerLocation:
    result = decode_aml_sms(text.encode("ascii"))
    assert isinstance(result, CallerLocation), result
    json.dumps(result.to_payload(), allow_nan=False)
    return result


def reason(text: str) -> str:
    result = decode_aml_sms(text.encode("ascii"))
    assert isinstance(result, DecodeError), result
    assert result.protocol == "aml-sms" and not result.reason.startswith("internal")
    return result.reason


def test_full_v2_message() -> None:
    result = location(FULL)
    assert (result.protocol, result.kind, result.source) == ("aml-sms", "AML-SMS", "aml")
    assert (result.lat, result.lon, result.radius_m, result.shape) == (
        -37.42175,
        -122.08461,
        20.1,
        "Circle",
    )
    assert result.confidence == 68.0 and result.method == "GNSS"
    assert result.time == datetime(2020, 6, 26, 15, 59, 40, tzinfo=UTC)  # et - 9 s
    assert (result.altitude_m, result.vertical_uncertainty_m) == (-100.1, 10.5)
    assert dict(result.extras) == {
        "emergency_number": "112",
        "call_time": "2020-06-26T15:59:49+00:00",
        "imei": "358239059042542",
        "mcc": "310",
        "mnc": "260",
        "home_mcc": "208",
        "home_mnc": "01",
        "language": "en-US",
        "aml_version": 2,
    }
    assert result.warnings == ()
    assert result.to_dict()["extras"]["aml_version"] == 2


def test_same_message_as_v1_for_the_same_location() -> None:
    v1 = decode_aml_sms(
        b'A"ML=1;lt=+55.74317;lg=+037.61911;rd=50;top=20130717141935;lc=90;pm=W;ml=75'
    )
    assert isinstance(v1, CallerLocation)
    v2 = location('A"ML=2;et=1374070775;lo=55.74317,37.61911,50;lt=0;lc=90;ls=W')
    for name in ("lat", "lon", "radius_m", "confidence", "shape", "time", "method"):
        assert getattr(v1, name) == getattr(v2, name), name
    assert v1.extra("aml_version") == 1 and v2.extra("aml_version") == 2


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ('A"ML=2;lo=51.5,-0.12,0;ls=F', lambda r: r.shape == "Point" and r.method == "fused"),
        (
            'A"ML=2;lo=51.5,-0.12;ls=U',
            lambda r: r.shape == "Point" and "field 'lo' has no radius" in r.warnings,
        ),
        ('A"ML=2;en=999;et=1700000000', lambda r: not r.has_position and r.time is None),
        (
            'A"ML=2;lo=51.5,-0.12,8;lt=5',
            lambda r: (
                r.time is None and "field 'lt' without 'et': no time of positioning" in r.warnings
            ),
        ),
        (
            'A"ML=2;lo=51.5,-0.12,8;lz=12,0',
            lambda r: (r.altitude_m, r.vertical_uncertainty_m) == (12.0, None),
        ),
        (
            'A"ML=2;lo=51.5,-0.12,8;xx=7',
            lambda r: r.extra("sms_xx") == "7" and "unknown field 'xx'" in r.warnings,
        ),
        ('A"ML=2;lo=51.5,-0.12,8;ml=28', lambda r: r.has_position),
    ],
)
def test_optional_attributes(text: str, check) -> None:  # type: ignore[no-untyped-def]
    assert check(location(text))


def test_missing_attributes_warn_when_there_is_a_location() -> None:
    result = location('A"ML=2;lo=51.5,-0.12,8')
    assert result.warnings == tuple(f"missing field {k!r}" for k in ("et", "lt", "lc", "ls"))
    nothing = location('A"ML=2;et=1700000000')
    assert nothing.warnings == ("no location (the handset had no fix)",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A"ML=2;lo=95,1,5', "field 'lo': '95' is out of range (-90 to 90)"),
        ('A"ML=2;lo=51.5,-181,5', "field 'lo': '-181' is out of range (-180 to 180)"),
        ('A"ML=2;lo=51.5,1,-5', "field 'lo': '-5' must not be negative"),
        ('A"ML=2;lo=51.5,1,5,7', "field 'lo': '51.5,1,5,7' is not 'latitude,longitude,radius'"),
        ('A"ML=2;lo=51.5', "field 'lo': '51.5' is not 'latitude,longitude,radius'"),
        ('A"ML=2;lc=101', "field 'lc': '101' is out of range (0 to 100)"),
        ('A"ML=2;ls=X', "field 'ls': 'X' is not one of G, W, C, F, U"),
        ('A"ML=2;et=yesterday', "field 'et': 'yesterday' is not an integer"),
        ('A"ML=2;et=1;lt=-5', "field 'lt': -4 seconds since 1970 is out of range"),
        ('A"ML=2;lz=5', "field 'lz': '5' is not 'altitude,accuracy'"),
        ('A"ML=2;nc=3102', "field 'nc': '3102' is not 5-6 digits"),
        ('A"ML=2;ei=35823905904254X', "field 'ei': '35823905904254X' is not 14-16 digits"),
        ('A"ML=2;en=1 1 2', "field 'en': '1 1 2' is not a dialled number"),
        ('A"ML=2;lg=en_US', "field 'lg': 'en_US' is not a language tag"),
        ('A"ML=2;lc=5;lc=6', "duplicated field 'lc'"),
        ('A"ML=2;ml=15;lc=5', "field 'ml': must be the last attribute"),
        ('A"ML=2;lc=5;ml=99', "field 'ml': declares 99 characters, the message has 17"),
        ('A"ML=2;lc', "malformed attribute 'lc' at position 2"),
        ('A"ML=3;lc=5', "unsupported AML version '3' (1 and 2 are decoded)"),
    ],
)
def test_v2_faults_name_the_field(text: str, expected: str) -> None:
    assert reason(text) == expected


def test_v2_through_the_line_framer_and_decode_aml_line() -> None:
    messages = [FULL.encode(), b'A"ML=2;lo=51.5,-0.12,8;ls=C']
    stream = b"\r\n".join(messages) + b"\r\n"
    splitter = FrameSplitter(frame_line)
    frames: list[bytes] = []
    for index in range(len(stream)):
        frames += splitter.feed(stream[index : index + 1])
    assert frames == messages
    assert [decode_aml_line(f) for f in frames] == [decode_aml_sms(m) for m in messages]
