"""TETRA PEI codec (ETSI EN 300 392-5 AT commands; SDS-TL of EN 300 392-2 clause 29).

Role: what a console says to a TETRA radio terminal or gateway on its
peripheral equipment interface, and what it hears back: text SDS to a unit's
ISSI with delivery reports, pre-coded status messages from the units, free
text from a crew, command results. Frames come from
:func:`radio.framing.tetra_pei.frame_pei`; a status value means a unit
status only through a site's table (:mod:`radio.tetra_status_table`).

Contract:

- :func:`decode` (the registry's decoder) takes one frame and returns a
  :class:`PeiMessage` or a :class:`~radio.messages.DecodeError`; it never
  raises. ``PeiMessage.kind`` is ``status`` (a 16-bit pre-coded status),
  ``text`` (SDS-TL or simple text), ``report`` (SDS-REPORT, SDS-ACK or a
  short report: ``report`` is ``received``, ``read``, ``failed``, ...),
  ``sds`` (any other SDS, its user data in hex), ``send`` (an
  ``AT+CMGS`` with its PDU decoded), ``command`` (another AT command),
  ``result`` (``OK``, ``ERROR``, ``+CME ERROR``, ``+CMGS``), ``call``
  (``+CTICN``, an incoming call) or ``unsolicited`` (another ``+X:`` line).
  ``source``/``destination`` are the identities as sent (digit strings;
  ``from``/``to`` in ``to_dict``).
- :func:`encode_send_text` builds ``AT+CMGS=<ISSI>,<bits>\\r\\n<hex>\\x1a`` for
  an SDS-TL text with a delivery report request, in ISO 8859-1 or UCS-2
  (``ValueError`` if the text does not fit the coding or the ISSI is not a
  digit string); :func:`select_service` the ``AT+CTSDS`` that must precede
  it. The far end's side (``+CTSDSR`` lines, status, report and text PDUs)
  has encoders too, for simulators and tests.

Sizes: the length field of ``+CTSDSR`` / ``AT+CMGS`` counts bits; the hex
must hold at least that many (extra bytes are ignored, as radios pad).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar

from radio.messages import DecodeError, Message
from radio.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "AI_SDS_TL",
    "AI_STATUS",
    "CODINGS",
    "DELIVERY_STATUS",
    "PROTOCOL",
    "PeiMessage",
    "ctsdsr",
    "decode",
    "encode_send_text",
    "report_pdu",
    "select_service",
    "status_pdu",
    "text_pdu",
]

PROTOCOL = "tetra-pei"

# AI service values of +CTSDS / +CTSDSR (EN 300 392-5).
AI_SDS_1, AI_SDS_2, AI_SDS_3, AI_SDS_TL, AI_STATUS = 9, 10, 11, 12, 13

PID_SIMPLE_TEXT = 0x02
PID_SIMPLE_IMMEDIATE_TEXT = 0x09
PID_TEXT = 0x82
PID_IMMEDIATE_TEXT = 0x89

#: Text coding schemes (EN 300 392-2 table 29.29) that Python can read.
CODINGS = {
    1: "iso8859-1",
    2: "iso8859-2",
    3: "iso8859-3",
    4: "iso8859-4",
    5: "iso8859-5",
    6: "iso8859-6",
    7: "iso8859-7",
    8: "iso8859-8",
    9: "iso8859-9",
    10: "iso8859-10",
    11: "iso8859-13",
    12: "iso8859-14",
    13: "iso8859-15",
    14: "cp437",
    15: "cp737",
    16: "cp850",
    17: "cp852",
    18: "cp855",
    19: "cp857",
    20: "cp860",
    21: "cp861",
    22: "cp863",
    23: "cp865",
    24: "cp866",
    25: "cp869",
    26: "utf-16-be",
}
CODING_LATIN_1 = 1
CODING_UCS2 = 26

#: Delivery report requests of an SDS-TRANSFER.
REPORT_REQUESTS = {"none": 0, "received": 1, "read": 2, "both": 3}

#: Delivery status (EN 300 392-2 table 29.16), in our words.
DELIVERY_STATUS = {
    0x00: QT_TRANSLATE_NOOP("LinkTexts", "receipt acknowledged by destination"),
    0x01: QT_TRANSLATE_NOOP("LinkTexts", "receipt report acknowledgement"),
    0x02: QT_TRANSLATE_NOOP("LinkTexts", "consumed by destination"),
    0x03: QT_TRANSLATE_NOOP("LinkTexts", "consumed report acknowledgement"),
    0x04: QT_TRANSLATE_NOOP("LinkTexts", "forwarded to external network"),
    0x05: QT_TRANSLATE_NOOP("LinkTexts", "sent to group, acknowledgement presented"),
    0x06: QT_TRANSLATE_NOOP("LinkTexts", "concatenation part received"),
    0x20: QT_TRANSLATE_NOOP("LinkTexts", "congestion, message stored"),
    0x21: QT_TRANSLATE_NOOP("LinkTexts", "message stored"),
    0x22: QT_TRANSLATE_NOOP("LinkTexts", "destination not reachable, message stored"),
    0x40: QT_TRANSLATE_NOOP("LinkTexts", "network overload"),
    0x41: QT_TRANSLATE_NOOP("LinkTexts", "service permanently not available"),
    0x42: QT_TRANSLATE_NOOP("LinkTexts", "service temporarily not available"),
    0x43: QT_TRANSLATE_NOOP("LinkTexts", "source not authorised"),
    0x44: QT_TRANSLATE_NOOP("LinkTexts", "destination not authorised"),
    0x45: QT_TRANSLATE_NOOP("LinkTexts", "unknown destination, gateway or service centre"),
    0x46: QT_TRANSLATE_NOOP("LinkTexts", "unknown forward address"),
    0x47: QT_TRANSLATE_NOOP("LinkTexts", "group address with individual service"),
    0x48: QT_TRANSLATE_NOOP("LinkTexts", "validity period expired, not received"),
    0x49: QT_TRANSLATE_NOOP("LinkTexts", "validity period expired, not consumed"),
    0x4A: QT_TRANSLATE_NOOP("LinkTexts", "delivery failed"),
    0x4B: QT_TRANSLATE_NOOP("LinkTexts", "destination not registered"),
    0x4C: QT_TRANSLATE_NOOP("LinkTexts", "destination queue full"),
    0x4D: QT_TRANSLATE_NOOP("LinkTexts", "message too long"),
    0x4E: QT_TRANSLATE_NOOP("LinkTexts", "destination does not support SDS-TL"),
    0x4F: QT_TRANSLATE_NOOP("LinkTexts", "destination host not connected"),
    0x50: QT_TRANSLATE_NOOP("LinkTexts", "protocol not supported"),
    0x51: QT_TRANSLATE_NOOP("LinkTexts", "data coding scheme not supported"),
    0x52: QT_TRANSLATE_NOOP("LinkTexts", "destination memory full, message discarded"),
    0x53: QT_TRANSLATE_NOOP("LinkTexts", "destination not accepting SDS messages"),
    0x5A: QT_TRANSLATE_NOOP("LinkTexts", "destination not reachable, delivery failed"),
    0x60: QT_TRANSLATE_NOOP("LinkTexts", "destination memory full"),
    0x61: QT_TRANSLATE_NOOP("LinkTexts", "destination memory available"),
}

_SHORT_REPORTS = {0: "failed", 1: "failed", 2: "received", 3: "read"}
_SHORT_REPORT_NAMES = {
    0: QT_TRANSLATE_NOOP("LinkTexts", "protocol or coding not supported"),
    1: QT_TRANSLATE_NOOP("LinkTexts", "destination memory full"),
    2: QT_TRANSLATE_NOOP("LinkTexts", "message received"),
    3: QT_TRANSLATE_NOOP("LinkTexts", "message consumed"),
}
_IDENTITY = re.compile(r"[0-9*#+]{1,24}\Z")
_HEX = re.compile(r"[0-9A-Fa-f]*\Z")
_FINAL = {"OK", "ERROR", "NO CARRIER", "BUSY", "NO ANSWER", "RING", "CONNECT"}


@dataclass(frozen=True, slots=True)
class PeiMessage(Message):
    """One PEI result or command (see the module contract for ``kind``)."""

    #: ``dispatch-console decode`` prints ``kind`` beside ``type``.
    JSON_KIND: ClassVar[bool] = True

    protocol: str
    kind: str
    source: str | None = None  # calling party identity, as sent
    destination: str | None = None  # called party identity, as sent
    status: int | None = None  # 16-bit pre-coded status value
    text: str | None = None
    report: str | None = None  # received, read, failed, pending, ...
    delivery_status: int | None = None
    delivery_status_name: str | None = None
    message_reference: int | None = None
    report_request: str | None = None  # none, received, read, both (of a transfer)
    coding: int | None = None
    ai_service: int | None = None
    protocol_id: int | None = None
    data: str | None = None  # user data in hex, for SDS the console does not read
    name: str | None = None  # the +X or AT+X command name
    line: str | None = None  # the line as sent, for results and commands

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in fields(self):
            name = field.name
            value = getattr(self, name)
            if value is None:
                continue
            key = {"source": "from", "destination": "to"}.get(name, name)
            out[key] = value
        return out


# -- encoders ---------------------------------------------------------------


def _identity(value: str, what: str) -> str:
    if not _IDENTITY.match(value):
        raise ValueError(f"{what} must be a digit string, not {value!r}")
    return value


def text_pdu(
    text: str,
    message_reference: int,
    coding: int = CODING_LATIN_1,
    report: str = "both",
    immediate: bool = False,
) -> bytes:
    """An SDS-TL SDS-TRANSFER PDU carrying ``text`` (no store/forward, no timestamp)."""
    if coding not in (CODING_LATIN_1, CODING_UCS2):
        raise ValueError(f"text coding {coding} not supported for sending (1 or 26)")
    if not 0 <= message_reference <= 255:
        raise ValueError(f"message reference must be 0..255, not {message_reference}")
    try:
        request = REPORT_REQUESTS[report]
    except KeyError:
        raise ValueError(f"report must be one of {sorted(REPORT_REQUESTS)}") from None
    try:
        body = text.encode(CODINGS[coding])
    except UnicodeEncodeError as exc:
        raise ValueError(f"text does not fit coding {coding} ({CODINGS[coding]}): {exc}") from None
    pid = PID_IMMEDIATE_TEXT if immediate else PID_TEXT
    # message type 0 (transfer), report request, short form report not wanted (1), no s/f
    flags = (request << 2) | 0x02
    return bytes((pid, flags, message_reference, coding)) + body


def select_service(ai_service: int = AI_SDS_TL) -> bytes:
    """``AT+CTSDS=<AI service>,0`` (individual addressing): sent before ``AT+CMGS``."""
    return f"AT+CTSDS={ai_service},0\r\n".encode("ascii")


def encode_send(destination: str, pdu: bytes, bits: int | None = None) -> bytes:
    """``AT+CMGS=<destination>,<bits>\\r\\n<hex>\\x1a``."""
    _identity(destination, "destination")
    length = len(pdu) * 8 if bits is None else bits
    return f"AT+CMGS={destination},{length}\r\n{pdu.hex().upper()}".encode("ascii") + b"\x1a"


def encode_send_text(
    destination: str,
    text: str,
    message_reference: int,
    coding: int = CODING_LATIN_1,
    report: str = "both",
) -> bytes:
    """The ``AT+CMGS`` sending ``text`` to ``destination`` as SDS-TL with a report request."""
    return encode_send(destination, text_pdu(text, message_reference, coding, report))


def status_pdu(value: int) -> bytes:
    """A pre-coded status PDU (16 bits)."""
    if not 0 <= value <= 0xFFFF:
        raise ValueError(f"status must be 0..65535, not {value}")
    return value.to_bytes(2, "big")


def report_pdu(message_reference: int, delivery_status: int, pid: int = PID_TEXT) -> bytes:
    """An SDS-REPORT PDU (no acknowledgement required, no store/forward)."""
    return bytes((pid, 0x10, delivery_status & 0xFF, message_reference & 0xFF))


def ctsdsr(ai_service: int, source: str, destination: str, pdu: bytes) -> bytes:
    """The radio's ``+CTSDSR`` result for an incoming SDS: header line and hex line."""
    _identity(source, "source")
    _identity(destination, "destination")
    bits = len(pdu) * 8
    head = f"+CTSDSR: {ai_service},{source},0,{destination},0,{bits}\r\n"
    return (head + pdu.hex().upper() + "\r\n").encode("ascii")


