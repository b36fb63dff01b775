"""TCP links: a reconnecting client and a many-peer server.

Contract: ``TcpClientLink(name, host, port)`` connects to ``host:port``,
delivers what it reads with ``peer="host:port"`` (the configured endpoint, so
framing state survives reconnects), and on refusal, reset or EOF goes DOWN,
backs off and reconnects. ``TcpServerLink(name, host, port)`` listens (UP
while listening, also with no peer), accepts any number of peers, each named
``ip:port`` in ``Chunk.peer`` and ``health.peers``; ``write(data, peer)``
sends to one peer, or to every connected peer when ``peer`` is None (a no-op
with none connected). ``bound_port`` is the actual port once listening. When
a peer's stream ends (either side), the sink gets ``Chunk(b"", closed=True)``
for that peer so the framer can flush its partial frame. Writes respect
transport flow control: a write to a peer that does not read waits instead of
buffering without bound.

Backpressure (``pause_reading``, see ``radio.links.base``): both links stop
reading from every connection (asyncio's ``transport.pause_reading()``) and
resume after; a connection made while paused starts paused. Unread bytes
wait in the kernel's buffers and then the peer's own TCP flow control holds
its data: nothing is lost. Writes (ACKs) go on while paused.
"""

from __future__ import annotations

import asyncio
import logging
import socket

from radio.links.base import (
    Backoff,
    LinkNotConnected,
    ReconnectingLink,
    error_text,
    format_peer,
)

_LOGGER = logging.getLogger(__name__)


class _PeerProtocol(asyncio.Protocol):
    """One TCP connection; reports to its link and tracks write flow control."""

    def __init__(self, link: _TcpLink, peer: str | None = None) -> None:
        self._link = link
        self.peer = peer or "?"
        self.transport: asyncio.Transport | None = None
        loop = asyncio.get_running_loop()
        self.gone: asyncio.Future[None] = loop.create_future()
        self._writable = asyncio.Event()
        self._writable.set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        if self.peer == "?":
            self.peer = format_peer(transport.get_extra_info("peername") or "?")
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # A cable pulled mid-shift must surface as an error eventually.
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
            except OSError:
                pass
        self._link._peer_made(self)
        if self._link.paused:
            transport.pause_reading()

    def data_received(self, data: bytes) -> None:
        self._link._deliver(data, self.peer)

    def eof_received(self) -> bool:
        return False  # close our side too: these feeds are not half-duplex

    def connection_lost(self, exc: Exception | None) -> None:
        self._writable.set()  # release blocked writers; they will see the peer gone
        self.transport = None
        self._link._peer_lost(self, exc)
        if not self.gone.done():
            self.gone.set_result(None)

    def pause_writing(self) -> None:
        self._writable.clear()

    def resume_writing(self) -> None:
        self._writable.set()

    async def send(self, data: bytes) -> int:
        await self._writable.wait()
        transport = self.transport
        if transport is None or transport.is_closing():
            raise LinkNotConnected(f"{self.peer} is not connected")
        transport.write(data)
        return len(data)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def follow_pause(self, paused: bool) -> None:
        transport = self.transport
        if transport is None:
            return
        if paused:
            transport.pause_reading()
        else:
            transport.resume_reading()


class _TcpLink(ReconnectingLink):
    def __init__(self, name: str, host: str, port: int, backoff: Backoff | None) -> None:
        super().__init__(name, backoff)
        self.host = host
        self.port = port

    def _endpoint(self) -> str:
        return format_peer((self.host, self.port))

    def _peer_made(self, proto: _PeerProtocol) -> None:
        raise NotImplementedError  # pragma: no cover

    def _peer_lost(self, proto: _PeerProtocol, exc: Exception | None) -> None:
        raise NotImplementedError  # pragma: no cover


