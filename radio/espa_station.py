"""ESPA 4.4.4 link procedure with the console as control station, sans I/O.

Role: send calls to pagers and station alerting over an ESPA 4.4.4 line and
hear the paging system's call status, without touching a port or a clock:
the driver (a serial link, a test, a simulator run) feeds the bytes it read
and the time, writes what the machine wants written and wakes it at its
next deadline. The same machine therefore runs on a real port, over a
pseudo-terminal and in unit tests.

Contract (all times are monotonic seconds supplied by the caller):

- ``submit(call, now, key=None) -> key`` queues an :class:`~radio.codecs.espa.EspaCall`
  (``ValueError`` at once if ESPA cannot carry it); ``key`` names the call in
  the events (default: a running number).
- ``receive(data, now)`` feeds bytes read from the line; ``tick(now)`` runs
  timers and starts work; both may queue output and events.
- ``take_output() -> bytes`` is what to write now; ``take_events() -> list``
  the events since the last call, in order; ``next_deadline() -> float | None``
  when ``tick`` must run next.
- ``port_lost(now, reason)`` when the driver loses the port (a cable pulled,
  a USB adapter gone): the session is abandoned, a call in flight goes back
  to the head of the queue, the link is reported down.

Procedure (ESPA 4.4.4 clause 3): with a call queued, the station polls
itself and selects the paging system (``'1' ENQ '2' ENQ``); on ACK it sends
the call's block and waits for ACK; a NAK or no answer within
``reply_timeout`` repeats the block, at most ``block_attempts`` times (two,
as the standard says), then EOT ends the session and the call is tried again
after ``retry_delay``, in at most ``sessions`` sessions before it fails. A
NAK ``'3'`` (invalid message) fails the call at once: repeating it cannot
help. Between calls the station polls the paging system (``'2' ENQ``) every
``poll_interval`` seconds; an EOT means nothing to report, ``'1' ENQ``
selects the console, which answers ACK, takes blocks (ACK, or a NAK with
its code for a bad one) until EOT, and regains control with EOT after
``idle_timeout`` (10 s in the standard) of silence.

Events (frozen dataclasses): :class:`CallSent` (a block handed to the line,
per attempt), :class:`CallAcknowledged` (the paging system ACKed the block:
the link acknowledgement), :class:`CallFailed` (with the reason; the call is
never silently dropped), :class:`BlockReceived` (any block from the far
end), :class:`CallStatus` (a record 7 from the far end, matched to the last
call acknowledged to that address), :class:`LinkState` (up or down:
``link_down_after`` answers missed in a row; up on the next answer) and
:class:`LinkFault` (noise, a bad block, an unexpected sequence: stored with
the reason, never dropped silently). Nothing is ever stuck: every state has a
deadline.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass
from typing import Any

from radio.codecs.espa import (
    BlockFault,
    EspaBlock,
    EspaCall,
    EspaControl,
    control,
    decode,
    decode_block,
    encode_call,
)
from radio.framing.base import FrameSplitter
from radio.framing.espa import frame_espa
from radio.messages import DecodeError

__all__ = [
    "BlockReceived",
    "CallAcknowledged",
    "CallFailed",
    "CallSent",
    "CallStatus",
    "EspaControlStation",
    "LinkFault",
    "LinkState",
    "StationConfig",
]


@dataclass(frozen=True, slots=True)
class StationConfig:
    """Addresses and timers of one ESPA line (see the module docstring)."""

    own_address: str = "1"
    far_address: str = "2"
    reply_timeout: float = 3.0
    idle_timeout: float = 10.0
    poll_interval: float | None = 2.0
    block_attempts: int = 2
    sessions: int = 3
    retry_delay: float = 1.0
    link_down_after: int = 3
    max_block: int = 512

    def __post_init__(self) -> None:
        for name in ("own_address", "far_address"):
            value = getattr(self, name)
            if len(value) != 1 or not 0x20 <= ord(value) <= 0x7E:
                raise ValueError(f"{name} must be one printable character, not {value!r}")
        if self.own_address == self.far_address:
            raise ValueError("own_address and far_address must differ")
        if self.block_attempts < 1 or self.sessions < 1 or self.link_down_after < 1:
            raise ValueError("block_attempts, sessions and link_down_after must be at least 1")
        if self.reply_timeout <= 0 or self.idle_timeout <= 0 or self.retry_delay < 0:
            raise ValueError("timeouts must be positive")


@dataclass(frozen=True, slots=True)
class CallSent:
    key: Any
    attempt: int
    session: int
    at: float


@dataclass(frozen=True, slots=True)
class CallAcknowledged:
    key: Any
    at: float


@dataclass(frozen=True, slots=True)
class CallFailed:
    key: Any
    reason: str
    at: float


@dataclass(frozen=True, slots=True)
class BlockReceived:
    block: EspaBlock
    raw: bytes
    at: float


@dataclass(frozen=True, slots=True)
class CallStatus:
    """Record 7 from the paging system; ``key`` is the last call ACKed to the address."""

    key: Any
    call_address: str | None
    status: str
    status_name: str | None
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
class _Pending:
    key: Any
    call: EspaCall
    block: bytes
    sessions: int = 0
    last_reason: str = ""


class EspaControlStation:
    """The control station's side of one ESPA 4.4.4 line (see the module docstring)."""

    def __init__(self, config: StationConfig | None = None) -> None:
        self.config = config or StationConfig()
        self._splitter = FrameSplitter(frame_espa, self.config.max_block)
        self._queue: deque[_Pending] = deque()
        self._out = bytearray()
        self._events: list[Any] = []
        self._state = "idle"
        self._deadline: float | None = None
        self._attempts = 0
        self._current: _Pending | None = None
        self._not_before = 0.0
        self._next_poll: float | None = 0.0
        self._missed = 0
        self._up: bool | None = None
        self._keys = itertools.count(1)
        self._acked_by_address: dict[str, Any] = {}

    # -- the driver's side -------------------------------------------------

    @property
    def state(self) -> str:
        """``idle``, ``selecting``, ``sending``, ``polling`` or ``receiving``."""
        return self._state

    @property
    def queued(self) -> int:
        """Calls waiting or in flight."""
        return len(self._queue)

    @property
    def link_up(self) -> bool | None:
        """True after an answer, False after ``link_down_after`` missed, None before either."""
        return self._up

    def submit(self, call: EspaCall, now: float, key: Any = None) -> Any:
        block = encode_call(call)  # ValueError here, to the caller, not later on the line
        if key is None:
            key = next(self._keys)
        self._queue.append(_Pending(key, call, block))
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
        if self._state != "idle":
            return self._deadline
        if self._queue:
            return self._not_before
        if self.config.poll_interval is None:
            return None  # nothing to do until a call is submitted or bytes arrive
        return self._next_poll

    def port_lost(self, now: float, reason: str) -> None:
        """The port is gone: abandon the session; the call in flight is kept queued."""
        if self._current is not None:
            self._current.last_reason = reason
        self._current = None
        self._splitter.reset()
        self._out.clear()
        self._enter("idle", None)
        self._not_before = now + self.config.retry_delay
        self._set_link(False, reason, now)

    # -- internals ---------------------------------------------------------

    def _write(self, data: bytes) -> None:
        self._out += data

    def _enter(self, state: str, deadline: float | None) -> None:
        self._state = state
        self._deadline = deadline

    def _set_link(self, up: bool, reason: str, now: float) -> None:
        if self._up is not up:
            self._up = up
            self._events.append(LinkState(up, reason, now))

    def _answered(self, now: float) -> None:
        self._missed = 0
        self._set_link(True, "the paging system answers", now)

    def _missed_answer(self, now: float) -> None:
        self._missed += 1
        if self._missed >= self.config.link_down_after:
            self._set_link(False, f"no answer from the paging system {self._missed} times", now)

    def _end_session(self, now: float) -> None:
        self._write(control("EOT"))
        self._enter("idle", None)
        if self._next_poll is not None and self.config.poll_interval is not None:
            self._next_poll = now + self.config.poll_interval

    def _step(self, now: float) -> None:
        if self._state != "idle":
            return
        cfg = self.config
        if self._queue and now >= self._not_before:
            self._current = self._queue[0]
            self._write(control("ENQ", cfg.own_address) + control("ENQ", cfg.far_address))
            self._enter("selecting", now + cfg.reply_timeout)
        elif (
            cfg.poll_interval is not None and self._next_poll is not None and now >= self._next_poll
        ):
            self._write(control("ENQ", cfg.far_address))
            self._enter("polling", now + cfg.reply_timeout)

    def _send_block(self, now: float) -> None:
        pending = self._current
        assert pending is not None
        self._attempts += 1
        self._write(pending.block)
        self._events.append(CallSent(pending.key, self._attempts, pending.sessions + 1, now))
        self._enter("sending", now + self.config.reply_timeout)

    def _fail(self, pending: _Pending, reason: str, now: float) -> None:
        if self._queue and self._queue[0] is pending:
            self._queue.popleft()
        self._events.append(CallFailed(pending.key, reason, now))

    def _session_failed(self, reason: str, now: float) -> None:
        """The call in flight could not be delivered in this session."""
        pending = self._current
        self._current = None
        self._end_session(now)
        if pending is None:
            return
        pending.sessions += 1
        pending.last_reason = reason
        if pending.sessions >= self.config.sessions:
            self._fail(pending, f"{reason} (after {pending.sessions} sessions)", now)
        self._not_before = now + self.config.retry_delay

    def _timeout(self, now: float) -> None:
        state = self._state
        if state == "selecting":
            self._missed_answer(now)
            self._session_failed("no answer to selecting", now)
        elif state == "sending":
            self._missed_answer(now)
            if self._attempts < self.config.block_attempts:
                self._send_block(now)
            else:
                self._session_failed(f"no ACK to the block after {self._attempts} attempts", now)
        elif state == "polling":
            self._missed_answer(now)
            self._enter("idle", None)
            if self.config.poll_interval is not None:
                self._next_poll = now + self.config.poll_interval
        elif state == "receiving":
            self._events.append(
                LinkFault("no transaction from the paging system: control regained", b"", now)
            )
            self._end_session(now)

    def _fault(self, reason: str, raw: bytes, now: float) -> None:
        self._events.append(LinkFault(reason, raw, now))

    def _frame(self, frame: bytes, now: float) -> None:
        if frame[:1] == b"\x01":
            self._block(frame, now)
            return
        message = decode(frame)
        if isinstance(message, DecodeError):
            self._fault(message.reason, frame, now)
            return
        assert isinstance(message, EspaControl)
        self._control(message, frame, now)

    def _control(self, message: EspaControl, raw: bytes, now: float) -> None:
        state = self._state
        name = message.control
        cfg = self.config
        if state == "selecting" and name == "ACK":
            self._answered(now)
            self._attempts = 0
            self._send_block(now)
        elif state == "selecting" and name == "NAK":
            self._answered(now)
            reason = f"selecting refused: {_nak_text(message)}"
            pending = self._current
            if message.prefix == "3" and pending is not None:
                self._current = None
                self._end_session(now)
                self._fail(pending, reason, now)
            else:
                self._session_failed(reason, now)
        elif state == "sending" and name == "ACK":
            self._answered(now)
            pending = self._current
            assert pending is not None
            self._queue.popleft()
            self._acked_by_address[pending.call.call_address] = pending.key
            self._events.append(CallAcknowledged(pending.key, now))
            self._current = None
            if self._queue:
                self._current = self._queue[0]
                self._attempts = 0
                self._send_block(now)
            else:
                self._end_session(now)
                self._next_poll = now  # ask for the call status at once
        elif state == "sending" and name == "NAK":
            self._answered(now)
            pending = self._current
            assert pending is not None
            code = message.prefix or ""
            reason = f"block refused: {_nak_text(message)}"
            if code == "3":
                self._current = None
                self._end_session(now)
                self._fail(pending, reason, now)
            elif self._attempts < cfg.block_attempts:
                self._send_block(now)
            else:
                self._session_failed(f"{reason} after {self._attempts} attempts", now)
        elif state == "polling" and name == "EOT":
            self._answered(now)
            self._enter("idle", None)
            if cfg.poll_interval is not None:
                self._next_poll = now + cfg.poll_interval
        elif state in ("polling", "idle") and name == "ENQ" and message.prefix == cfg.own_address:
            # Selected by the paging system (after our poll, or unprompted).
            self._answered(now)
            self._write(control("ACK"))
            self._enter("receiving", now + cfg.idle_timeout)
        elif state == "receiving" and name == "EOT":
            self._enter("idle", None)
            if cfg.poll_interval is not None:
                self._next_poll = now + cfg.poll_interval
        else:
            what = name if message.prefix is None else f"{message.prefix!r} {name}"
            self._fault(f"unexpected {what} while {state}", raw, now)

    def _block(self, frame: bytes, now: float) -> None:
        if self._state != "receiving":
            self._fault(f"unexpected data block while {self._state}", frame, now)
            return
        result = decode_block(frame)
        if isinstance(result, BlockFault):
            self._write(control("NAK", result.nak))
            self._fault(result.reason, frame, now)
        else:
            self._write(control("ACK"))
            self._events.append(BlockReceived(result, frame, now))
            if result.call_status is not None:
                address = result.call_address
                key = self._acked_by_address.get(address) if address is not None else None
                self._events.append(
                    CallStatus(key, address, result.call_status, result.call_status_name, now)
                )
        self._deadline = now + self.config.idle_timeout


def _nak_text(message: EspaControl) -> str:
    if message.prefix is None:
        return "NAK without a code"
    return f"NAK {message.prefix} ({message.reason})"
