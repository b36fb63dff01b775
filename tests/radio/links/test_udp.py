"""UdpListener over loopback sockets: datagrams, replies, bind faults, floods."""

from __future__ import annotations

import asyncio
import socket

import pytest

from radio.links.base import Backoff, LinkState, utc_now
from radio.links.udp import DROP_REASON, UdpListener


class _Sender(asyncio.DatagramProtocol):
    """The other end: sends datagrams to the link and collects its replies."""

    def __init__(self) -> None:
        self.replies: asyncio.Queue[bytes] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.replies.put_nowait(data)


async def _sender(port: int) -> tuple[asyncio.DatagramTransport, _Sender, str]:
    loop = asyncio.get_running_loop()
    transport, proto = await loop.create_datagram_endpoint(
        _Sender, local_addr=("127.0.0.1", 0), remote_addr=("127.0.0.1", port)
    )
    host, sport = transport.get_extra_info("sockname")[:2]
    return transport, proto, f"{host}:{sport}"


def test_datagrams_arrive_whole_with_peer_and_health(arun, kit) -> None:
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    frames = [b"\x30\x00\x0b\x01\x02", b"", bytes(range(256)), b"half a fr"]

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            assert link.bound_port
            assert link.describe() == f"udp 127.0.0.1:{link.bound_port}"
            # A plain socket: asyncio's sendto silently skips empty datagrams.
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.bind(("127.0.0.1", 0))
                me = f"127.0.0.1:{sock.getsockname()[1]}"
                for frame in frames:
                    sock.sendto(frame, ("127.0.0.1", link.bound_port))
                await sink.wait_for(lambda: len(sink.chunks) == len(frames))
        assert [c.data for c in sink.chunks] == frames
        assert all(c.datagram and not c.closed and c.peer == me for c in sink.chunks)
        assert link.health.bytes_in == sum(map(len, frames))
        assert link.health.errors == 0

    arun(body())


def test_write_sends_a_datagram_to_the_peer(arun, kit) -> None:
    link = UdpListener("cap", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            transport, proto, me = await _sender(link.bound_port)
            transport.sendto(b"alert")
            await sink.wait_for(lambda: len(sink.chunks) == 1)
            await link.write(b"ack", sink.chunks[0].peer)
            assert await asyncio.wait_for(proto.replies.get(), 10) == b"ack"
            assert link.health.bytes_out == 3
            with pytest.raises(ValueError):
                await link.write(b"ack")  # a listener has no default peer
            with pytest.raises(ValueError):
                await link.write(b"ack", "not-a-peer")
            transport.close()
        assert me == sink.chunks[0].peer

    arun(body())


def test_port_in_use_is_down_then_binds_when_freed(arun, kit) -> None:
    blocker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    blocker.bind(("127.0.0.1", 0))
    port = blocker.getsockname()[1]
    link = UdpListener("radar", "127.0.0.1", port, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_until(lambda: link.health.errors >= 2)
            assert link.health.last_error == (
                f"cannot bind udp 127.0.0.1:{port}: Address already in use"
            )
            assert link.health.state in (LinkState.DOWN, LinkState.CONNECTING)
            blocker.close()
            await kit.wait_state(link, LinkState.UP)
            assert link.health.reconnects == 1
            assert link.bound_port == port
            transport, _, _ = await _sender(port)
            transport.sendto(b"back")
            assert await sink.wait_bytes(4) == b"back"
            transport.close()

    try:
        arun(body())
    finally:
        blocker.close()


def test_address_not_on_this_host_is_a_clear_error(arun, kit) -> None:
    # 192.0.2.0/24 is reserved for documentation: never a local address, and
    # binding to it sends nothing anywhere.
    link = UdpListener("radar", "192.0.2.1", 10110, backoff=kit.fast_backoff())
    sink = kit.Collector()

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_until(lambda: link.health.errors >= 1)
            assert link.health.last_error == (
                "cannot bind udp 192.0.2.1:10110: Cannot assign requested address"
            )

    arun(body())


def test_flood_of_datagrams_loses_nothing(arun, kit) -> None:
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    count, size, window = 1024, 1024, 128  # 1 MiB in all
    datagrams = [i.to_bytes(4, "big") * (size // 4) for i in range(count)]

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            transport, _, _ = await _sender(link.bound_port)
            # UDP has no flow control: keep at most `window` datagrams in
            # flight so the test measures the link, not the kernel's buffer.
            for start in range(0, count, window):
                for dgram in datagrams[start : start + window]:
                    transport.sendto(dgram)
                done = min(start + window, count)
                await sink.wait_for(lambda done=done: len(sink.chunks) >= done)
            transport.close()
        assert [c.data for c in sink.chunks] == datagrams
        assert link.health.bytes_in == count * size

    arun(body(), timeout=120)


def test_close_while_retrying_stops_at_once(arun, kit) -> None:
    blocker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    blocker.bind(("127.0.0.1", 0))
    # A long backoff: close must wake the wait rather than sit it out.
    link = UdpListener("radar", "127.0.0.1", blocker.getsockname()[1], backoff=Backoff(60.0, 60.0))
    sink = kit.Collector()

    async def body() -> None:
        task = asyncio.create_task(link.run(sink))
        await kit.wait_state(link, LinkState.DOWN)
        link.close()
        await asyncio.wait_for(task, 5.0)
        assert link.health.state is LinkState.STOPPED

    try:
        arun(body())
    finally:
        blocker.close()


def test_paused_listener_drops_counts_exactly_and_take_drops_resets(arun, kit) -> None:
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    shed = [bytes([n]) * (n + 1) for n in range(40)]  # 40 datagrams, 820 bytes

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            assert link.take_drops() is None
            transport, _, _ = await _sender(link.bound_port)
            transport.sendto(b"before")
            await sink.wait_for(lambda: len(sink.chunks) == 1)

            link.pause_reading()
            link.pause_reading()  # idempotent
            assert link.paused
            started = utc_now()
            for dgram in shed:
                transport.sendto(dgram)
            # Every datagram is received (none left to the kernel) and dropped.
            await kit.wait_until(lambda: link.health.dropped == len(shed))
            ended = utc_now()
            counters = link.health.counters()
            assert counters["dropped"] == len(shed)
            assert counters["dropped_bytes"] == sum(map(len, shed)) == 820
            assert 0 < counters["first_drop_rx_us"] <= counters["last_drop_rx_us"]
            first, last = link.health.first_drop_rx, link.health.last_drop_rx
            assert first is not None and last is not None
            assert started <= first <= last <= ended

            drops = link.take_drops()
            assert drops is not None
            assert (drops.count, drops.nbytes, drops.reason) == (40, 820, DROP_REASON)
            assert (drops.first_rx, drops.last_rx) == (first, last)
            # Taken: nothing pending, the times clear; the totals stay.
            assert link.take_drops() is None
            counters = link.health.counters()
            assert counters["first_drop_rx_us"] == counters["last_drop_rx_us"] == 0
            assert (counters["dropped"], counters["dropped_bytes"]) == (40, 820)

            transport.sendto(b"one more")
            await kit.wait_until(lambda: link.health.dropped == 41)
            again = link.take_drops()
            assert again is not None and (again.count, again.nbytes) == (1, 8)

            link.resume_reading()
            assert not link.paused
            transport.sendto(b"after")
            await sink.wait_for(lambda: len(sink.chunks) == 2)
            transport.close()
        assert [c.data for c in sink.chunks] == [b"before", b"after"]
        assert link.health.bytes_in == len(b"before") + len(b"after")
        assert link.health.dropped == 41 and link.take_drops() is None

    arun(body())
