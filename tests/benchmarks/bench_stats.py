"""Benchmark: period statistics over a year of a city's events, with and without the per-day cache.

The store: a year (2025) of a city written once through the real
``GroupCommitWriter`` (valid hash chain, projections and all) into
``$TMPDIR/bench_stats_v{VERSION}_{DAYS}d.sqlite`` and reused by later runs
(delete it to make it again; building the full year takes a while on a
shared machine, so build it ahead in the background with
``PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_stats.py --build``).
Per day: ``INCIDENTS_PER_DAY`` incidents spread over the day with an evening
peak, each with 1-2 calls (ALI, AML or PIDF-LO; a few abandoned calls of
their own), 1-3 units (assigned, dispatched, en route, on scene, available,
a few reassigned on the way), notes, a close; alerts (raised, acknowledged,
promoted or dismissed); link and radar health changes; and AVL frames (NMEA
RMC with their raw bytes) filling the day to about ``EVENTS_PER_DAY``:
about 5 million events for the year. The figures are taken on a copy
upgraded to the head (``..._at<revision>.sqlite`` beside it, made once).

Printed, each with its wall time and CPU time (all threads) until the
figures are there, the load average, and how long the cache file's write
went on after that (on its own thread, ``SampleCache.write_behind``), all in
the same run: the whole year (target <= 10 s) by the naive
way (every event of the log, every payload decoded, through the same
interval tracker: the baseline), by the window read without a cache (the
way before the cache), cold (no cache yet: reads the
log and writes the per-day samples cache, ``models.stats.day_cache``, in a
fresh folder), warm (three runs from that cache) and updated (a cache
written a day of events behind the log: restored, fed the day, rewritten);
then one day (target <= 1 s) by the window read and warm from the cache;
last, the year on the store as built (no statistics index: a store opened
read-only before its upgrade), by the window read and cold.
Every figure must agree with the naive pass's (asserted), and the cache
file's size is printed. Never asserts on time. The wallboard's refresh cost
is measured by ``bench_wallboard.py``.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_stats.py -m benchmark -s -p
no:cacheprovider`` (``STATS_BENCH_DAYS`` sets the length, e.g. 7 for a quick try; the
full year takes about 5 minutes once the store is there.)
"""

from __future__ import annotations

import gc
import heapq
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

DAYS = int(os.environ.get("STATS_BENCH_DAYS", "365"))
INCIDENTS_PER_DAY = 300
EVENTS_PER_DAY = 13_700  # x 365 = 5.0 M
ALERTS_PER_DAY = 20
T0 = datetime(2025, 1, 1, tzinfo=UTC)
VERSION = 1
UNITS = (
    ("HE11", "fire"), ("HE12", "fire"), ("HE14", "fire"), ("HE221", "medical"),
    ("HE31", "fire"), ("HE32", "fire"), ("HE41", "medical"), ("HE42", "medical"),
    ("P101", "police"), ("P102", "police"), ("P103", "police"), ("M201", "medical"),
)  # fmt: skip
TYPES = (
    ("structure-fire", 1), ("cardiac-arrest", 1), ("medical-emergency", 2),
    ("traffic-collision-minor", 4), ("breathing-difficulty", 2), ("alarm-fire-automatic", 3),
    ("vehicle-fire", 2), ("fall-injury", 3),
)  # fmt: skip
VIAS = ("ali", "ali", "aml", "pidf", "pidf")
OPERATORS = ("operator:ann", "operator:ben", "operator:cai", "operator:dee")
# Hour-of-day weights: quiet nights, an evening peak.
HOUR_WEIGHTS = (3, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 8, 8, 7, 6, 5, 4)

Item = tuple[float, int, str, str, dict[str, Any] | None, bytes | None]  # t, n, src, kind, p, raw


