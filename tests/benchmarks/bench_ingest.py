"""Benchmark: sustained NMEA ingest through the store vs raw sqlite3 executemany.

Measures the whole ingest path the console runs for every frame (decode with
``radio.codecs.nmea.decode``, ``NewEvent`` construction, group commit with
hash chain and the unit projection) and, in the same process, stdlib
``sqlite3.executemany`` inserting the very same rows (precomputed) into the
same schema with the same pragmas and the same batch size. Prints events/s
for both and the ratio (target: the store sustains >= 30% of raw), and checks
that nothing was lost (row count, chain, every receipt resolved without
error). Never asserts on time.

The 60,000 prepared frames are frozen out of the garbage collector
(``gc.freeze``) while the store runs: they are this benchmark's fixture, not
the console's heap, and every full collection would walk them, charging the
store a few us per event for objects it never made. (The console can do the
same with its own startup heap.) Also printed: the CPU per event of the
submitting thread and of the writer thread, for profiling.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_ingest.py -m benchmark -s``
"""

from __future__ import annotations

import gc
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import xor
from pathlib import Path

import pytest

from models.store import CommitReceipt, GroupCommitWriter, NewEvent, open_store, verify_chain
from models.store.engine import BUSY_TIMEOUT_MS

N_EVENTS = 60_000
N_UNITS = 50
REJECT_EVERY = 20  # one frame in 20 is garbage: the rejected path is measured too
MAX_BATCH = 1000


def _nmea(body: str) -> bytes:
    raw = body.encode("ascii")
    return b"$%s*%02X" % (raw, reduce(xor, raw, 0))


def _frames(n: int) -> list[tuple[str, bytes]]:
    frames: list[tuple[str, bytes]] = []
    for i in range(n):
        unit = f"U{i % N_UNITS:02d}"
        if i % REJECT_EVERY == REJECT_EVERY - 1:
            frames.append((unit, b"$GPRMC,garbage,with,bad*00"))
            continue
        sec = i % 86_400
        hhmmss = f"{sec // 3600:02d}{sec // 60 % 60:02d}{sec % 60:02d}.00"
        # Around Monaco: 43 deg 30..40 min N, 7 deg 20..27 min E.
        lat = f"43{30.0 + (i % 1000) / 100:06.3f}"
        lon = f"007{20.0 + (i % 700) / 100:06.3f}"
        if i % 2:
            body = f"GPRMC,{hhmmss},A,{lat},N,{lon},E,012.5,084.4,010524,,,A"
        else:
            body = f"GPGGA,{hhmmss},{lat},N,{lon},E,1,08,0.9,12.0,M,47.0,M,,"
        frames.append((unit, _nmea(body)))
    return frames


T0 = datetime(2024, 5, 1, tzinfo=UTC)
STEP = timedelta(microseconds=100)


def _event(i: int, unit: str, frame: bytes) -> NewEvent:
    from radio.codecs.nmea import decode
    from radio.messages import DecodeError

    rx_time = T0 + i * STEP
    message = decode(frame)
    if isinstance(message, DecodeError):
        return NewEvent("link:avl", "frame.rejected", rx_time, None, frame, message.reason)
    payload = {"unit": unit, "message": message.to_dict()}
    return NewEvent("link:avl", "frame.decoded", rx_time, payload, frame)


def _decode_only(frames: list[tuple[str, bytes]]) -> float:
    """The same decode + NewEvent work with no store: the ceiling for the ingest path."""
    start = time.perf_counter()
    for i, (unit, frame) in enumerate(frames):
        _event(i, unit, frame)
    return time.perf_counter() - start


def _ingest(path: Path, frames: list[tuple[str, bytes]]) -> tuple[float, float, int, float, float]:
    store = open_store(f"sqlite:///{path}")
    writer = GroupCommitWriter(store, max_batch=MAX_BATCH)
    failures: list[BaseException] = []
    acked = 0

    def on_done(receipt: CommitReceipt) -> None:
        # As the ingest service does: react to the outcome, keep no reference.
        nonlocal acked
        error = receipt.exception()
        if error is not None:
            failures.append(error)
        acked += 1

    gc.freeze()
    try:
        start = time.perf_counter()
        cpu_start = time.thread_time()
        for i, (unit, frame) in enumerate(frames):
            writer.submit(_event(i, unit, frame)).add_done_callback(on_done)
        submit_cpu = time.thread_time() - cpu_start
        assert writer.flush()
        elapsed = time.perf_counter() - start
    finally:
        gc.unfreeze()
    batches = writer.batches_committed
    writer_cpu = writer.busy_cpu_s
    writer.close()
    assert failures == []
    assert acked == len(frames)
    count = store.event_count()
    report = verify_chain(store)
    units = store.unit_positions()
    store.close()
    assert count == len(frames), f"lost events: stored {count} of {len(frames)}"
    assert report.ok and report.checked == len(frames), report
    assert len(units) == N_UNITS
    return elapsed, len(frames) / batches, count, submit_cpu, writer_cpu


def _raw_baseline(source: Path, target: Path, batch: int) -> float:
    open_store(f"sqlite:///{target}").close()  # same schema, via the same migrations
    src = sqlite3.connect(source)
    rows = src.execute(
        "SELECT seq, rx_time, source, kind, payload, raw, error, prev_hash, hash FROM events"
        " ORDER BY seq"
    ).fetchall()
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    sql = (
        "INSERT INTO events (seq, rx_time, source, kind, payload, raw, error, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    start = time.perf_counter()
    for i in range(0, len(rows), batch):
        conn.execute("BEGIN")
        conn.executemany(sql, rows[i : i + batch])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    conn.close()
    assert count == len(rows)
    return elapsed


@pytest.mark.benchmark
def test_bench_ingest(tmp_path: Path) -> None:
    frames = _frames(N_EVENTS)
    elapsed, mean_batch, count, submit_cpu, writer_cpu = _ingest(tmp_path / "store.sqlite", frames)
    batch = max(1, round(mean_batch))
    raw_elapsed = _raw_baseline(tmp_path / "store.sqlite", tmp_path / "raw.sqlite", batch)
    decode_elapsed = _decode_only(frames)
    ours = count / elapsed
    decode_only = count / decode_elapsed
    raw = count / raw_elapsed
    print()
    print(f"ingest: {count} NMEA frames, {N_UNITS} units, 1 in {REJECT_EVERY} rejected")
    print(
        f"  decode + NewEvent + group commit: {ours:12,.0f} events/s (mean batch {mean_batch:.0f})"
    )
    print(f"  raw sqlite3.executemany, batch {batch}: {raw:10,.0f} events/s")
    print(f"  decode + NewEvent only (no store): {decode_only:10,.0f} events/s")
    print(f"  ratio: {ours / raw:.0%} of raw (target >= 30%); lost: 0, chain valid")
    print(f"  decode alone is {decode_only / raw:.0%} of raw: the ceiling for that ratio")
    us = 1e6 / count
    print(
        f"  CPU per event: decode {decode_elapsed * us:.1f} us (alone); submitting thread"
        f" {submit_cpu * us:.1f} us (decode + submit + its share of GC);"
        f" writer thread {writer_cpu * us:.1f} us (incl. SQLite, partly without the GIL)"
    )
