"""Position sentences of NMEA 0183: GGA, RMC, GLL and GNS, from any talker.

Role: helpers for :mod:`radio.codecs.nmea`, which has already checked the
framing, checksum and address. Each decoder takes the comma-split fields
(``fields[0]`` is the address) and returns a
:class:`~radio.messages.PositionFix`, or a :class:`~radio.messages.NoFix`
when the sentence says there is no fix, or raises
:class:`~radio.codecs.nmea_fields.FieldError` with a reason.
"""

from __future__ import annotations

from collections.abc import Callable

from radio.codecs.nmea_fields import (
    FieldError,
    parse_date,
    parse_lat,
    parse_lon,
    parse_sdec,
    parse_time,
    parse_udec,
    parse_uint,
)
from radio.codecs.nmea_notes import add_notes
from radio.codecs.numbers import MAX_ALTITUDE_M, MIN_ALTITUDE_M, shown
from radio.messages import NoFix, PositionFix

PROTOCOL = "nmea"

PositionDecoder = Callable[
    [list[str], str, str, bool, "str | None", "int | None"], PositionFix | NoFix
]

# The slot-setting constructors of radio.messages (same objects, no __init__).
_fix = PositionFix.make  # type: ignore[attr-defined]
_nofix = NoFix.make  # type: ignore[attr-defined]

_GGA_QUALITY = {str(q): q for q in range(9)}
# FAA mode indicator (NMEA 2.3+): N means the data are not valid.
_MODES = frozenset("ADEFMNPRS")
# An RMC of 11 data fields whose last one is one of these is a receiver that
# left out the variation direction before the mode (E is also a direction:
# such a sentence keeps its NMEA 2.2 reading, a direction and no mode).
_MODES_NOT_DIRECTION = _MODES - {"E"}
_NO_DIRECTION_NOTE = "magnetic variation direction field omitted before the mode indicator"

# Sanity bounds of numeric fields: a value beyond them (or one that overflows
# to inf) rejects the sentence. Receivers report an unusable DOP as 99.9 or
# 99.99; a receiver in orbit moves at about 15,000 knots.
_MAX_HDOP = 1000.0
_MAX_SATELLITES = 999
_MAX_SPEED_KN = 100_000.0


def _need(fields: list[str], count: int, kind: str) -> None:
    if len(fields) - 1 < count:
        raise FieldError(f"{kind} has {len(fields) - 1} fields, expected at least {count}")


def _mode(value: str, kind: str) -> str | None:
    if not value:
        return None
    if value not in _MODES:
        choices = "".join(sorted(_MODES))
        raise FieldError(f"{kind} mode indicator {shown(value)} is not one of {choices}")
    return value


def decode_gga(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> PositionFix | NoFix:
    """GGA: time, lat, N/S, lon, E/W, quality, satellites, HDOP, altitude, M, ..."""
    if len(f) < 10:
        _need(f, 9, "GGA")
    fix_time = parse_time(f[1])
    lat = parse_lat(f[2], f[3])
    lon = parse_lon(f[4], f[5])
    quality_text = f[6]
    quality = _GGA_QUALITY.get(quality_text)
    if quality is None and quality_text:
        raise FieldError(f"GGA fix quality {shown(quality_text)} is not 0-8")
    # Each field inlines the check its parser would pass, and only calls the
    # parser (for None, or the reason) when it fails; the bound check after a
    # fast float() is one comparison, and a value beyond it goes back to the
    # parser for the reason.
    text = f[7]
    if text.isdigit() and len(text) < 4:
        satellites = int(text)
    else:
        satellites = parse_uint(text, "GGA satellites", _MAX_SATELLITES)
    text = f[8]
    if text.replace(".", "", 1).isdigit():
        hdop = float(text)
        if hdop > _MAX_HDOP:
            parse_udec(text, "GGA HDOP", _MAX_HDOP)
    else:
        hdop = parse_udec(text, "GGA HDOP", _MAX_HDOP)
    text = f[9]
    if text.replace(".", "", 1).isdigit():
        altitude = float(text)
        if altitude > MAX_ALTITUDE_M:
            parse_sdec(text, "GGA altitude", MIN_ALTITUDE_M, MAX_ALTITUDE_M)
    else:
        altitude = parse_sdec(text, "GGA altitude", MIN_ALTITUDE_M, MAX_ALTITUDE_M)
    if len(f) > 10 and f[10] != "M" and f[10]:
        raise FieldError(f"GGA altitude unit {shown(f[10])} is not M")
    if quality == 0:
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "GGA fix quality 0 (no fix)",
                      None, has_cs, tag_time)  # fmt: skip
    if lat is None or lon is None:
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "GGA without a position",
                      None, has_cs, tag_time)  # fmt: skip
    return _fix(
        PROTOCOL, kind, talker, lat, lon, fix_time, None, source, quality, satellites, hdop,
        altitude, None, None, None, None, has_cs, tag_time,
    )  # fmt: skip


