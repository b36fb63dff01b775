"""Benchmark: the recorder's memory while the store cannot commit, and after it recovers.

A real ``dispatch-console record`` process with a UDP NMEA link receives
``RATE`` sentences/s from this process. After a warm-up, the feed runs as
long again as the outage and its recovery will, with the store healthy: the
level it reaches is the baseline, measured in the same run (a recorder's
memory settles as it works, outage or not). Then another connection takes the
SQLite store's write lock, so every commit waits and fails as if the database were unreachable,
for ``OUTAGE_S`` seconds (default 300; ``OUTAGE_BENCH_SECONDS`` overrides),
then releases it and the feed goes on for ``RECOVERY_S``. The recorder's
resident memory (``/proc/PID/status``, Linux only) is sampled every second.

Printed: the baseline, the slope during the first and the second half of the
outage (MB/s; bounded memory flattens out at the writer's documented cap,
100,000 events or 128 MiB), the peak, and the level after recovery against
the baseline; and what the log says about the outage (frames stored, frames
dropped and counted in ``store.dropped`` / ``link.dropped``). Never asserts
on time or memory.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models.store import open_store

# A 5-minute outage and its healthy baseline take over 12 minutes.
pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(3600)]

RATE = 1000
WARMUP_S = 20.0
OUTAGE_S = float(os.environ.get("OUTAGE_BENCH_SECONDS", "300"))
RECOVERY_S = 60.0
SENTENCE = b"$GPRMC,120000.00,A,6010.2000,N,02456.4000,E,12.5,90.0,061226,,,A*%02X\r\n"


def _sentence() -> bytes:
    body = SENTENCE.split(b"*")[0][1:]
    checksum = 0
    for byte in body:
        checksum ^= byte
    return SENTENCE % checksum


def _rss_mb(pid: int) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    kb = int(re.search(r"VmRSS:\s+(\d+) kB", text).group(1))  # type: ignore[union-attr]
    return kb / 1024


def _slope(points: list[tuple[float, float]]) -> float:
    if len(points) < 2:
        return 0.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs) or 1.0
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_memory_during_a_store_outage(make_site, tmp_path: Path) -> None:
    site = make_site([{"name": "avl", "transport": "udp", "protocol": "nmea",
                       "host": "127.0.0.1", "port": 0}])  # fmt: skip
    path = tmp_path / "live.sqlite"
    open_store(f"sqlite:///{path}").close()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "--site", str(site), "record", "--store", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    port = None
    for line in proc.stdout:
        found = re.search(r"link avl \(udp 127\.0\.0\.1:(\d+)\) up", line)
        if found:
            port = int(found.group(1))
            break
    assert port is not None
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    datagram = _sentence()
    samples: list[tuple[float, float, str]] = []
    locker = sqlite3.connect(path, timeout=1, isolation_level=None)
    phases = [
        ("warm-up", WARMUP_S),
        ("steady", OUTAGE_S + RECOVERY_S),
        ("outage", OUTAGE_S),
        ("recovery", RECOVERY_S),
    ]
    sent = 0
    try:
        start = time.monotonic()
        for phase, seconds in phases:
            if phase == "outage":
                locker.execute("BEGIN EXCLUSIVE")
            elif phase == "recovery":
                locker.execute("ROLLBACK")
            end = time.monotonic() + seconds
            next_sample = time.monotonic()
            while (now := time.monotonic()) < end:
                due = int((now - start) * RATE) - sent
                for _ in range(max(0, min(due, RATE))):
                    sender.sendto(datagram, ("127.0.0.1", port))
                    sent += 1
                if now >= next_sample:
                    samples.append((now - start, _rss_mb(proc.pid), phase))
                    next_sample += 1.0
                time.sleep(0.005)
    finally:
        if locker.in_transaction:
            locker.execute("ROLLBACK")
        locker.close()
        sender.close()
        proc.terminate()
        proc.wait(timeout=60)

    def of(phase: str) -> list[tuple[float, float]]:
        return [(t, m) for t, m, p in samples if p == phase]

    warm = statistics.median(m for _, m in of("warm-up")[-10:])
    baseline = statistics.median(m for _, m in of("steady")[-10:])
    outage = of("outage")
    half = len(outage) // 2
    after = statistics.median(m for _, m in of("recovery")[-10:])
    store = open_store(f"sqlite:///{path}")
    try:
        events = store.latest_events(limit=10**8)
        frames = sum(1 for e in events if e.kind == "frame.decoded")
        dropped = sum(
            int((e.payload or {}).get("count", 0))
            for e in events
            if e.kind in ("store.dropped", "link.dropped")
        )
    finally:
        store.close()
    print()
    print(f"recorder memory, {RATE} sentences/s, store outage of {OUTAGE_S:.0f} s:")
    print(f"  after warm-up           {warm:8.1f} MB")
    print(f"  baseline (store healthy, as long as outage + recovery) {baseline:8.1f} MB")
    print(f"  outage, first half      {_slope(outage[:half]):8.3f} MB/s")
    print(f"  outage, second half     {_slope(outage[half:]):8.3f} MB/s")
    print(f"  peak                    {max(m for _, m in outage):8.1f} MB")
    print(f"  after recovery          {after:8.1f} MB ({after / baseline:.2f} x baseline)")
    print(f"  sent {sent:,}; stored {frames:,} frames; dropped and counted {dropped:,}")
