"""NMEA 0183 codec for automatic vehicle location (AVL) feeds.

Role: turn one line-framed NMEA 0183 sentence (optionally preceded by NMEA
4.10 TAG blocks) into a typed message, and build sentences for simulators
and tests.

Contract:

- :func:`decode` takes any ``bytes`` and never raises. It returns
  :class:`~radio.messages.PositionFix` for GGA/RMC/GLL/GNS from any talker
  with a position, :class:`~radio.messages.NoFix` when such a sentence says
  the receiver has no fix, :class:`~radio.messages.NmeaSentence` for every
  other well-formed sentence (``$`` or AIS-style ``!``; proprietary ``$P...``
  get kind ``"P" + manufacturer``), and :class:`~radio.messages.DecodeError`
  with a reason for everything else.
- A checksum, when present, must match; sentences without one are accepted
  and say so (``checksum=False``). A TAG block's checksum is mandatory and
  verified; its ``s:`` goes to ``source`` and ``c:`` to ``tag_time``.
- Encoders (:func:`encode_gga`, :func:`encode_rmc`, :func:`with_tag_block`)
  return the line without CRLF.
"""

from __future__ import annotations

import logging

from radio.codecs.nmea_encode import encode_gga, encode_rmc, with_tag_block
from radio.codecs.nmea_fields import HEX_BYTE, FieldError, checksum
from radio.codecs.nmea_position import POSITION_DECODERS
from radio.messages import DecodeError, NmeaSentence, NoFix, PositionFix

__all__ = [
    "PROTOCOL",
    "checksum",
    "decode",
    "encode_gga",
    "encode_rmc",
    "with_tag_block",
]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "nmea"

NmeaMessage = PositionFix | NoFix | NmeaSentence | DecodeError

# TAG block codes defined by NMEA 4.10; others are tolerated (vendor use).
_TAG_NUMERIC = frozenset("cnr")


def decode(frame: bytes) -> NmeaMessage:
    """Decode one NMEA sentence (terminator already stripped). Never raises."""
    if type(frame) is not bytes:
        frame = bytes(frame)
    try:
        return _decode(frame)
    except FieldError as exc:
        return DecodeError(PROTOCOL, str(exc), bytes(frame))
    except Exception as exc:  # a bug must not take the link down; keep the frame
        _LOGGER.exception("NMEA decoder failed on %r", frame)
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", bytes(frame))


def _decode(frame: bytes) -> NmeaMessage:
    try:
        text = frame.decode("ascii")
    except UnicodeDecodeError as exc:
        return DecodeError(
            PROTOCOL, f"non-ASCII byte 0x{frame[exc.start]:02X} at offset {exc.start}", frame
        )
    if not text.isprintable():
        bad = next(i for i, ch in enumerate(text) if not ch.isprintable())
        return DecodeError(
            PROTOCOL, f"control character 0x{ord(text[bad]):02X} at offset {bad}", frame
        )
    if text and text[-1] == " ":
        text = text.rstrip(" ")

    start = 0
    source: str | None = None
    tag_time: int | None = None
    while text[start : start + 1] == "\\":
        start, block_source, block_time = _parse_tag_block(frame, text, start)
        if block_source is not None:
            source = block_source
        if block_time is not None:
            tag_time = block_time

    lead = text[start : start + 1]
    if lead != "$" and lead != "!":
        what = "a TAG block not followed by a sentence" if start else "no '$' or '!' at the start"
        return DecodeError(PROTOCOL, f"not an NMEA sentence ({what})", frame)

    star = text.find("*", start + 1)
    if star < 0:
        body = text[start + 1 :]
        has_checksum = False
    else:
        body = text[start + 1 : star]
        has_checksum = True
    if "$" in body or "!" in body or "\\" in body:
        return DecodeError(PROTOCOL, _reserved_reason(body, start), frame)
    if has_checksum:
        given_text = text[star + 1 :]
        given = HEX_BYTE.get(given_text)
        if given is None:
            if "*" in given_text:
                reason = "more than one '*' in the sentence"
            elif len(given_text) > 2 and given_text[:2] in HEX_BYTE:
                reason = f"unexpected text {given_text[2:]!r} after the checksum"
            else:
                reason = f"checksum {given_text!r} is not two hex digits"
            return DecodeError(PROTOCOL, reason, frame)
        computed = checksum(frame[start + 1 : star])
        if computed != given:
            return DecodeError(
                PROTOCOL,
                f"checksum mismatch: expected *{computed:02X} (computed), got *{given:02X}",
                frame,
            )

    fields = body.split(",")
    address = fields[0]
    if lead == "$" and address[:1] == "P":
        if len(address) < 4 or not address.isalnum() or not address.isupper():
            return DecodeError(PROTOCOL, f"bad proprietary address {address!r}", frame)
        return NmeaSentence(
            PROTOCOL,
            address[:4],
            "",
            tuple(fields[1:]),
            source,
            has_checksum,
            tag_time,
            address,
        )
    if (
        len(address) != 5
        or not address.isalnum()
        or not address.isupper()
        or not address[:2].isalpha()
    ):
        if not address:
            return DecodeError(PROTOCOL, "empty address field", frame)
        return DecodeError(
            PROTOCOL, f"bad address {address!r}: expected talker + sentence type", frame
        )
    talker = address[:2]
    kind = address[2:]
    position = POSITION_DECODERS.get(kind) if lead == "$" else None
    if position is not None:
        return position(fields, talker, kind, has_checksum, source, tag_time)
    return NmeaSentence(
        PROTOCOL, kind, talker, tuple(fields[1:]), source, has_checksum, tag_time, address
    )


def _parse_tag_block(frame: bytes, text: str, start: int) -> tuple[int, str | None, int | None]:
    """Parse the TAG block at ``text[start]``: (index after it, source, unix time)."""
    close = text.find("\\", start + 1)
    if close < 0:
        raise FieldError("TAG block not closed by '\\'")
    star = text.rfind("*", start + 1, close)
    if star < 0:
        raise FieldError("TAG block has no checksum")
    given_text = text[star + 1 : close]
    given = HEX_BYTE.get(given_text)
    if given is None:
        raise FieldError(f"TAG block checksum {given_text!r} is not two hex digits")
    computed = checksum(frame[start + 1 : star])
    if computed != given:
        raise FieldError(
            f"TAG block checksum mismatch: expected *{computed:02X} (computed), got *{given:02X}"
        )
    source: str | None = None
    unix_time: int | None = None
    for item in text[start + 1 : star].split(","):
        code, sep, value = item.partition(":")
        if not sep or len(code) != 1:
            raise FieldError(f"TAG block field {item!r} is not 'code:value'")
        if code in _TAG_NUMERIC and not value.isdigit():
            raise FieldError(f"TAG block field {item!r} is not a number")
        if code == "s":
            source = value or None
        elif code == "c":
            unix_time = int(value)
    return close + 1, source, unix_time


def _reserved_reason(body: str, start: int) -> str:
    for reserved in ("$", "!"):
        at = body.find(reserved)
        if at >= 0:
            return (
                f"'{reserved}' inside the sentence at offset {start + 1 + at}: "
                "another sentence was injected into this one"
            )
    return "reserved character '\\' inside the sentence"
