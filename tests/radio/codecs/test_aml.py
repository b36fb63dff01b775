"""AML codec: SMS validation per ETSI TS 103 625, HTTPS form bodies, encoders, fuzz."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from radio.codecs.aml import (
    decode_aml_http,
    decode_aml_http_frame,
    decode_aml_sms,
    encode_aml_http,
    encode_aml_sms,
    verify_aml_http_hmac,
)
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError
from radio.messages_location import CallerLocation

GOOD = (
    'A"ML=1;lt=+55.74317;lg=+037.61911;rd=50;top=20130717141935;lc=90;pm=G;'
    "si=250953842824626;ei=356738048017661;mcc=250;mnc=99;ml=129"
)
# The example as printed in the AML specification documents declares ml=124,
# but the text is 129 characters long: by the standard's own length rule it
# is invalid, and this codec rejects it (see test_spec_example_length).
SPEC_EXAMPLE = GOOD.replace("ml=129", "ml=124")


def sms(text: str, fix_length: bool = True) -> bytes:
    """``text`` without its ml, plus an ml that is right (or copied as is)."""
    if not fix_length:
        return text.encode()
    head = text + ";ml="
    length = len(head) + 1
    while len(head) + len(str(length)) != length:
        length += 1
    return (head + str(length)).encode()


def body_of(text: str) -> str:
    return text.rsplit(";ml=", 1)[0]


def reason(result: object) -> str:
    assert isinstance(result, DecodeError), result
    return result.reason


def test_good_sms() -> None:
    result = decode_aml_sms(GOOD.encode())
    assert isinstance(result, CallerLocation)
    out = result.to_dict()
    assert (out["lat"], out["lon"], out["radius_m"]) == (55.74317, 37.61911, 50.0)
    assert out["confidence"] == 90 and out["method"] == "GNSS" and out["shape"] == "Circle"
    assert out["time"] == "2013-07-17T14:19:35+00:00"
    assert out["extras"] == {
        "imsi": "250953842824626",
        "imei": "356738048017661",
        "mcc": "250",
        "mnc": "99",
        "aml_version": 1,
    }
    assert result.warnings == ()


def test_trailing_line_end_is_ignored() -> None:
    assert isinstance(decode_aml_sms(GOOD.encode() + b"\r\n"), CallerLocation)


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (
            GOOD.replace("ml=129", "ml=128"),
            "field 'ml': declares 128 characters, the message has 129",
        ),
        (GOOD.replace("ml=129", "ml=12x"), "field 'ml': '12x' is not 1-3 digits"),
        (GOOD.replace("lt=+55.74317;", ""), "missing mandatory field 'lt'"),
        (GOOD.replace(";ml=129", ""), "missing mandatory field 'ml'"),
        (GOOD.replace("lc=90;", "lc=90;xx=1;"), "unknown field 'xx'"),
        (GOOD.replace("lc=90;", "lc=90;lc=80;"), "duplicated field 'lc'"),
        (GOOD.replace("lc=90;", "lc;"), "malformed attribute 'lc' at position 6"),
        (GOOD.replace("lc=90;", "lc=;"), "malformed attribute 'lc=' at position 6"),
        (GOOD.replace("lc=90;", ";"), "malformed attribute '' at position 6"),
        (
            GOOD.replace("+55.74317", "+55.7431"),
            "field 'lt': '+55.7431' is not signed degrees with 5 decimals",
        ),
        (GOOD.replace("+55.74317", "+95.74317"), "field 'lt': 95.74317 is out of range (+-90)"),
        (
            GOOD.replace("+037.61911", "+37.6191E"),
            "field 'lg': '+37.6191E' is not signed degrees with 5 decimals",
        ),
        (GOOD.replace("rd=50", "rd=5.0"), "field 'rd': '5.0' is not 1-6 digits"),
        (
            GOOD.replace("top=20130717141935", "top=20131317141935"),
            "field 'top': '20131317141935' is not a valid date and time",
        ),
        (GOOD.replace("lc=90", "lc=101"), "field 'lc': 101 is not a percentage (0-100)"),
        (GOOD.replace("pm=G", "pm=H"), "field 'pm': 'H' is not one of G, W, C, N"),
        (GOOD.replace("rd=50", "rd=N"), "field 'rd': rd=N contradicts pm=G"),
        (GOOD.replace("mcc=250", "mcc=25"), "field 'mcc': '25' is not 3 digits"),
        (GOOD.replace("mnc=99", "mnc=9999"), "field 'mnc': '9999' is not 2-3 digits"),
        (
            GOOD.replace("ei=356738048017661", "ei=35673804801766A"),
            "field 'ei': '35673804801766A' is not 14-16 digits",
        ),
        (GOOD.replace('A"ML=1', 'A"ML=3'), "unsupported AML version '3' (1 and 2 are decoded)"),
        # Version 2 is decoded now (test_aml_v2.py); v1 attributes do not fit it.
        (GOOD.replace('A"ML=1', 'A"ML=2'), "field 'lt': '+55.74317' is not an integer"),
        (GOOD.replace('A"ML=1;', ""), 'not an AML SMS: no A"ML= header'),
        (GOOD.replace("lc=90;", "") + ";lc=90", "field 'ml': must be the last attribute"),
        (GOOD.replace("G", "\u00e9"), "not printable ASCII"),
    ],
)
def test_sms_faults_name_the_field(frame: str, expected: str) -> None:
    # Fix the declared length where the fault is not the length itself.
    data = frame.encode("utf-8")
    if "ml=" in frame and "declares" not in expected and "ml':" not in expected:
        data = sms(body_of(frame)) if frame.endswith(tuple("0123456789")) else data
    assert reason(decode_aml_sms(data)) == expected


def test_spec_example_length() -> None:
    assert len(SPEC_EXAMPLE) == 129
    assert reason(decode_aml_sms(SPEC_EXAMPLE.encode())) == (
        "field 'ml': declares 124 characters, the message has 129"
    )


def test_no_location_form() -> None:
    text = sms('A"ML=1;lt=+00.00000;lg=+000.00000;rd=N;top=20130717141935;lc=90;pm=N')
    result = decode_aml_sms(text)
    assert isinstance(result, CallerLocation)
    assert result.lat is None and result.lon is None and result.radius_m is None
    assert result.shape is None and result.method == "no location"
    assert "no location (the handset had no fix)" in result.warnings


def test_missing_optional_fields_warn() -> None:
    result = decode_aml_sms(sms('A"ML=1;lt=-33.86785;lg=151.20732;rd=12'))
    assert isinstance(result, CallerLocation)
    assert result.warnings == tuple(
        f"missing field {key!r}" for key in ("top", "lc", "pm", "si", "ei", "mcc", "mnc")
    )


def test_zero_radius_is_a_point() -> None:
    result = decode_aml_sms(sms('A"ML=1;lt=-33.86785;lg=151.20732;rd=0;pm=C'))
    assert isinstance(result, CallerLocation)
    assert result.shape == "Point" and result.radius_m is None and result.method == "cell"


def test_sms_encode_round_trip() -> None:
    first = decode_aml_sms(GOOD.encode())
    assert isinstance(first, CallerLocation)
    assert encode_aml_sms(first) == GOOD.encode()
    nothing = CallerLocation("aml-sms", "AML-SMS", "aml", time=datetime(2020, 1, 2, tzinfo=UTC))
    again = decode_aml_sms(encode_aml_sms(nothing))
    assert isinstance(again, CallerLocation) and not again.has_position


def test_sms_concatenated_and_byte_by_byte_through_line_framing() -> None:
    frames_in = [GOOD.encode(), b'A"ML=1;junk', encode_aml_sms(decode_aml_sms(GOOD.encode()))]  # type: ignore[arg-type]
    stream = b"\r\n".join(frames_in) + b"\r\n"
    splitter = FrameSplitter(frame_line)
    frames: list[bytes] = []
    for index in range(len(stream)):
        frames += splitter.feed(stream[index : index + 1])
    assert frames == frames_in
    results = [decode_aml_sms(frame) for frame in frames]
    assert [type(r).__name__ for r in results] == [
        "CallerLocation",
        "DecodeError",
        "CallerLocation",
    ]


HTTP = (
    b"v=1&device_number=%2B447700900123&location_latitude=51.50100&location_longitude=-0.14200"
    b"&location_time=1700000000000&location_accuracy=12.5&location_source=wifi"
    b"&location_certainty=68&location_floor=3&device_imei=354773072099116"
)


def test_http_body() -> None:
    result = decode_aml_http(HTTP, "application/x-www-form-urlencoded; charset=utf-8")
    assert isinstance(result, CallerLocation)
    assert result.number == "+447700900123"
    assert (result.lat, result.lon, result.radius_m) == (51.501, -0.142, 12.5)
    assert result.confidence == 68.0 and result.method == "Wi-Fi"
    assert result.time == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert result.civic_address() == {"FLR": "3"}
    assert result.extra("device_imei") == "354773072099116"
    assert result.kind == "AML-HTTP" and result.warnings == ()
    assert decode_aml_http_frame(HTTP) == result


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (
            HTTP,
            "application/json",
            "unsupported content type 'application/json'; "
            "expected application/x-www-form-urlencoded",
        ),
        (b"", None, "empty body"),
        (HTTP + b"&v=1", None, "duplicated field 'v'"),
        (HTTP.replace(b"v=1&", b""), None, "missing mandatory field 'v'"),
        (HTTP.replace(b"v=1&", b"v=9&"), None, "field 'v': unsupported version '9'"),
        (
            HTTP.replace(b"&location_longitude=-0.14200", b""),
            None,
            "missing mandatory field 'location_longitude'",
        ),
        (
            HTTP.replace(b"51.50100", b"51,5"),
            None,
            "field 'location_latitude': '51,5' is not a number",
        ),
        (
            HTTP.replace(b"51.50100", b"151.5"),
            None,
            "field 'location_latitude': 151.5 is out of range (+-90)",
        ),
        (HTTP.replace(b"=12.5", b"=-1"), None, "field 'location_accuracy': -1.0 is negative"),
        (
            HTTP.replace(b"=wifi", b"=radar"),
            None,
            "field 'location_source': 'radar' is not gps, wifi, cell or unknown",
        ),
        (
            HTTP.replace(b"=1700000000000", b"=yesterday"),
            None,
            "field 'location_time': 'yesterday' is not milliseconds since 1970",
        ),
        (
            HTTP.replace(b"=68", b"=168"),
            None,
            "field 'location_certainty': 168.0 is not a percentage (0-100)",
        ),
        (b"v=1&&x", None, "malformed form body: bad query field: ''"),
        (b"v=1&x\xff=1", None, "form body is not printable ASCII (not URL-encoded)"),
        (b"v=1&" + b"x" * 20000, None, "body too large: 20004 bytes (limit 16384)"),
    ],
)
def test_http_faults(body: bytes, content_type: str | None, expected: str) -> None:
    assert reason(decode_aml_http(body, content_type)) == expected


def test_http_unknown_field_is_kept_with_a_warning() -> None:
    result = decode_aml_http(HTTP + b"&vendor_flag=1")
    assert isinstance(result, CallerLocation)
    assert result.extra("vendor_flag") == "1"
    assert result.warnings == ("unknown field 'vendor_flag'",)


def test_http_encode_round_trip_and_hmac() -> None:
    first = decode_aml_http(HTTP)
    assert isinstance(first, CallerLocation)
    body = encode_aml_http(first, hmac_key=b"secret")
    assert verify_aml_http_hmac(body, b"secret")
    assert not verify_aml_http_hmac(body, b"other")
    assert not verify_aml_http_hmac(HTTP, b"secret")
    again = decode_aml_http(body)
    assert isinstance(again, CallerLocation)
    assert (again.number, again.lat, again.lon, again.radius_m, again.time, again.method) == (
        first.number,
        first.lat,
        first.lon,
        first.radius_m,
        first.time,
        first.method,
    )


def test_fuzz_never_raises() -> None:
    rng = random.Random(103625)
    alphabet = b'A"ML=1;ltgrdpmN+-.0123456789&%_'
    for _ in range(4000):
        if rng.random() < 0.5:
            frame = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 160)))
        else:
            data = bytearray(GOOD.encode() if rng.random() < 0.5 else HTTP)
            for _ in range(rng.randint(1, 3)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            frame = bytes(data)
        for result in (decode_aml_sms(frame), decode_aml_http(frame, None)):
            assert isinstance(result, (CallerLocation, DecodeError))
            if isinstance(result, DecodeError):
                assert result.reason and not result.reason.startswith("internal")
