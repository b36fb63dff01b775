"""Benchmark: what the store writer's fault handling costs, against baselines in the same run.

- submit: per-event cost of the submit path's content checks (``content.prepare``:
  text repair check, JSON encoding, rejection on failure) and memory reckoning
  (``event_bytes``), against the bare encoding the writer did before
  (``canonical_json`` and the time-zone check);
- isolation: committing 10 batches of ``BATCH`` frames where one frame per
  batch trips a projection (bisected, committed in parts, the bad one stored
  as its rejected row at once: ``reject_after=1``), against the same batches
  all good;
- spill: writing ``N_SPILL`` events to a spill file at a close that cannot
  commit, and appending them at the next start, against committing them
  normally.

SQLite file store in ``tmp_path``. Prints a table and ratios; checks that
nothing was lost. Never asserts on time.

Run: ``python3 dev.py bench -k store_faults`` (or pytest with ``-m benchmark -s``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.projections import default_registry
from models.store import GroupCommitWriter, NewEvent, StoredEvent, open_store, verify_chain
from models.store.content import prepare
from models.store.events import canonical_json
from models.store.pressure import event_bytes

T0 = datetime(2024, 5, 1, tzinfo=UTC)
N_SUBMIT = 100_000
BATCH = 1000
N_SPILL = 20_000


def _frame(i: int, poison: bool = False) -> NewEvent:
    payload = {
        "protocol": "nmea",
        "peer": "10.0.0.5:4001",
        "unit": f"P-{i % 50}",
        "message": {"talker": "GP", "kind": "RMC", "lat": 48.1 + i * 1e-6, "lon": 11.5},
    }
    if poison:
        payload["poison"] = True
    line = f"$GPRMC,{i:06d}.00,A,4807.038,N,01131.000,E,022.4,084.4,230394,,W*6A\r\n"
    return NewEvent(
        "link:avl", "frame.decoded", T0 + timedelta(milliseconds=i), payload, line.encode()
    )


def _old_submit_path(event: NewEvent) -> str | None:
    if event.rx_time.tzinfo is None:
        raise ValueError("naive")
    return None if event.payload is None else canonical_json(event.payload)


def _new_submit_path(event: NewEvent) -> int:
    prepared, payload_json, _ = prepare(event)
    return event_bytes(prepared, payload_json)


def _per_event_us(fn: object, events: Sequence[NewEvent]) -> float:
    start = time.perf_counter()
    for event in events:
        fn(event)  # type: ignore[operator]
    return (time.perf_counter() - start) / len(events) * 1e6


def _poison(conn: object, events: Sequence[StoredEvent]) -> None:
    for event in events:
        if event.payload and event.payload.get("poison"):
            raise ValueError("cannot project this frame")


def _commit_batches(path: Path, bad: bool) -> tuple[float, int]:
    store = open_store(f"sqlite:///{path}")
    registry = default_registry()
    registry.register("frame.*", _poison)
    events = [_frame(i, poison=bad and i % BATCH == BATCH // 3) for i in range(10 * BATCH)]
    try:
        writer = GroupCommitWriter(
            store, max_batch=BATCH, window_s=60, projections=registry, reject_after=1
        )
        start = time.perf_counter()
        receipts = [writer.submit(e) for e in events]
        assert writer.flush(timeout=300)
        elapsed = time.perf_counter() - start
        assert writer.close(timeout=60)
        assert all(r.exception(timeout=0) is None for r in receipts)
        assert store.event_count() == len(events) and verify_chain(store).ok
        return elapsed, writer.rejected_events
    finally:
        store.close()


def _spill_and_replay(path: Path) -> tuple[float, float, float]:
    events = [_frame(i) for i in range(N_SPILL)]
    store = open_store(f"sqlite:///{path}")
    try:
        start = time.perf_counter()
        with GroupCommitWriter(store) as writer:
            for event in events:
                writer.submit(event)
        normal = time.perf_counter() - start
    finally:
        store.close()
    path.unlink()
    store = open_store(f"sqlite:///{path}")
    try:

        def failing(conn: object, batch: object) -> None:
            raise RuntimeError("read-only medium")

        registry = default_registry()
        registry.register("*", failing)
        writer = GroupCommitWriter(store, projections=registry, retry_delay_s=0.01)
        for event in events:
            writer.submit(event)
        start = time.perf_counter()
        assert not writer.close(timeout=0.5)
        spill_s = time.perf_counter() - start - 0.5 * 0.75  # less the time close waited
        start = time.perf_counter()
        with GroupCommitWriter(store) as replay:
            assert replay.flush(timeout=300)
        replay_s = time.perf_counter() - start
        assert store.event_count() == N_SPILL and verify_chain(store).ok
        return normal, spill_s, replay_s
    finally:
        store.close()


@pytest.mark.benchmark
def test_store_fault_handling_costs(tmp_path: Path) -> None:
    events = [_frame(i) for i in range(N_SUBMIT)]
    old_us = _per_event_us(_old_submit_path, events)
    new_us = _per_event_us(_new_submit_path, events)
    good_s, _ = _commit_batches(tmp_path / "good.sqlite", bad=False)
    bad_s, rejected = _commit_batches(tmp_path / "bad.sqlite", bad=True)
    assert rejected == 10
    normal_s, spill_s, replay_s = _spill_and_replay(tmp_path / "spill.sqlite")
    print()
    print(f"{'measure':<44}{'value':>14}{'baseline':>14}{'ratio':>8}")
    print("-" * 80)
    rows = [
        ("submit path, us/event", new_us, old_us),
        (f"10 x {BATCH} frames, one bad per batch, s", bad_s, good_s),
        (f"spill {N_SPILL} events at close, s", spill_s, normal_s),
        (f"replay {N_SPILL} spilled events, s", replay_s, normal_s),
    ]
    for name, value, baseline in rows:
        print(f"{name:<44}{value:>14.3f}{baseline:>14.3f}{value / baseline:>8.2f}")
