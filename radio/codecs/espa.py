"""ESPA 4.4.4 codec: paging calls, call status and control sequences.

Role: the data of the paging interface used by hospitals, fire stations and
DECT systems (ESPA 4.4.4, Nov 1984). Frames come from
:func:`radio.framing.espa.frame_espa`; the link procedure (polling,
selecting, ACK/NAK, retries) is :mod:`radio.espa_station`.

Contract:

- :func:`decode` (the registry's decoder) takes one frame and returns an
  :class:`EspaBlock`, an :class:`EspaControl` or a
  :class:`~radio.messages.DecodeError`; it never raises.
- :func:`decode_block` returns an :class:`EspaBlock` or a :class:`BlockFault`
  carrying the NAK code the receiving station answers with (``"1"``
  transmission error: bad BCC, a block cut short; ``"3"`` invalid message:
  unknown header, a record without its unit separator, a control byte in
  the data).
- :func:`encode_block` / :func:`encode_call` build a block; they raise
  ``ValueError`` for what ESPA cannot carry (a character outside 7-bit
  IA5, a control character, a call address over 16 characters, a display
  message over 128). Texts reach them already fitted to the device by
  :mod:`radio.device_text`.

A block is ``SOH header STX id US data RS id US data ... ETX BCC`` where the
BCC is the XOR of every byte after SOH up to and including ETX. Records keep
their order and their data exactly as sent (``"01"`` is not ``"1"``); a
trailing RS before ETX is tolerated. Bytes above 0x7F (8-bit systems that do
not run 7E2) are read as ISO 8859-1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from radio.framing.espa import ACK, ENQ, EOT, ETX, NAK, RS, SOH, STX, US, block_check
from radio.messages import DecodeError, Message
from radio.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "CALL_STATUS",
    "HEADERS",
    "NAK_REASONS",
    "PROTOCOL",
    "RECORDS",
    "BlockFault",
    "EspaBlock",
    "EspaCall",
    "EspaControl",
    "control",
    "decode",
    "decode_block",
    "encode_block",
    "encode_call",
]

PROTOCOL = "espa"

#: Block types (ESPA 4.4.4 clause 4.2).
HEADERS = {
    "1": "call to pager",
    "2": "status information",
    "3": "status request",
    "4": "call to subscriber line",
    "5": "other information",
}

#: Data identifiers (clause 4.3) and the name each record has in JSON.
RECORDS = {
    "1": "call_address",
    "2": "display_message",
    "3": "beep_coding",
    "4": "call_type",
    "5": "transmissions",
    "6": "priority",
    "7": "call_status",
    "8": "system_status",
}

#: Call status values (record 7).
CALL_STATUS = {
    "0": QT_TRANSLATE_NOOP("LinkTexts", "reserved"),
    "1": QT_TRANSLATE_NOOP("LinkTexts", "busy"),
    "2": QT_TRANSLATE_NOOP("LinkTexts", "in queue"),
    "3": QT_TRANSLATE_NOOP("LinkTexts", "paged"),
    "4": QT_TRANSLATE_NOOP("LinkTexts", "absent"),
    "5": QT_TRANSLATE_NOOP("LinkTexts", "call terminated"),
    "6": QT_TRANSLATE_NOOP("LinkTexts", "acknowledged by called party"),
    "7": QT_TRANSLATE_NOOP("LinkTexts", "speech channel open"),
    "71": QT_TRANSLATE_NOOP("LinkTexts", "speech channel open (paged)"),
    "72": QT_TRANSLATE_NOOP("LinkTexts", "speech channel open (absent)"),
    "8": QT_TRANSLATE_NOOP("LinkTexts", "fault"),
}

#: NAK prefixes (clause 2.4).
NAK_REASONS = {"1": "transmission error", "2": "busy", "3": "invalid message"}

MAX_CALL_ADDRESS = 16
MAX_DISPLAY_MESSAGE = 128

_CONTROL_NAMES = {EOT: "EOT", ENQ: "ENQ", ACK: "ACK", NAK: "NAK"}


@dataclass(frozen=True, slots=True)
class EspaBlock(Message):
    """One data block: its header and its records in the order sent.

    ``records`` holds ``(identifier, data)`` pairs; ``call_address``,
    ``text`` (the display message) and ``call_status`` are the data of
    records 1, 2 and 7 when present (the first of each).
    """

    protocol: str
    kind: str  # "block"
    header: str
    records: tuple[tuple[str, str], ...]
    header_name: str | None = None
    call_address: str | None = None
    text: str | None = None
    call_status: str | None = None
    call_status_name: str | None = None

    def record(self, identifier: str) -> str | None:
        """The data of the first record with ``identifier``, or None."""
        for key, data in self.records:
            if key == identifier:
                return data
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "protocol": self.protocol,
            "kind": self.kind,
            "header": self.header,
        }
        if self.header_name is not None:
            out["header_name"] = self.header_name
        out["records"] = [
            {"id": key, "name": RECORDS.get(key, "unknown"), "data": data}
            for key, data in self.records
        ]
        for name in ("call_address", "text", "call_status", "call_status_name"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


@dataclass(frozen=True, slots=True)
class EspaControl(Message):
    """A transmission control sequence: ``control`` is EOT, ACK, ENQ or NAK.

    ``prefix`` is the character before ENQ (the station polled or selected)
    or NAK (the error code, named in ``reason``).
    """

    protocol: str
    kind: str  # "control"
    control: str
    prefix: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class BlockFault:
    """Why a block is refused: ``nak`` is the code to answer with, ``reason`` the text."""

    nak: str
    reason: str


@dataclass(frozen=True, slots=True)
class EspaCall:
    """A call to send: the records of a ``'1'`` (call to pager) block.

    Only ``call_address`` is required; the others are sent only when set
    (the paging system uses its defaults for the rest). ``header`` may be
    ``"3"`` for a status request about the same call.
    """

    call_address: str
    text: str | None = None
    beep_coding: str | None = None
    call_type: str | None = None
    transmissions: str | None = None
    priority: str | None = None
    header: str = "1"

    def records(self) -> list[tuple[str, str]]:
        pairs = [("1", self.call_address)]
        for identifier, value in (
            ("2", self.text),
            ("3", self.beep_coding),
            ("4", self.call_type),
            ("5", self.transmissions),
            ("6", self.priority),
        ):
            if value is not None:
                pairs.append((identifier, value))
        return pairs


def control(name: str, prefix: str = "") -> bytes:
    """The bytes of a control sequence, e.g. ``control("ENQ", "2") == b"2\\x05"``."""
    codes = {value: key for key, value in _CONTROL_NAMES.items()}
    return prefix.encode("ascii") + bytes((codes[name],))


def _check_text(what: str, value: str) -> None:
    for char in value:
        code = ord(char)
        if code > 0x7E:
            raise ValueError(
                f"{what}: {char!r} is not 7-bit IA5 (fit the text with radio.device_text first)"
            )
        if code < 0x20:
            raise ValueError(f"{what}: control character 0x{code:02X} is not allowed")


def encode_block(header: str, records: Sequence[tuple[str, str]]) -> bytes:
    """``SOH header STX records ETX BCC``; ``ValueError`` for what ESPA cannot carry."""
    if not header:
        raise ValueError("empty block header")
    _check_text("header", header)
    if not records:
        raise ValueError("a block needs at least one record")
    parts = []
    for identifier, data in records:
        if not identifier:
            raise ValueError("empty data identifier")
        _check_text(f"record {identifier} identifier", identifier)
        _check_text(f"record {identifier}", data)
        if identifier == "1" and not 0 < len(data) <= MAX_CALL_ADDRESS:
            raise ValueError(f"call address must be 1 to {MAX_CALL_ADDRESS} characters: {data!r}")
        if identifier == "2" and len(data) > MAX_DISPLAY_MESSAGE:
            raise ValueError(f"display message over {MAX_DISPLAY_MESSAGE} characters")
        parts.append(identifier.encode("ascii") + bytes((US,)) + data.encode("ascii"))
    body = header.encode("ascii") + bytes((STX,)) + bytes((RS,)).join(parts) + bytes((ETX,))
    return bytes((SOH,)) + body + bytes((block_check(body),))


def encode_call(call: EspaCall) -> bytes:
    """The block for ``call`` (see :class:`EspaCall`)."""
    return encode_block(call.header, call.records())


def decode_block(frame: bytes) -> EspaBlock | BlockFault:
    """Check and split one ``SOH ... ETX BCC`` frame (see the module contract)."""
    if len(frame) < 2 or frame[0] != SOH:
        return BlockFault("3", "not a data block (no SOH at the start)")
    if frame[-2] != ETX:
        return BlockFault("1", "block cut short (no ETX before the end)")
    body = frame[1:-1]
    expected = block_check(body)
    if frame[-1] != expected:
        return BlockFault(
            "1", f"BCC mismatch: received 0x{frame[-1]:02X}, computed 0x{expected:02X}"
        )
    stx = body.find(STX)
    if stx < 0:
        return BlockFault("3", "block without STX after its header")
    header = body[:stx].decode("latin-1")
    if header not in HEADERS:
        return BlockFault("3", f"unknown block header {header!r} (expected 1 to 5)")
    data = body[stx + 1 : -1]
    for index, byte in enumerate(data):
        if byte < 0x20 and byte not in (US, RS):
            return BlockFault(
                "3", f"control byte 0x{byte:02X} in the data at offset {stx + 2 + index}"
            )
    chunks = data.split(bytes((RS,)))
    if chunks and chunks[-1] == b"" and len(chunks) > 1:
        chunks.pop()  # a trailing RS before ETX
    records: list[tuple[str, str]] = []
    for number, chunk in enumerate(chunks, 1):
        identifier, separator, value = chunk.partition(bytes((US,)))
        if not separator:
            return BlockFault("3", f"record {number} has no unit separator (US)")
        if not identifier:
            return BlockFault("3", f"record {number} has an empty data identifier")
        if US in value:
            return BlockFault("3", f"record {number} has more than one unit separator")
        records.append((identifier.decode("latin-1"), value.decode("latin-1")))
    if not records:
        return BlockFault("3", "block without records")
    first = dict(reversed(records))  # the first record of each identifier wins
    status = first.get("7")
    return EspaBlock(
        protocol=PROTOCOL,
        kind="block",
        header=header,
        records=tuple(records),
        header_name=HEADERS[header],
        call_address=first.get("1"),
        text=first.get("2"),
        call_status=status,
        call_status_name=(
            None
            if status is None
            else CALL_STATUS.get(status, QT_TRANSLATE_NOOP("LinkTexts", "unknown"))
        ),
    )


def _decode_control(frame: bytes) -> EspaControl | None:
    if len(frame) == 1 and frame[0] in _CONTROL_NAMES:
        return EspaControl(PROTOCOL, "control", _CONTROL_NAMES[frame[0]])
    if len(frame) == 2 and frame[1] in (ENQ, NAK) and 0x20 <= frame[0] <= 0x7E:
        name = _CONTROL_NAMES[frame[1]]
        prefix = chr(frame[0])
        reason = NAK_REASONS.get(prefix, "unknown error code") if name == "NAK" else None
        return EspaControl(PROTOCOL, "control", name, prefix, reason)
    return None


def decode(frame: bytes) -> EspaBlock | EspaControl | DecodeError:
    """One frame from :func:`~radio.framing.espa.frame_espa` as a message; never raises."""
    try:
        raw = bytes(frame)
        if raw[:1] == bytes((SOH,)):
            result = decode_block(raw)
            if isinstance(result, BlockFault):
                return DecodeError(PROTOCOL, result.reason, raw)
            return result
        message = _decode_control(raw)
        if message is not None:
            return message
        reason = f"not an ESPA block or control sequence ({len(raw)} bytes of noise)"
        if any(byte & 0x80 for byte in raw):
            reason += "; bytes above 0x7F: is the port set to 7 data bits, even parity (7E2)?"
        return DecodeError(PROTOCOL, reason, raw)
    except Exception as exc:  # a bug must not take the link down; report it
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", bytes(frame))
