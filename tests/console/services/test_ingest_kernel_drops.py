"""A UDP flood the console cannot read in time: what the kernel drops is stored as a count.

A real ingest on a real store with one NMEA UDP link. The loop is kept busy
while a burst far over the socket's receive buffer arrives over loopback,
so the kernel drops datagrams (Linux; ``SO_RXQ_OVFL`` and /proc/net/udp
count them). Every datagram sent is then either stored as a frame or
counted in a ``link.dropped`` event with the kernel's reason: a storm never
loses data silently.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from datetime import UTC, datetime, timedelta

import pytest

from console.config.site import load_site
from console.services.ingest import IngestService
from models.store import GroupCommitWriter, open_store
from radio.codecs.nmea_encode import encode_rmc
from radio.links import udp as udp_link
from radio.links.udp import KERNEL_DROP_REASON
from tests.polling import wait_for

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="kernel drop counts are Linux's"
)
SENT = 3_000
SMALL_BUFFER = 64 * 1024  # so a few thousand datagrams overflow it on any host


def _sentence(n: int) -> bytes:
    when = datetime(2026, 12, 6, 12, 0, tzinfo=UTC) + timedelta(seconds=n)
    return encode_rmc(60.17, 24.94, when, speed_knots=float(n % 50)) + b"\r\n"


def test_kernel_drops_in_a_flood_are_stored_as_link_dropped(
    make_site, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(udp_link, "_RCVBUF", SMALL_BUFFER)
    site = load_site(make_site([
        {"name": "avl-udp", "transport": "udp", "protocol": "nmea", "host": "127.0.0.1",
         "port": 0},
    ]))  # fmt: skip
    store = open_store(f"sqlite:///{tmp_path / 'live.sqlite'}")
    writer = GroupCommitWriter(store)
    payloads = [_sentence(n) for n in range(SENT)]

    def stored() -> tuple[int, list]:
        events = store.latest_events(limit=100_000)
        frames = sum(1 for e in events if e.kind == "frame.decoded")
        return frames, [e for e in events if e.kind == "link.dropped"]

    async def scenario() -> None:
        ingest = IngestService(site, writer)
        await ingest.start()
        (runtime,) = ingest.links
        await wait_for(lambda: runtime.link.health.state.value == "up", "up")
        port = runtime.link.bound_port
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            for payload in payloads:  # the loop does not read meanwhile
                udp.sendto(payload, ("127.0.0.1", port))

        def accounted() -> bool:
            frames, dropped = stored()
            return frames + sum(e.payload["count"] for e in dropped) >= SENT

        await wait_for(accounted, "every datagram stored or counted", timeout=60)
        await ingest.stop()

    try:
        asyncio.run(scenario())
        writer.flush()
        frames, dropped = stored()
        counted = sum(e.payload["count"] for e in dropped)
        assert counted > 0, "the burst should overflow the receive buffer"
        assert frames + counted == SENT
        assert {e.payload["link"] for e in dropped} == {"avl-udp"}
        assert all(KERNEL_DROP_REASON in e.payload["reason"] for e in dropped)
    finally:
        writer.close()
        store.close()
