"""UDP listener link: every datagram received on ``host:port`` is one chunk.

Contract: ``UdpListener(name, host, port)`` binds an asyncio datagram
endpoint; each datagram reaches the sink as ``Chunk(datagram=True,
peer="ip:port")``, so a datagram's end ends any partial frame. A failed bind
(port in use, address not on this host, unknown name) leaves the link DOWN
with a sentence in ``health.last_error`` and retries with backoff.
``bound_port`` is the actual port once bound (useful with ``port=0``).
``write(data, peer)`` sends one datagram to ``peer`` (``ip:port``); ICMP
errors reported for such sends are counted in ``health.errors`` but do not
take the listener down.

Backpressure (``pause_reading``, see ``radio.links.base``): a datagram
cannot wait, and a socket that is not read only lets the kernel drop
datagrams unseen. So while paused the listener keeps receiving and drops
every datagram, counting it: ``health`` is a ``UdpLinkHealth`` whose
``dropped`` and ``dropped_bytes`` count every dropped datagram and its
bytes since the link was made, and whose ``first_drop_rx`` / ``last_drop_rx``
are the aware UTC receive times of the first and last datagram dropped
since drops were last taken (None when none are pending);
``health.counters()`` lists them (``dropped``, ``dropped_bytes``, and the
two times as ``first_drop_rx_us`` / ``last_drop_rx_us``, microseconds since
the Unix epoch, 0 when none are pending). ``take_drops()`` returns a
``DropCount`` of what was dropped since its last call (count, bytes, first
and last receive time, ``DROP_REASON``) and starts afresh, or None when
nothing was dropped: the caller stores one summary per call, so nothing is
dropped silently.

Reading: where the loop has ``add_reader`` (Linux, macOS: every loop but
Windows' proactor) the listener owns its socket and drains it on each
wake-up: it reads until the socket is empty, or for at most
``DRAIN_BUDGET_S`` (then the loop serves others and comes back at once,
the socket still readable), so a storm costs one wake-up per burst instead
of one per datagram. Elsewhere it reads through asyncio's datagram
endpoint, one datagram per wake-up.

Kernel drops: on Linux the socket asks for ``SO_RXQ_OVFL``, so a datagram
read carries the kernel's count of datagrams it dropped on this socket
(its receive buffer was full) up to when that datagram was queued; and
``take_drops`` also reads the socket's current count from
``/proc/net/udp`` (or ``udp6``), which reveals drops no later datagram has
reported (the end of a burst). A rise of that count is counted like a drop
while paused (``health.kernel_dropped`` as well as ``health.dropped``; the
bytes are unknown: not counted), timed when it was seen, and handed over by
``take_drops`` with ``KERNEL_DROP_REASON`` (or both reasons, with their
counts, when both kinds are pending), so what the kernel sheds in a storm
is stored as a ``link.dropped`` event too. ``kernel_drops_counted`` says
whether this platform counts them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import struct
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from radio.links.base import (
    Backoff,
    DropCount,
    LinkHealth,
    LinkNotConnected,
    ReconnectingLink,
    error_text,
    format_peer,
    parse_peer,
    utc_now,
)

_LOGGER = logging.getLogger(__name__)

# Radar and AVL feeds burst; a bigger kernel buffer rides out a busy loop
# instead of dropping datagrams. The kernel caps it at its own maximum.
_RCVBUF = 4 * 1024 * 1024

DROP_REASON = (
    "received while the link was paused (the store could not take more); a datagram cannot wait"
)
KERNEL_DROP_REASON = (
    "dropped by the operating system: the link's receive buffer was full (datagrams came in "
    "faster than the console could read them)"
)
# Linux: ancillary data with the socket's drop counter on every datagram read.
SO_RXQ_OVFL = getattr(socket, "SO_RXQ_OVFL", 40 if sys.platform.startswith("linux") else None)
_OVFL = struct.Struct("=I")
_CMSG_SPACE = socket.CMSG_SPACE(_OVFL.size) if hasattr(socket, "CMSG_SPACE") else 0
# One wake-up reads until the socket is empty or this long has passed.
DRAIN_BUDGET_S = 0.004
_MAX_DATAGRAM = 65535
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _epoch_us(moment: datetime | None) -> int:
    return 0 if moment is None else (moment - _EPOCH) // timedelta(microseconds=1)


@dataclass(slots=True)
class UdpLinkHealth(LinkHealth):
    """``LinkHealth`` plus what the listener dropped while paused (see the module docstring)."""

    dropped: int = 0  # datagrams dropped (paused, or by the kernel), since the link was made
    dropped_bytes: int = 0
    kernel_dropped: int = 0  # of those, dropped by the kernel on a full receive buffer
    first_drop_rx: datetime | None = None  # of the drops not yet taken
    last_drop_rx: datetime | None = None

    def counters(self) -> dict[str, int]:
        return {
            "dropped": self.dropped,
            "dropped_bytes": self.dropped_bytes,
            "kernel_dropped": self.kernel_dropped,
            "first_drop_rx_us": _epoch_us(self.first_drop_rx),
            "last_drop_rx_us": _epoch_us(self.last_drop_rx),
        }


class _DatagramProtocol(asyncio.DatagramProtocol):
    def __init__(self, link: UdpListener) -> None:
        self._link = link

    def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
        link = self._link
        if link.paused:
            link._drop(len(data), utc_now())
        else:
            link._deliver(data, format_peer(addr), datagram=True)

    def error_received(self, exc: Exception) -> None:
        self._link._on_error(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        self._link._on_lost(self, exc)


class UdpListener(ReconnectingLink):
    """Listen for datagrams on ``host:port``."""

    def __init__(self, name: str, host: str, port: int, *, backoff: Backoff | None = None) -> None:
        super().__init__(name, backoff)
        self.host = host
        self.port = port
        self.health: UdpLinkHealth = UdpLinkHealth()
        self.bound_port: int | None = None
        self.kernel_drops_counted = False
        self._transport: asyncio.DatagramTransport | None = None
        self._protocol: _DatagramProtocol | None = None
        self._sock: socket.socket | None = None  # our own socket, drained on each wake-up
        self._reader_loop: asyncio.AbstractEventLoop | None = None
        self._kernel_seen = 0  # the socket's kernel drop count as last seen
        self._inode = 0  # the socket's inode, its row in /proc/net/udp
        self._drops = 0  # not yet taken
        self._drop_bytes = 0
        self._kernel_drops = 0  # of _drops, not yet taken

    def describe(self) -> str:
        port = self.bound_port if self.port == 0 and self.bound_port else self.port
        return f"udp {format_peer((self.host, port))}"

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot bind {self.describe()}: {error_text(exc)}"

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(
            self.host, self.port, type=socket.SOCK_DGRAM, flags=socket.AI_PASSIVE
        )
        family, kind, proto, _name, address = infos[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _RCVBUF)
            except OSError:
                _LOGGER.debug("could not enlarge the receive buffer of %s", self.describe())
            sock.bind(address)
            self.kernel_drops_counted = False
            if SO_RXQ_OVFL is not None and _CMSG_SPACE:
                try:
                    sock.setsockopt(socket.SOL_SOCKET, SO_RXQ_OVFL, 1)
                    self.kernel_drops_counted = True
                except OSError:
                    _LOGGER.debug("%s cannot count the kernel's drops", self.describe())
            try:
                loop.add_reader(sock.fileno(), self._on_readable)
            except NotImplementedError:  # Windows' proactor loop: asyncio reads for us
                self.kernel_drops_counted = False
                await self._open_endpoint(loop, sock)
                return
        except BaseException:
            sock.close()
            raise
        self._sock = sock
        self._reader_loop = loop
        self._kernel_seen = 0  # a new socket: its count starts at zero
        self._inode = os.fstat(sock.fileno()).st_ino if self.kernel_drops_counted else 0
        self.bound_port = sock.getsockname()[1]

    async def _open_endpoint(self, loop: asyncio.AbstractEventLoop, sock: socket.socket) -> None:
        transport, protocol = await loop.create_datagram_endpoint(
            lambda: _DatagramProtocol(self), sock=sock
        )
        self._transport = transport
        self._protocol = protocol
        self.bound_port = sock.getsockname()[1]

    def _on_readable(self) -> None:
        """Drain the socket: every datagram waiting, or until the budget is spent."""
        sock = self._sock
        if sock is None:
            return
        deadline = time.monotonic() + DRAIN_BUDGET_S
        counted = self.kernel_drops_counted
        space = _CMSG_SPACE if counted else 0
        while True:
            try:
                data, ancillary, _flags, addr = sock.recvmsg(_MAX_DATAGRAM, space)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. an ICMP error for a datagram we sent
                self._on_error(exc)
                return
            rx_time = utc_now()
            if counted and ancillary:
                self._note_kernel_counter(ancillary, rx_time)
            if self._paused:
                self._drop(len(data), rx_time)
            else:
                self._deliver(data, format_peer(addr), rx_time, datagram=True)
            if self._sock is not sock or time.monotonic() >= deadline:
                return

    def _note_kernel_counter(
        self, ancillary: list[tuple[int, int, bytes]], rx_time: datetime
    ) -> None:
        for level, kind, value in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_RXQ_OVFL and len(value) >= _OVFL.size:
                self._kernel_count(_OVFL.unpack_from(value)[0], rx_time)

    def _kernel_count(self, total: int, seen_at: datetime) -> None:
        """The socket's kernel drop count is ``total``: count what it rose by."""
        rise = (total - self._kernel_seen) & 0xFFFFFFFF
        if 0 < rise < 0x80000000:  # a datagram queued before a later reading: older
            self._kernel_seen = total
            self._kernel_drop(rise, seen_at)

    def _poll_kernel_drops(self) -> None:
        """Read the socket's drop count from ``/proc/net/udp[6]`` (Linux)."""
        inode, sock = self._inode, self._sock
        if not inode or sock is None:
            return
        table = "/proc/net/udp6" if sock.family == socket.AF_INET6 else "/proc/net/udp"
        wanted = str(inode)
        try:
            with open(table, encoding="ascii") as rows:
                next(rows, None)
                for row in rows:
                    fields = row.split()
                    if len(fields) > 12 and fields[9] == wanted:
                        self._kernel_count(int(fields[12]), utc_now())
                        return
        except (OSError, ValueError):
            self._inode = 0  # not readable here: the per-datagram counts remain

    def _release(self) -> None:
        # What the kernel dropped and no datagram reported yet: counted before the socket
        # goes (the next ``take_drops`` hands it over, e.g. the ingest's last one at stop).
        self._poll_kernel_drops()
        sock, loop = self._sock, self._reader_loop
        self._sock = None
        self._reader_loop = None
        if sock is not None:
            if loop is not None and not loop.is_closed():
                loop.remove_reader(sock.fileno())
            sock.close()
        transport = self._transport
        self._transport = None
        self._protocol = None
        if transport is not None:
            transport.close()

    def _drop(self, nbytes: int, rx_time: datetime) -> None:
        health = self.health
        health.dropped += 1
        health.dropped_bytes += nbytes
        if health.first_drop_rx is None:
            health.first_drop_rx = rx_time
        health.last_drop_rx = rx_time
        self._drops += 1
        self._drop_bytes += nbytes

    def _kernel_drop(self, count: int, rx_time: datetime) -> None:
        health = self.health
        health.dropped += count
        health.kernel_dropped += count
        if health.first_drop_rx is None:
            health.first_drop_rx = rx_time
        health.last_drop_rx = rx_time
        self._drops += count
        self._kernel_drops += count

    def take_drops(self) -> DropCount | None:
        """What was dropped since the last call (then nothing is pending), or None."""
        self._poll_kernel_drops()
        health = self.health
        first, last = health.first_drop_rx, health.last_drop_rx
        if not self._drops or first is None or last is None:
            return None
        kernel = self._kernel_drops
        paused = self._drops - kernel
        if not kernel:
            reason = DROP_REASON
        elif not paused:
            reason = KERNEL_DROP_REASON
        else:
            reason = f"{paused} {DROP_REASON}; {kernel} {KERNEL_DROP_REASON}"
        taken = DropCount(self._drops, self._drop_bytes, first, last, reason)
        self._drops = self._drop_bytes = self._kernel_drops = 0
        health.first_drop_rx = health.last_drop_rx = None
        return taken

    def _on_error(self, exc: Exception) -> None:
        self.health.errors += 1
        self.health.last_error = f"{self.describe()}: {error_text(exc)}"
        _LOGGER.debug("link %s: %s", self.name, self.health.last_error)

    def _on_lost(self, protocol: _DatagramProtocol, exc: Exception | None) -> None:
        if protocol is self._protocol:
            reason = error_text(exc) if exc is not None else "socket closed"
            self._end_session(f"{self.describe()} lost: {reason}")

    async def write(self, data: bytes, peer: str | None = None) -> None:
        """Send one datagram to ``peer`` (``ip:port``); a listener has no default peer."""
        if peer is None:
            raise ValueError(f"{self.describe()}: write needs a peer (ip:port)")
        addr = parse_peer(peer)
        self._require_up()
        sock, transport = self._sock, self._transport
        if sock is not None:
            # A datagram socket sends at once or not at all (a full send buffer: OSError).
            sock.sendto(data, addr)
        elif transport is not None:
            transport.sendto(data, addr)
        else:
            raise LinkNotConnected(f"{self.describe()} is not bound")
        self.health.bytes_out += len(data)
