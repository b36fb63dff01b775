"""Benchmark: event append through ``GroupCommitWriter`` on PostgreSQL against SQLite.

The same prepared events go through the console's real write path (group
commit, hash chain, the default projections: every event is a unit position
fix, so the unit upsert runs too) on both engines in the same process:

- bulk: ``N_BULK`` events submitted as fast as possible, then ``flush`` ->
  events/s (what a flood on the links costs);
- interactive: ``N_INTERACTIVE`` events one at a time, each waiting for its
  receipt -> p50/p99 commit latency (what a dispatcher's action waits for
  before it is durable; includes the writer's batching window).

SQLite is a file in ``tmp_path`` (WAL, ``synchronous=FULL``); PostgreSQL is a
fresh database on the server ``DISPATCH_TEST_POSTGRES_URL`` names
(``python3 dev.py bench`` starts one, fsync on). Prints a table and the
PostgreSQL/SQLite ratios; checks nothing was lost (row count, chain, every
receipt resolved without error). Never asserts on time.

Run: ``python3 dev.py bench -k store_append`` (or pytest with ``-m benchmark -s``
and ``DISPATCH_TEST_POSTGRES_URL`` set).
"""

from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.store import CommitReceipt, GroupCommitWriter, NewEvent, open_store, verify_chain

N_BULK = 50_000
N_INTERACTIVE = 400
N_UNITS = 50
T0 = datetime(2024, 5, 1, tzinfo=UTC)
STEP = timedelta(microseconds=100)


def _events(n: int, offset: int = 0) -> list[NewEvent]:
    events = []
    for k in range(n):
        i = offset + k
        message = {
            "protocol": "nmea",
            "kind": "RMC",
            "talker": "GP",
            "lat": 43.5 + (i % 1000) / 10_000,
            "lon": 7.3 + (i % 700) / 10_000,
            "speed_knots": 12.5,
            "course_deg": 84.4,
        }
        raw = b"$GPRMC,%06d.00,A,4330.000,N,00720.000,E,012.5,084.4,010524,,,A*00" % (i % 86_400)
        events.append(
            NewEvent(
                "link:avl",
                "frame.decoded",
                T0 + i * STEP,
                {"unit": f"U{i % N_UNITS:02d}", "message": message},
                raw,
            )
        )
    return events


@dataclass(frozen=True)
class Figures:
    engine: str
    bulk_eps: float
    bulk_batches: int
    p50_ms: float
    p99_ms: float
    max_ms: float


def _percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def _measure(engine: str, url: str, bulk: list[NewEvent], interactive: list[NewEvent]) -> Figures:
    store = open_store(url)
    try:
        writer = GroupCommitWriter(store)
        failures: list[BaseException] = []

        def on_done(receipt: CommitReceipt) -> None:
            error = receipt.exception()
            if error is not None:
                failures.append(error)

        gc.freeze()  # the prepared events are the benchmark's, not the writer's, heap
        try:
            start = time.perf_counter()
            for item in bulk:
                writer.submit(item).add_done_callback(on_done)
            assert writer.flush(120)
            bulk_s = time.perf_counter() - start
        finally:
            gc.unfreeze()
        batches = writer.batches_committed

        latencies: list[float] = []
        for item in interactive:
            start = time.perf_counter()
            writer.submit(item).result(30)
            latencies.append(time.perf_counter() - start)
        assert writer.close(60)
        assert failures == []

        total = len(bulk) + len(interactive)
        assert store.event_count() == total
        report = verify_chain(store)
        assert report.ok and report.checked == total
        assert len(store.unit_positions()) == N_UNITS
    finally:
        store.close()
    latencies.sort()
    return Figures(
        engine=engine,
        bulk_eps=len(bulk) / bulk_s,
        bulk_batches=batches,
        p50_ms=statistics.median(latencies) * 1000,
        p99_ms=_percentile(latencies, 0.99) * 1000,
        max_ms=latencies[-1] * 1000,
    )


@pytest.mark.benchmark
def test_store_append_postgresql_vs_sqlite(tmp_path: Path, fresh_postgres_url: str) -> None:
    bulk = _events(N_BULK)
    interactive = _events(N_INTERACTIVE, offset=N_BULK)
    sqlite = _measure("SQLite", f"sqlite:///{tmp_path / 'bench.sqlite'}", bulk, interactive)
    postgres = _measure("PostgreSQL", fresh_postgres_url, bulk, interactive)

    print()
    print(
        f"Event append through GroupCommitWriter: bulk {N_BULK:,} events, "
        f"interactive {N_INTERACTIVE} events one at a time (receipt awaited)"
    )
    header = (
        f"{'engine':<11} {'bulk ev/s':>10} {'batches':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    )
    print(header)
    print("-" * len(header))
    for f in (sqlite, postgres):
        print(
            f"{f.engine:<11} {f.bulk_eps:>10,.0f} {f.bulk_batches:>8} "
            f"{f.p50_ms:>8.2f} {f.p99_ms:>8.2f} {f.max_ms:>8.2f}"
        )
    print(
        f"PostgreSQL/SQLite: throughput {postgres.bulk_eps / sqlite.bulk_eps:.2f}x, "
        f"p50 latency {postgres.p50_ms / sqlite.p50_ms:.2f}x, "
        f"p99 latency {postgres.p99_ms / sqlite.p99_ms:.2f}x"
    )