# -- decoder ----------------------------------------------------------------


class _Refused(Exception):
    """A frame refused, with the reason."""


def _pdu(hex_text: str, bits: int) -> bytes:
    hex_text = hex_text.strip()
    if hex_text.startswith(">"):  # a modem-style prompt before the user data
        hex_text = hex_text[1:].strip()
    if not _HEX.match(hex_text) or len(hex_text) % 2:
        raise _Refused(f"user data is not an even run of hex digits: {hex_text[:40]!r}")
    data = bytes.fromhex(hex_text)
    need = (bits + 7) // 8
    if bits < 0:
        raise _Refused(f"negative length {bits}")
    if len(data) < need:
        raise _Refused(f"user data holds {len(data) * 8} bits, the length says {bits}")
    return data[:need]


def _int(text: str, what: str) -> int:
    text = text.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        raise _Refused(f"{what} is not a number: {text[:20]!r}")
    return int(text)


def _party(text: str, what: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if not _IDENTITY.match(text):
        raise _Refused(f"{what} is not a digit string: {text[:30]!r}")
    return text


def _text(coding: int, body: bytes) -> str:
    if coding == 0:
        raise _Refused("text coding 0 (7-bit packed) is not supported")
    name = CODINGS.get(coding)
    if name is None:
        raise _Refused(f"unknown text coding scheme {coding}")
    try:
        return body.decode(name)
    except UnicodeDecodeError as exc:
        raise _Refused(f"text is not valid {name}: {exc.reason} at byte {exc.start}") from None


def _delivery(status: int) -> str:
    if status in (0x00, 0x06):
        return "received"
    if status == 0x02:
        return "read"
    if status in (0x01, 0x03):
        return "report acknowledged"
    if status in (0x04, 0x05):
        return "forwarded"
    if 0x20 <= status <= 0x3F:
        return "pending"
    if 0x40 <= status <= 0x5F:
        return "failed"
    return "flow control"


def _sds_tl(pdu: bytes, base: dict[str, Any]) -> PeiMessage:
    pid = pdu[0]
    base["protocol_id"] = pid
    if pid in (PID_SIMPLE_TEXT, PID_SIMPLE_IMMEDIATE_TEXT):
        if len(pdu) < 2:
            raise _Refused("simple text PDU without its coding")
        coding = pdu[1] & 0x7F
        return PeiMessage(**base, kind="text", coding=coding, text=_text(coding, pdu[2:]))
    if pid not in (PID_TEXT, PID_IMMEDIATE_TEXT) or len(pdu) < 2:
        return PeiMessage(**base, kind="sds", data=pdu.hex().upper())
    message_type = pdu[1] >> 4
    if message_type in (1, 2):  # SDS-REPORT, SDS-ACK
        if len(pdu) < 4:
            raise _Refused(f"SDS-{'REPORT' if message_type == 1 else 'ACK'} shorter than 4 bytes")
        status = pdu[2]
        return PeiMessage(
            **base,
            kind="report",
            report=_delivery(status),
            delivery_status=status,
            delivery_status_name=DELIVERY_STATUS.get(
                status, QT_TRANSLATE_NOOP("LinkTexts", "reserved")
            ),
            message_reference=pdu[3],
        )
    if message_type != 0:
        return PeiMessage(**base, kind="sds", data=pdu.hex().upper())
    if len(pdu) < 4:
        raise _Refused("SDS-TRANSFER shorter than 4 bytes")
    flags = pdu[1]
    request = {value: key for key, value in REPORT_REQUESTS.items()}[(flags >> 2) & 3]
    offset = 3
    if flags & 0x01:  # store/forward control: validity, forward address
        forward = pdu[3] & 0x07
        offset += {0: 2, 1: 4, 2: 4, 7: 1}.get(forward, 0)
        if forward == 3:
            if len(pdu) < 5:
                raise _Refused("store/forward control cut short")
            offset += 2 + (pdu[4] + 1) // 2
        elif forward not in (0, 1, 2, 7):
            raise _Refused(f"reserved forward address type {forward}")
    if len(pdu) <= offset:
        raise _Refused("SDS-TRANSFER without its text header")
    header = pdu[offset]
    coding = header & 0x7F
    offset += 4 if header & 0x80 else 1  # a 24-bit timestamp follows the coding
    if len(pdu) < offset:
        raise _Refused("text timestamp cut short")
    return PeiMessage(
        **base,
        kind="text",
        coding=coding,
        text=_text(coding, pdu[offset:]),
        message_reference=pdu[2],
        report_request=request,
    )


def _incoming(fields: list[str], data_line: str) -> PeiMessage:
    count = len(fields)
    if count in (6, 7):
        ai, source, destination, bits = fields[0], fields[1], fields[3], fields[5]
    elif count in (3, 4):
        ai, source, destination, bits = fields[0], "", fields[1], fields[-1]
    else:
        raise _Refused(f"+CTSDSR with {count} fields (expected 3, 4, 6 or 7)")
    base: dict[str, Any] = {
        "protocol": PROTOCOL,
        "ai_service": _int(ai, "AI service"),
        "source": _party(source, "calling party identity"),
        "destination": _party(destination, "called party identity"),
    }
    pdu = _pdu(data_line, _int(bits, "length"))
    service = base["ai_service"]
    if service == AI_STATUS:
        if len(pdu) != 2:
            raise _Refused(f"status PDU of {len(pdu)} bytes (expected 2)")
        if pdu[0] & 0xFC == 0x7C:  # SDS-SHORT-REPORT shares the status service
            kind = pdu[0] & 0x03
            return PeiMessage(
                **base,
                kind="report",
                report=_SHORT_REPORTS[kind],
                delivery_status_name=_SHORT_REPORT_NAMES[kind],
                message_reference=pdu[1],
            )
        return PeiMessage(**base, kind="status", status=int.from_bytes(pdu, "big"))
    if service == AI_SDS_TL:
        if not pdu:
            raise _Refused("empty SDS-TL PDU")
        return _sds_tl(pdu, base)
    return PeiMessage(**base, kind="sds", data=pdu.hex().upper())


def _send(line: str, data_line: str) -> PeiMessage:
    if data_line.endswith("\x1b"):
        raise _Refused("AT+CMGS aborted with ESC")
    fields = line[len("AT+CMGS=") :].split(",")
    if len(fields) < 2:
        raise _Refused("AT+CMGS without its length")
    destination = _party(fields[0], "called party identity")
    pdu = _pdu(data_line, _int(fields[-1], "length"))
    base: dict[str, Any] = {"protocol": PROTOCOL, "destination": destination}
    if not pdu:
        raise _Refused("AT+CMGS without user data")
    if len(pdu) == 2:  # a pre-coded status (after AT+CTSDS=13); a text PDU is longer
        return PeiMessage(**base, kind="send", status=int.from_bytes(pdu, "big"))
    return replace(_sds_tl(pdu, base), kind="send", name="AT+CMGS")


def _line(line: str) -> PeiMessage:
    stripped = line.strip()
    upper = stripped.upper()
    if upper in _FINAL:
        return PeiMessage(PROTOCOL, "result", name=upper, line=stripped)
    if upper.startswith("AT"):
        name = re.split(r"[=?]", stripped, maxsplit=1)[0].upper()
        return PeiMessage(PROTOCOL, "command", name=name, line=stripped)
    if stripped.startswith("+") and ":" in stripped:
        name, _, rest = stripped.partition(":")
        fields = [field.strip() for field in rest.split(",")]
        name = name.upper()
        if name in ("+CME ERROR", "+CMS ERROR"):
            return PeiMessage(PROTOCOL, "result", name=name, line=stripped)
        if name == "+CMGS":
            reference = _int(fields[2], "message reference") if len(fields) >= 3 else None
            return PeiMessage(
                PROTOCOL, "result", name=name, line=stripped, message_reference=reference
            )
        if name == "+CTICN":
            # <CC instance>,<call status>,<AI service>,<calling type>,<calling identity>, ...
            source = _party(fields[4], "calling party identity") if len(fields) > 4 else None
            called = _party(fields[11], "called party identity") if len(fields) > 11 else None
            return PeiMessage(
                PROTOCOL, "call", source=source, destination=called, name=name, line=stripped
            )
        return PeiMessage(PROTOCOL, "unsolicited", name=name, line=stripped)
    raise _Refused("not a PEI result or command")


def decode(frame: bytes) -> PeiMessage | DecodeError:
    """One frame from :func:`~radio.framing.tetra_pei.frame_pei`; never raises."""
    raw = bytes(frame)
    try:
        try:
            text = raw.decode("ascii")
        except UnicodeDecodeError as exc:
            raise _Refused(f"byte 0x{raw[exc.start]:02X} at {exc.start} is not ASCII") from None
        if any(ord(char) < 0x20 and char not in "\r\n\x1a\x1b\t" for char in text):
            raise _Refused("control character in the line")
        first, _, rest = text.replace("\r\n", "\n").replace("\r", "\n").partition("\n")
        head = first.strip()
        if head.upper().startswith("+CTSDSR:"):
            if not rest:
                raise _Refused("+CTSDSR without its user data line")
            return _incoming(head[len("+CTSDSR:") :].split(","), rest)
        if head.upper().startswith("AT+CMGS="):
            if not rest:
                raise _Refused("AT+CMGS without its user data line")
            return _send(head, rest)
        if not head:
            raise _Refused("empty line")
        return _line(head)
    except _Refused as refused:
        return DecodeError(PROTOCOL, str(refused), raw)
    except Exception as exc:  # a bug must not take the link down; report it
        return DecodeError(PROTOCOL, f"internal decoder error: {exc!r}", raw)
