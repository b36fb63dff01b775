"""Backpressure: while the store is not keeping up, links wait or shed with a count.

The store is locked by another process's transaction, so commits wait and
fail, and the writer's small buffer comes under pressure. A TCP sender's
records then wait in its own flow control and all arrive once the store is
back; UDP datagrams that arrive meanwhile are dropped and counted, and the
count is stored as one ``link.dropped`` event: every datagram sent is either
stored or counted, never silently lost.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from datetime import UTC, datetime, timedelta

from console.config.site import load_site
from console.services.ingest import IngestService
from models.store import GroupCommitWriter, open_store
from models.store.pressure import WriterLimits
from radio.codecs.nmea_encode import encode_rmc
from tests.polling import wait_for

SENT = 1200  # datagrams: the buffer comes under pressure at 500 waiting
HELD = 150  # TCP records sent while the links are paused


def sentence(n: int) -> bytes:
    when = datetime(2026, 12, 6, 12, 0, tzinfo=UTC) + timedelta(seconds=n)
    return encode_rmc(60.17, 24.94, when, speed_knots=float(n % 50)) + b"\r\n"


def test_links_pause_under_pressure_and_datagrams_are_counted(make_site, tmp_path) -> None:
    site = load_site(make_site([
        {"name": "avl-udp", "transport": "udp", "protocol": "nmea", "host": "127.0.0.1", "port": 0},
        {"name": "avl-tcp", "transport": "tcp-server", "protocol": "nmea", "host": "127.0.0.1",
         "port": 0},
    ]))  # fmt: skip
    path = tmp_path / "live.sqlite"
    store = open_store(f"sqlite:///{path}")
    writer = GroupCommitWriter(store, limits=WriterLimits(max_events=1000), retry_delay_s=0.05)
    locker = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    seen: dict[str, object] = {}

    async def scenario() -> None:
        ingest = IngestService(site, writer)
        await ingest.start()
        links = {r.spec.name: r for r in ingest.links}
        await wait_for(lambda: all(r.link.health.state.value == "up" for r in links.values()), "up")
        locker.execute("BEGIN EXCLUSIVE")
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        _reader, stream = await asyncio.open_connection(
            "127.0.0.1", links["avl-tcp"].link.bound_port
        )
        for n in range(SENT):
            udp.sendto(sentence(n), ("127.0.0.1", links["avl-udp"].link.bound_port))
            if n % 20 == 0:
                await asyncio.sleep(0)
        await wait_for(lambda: ingest.paused, "links paused")
        seen["paused"] = [r.link.paused for r in ingest.links]
        await wait_for(lambda: links["avl-udp"].link.health.counters().get("dropped"), "drops")
        for n in range(HELD):  # the paused TCP link leaves these with the sender
            stream.write(sentence(n))
        await stream.drain()
        locker.execute("ROLLBACK")
        await wait_for(lambda: not ingest.paused, "links resumed", timeout=30)
        stream.close()

        def stored(link: str) -> int:
            return sum(
                1
                for e in store.latest_events(limit=10_000)
                if e.kind == "frame.decoded" and e.source == f"link:{link}"
            )

        await wait_for(lambda: stored("avl-tcp") == HELD, "every TCP record stored", timeout=30)
        udp.close()
        await ingest.stop()

    try:
        asyncio.run(scenario())
        writer.flush()
        events = store.latest_events(limit=10_000)
        udp_stored = sum(
            1 for e in events if e.kind == "frame.decoded" and e.source == "link:avl-udp"
        )
        dropped = [e for e in events if e.kind == "link.dropped"]
        counted = sum(e.payload["count"] for e in dropped)
        assert all(seen["paused"])  # type: ignore[arg-type]
        assert counted > 0 and {e.payload["link"] for e in dropped} == {"avl-udp"}
        assert udp_stored + counted == SENT  # stored or counted: nothing silently lost
    finally:
        locker.close()
        writer.close()
        store.close()
