"""ALI codec: default and site profiles, framing faults, BCC, classes of service, ACK/NAK."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime
from typing import Any

import pytest

from radio.codecs.ali import ACK, NAK, ack_for, decode, decode_ali, decode_bcc, encode_ali
from radio.codecs.ali_profile import (
    CLASS_OF_SERVICE,
    DEFAULT_PROFILE,
    DEFAULT_XOR_PROFILE,
    AliProfile,
    AliProfileError,
)
from radio.framing.base import FrameSplitter
from radio.framing.stx_etx import frame_stx_etx, frame_stx_etx_bcc, xor_bcc
from radio.messages import DecodeError
from radio.messages_location import CallerLocation

WHEN = datetime(2024, 3, 1, 14, 5, 9, tzinfo=UTC)
XOR = dataclasses.replace(DEFAULT_PROFILE, bcc="xor")


def test_registry_decoders_use_the_default_layouts() -> None:
    frame = encode_ali(WIRELESS, DEFAULT_XOR_PROFILE)
    assert decode_bcc(frame) == decode_ali(frame, XOR)
    assert isinstance(decode_bcc(frame), CallerLocation)
    assert reason(decode(frame)) == "1 trailing byte(s) after the record"


WIRELESS = CallerLocation(
    "ali",
    "ALI",
    "ali",
    number="5551234567",
    lat=39.739236,
    lon=-104.990251,
    radius_m=50.0,
    confidence=90,
    class_of_service="WPH2",
    time=WHEN,
    civic=(("NAM", "WIRELESS CALLER"), ("A3", "ANYTOWN"), ("A1", "ST"), ("LOC", "SECTOR NE")),
    extras=(("esn", "00123"), ("pani", "5559876543"), ("carrier", "EXAMPLE WIRELESS")),
)
LANDLINE = CallerLocation(
    "ali",
    "ALI",
    "ali",
    number="3035550100",
    class_of_service="RESD",
    time=WHEN,
    civic=(("NAM", "DOE JOHN"), ("HNO", "1200"), ("RD", "MAIN ST"), ("A3", "SPRINGFIELD")),
    extras=(("esn", "00456"),),
)


def record(text_lines: list[str], bcc: bool = False) -> bytes:
    body = "\r\n".join(text_lines).encode("ascii") + b"\x03"
    return b"\x02" + body + (bytes([xor_bcc(body)]) if bcc else b"")


def reason(result: object) -> str:
    assert isinstance(result, DecodeError), result
    return result.reason


def test_wireless_round_trip_gives_a_location() -> None:
    frame = encode_ali(WIRELESS)
    assert frame.startswith(b"\x02") and frame.endswith(b"\x03")
    assert frame.count(b"\r\n") == 7
    result = decode(frame)
    assert isinstance(result, CallerLocation)
    out = result.to_dict()
    assert out["number"] == "5551234567"
    assert out["lat"] == 39.739236 and out["lon"] == -104.990251
    assert out["radius_m"] == 50.0 and out["confidence"] == 90
    assert out["shape"] == "Circle" and out["time"] == "2024-03-01T14:05:09+00:00"
    assert out["class_of_service"] == "WPH2"
    assert out["extras"]["pani"] == "5559876543" and out["extras"]["esn"] == "00123"
    assert out["extras"]["cos_description"] == CLASS_OF_SERVICE["WPH2"]
    assert result.warnings == ()
    assert ack_for(result) == ACK


def test_landline_gives_an_address() -> None:
    result = decode(encode_ali(LANDLINE))
    assert isinstance(result, CallerLocation)
    assert result.lat is None and result.shape is None
    assert result.civic_address() == {
        "NAM": "DOE JOHN",
        "HNO": "1200",
        "RD": "MAIN ST",
        "A3": "SPRINGFIELD",
    }
    assert result.class_of_service == "RESD"


def test_documented_example_layout() -> None:
    lines = [
        "5551234567".ljust(16) + "WPH2 00123",
        "2024-03-01 14:05:09 5559876543",
        "WIRELESS CALLER",
        "",
        "ANYTOWN".ljust(27) + "ST",
        "+39.739236 -104.990251 00050 090",
        "EXAMPLE WIRELESS",
        "SECTOR NE",
    ]
    result = decode(record(lines))
    assert isinstance(result, CallerLocation)
    assert result == decode(encode_ali(WIRELESS))


def test_byte_by_byte_and_concatenated_with_noise() -> None:
    frames_in = [encode_ali(WIRELESS, XOR), encode_ali(LANDLINE, XOR)]
    stream = b"\r\n".join(frames_in) + b"\r\n" + b"garbage\x02" + b"\x02\x03\x03"
    splitter = FrameSplitter(frame_stx_etx_bcc)
    frames: list[bytes] = []
    for index in range(len(stream)):
        frames += splitter.feed(stream[index : index + 1])
    frames += splitter.flush()
    assert frames[:2] == frames_in
    results = [decode_ali(frame, XOR) for frame in frames]
    assert [r.number for r in results[:2]] == ["5551234567", "3035550100"]  # type: ignore[union-attr]
    assert [reason(r) for r in results[2:]] == [
        "noise outside a record (7 bytes, no STX)",
        "half record: no ETX (record truncated)",
        "half record: 1 of 8 lines",
    ]
    assert [ack_for(r) for r in results] == [ACK, ACK, b"", NAK, NAK]


def test_bcc_mismatch_names_both_values() -> None:
    frame = encode_ali(WIRELESS, XOR)
    good = frame[-1]
    bad = frame[:-1] + bytes([good ^ 0xFF])
    assert reason(decode_ali(bad, XOR)) == (
        f"block check mismatch: expected 0x{good:02x}, got 0x{good ^ 0xFF:02x}"
    )
    assert ack_for(decode_ali(bad, XOR)) == NAK
    assert reason(decode_ali(frame[:-1], XOR)) == "missing block check character after ETX"
    # A corrupted body byte is caught by the BCC too.
    flipped = frame[:5] + b"9" + frame[6:]
    assert reason(decode_ali(flipped, XOR)).startswith("block check mismatch")


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (b"", "empty frame"),
        (b"\x025551234567\r\n", "half record: no ETX (record truncated)"),
        (b"line 7\r\nline 8\x03", "half record: no STX (the start of the record was lost)"),
        (b"\x02a\x02b\x03", "doubled record: a second STX at offset 2 before ETX"),
        (b"\x02a\x03\x02b\x03", "doubled record: another record follows ETX (3 byte(s))"),
        (b"\x02a\x03xy", "2 trailing byte(s) after the record"),
        (b"\x02a\r\nb\r\nc\x03", "half record: 3 of 8 lines"),
        (
            b"\x02" + b"\r\n".join([b"x"] * 9) + b"\x03",
            "too many lines: 9, the profile has 8 (records run together?)",
        ),
        (b"\x02" + b"\r\n".join([b"x"] * 16) + b"\x03", "doubled record: the same 8 lines twice"),
        (
            b"\x02" + b"x" * 33 + b"\r\n" * 7 + b"\x03",
            "line 1 is 33 columns wide; the profile allows 32",
        ),
        (b"\x02a\tb\x03", "control byte 0x09 at offset 2 in record"),
    ],
)
def test_framing_faults(frame: bytes, expected: str) -> None:
    assert reason(decode(frame)) == expected


def lines_with(**changes: str) -> list[str]:
    base = encode_ali(WIRELESS)[1:-1].decode("ascii").split("\r\n")
    for key, text in changes.items():
        number = int(key[1:]) - 1
        base[number] = text
    return base


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"l1": "                WPH2"}, "field ani: missing (line 1)"),
        ({"l1": "55512B4567      WPH2"}, "field ani: '55512B4567' is not a telephone number"),
        ({"l1": "5551234567"}, "field cos: missing (line 1)"),
        ({"l1": "5551234567      WPH2 0012X"}, "field esn: '0012X' is not all digits"),
        ({"l6": "+99.000000 -104.990251"}, "field lat: 99.0 is out of range (+-90)"),
        ({"l6": "N39.739236 -104.990251"}, "field lat: 'N39.739236' is not signed decimal degrees"),
        (
            {"l6": "+39.739236 -104.990251 00050 120"},
            "field confidence: 120 is not a percentage (0-100)",
        ),
        (
            {"l6": "+39.739236 -104.990251 -0050"},
            "field uncertainty: '-0050' is not a non-negative number",
        ),
        (
            {"l2": "01/03/2024 14:05:09"},
            "field time: '01/03/2024 14:05:09' does not match '%Y-%m-%d %H:%M:%S'",
        ),
    ],
)
def test_field_faults_name_the_field(changes: dict[str, str], expected: str) -> None:
    assert reason(decode(record(lines_with(**changes)))) == expected


def test_unknown_class_of_service_is_kept_with_a_warning() -> None:
    result = decode(record(lines_with(l1="5551234567      ZZZZ 00123")))
    assert isinstance(result, CallerLocation)
    assert result.class_of_service == "ZZZZ"
    assert result.warnings == ("unknown class of service 'ZZZZ'",)
    assert result.extra("cos_description") is None
    assert ack_for(result) == ACK


def test_wireless_without_coordinates_warns_for_rebid() -> None:
    result = decode(record(lines_with(l1="5551234567      WPH1 00123", l6="")))
    assert isinstance(result, CallerLocation)
    assert not result.has_position
    assert result.warnings == ("wireless class WPH1 without coordinates (rebid for a location)",)
    # Fields the console needs to match the rebid.
    assert (result.number, result.extra("pani"), result.extra("esn")) == (
        "5551234567",
        "5559876543",
        "00123",
    )


def test_point_without_uncertainty_and_trimmed_lines() -> None:
    lines = [line.rstrip() for line in lines_with(l6="+39.739236 -104.990251")]
    result = decode(record(lines))
    assert isinstance(result, CallerLocation)
    assert result.shape == "Point" and result.radius_m is None


@pytest.mark.parametrize("wrap", [("\r\n", ""), ("", "\r\n"), ("\r", "\r")])
def test_leading_or_trailing_line_break_is_tolerated(wrap: tuple[str, str]) -> None:
    lines = lines_with()
    text = wrap[0] + "\r\n".join(lines) + wrap[1]
    result = decode(b"\x02" + text.encode() + b"\x03")
    assert isinstance(result, CallerLocation)
    assert result.number == "5551234567"


def test_blank_last_line_is_data_not_a_terminator() -> None:
    lines = lines_with(l8="")
    lines = [line.rstrip() for line in lines]
    result = decode(record(lines))
    assert isinstance(result, CallerLocation)
    assert "LOC" not in result.civic_address()


SITE: dict[str, Any] = {
    "name": "vendor-x",
    "lines": 3,
    "columns": 20,
    "bcc": "xor",
    "time_format": "%m/%d/%y %H:%M",
    "timezone": "America/Denver",
    "fields": {
        "ani": {"line": 1, "column": 1, "width": 14},
        "cos": {"line": 1, "column": 16, "width": 4},
        "time": {"line": 2, "column": 1, "width": 14},
        "lat": {"line": 3, "column": 1, "width": 9},
        "lon": {"line": 3, "column": 11, "width": 10},
        "sector": {"line": 2, "column": 16, "width": 5},
    },
}


def test_site_profile_from_mapping() -> None:
    profile = AliProfile.from_mapping(SITE)
    frame = record(["(303) 555-0199 WRLS", "03/01/24 07:05 N-12", "+39.7392  -104.9903"], bcc=True)
    result = decode_ali(frame, profile)
    assert isinstance(result, CallerLocation)
    assert result.number == "3035550199"
    assert result.time == datetime(2024, 3, 1, 14, 5, tzinfo=UTC)  # MST is UTC-7
    assert (result.lat, result.lon) == (39.7392, -104.9903)
    assert result.extra("sector") == "N-12"
    again = decode_ali(encode_ali(result, profile), profile)
    assert isinstance(again, CallerLocation)
    assert (again.number, again.time, again.lat) == (result.number, result.time, result.lat)
    # The same record is rejected under the default profile, with a reason.
    assert reason(decode(frame)) == "1 trailing byte(s) after the record"


def test_site_profile_accepts_a_list_of_fields() -> None:
    listed = dict(SITE, fields=[{"name": k, **v} for k, v in SITE["fields"].items()])
    assert AliProfile.from_mapping(listed) == AliProfile.from_mapping(SITE)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"bcc": "crc"}, "bcc: must be 'none' or 'xor'"),
        ({"lines": 0}, "lines: must be an integer from 1 to 200"),
        ({"timezone": "Mars/Olympus"}, "timezone: unknown time zone"),
        ({"colour": 1}, "colour: unknown profile key"),
        ({"fields": "ani"}, "fields: must be a list or a table"),
        (
            {"fields": {**SITE["fields"], "lat": {"line": 3, "column": 1, "width": 0}}},
            "fields.lat.width: must be an integer",
        ),
        (
            {"fields": {**SITE["fields"], "lat": {"line": 4, "column": 1, "width": 9}}},
            "fields.lat.line: must be an integer from 1 to 3",
        ),
        (
            {"fields": {**SITE["fields"], "lat": {"line": 3, "column": 15, "width": 9}}},
            "fields.lat.width: column 15 + width 9 runs past column 20",
        ),
        (
            {"fields": {**SITE["fields"], "lat": {"line": 3, "column": 5, "width": 9}}},
            "fields.lon: overlaps fields.lat",
        ),
        (
            {
                "fields": {
                    **SITE["fields"],
                    "lat": {"line": 3, "column": 1, "width": 9, "parser": "dms"},
                }
            },
            "fields.lat.parser: unknown parser 'dms'",
        ),
        (
            {"fields": {**SITE["fields"], "lat": {"line": 3, "column": 1}}},
            "fields.lat.width: missing",
        ),
        (
            {"fields": {**SITE["fields"], "lat": {"line": 3, "column": 1, "width": 9, "size": 2}}},
            "fields.lat.size: unknown field key",
        ),
        (
            {"fields": {k: v for k, v in SITE["fields"].items() if k != "lon"}},
            "fields.lon: lat and lon come as a pair",
        ),
        (
            {"fields": {k: v for k, v in SITE["fields"].items() if k != "ani"}},
            "fields.ani: every profile needs",
        ),
        (
            {"fields": {**SITE["fields"], "Bad-Name": {"line": 2, "column": 15, "width": 1}}},
            "fields.Bad-Name: name must be",
        ),
    ],
)
def test_profile_errors_name_the_field(change: dict[str, Any], expected: str) -> None:
    with pytest.raises(AliProfileError) as info:
        AliProfile.from_mapping({**SITE, **change})
    assert str(info.value).startswith(expected)


def test_encode_rejects_values_that_do_not_fit() -> None:
    too_long = dataclasses.replace(WIRELESS, number="1234567890123456789")
    with pytest.raises(ValueError, match="ani"):
        encode_ali(too_long)


def test_ack_for() -> None:
    assert ack_for(decode(b"\x02a\x03")) == NAK
    assert ack_for(decode(b"line noise")) == b""
    assert ack_for(object()) == NAK


def test_fuzz_never_raises() -> None:
    rng = random.Random(20240301)
    good = encode_ali(WIRELESS, XOR)
    alphabet = b"\x02\x03\r\n 0123456789+-.ABZ"
    for _ in range(3000):
        if rng.random() < 0.5:
            frame = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        else:
            data = bytearray(good)
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            frame = bytes(data)
        for profile in (DEFAULT_PROFILE, XOR):
            result = decode_ali(frame, profile)
            assert isinstance(result, (CallerLocation, DecodeError))
            if isinstance(result, DecodeError):
                assert result.reason and not result.reason.startswith("internal")
    splitter = FrameSplitter(frame_stx_etx)
    blob = bytes(rng.randrange(256) for _ in range(20000))
    for frame in splitter.feed(blob) + splitter.flush():
        assert isinstance(decode(frame), (CallerLocation, DecodeError))


WIDE = AliProfile.from_mapping(
    dict(
        SITE,
        name="wide",
        lines=4,
        columns=30,
        fields={
            **SITE["fields"],
            "lat": {"line": 3, "column": 1, "width": 12},
            "lon": {"line": 3, "column": 14, "width": 13},
            "uncertainty": {"line": 4, "column": 1, "width": 8},
            "confidence": {"line": 4, "column": 10, "width": 5},
        },
    )
)


@pytest.mark.parametrize(
    "profile",
    [DEFAULT_PROFILE, DEFAULT_XOR_PROFILE, AliProfile.from_mapping(SITE), WIDE],
    ids=lambda p: p.name,
)
@pytest.mark.parametrize(("lat", "lon"), [(39.739236, -104.990251), (-5.5, 3.25), (0.0, 0.0)])
def test_what_encode_writes_decode_reads_under_every_profile(
    profile: AliProfile, lat: float, lon: float
) -> None:
    """encode_ali zero-filled a coordinate field wider than the degrees (+0039.739236), and
    decode_ali refused it: a simulator writing for such a site wrote records it refused."""
    sent = dataclasses.replace(WIRELESS, lat=lat, lon=lon)
    frame = encode_ali(sent, profile)
    back = decode_ali(frame, profile)
    assert isinstance(back, CallerLocation), back
    assert back.number == sent.number
    places = {f.name: f.width for f in profile.fields}
    assert abs(back.lat - lat) < 10 ** -(places["lat"] - 5)  # type: ignore[operator]
    assert abs(back.lon - lon) < 10 ** -(places["lon"] - 6)  # type: ignore[operator]
    assert b"+00" not in frame and b"-00" not in frame


def test_zero_filled_coordinates_from_a_controller_are_read() -> None:
    frame = record(["(303) 555-0199 WRLS", "03/01/24 07:05 N-12", "+039.74   -0104.99"], bcc=True)
    result = decode_ali(frame, AliProfile.from_mapping(SITE))
    assert isinstance(result, CallerLocation)
    assert (result.lat, result.lon) == (39.74, -104.99)
