"""A simulated TETRA radio / PEI gateway: the far end of the console's radio line.

Role: what a TETRA terminal or SDS gateway does on its PEI (EN 300 392-5),
for tests and drills: it takes the console's SDS, answers like a radio, and
brings the units' delivery reports, statuses and texts in. A sans-I/O far
end (``feed``, ``tick``, ``take_output``, ``next_deadline``) for
:class:`radio.simulators.pty.PtyPeer`.

Behaviour: ``AT`` commands get ``OK``; ``AT+CMGS`` gets ``+CMGS: 0,4,<ref>``
and ``OK``, the text is kept in ``texts`` as ``(destination, text,
reference)``, and the unit's delivery reports follow as ``+CTSDSR`` SDS-REPORTs:
"received" after ``received_after`` seconds and "read" after ``read_after``
(per ISSI in ``units``: ``(received_after, read_after)``, either None for
never; a unit in ``never_acknowledge`` sends neither). A destination in
``unregistered`` gets a "destination not registered" report. The crews'
side: :meth:`send_status` and :meth:`send_text` put a unit's ``+CTSDSR`` on
the line (call them through ``PtyPeer.call`` when a thread runs the peer).

Faults (``fault``): ``"error"`` answers ``+CME ERROR: 35`` to every
``AT+CMGS``, ``"silence"`` answers nothing, ``"garbage"`` puts a noise line
before every answer. A pulled cable is ``PtyPeer.pull``.
"""

from __future__ import annotations

from radio.codecs.tetra_pei import (
    AI_SDS_TL,
    AI_STATUS,
    CODING_LATIN_1,
    PeiMessage,
    ctsdsr,
    decode,
    report_pdu,
    status_pdu,
    text_pdu,
)
from radio.framing.base import FrameSplitter
from radio.framing.tetra_pei import frame_pei
from radio.messages import DecodeError

__all__ = ["GARBAGE_LINE", "TetraGateway"]

GARBAGE_LINE = b"\xfe#noise\x01\r\n"
RECEIVED, READ, NOT_REGISTERED = 0x00, 0x02, 0x4B


class TetraGateway:
    """The far end of a PEI line (see the module docstring)."""

    def __init__(
        self,
        own_issi: str = "1000",
        received_after: float | None = 0.05,
        read_after: float | None = 0.2,
        never_acknowledge: frozenset[str] = frozenset(),
        unregistered: frozenset[str] = frozenset(),
    ) -> None:
        self.own_issi = own_issi
        self.received_after = received_after
        self.read_after = read_after
        self.units: dict[str, tuple[float | None, float | None]] = {}
        self.never_acknowledge = set(never_acknowledge)
        self.unregistered = set(unregistered)
        self.fault: str | None = None
        self.texts: list[tuple[str, str, int]] = []
        self.commands: list[str] = []
        self._splitter = FrameSplitter(frame_pei, 4096)
        self._out = bytearray()
        self._scheduled: list[tuple[float, bytes]] = []
        self._next_reference = 1

    # -- far-end interface ----------------------------------------------------

    def feed(self, data: bytes, now: float) -> None:
        for frame in self._splitter.feed(data):
            self._frame(frame, now)

    def tick(self, now: float) -> None:
        due = sorted(item for item in self._scheduled if item[0] <= now)
        self._scheduled = [item for item in self._scheduled if item[0] > now]
        for _, data in due:
            self._send(data)

    def take_output(self) -> bytes:
        out = bytes(self._out)
        self._out.clear()
        return out

    def next_deadline(self) -> float | None:
        return min((when for when, _ in self._scheduled), default=None)

    # -- the crews' side ------------------------------------------------------

    def send_status(self, source: str, value: int) -> None:
        """A unit ``source`` sends pre-coded status ``value`` (e.g. 0x8005: status 3)."""
        self._send(ctsdsr(AI_STATUS, source, self.own_issi, status_pdu(value)))

    def send_text(self, source: str, text: str, coding: int = CODING_LATIN_1) -> None:
        """A crew sends free text (SDS-TL, no report requested)."""
        reference = self._reference()
        pdu = text_pdu(text, reference, coding, report="none")
        self._send(ctsdsr(AI_SDS_TL, source, self.own_issi, pdu))

    # -- behaviour ------------------------------------------------------------

    def _reference(self) -> int:
        reference = self._next_reference
        self._next_reference = reference % 255 + 1
        return reference

    def _send(self, data: bytes) -> None:
        if self.fault == "silence":
            return
        if self.fault == "garbage":
            self._out += GARBAGE_LINE
        self._out += data

    def _frame(self, frame: bytes, now: float) -> None:
        message = decode(frame)
        if isinstance(message, DecodeError):
            self._send(b"ERROR\r\n")
            return
        if message.kind == "send":
            self._cmgs(message, now)
        elif message.kind == "command":
            self.commands.append(message.line or "")
            self._send(b"OK\r\n")

    def _cmgs(self, message: PeiMessage, now: float) -> None:
        self.commands.append("AT+CMGS")
        if self.fault == "error":
            self._send(b"+CME ERROR: 35\r\n")
            return
        destination = message.destination or ""
        reference = message.message_reference or 0
        self._send(f"+CMGS: 0,4,{reference}\r\nOK\r\n".encode("ascii"))
        if message.text is None:
            return  # a status sent to a unit: nothing to report
        self.texts.append((destination, message.text, reference))
        if destination in self.unregistered:
            self._report(now, 0.0, destination, reference, NOT_REGISTERED)
            return
        if destination in self.never_acknowledge:
            return
        received, read = self.units.get(destination, (self.received_after, self.read_after))
        wanted = message.report_request or "none"
        if received is not None and wanted in ("received", "both"):
            self._report(now, received, destination, reference, RECEIVED)
        if read is not None and wanted in ("read", "both"):
            self._report(now, read, destination, reference, READ)

    def _report(self, now: float, delay: float, source: str, reference: int, status: int) -> None:
        line = ctsdsr(AI_SDS_TL, source, self.own_issi, report_pdu(reference, status))
        self._scheduled.append((now + delay, line))
