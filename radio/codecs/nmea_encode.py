"""NMEA 0183 encoders for simulators and tests.

Role: build GGA and RMC sentences, the ARPA radar sentences TTM, TLL, OSD,
RSD and TLB, and NMEA 4.10 TAG blocks that :func:`radio.codecs.nmea.decode`
reads back. ARPA encoders take SI values (metres, m/s, degrees) and write
them in the sentence's ``units`` (K, N or S) with enough decimals that the
decoded value is within a few centimetres. Contract: every function returns
one line as ``bytes`` without the CRLF terminator (callers add ``b"\\r\\n"``).
Bad arguments (a latitude beyond 90, a talker that is not two capitals, a
source containing NMEA reserved characters) raise :class:`ValueError`:
encoders serve our own code, so wrong input is a programming error.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from radio.codecs.nmea_arpa import METRES_PER_UNIT as _METRES_PER_UNIT
from radio.codecs.nmea_fields import checksum

_RESERVED = frozenset(",*\\$!\r\n")


def _frame(body: str) -> bytes:
    raw = body.encode("ascii")
    return b"$%s*%02X" % (raw, checksum(raw))


def _check_talker(talker: str) -> None:
    if len(talker) != 2 or not talker.isascii() or not talker.isalpha() or not talker.isupper():
        raise ValueError(f"talker must be two capital letters, got {talker!r}")


def _coord(value: float, width: int, pos: str, neg: str, limit: float) -> tuple[str, str]:
    if not -limit <= value <= limit:
        raise ValueError(f"coordinate {value} is beyond {limit:g} degrees")
    hemisphere = pos if value >= 0 else neg
    magnitude = abs(value)
    degrees = int(magnitude)
    minutes = round((magnitude - degrees) * 60.0, 5)
    if minutes >= 60.0:  # rounding carried into the next degree
        degrees += 1
        minutes -= 60.0
    return f"{degrees:0{width}d}{minutes:08.5f}", hemisphere


def _hhmmss(value: time | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC)
    return f"{value.hour:02d}{value.minute:02d}{value.second:02d}.{value.microsecond // 10000:02d}"


def encode_gga(
    lat: float,
    lon: float,
    fix_time: time | datetime | None,
    talker: str = "GP",
    quality: int = 1,
    satellites: int = 8,
    hdop: float = 0.9,
    altitude_m: float = 10.0,
) -> bytes:
    """A GGA sentence with position, time (UTC), fix quality and geometry."""
    _check_talker(talker)
    if not 0 <= quality <= 8:
        raise ValueError(f"GGA quality must be 0-8, got {quality}")
    if satellites < 0 or hdop < 0:
        raise ValueError("satellites and hdop must not be negative")
    lat_text, ns = _coord(lat, 2, "N", "S", 90.0)
    lon_text, ew = _coord(lon, 3, "E", "W", 180.0)
    body = (
        f"{talker}GGA,{_hhmmss(fix_time)},{lat_text},{ns},{lon_text},{ew},{quality},"
        f"{satellites:02d},{hdop:.1f},{altitude_m:.1f},M,0.0,M,,"
    )
    return _frame(body)


def encode_rmc(
    lat: float,
    lon: float,
    fix_datetime: datetime,
    speed_knots: float = 0.0,
    course_deg: float = 0.0,
    talker: str = "GP",
) -> bytes:
    """An RMC sentence (status A, mode A); a naive ``fix_datetime`` is taken as UTC."""
    _check_talker(talker)
    if speed_knots < 0 or not 0 <= course_deg <= 360:
        raise ValueError("speed must be >= 0 and course within 0-360 degrees")
    if fix_datetime.tzinfo is not None:
        fix_datetime = fix_datetime.astimezone(UTC)
    lat_text, ns = _coord(lat, 2, "N", "S", 90.0)
    lon_text, ew = _coord(lon, 3, "E", "W", 180.0)
    body = (
        f"{talker}RMC,{_hhmmss(fix_datetime)},A,{lat_text},{ns},{lon_text},{ew},"
        f"{speed_knots:.2f},{course_deg:.2f},{fix_datetime:%d%m%y},,,A"
    )
    return _frame(body)


def with_tag_block(sentence: bytes, source: str, unix_time: int | None = None) -> bytes:
    """Prefix ``sentence`` with a TAG block carrying ``s:source`` and ``c:unix_time``."""
    if not source or not source.isascii() or any(ch in _RESERVED for ch in source):
        raise ValueError(f"TAG source must be non-empty ASCII without , * \\ $ !: {source!r}")
    if not source.isprintable():
        raise ValueError(f"TAG source must be printable: {source!r}")
    body = f"s:{source}"
    if unix_time is not None:
        if unix_time < 0:
            raise ValueError(f"unix_time must not be negative, got {unix_time}")
        body += f",c:{unix_time}"
    raw = body.encode("ascii")
    return b"\\%s*%02X\\%s" % (raw, checksum(raw), sentence)


def _check_units(units: str) -> float:
    try:
        return _METRES_PER_UNIT[units]
    except KeyError:
        raise ValueError(f"units must be K, N or S, got {units!r}") from None


def _check_text(what: str, value: str) -> str:
    if not value.isascii() or not value.isprintable() or any(ch in _RESERVED for ch in value):
        raise ValueError(f"{what} must be printable ASCII without , * \\ $ !: {value!r}")
    return value


def _check_choice(what: str, value: str, allowed: str) -> str:
    if len(value) > 1 or value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)} or empty, got {value!r}")
    return value


def _dist(value: float | None, metres: float, what: str) -> str:
    if value is None:
        return ""
    if not value >= 0:
        raise ValueError(f"{what} must be >= 0, got {value}")
    return f"{value / metres:.5f}"


def _deg(value: float | None, what: str) -> str:
    if value is None:
        return ""
    if not 0 <= value <= 360:
        raise ValueError(f"{what} must be within 0-360 degrees, got {value}")
    return f"{value:.2f}"


def _speed(value: float | None, metres: float, what: str) -> str:
    if value is None:
        return ""
    if not value >= 0:
        raise ValueError(f"{what} must be >= 0, got {value}")
    return f"{value * 3600.0 / metres:.4f}"


def _target(number: int) -> str:
    if not 0 <= number <= 999:
        raise ValueError(f"target number must be 0-999, got {number}")
    return f"{number:02d}"


def encode_ttm(
    target_number: int,
    range_m: float | None,
    bearing_deg: float | None,
    speed_mps: float | None = None,
    course_deg: float | None = None,
    *,
    bearing_ref: str = "T",
    course_ref: str = "T",
    cpa_m: float | None = None,
    tcpa_min: float | None = None,
    units: str = "N",
    name: str = "",
    status: str = "T",
    reference_target: bool = False,
    fix_time: time | datetime | None = None,
    acquisition: str = "A",
    talker: str = "RA",
) -> bytes:
    """A TTM tracked-target sentence (NMEA 0183 4.x layout, 15 fields)."""
    _check_talker(talker)
    metres = _check_units(units)
    _check_choice("bearing_ref", bearing_ref, "TR")
    _check_choice("course_ref", course_ref, "TR")
    _check_choice("status", status, "LQT")
    _check_choice("acquisition", acquisition, "AMR")
    tcpa = "" if tcpa_min is None else f"{tcpa_min:.2f}"
    body = (
        f"{talker}TTM,{_target(target_number)},{_dist(range_m, metres, 'range_m')},"
        f"{_deg(bearing_deg, 'bearing_deg')},{bearing_ref if bearing_deg is not None else ''},"
        f"{_speed(speed_mps, metres, 'speed_mps')},{_deg(course_deg, 'course_deg')},"
        f"{course_ref if course_deg is not None else ''},{_dist(cpa_m, metres, 'cpa_m')},"
        f"{tcpa},{units},{_check_text('name', name)},{status},"
        f"{'R' if reference_target else ''},{_hhmmss(fix_time)},{acquisition}"
    )
    return _frame(body)


def encode_tll(
    target_number: int,
    lat: float,
    lon: float,
    *,
    name: str = "",
    fix_time: time | datetime | None = None,
    status: str = "T",
    reference_target: bool = False,
    talker: str = "RA",
) -> bytes:
    """A TLL target position sentence."""
    _check_talker(talker)
    _check_choice("status", status, "LQT")
    lat_text, ns = _coord(lat, 2, "N", "S", 90.0)
    lon_text, ew = _coord(lon, 3, "E", "W", 180.0)
    body = (
        f"{talker}TLL,{_target(target_number)},{lat_text},{ns},{lon_text},{ew},"
        f"{_check_text('name', name)},{_hhmmss(fix_time)},{status},"
        f"{'R' if reference_target else ''}"
    )
    return _frame(body)


def encode_osd(
    heading_deg: float | None,
    course_deg: float | None,
    speed_mps: float | None,
    *,
    heading_valid: bool = True,
    course_ref: str = "P",
    speed_ref: str = "P",
    set_deg: float | None = None,
    drift_mps: float | None = None,
    units: str = "N",
    talker: str = "RA",
) -> bytes:
    """An OSD own-ship data sentence; references are B, M, W, R or P."""
    _check_talker(talker)
    metres = _check_units(units)
    _check_choice("course_ref", course_ref, "BMWRP")
    _check_choice("speed_ref", speed_ref, "BMWRP")
    body = (
        f"{talker}OSD,{_deg(heading_deg, 'heading_deg')},{'A' if heading_valid else 'V'},"
        f"{_deg(course_deg, 'course_deg')},{course_ref},"
        f"{_speed(speed_mps, metres, 'speed_mps')},{speed_ref},{_deg(set_deg, 'set_deg')},"
        f"{_speed(drift_mps, metres, 'drift_mps')},{units}"
    )
    return _frame(body)


def encode_rsd(
    cursor_range_m: float | None,
    cursor_bearing_deg: float | None,
    range_scale_m: float | None,
    *,
    origin1: tuple[float | None, float | None, float | None, float | None] = (None,) * 4,
    origin2: tuple[float | None, float | None, float | None, float | None] = (None,) * 4,
    units: str = "N",
    rotation: str = "N",
    talker: str = "RA",
) -> bytes:
    """An RSD radar system data sentence.

    ``origin1``/``origin2`` are (origin range m, origin bearing deg, VRM m,
    EBL deg); ``rotation`` is C (course-up), H (head-up) or N (north-up).
    """
    _check_talker(talker)
    metres = _check_units(units)
    _check_choice("rotation", rotation, "CHN")
    parts: list[str] = []
    for label, origin in (("origin1", origin1), ("origin2", origin2)):
        if len(origin) != 4:
            raise ValueError(f"{label} must have 4 values, got {len(origin)}")
        parts += (
            _dist(origin[0], metres, f"{label} range"),
            _deg(origin[1], f"{label} bearing"),
            _dist(origin[2], metres, f"{label} VRM"),
            _deg(origin[3], f"{label} EBL"),
        )
    parts += (
        _dist(cursor_range_m, metres, "cursor_range_m"),
        _deg(cursor_bearing_deg, "cursor_bearing_deg"),
        _dist(range_scale_m, metres, "range_scale_m"),
        units,
        rotation,
    )
    return _frame(f"{talker}RSD," + ",".join(parts))


def encode_tlb(
    labels: list[tuple[int, str]] | tuple[tuple[int, str], ...], talker: str = "RA"
) -> bytes:
    """A TLB target label sentence from (target number, label) pairs."""
    _check_talker(talker)
    if not labels:
        raise ValueError("TLB needs at least one (target number, label) pair")
    parts = [f"{_target(number)},{_check_text('label', label)}" for number, label in labels]
    return _frame(f"{talker}TLB," + ",".join(parts))
