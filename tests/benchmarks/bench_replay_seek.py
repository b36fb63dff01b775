"""Benchmark: replay seek latency on a 1M-event store, checkpoints vs applying from the start.

The store is written once through the real ``GroupCommitWriter`` (valid hash
chain, projections and all) into the temp directory and reused by later runs
(its generation time is printed when it is made; delete the file to make it
again): AVL frames for 200 units (one every ~10 s each) with raw NMEA bytes,
a few hundred incidents (created, assigned, dispatched, on scene, closed),
calls (offered, answered, attached, released), alerts (raised, acknowledged,
dismissed) and link state changes. Printed: size on disk, the first-open
forward pass that builds the checkpoints, seek latency to 200 random times
(p50/p99, target p99 <= 200 ms), and as the baseline, in the same process,
5 seeks that apply the log from the start (no checkpoints), with the ratio.
Never asserts on time; it does check the seeks agree with the baseline.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_replay_seek.py -m benchmark -s``
(``REPLAY_BENCH_EVENTS`` overrides the size, for a quick try.)
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.reports.event_text import position_update
from models.replay import ReplayProjector, open_store_readonly
from models.store import GroupCommitWriter, NewEvent, open_store

N_EVENTS = int(os.environ.get("REPLAY_BENCH_EVENTS", "1000000"))
N_UNITS = 200
STORY_EVERY = 2_500  # one incident story (with a call, and an alert every other) per this many
T0 = datetime(2024, 5, 1, tzinfo=UTC)
STEP = timedelta(milliseconds=50)  # 20 events/s: 200 units reporting every ~10 s
SEEKS = 200
BASELINE_SEEKS = 5
VERSION = 1


def _avl(i: int, unit: int, when: datetime) -> NewEvent:
    lat = 60.15 + (unit % 20) * 0.005 + (i % 997) * 1e-5
    lon = 24.90 + (unit // 20) * 0.01 + (i % 991) * 1e-5
    message = {
        "protocol": "nmea", "talker": "GP", "kind": "RMC", "lat": round(lat, 6),
        "lon": round(lon, 6), "speed_knots": 12.5, "course_deg": 84.4, "valid": True,
        "time": when.isoformat(),
    }  # fmt: skip
    raw = f"$GPRMC,{when:%H%M%S}.00,A,{lat:.4f},N,{lon:.4f},E,012.5,084.4*00".encode()
    return NewEvent("link:avl-udp", "frame.decoded", when, {"unit": f"U{unit:03d}",
                    "message": message, "peer": "10.0.0.2"}, raw)  # fmt: skip


def _story(n: int, when: datetime) -> list[NewEvent]:
    """One incident's life, spread over the next ~40 s of the log."""
    incident, call, unit = f"2024-{n:06d}", f"C{n:06d}", f"U{n % N_UNITS:03d}"
    op = "operator:ann"
    loc = {"source": "ali", "lat": 60.17, "lon": 24.94, "radius_m": 30.0 + n % 50, "civic": {}}
    ev = [
        NewEvent("system", "call.offered", when, {"call_id": call, "number": f"+35840{n:07d}",
                 "via": "ali", "class_of_service": "WRLS", "location": loc,
                 "frame": {"link": "ali-tcp", "peer": "x"}}),
        NewEvent(op, "call.answered", when, {"call_id": call}),
        NewEvent(op, "incident.created", when, {"incident_id": incident, "type": "FIRE",
                 "priority": 1 + n % 3, "lat": 60.17, "lon": 24.94, "location": None,
                 "call_id": call}),
        NewEvent(op, "call.attached", when, {"call_id": call, "incident_id": incident}),
        NewEvent(op, "unit.assigned", when, {"unit": unit, "incident_id": incident,
                 "eta_s": 300, "route_m": 2000, "recommended": True}),
        NewEvent(op, "unit.status", when, {"unit": unit, "status": "dispatched",
                 "previous": "available", "incident_id": incident}),
        NewEvent(op, "unit.status", when, {"unit": unit, "status": "on scene",
                 "previous": "dispatched", "incident_id": incident}),
        NewEvent(op, "call.released", when, {"call_id": call}),
        NewEvent(op, "incident.closed", when, {"incident_id": incident, "disposition": "done"}),
        NewEvent(op, "unit.status", when, {"unit": unit, "status": "available",
                 "previous": "on scene", "incident_id": None}),
    ]  # fmt: skip
    if n % 2:
        alert = f"A{n:06d}"
        ev[2:2] = [
            NewEvent("system", "alert.raised", when, {"alert_id": alert, "origin": "zone-alarm",
                     "severity": "high", "title": "intrusion", "lat": 60.1, "lon": 24.9}),
            NewEvent("operator:bob", "alert.acknowledged", when, {"alert_id": alert}),
            NewEvent("operator:bob", "alert.dismissed", when, {"alert_id": alert, "reason": "x"}),
        ]  # fmt: skip
    if n % 10 == 0:
        state = "down" if n % 20 else "up"
        ev.append(NewEvent("system", "link.state", when, {"link": "avl-udp", "state": state,
                           "endpoint": "udp://:5000", "error": None}))  # fmt: skip
    return ev


