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


def _need(fields: list[str], count: int, kind: str) -> None:
    if len(fields) - 1 < count:
        raise FieldError(f"{kind} has {len(fields) - 1} fields, expected at least {count}")


def _mode(value: str, kind: str) -> str | None:
    if not value:
        return None
    if value not in _MODES:
        raise FieldError(f"{kind} mode indicator {value!r} is not one of {''.join(sorted(_MODES))}")
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
        raise FieldError(f"GGA fix quality {quality_text!r} is not 0-8")
    # Each field inlines the check its parser would pass, and only calls the
    # parser (for None, or the reason) when it fails.
    text = f[7]
    satellites = int(text) if text.isdigit() else parse_uint(text, "GGA satellites")
    text = f[8]
    hdop = float(text) if text.replace(".", "", 1).isdigit() else parse_udec(text, "GGA HDOP")
    text = f[9]
    altitude = (
        float(text) if text.replace(".", "", 1).isdigit() else parse_sdec(text, "GGA altitude")
    )
    if len(f) > 10 and f[10] != "M" and f[10]:
        raise FieldError(f"GGA altitude unit {f[10]!r} is not M")
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
        raise FieldError(f"RMC status {status!r} is not A or V")
    lat = parse_lat(f[3], f[4])
    lon = parse_lon(f[5], f[6])
    text = f[7]
    speed = float(text) if text.replace(".", "", 1).isdigit() else parse_udec(text, "RMC speed")
    text = f[8]
    course = float(text) if text.replace(".", "", 1).isdigit() else parse_udec(text, "RMC course")
    if course is not None and course > 360.0:
        raise FieldError(f"RMC course {f[8]!r} is beyond 360 degrees")
    fix_date = parse_date(f[9])
    if len(f) > 11 and (f[10] or f[11]):
        variation = parse_udec(f[10], "RMC magnetic variation")
        if variation is not None and variation > 180.0:
            raise FieldError(f"RMC magnetic variation {f[10]!r} is beyond 180 degrees")
        if f[11] != "E" and f[11] != "W":
            raise FieldError(f"RMC magnetic variation direction {f[11]!r} is not E or W")
    mode = None
    if len(f) > 12:
        mode = f[12]
        if mode not in _MODES:
            mode = _mode(mode, "RMC")
    if status == "V":
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "RMC status V (receiver warning)",
                      fix_date, has_cs, tag_time)  # fmt: skip
    if mode == "N":
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "RMC mode N (data not valid)",
                      fix_date, has_cs, tag_time)  # fmt: skip
    if lat is None or lon is None:
        return _nofix(PROTOCOL, kind, talker, fix_time, source, "RMC without a position",
                      fix_date, has_cs, tag_time)  # fmt: skip
    return _fix(
        PROTOCOL, kind, talker, lat, lon, fix_time, fix_date, source, None, None, None, None,
        speed, course, status, mode, has_cs, tag_time,
    )  # fmt: skip


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
        raise FieldError(f"GLL status {status!r} is not A or V")
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
        raise FieldError(f"GNS mode indicator {mode!r} has a letter outside ADEFMNPRS")
    satellites = parse_uint(f[7], "GNS satellites")
    hdop = parse_udec(f[8], "GNS HDOP")
    altitude = parse_sdec(f[9], "GNS altitude") if len(f) > 9 else None
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
