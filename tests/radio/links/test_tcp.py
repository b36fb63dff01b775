"""TcpClientLink and TcpServerLink over loopback: peers, faults, floods."""

from __future__ import annotations

import asyncio
import os
import socket

import pytest

from radio.links.base import LinkNotConnected, LinkState
from radio.links.tcp import TcpClientLink, TcpServerLink

ALI = b"\x02" + b"911 CALL 555-0100 MAIN ST" + b"\x03"


class _Feed:
    """A loopback TCP server playing the remote feed for a client link."""

    def __init__(self) -> None:
        self.connections: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self.server: asyncio.Server | None = None

    async def start(self, port: int = 0) -> int:
        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self.connections.put((reader, writer))

        self.server = await asyncio.start_server(on_connect, "127.0.0.1", port)
        return self.server.sockets[0].getsockname()[1]

    async def accept(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.wait_for(self.connections.get(), 10.0)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- client -------------------------------------------------------------------


def test_client_reads_writes_and_reconnects_when_the_server_drops_it(arun, kit) -> None:
    async def body() -> None:
        feed = _Feed()
        port = await feed.start()
        link = TcpClientLink("ali", "127.0.0.1", port, backoff=kit.fast_backoff())
        peer = f"127.0.0.1:{port}"
        assert link.describe() == f"tcp-client {peer}"
        sink = kit.Collector()
        try:
            async with kit.running(link, sink):
                reader, writer = await feed.accept()
                await kit.wait_state(link, LinkState.UP)
                writer.write(ALI[:10])  # half a frame, then the server drops us
                await writer.drain()
                await sink.wait_bytes(10)
                await link.write(b"\x06")
                assert await asyncio.wait_for(reader.readexactly(1), 10) == b"\x06"
                writer.close()

                await sink.wait_for(lambda: sink.closed() == [peer])
                _, writer = await feed.accept()
                await kit.wait_state(link, LinkState.UP)
                assert link.health.reconnects == 1
                assert link.health.errors == 1
                assert link.health.last_error == f"{peer} closed the connection"
                writer.write(ALI)
                await writer.drain()
                await sink.wait_bytes(10 + len(ALI))
                writer.close()
        finally:
            await feed.stop()
        data_chunks = [c for c in sink.chunks if not c.closed]
        assert all(c.peer == peer and not c.datagram for c in data_chunks)
        # The closed marker sits between the half frame and the next stream.
        first_closed = next(i for i, c in enumerate(sink.chunks) if c.closed)
        assert b"".join(c.data for c in sink.chunks[:first_closed]) == ALI[:10]
        assert sink.data() == ALI[:10] + ALI
        assert link.health.bytes_in == 10 + len(ALI)
        assert link.health.bytes_out == 1

    arun(body())


def test_client_server_down_at_start_then_up(arun, kit) -> None:
    async def body() -> None:
        port = _free_port()
        link = TcpClientLink("ali", "127.0.0.1", port, backoff=kit.fast_backoff())
        sink = kit.Collector()
        feed = _Feed()
        try:
            async with kit.running(link, sink):
                await kit.wait_until(lambda: link.health.errors >= 2)
                assert link.health.last_error == (
                    f"cannot connect to 127.0.0.1:{port}: Connection refused"
                )
                with pytest.raises(LinkNotConnected):
                    await link.write(b"\x06")
                await feed.start(port)
                _, writer = await feed.accept()
                await kit.wait_state(link, LinkState.UP)
                assert link.health.reconnects == 1
                writer.write(ALI)
                await writer.drain()
                assert await sink.wait_bytes(len(ALI)) == ALI
                writer.close()
        finally:
            await feed.stop()

    arun(body())


def test_client_flood_loses_nothing(arun, kit) -> None:
    payload = os.urandom(1024 * 1024)

    async def body() -> None:
        feed = _Feed()
        port = await feed.start()
        link = TcpClientLink("radar", "127.0.0.1", port, backoff=kit.fast_backoff())
        sink = kit.Collector()
        try:
            async with kit.running(link, sink):
                _, writer = await feed.accept()
                writer.write(payload)
                await writer.drain()
                assert await sink.wait_bytes(len(payload)) == payload
                assert link.health.bytes_in == len(payload)
                writer.close()
        finally:
            await feed.stop()

    arun(body(), timeout=120)


# -- server -------------------------------------------------------------------


async def _connect(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    host, cport = writer.get_extra_info("sockname")[:2]
    return reader, writer, f"{host}:{cport}"


def test_server_serves_many_peers_each_by_name(arun, kit) -> None:
    link = TcpServerLink("cad", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            port = link.bound_port
            assert port
            assert link.describe() == f"tcp-server 127.0.0.1:{port}"
            clients = [await _connect(port) for _ in range(3)]
            names = {name for _, _, name in clients}
            await kit.wait_until(lambda: link.health.peers == names)

            # Each peer sends half a frame first, then the rest: the halves of
            # different peers interleave but stay apart under their names.
            for _, writer, _ in clients:
                writer.write(ALI[:7])
                await writer.drain()
            for _, _, name in clients:
                await sink.wait_bytes(7, name)
            for _, writer, _ in clients:
                writer.write(ALI[7:])
                await writer.drain()
            for _, _, name in clients:
                assert await sink.wait_bytes(len(ALI), name) == ALI

            # Reply to one peer only, then to all.
            target = clients[1]
            await link.write(b"\x06", target[2])
            assert await asyncio.wait_for(target[0].readexactly(1), 10) == b"\x06"
            await link.write(b"ALL")
            for reader, _, _ in clients:
                expected = b"ALL"
                assert await asyncio.wait_for(reader.readexactly(3), 10) == expected
            assert link.health.bytes_out == 1 + 3 * 3
            with pytest.raises(LinkNotConnected):
                await link.write(b"\x06", "127.0.0.1:1")
            for _, writer, _ in clients:
                writer.close()
            await kit.wait_until(lambda: not link.health.peers)
        assert sorted(sink.closed()) == sorted(names)
        assert link.health.bytes_in == 3 * len(ALI)
        assert link.health.errors == 0

    arun(body())


def test_server_peer_leaving_mid_frame_gets_a_closed_marker(arun, kit) -> None:
    link = TcpServerLink("cad", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            _, stayer, stay_name = await _connect(link.bound_port)
            _, leaver, leave_name = await _connect(link.bound_port)
            leaver.write(b"\x02half")
            await leaver.drain()
            await sink.wait_bytes(5, leave_name)
            leaver.close()
            await sink.wait_for(lambda: sink.closed() == [leave_name])
            assert link.health.peers == {stay_name}
            assert link.health.state is LinkState.UP
            # Garbage from the peer that stayed still flows.
            stayer.write(b"\xff\xfe\x00garbage")
            await stayer.drain()
            assert await sink.wait_bytes(10, stay_name) == b"\xff\xfe\x00garbage"
            stayer.close()

    arun(body())


def test_server_closes_peers_on_close(arun, kit) -> None:
    link = TcpServerLink("cad", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            reader, writer, name = await _connect(link.bound_port)
            await kit.wait_until(lambda: link.health.peers == {name})
        # The link is stopped: the peer sees end of stream.
        assert await asyncio.wait_for(reader.read(), 10) == b""
        assert link.health.peers == set()
        writer.close()

    arun(body())


def test_server_port_in_use_then_freed(arun, kit) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    link = TcpServerLink("cad", "127.0.0.1", port, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_until(lambda: link.health.errors >= 2)
            assert link.health.last_error == (
                f"cannot listen on 127.0.0.1:{port}: Address already in use"
            )
            with pytest.raises(LinkNotConnected):
                await link.write(b"x")
            blocker.close()
            await kit.wait_state(link, LinkState.UP)
            assert link.health.reconnects == 1
            _, writer, name = await _connect(port)
            writer.write(ALI)
            await writer.drain()
            assert await sink.wait_bytes(len(ALI), name) == ALI
            writer.close()

    try:
        arun(body())
    finally:
        blocker.close()


def test_server_flood_from_a_peer_loses_nothing(arun, kit) -> None:
    link = TcpServerLink("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    payload = os.urandom(1024 * 1024)

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            _, writer, name = await _connect(link.bound_port)
            writer.write(payload)
            await writer.drain()
            assert await sink.wait_bytes(len(payload), name) == payload
            assert link.health.bytes_in == len(payload)
            writer.close()

    arun(body(), timeout=120)


# -- backpressure ---------------------------------------------------------------

QUIET_S = 0.3  # how long a paused link is watched for deliveries it must not make


def test_client_paused_by_its_sink_holds_the_feed_back_and_loses_nothing(arun, kit) -> None:
    # Far more than the kernel buffers of both ends hold: the feed must be held back.
    payload = os.urandom(16 * 1024 * 1024)

    async def body() -> None:
        feed = _Feed()
        port = await feed.start()
        link = TcpClientLink("radar", "127.0.0.1", port, backoff=kit.fast_backoff())
        collected = kit.Collector()

        def sink(chunk) -> None:  # type: ignore[no-untyped-def]
            collected(chunk)
            if chunk.data == ALI:  # as the store's pressure listener would, mid-delivery
                link.pause_reading()

        try:
            task = asyncio.create_task(link.run(sink))
            _, writer = await feed.accept()
            await kit.wait_state(link, LinkState.UP)
            writer.write(ALI)
            await writer.drain()
            await collected.wait_bytes(len(ALI))
            assert link.paused
            link.pause_reading()  # idempotent
            writer.write(payload)
            await kit.never_within(
                lambda: collected.count() > len(ALI), QUIET_S, "bytes delivered while paused"
            )
            # The feed's own flow control holds the rest: it cannot drain.
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(writer.drain(), QUIET_S)
            assert writer.transport.get_write_buffer_size() > 0
            await link.write(b"\x06")  # ACKs still go out while paused
            assert link.health.bytes_in == len(ALI)

            link.resume_reading()
            link.resume_reading()  # idempotent
            assert not link.paused
            await writer.drain()
            assert await collected.wait_bytes(len(ALI) + len(payload)) == ALI + payload
            assert link.health.bytes_in == len(ALI) + len(payload)
            assert link.health.state is LinkState.UP
            writer.close()
            link.close()
            await asyncio.wait_for(task, 10)
        finally:
            await feed.stop()

    arun(body(), timeout=120)


def test_server_pauses_every_peer_and_peers_accepted_while_paused_start_paused(arun, kit) -> None:
    link = TcpServerLink("cad", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    flood = os.urandom(16 * 1024 * 1024)

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            _, early, early_name = await _connect(link.bound_port)
            await kit.wait_until(lambda: link.health.peers == {early_name})
            early.write(ALI[:5])
            await early.drain()
            await sink.wait_bytes(5, early_name)

            link.pause_reading()
            _, late, late_name = await _connect(link.bound_port)
            await kit.wait_until(lambda: link.health.peers == {early_name, late_name})
            early.write(ALI[5:])
            late.write(ALI + flood)
            await early.drain()
            await kit.never_within(
                lambda: sink.count() > 5, QUIET_S, "bytes delivered while paused"
            )
            # The late peer's connection was never read: its flow control holds it.
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(late.drain(), QUIET_S)

            link.resume_reading()
            assert await sink.wait_bytes(len(ALI), early_name) == ALI
            await late.drain()
            assert await sink.wait_bytes(len(ALI) + len(flood), late_name) == ALI + flood
            assert link.health.bytes_in == 2 * len(ALI) + len(flood)
            early.close()
            late.close()

    arun(body(), timeout=120)
