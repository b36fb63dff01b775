"""NMEA 0183 codec for automatic vehicle location (AVL) feeds.

Role: turn one line-framed NMEA 0183 sentence (optionally preceded by NMEA
4.10 TAG blocks) into a typed message, and build sentences for simulators
and tests.

Contract:

- :func:`decode` takes any ``bytes`` and never raises. It returns
  :class:`~radio.messages.PositionFix` for GGA/RMC/GLL/GNS from any talker
  with a position, :class:`~radio.messages.NoFix` when such a sentence says
  the receiver has no fix, the ARPA radar messages of
  :mod:`radio.messages_sensor` for TTM/TLL/OSD/RSD/TLB from any talker
  (see :mod:`radio.codecs.nmea_arpa`),
  :class:`~radio.messages.NmeaSentence` for every
  other well-formed sentence (``$`` or AIS-style ``!``; proprietary ``$P...``
  get kind ``"P" + manufacturer``), and :class:`~radio.messages.DecodeError`
  with a reason for everything else.
- A checksum, when present, must match; sentences without one are accepted
  and say so (``checksum=False``). A TAG block's checksum is mandatory and
  verified; its ``s:`` goes to ``source`` and ``c:`` to ``tag_time``.
- Real feeds are taken as reference decoders (pynmea2, gpsd) take them:
  blanks (spaces, tabs) before or after a sentence are dropped (the stored
  raw frame keeps them); an RMC whose receiver leaves out the
  magnetic-variation direction field, so that its mode indicator comes
  right after the empty variation (``...,ddmmyy,,A*hh``), is read with that
  mode. A one-digit checksum (``*B``: the sender dropped the leading zero
  of ``*0B``) is accepted when it equals the computed checksum: the
  sentence is still verified, only the form is not standard (and a lost
  character could also look like this), so the message says so: its
  ``notes`` (in the payload as ``"notes": [...]``, see
  :mod:`radio.codecs.nmea_notes`) hold ``"one-digit checksum (*B for
  *0B)"``. The RMC case notes the omitted field the same way. Any other
  checksum text is rejected.
- Numbers are strict and bounded (:mod:`radio.codecs.numbers`): no
  exponent, ``nan`` or ``inf``, and a value that overflows or lies beyond
  its field's sanity bound (HDOP 1000, altitude -12 km to 1000 km, speed
  100,000 knots, 999 satellites, ARPA distances and speeds 100,000 units)
  rejects the whole sentence with a reason, so no message ever carries an
  infinite or absurd value.
- Encoders (:func:`encode_gga`, :func:`encode_rmc`, :func:`encode_ttm`,
  :func:`encode_tll`, :func:`encode_osd`, :func:`encode_rsd`,
  :func:`encode_tlb`, :func:`with_tag_block`) return the line without CRLF.
"""

from __future__ import annotations

import logging
from string import ascii_uppercase

from radio.codecs.nmea_arpa import ARPA_DECODERS, ArpaMessage
from radio.codecs.nmea_encode import (
    encode_gga,
    encode_osd,
    encode_rmc,
    encode_rsd,
    encode_tlb,
    encode_tll,
    encode_ttm,
    with_tag_block,
)
from radio.codecs.nmea_fields import HEX_BYTE, FieldError, checksum
from radio.codecs.nmea_notes import add_notes
from radio.codecs.nmea_position import POSITION_DECODERS, PositionDecoder
from radio.codecs.numbers import shown
from radio.messages import DecodeError, NmeaSentence, NoFix, PositionFix

__all__ = [
    "ONE_DIGIT_CHECKSUM",
    "PROTOCOL",
    "checksum",
    "decode",
    "encode_gga",
    "encode_osd",
    "encode_rmc",
    "encode_rsd",
    "encode_tlb",
    "encode_tll",
    "encode_ttm",
    "with_tag_block",
]

_LOGGER = logging.getLogger(__name__)

PROTOCOL = "nmea"

NmeaMessage = PositionFix | NoFix | ArpaMessage | NmeaSentence | DecodeError

