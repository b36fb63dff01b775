"""The Link interface: one transport that delivers received bytes and sends bytes.

Contract:
- ``await link.run(sink)`` opens the transport and keeps it open until
  ``link.close()`` is called or the task is cancelled; on any transport error
  it records the error in ``link.health``, waits with exponential backoff
  (``Backoff``) and reopens. It never raises for transport errors.
- Every received chunk is handed to ``sink(Chunk)`` on the event loop's
  thread, in arrival order per peer. ``Chunk.rx_time`` is an aware UTC
  datetime taken when the bytes arrived; ``Chunk.peer`` names the sender
  (serial port, ``host:port``) so framing can be kept per peer. For datagram
  links ``Chunk.datagram`` is True: a datagram is a complete unit (its end
  ends any partial frame).
- ``await link.write(data, peer=None)`` sends bytes (e.g. an ACK); raises
  ``LinkNotConnected`` when the transport is down.
- ``link.health`` is a live ``LinkHealth`` the UI reads: state, counters,
  last error, time of last frame. Frame counters are bumped by the pipeline
  that frames the link's bytes, not by the link.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


class LinkState(enum.Enum):
    STOPPED = "stopped"
    CONNECTING = "connecting"
    UP = "up"  # connected / listening
    DOWN = "down"  # lost, waiting to retry


class LinkNotConnected(ConnectionError):
    """Raised by ``Link.write`` when the transport is not up."""


@dataclass(slots=True)
class LinkHealth:
    """Per-link health counters; mutated on the event loop's thread only."""

    state: LinkState = LinkState.STOPPED
    bytes_in: int = 0
    bytes_out: int = 0
    frames: int = 0
    errors: int = 0  # decode errors + transport errors
    reconnects: int = 0
    last_error: str | None = None
    last_frame_monotonic: float | None = None
    peers: set[str] = field(default_factory=set)

    def frame_age_s(self, now: float | None = None) -> float | None:
        if self.last_frame_monotonic is None:
            return None
        return (time.monotonic() if now is None else now) - self.last_frame_monotonic


@dataclass(frozen=True, slots=True)
class Chunk:
    data: bytes
    rx_time: datetime
    peer: str
    datagram: bool = False


Sink = Callable[[Chunk], None]


class Backoff:
    """Exponential reconnect delay: initial, doubled per failure up to maximum; reset on success."""

    def __init__(self, initial: float = 0.5, maximum: float = 30.0) -> None:
        self.initial = initial
        self.maximum = maximum
        self._next = initial

    def next_delay(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self.maximum)
        return delay

    def reset(self) -> None:
        self._next = self.initial


class Link:
    """Base class; subclasses implement ``run``, ``write`` and ``close``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.health = LinkHealth()

    async def run(self, sink: Sink) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    async def write(self, data: bytes, peer: str | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def describe(self) -> str:
        """Human-readable endpoint, e.g. ``serial /dev/ttyUSB0 4800`` or ``udp 127.0.0.1:10110``."""
        return self.name
