"""Strict, fast parsers for NMEA 0183 field values, and the XOR checksum.

Role: helpers for :mod:`radio.codecs.nmea`. Each parser takes one field (a
``str`` already known to be printable ASCII) and returns a typed value, or
raises :class:`FieldError` with a reason a dispatcher can read. Empty fields
mean "not reported" and give ``None`` where the caller allows it.

Why hand-written: ``float()``/``int()`` alone accept ``"1_0"``, ``" 5"``,
``"nan"`` and ``"inf"``, which must not become positions; and these checks run
on every AVL sentence, so they avoid regular expressions (see
tests/benchmarks/bench_nmea_decode.py for the comparison with pynmea2).
Plain numbers (:func:`parse_udec`, :func:`parse_sdec`, :func:`parse_uint`)
go through the codecs' shared :mod:`radio.codecs.numbers`, with the field's
bounds: a value that overflows to ``inf`` or lies outside them rejects the
sentence with a reason (``"GGA HDOP '1000...' (309 characters) is out of
range (0 to 1000)"``).
"""

from __future__ import annotations

from datetime import UTC, date, time
from functools import reduce
from operator import xor

from radio.codecs.numbers import ANY, NumberError, parse_decimal, parse_integer, shown


class FieldError(ValueError):
    """A field that is present but malformed or out of range."""


# Strict two-digit hex lookup: int(x, 16) would also take " 1", "+1" or "0x".
HEX_BYTE: dict[str, int] = {}
for _value in range(256):
    HEX_BYTE[f"{_value:02X}"] = _value
    HEX_BYTE[f"{_value:02x}"] = _value
    HEX_BYTE[f"{_value:02X}"[0] + f"{_value:02x}"[1]] = _value
    HEX_BYTE[f"{_value:02x}"[0] + f"{_value:02X}"[1]] = _value
del _value

_UTC = UTC
# micro-seconds per unit of a fraction with 1..6 digits
_FRAC_SCALE = (0, 100_000, 10_000, 1_000, 100, 10, 1)
# Dates change once a day and every unit of a fleet reports the same one, so
# a tiny cache saves a date() construction and its validation per RMC.
_DATE_CACHE: dict[str, date] = {}
# Likewise every unit of a fleet reports the same GPS second, so the time of
# a sentence usually repeats the one of many sentences just before it. The
# time objects are immutable and the cache is keyed by the exact text, so a
# hit returns exactly what parsing would; clearing when full bounds memory
# whatever the input.
_TIME_CACHE: dict[str, time] = {}
_TIME_CACHE_SIZE = 4096


def checksum(body: bytes | bytearray) -> int:
    """XOR of all bytes of ``body`` (the text between ``$``/``!`` and ``*``)."""
    n = len(body)
    if n > 128:
        return reduce(xor, body, 0)
    # Folding one big integer is several times faster than a per-byte reduce
    # for sentence-sized bodies; bits above the current width are garbage and
    # masked off at the end.
    x = int.from_bytes(body, "little")
    if n > 64:
        x ^= x >> 512
    if n > 32:
        x ^= x >> 256
    if n > 16:
        x ^= x >> 128
    x ^= x >> 64
    x ^= x >> 32
    x ^= x >> 16
    x ^= x >> 8
    return x & 0xFF


def parse_time(value: str) -> time | None:
    """``hhmmss`` or ``hhmmss.sss`` -> UTC time; a leap second 60 clamps to 59.999999."""
    cached = _TIME_CACHE.get(value)
    if cached is not None:
        return cached
    if not value:
        return None
    head = value[:6]
    if len(head) != 6 or not head.isdigit():
        raise FieldError(f"UTC time {shown(value)} is not hhmmss[.sss]")
    micros = 0
    if len(value) > 6:
        frac = value[7:]
        if value[6] != "." or (frac and not frac.isdigit()):
            raise FieldError(f"UTC time {shown(value)} is not hhmmss[.sss]")
        if frac:
            frac = frac[:6]
            micros = int(frac) * _FRAC_SCALE[len(frac)]
    n = int(head)
    hour = n // 10000
    minute = n // 100 % 100
    sec = n % 100
    if hour > 23 or minute > 59 or sec > 59:
        if hour > 23 or minute > 59 or sec > 60:
            raise FieldError(f"UTC time {shown(value)} is out of range")
        # Receivers do report hh:mm:60 in a leap second; datetime cannot hold it.
        sec, micros = 59, 999_999
    result = time(hour, minute, sec, micros, _UTC)
    if len(_TIME_CACHE) >= _TIME_CACHE_SIZE:
        _TIME_CACHE.clear()
    _TIME_CACHE[value] = result
    return result