_sentence = NmeaSentence.make  # type: ignore[attr-defined]

# TAG block codes defined by NMEA 4.10; others are tolerated (vendor use).
_TAG_NUMERIC = frozenset("cnr")

# Printable ASCII: a frame made only of these needs no character checks.
_PRINTABLE = bytes(range(0x20, 0x7F))
# Blanks around a sentence are tolerated (and dropped) as reference decoders do.
_BLANKS = b" \t"
_LEADS = (b"$", b"!", b"\\")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
# c: is UNIX time in seconds or milliseconds; 15 digits reach the year 33000.
_MAX_TAG_TIME_DIGITS = 15
ONE_DIGIT_CHECKSUM = "one-digit checksum"

# Every valid "$" address of a position sentence (two capitals + GGA, RMC,
# ...) with its talker, kind and decoder, so that the hot path validates and
# dispatches an address with one lookup. Talkers starting with "P" are left
# out: such addresses are proprietary sentences.
_POSITION_ADDRESSES: dict[str, tuple[str, str, PositionDecoder]] = {
    first + second + kind: (first + second, kind, decoder)
    for first in ascii_uppercase.replace("P", "")
    for second in ascii_uppercase
    for kind, decoder in POSITION_DECODERS.items()
}


def decode(frame: bytes) -> NmeaMessage:
    """Decode one NMEA sentence (terminator already stripped). Never raises."""
    if type(frame) is not bytes:
        frame = bytes(frame)
    try:
        return _decode(frame)
    except FieldError as exc:
        return DecodeError(PROTOCOL, str(exc), frame)
    except Exception as exc:  # a bug must not take the link down; keep the frame
        _LOGGER.exception("NMEA decoder failed on %r", frame)
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", frame)


def _decode(frame: bytes, raw: bytes | None = None) -> NmeaMessage:
    """Decode ``frame``; reasons and errors carry ``raw`` (the frame as received)."""
    if raw is None:
        raw = frame
    # One C-level pass: deleting the printable bytes leaves only the bad ones.
    if frame.translate(None, _PRINTABLE):
        return _blank_padded(frame) or _bad_character(frame)
    text = frame.decode("ascii")
    if text[-1:] == " ":
        text = text.rstrip(" ")
    notes: tuple[str, ...] = ()

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
        if lead == " " and raw is frame:
            padded = _blank_padded(frame)
            if padded is not None:
                return padded
        what = "a TAG block not followed by a sentence" if start else "no '$' or '!' at the start"
        return DecodeError(PROTOCOL, f"not an NMEA sentence ({what})", raw)

    star = text.find("*", start + 1)
    if star < 0:
        body = text[start + 1 :]
        has_checksum = False
    else:
        body = text[start + 1 : star]
        has_checksum = True
    if "$" in body or "!" in body or "\\" in body:
        return DecodeError(PROTOCOL, _reserved_reason(body, start), raw)
    if has_checksum:
        given_text = text[star + 1 :]
        given = HEX_BYTE.get(given_text)
        computed = checksum(frame[start + 1 : star])
        if given is None:
            if len(given_text) != 1 or given_text not in _HEX_DIGITS:
                return DecodeError(PROTOCOL, _checksum_text_reason(given_text), raw)
            # A one-digit checksum: the sender dropped the leading zero.
            given = int(given_text, 16)
            if computed != given:
                return DecodeError(
                    PROTOCOL,
                    f"checksum mismatch: expected *{computed:02X} (computed), "
                    f"got the one-digit *{given_text}",
                    raw,
                )
            notes = (f"{ONE_DIGIT_CHECKSUM} (*{given_text} for *{computed:02X})",)
        elif computed != given:
            return DecodeError(
                PROTOCOL,
                f"checksum mismatch: expected *{computed:02X} (computed), got *{given:02X}",
                raw,
            )

    fields = body.split(",")
    if lead == "$":
        position = _POSITION_ADDRESSES.get(fields[0])
        if position is not None:
            talker, kind, decoder = position
            if notes:
                fix = decoder(fields, talker, kind, has_checksum, source, tag_time)
                return add_notes(fix, notes)
            return decoder(fields, talker, kind, has_checksum, source, tag_time)
    result = _other_sentence(raw, lead, fields, has_checksum, source, tag_time)
    if notes and not isinstance(result, DecodeError):
        return add_notes(result, notes)
    return result