def _generate(path: Path) -> float:
    started = time.perf_counter()
    store = open_store(f"sqlite:///{path}")
    try:
        with GroupCommitWriter(store, max_batch=5000, window_s=0.05) as writer:
            pending: list[tuple[int, NewEvent]] = []  # story events waiting for their turn
            written = n_story = i = 0
            while written < N_EVENTS:
                when = T0 + i * STEP
                if i % STORY_EVERY == 0:
                    n_story += 1
                    # The story's events at intervals of 4 s among the AVL frames.
                    for k, event in enumerate(_story(n_story, when)):
                        at = i + 80 * (k + 1)
                        pending.append((at, NewEvent(event.source, event.kind, T0 + at * STEP,
                                                     event.payload)))  # fmt: skip
                if pending and pending[0][0] == i:
                    writer.submit(pending.pop(0)[1])
                else:
                    writer.submit(_avl(i, i % N_UNITS, when))
                written += 1
                i += 1
    finally:
        store.close()
    return time.perf_counter() - started


def _store_path() -> tuple[Path, float | None]:
    path = Path(tempfile.gettempdir()) / f"bench_replay_seek_v{VERSION}_{N_EVENTS}.sqlite"
    if path.exists():
        return path, None
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    seconds = _generate(partial)
    partial.rename(path)
    return path, seconds


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@pytest.mark.benchmark
def test_replay_seek() -> None:
    path, generated = _store_path()
    if generated is not None:
        print(f"\ngenerated {N_EVENTS:,} events in {generated:.1f} s ({path})")
    print(f"\nstore: {N_EVENTS:,} events, {path.stat().st_size / 1e6:.0f} MB on disk")
    store = open_store_readonly(str(path))
    try:
        projector = ReplayProjector(store, position_of=position_update)
        started = time.perf_counter()
        last = projector.refresh()
        build = time.perf_counter() - started
        assert last == N_EVENTS
        print(
            f"first open: forward pass + {projector.checkpoints} checkpoints "
            f"(every {projector.checkpoint_every:,}) in {build:.1f} s "
            f"({build / N_EVENTS * 1e6:.1f} us/event); checkpoints hold "
            f"{projector.checkpoint_bytes / 1e6:.1f} MB"
        )
        first, end = projector.first_time(), projector.last_time()
        assert first is not None and end is not None
        span = (end - first).total_seconds()
        rng = random.Random(42)
        times = [first + timedelta(seconds=rng.uniform(0, span)) for _ in range(SEEKS)]
        latencies, states = [], {}
        for when in times:
            t = time.perf_counter()
            states[when] = projector.state_at(when)
            latencies.append(time.perf_counter() - t)
        p50, p99 = statistics.median(latencies) * 1e3, _pct(latencies, 0.99) * 1e3
        print(
            f"seek ({SEEKS} random times): p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
            f"max {max(latencies) * 1e3:.1f} ms (target p99 <= 200 ms)"
        )

        # Baseline: one checkpoint (the empty picture); latest time first so
        # no seek can carry on from the previous one.
        baseline = ReplayProjector(store, position_of=position_update, checkpoint_every=10**12)
        baseline.refresh()
        picks = sorted(rng.sample(times, BASELINE_SEEKS), reverse=True)
        base_latencies = []
        for when in picks:
            t = time.perf_counter()
            expected = baseline.state_at(when)
            base_latencies.append(time.perf_counter() - t)
            assert expected == states[when]
        base = statistics.mean(base_latencies) * 1e3
        print(
            f"baseline, applying from the start ({BASELINE_SEEKS} seeks): mean {base:.0f} ms; "
            f"checkpointed p50 is {base / p50:.0f}x faster"
        )
    finally:
        store.close()
