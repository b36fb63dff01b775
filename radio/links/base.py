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
- ``await link.write(data, peer=None)`` sends bytes; raises
  ``LinkNotConnected`` when the transport is down. ``link.send_threadsafe(data,
  peer)`` queues bytes from any thread without waiting (an ACK sent from the
  store's thread once a frame is committed); failures are counted in health.
- ``link.health`` is a live ``LinkHealth`` the UI reads: state, counters,
  last error, time of last frame. Frame counters are bumped by the pipeline
  that frames the link's bytes, not by the link.
- ``health.counters()`` names the counters a kind of link adds beyond the
  shared fields (the HTTP endpoint's refusals, cut connections, ...).
- ``link.on_state(link, old, new)``, when set, is called at every state
  change the moment it happens, on the thread that changed it, so an outage
  however short can be stored with its start and end (not sampled).
- When a stream peer goes away (TCP peer closed, serial port lost) the link
  hands the sink ``Chunk(data=b"", closed=True)`` for that peer, so the
  framer flushes the peer's partial frame and forgets its buffer.
- ``Chunk.peer`` for network peers is ``format_peer(addr)``: ``ip:port``, or
  ``[ip6]:port`` for IPv6; ``parse_peer`` reverses it for ``write``.
- ``ReconnectingLink`` is the shared open / serve / back off / reopen loop
  the concrete links build on. ``health.reconnects`` counts every time a link
  comes UP after being DOWN (including a first open that only succeeded on a
  retry). A closed link stays closed: ``run`` after ``close`` returns at once,
  and once ``run`` has returned the sink is never called again.
- Backpressure: ``link.pause_reading()`` / ``link.resume_reading()`` (on the
  loop's thread; idempotent; ``link.paused`` tells) are for when the store
  cannot take more. A paused link stops taking input from its transport,
  which holds it where it waits: TCP and serial leave bytes to the socket
  or UART buffers and the sender's flow control, a drop folder leaves its
  files in the folder; nothing is lost and it arrives in order after
  ``resume_reading()``. What a transport had already taken when it was
  paused (at most one read per connection) is held by the link and handed
  to the sink on resume before anything newer, so the sink gets no chunk
  while the link is paused; a link closed while paused hands what it holds
  to the sink before ``run`` returns. The pause outlasts reconnects (a new
  connection or session starts paused). While paused a lost peer may only
  be noticed on resume, since nothing is read. Links that cannot make their
  sender wait say what they do instead: a datagram link keeps receiving and
  drops, counted in ``health``; the HTTP endpoint answers 503.
- ``link.take_drops() -> DropCount | None``: what the link dropped since the
  last call (count, bytes, receive times of the first and last, reason),
  then starts counting afresh; None when nothing was dropped (always, for
  links that never drop). The caller stores one summary per call.
"""

from __future__ import annotations

import asyncio
import enum
import errno
import logging
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

_LOGGER = logging.getLogger(__name__)


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

    def counters(self) -> dict[str, int]:
        """A link's own counters beyond the fields above, by name (none here)."""
        return {}


@dataclass(frozen=True, slots=True)
class Chunk:
    data: bytes
    rx_time: datetime
    peer: str
    datagram: bool = False
    # True on the empty end-of-stream marker for ``peer`` (see module docstring).
    closed: bool = False


Sink = Callable[[Chunk], None]


@dataclass(frozen=True, slots=True)
class DropCount:
    """What a link dropped between two ``take_drops`` calls (aware UTC receive times)."""

    count: int
    nbytes: int
    first_rx: datetime
    last_rx: datetime
    reason: str


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


def format_peer(addr: tuple[object, ...] | str) -> str:
    """``("10.0.0.5", 4001)`` -> ``10.0.0.5:4001``; IPv6 hosts are bracketed."""
    if isinstance(addr, str):  # AF_UNIX and friends: already a name
        return addr
    host, port = str(addr[0]), addr[1]
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def parse_peer(peer: str) -> tuple[str, int]:
    """Reverse of ``format_peer``; raises ``ValueError`` for anything else."""
    host, sep, port = peer.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ValueError(f"peer must look like host:port, got {peer!r}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, int(port)


def error_text(exc: BaseException) -> str:
    """A short human reason for a transport error, e.g. ``Connection refused``.

    Library wrappers (pyserial's ``SerialException``) often carry the OS error
    as their context or errno, so those are preferred over the wrapper's text.
    """
    for candidate in (exc, exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError):
            code = candidate.errno
            if isinstance(code, int) and code in errno.errorcode:
                return os.strerror(code)
            if isinstance(candidate.strerror, str) and candidate.strerror:
                return candidate.strerror
    if isinstance(exc, TimeoutError):
        return "timed out"
    return str(exc) or type(exc).__name__


def utc_now() -> datetime:
    return datetime.now(UTC)


StateListener = Callable[["Link", LinkState, LinkState], None]


class Link:
    """Base class; subclasses implement ``run``, ``write`` and ``close``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.health = LinkHealth()
        self._was_down = False
        self._paused = False
        self.on_state: StateListener | None = None

    @property
    def paused(self) -> bool:
        """True between ``pause_reading()`` and ``resume_reading()``."""
        return self._paused

    def pause_reading(self) -> None:
        """Stop taking input until ``resume_reading()`` (see the module docstring)."""
        if not self._paused:
            self._paused = True
            _LOGGER.info("link %s (%s) reading paused", self.name, self.describe())
            self._reading_changed()

    def resume_reading(self) -> None:
        """Take input again; what was held is handed on first."""
        if self._paused:
            self._paused = False
            _LOGGER.info("link %s (%s) reading resumed", self.name, self.describe())
            self._reading_changed()

    def _reading_changed(self) -> None:
        """Make the transport follow ``self._paused`` (subclasses)."""

    def take_drops(self) -> DropCount | None:
        """What was dropped since the last call, or None; this link never drops."""
        return None

    def _set_state(self, state: LinkState) -> None:
        old = self.health.state
        if old is state:
            return
        # DOWN -> CONNECTING -> UP is a reconnect; remember DOWN across CONNECTING.
        if state is LinkState.DOWN:
            self._was_down = True
        elif state is LinkState.UP:
            if getattr(self, "_was_down", False):
                self.health.reconnects += 1
            self._was_down = False
        self.health.state = state
        listener = self.on_state
        if listener is not None:
            listener(self, old, state)
        if state is LinkState.CONNECTING:
            _LOGGER.debug("link %s (%s) connecting", self.name, self.describe())
        elif state is not LinkState.DOWN:  # DOWN is logged by _fail, with its reason
            _LOGGER.info("link %s (%s) %s", self.name, self.describe(), state.value)

    def _fail(self, reason: str) -> None:
        """Record a transport error and go DOWN."""
        repeated = self.health.last_error == reason and self.health.state is not LinkState.UP
        self.health.errors += 1
        self.health.last_error = reason
        # The same failure on every retry would flood the log; say it once.
        _LOGGER.log(
            logging.DEBUG if repeated else logging.WARNING, "link %s down: %s", self.name, reason
        )
        self._set_state(LinkState.DOWN)

    async def run(self, sink: Sink) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def send_threadsafe(self, data: bytes, peer: str | None = None) -> None:  # pragma: no cover
        """Queue ``data`` for sending from any thread without waiting (see subclasses)."""
        raise NotImplementedError

    async def write(self, data: bytes, peer: str | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def describe(self) -> str:
        """Human-readable endpoint, e.g. ``serial /dev/ttyUSB0 4800`` or ``udp 127.0.0.1:10110``."""
        return self.name


class ReconnectingLink(Link):
    """Open, serve until lost, back off, reopen: the loop shared by all links.

    Subclasses implement ``_open`` (raise on failure; hand received bytes to
    ``_deliver``; call ``_end_session(reason)`` when the transport is lost),
    ``_release`` (close the current session's resources at once; idempotent)
    and, if releasing finishes later, ``_released`` (await it). Pausing:
    ``_apply_reading`` makes the current transport follow ``self._paused``;
    ``_open`` starts a new one paused when the link is; chunks that arrive
    anyway while paused are held here and handed on at resume.
    """

    def __init__(self, name: str, backoff: Backoff | None = None) -> None:
        super().__init__(name)
        self.backoff = backoff if backoff is not None else Backoff()
        self._closing = False
        self._wake = asyncio.Event()
        self._session: asyncio.Future[str] | None = None
        self._sink: Sink | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._held: deque[Chunk] = deque()  # taken while paused, handed on at resume

    async def _open(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def _release(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    async def _released(self) -> None:
        return None

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot open {self.describe()}: {error_text(exc)}"

    def _apply_reading(self) -> None:
        """Pause or resume the current transport to match ``self._paused``."""

    def _reading_changed(self) -> None:
        if not self._paused:
            self._hand_on_held()
            if self._paused:  # the sink paused the link again while taking them
                return
        self._apply_reading()

    def _hand_on_held(self, *, closing: bool = False) -> None:
        held = self._held
        while held and (closing or not self._paused):
            self._emit_now(held.popleft())

    def send_threadsafe(self, data: bytes, peer: str | None = None) -> None:
        """Queue ``data`` for sending from any thread, without waiting (e.g. an ACK
        sent from the store's writer thread once a frame is committed).

        The default hands the write to the link's loop; a link with its own
        writer thread (serial) overrides this to bypass the loop. A failure
        is counted in ``health`` and logged: the caller has moved on.
        """
        loop = self._loop
        if loop is None:
            raise LinkNotConnected(f"{self.describe()} is not running")

        def start() -> None:
            loop.create_task(self._send_logged(data, peer))

        loop.call_soon_threadsafe(start)

    async def _send_logged(self, data: bytes, peer: str | None) -> None:
        try:
            await self.write(data, peer)
        except (LinkNotConnected, OSError, ValueError) as exc:
            self.health.errors += 1
            self.health.last_error = f"could not send to {peer or self.describe()}: {exc}"
            _LOGGER.warning("link %s: %s", self.name, self.health.last_error)

    async def run(self, sink: Sink) -> None:
        if self._closing:
            return
        self._sink = sink
        loop = self._loop = asyncio.get_running_loop()
        try:
            while not self._closing:
                self._set_state(LinkState.CONNECTING)
                self._session = loop.create_future()
                try:
                    await self._open()
                except Exception as exc:  # any open failure must become a retry
                    if not isinstance(exc, OSError | ValueError):
                        _LOGGER.exception("link %s: unexpected error while opening", self.name)
                    self._release()
                    await self._released()
                    if self._closing:
                        break
                    self._fail(self._open_error(exc))
                else:
                    if self._closing:
                        break
                    self.backoff.reset()
                    self._set_state(LinkState.UP)
                    reason = await self._session
                    self._release()
                    await self._released()
                    if self._closing:
                        break
                    self._fail(reason)
                await self._pause(self.backoff.next_delay())
        finally:
            self._release()
            await self._released()
            self._session = None
            self._hand_on_held(closing=True)
            self._set_state(LinkState.STOPPED)

    async def _pause(self, delay: float) -> None:
        try:
            await asyncio.wait_for(self._wake.wait(), delay)
        except TimeoutError:
            pass

    def _end_session(self, reason: str) -> None:
        """The transport is gone; ``run`` goes DOWN with ``reason`` and retries."""
        session = self._session
        if session is not None and not session.done():
            session.set_result(reason)

    def _require_up(self) -> None:
        if self.health.state is not LinkState.UP:
            raise LinkNotConnected(f"{self.describe()} is {self.health.state.value}")

    def _deliver(
        self, data: bytes, peer: str, rx_time: datetime | None = None, datagram: bool = False
    ) -> None:
        self.health.bytes_in += len(data)
        self._emit(Chunk(data, rx_time or utc_now(), peer, datagram))

    def _deliver_closed(self, peer: str) -> None:
        self._emit(Chunk(b"", utc_now(), peer, closed=True))

    def _emit(self, chunk: Chunk) -> None:
        if self._paused:
            self._held.append(chunk)
        else:
            self._emit_now(chunk)

    def _emit_now(self, chunk: Chunk) -> None:
        sink = self._sink
        if sink is None:
            return
        try:
            sink(chunk)
        except Exception:
            # A faulty consumer must not tear down the transport under it.
            self.health.errors += 1
            _LOGGER.exception("link %s: sink failed on a chunk from %s", self.name, chunk.peer)

    def close(self) -> None:
        """Stop for good: no more retries; ``run`` returns once released."""
        if self._closing:
            return
        self._closing = True
        self._wake.set()
        self._end_session("closed")
        self._release()
