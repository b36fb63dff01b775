"""TETRA PEI session with a radio terminal or gateway, console side, sans I/O.

Role: send dispatch texts to units' ISSIs as SDS-TL with delivery reports,
and hear what the units send (pre-coded statuses, free text, delivery
reports), over the PEI AT command interface (ETSI EN 300 392-5), without
touching a port or a clock: the driver feeds bytes and the time, writes what
the session wants written and wakes it at its next deadline, exactly as for
:mod:`radio.espa_station`.

Contract (times are monotonic seconds from the caller):

- ``submit_text(destination, text, now, key=None, coding=1) -> key`` queues
  an SDS-TL text (``ValueError`` at once if it cannot be encoded: fit it with
  :mod:`radio.device_text` first; ``coding`` 1 is ISO 8859-1, 26 UCS-2).
- ``receive(data, now)``, ``tick(now)``, ``take_output()``,
  ``take_events()``, ``next_deadline()``, ``port_lost(now, reason)`` as in
  the ESPA station.

Procedure: one command at a time. ``AT+CTSDS=12,0`` selects the SDS-TL
service (again after an error or a lost port), then ``AT+CMGS`` sends the
PDU with a fresh message reference (1..255, never one still awaiting its
report). ``OK`` (after ``+CMGS: ...``) is the link acknowledgement; the
delivery reports that follow (``+CTSDSR`` carrying SDS-REPORT, or a short
report) are matched to the text by ISSI and message reference. No answer
within ``reply_timeout`` repeats the command, at most ``attempts`` times;
``ERROR`` / ``+CME ERROR`` likewise; then the text fails with the reason.
Unsolicited results are handled whenever they come, also between a command
and its answer; command echo (``ATE1``) is ignored. A crew's text that asks
for a "received" report gets one (an SDS-REPORT queued like a text, with no
events of its own unless it fails: ``SdsFailed`` with key None); "read" is
left to whoever shows the text to a dispatcher.

Events (frozen dataclasses): :class:`SdsSent` (per attempt),
:class:`SdsAccepted` (the radio took it: link acknowledgement, with the
message reference), :class:`SdsReport` (``report`` is ``received``,
``read``, ``failed``, ``pending``...; ``key`` None for a report matching
nothing sent in this session), :class:`SdsFailed`, :class:`StatusReceived`
(a 16-bit status from ``source``), :class:`TextReceived`, :class:`LinkState`
and :class:`LinkFault` (a frame refused, with the reason: never dropped
silently). What a status means is the site's table
(:mod:`radio.tetra_status_table`), applied by the caller.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass
from typing import Any

from radio.codecs.tetra_pei import (
    AI_SDS_TL,
    PeiMessage,
    decode,
    encode_send,
    report_pdu,
    select_service,
    text_pdu,
)
from radio.framing.base import FrameSplitter
from radio.framing.tetra_pei import frame_pei
from radio.messages import DecodeError

__all__ = [
    "LinkFault",
    "LinkState",
    "PeiConfig",
    "SdsAccepted",
    "SdsFailed",
    "SdsReport",
    "SdsSent",
    "StatusReceived",
    "TetraPeiStation",
    "TextReceived",
]


@dataclass(frozen=True, slots=True)
class PeiConfig:
    reply_timeout: float = 5.0
    attempts: int = 2
    report: str = "both"  # delivery reports requested: none, received, read, both
    link_down_after: int = 2
    max_frame: int = 4096

    def __post_init__(self) -> None:
        if self.reply_timeout <= 0 or self.attempts < 1 or self.link_down_after < 1:
            raise ValueError("reply_timeout must be positive, attempts and link_down_after >= 1")


@dataclass(frozen=True, slots=True)
class SdsSent:
    key: Any
    destination: str
    attempt: int
    at: float


@dataclass(frozen=True, slots=True)
class SdsAccepted:
    key: Any
    message_reference: int
    at: float


@dataclass(frozen=True, slots=True)
class SdsReport:
    key: Any
    source: str | None
    message_reference: int | None
    report: str
    detail: str | None
    at: float


@dataclass(frozen=True, slots=True)
class SdsFailed:
    key: Any
    reason: str
    at: float


@dataclass(frozen=True, slots=True)
class StatusReceived:
    source: str | None
    destination: str | None
    status: int
    at: float


@dataclass(frozen=True, slots=True)
class TextReceived:
    source: str | None
    destination: str | None
    text: str
    at: float


@dataclass(frozen=True, slots=True)
class LinkState:
    up: bool
    reason: str
    at: float


@dataclass(frozen=True, slots=True)
class LinkFault:
    reason: str
    raw: bytes
    at: float


@dataclass(slots=True)
class _Text:
    key: Any
    destination: str
    text: str
    coding: int
    reference: int = 0
    report_status: int | None = None  # set: an SDS-REPORT for ``reference``, not a text


class TetraPeiStation:
    """The console's side of one PEI line (see the module docstring)."""

    def __init__(self, config: PeiConfig | None = None) -> None:
        self.config = config or PeiConfig()
        self._splitter = FrameSplitter(frame_pei, self.config.max_frame)
        self._queue: deque[_Text] = deque()
        self._out = bytearray()
        self._events: list[Any] = []
        self._command: bytes | None = None  # the command awaiting its answer
        self._command_kind = ""  # "service" or "send"
        self._attempts = 0
        self._deadline: float | None = None
        self._service_selected = False
        self._accepted_reference: int | None = None
        self._outstanding: dict[tuple[str, int], Any] = {}
        self._references = itertools.cycle(range(1, 256))
        self._keys = itertools.count(1)
        self._missed = 0
        self._up: bool | None = None

    # -- the driver's side -------------------------------------------------

    @property
    def queued(self) -> int:
        return len(self._queue)

    @property
    def link_up(self) -> bool | None:
        return self._up

    def submit_text(
        self, destination: str, text: str, now: float, key: Any = None, coding: int = 1
    ) -> Any:
        encode_send(destination, text_pdu(text, 0, coding, self.config.report))  # ValueError now
        if key is None:
            key = next(self._keys)
        self._queue.append(_Text(key, destination, text, coding))
        self._step(now)
        return key

    def receive(self, data: bytes, now: float) -> None:
        for frame in self._splitter.feed(data):
            self._frame(frame, now)
        self._step(now)

    def tick(self, now: float) -> None:
        if self._deadline is not None and now >= self._deadline:
            self._timeout(now)
        self._step(now)

    def take_output(self) -> bytes:
        out = bytes(self._out)
        self._out.clear()
        return out

    def take_events(self) -> list[Any]:
        events = self._events
        self._events = []
        return events

    def next_deadline(self) -> float | None:
        return self._deadline

    def port_lost(self, now: float, reason: str) -> None:
        """The port is gone: the command in flight is repeated once the port is back."""
        self._splitter.reset()
        self._out.clear()
        self._command = None
        self._deadline = None
        self._attempts = 0
        self._service_selected = False
        self._set_link(False, reason, now)

    # -- internals ---------------------------------------------------------

    def _set_link(self, up: bool, reason: str, now: float) -> None:
        if self._up is not up:
            self._up = up
            self._events.append(LinkState(up, reason, now))

    def _answered(self, now: float) -> None:
        self._missed = 0
        self._set_link(True, "the radio answers", now)

    def _next_reference(self, destination: str) -> int:
        for _ in range(255):
            reference = next(self._references)
            if (destination, reference) not in self._outstanding:
                return reference
        return next(self._references)  # 255 awaiting reports: reuse the oldest number

    def _issue(self, now: float) -> None:
        assert self._command is not None
        self._attempts += 1
        self._out += self._command
        self._deadline = now + self.config.reply_timeout
        text = self._queue[0]
        if self._command_kind == "send" and text.report_status is None:
            self._events.append(SdsSent(text.key, text.destination, self._attempts, now))

    def _step(self, now: float) -> None:
        if self._command is not None or not self._queue:
            return
        self._attempts = 0
        if not self._service_selected:
            self._command, self._command_kind = select_service(AI_SDS_TL), "service"
        else:
            text = self._queue[0]
            if text.report_status is not None:
                pdu = report_pdu(text.reference, text.report_status)
            else:
                text.reference = self._next_reference(text.destination)
                pdu = text_pdu(text.text, text.reference, text.coding, self.config.report)
            self._command, self._command_kind = encode_send(text.destination, pdu), "send"
            self._accepted_reference = None
        self._issue(now)

    def _finish(self) -> None:
        self._command = None
        self._deadline = None

    def _fail_head(self, reason: str, now: float) -> None:
        text = self._queue.popleft()
        self._events.append(SdsFailed(text.key, reason, now))
        self._finish()

    def _retry_or_fail(self, reason: str, now: float) -> None:
        if self._attempts < self.config.attempts:
            self._issue(now)
            return
        command = "AT+CTSDS" if self._command_kind == "service" else "AT+CMGS"
        self._service_selected = False
        self._fail_head(f"{command}: {reason} after {self._attempts} attempts", now)

    def _timeout(self, now: float) -> None:
        if self._command is None:
            self._deadline = None
            return
        self._missed += 1
        if self._missed >= self.config.link_down_after:
            self._set_link(False, f"no answer from the radio {self._missed} times", now)
        self._retry_or_fail("no answer", now)

    def _frame(self, frame: bytes, now: float) -> None:
        message = decode(frame)
        if isinstance(message, DecodeError):
            self._events.append(LinkFault(message.reason, frame, now))
            return
        kind = message.kind
        if kind in ("command", "send"):
            return  # command echo
        if kind == "result":
            self._result(message, frame, now)
        elif kind == "status":
            assert message.status is not None
            self._answered(now)
            self._events.append(
                StatusReceived(message.source, message.destination, message.status, now)
            )
        elif kind == "text":
            self._answered(now)
            self._events.append(
                TextReceived(message.source, message.destination, message.text or "", now)
            )
            wanted = message.report_request in ("received", "both")
            if wanted and message.source and message.message_reference is not None:
                # The crew's radio waits for our receipt; "read" is the dispatcher's to give.
                receipt = _Text(None, message.source, "", 1, message.message_reference, 0x00)
                self._queue.append(receipt)
        elif kind == "report":
            self._answered(now)
            reference = message.message_reference
            source = message.source
            key = None
            if source is not None and reference is not None:
                key = self._outstanding.get((source, reference))
                if key is not None and message.report in ("read", "failed"):
                    del self._outstanding[(source, reference)]
            detail = message.delivery_status_name
            self._events.append(
                SdsReport(key, source, reference, message.report or "unknown", detail, now)
            )
        elif kind in ("call", "unsolicited", "sds"):
            self._answered(now)  # heard and stored by the caller's log; nothing to do here

    def _result(self, message: PeiMessage, raw: bytes, now: float) -> None:
        if self._command is None:
            if message.name not in ("OK", "RING"):
                self._events.append(LinkFault(f"{message.line} without a command", raw, now))
            return
        self._answered(now)
        name = message.name
        if name == "+CMGS":
            self._accepted_reference = message.message_reference
            return
        if name == "OK":
            if self._command_kind == "service":
                self._service_selected = True
                self._finish()
                return
            text = self._queue.popleft()
            if text.report_status is None:
                self._outstanding[(text.destination, text.reference)] = text.key
                self._events.append(SdsAccepted(text.key, text.reference, now))
            self._finish()
            return
        if name in ("ERROR", "+CME ERROR", "+CMS ERROR"):
            self._retry_or_fail(f"the radio answered {message.line}", now)
            return
        self._events.append(LinkFault(f"unexpected {message.line}", raw, now))