class TcpClientLink(_TcpLink):
    """Connect to ``host:port`` and stay connected."""

    def __init__(
        self,
        name: str,
        host: str,
        port: int,
        *,
        backoff: Backoff | None = None,
        connect_timeout: float = 10.0,
    ) -> None:
        super().__init__(name, host, port, backoff)
        self.connect_timeout = connect_timeout
        self._proto: _PeerProtocol | None = None

    def describe(self) -> str:
        return f"tcp-client {self._endpoint()}"

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot connect to {self._endpoint()}: {error_text(exc)}"

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        peer = self._endpoint()
        await asyncio.wait_for(
            loop.create_connection(lambda: _PeerProtocol(self, peer), self.host, self.port),
            self.connect_timeout,
        )

    def _peer_made(self, proto: _PeerProtocol) -> None:
        self._proto = proto

    def _peer_lost(self, proto: _PeerProtocol, exc: Exception | None) -> None:
        self._deliver_closed(proto.peer)
        if proto is not self._proto:
            return
        self._proto = None
        if exc is None:
            self._end_session(f"{proto.peer} closed the connection")
        else:
            self._end_session(f"connection to {proto.peer} lost: {error_text(exc)}")

    def _release(self) -> None:
        if self._proto is not None:
            self._proto.close()

    def _apply_reading(self) -> None:
        if self._proto is not None:
            self._proto.follow_pause(self._paused)

    async def _released(self) -> None:
        proto = self._proto
        if proto is not None:
            await asyncio.shield(proto.gone)

    async def write(self, data: bytes, peer: str | None = None) -> None:
        """Send ``data`` to the server; ``peer`` is ignored (there is one)."""
        self._require_up()
        proto = self._proto
        if proto is None:
            raise LinkNotConnected(f"{self.describe()} is not connected")
        self.health.bytes_out += await proto.send(data)


class TcpServerLink(_TcpLink):
    """Listen on ``host:port`` and serve any number of peers."""

    def __init__(self, name: str, host: str, port: int, *, backoff: Backoff | None = None) -> None:
        super().__init__(name, host, port, backoff)
        self.bound_port: int | None = None
        self._server: asyncio.Server | None = None
        self._peers: dict[str, _PeerProtocol] = {}

    def describe(self) -> str:
        port = self.bound_port if self.port == 0 and self.bound_port else self.port
        return f"tcp-server {format_peer((self.host, port))}"

    def _open_error(self, exc: BaseException) -> str:
        return f"cannot listen on {self._endpoint()}: {error_text(exc)}"

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(lambda: _PeerProtocol(self), self.host, self.port)
        self.bound_port = self._server.sockets[0].getsockname()[1]

    def _peer_made(self, proto: _PeerProtocol) -> None:
        if self._server is None:  # accepted while shutting down
            proto.close()
            return
        self._peers[proto.peer] = proto
        self.health.peers.add(proto.peer)
        _LOGGER.info("link %s: peer %s connected", self.name, proto.peer)

    def _peer_lost(self, proto: _PeerProtocol, exc: Exception | None) -> None:
        if self._peers.get(proto.peer) is not proto:
            return
        del self._peers[proto.peer]
        self.health.peers.discard(proto.peer)
        self._deliver_closed(proto.peer)
        if exc is None:
            _LOGGER.info("link %s: peer %s disconnected", self.name, proto.peer)
        else:
            _LOGGER.info("link %s: peer %s lost: %s", self.name, proto.peer, error_text(exc))

    def _release(self) -> None:
        server = self._server
        self._server = None
        if server is not None:
            server.close()
        for proto in list(self._peers.values()):
            proto.close()

    def _apply_reading(self) -> None:
        for proto in list(self._peers.values()):
            proto.follow_pause(self._paused)

    async def _released(self) -> None:
        gone = [proto.gone for proto in self._peers.values()]
        if gone:
            await asyncio.shield(asyncio.gather(*gone))

    async def write(self, data: bytes, peer: str | None = None) -> None:
        """Send to ``peer`` (``ip:port``), or to every connected peer when None."""
        self._require_up()
        if peer is None:
            targets = list(self._peers.values())
        else:
            proto = self._peers.get(peer)
            if proto is None:
                raise LinkNotConnected(f"{self.describe()}: peer {peer} is not connected")
            targets = [proto]
        for proto in targets:
            self.health.bytes_out += await proto.send(data)
