"""Benchmark: ALI record written on the serial line -> ACK back on the wire.

The real console offscreen on a temporary store, with an ``ali`` link on a
pseudo-terminal (the test plays the 911 controller on the master side) and a
UDP AVL link. Records arrive at 10 per second; latency runs from just before
the record is written to the moment the ACK byte is read back — which the
console sends only after the record's event is durably committed. Load:
1,000 TAG-block AVL sentences per second over loopback UDP. Baseline in the
same run: the same measurement with no load. Target: p99 <= 50 ms under load.
"""

from __future__ import annotations

import asyncio
import os
import select
import statistics
import time
import tty
from datetime import UTC, datetime

import pytest

from console.app import Console
from radio.codecs.ali import ACK, encode_ali
from radio.messages_location import CallerLocation
from tests.benchmarks.bench_avl_latency import _Load, _percentile
from tests.polling import wait_for

pytestmark = pytest.mark.benchmark

RECORDS = 150
INTERVAL_S = 0.1  # 10 records per second


def _record(i: int) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali",
            "ALI",
            "ali",
            number=f"040{i:07d}",
            lat=60.1650 + (i % 100) * 1e-4,
            lon=24.9400,
            radius_m=30.0,
            confidence=90,
            class_of_service="WPH2",
            time=datetime.now(UTC),
        )
    )


def _ack_latency(master: int, record: bytes) -> float:
    start = time.perf_counter()
    os.write(master, record)
    deadline = start + 5.0
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            answer = os.read(master, 1)
            assert answer == ACK, answer
            return (time.perf_counter() - start) * 1000
    raise AssertionError("no ACK within 5 s")


def test_ali_record_to_ack_latency(console_loop, make_site, tmp_path) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    site_dir = make_site(
        [
            {"name": "ali", "transport": "serial", "protocol": "ali", "url": os.ttyname(slave),
             "baudrate": 9600},
            {"name": "avl-udp", "transport": "udp", "protocol": "nmea", "port": 0},
        ]
    )  # fmt: skip
    results: dict[str, list[float]] = {}
    sent = 0

    async def measure(label: str, offset: int) -> None:
        loop = asyncio.get_running_loop()
        values = []
        for i in range(RECORDS):
            # The pty is read on a worker thread so the loop keeps serving the console.
            values.append(
                await loop.run_in_executor(None, _ack_latency, master, _record(i + offset))
            )
            await asyncio.sleep(INTERVAL_S)
        results[label] = values

    async def scenario() -> None:
        nonlocal sent
        console = Console(str(site_dir), f"sqlite:///{tmp_path / 'b.sqlite'}", "day")
        console.window.show()
        await console.session.start()
        ingest = console.session.ingest
        await wait_for(lambda: all(r.link.health.state.value == "up" for r in ingest.links), "up")
        await measure("idle", 0)
        udp = next(r.link for r in ingest.links if r.spec.name == "avl-udp")
        load = _Load(udp.bound_port)
        load.start()
        try:
            await measure("load", RECORDS)
        finally:
            load.stop.set()
            load.join()
            sent = load.sent
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        os.close(master)
        os.close(slave)
    print()
    for label in ("idle", "load"):
        values = results[label]
        print(
            f"ALI record -> ACK ({label:4}): n={len(values)} "
            f"p50={statistics.median(values):.1f} ms p99={_percentile(values, 99):.1f} ms "
            f"max={max(values):.1f} ms"
        )
    print(f"background load: {sent} AVL sentences at 1000/s; records at {1 / INTERVAL_S:.0f}/s")
    ratio = _percentile(results["load"], 99) / max(_percentile(results["idle"], 99), 1e-9)
    print(f"p99 under load / p99 idle: {ratio:.2f}x   (target: p99 under load <= 50 ms)")
    assert len(results["load"]) == RECORDS
