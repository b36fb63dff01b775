"""ARPA radar sentences of NMEA 0183: TTM, TLL, OSD, RSD and TLB, from any talker.

Role: helpers for :mod:`radio.codecs.nmea`, which has already checked the
framing, checksum and address and routes these sentence types here (off the
AVL hot path: position addresses are dispatched before). Each decoder takes
the comma-split fields (``fields[0]`` is the address) and returns a message
of :mod:`radio.messages_sensor`, or raises
:class:`~radio.codecs.nmea_fields.FieldError` whose reason names the
sentence and field (``"TTM bearing: 'x170.5' is not a number"``).

Units: distances and speeds come in the sentence's K/N/S unit (kilometres
and km/h, nautical miles and knots, statute miles and mph) and are returned
in metres and metres per second. A distance or speed without its unit field
is rejected: guessing nautical miles would put a target in the wrong place.
Empty fields mean "not reported" (None). Fields added after the last one
this decoder knows (later NMEA editions) are ignored. Numbers are parsed by
:mod:`radio.codecs.numbers`: no exponent, nan or inf, and distances, speeds
and times to CPA within :data:`MAX_VALUE` (angles within 360 degrees); one
bad number rejects the whole sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from radio.codecs.nmea_fields import FieldError, parse_lat, parse_lon, parse_time
from radio.codecs.numbers import ANY, NumberError, parse_decimal, shown
from radio.messages_sensor import (
    OwnShipData,
    RadarSystemData,
    RadarTargetPosition,
    RadarTrackReport,
    TargetLabels,
)

__all__ = [
    "ARPA_DECODERS",
    "MAX_VALUE",
    "METRES_PER_UNIT",
    "MPS_PER_UNIT",
    "ArpaDecoder",
    "ArpaMessage",
]

PROTOCOL = "nmea"

ArpaMessage = RadarTrackReport | RadarTargetPosition | OwnShipData | RadarSystemData | TargetLabels
ArpaDecoder = Callable[[list[str], str, str, bool, "str | None", "int | None"], ArpaMessage]

# Sanity bound of distances, speeds and times to CPA, in the sentence's own
# units (km or NM or statute miles, km/h or knots or mph, minutes): beyond
# any radar's reach or any target's speed. A value over it (or one that
# overflows to inf) rejects the sentence.
MAX_VALUE = 100_000.0

# Distance unit -> metres, and the matching speed unit -> m/s.
METRES_PER_UNIT: dict[str, float] = {"K": 1000.0, "N": 1852.0, "S": 1609.344}
MPS_PER_UNIT: dict[str, float] = {unit: m / 3600.0 for unit, m in METRES_PER_UNIT.items()}

_TARGET_STATUS = frozenset("LQT")
_ACQUISITION = frozenset("AMR")
# OSD course and speed references: bottom, manual, water, radar, positioning.
_OSD_REFERENCE = frozenset("BMWRP")
_ROTATION = frozenset("CHN")


def _need(f: list[str], count: int, kind: str) -> None:
    if len(f) - 1 < count:
        raise FieldError(f"{kind} has {len(f) - 1} fields, expected at least {count}")


def _number(
    value: str, kind: str, what: str, signed: bool = False, limit: float = MAX_VALUE
) -> float | None:
    """A plain decimal (no exponent, no nan/inf, no '_') within +-limit, or None when empty."""
    if not value:
        return None
    try:
        return parse_decimal(value, -limit if signed else 0.0, limit, signed=signed)
    except NumberError as exc:
        raise FieldError(f"{kind} {what}: {exc}") from None


def _angle(value: str, kind: str, what: str) -> float | None:
    result = _number(value, kind, what, limit=ANY)
    if result is not None and result > 360.0:
        raise FieldError(f"{kind} {what}: {shown(value)} is beyond 360 degrees")
    return result


def _target_number(value: str, kind: str) -> int | None:
    if not value:
        return None
    # 00-99 in NMEA 0183 3.x; some radars number up to 999.
    if not value.isdigit() or len(value) > 3:
        raise FieldError(f"{kind} target number: {shown(value)} is not an integer 0-999")
    return int(value)


def _letter(value: str, allowed: frozenset[str], kind: str, what: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        choices = ", ".join(sorted(allowed))
        raise FieldError(f"{kind} {what}: {shown(value)} is not one of {choices}")
    return value


def _reference(value: str, kind: str, what: str, given: float | None) -> str | None:
    """The T/R reference of a bearing or course; required when the value is given."""
    if value == "T" or value == "R":
        return value
    if value:
        raise FieldError(f"{kind} {what} reference: {shown(value)} is not T (true) or R (relative)")
    if given is not None:
        raise FieldError(f"{kind} {what} reference: missing (T or R) for a {what} of {given:g}")
    return None


def _units(value: str, kind: str, needed: bool) -> str | None:
    if value in METRES_PER_UNIT:
        return value
    if value:
        raise FieldError(f"{kind} units: {shown(value)} is not K, N or S")
    if needed:
        raise FieldError(f"{kind} units: missing (K, N or S) for the distances and speeds given")
    return None


def _reference_target(value: str, kind: str) -> bool:
    if value and value != "R":
        raise FieldError(f"{kind} reference target: {shown(value)} is not R or empty")
    return value == "R"


def _time(value: str, kind: str) -> time | None:
    try:
        return parse_time(value)
    except FieldError as exc:
        # Same reason as the AVL sentences, in this module's "what: value" form.
        reason = str(exc).replace(f"UTC time {shown(value)}", f"UTC time: {shown(value)}", 1)
        raise FieldError(f"{kind} {reason}") from None


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


def _get(f: list[str], index: int) -> str:
    return f[index] if len(f) > index else ""


def decode_ttm(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> RadarTrackReport:
    """TTM: number, distance, bearing, T/R, speed, course, T/R, CPA, TCPA, units,
    name, status, reference, UTC time, acquisition type."""
    _need(f, 10, kind)
    number = _target_number(f[1], kind)
    distance = _number(f[2], kind, "distance")
    bearing = _angle(f[3], kind, "bearing")
    bearing_ref = _reference(f[4], kind, "bearing", bearing)
    speed = _number(f[5], kind, "speed")
    course = _angle(f[6], kind, "course")
    course_ref = _reference(f[7], kind, "course", course)
    cpa = _number(f[8], kind, "distance of CPA")
    tcpa = _number(f[9], kind, "time of CPA", signed=True)
    needs_units = distance is not None or speed is not None or cpa is not None
    units = _units(f[10] if len(f) > 10 else "", kind, needs_units)
    name = _get(f, 11) or None
    status = _letter(_get(f, 12), _TARGET_STATUS, kind, "status")
    reference = _reference_target(_get(f, 13), kind)
    fix_time = _time(_get(f, 14), kind)
    acquisition = _letter(_get(f, 15), _ACQUISITION, kind, "acquisition type")
    metres = METRES_PER_UNIT[units] if units else 1.0
    mps = MPS_PER_UNIT[units] if units else 1.0
    return RadarTrackReport.make(  # type: ignore[attr-defined,no-any-return]
        PROTOCOL, kind, talker, number, _scaled(distance, metres), bearing, bearing_ref,
        _scaled(speed, mps), course, course_ref, _scaled(cpa, metres), tcpa, units, name,
        status, reference, fix_time, acquisition, source, has_cs, tag_time,
    )  # fmt: skip


def decode_tll(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> RadarTargetPosition:
    """TLL: number, lat, N/S, lon, E/W, name, UTC time, status, reference target."""
    _need(f, 5, kind)
    number = _target_number(f[1], kind)
    try:
        lat = parse_lat(f[2], f[3])
        lon = parse_lon(f[4], f[5])
    except FieldError as exc:
        raise FieldError(f"{kind} {exc}") from None
    if (lat is None) != (lon is None):
        raise FieldError(f"{kind} position: latitude and longitude must both be given or empty")
    name = _get(f, 6) or None
    fix_time = _time(_get(f, 7), kind)
    status = _letter(_get(f, 8), _TARGET_STATUS, kind, "status")
    reference = _reference_target(_get(f, 9), kind)
    return RadarTargetPosition.make(  # type: ignore[attr-defined,no-any-return]
        PROTOCOL, kind, talker, number, lat, lon, name, fix_time, status, reference,
        source, has_cs, tag_time,
    )  # fmt: skip


def decode_osd(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> OwnShipData:
    """OSD: heading, status, course, course ref, speed, speed ref, set, drift, units."""
    _need(f, 9, kind)
    heading = _angle(f[1], kind, "heading")
    status = f[2]
    if status != "A" and status != "V":
        raise FieldError(f"{kind} heading status: {shown(status)} is not A (valid) or V (invalid)")
    course = _angle(f[3], kind, "course")
    course_ref = _letter(f[4], _OSD_REFERENCE, kind, "course reference")
    speed = _number(f[5], kind, "speed")
    speed_ref = _letter(f[6], _OSD_REFERENCE, kind, "speed reference")
    set_deg = _angle(f[7], kind, "vessel set")
    drift = _number(f[8], kind, "vessel drift")
    units = _units(f[9], kind, speed is not None or drift is not None)
    mps = MPS_PER_UNIT[units] if units else 1.0
    return OwnShipData.make(  # type: ignore[attr-defined,no-any-return]
        PROTOCOL, kind, talker, heading, status == "A", course, course_ref, _scaled(speed, mps),
        speed_ref, set_deg, _scaled(drift, mps), units, source, has_cs, tag_time,
    )  # fmt: skip


# RSD fields 1-11 in order: (what, True for a distance / False for a bearing).
_RSD_FIELDS = (
    ("origin 1 range", True),
    ("origin 1 bearing", False),
    ("variable range marker 1", True),
    ("electronic bearing line 1", False),
    ("origin 2 range", True),
    ("origin 2 bearing", False),
    ("variable range marker 2", True),
    ("electronic bearing line 2", False),
    ("cursor range", True),
    ("cursor bearing", False),
    ("range scale", True),
)


def decode_rsd(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> RadarSystemData:
    """RSD: origin 1 and 2 (range, bearing, VRM, EBL), cursor range and bearing,
    range scale, range units, display rotation."""
    _need(f, 13, kind)
    values: list[float | None] = []
    any_distance = False
    for index, (what, is_distance) in enumerate(_RSD_FIELDS, start=1):
        if is_distance:
            value = _number(f[index], kind, what)
            any_distance = any_distance or value is not None
        else:
            value = _angle(f[index], kind, what)
        values.append(value)
    units = _units(f[12], kind, any_distance)
    rotation = _letter(f[13], _ROTATION, kind, "display rotation")
    metres = METRES_PER_UNIT[units] if units else 1.0
    for index, (_, is_distance) in enumerate(_RSD_FIELDS):
        if is_distance:
            values[index] = _scaled(values[index], metres)
    return RadarSystemData.make(  # type: ignore[attr-defined,no-any-return]
        PROTOCOL, kind, talker, *values, units, rotation, source, has_cs, tag_time
    )


def decode_tlb(
    f: list[str], talker: str, kind: str, has_cs: bool, source: str | None, tag_time: int | None
) -> TargetLabels:
    """TLB: one or more (target number, label) pairs."""
    _need(f, 2, kind)
    if len(f) % 2 == 0:
        raise FieldError(
            f"{kind} has {len(f) - 1} fields: target numbers and labels must come in pairs"
        )
    labels: list[tuple[int, str]] = []
    for index in range(1, len(f), 2):
        number = _target_number(f[index], kind)
        if number is None:
            raise FieldError(f"{kind} target number: missing in pair {index // 2 + 1}")
        labels.append((number, f[index + 1]))
    return TargetLabels.make(  # type: ignore[attr-defined,no-any-return]
        PROTOCOL, kind, talker, tuple(labels), source, has_cs, tag_time
    )


ARPA_DECODERS: dict[str, ArpaDecoder] = {
    "TTM": decode_ttm,
    "TLL": decode_tll,
    "OSD": decode_osd,
    "RSD": decode_rsd,
    "TLB": decode_tlb,
}
