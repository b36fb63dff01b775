"""Benchmark: a sentence written to a pty -> the unit's new position in the map model.

Runs the real console offscreen on a temporary store. Foreground: GGA fixes
for HE11 written to a pseudo-terminal bound to HE11, 50 per second. Load:
1,000 TAG-block sentences per second for the other units over loopback UDP.
Latency is measured from just before ``os.write`` to the moment the map
widget receives HE11's new position (through store commit, bridge and
session). Baseline in the same run: the same measurement with no load.
Target: p99 <= 50 ms under load. Prints figures; asserts only correctness.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import threading
import time
import tty
from datetime import UTC, datetime

import pytest

from console.app import Console
from radio.codecs.nmea_encode import encode_gga, with_tag_block
from tests.polling import wait_for

pytestmark = pytest.mark.benchmark

SAMPLES = 300
FOREGROUND_INTERVAL_S = 0.02
LOAD_PER_S = 1000
LOAD_UNITS = ["HE12", "HE14", "HE16", "HE121", "HE122", "HEP111", "HEP112", "HEP121"]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class _Load(threading.Thread):
    """Paces LOAD_PER_S tagged sentences per second over UDP until stopped."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.port = port
        self.stop = threading.Event()
        self.sent = 0

    def run(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        start = time.perf_counter()
        while not self.stop.is_set():
            due = int((time.perf_counter() - start) * LOAD_PER_S)
            while self.sent < due:
                unit = LOAD_UNITS[self.sent % len(LOAD_UNITS)]
                lat = 60.166 + (self.sent % 1000) * 1e-5
                line = with_tag_block(encode_gga(lat, 24.94, datetime.now(UTC).time()), unit)
                sock.sendto(line + b"\r\n", ("127.0.0.1", self.port))
                self.sent += 1
            self.stop.wait(0.002)
        sock.close()


def test_pty_to_map_latency(console_loop, make_site, tmp_path) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    site_dir = make_site(
        [
            {
                "name": "gps-he11",
                "transport": "serial",
                "protocol": "nmea",
                "url": os.ttyname(slave),
                "baudrate": 115200,
                "unit": "HE11",
            },
            {"name": "avl-udp", "transport": "udp", "protocol": "nmea", "port": 0},
        ]
    )
    results: dict[str, list[float]] = {}
    load_sent = 0

    async def measure(console: Console, label: str) -> None:
        map_widget = console.window.map_widget
        arrivals: dict[float, float] = {}
        original = map_widget.update_units

        def timed_update(units):  # type: ignore[no-untyped-def]
            now = time.perf_counter()
            units = list(units)
            for unit in units:
                if unit.call_sign == "HE11" and unit.lat is not None:
                    arrivals.setdefault(round(unit.lat, 6), now)
            return original(units)

        map_widget.update_units = timed_update  # type: ignore[method-assign]
        latencies = []
        for i in range(SAMPLES):
            lat = round(60.1650 + (i + (0 if label == "idle" else SAMPLES)) * 1e-5, 6)
            line = encode_gga(lat, 24.9450, datetime.now(UTC).time()) + b"\r\n"
            sent = time.perf_counter()
            os.write(master, line)
            await wait_for(lambda lat=lat: lat in arrivals, f"fix {i}")
            latencies.append((arrivals[lat] - sent) * 1000)
            await asyncio.sleep(FOREGROUND_INTERVAL_S)
        map_widget.update_units = original  # type: ignore[method-assign]
        results[label] = latencies

    async def scenario() -> None:
        nonlocal load_sent
        console = Console(str(site_dir), f"sqlite:///{tmp_path / 'bench.sqlite'}", "day")
        console.window.show()
        assert console.session is not None
        await console.session.start()
        ingest = console.session.ingest
        assert ingest is not None
        await wait_for(lambda: all(rt.link.health.state.value == "up" for rt in ingest.links), "up")
        await measure(console, "idle")
        udp = next(rt.link for rt in ingest.links if rt.spec.name == "avl-udp")
        load = _Load(udp.bound_port)
        load.start()
        try:
            await measure(console, "load")
        finally:
            load.stop.set()
            load.join()
            load_sent = load.sent
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
            f"pty -> map model latency ({label:4}): n={len(values)} "
            f"p50={statistics.median(values):.1f} ms p99={_percentile(values, 99):.1f} ms "
            f"max={max(values):.1f} ms"
        )
    print(f"background load: {load_sent} UDP sentences at {LOAD_PER_S}/s")
    ratio = _percentile(results["load"], 99) / max(_percentile(results["idle"], 99), 1e-9)
    print(f"p99 under load / p99 idle: {ratio:.2f}x   (target: p99 under load <= 50 ms)")
    assert len(results["load"]) == SAMPLES
