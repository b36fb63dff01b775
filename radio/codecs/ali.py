"""ALI (automatic location identification) records over serial.

Role: turn one STX/ETX-framed ALI record (see :mod:`radio.framing.stx_etx`)
into a :class:`~radio.messages_location.CallerLocation`, build records for
simulators and tests, and choose the ACK/NAK a controller expects.

Contract:

- :func:`decode_ali(frame, profile) <decode_ali>` takes any ``bytes`` and
  never raises: it returns a ``CallerLocation`` (``source="ali"``) or a
  :class:`~radio.messages.DecodeError` with a reason: noise outside a record,
  a record with no STX or no ETX (half record), two records run together
  (doubled), a missing or wrong block check character (``block check
  mismatch: expected 0x.., got 0x..``), a wrong number of lines, a line
  wider than the profile, a control byte, a missing required field or a
  malformed value (the reason names the field). :func:`decode` is the same
  with :data:`~radio.codecs.ali_profile.DEFAULT_PROFILE`, and :func:`decode_bcc`
  with ``DEFAULT_XOR_PROFILE`` (same layout, XOR BCC), for the registry.
- Where values go: ``ani`` -> ``number``, ``cos`` -> ``class_of_service``,
  ``time`` -> ``time`` (the profile's zone, converted to UTC), ``lat``/``lon``
  -> coordinates with shape ``Circle`` (``radius_m`` = ``uncertainty``) or
  ``Point``, ``confidence`` -> ``confidence``; ``name``, ``hno``, ``hns``,
  ``street``, ``community``, ``state``, ``country``, ``pc``, ``loc``, ``flr``
  -> the civic address (``NAM``, ``HNO``, ``HNS``, ``RD``, ``A3``, ``A1``,
  ``country``, ``PC``, ``LOC``, ``FLR``); every other field (``esn``,
  ``pani``, ``carrier``, vendor fields) -> ``extras``.
- An unknown class of service is kept, with a warning; a wireless class with
  no coordinates yet is kept, with a warning (the console rebids). Matching
  a rebid to its first record (same ANI, pANI, ESN) is the console's job.
- :func:`encode_ali` builds a record (framing and BCC included) and raises
  ``ValueError`` on a value that does not fit; :func:`ack_for` gives ``ACK``
  for a decoded record, ``NAK`` for a corrupt record, and ``b""`` for noise
  that holds neither STX nor ETX (nothing to acknowledge).
"""

from __future__ import annotations

import logging
import math
import re
from datetime import UTC, datetime
from typing import Any

from radio.codecs.ali_profile import (
    CLASS_OF_SERVICE,
    DEFAULT_PROFILE,
    DEFAULT_XOR_PROFILE,
    WIRELESS_CLASSES,
    AliField,
    AliProfile,
)
from radio.codecs.numbers import shown
from radio.framing.stx_etx import ETX, STX, xor_bcc
from radio.messages import DecodeError
from radio.messages_location import CallerLocation

__all__ = [
    "ACK",
    "NAK",
    "PROTOCOL",
    "ack_for",
    "decode",
    "decode_ali",
    "decode_bcc",
    "encode_ali",
]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "ali"
ACK = b"\x06"
NAK = b"\x15"

_CIVIC = {
    "name": "NAM",
    "hno": "HNO",
    "hns": "HNS",
    "street": "RD",
    "community": "A3",
    "state": "A1",
    "country": "country",
    "pc": "PC",
    "loc": "LOC",
    "flr": "FLR",
}
_CORE = frozenset({"ani", "cos", "time", "lat", "lon", "uncertainty", "confidence"})

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BAD_CHAR = re.compile(rb"[^\x20-\x7e\r\n]")
# Leading zeros are allowed: a controller may zero-fill a field wider than the degrees.
_LAT = re.compile(r"[+-]?0*\d{1,2}(?:\.\d+)?\Z")
_LON = re.compile(r"[+-]?0*\d{1,3}(?:\.\d+)?\Z")
_PHONE = re.compile(r"\+?[0-9 ()./-]+\Z")
_NUMBER = re.compile(r"\d+(?:\.\d+)?\Z")


class _FieldError(ValueError):
    pass


def decode(frame: bytes) -> CallerLocation | DecodeError:
    """Decode one record with the default profile. Never raises."""
    return decode_ali(frame, DEFAULT_PROFILE)


def decode_bcc(frame: bytes) -> CallerLocation | DecodeError:
    """Decode one record with the default layout and an XOR BCC. Never raises."""
    return decode_ali(frame, DEFAULT_XOR_PROFILE)


def decode_ali(frame: bytes, profile: AliProfile = DEFAULT_PROFILE) -> CallerLocation | DecodeError:
    """Decode one framed ALI record (STX ... ETX [BCC]). Never raises."""
    if type(frame) is not bytes:
        frame = bytes(frame)
    try:
        return _decode(frame, profile)
    except _FieldError as exc:
        return DecodeError(PROTOCOL, str(exc), frame)
    except Exception as exc:  # a bug must not take the link down; keep the frame
        _LOGGER.exception("ALI decoder failed on %r", frame)
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", frame)


