"""Zone alarm lines: the default grammar, a vendor grammar from a site table,
grammar validation, bad values, line framing, protocol pieces, fuzz."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from radio.codecs.zone_alarm import (
    DEFAULT_GRAMMAR,
    AlarmGrammar,
    AlarmGrammarError,
    decode,
    decode_zone_alarm,
    encode_zone_alarm,
    protocol_fields,
    zone_alarm_protocol,
)
from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line
from radio.messages import DecodeError
from radio.messages_sensor import ZoneAlarm
from radio.protocols import Protocol

# A vendor that sends "2024-05-01 10:00:00;RDR-7;North fence;T12;INTRUSION;3" in
# local (Paris) time, with an optional trailing position.
ACME = {
    "name": "acme",
    "pattern": (
        r"(?P<time>[\d-]+ [\d:]+);(?P<sensor>[^;]+);(?P<zone>[^;]+);(?P<target>[^;]*);"
        r"(?P<kind>\w+);(?P<severity>\d)(?:;(?P<lat>[^;]+);(?P<lon>[^;]+))?"
    ),
    "time_format": "%Y-%m-%d %H:%M:%S",
    "timezone": "Europe/Paris",
}


def reason_of(frame: bytes, grammar: AlarmGrammar = DEFAULT_GRAMMAR) -> str:
    result = decode_zone_alarm(frame, grammar)
    assert isinstance(result, DecodeError), result
    assert (result.protocol, result.raw) == ("zone-alarm", frame)
    assert "internal" not in result.reason
    return result.reason


def test_default_grammar_full_line() -> None:
    line = (
        b"ALARM RDR-2 ZONE NORTH-FENCE TARGET 17 RANGE 412.5 BRG 33.0 "
        b"POS 43.7384 7.4246 KIND INTRUSION SEV HIGH TIME 2024-05-01T08:00:00Z"
    )
    msg = decode(line)
    assert msg == ZoneAlarm(
        "zone-alarm", "alarm", "default", "NORTH-FENCE", "RDR-2", "17",
        datetime(2024, 5, 1, 8, tzinfo=UTC), 43.7384, 7.4246, 412.5, 33.0, "INTRUSION", "HIGH",
    )  # fmt: skip
    assert msg.to_dict()["time"] == "2024-05-01T08:00:00+00:00"


def test_default_grammar_minimal_and_offsets() -> None:
    msg = decode(b"ALARM S1 ZONE Z1\r\n")
    assert isinstance(msg, ZoneAlarm)
    assert (msg.sensor, msg.zone, msg.target, msg.time, msg.range_m) == (
        "S1",
        "Z1",
        None,
        None,
        None,
    )
    # A time with an offset is converted to UTC; without one it is UTC already.
    shifted = decode(b"ALARM S1 ZONE Z1 TIME 2024-05-01T10:00:00+02:00")
    assert isinstance(shifted, ZoneAlarm)
    assert shifted.time == datetime(2024, 5, 1, 8, tzinfo=UTC)
    naive = decode(b"ALARM S1 ZONE Z1 TIME 2024-05-01T08:00:00")
    assert isinstance(naive, ZoneAlarm) and naive.time == shifted.time


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"ALARM S1 ZONE", "line 'ALARM S1 ZONE' does not match the grammar 'default'"),
        (
            b"ALARM S1 ZONE Z1 BRG 10",
            "line 'ALARM S1 ZONE Z1 BRG 10' does not match the grammar 'default'",
        ),
        (b"ALARM S1 ZONE Z1 RANGE x12 BRG 10", "range_m: 'x12' is not a number"),
        (b"ALARM S1 ZONE Z1 RANGE -5 BRG 10", "range_m: '-5' must not be negative"),
        (b"ALARM S1 ZONE Z1 RANGE 5 BRG 361", "bearing_deg: '361' is not within 0-360 degrees"),
        (b"ALARM S1 ZONE Z1 RANGE nan BRG 1", "range_m: 'nan' is not a number"),
        (b"ALARM S1 ZONE Z1 POS 91 7", "lat: '91' is beyond 90 degrees"),
        (b"ALARM S1 ZONE Z1 POS 1 -181", "lon: '-181' is beyond 180 degrees"),
        (
            b"ALARM S1 ZONE Z1 TIME yesterday",
            "time: 'yesterday' is not a time in the format 'ISO 8601'",
        ),
        (b"ALARM S1 ZONE Z\xff1", "byte 0xFF at offset 15 is not utf-8 text"),
        (b"   ", "empty line"),
        (b"ALARM S1 ZONE Z\x071", "control character 0x07 at offset 15"),
    ],
)
def test_default_grammar_rejects_with_reason(line: bytes, reason: str) -> None:
    assert reason_of(line) == reason


def test_trailing_nul_and_tabs() -> None:
    msg = decode(b"ALARM\tS1 ZONE Z1\x00\x00")
    assert isinstance(msg, ZoneAlarm) and (msg.sensor, msg.zone) == ("S1", "Z1")


def test_long_line_is_shortened_in_the_reason() -> None:
    reason = reason_of(b"X" * 500)
    assert reason == f"line {'X' * 77 + '...'!r} does not match the grammar 'default'"


def test_encoder_round_trip() -> None:
    when = datetime(2024, 5, 1, 10, 0, 0, tzinfo=UTC)
    line = encode_zone_alarm(
        "RDR-2", "GATE", 9, range_m=120.25, bearing_deg=359.9, lat=-33.5, lon=151.25,
        kind="LOITER", severity="2", time=when,
    )  # fmt: skip
    assert line == (
        b"ALARM RDR-2 ZONE GATE TARGET 9 RANGE 120.2 BRG 359.9 POS -33.5000000 151.2500000 "
        b"KIND LOITER SEV 2 TIME 2024-05-01T10:00:00Z"
    )
    msg = decode(line)
    assert isinstance(msg, ZoneAlarm)
    assert (msg.sensor, msg.zone, msg.target, msg.time) == ("RDR-2", "GATE", "9", when)
    assert (msg.lat, msg.lon, msg.bearing_deg, msg.alarm_kind) == (-33.5, 151.25, 359.9, "LOITER")
    assert decode(encode_zone_alarm("S", "Z")) == ZoneAlarm(
        "zone-alarm", "alarm", "default", "Z", "S"
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sensor": "S 1", "zone": "Z"},
        {"sensor": "S", "zone": ""},
        {"sensor": "S", "zone": "Z", "range_m": 5.0},
        {"sensor": "S", "zone": "Z", "lat": 1.0},
        {"sensor": "S", "zone": "Z", "lat": 95.0, "lon": 1.0},
        {"sensor": "S", "zone": "Z", "range_m": -1.0, "bearing_deg": 1.0},
    ],
)
def test_encoder_rejects_bad_arguments(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        encode_zone_alarm(**kwargs)  # type: ignore[arg-type]


def test_vendor_grammar_from_mapping() -> None:
    grammar = AlarmGrammar.from_mapping(ACME)
    assert grammar.name == "acme"
    assert grammar.groups == {"time", "sensor", "zone", "target", "kind", "severity", "lat", "lon"}
    msg = decode_zone_alarm(b"2024-05-01 10:00:00;RDR-7;North fence;T12;INTRUSION;3", grammar)
    assert msg == ZoneAlarm(
        "zone-alarm", "alarm", "acme", "North fence", "RDR-7", "T12",
        datetime(2024, 5, 1, 8, tzinfo=UTC), None, None, None, None, "INTRUSION", "3",
    )  # fmt: skip
    # An empty target group is "no target"; a winter time is UTC+1 in Paris.
    winter = decode_zone_alarm(b"2024-01-15 10:00:00;R;Gate;;TAMPER;1;48.85;2.35\n", grammar)
    assert isinstance(winter, ZoneAlarm)
    assert winter.target is None
    assert winter.time == datetime(2024, 1, 15, 9, tzinfo=UTC)
    assert (winter.lat, winter.lon) == (48.85, 2.35)
    assert reason_of(b"2024-13-01 10:00:00;R;Gate;;TAMPER;1", grammar) == (
        "time: '2024-13-01 10:00:00' is not a time in the format '%Y-%m-%d %H:%M:%S'"
    )
    assert reason_of(b"ALARM S1 ZONE Z1", grammar) == (
        "line 'ALARM S1 ZONE Z1' does not match the grammar 'acme'"
    )


def test_vendor_grammar_latin1_and_optional_zone_group() -> None:
    grammar = AlarmGrammar.from_mapping(
        {"name": "old", "pattern": r"ZONE(?: (?P<zone>.+))?", "encoding": "latin-1"}
    )
    msg = decode_zone_alarm("ZONE Entrée".encode("latin-1"), grammar)
    assert isinstance(msg, ZoneAlarm) and msg.zone == "Entrée"
    assert reason_of(b"ZONE", grammar) == "no zone in the line (grammar 'old')"


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        (
            {"pattern": "(?P<zone>x"},
            "pattern: not a valid regular expression: "
            "missing ), unterminated subpattern at position 0",
        ),
        (
            {"pattern": "(?P<zone>x)(?P<zones>y)"},
            "pattern: unknown group name(s) zones; allowed: "
            "bearing_deg, kind, lat, lon, range_m, sensor, severity, target, time, zone",
        ),
        (
            {"pattern": "(?P<sensor>x)"},
            "pattern: has no (?P<zone>...) group; every alarm names its zone",
        ),
        (
            {"pattern": "(?P<zone>x)(?P<lat>y)"},
            "pattern: has no (?P<lon>...) group; lat and lon are a pair",
        ),
        ({"pattern": ""}, "pattern: must be a non-empty string, got ''"),
        ({"pattern": 5}, "pattern: must be a non-empty string, got 5"),
        ({}, "pattern: missing (a regular expression with a zone group)"),
        (
            {"pattern": "(?P<zone>x)", "colour": "red"},
            "colour: unknown grammar key; "
            "known keys: encoding, name, pattern, time_format, timezone",
        ),
        (
            {"pattern": "(?P<zone>x)", "time_format": "%H:%M:%S"},
            "time_format: '%H:%M:%S' does not carry a full date and time of day",
        ),
        (
            {"pattern": "(?P<zone>x)", "time_format": "plain"},
            "time_format: must be a strftime format, got 'plain'",
        ),
        (
            {"pattern": "(?P<zone>x)", "timezone": "Mars/Olympus"},
            "timezone: unknown time zone 'Mars/Olympus'",
        ),
        (
            {"pattern": "(?P<zone>x)", "encoding": "klingon"},
            "encoding: unknown text encoding 'klingon'",
        ),
        ({"pattern": "(?P<zone>x)", "name": ""}, "name: must be a non-empty string, got ''"),
    ],
)
def test_grammar_validation(mapping: dict[str, object], message: str) -> None:
    with pytest.raises(AlarmGrammarError) as info:
        AlarmGrammar.from_mapping(mapping)
    assert str(info.value) == message


def test_grammar_time_format_without_seconds_is_fine() -> None:
    grammar = AlarmGrammar.from_mapping(
        {"pattern": r"(?P<zone>\w+) (?P<time>.+)", "time_format": "%d/%m/%Y %H:%M"}
    )
    msg = decode_zone_alarm(b"Z9 01/05/2024 08:07", grammar)
    assert isinstance(msg, ZoneAlarm) and msg.time == datetime(2024, 5, 1, 8, 7, tzinfo=UTC)


def test_grammar_time_format_with_a_numeric_offset_loads_and_decodes() -> None:
    """A %z format was always refused at load: the check formatted a time with no zone."""
    grammar = AlarmGrammar.from_mapping(
        {
            "pattern": r"(?P<zone>\w+) (?P<time>.+)",
            "time_format": "%Y-%m-%d %H:%M:%S%z",
            "timezone": "Europe/Helsinki",
        }
    )
    msg = decode_zone_alarm(b"Z9 2024-05-01 08:07:06+0200", grammar)
    assert isinstance(msg, ZoneAlarm) and msg.time == datetime(2024, 5, 1, 6, 7, 6, tzinfo=UTC)
    named = AlarmGrammar.from_mapping(
        {"pattern": r"(?P<zone>\w+) (?P<time>.+)", "time_format": "%d.%m.%Y %H:%M %Z"}
    )
    msg = decode_zone_alarm(b"Z9 01.05.2024 08:07 UTC", named)
    assert isinstance(msg, ZoneAlarm) and msg.time == datetime(2024, 5, 1, 8, 7, tzinfo=UTC)


def test_protocol_pieces_and_framing() -> None:
    default = zone_alarm_protocol()
    assert isinstance(default, Protocol)
    assert (default.name, default.framer, default.comment_prefix) == (
        "zone-alarm",
        frame_line,
        b"#",
    )
    assert default.decode is decode
    grammar = AlarmGrammar.from_mapping(ACME)
    fields = protocol_fields(grammar)
    assert fields["comment_prefix"] is None and "acme" in fields["description"]
    vendor = Protocol(**fields)
    lines = [
        b"2024-05-01 10:00:00;RDR-7;North;T1;INTRUSION;3",
        b"garbage",
        b"2024-05-01 10:00:01;RDR-7;South;;TAMPER;1;48.85;2.35",
    ]
    expected = [vendor.decode(line) for line in lines]
    assert [type(m) for m in expected] == [ZoneAlarm, DecodeError, ZoneAlarm]
    data = b"\r\n".join(lines) + b"\r\n"
    whole = vendor.splitter()
    assert [vendor.decode(f) for f in whole.feed(data)] == expected
    bytewise = vendor.splitter()
    got = []
    for i in range(len(data)):
        got += [vendor.decode(f) for f in bytewise.feed(data[i : i + 1])]
    assert got == expected
    assert [vendor.decode(f) for f in FrameSplitter(frame_line).feed(data * 3)] == expected * 3


def test_fuzz_never_fails_internally() -> None:
    rng = random.Random(7)
    grammar = AlarmGrammar.from_mapping(ACME)
    when = datetime(2024, 1, 1)
    seeds = [
        (
            encode_zone_alarm("S", "Z", 1, range_m=1, bearing_deg=2, lat=3, lon=4, time=when),
            DEFAULT_GRAMMAR,
        ),
        (b"2024-05-01 10:00:00;RDR-7;North;T1;INTRUSION;3;1.5;2.5", grammar),
    ]
    alphabet = b"ALRMZONE ;:-+.0123456789TxX\t\r\xff\x00"
    decoded = 0
    for i in range(10000):
        seed, which = rng.choice(seeds)
        if i % 4 == 0:
            frame = bytes(rng.randrange(256) for _ in range(rng.randrange(60)))
        else:
            buf = bytearray(seed)
            for _ in range(rng.randrange(1, 3)):
                pos = rng.randrange(len(buf) + 1)
                if rng.randrange(2) and pos < len(buf):
                    buf[pos] = rng.choice(alphabet)
                else:
                    buf.insert(pos, rng.choice(alphabet))
            frame = bytes(buf)
        result = decode_zone_alarm(frame, which)
        if isinstance(result, DecodeError):
            assert result.reason and "internal" not in result.reason, (frame, result)
        else:
            assert result.zone
            result.to_dict()
            decoded += 1
    assert decoded > 500
