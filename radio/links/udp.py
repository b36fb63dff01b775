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
dropped silently. Datagrams the kernel itself dropped (a full receive
buffer) are not seen and not counted.
"""

from __future__ import annotations

import asyncio
import logging
import socket
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
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _epoch_us(moment: datetime | None) -> int:
    return 0 if moment is None else (moment - _EPOCH) // timedelta(microseconds=1)


@dataclass(slots=True)
class UdpLinkHealth(LinkHealth):
    """``LinkHealth`` plus what the listener dropped while paused (see the module docstring)."""

    dropped: int = 0  # datagrams dropped while paused, since the link was made
    dropped_bytes: int = 0
    first_drop_rx: datetime | None = None  # of the drops not yet taken
    last_drop_rx: datetime | None = None

    def counters(self) -> dict[str, int]:
        return {
            "dropped": self.dropped,
            "dropped_bytes": self.dropped_bytes,
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
        self._transport: asyncio.DatagramTransport | None = None
        self._protocol: _DatagramProtocol | None = None
        self._drops = 0  # not yet taken
        self._drop_bytes = 0

    def describe(self) -> str:
        port = self.bound_port if self.port == 0 and self.bound_port else self.port
        return f"udp {format_peer((self.host, port))}"

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot bind {self.describe()}: {error_text(exc)}"

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        transport, protocol = await loop.create_datagram_endpoint(
            lambda: _DatagramProtocol(self), local_addr=(self.host, self.port)
        )
        self._transport = transport
        self._protocol = protocol
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _RCVBUF)
            except OSError:
                _LOGGER.debug("could not enlarge the receive buffer of %s", self.describe())
            self.bound_port = sock.getsockname()[1]

    def _release(self) -> None:
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

    def take_drops(self) -> DropCount | None:
        """What was dropped since the last call (then nothing is pending), or None."""
        health = self.health
        first, last = health.first_drop_rx, health.last_drop_rx
        if not self._drops or first is None or last is None:
            return None
        taken = DropCount(self._drops, self._drop_bytes, first, last, DROP_REASON)
        self._drops = self._drop_bytes = 0
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
        transport = self._transport
        if transport is None:
            raise LinkNotConnected(f"{self.describe()} is not bound")
        transport.sendto(data, addr)
        self.health.bytes_out += len(data)