def _decode(frame: bytes, profile: AliProfile) -> CallerLocation:
    body = _unframe(frame, profile)
    bad = _BAD_CHAR.search(body)
    if bad is not None:
        raise _FieldError(
            f"control byte 0x{body[bad.start()]:02x} at offset {bad.start() + 1} in record"
        )
    lines = _split_lines(body.decode("ascii"), profile)
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for item in profile.fields:
        line = lines[item.line - 1]
        raw = line[item.column - 1 : item.column - 1 + item.width].strip()
        if not raw:
            if item.required:
                raise _FieldError(f"field {item.name}: missing (line {item.line})")
            continue
        values[item.name] = _parse(item, raw, profile, warnings)
    return _location(values, warnings)


def _unframe(frame: bytes, profile: AliProfile) -> bytes:
    """The record's text between STX and ETX, after every framing check."""
    if not frame:
        raise _FieldError("empty frame")
    etx = frame.find(ETX)
    if frame[0] != STX:
        if etx >= 0:
            raise _FieldError("half record: no STX (the start of the record was lost)")
        raise _FieldError(f"noise outside a record ({len(frame)} bytes, no STX)")
    second = frame.find(STX, 1)
    if etx < 0:
        if second >= 0:
            raise _FieldError(f"doubled record: a second STX at offset {second} before any ETX")
        raise _FieldError("half record: no ETX (record truncated)")
    if 0 <= second < etx:
        raise _FieldError(f"doubled record: a second STX at offset {second} before ETX")
    tail = frame[etx + 1 :]
    if profile.bcc == "xor":
        if not tail:
            raise _FieldError("missing block check character after ETX")
        extra = tail[1:]
    else:
        extra = tail
    if extra:
        if STX in extra:
            raise _FieldError(f"doubled record: another record follows ETX ({len(extra)} byte(s))")
        raise _FieldError(f"{len(extra)} trailing byte(s) after the record")
    if profile.bcc == "xor":
        expected = xor_bcc(frame[1 : etx + 1])
        if tail[0] != expected:
            raise _FieldError(
                f"block check mismatch: expected 0x{expected:02x}, got 0x{tail[0]:02x}"
            )
    return frame[1:etx]


def _split_lines(text: str, profile: AliProfile) -> list[str]:
    lines = _LINE_BREAK.split(text)
    expected = profile.lines
    # Some controllers open or close the record with a line break; drop it
    # only when that is what makes the count right (a blank last line is data).
    if len(lines) == expected + 1 and lines[-1] == "":
        lines.pop()
    elif len(lines) == expected + 1 and lines[0] == "":
        lines.pop(0)
    elif len(lines) == expected + 2 and lines[0] == "" and lines[-1] == "":
        lines = lines[1:-1]
    count = len(lines)
    if count < expected:
        raise _FieldError(f"half record: {count} of {expected} lines")
    if count > expected:
        if count == 2 * expected and lines[:expected] == lines[expected:]:
            raise _FieldError(f"doubled record: the same {expected} lines twice")
        raise _FieldError(
            f"too many lines: {count}, the profile has {expected} (records run together?)"
        )
    for number, line in enumerate(lines, 1):
        if len(line) > profile.columns:
            raise _FieldError(
                f"line {number} is {len(line)} columns wide; the profile allows {profile.columns}"
            )
    return lines


def _parse(item: AliField, raw: str, profile: AliProfile, warnings: list[str]) -> Any:
    parser = item.parser
    name = item.name
    if parser == "text":
        return raw
    if parser == "cos":
        code = raw.upper()
        if code not in CLASS_OF_SERVICE:
            warnings.append(f"unknown class of service {code!r}")
        return code
    if parser == "phone":
        if not _PHONE.match(raw):
            raise _FieldError(f"field {name}: {raw!r} is not a telephone number")
        digits = "".join(ch for ch in raw if ch.isdigit())
        if not 3 <= len(digits) <= 15:
            raise _FieldError(f"field {name}: {raw!r} has {len(digits)} digits, expected 3 to 15")
        return ("+" if raw.startswith("+") else "") + digits
    if parser == "digits":
        if not raw.isascii() or not raw.isdigit():
            raise _FieldError(f"field {name}: {raw!r} is not all digits")
        return raw
    if parser in ("int", "percent"):
        if not raw.isascii() or not raw.isdigit():
            raise _FieldError(f"field {name}: {raw!r} is not a whole number")
        value = int(raw)
        if parser == "percent" and value > 100:
            raise _FieldError(f"field {name}: {value} is not a percentage (0-100)")
        return value
    if parser == "number":
        if not _NUMBER.match(raw):
            raise _FieldError(f"field {name}: {raw!r} is not a non-negative number")
        value = float(raw)
        if not math.isfinite(value):  # 309 digits and more: a site field may be that wide
            raise _FieldError(f"field {name}: {shown(raw)} is not a finite number")
        return value
    if parser in ("lat", "lon"):
        pattern, limit = (_LAT, 90.0) if parser == "lat" else (_LON, 180.0)
        if not pattern.match(raw):
            raise _FieldError(f"field {name}: {raw!r} is not signed decimal degrees")
        degrees = float(raw)
        if abs(degrees) > limit:
            raise _FieldError(f"field {name}: {degrees} is out of range (+-{limit:g})")
        return degrees
    if parser == "time":
        try:
            local = datetime.strptime(raw, profile.time_format)
        except (ValueError, re.error):  # re.error: a format with a directive twice
            raise _FieldError(
                f"field {name}: {raw!r} does not match {profile.time_format!r}"
            ) from None
        try:
            return local.replace(tzinfo=profile.tz).astimezone(UTC)
        except OverflowError:  # year 1 or 9999 pushed past the calendar by the zone's offset
            raise _FieldError(f"field {name}: {raw!r} is out of range in UTC") from None
    raise _FieldError(f"field {name}: unknown parser {parser!r}")  # profiles are validated


