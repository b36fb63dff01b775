"""Benchmark: the one-position sign-in guard's cost at commit, on a log with a long sign-in history.

The guard (``models.store.guards.operator_not_elsewhere``) runs under the
log's lock, so its time is every position's wait. The store holds
``N_HISTORY`` operator events (sign-ins and sign-outs of 200 operators at
20 positions, a year of shifts in a large room). Measured through the real
``GroupCommitWriter`` on a SQLite file, median of ``N_RUNS`` sign-in
commits each:

- baseline (same run): the sign-in event committed without a guard;
- warm guard: with the position's ``OperatorSessions`` already folded (the
  steady state: each check reads only the operator events since the last);
- seeded guard: a position's first check as the console makes it (its
  ``OperatorSessions`` seeded with a copy of the state it loaded at start:
  only the tail is read);
- cold guard: a first check without a seed (the whole operator history
  folded once, under the log's lock).

Prints milliseconds and the ratios against the baseline; never asserts on
time (it checks each commit went through).

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_signin_guard.py -m benchmark -s``
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.operators import events as ev
from models.operators.state import load_operators
from models.store import GroupCommitWriter, open_store
from models.store.guards import OperatorSessions, operator_not_elsewhere

N_HISTORY = 40_000
N_RUNS = 15
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _signed_in(name: str, position: str, when: datetime) -> object:
    return ev.event(ev.position_source(position), ev.SIGNED_IN, when, name=name,
                    role="dispatcher", position=position, method="password")  # fmt: skip


def _signed_out(name: str, position: str, when: datetime) -> object:
    return ev.event(ev.position_source(position), ev.SIGNED_OUT, when, name=name,
                    position=position, reason="signed out")  # fmt: skip


def _timed(writer: GroupCommitWriter, guard: object | None, now: datetime) -> float:
    event = _signed_in("bench", "p0", now)
    start = time.perf_counter()
    if guard is None:
        receipt = writer.submit(event)
    else:
        [receipt] = writer.submit_group([event], guard)
    receipt.result(30)
    elapsed = time.perf_counter() - start
    writer.submit(_signed_out("bench", "p0", now)).result(30)
    return elapsed


@pytest.mark.benchmark
def test_sign_in_guard_cost(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'guard.sqlite'}")
    writer = GroupCommitWriter(store)
    try:
        receipts = []
        for i in range(N_HISTORY // 2):
            when = T0 + timedelta(minutes=i)
            name, position = f"op{i % 200}", f"p{1 + i % 20}"
            receipts.append(writer.submit(_signed_in(name, position, when)))
            receipts.append(writer.submit(_signed_out(name, position, when)))
        receipts[-1].result(120)
        now = T0 + timedelta(days=400)
        baseline = [_timed(writer, None, now) for _ in range(N_RUNS)]
        sessions = OperatorSessions()
        cold = []
        for _ in range(N_RUNS):
            cold.append(_timed(writer, operator_not_elsewhere("bench", "p0"), now))
        warm_first = _timed(writer, operator_not_elsewhere("bench", "p0", sessions), now)
        seeded = []
        for _ in range(N_RUNS):
            seed = OperatorSessions(load_operators(store))  # as the desk: loaded at start
            seeded.append(_timed(writer, operator_not_elsewhere("bench", "p0", seed), now))
        warm = [
            _timed(writer, operator_not_elsewhere("bench", "p0", sessions), now)
            for _ in range(N_RUNS)
        ]
        assert sessions.state.positions_of("bench") == []
        base_ms = statistics.median(baseline) * 1000
        warm_ms = statistics.median(warm) * 1000
        cold_ms = statistics.median(cold) * 1000
        seeded_ms = statistics.median(seeded) * 1000
        print(
            f"\nsign-in commit on a log of {N_HISTORY} operator events (SQLite, median of "
            f"{N_RUNS}):\n  baseline, no guard: {base_ms:.2f} ms\n"
            f"  warm guard (steady state): {warm_ms:.2f} ms ({warm_ms / base_ms:.2f}x)\n"
            f"  seeded first check (as the console): {seeded_ms:.2f} ms "
            f"({seeded_ms / base_ms:.2f}x)\n"
            f"  cold guard (a position's first check, whole history folded): {cold_ms:.2f} ms "
            f"({cold_ms / base_ms:.2f}x, {warm_first * 1000:.2f} ms for the shared cache's)\n"
        )
    finally:
        writer.close()
        store.close()