class _Day:
    """Builds one day's events (some run into the next day) as sortable tuples."""

    def __init__(self, rng: random.Random, day: int, counters: dict[str, int]) -> None:
        self.rng, self.day, self.c = rng, day, counters
        self.items: list[Item] = []
        self.base = day * 86_400.0

    def add(self, t: float, source: str, kind: str, payload: dict[str, Any] | None,
            raw: bytes | None = None) -> None:  # fmt: skip
        self.c["n"] += 1
        self.items.append((t, self.c["n"], source, kind, payload, raw))

    def start_time(self) -> float:
        hour = self.rng.choices(range(24), HOUR_WEIGHTS)[0]
        return self.base + hour * 3600 + self.rng.uniform(0, 3600)

    def call(self, t: float, lat: float, lon: float) -> str:
        self.c["call"] += 1
        call = f"C{self.c['call']:06d}"
        via = self.rng.choice(VIAS)
        location = {"source": via, "lat": lat, "lon": lon, "radius_m": 30.0, "confidence": 90,
                    "civic": {}, "shape": "circle", "time": None, "class_of_service": "WRLS",
                    "method": None, "number": None}  # fmt: skip
        self.add(t, "system", "call.offered", {
            "call_id": call, "number": f"+35840{self.c['call']:07d}", "via": via,
            "class_of_service": "WRLS", "location": location,
            "frame": {"link": f"{via}-link", "peer": "10.0.0.9"}})  # fmt: skip
        return call

    def incident(self) -> None:
        rng, c = self.rng, self.c
        c["incident"] += 1
        year_n = c["incident"]
        incident = f"2025-{year_n:06d}"
        itype, priority = rng.choice(TYPES)
        lat, lon = 60.15 + rng.random() * 0.08, 24.88 + rng.random() * 0.12
        op = rng.choice(OPERATORS)
        t = self.start_time()
        call = self.call(t, lat, lon)
        answered = t + rng.lognormvariate(2.0, 0.6)
        self.add(answered, op, "call.answered", {"call_id": call})
        created = answered + rng.lognormvariate(3.6, 0.5)
        self.add(created, op, "incident.created", {
            "incident_id": incident, "type": itype, "priority": priority, "lat": lat,
            "lon": lon, "location": None, "call_id": call})  # fmt: skip
        self.add(created + 20, op, "call.released", {"call_id": call})
        if rng.random() < 0.2:  # a second caller, attached as a duplicate
            t2 = created + rng.uniform(10, 200)
            call2 = self.call(t2, lat, lon)
            a2 = t2 + rng.lognormvariate(2.0, 0.6)
            self.add(a2, op, "call.answered", {"call_id": call2})
            self.add(a2 + 15, op, "call.attached", {"call_id": call2, "incident_id": incident})
            self.add(a2 + 30, op, "call.released", {"call_id": call2})
        dispatched = created + rng.lognormvariate(3.0, 0.5)
        last = dispatched
        for k in range(rng.choice((1, 1, 2, 2, 3))):
            unit = rng.choice(UNITS)[0]
            d = dispatched + k * 2
            self.add(d, op, "unit.assigned", {"unit": unit, "incident_id": incident, "eta_s": 300,
                     "route_m": 2500, "recommended": True, "reason": None})  # fmt: skip
            self.add(d, op, "unit.status", {"unit": unit, "status": "dispatched",
                     "previous": "available", "incident_id": incident})  # fmt: skip
            er = d + rng.lognormvariate(4.0, 0.4)
            self.add(er, "link:tetra", "unit.status", {"unit": unit, "status": "en route",
                     "previous": "dispatched", "incident_id": incident})  # fmt: skip
            if rng.random() < 0.05:  # stood down on the way
                self.add(er + 60, op, "unit.status", {"unit": unit, "status": "available on radio",
                         "previous": "en route", "incident_id": None})  # fmt: skip
                continue
            os_ = er + rng.lognormvariate(5.8, 0.5)
            self.add(os_, "link:tetra", "unit.status", {"unit": unit, "status": "on scene",
                     "previous": "en route", "incident_id": incident})  # fmt: skip
            free = os_ + rng.uniform(600, 3600)
            self.add(free, "link:tetra", "unit.status", {"unit": unit, "status": "available",
                     "previous": "on scene", "incident_id": None})  # fmt: skip
            last = max(last, free)
        self.add(created + 120, op, "incident.note", {"incident_id": incident, "text": "on way"})
        self.add(last + 30, op, "incident.closed", {"incident_id": incident,
                 "disposition": "handled"})  # fmt: skip

    def abandoned(self) -> None:
        t = self.start_time()
        call = self.call(t, 60.17, 24.94)
        self.add(t + self.rng.uniform(3, 40), "system", "call.abandoned",
                 {"call_id": call, "reason": "caller hung up"})  # fmt: skip

    def alert(self) -> None:
        rng, c = self.rng, self.c
        c["alert"] += 1
        alert = f"A{c['alert']:06d}"
        t = self.start_time()
        self.add(t, "system", "alert.raised", {
            "alert_id": alert, "origin": "zone-alarm", "exercise": False, "severity": "severe",
            "title": "perimeter zone 3", "lat": 60.16, "lon": 24.95, "area": None,
            "sensor": "R1", "zone": "Z3", "track": None, "cap": None, "suggested_type": None,
            "frame": {"link": "alarms", "peer": "10.0.0.7"}})  # fmt: skip
        op = rng.choice(OPERATORS)
        h = t + rng.lognormvariate(3.0, 0.7)
        self.add(h, op, "alert.acknowledged", {"alert_id": alert})
        self.add(h + 30, op, "alert.dismissed", {"alert_id": alert, "reason": "wildlife"})

    def health(self) -> None:
        t = self.start_time()
        payload = {"link": "avl-udp", "state": "down", "endpoint": "udp://:5000", "error": "x"}
        self.add(t, "link:avl-udp", "link.state", payload)
        self.add(t + 300, "link:avl-udp", "link.state", {**payload, "state": "up", "error": None})
        s = {"sensor": "R1", "link": "radar", "state": "down", "reason": "no north marker",
             "warnings": []}  # fmt: skip
        self.add(t + 50, "system", "sensor.health", s)
        self.add(t + 400, "system", "sensor.health", {**s, "state": "ok", "reason": "ok"})

    def avl(self, count: int) -> None:
        rng = self.rng
        for i in range(count):
            t = self.base + (i + rng.random()) * 86_400.0 / count
            unit = UNITS[i % len(UNITS)][0]
            lat, lon = 60.15 + rng.random() * 0.08, 24.88 + rng.random() * 0.12
            when = T0 + timedelta(seconds=t)
            message = {"protocol": "nmea", "talker": "GP", "kind": "RMC", "lat": round(lat, 6),
                       "lon": round(lon, 6), "speed_knots": 12.5, "course_deg": 84.4,
                       "valid": True, "time": when.isoformat()}  # fmt: skip
            raw = f"$GPRMC,{when:%H%M%S}.00,A,{lat:.4f},N,{lon:.4f},E,012.5,084.4*00".encode()
            self.add(t, "link:avl-udp", "frame.decoded",
                     {"unit": unit, "message": message, "peer": "10.0.0.2"}, raw)  # fmt: skip

    def build(self) -> list[Item]:
        for _ in range(INCIDENTS_PER_DAY):
            self.incident()
        for _ in range(INCIDENTS_PER_DAY // 30):
            self.abandoned()
        for _ in range(ALERTS_PER_DAY):
            self.alert()
        self.health()
        self.avl(max(0, EVENTS_PER_DAY - len(self.items)))
        return self.items


def generate(path: Path, days: int = DAYS, log: Any = None) -> float:
    """Write ``days`` days of the city into a new store at ``path``; seconds taken."""
    from models.store import GroupCommitWriter, NewEvent, open_store

    started = time.perf_counter()
    rng = random.Random(19)
    counters = {"n": 0, "call": 0, "incident": 0, "alert": 0}
    store = open_store(f"sqlite:///{path}")
    heap: list[Item] = []
    written = 0
    try:
        with GroupCommitWriter(store, max_batch=5000, window_s=0.05) as writer:
            for day in range(days + 1):
                if day < days:
                    for item in _Day(rng, day, counters).build():
                        heapq.heappush(heap, item)
                horizon = (day + 1) * 86_400.0 if day < days else math.inf
                while heap and heap[0][0] < horizon:
                    t, _, source, kind, payload, raw = heapq.heappop(heap)
                    when = T0 + timedelta(seconds=t)
                    writer.submit(NewEvent(source, kind, when, payload, raw))
                    written += 1
                writer.flush()
                if log is not None and day % 10 == 0:
                    log(f"day {day}: {written:,} events, {time.perf_counter() - started:.0f} s")
    finally:
        store.close()
    return time.perf_counter() - started


def store_path(days: int = DAYS) -> Path:
    return Path(tempfile.gettempdir()) / f"bench_stats_v{VERSION}_{days}d.sqlite"


def ensure_store(days: int = DAYS, log: Any = None) -> tuple[Path, float | None]:
    path = store_path(days)
    if path.exists():
        return path, None
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    seconds = generate(partial, days, log)
    partial.rename(path)
    return path, seconds


def migrated_copy(path: Path) -> tuple[Path, float | None]:
    """A copy of the store at ``path`` opened once read-write, so migrated to the head (the
    statistics index of migration 0008 included), as a console's store is when it upgrades;
    made once and reused. Returns it and the seconds the upgrade took (None: reused)."""
    from models.store import open_store
    from models.store.engine import head_revision

    target = path.with_name(f"{path.stem}_at{head_revision()}.sqlite")
    if target.exists():
        return target, None
    partial = target.with_suffix(".partial")
    shutil.copyfile(path, partial)
    started = time.perf_counter()
    open_store(f"sqlite:///{partial}").close()
    took = time.perf_counter() - started
    partial.rename(target)
    return target, took


def _naive(store: Any, start: datetime, end: datetime) -> Any:
    """Every event of the log, every payload decoded, through the same tracker."""
    from models.stats import IntervalTracker, summarise
    from models.store.replay_queries import read_events

    tracker = IntervalTracker()
    after, last = 0, store.last_seq()
    while after < last:
        chunk = read_events(store, after, last, 50_000)
        for event in chunk:
            tracker.apply(event)
        after = chunk[-1].seq
    return summarise(tracker.samples(), start, end)


class _Prefix:
    """The store as it was ``behind`` events ago (its head and that head's hash), so a cache
    written through it stands that many events behind the real store: the next run brings it
    up to date, as after a day of a live console's events."""

    def __init__(self, store: Any, behind: int) -> None:
        from models.stats.day_cache import _hash_at

        self._store = store
        self._seq = store.last_seq() - behind
        self._hash = _hash_at(store, self._seq)

    def last_seq_and_hash(self) -> tuple[int, str | None]:
        return self._seq, self._hash

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _timed(label: str, run: Any, runs: int = 1) -> tuple[Any, float]:
    """Run ``run()`` ``runs`` times; print wall and CPU time (all threads) and the load
    average of each, and how long the cache file's write went on after the figures were
    there (``SampleCache.write_behind``, waited for before the next run); the result and the
    median wall time (to the figures)."""
    from models.stats.day_cache import wait_written

    walls = []
    result = None
    for _ in range(runs):
        gc.collect()
        t, cpu = time.perf_counter(), time.process_time()
        result = run()
        wall, used = time.perf_counter() - t, time.process_time() - cpu
        wait_written()
        behind = time.perf_counter() - t - wall
        walls.append(wall)
        source = getattr(result, "source", "")
        writing = f"  (+{behind:.2f} s writing the cache behind)" if behind >= 0.01 else ""
        print(f"  {label:<44} {wall:7.2f} s wall {used:7.2f} s CPU  load {os.getloadavg()[0]:4.1f}"
              f"  {source}{writing}", flush=True)  # fmt: skip
    return result, statistics.median(walls)


@pytest.mark.benchmark
@pytest.mark.timeout(3600)  # the naive pass alone: 2-3 minutes on a shared machine
def test_bench_stats(tmp_path: Path) -> None:
    from models.replay import open_store_readonly
    from models.stats import compute_stats
    from models.stats.day_cache import SampleCache, wait_written

    path, generated = ensure_store(DAYS, log=print)
    if generated is not None:
        print(f"\ngenerated {DAYS} days in {generated:.0f} s ({path})")
    migrated, upgraded = migrated_copy(path)
    if upgraded is not None:
        print(f"\nupgraded a copy to the head in {upgraded:.0f} s ({migrated})")
    old = open_store_readonly(str(path), immutable=True)  # as built: no statistics index
    store = open_store_readonly(str(migrated), immutable=True)
    try:
        events = store.last_seq()
        print(
            f"\nstore: {events:,} events over {DAYS} days, {path.stat().st_size / 1e6:.0f} MB "
            f"on disk, {migrated.stat().st_size / 1e6:.0f} MB with the statistics index; "
            f"{os.cpu_count()} CPUs; load average {os.getloadavg()}"
        )
        start, end = T0, T0 + timedelta(days=DAYS)
        day = T0 + timedelta(days=DAYS // 2)
        one_day = (day, day + timedelta(days=1))
        cache = SampleCache(tmp_path / "cold")
        print("the whole period (target <= 10 s):")
        naive, naive_s = _timed("naive: every event, every payload decoded", lambda: _naive(
            store, start, end))  # fmt: skip
        truth = naive.to_dict()
        window, window_s = _timed("no cache: the period's window read (before)",
                                  lambda: compute_stats(store, start, end))  # fmt: skip
        cold, cold_s = _timed("cold: no cache yet (reads the log, writes it)",
                              lambda: compute_stats(store, start, end, cache=cache))  # fmt: skip
        size = cache.path_for(store).stat().st_size / 1e6
        warm, warm_s = _timed("warm: the cache at the log's head", lambda: compute_stats(
            store, start, end, cache=cache), runs=3)  # fmt: skip
        behind = EVENTS_PER_DAY
        stale = SampleCache(tmp_path / "stale")
        compute_stats(_Prefix(store, behind), start, end, cache=stale)  # type: ignore[arg-type]
        wait_written()
        updated, updated_s = _timed(
            f"updated: the cache {behind:,} events behind",
            lambda: compute_stats(store, start, end, cache=stale),
        )
        for got in (window, cold, warm, updated):
            assert got.summary.to_dict() == truth
        assert (cold.source, warm.source, updated.source) == ("built", "cached", "updated")
        print(f"  cache file: {size:.0f} MB; naive / window {naive_s / window_s:.1f}x, "
              f"naive / cold {naive_s / cold_s:.1f}x, naive / warm {naive_s / warm_s:.0f}x, "
              f"naive / updated {naive_s / updated_s:.0f}x")  # fmt: skip
        print("one day (target <= 1 s):")
        day_window, day_window_s = _timed("no cache: the day's window read", lambda: compute_stats(
            store, *one_day), runs=3)  # fmt: skip
        day_warm, day_warm_s = _timed("warm: the day's samples from the cache",
                                      lambda: compute_stats(store, *one_day, cache=cache),
                                      runs=3)  # fmt: skip
        assert day_warm.source == "cached"
        assert day_warm.summary.to_dict() == day_window.summary.to_dict()
        calls = day_warm.summary.counts["calls"]
        print(f"  {calls} calls; naive / window {naive_s / day_window_s:.0f}x, "
              f"naive / warm {naive_s / day_warm_s:.0f}x")  # fmt: skip
        print("a store opened read-only before its upgrade (no statistics index), whole period:")
        unindexed, _ = _timed("no cache: the window read", lambda: compute_stats(old, start, end))
        assert unindexed.summary.to_dict() == truth
        unindexed_cache = SampleCache(tmp_path / "unindexed")
        got, _ = _timed(
            "cold: no cache yet", lambda: compute_stats(old, start, end, cache=unindexed_cache)
        )
        assert got.source == "built" and got.summary.to_dict() == truth
    finally:
        store.close()
        old.close()


if __name__ == "__main__":  # build the store ahead: see the module docstring
    if "--build" in sys.argv:
        where, took = ensure_store(DAYS, log=lambda s: print(s, flush=True))
        print(where, "already there" if took is None else f"built in {took:.0f} s")