def parse_date(value: str) -> date | None:
    """``ddmmyy`` -> date; two-digit years 80-99 are 19xx, 00-79 are 20xx."""
    if not value:
        return None
    cached = _DATE_CACHE.get(value)
    if cached is not None:
        return cached
    if len(value) != 6 or not value.isdigit():
        raise FieldError(f"date {shown(value)} is not ddmmyy")
    day, month, year = int(value[0:2]), int(value[2:4]), int(value[4:6])
    year += 1900 if year >= 80 else 2000
    try:
        result = date(year, month, day)
    except ValueError:
        raise FieldError(f"date {shown(value)} is not a calendar date") from None
    if len(_DATE_CACHE) > 64:
        _DATE_CACHE.clear()
    _DATE_CACHE[value] = result
    return result


def _ddmm(value: str, what: str, max_degree_digits: int) -> float:
    """Unsigned ``d..dmm.mmmm`` -> degrees (validated: digits, minutes < 60)."""
    dot = value.find(".")
    if dot < 0:
        dot = len(value)
    split = dot - 2
    if (
        split < 1
        or split > max_degree_digits
        or not value.replace(".", "", 1).isdigit()
        or value[split] > "5"
    ):
        if 1 <= split <= max_degree_digits and value.replace(".", "", 1).isdigit():
            raise FieldError(f"{what} {shown(value)} has minutes >= 60")
        raise FieldError(f"{what} {shown(value)} is not {'d' * max_degree_digits}mm.mmmm")
    return int(value[:split]) + float(value[split:]) / 60.0


def parse_lat(value: str, hemisphere: str) -> float | None:
    """``ddmm.mmmm`` and N/S -> signed decimal degrees; both empty -> None."""
    # Fast path for the usual ddmm.mmmm: the same checks and the same
    # arithmetic as _ddmm (so the same float), minus the generality.
    if value[4:5] == "." and value[2] < "6" and value.replace(".", "", 1).isdigit():
        result = int(value[:2]) + float(value[2:]) / 60.0
        if result <= 90.0:
            if hemisphere == "N":
                return result
            if hemisphere == "S":
                return -result
    if not value:
        if hemisphere:
            raise FieldError(f"latitude hemisphere {shown(hemisphere)} without a value")
        return None
    result = _ddmm(value, "latitude", 2)
    if result > 90.0:
        raise FieldError(f"latitude {shown(value)} is beyond 90 degrees")
    if hemisphere == "N":
        return result
    if hemisphere == "S":
        return -result
    raise FieldError(f"latitude hemisphere {shown(hemisphere)} is not N or S")


def parse_lon(value: str, hemisphere: str) -> float | None:
    """``dddmm.mmmm`` and E/W -> signed decimal degrees; both empty -> None."""
    if value[5:6] == "." and value[3] < "6" and value.replace(".", "", 1).isdigit():
        result = int(value[:3]) + float(value[3:]) / 60.0
        if result <= 180.0:
            if hemisphere == "E":
                return result
            if hemisphere == "W":
                return -result
    if not value:
        if hemisphere:
            raise FieldError(f"longitude hemisphere {shown(hemisphere)} without a value")
        return None
    result = _ddmm(value, "longitude", 3)
    if result > 180.0:
        raise FieldError(f"longitude {shown(value)} is beyond 180 degrees")
    if hemisphere == "E":
        return result
    if hemisphere == "W":
        return -result
    raise FieldError(f"longitude hemisphere {shown(hemisphere)} is not E or W")


def parse_udec(value: str, what: str, high: float = ANY) -> float | None:
    """Unsigned decimal (``12``, ``12.5``, ``.5``) up to ``high``, or None when empty."""
    if not value:
        return None
    try:
        return parse_decimal(value, 0.0, high, signed=False)
    except NumberError as exc:
        raise FieldError(f"{what} {exc}") from None


def parse_sdec(value: str, what: str, low: float = -ANY, high: float = ANY) -> float | None:
    """Signed decimal (``-33.9``, ``+5``, ``100.00``) within bounds, or None when empty."""
    if not value:
        return None
    try:
        return parse_decimal(value, low, high)
    except NumberError as exc:
        raise FieldError(f"{what} {exc}") from None


def parse_uint(value: str, what: str, high: int) -> int | None:
    """Unsigned integer up to ``high``, or None when empty."""
    if not value:
        return None
    try:
        return parse_integer(value, 0, high)
    except NumberError as exc:
        raise FieldError(f"{what} {exc}") from None