def _blank_padded(frame: bytes) -> NmeaMessage | None:
    """A sentence between blanks (spaces, tabs) decoded without them, else None.

    Receivers and gateways do pad lines, and reference decoders (pynmea2,
    gpsd) accept them; the stored raw frame keeps the blanks.
    """
    stripped = frame.strip(_BLANKS)
    if (
        len(stripped) == len(frame)
        or stripped[:1] not in _LEADS
        or stripped.translate(None, _PRINTABLE)
    ):
        return None
    return _decode(stripped, frame)


def _other_sentence(
    frame: bytes,
    lead: str,
    fields: list[str],
    has_checksum: bool,
    source: str | None,
    tag_time: int | None,
) -> ArpaMessage | NmeaSentence | DecodeError:
    """Any sentence but a "$" position one: ARPA, proprietary, AIS, VTG, ZDA, ..."""
    address = fields[0]
    if lead == "$" and address[:1] == "P":
        if len(address) < 4 or not address.isalnum() or not address.isupper():
            return DecodeError(PROTOCOL, f"bad proprietary address {shown(address)}", frame)
        return _sentence(
            PROTOCOL, address[:4], "", tuple(fields[1:]), source, has_checksum, tag_time, address
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
            PROTOCOL, f"bad address {shown(address)}: expected talker + sentence type", frame
        )
    if lead == "$":
        arpa = ARPA_DECODERS.get(address[2:])
        if arpa is not None:
            return arpa(fields, address[:2], address[2:], has_checksum, source, tag_time)
    return _sentence(
        PROTOCOL,
        address[2:],
        address[:2],
        tuple(fields[1:]),
        source,
        has_checksum,
        tag_time,
        address,
    )


def _bad_character(frame: bytes) -> DecodeError:
    """The reason for a frame with a byte outside printable ASCII: the first such."""
    try:
        text = frame.decode("ascii")
    except UnicodeDecodeError as exc:
        return DecodeError(
            PROTOCOL, f"non-ASCII byte 0x{frame[exc.start]:02X} at offset {exc.start}", frame
        )
    bad = next(i for i, ch in enumerate(text) if not ch.isprintable())
    return DecodeError(PROTOCOL, f"control character 0x{ord(text[bad]):02X} at offset {bad}", frame)


def _checksum_text_reason(given_text: str) -> str:
    if "*" in given_text:
        return "more than one '*' in the sentence"
    if len(given_text) > 2 and given_text[:2] in HEX_BYTE:
        return f"unexpected text {shown(given_text[2:])} after the checksum"
    return f"checksum {shown(given_text)} is not two hex digits"


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
        raise FieldError(f"TAG block checksum {shown(given_text)} is not two hex digits")
    computed = checksum(frame[start + 1 : star])
    if computed != given:
        raise FieldError(
            f"TAG block checksum mismatch: expected *{computed:02X} (computed), got *{given:02X}"
        )
    source: str | None = None
    unix_time: int | None = None
    for item in text[start + 1 : star].split(","):
        code, sep, value = item.partition(":")
        # The two codes AVL gateways send settle with the fewest checks.
        if code == "s" and sep:
            source = value or None
        elif code == "c" and sep and value.isdigit() and len(value) <= _MAX_TAG_TIME_DIGITS:
            unix_time = int(value)
        elif code == "c" and sep and value.isdigit():
            raise FieldError(f"TAG block time c:{shown(value)} is out of range")
        elif not sep or len(code) != 1:
            raise FieldError(f"TAG block field {shown(item)} is not 'code:value'")
        elif code in _TAG_NUMERIC and not value.isdigit():
            raise FieldError(f"TAG block field {shown(item)} is not a number")
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