def _location(values: dict[str, Any], warnings: list[str]) -> CallerLocation:
    cos = values.get("cos")
    lat = values.get("lat")
    lon = values.get("lon")
    radius = values.get("uncertainty")
    civic = tuple((_CIVIC[key], value) for key, value in values.items() if key in _CIVIC)
    extras: list[tuple[str, Any]] = [
        (key, value) for key, value in values.items() if key not in _CORE and key not in _CIVIC
    ]
    if cos is not None and cos in CLASS_OF_SERVICE:
        extras.append(("cos_description", CLASS_OF_SERVICE[cos]))
    shape = None
    params: tuple[tuple[str, Any], ...] = ()
    if lat is not None and lon is not None:
        shape = "Circle" if radius is not None else "Point"
        if radius is not None:
            params = (("radius", radius), ("uom", "m"))
    else:
        lat = lon = None
        radius = None
        if cos in WIRELESS_CLASSES:
            warnings.append(f"wireless class {cos} without coordinates (rebid for a location)")
    if not civic and shape is None and cos != "NRF":
        warnings.append("record carries neither coordinates nor an address")
    return CallerLocation.make(  # type: ignore[attr-defined]
        PROTOCOL,
        "ALI",
        "ali",
        values.get("ani"),
        lat,
        lon,
        radius,
        values.get("confidence"),
        shape,
        params,
        civic,
        values.get("time"),
        cos,
        None,
        tuple(extras),
        tuple(warnings),
    )


def encode_ali(record: CallerLocation, profile: AliProfile = DEFAULT_PROFILE) -> bytes:
    """Build a framed record (STX, lines joined by CRLF, ETX, BCC per profile).

    Values come from the same places :func:`decode_ali` puts them. Raises
    ``ValueError`` when a value does not fit its field.
    """
    grid = [[" "] * profile.columns for _ in range(profile.lines)]
    civic = record.civic_address()
    for item in profile.fields:
        text = _format(item, _value_for(item.name, record, civic), profile)
        if text is None:
            continue
        if len(text) > item.width:
            raise ValueError(f"{item.name}: {text!r} is wider than {item.width} columns")
        row = grid[item.line - 1]
        row[item.column - 1 : item.column - 1 + len(text)] = list(text)
    body = "\r\n".join("".join(row) for row in grid).encode("ascii")
    framed = bytes([STX]) + body + bytes([ETX])
    if profile.bcc == "xor":
        framed += bytes([xor_bcc(framed[1:])])
    return framed


def _value_for(name: str, record: CallerLocation, civic: dict[str, str]) -> Any:
    direct = {
        "ani": record.number,
        "cos": record.class_of_service,
        "time": record.time,
        "lat": record.lat,
        "lon": record.lon,
        "uncertainty": record.radius_m,
        "confidence": record.confidence,
    }
    if name in direct:
        return direct[name]
    if name in _CIVIC:
        return civic.get(_CIVIC[name])
    return record.extra(name)


def _format(item: AliField, value: Any, profile: AliProfile) -> str | None:
    if value is None:
        return None
    width = item.width
    if item.parser in ("lat", "lon"):
        # As many decimals as fit, right-aligned with blanks (never zero-filled).
        for decimals in range(6, -1, -1):
            text = f"{value:+.{decimals}f}"
            if len(text) <= width:
                return text.rjust(width)
        return text
    if item.parser == "number":
        return f"{round(value):0{width}d}" if math.isfinite(value) else None
    if item.parser in ("int", "percent"):
        return f"{round(value):0{width}d}"
    if item.parser == "time":
        return value.astimezone(profile.tz).strftime(profile.time_format)
    return str(value)


def ack_for(result: object) -> bytes:
    """ACK for a decoded record, NAK for a corrupt one, ``b""`` for mere noise."""
    if isinstance(result, CallerLocation):
        return ACK
    if isinstance(result, DecodeError):
        raw = result.raw
        if STX in raw or ETX in raw:
            return NAK
        return b""
    return NAK
