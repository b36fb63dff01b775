"""NMEA 0183 encoders for simulators and tests.

Role: build GGA and RMC sentences and NMEA 4.10 TAG blocks that
:func:`radio.codecs.nmea.decode` reads back. Contract: every function returns
one line as ``bytes`` without the CRLF terminator (callers add ``b"\\r\\n"``).
Bad arguments (a latitude beyond 90, a talker that is not two capitals, a
source containing NMEA reserved characters) raise :class:`ValueError`:
encoders serve our own code, so wrong input is a programming error.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

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