def decode_rmc(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> PositionFix | NoFix:
    """RMC: time, status, lat, N/S, lon, E/W, speed kn, course, date, var, E/W, mode."""
    if len(f) < 10:
        _need(f, 9, "RMC")
    fix_time = parse_time(f[1])
    status = f[2]
    if status != "A" and status != "V":
        raise FieldError(f"RMC status {shown(status)} is not A or V")
    lat = parse_lat(f[3], f[4])
    lon = parse_lon(f[5], f[6])
    text = f[7]
    if text.replace(".", "", 1).isdigit():
        speed = float(text)
        if speed > _MAX_SPEED_KN:
            parse_udec(text, "RMC speed", _MAX_SPEED_KN)
    else:
        speed = parse_udec(text, "RMC speed", _MAX_SPEED_KN)
    text = f[8]
    course = float(text) if text.replace(".", "", 1).isdigit() else parse_udec(text, "RMC course")
    if course is not None and course > 360.0:
        raise FieldError(f"RMC course {shown(f[8])} is beyond 360 degrees")
    fix_date = parse_date(f[9])
    mode = None
    note = None
    if len(f) > 11 and (f[10] or f[11]):
        if len(f) == 12 and not f[10] and f[11] in _MODES_NOT_DIRECTION:
            # "...,ddmmyy,,A": the receiver omits the variation direction
            # field, so its mode indicator comes one field early.
            mode = f[11]
            note = _NO_DIRECTION_NOTE
        else:
            variation = parse_udec(f[10], "RMC magnetic variation")
            if variation is not None and variation > 180.0:
                raise FieldError(f"RMC magnetic variation {shown(f[10])} is beyond 180 degrees")
            if f[11] != "E" and f[11] != "W":
                raise FieldError(f"RMC magnetic variation direction {shown(f[11])} is not E or W")
    if len(f) > 12:
        mode = f[12]
        if mode not in _MODES:
            mode = _mode(mode, "RMC")
    result: PositionFix | NoFix
    if status == "V":
        result = _nofix(PROTOCOL, kind, talker, fix_time, source, "RMC status V (receiver warning)",
                        fix_date, has_cs, tag_time)  # fmt: skip
    elif mode == "N":
        result = _nofix(PROTOCOL, kind, talker, fix_time, source, "RMC mode N (data not valid)",
                        fix_date, has_cs, tag_time)  # fmt: skip
    elif lat is None or lon is None:
        result = _nofix(PROTOCOL, kind, talker, fix_time, source, "RMC without a position",
                        fix_date, has_cs, tag_time)  # fmt: skip
    else:
        result = _fix(
            PROTOCOL, kind, talker, lat, lon, fix_time, fix_date, source, None, None, None, None,
            speed, course, status, mode, has_cs, tag_time,
        )  # fmt: skip
    if note is not None:
        return add_notes(result, (note,))
    return result


def decode_gll(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> PositionFix | NoFix:
    """GLL: lat, N/S, lon, E/W, time, status, mode."""
    _need(f, 4, "GLL")
    lat = parse_lat(f[1], f[2])
    lon = parse_lon(f[3], f[4])
    fix_time = parse_time(f[5]) if len(f) > 5 else None
    status = f[6] if len(f) > 6 else None
    if status not in (None, "", "A", "V"):
        raise FieldError(f"GLL status {shown(status)} is not A or V")
    mode = _mode(f[7], "GLL") if len(f) > 7 else None
    if status == "V" or mode == "N":
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "GLL status V (data not valid)",
                     None, has_cs, tag_time)  # fmt: skip
    if lat is None or lon is None:
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "GLL without a position",
                     None, has_cs, tag_time)  # fmt: skip
    return _fix(
        PROTOCOL, kind, talker, lat, lon, fix_time, None, source, None, None, None, None,
        None, None, status or None, mode, has_cs, tag_time,
    )  # fmt: skip


def decode_gns(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> PositionFix | NoFix:
    """GNS: time, lat, N/S, lon, E/W, mode (one letter per system), sats, HDOP, alt, ..."""
    _need(f, 9, "GNS")
    fix_time = parse_time(f[1])
    lat = parse_lat(f[2], f[3])
    lon = parse_lon(f[4], f[5])
    mode = f[6]
    if mode and not all(ch in _MODES for ch in mode):
        raise FieldError(f"GNS mode indicator {shown(mode)} has a letter outside ADEFMNPRS")
    satellites = parse_uint(f[7], "GNS satellites", _MAX_SATELLITES)
    hdop = parse_udec(f[8], "GNS HDOP", _MAX_HDOP)
    altitude = (
        parse_sdec(f[9], "GNS altitude", MIN_ALTITUDE_M, MAX_ALTITUDE_M) if len(f) > 9 else None
    )
    if not mode or mode.strip("N") == "":
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "GNS mode N (no fix)",
                     None, has_cs, tag_time)  # fmt: skip
    if lat is None or lon is None:
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "GNS without a position",
                     None, has_cs, tag_time)  # fmt: skip
    return _fix(
        PROTOCOL, kind, talker, lat, lon, fix_time, None, source, None, satellites, hdop,
        altitude, None, None, None, mode, has_cs, tag_time,
    )  # fmt: skip


POSITION_DECODERS: dict[str, PositionDecoder] = {
    "GGA": decode_gga,
    "RMC": decode_rmc,
    "GLL": decode_gll,
    "GNS": decode_gns,
}
