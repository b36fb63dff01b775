"""UdpListener under a storm: the socket is drained per wake-up, kernel drops are counted.

Real loopback sockets. The loop is kept from reading while a burst far
larger than the receive buffer is sent, so the kernel drops datagrams on
the full buffer; every datagram sent is then either delivered or counted
as a kernel drop (``SO_RXQ_OVFL``, Linux), and ``take_drops`` hands the
count over with the kernel's reason. The ingest test beside the services
shows that count stored as a ``link.dropped`` event.
"""

from __future__ import annotations

import socket
import sys

import pytest

from radio.links.base import LinkState
from radio.links.udp import DROP_REASON, KERNEL_DROP_REASON, UdpListener

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="SO_RXQ_OVFL (kernel drop counts) is Linux's"
)


def _queued(port: int) -> int:
    """Bytes waiting in the receive queue of the socket bound to ``port`` (/proc/net/udp)."""
    with open("/proc/net/udp", encoding="ascii") as rows:
        next(rows)
        for row in rows:
            fields = row.split()
            if int(fields[1].rpartition(":")[2], 16) == port:
                return int(fields[4].partition(":")[2], 16)
    raise AssertionError(f"no socket bound to port {port}")


def _burst(port: int, count: int, size: int) -> None:
    """Send ``count`` numbered datagrams at once, the receiver's loop not running."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for n in range(count):
            sock.sendto(n.to_bytes(4, "big") * (size // 4), ("127.0.0.1", port))


@linux_only
def test_a_burst_over_the_buffer_is_delivered_or_counted_never_lost(arun, kit) -> None:
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    count, size = 20_000, 1024  # 20 MiB at once: far over any receive buffer

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            assert link.kernel_drops_counted
            _burst(link.bound_port, count, size)  # the loop is not reading meanwhile
            taken = []

            def drained() -> bool:
                # As the ingest does once a second: take what was dropped.
                drops = link.take_drops()
                if drops is not None:
                    taken.append(drops)
                return _queued(link.bound_port) == 0

            await kit.wait_until(drained, timeout=30)
            drops = link.take_drops()  # what no datagram reported: the socket's own count
            if drops is not None:
                taken.append(drops)
            assert link.take_drops() is None
        delivered = [int.from_bytes(c.data[:4], "big") for c in sink.chunks]
        assert delivered == sorted(delivered)  # in order, each once
        assert len(set(delivered)) == len(delivered)
        kernel = link.health.kernel_dropped
        assert kernel > 0, "the burst should overflow the receive buffer"
        assert len(delivered) + kernel == count
        assert link.health.dropped == kernel
        assert sum(d.count for d in taken) == kernel
        assert all(d.reason == KERNEL_DROP_REASON and d.first_rx <= d.last_rx for d in taken)
        assert link.health.counters()["kernel_dropped"] == kernel

    arun(body(), timeout=120)


@linux_only
def test_paused_and_kernel_drops_are_reported_with_both_reasons(arun, kit) -> None:
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    count, size = 20_000, 1024

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            link.pause_reading()
            _burst(link.bound_port, count, size)
            # Paused, the link still reads: the buffer's datagrams are dropped and counted.
            await kit.wait_until(lambda: _queued(link.bound_port) == 0, timeout=30)
            drops = link.take_drops()
        assert sink.chunks == []
        kernel = link.health.kernel_dropped
        assert 0 < kernel < count and link.health.dropped == count
        assert drops is not None and drops.count == count
        assert drops.reason == f"{count - kernel} {DROP_REASON}; {kernel} {KERNEL_DROP_REASON}"

    arun(body(), timeout=120)


def test_one_wake_up_drains_what_is_waiting(arun, kit, monkeypatch) -> None:
    """Datagrams waiting together are read by one wake-up, not one wake-up each."""
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    wakeups = []
    drain = UdpListener._on_readable

    def counted(self: UdpListener) -> None:
        wakeups.append(len(sink.chunks))
        drain(self)

    monkeypatch.setattr(UdpListener, "_on_readable", counted)

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            _burst(link.bound_port, 100, 64)  # all waiting before the loop looks
            await sink.wait_for(lambda: len(sink.chunks) == 100)
        assert link.health.kernel_dropped == 0
        assert len(wakeups) < 10, wakeups

    arun(body())


@linux_only
def test_drops_no_datagram_reported_are_counted_when_the_link_closes(arun, kit) -> None:
    """A burst's tail of kernel drops, seen by no later datagram, survives the close."""
    link = UdpListener("radar", "127.0.0.1", 0, backoff=kit.fast_backoff())
    sink = kit.Collector()
    count, size = 20_000, 1024

    async def body() -> None:
        async with kit.running(link, sink):
            await kit.wait_state(link, LinkState.UP)
            _burst(link.bound_port, count, size)
            await kit.wait_until(lambda: _queued(link.bound_port) == 0, timeout=30)
        # Closed: the socket is gone, its last count was read on the way out.
        drops = link.take_drops()
        assert drops is not None and drops.reason == KERNEL_DROP_REASON
        assert len(sink.chunks) + drops.count == count

    arun(body(), timeout=120)
