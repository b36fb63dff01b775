"""A simulated ESPA 4.4.4 paging system: the far end of the console's paging line.

Role: what a hospital or fire-station paging system does on its ESPA port,
for tests and drills, with the faults real lines have. Run it on a
pseudo-terminal with :class:`radio.simulators.pty.PtyPeer`, or feed it bytes
directly: it is a sans-I/O far end (``feed``, ``tick``, ``take_output``,
``next_deadline``).

Behaviour (the console is the control station, address ``'1'``; this
system is ``'2'``): selected with ``'1' ENQ '2' ENQ`` it answers ACK, takes
blocks (ACK, or NAK with its code for a bad one: ``'1'`` bad BCC, ``'3'``
invalid) until EOT; every call it accepts is kept in ``calls`` (the decoded
:class:`~radio.codecs.espa.EspaBlock`) and gets call status reports queued:
``'3'`` paged, then ``'6'`` acknowledged by the called party unless the
address is in ``never_acknowledge``. Polled with ``'2' ENQ`` it answers EOT
when it has nothing, or selects the console (``'1' ENQ``), sends one status
block per ACK and ends with EOT.

Faults (``fault`` attribute, changeable at any time; ``None`` is a healthy
line): ``"nak"`` NAKs every block with ``'1'`` (``nak_times`` limits it to
the first N blocks), ``"busy"`` refuses selecting with ``'2' NAK``,
``"invalid"`` NAKs blocks with ``'3'``, ``"silence"`` answers nothing,
``"garbage"`` puts noise bytes before every answer. A pulled cable is the
pty's business (:meth:`PtyPeer.pull`).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from radio.codecs.espa import EspaBlock, control, decode, decode_block, encode_block
from radio.framing.base import FrameSplitter
from radio.framing.espa import frame_espa
from radio.messages import DecodeError

__all__ = ["GARBAGE", "PagingSystem"]

GARBAGE = b"\xff\x13noise\x7f"


class PagingSystem:
    """The far end of an ESPA line (see the module docstring)."""

    def __init__(
        self,
        own_address: str = "2",
        control_address: str = "1",
        ack_delay: float = 0.0,
        never_acknowledge: frozenset[str] = frozenset(),
    ) -> None:
        self.own = own_address
        self.control = control_address
        self.ack_delay = ack_delay
        self.never_acknowledge = set(never_acknowledge)
        self.fault: str | None = None
        self.nak_times: int | None = None
        self.calls: list[EspaBlock] = []
        self.blocks_received = 0
        self.naks_sent = 0
        self._splitter = FrameSplitter(frame_espa, 512)
        self._out = bytearray()
        self._state = "idle"  # idle, slave, master-select, master-send
        self._self_polled = False
        self._reports: deque[bytes] = deque()
        self._deadline: float | None = None
        self._delayed: list[tuple[float, bytes]] = []

    # -- far-end interface ----------------------------------------------------

    def feed(self, data: bytes, now: float) -> None:
        for frame in self._splitter.feed(data):
            self._frame(frame, now)

    def tick(self, now: float) -> None:
        due = [item for item in self._delayed if item[0] <= now]
        self._delayed = [item for item in self._delayed if item[0] > now]
        for _, data in due:
            self._send(data)
        if self._deadline is not None and now >= self._deadline:
            self._deadline = None
            if self._state.startswith("master"):
                self._send(control("EOT"))  # the console did not answer: give control back
                self._state = "idle"

    def take_output(self) -> bytes:
        out = bytes(self._out)
        self._out.clear()
        return out

    def next_deadline(self) -> float | None:
        times = [when for when, _ in self._delayed]
        if self._deadline is not None:
            times.append(self._deadline)
        return min(times) if times else None

    # -- behaviour ------------------------------------------------------------

    def status_block(self, call_address: str, status: str, text: str | None = None) -> bytes:
        records = [("1", call_address)]
        if text:
            records.append(("2", text))
        records.append(("7", status))
        return encode_block("2", records)

    def queue_status(self, call_address: str, status: str) -> None:
        """Report a call status the next time the console polls."""
        self._reports.append(self.status_block(call_address, status))

    def _send(self, data: bytes) -> None:
        if self.fault == "silence":
            return
        if self.fault == "garbage":
            self._out += GARBAGE
        self._out += data

    def _answer(self, data: bytes, now: float) -> None:
        if self.ack_delay > 0:
            self._delayed.append((now + self.ack_delay, data))
        else:
            self._send(data)

    def _frame(self, frame: bytes, now: float) -> None:
        message = decode(frame) if frame[:1] != b"\x01" else None
        if isinstance(message, DecodeError):
            return  # noise on the line: a real system ignores it
        if frame[:1] == b"\x01":
            self._block(frame, now)
            return
        assert message is not None
        name, prefix = message.control, message.prefix  # type: ignore[union-attr]
        if name == "ENQ" and prefix == self.control:
            self._self_polled = True
            return
        if name == "ENQ" and prefix == self.own:
            if self._self_polled:  # '1' ENQ '2' ENQ: the console selects us
                self._self_polled = False
                if self.fault == "busy":
                    self._answer(control("NAK", "2"), now)
                    return
                self._state = "slave"
                self._answer(control("ACK"), now)
            else:  # '2' ENQ alone: the console polls us
                if self._reports:
                    self._state = "master-select"
                    self._deadline = now + 3.0
                    self._answer(control("ENQ", self.control), now)
                else:
                    self._answer(control("EOT"), now)
            return
        self._self_polled = False
        if name == "EOT":
            self._state = "idle"
        elif name == "ACK" and self._state == "master-select":
            self._state = "master-send"
            self._deadline = now + 3.0
            self._answer(self._reports[0], now)
        elif name == "ACK" and self._state == "master-send":
            self._reports.popleft()
            if self._reports:
                self._deadline = now + 3.0
                self._answer(self._reports[0], now)
            else:
                self._deadline = None
                self._state = "idle"
                self._answer(control("EOT"), now)
        elif name == "NAK" and self._state.startswith("master"):
            self._deadline = None
            self._state = "idle"
            self._answer(control("EOT"), now)

    def _block(self, frame: bytes, now: float) -> None:
        if self._state != "slave":
            return
        self.blocks_received += 1
        result = decode_block(frame)
        nak: str | None = None
        if not isinstance(result, EspaBlock):
            nak = result.nak
        elif self.fault == "invalid":
            nak = "3"
        elif self.fault == "nak" and (self.nak_times is None or self.naks_sent < self.nak_times):
            nak = "1"
        if nak is not None:
            self.naks_sent += 1
            self._answer(control("NAK", nak), now)
            return
        assert isinstance(result, EspaBlock)
        self._answer(control("ACK"), now)
        if result.header == "1" and result.call_address is not None:
            self.calls.append(result)
            self.queue_status(result.call_address, "3")
            if result.call_address not in self.never_acknowledge:
                self.queue_status(result.call_address, "6")

    def __repr__(self) -> str:
        return f"PagingSystem(state={self._state!r}, calls={len(self.calls)}, fault={self.fault!r})"

    def snapshot(self) -> dict[str, Any]:
        """Counters for drills and tests."""
        return {
            "calls": len(self.calls),
            "blocks": self.blocks_received,
            "naks": self.naks_sent,
            "reports_pending": len(self._reports),
        }
