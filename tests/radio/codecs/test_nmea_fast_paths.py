"""NMEA codec fast paths give exactly what the general code gives.

Covers the ``make`` constructors of radio.messages, the ddmm.mmmm fast path
of latitude/longitude, the time cache, the position address table and the
one-pass character check.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, time

import pytest

from radio.codecs import nmea_fields
from radio.codecs.nmea import checksum, decode
from radio.codecs.nmea_fields import FieldError, parse_lat, parse_lon, parse_time
from radio.messages import DecodeError, NmeaSentence, NoFix, PositionFix, TagBlock

FIX_VALUES = ("nmea", "RMC", "GN", 48.5, -11.25, time(1, 2, 3, tzinfo=UTC), date(2024, 5, 1),
              "UNIT-1", None, None, None, None, 12.5, 271.0, "A", "A", True, 17)  # fmt: skip


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (PositionFix, FIX_VALUES),
        (NoFix, ("nmea", "GGA", "GP", None, None, "no fix", None, False, None)),
        (NmeaSentence, ("nmea", "VTG", "GP", ("1", "T"), "U", True, 5, "GPVTG")),
        (DecodeError, ("nmea", "bad", b"$GP")),
        (TagBlock, ("U1", 17, None, "text", 3)),
    ],
)
def test_make_equals_the_constructor(cls: type, values: tuple[object, ...]) -> None:
    made = cls.make(*values)  # type: ignore[attr-defined]
    built = cls(*values)
    assert type(made) is cls
    assert made == built
    assert hash(made) == hash(built)
    if hasattr(cls, "to_dict"):
        assert made.to_dict() == built.to_dict()
    assert repr(made) == repr(built)
    name = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, name, "other")


def test_make_requires_every_field() -> None:
    with pytest.raises(TypeError):
        PositionFix.make("nmea", "GGA", "GP", 1.0, 2.0)  # type: ignore[attr-defined]


def general_lat(value: str, hemisphere: str) -> float:
    sign = 1.0 if hemisphere == "N" else -1.0
    return sign * nmea_fields._ddmm(value, "latitude", 2)


def general_lon(value: str, hemisphere: str) -> float:
    sign = 1.0 if hemisphere == "E" else -1.0
    return sign * nmea_fields._ddmm(value, "longitude", 3)


def test_lat_lon_fast_path_is_bit_identical_to_the_general_parser() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        decimals = rng.randrange(0, 7)
        minutes = f"{rng.uniform(0, 59.999999):0{3 + decimals if decimals else 2}.{decimals}f}"
        if minutes.startswith("60"):
            continue
        lat = f"{rng.randrange(90):02d}{minutes}"
        lon = f"{rng.randrange(180):03d}{minutes}"
        for hemisphere in "NS":
            assert parse_lat(lat, hemisphere) == general_lat(lat, hemisphere), lat
        for hemisphere in "EW":
            assert parse_lon(lon, hemisphere) == general_lon(lon, hemisphere), lon


@pytest.mark.parametrize(
    ("value", "hemisphere", "reason"),
    [
        ("4867.038", "N", "minutes >= 60"),
        ("9100.000", "N", "beyond 90"),
        ("9000.001", "S", "beyond 90"),
        ("4807.0.8", "N", "is not dd"),
        ("4807.038", "E", "not N or S"),
        ("4807.038", "", "not N or S"),
        ("48-7.038", "N", "is not dd"),
    ],
)
def test_lat_fast_path_falls_back_for_reasons(value: str, hemisphere: str, reason: str) -> None:
    with pytest.raises(FieldError, match=reason):
        parse_lat(value, hemisphere)


def test_lat_lon_short_forms_and_edges_still_parse() -> None:
    assert parse_lat("807.5", "N") == pytest.approx(8.125)
    assert parse_lat("9000", "S") == -90.0
    assert parse_lon("18000.000", "W") == -180.0
    assert parse_lon("1130.0", "E") == pytest.approx(11.5)
    assert parse_lat("", "") is None
    with pytest.raises(FieldError, match="beyond 180"):
        parse_lon("18000.001", "E")


def test_time_cache_returns_what_parsing_returns() -> None:
    nmea_fields._TIME_CACHE.clear()
    first = parse_time("123519.25")
    assert first == time(12, 35, 19, 250000, tzinfo=UTC)
    assert parse_time("123519.25") is first
    assert parse_time("235960") == time(23, 59, 59, 999999, tzinfo=UTC)
    assert parse_time("") is None
    with pytest.raises(FieldError, match="out of range"):
        parse_time("126519")
    with pytest.raises(FieldError, match="out of range"):
        parse_time("126519")  # errors are not cached as values


def test_time_cache_is_bounded() -> None:
    nmea_fields._TIME_CACHE.clear()
    for n in range(nmea_fields._TIME_CACHE_SIZE + 10):
        hhmmss = f"{n // 3600 % 24:02d}{n // 60 % 60:02d}{n % 60:02d}.{n % 100:02d}"
        parse_time(hhmmss)
    assert 0 < len(nmea_fields._TIME_CACHE) <= nmea_fields._TIME_CACHE_SIZE


def seal(body: str, lead: str = "$") -> bytes:
    raw = body.encode("ascii")
    return b"%s%s*%02X" % (lead.encode(), raw, checksum(raw))


GGA_TAIL = "GGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"


def test_position_addresses_follow_the_address_rules() -> None:
    assert isinstance(decode(seal("ZZ" + GGA_TAIL)), PositionFix)
    # a talker starting with P makes a proprietary sentence, as before
    proprietary = decode(seal("PX" + GGA_TAIL))
    assert isinstance(proprietary, NmeaSentence)
    assert (proprietary.kind, proprietary.address) == ("PXGG", "PXGGA")
    # a position address after '!' is an ordinary sentence
    ais = decode(seal("GP" + GGA_TAIL, lead="!"))
    assert isinstance(ais, NmeaSentence) and ais.kind == "GGA"
    for bad in ("gp", "G1", "1P"):
        result = decode(seal(bad + GGA_TAIL))
        assert isinstance(result, DecodeError) and "bad address" in result.reason


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        (b"$GP\x01GGA,\xff*00", "non-ASCII byte 0xFF at offset 8"),
        (b"$GPGGA,\x7f*00", "control character 0x7F at offset 7"),
        (b"\x00", "control character 0x00 at offset 0"),
    ],
)
def test_bad_characters_report_as_before(frame: bytes, reason: str) -> None:
    result = decode(frame)
    assert isinstance(result, DecodeError)
    assert result.reason == reason


def test_inline_field_checks_fall_back_to_reasons() -> None:
    gga = "GPGGA,123519,4807.038,N,01131.000,E,1,{sats},{hdop},{alt},M,46.9,M,,"
    fix = decode(seal(gga.format(sats="", hdop="", alt="-12.5")))
    assert isinstance(fix, PositionFix)
    assert (fix.satellites, fix.hdop, fix.altitude_m) == (None, None, -12.5)
    for sats, hdop, alt, reason in [
        ("1.5", "0.9", "1", "satellites"),
        ("8", "-1", "1", "HDOP"),
        ("8", "0.9", "1e3", "altitude"),
    ]:
        result = decode(seal(gga.format(sats=sats, hdop=hdop, alt=alt)))
        assert isinstance(result, DecodeError) and reason in result.reason
    rmc = "GPRMC,123519,A,4807.038,N,01131.000,W,{speed},084.4,230394,,,{mode}"
    assert decode(seal(rmc.format(speed="", mode=""))).speed_knots is None  # type: ignore[union-attr]
    result = decode(seal(rmc.format(speed="1.2.3", mode="A")))
    assert isinstance(result, DecodeError) and "speed" in result.reason
    result = decode(seal(rmc.format(speed="1", mode="AA")))
    assert isinstance(result, DecodeError) and "mode indicator" in result.reason


def test_generated_to_dict_equals_the_generic_one(samples_dir) -> None:
    from radio.messages import Message

    checked = 0
    for path in sorted((samples_dir / "nmea").glob("*.log")):
        for line in path.read_bytes().splitlines():
            message = decode(line)
            if isinstance(message, Message):
                assert message.to_dict() == Message.to_dict(message)
                checked += 1
    assert checked > 1000
