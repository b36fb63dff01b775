"""Benchmark: replay playback speed, a 24-hour shift played at 600x on a 30 Hz display.

The store is one dispatch shift written once through the real
``GroupCommitWriter`` (valid hash chain) into the temp directory and reused by
later runs (its generation time is printed when it is made; delete the file
to make it again): 60 units reporting AVL every 30 s for 24 h (172,800
frames, built with ``bench_replay_seek``'s ``_avl``) and 300 incident stories
(``bench_replay_seek``'s ``_story``: call offered/answered/attached/released,
incident created/closed, unit assigned and status changes, alerts, link
state changes) spread over the day, all inside the 24 h.

Playback is simulated as the replay window's worker runs it: after the
store is opened (the projector's first forward pass, printed apart), each
30 Hz tick moves the replay time by 600 / 30 = 20 s of shift and calls
``projector.state_at(t)``, timed per call; the worker's whole job (the state
plus the event log rows, ``store.events_since``) is timed on every 5th tick
(the read is slow and would lengthen the run; its total is extrapolated). Printed:
events replayed per second of projection time, per-tick p50/p99/max, the
share of ticks over the 33 ms frame budget (the window projects only the
newest wanted time on a worker thread, so those are intermediate states it
skips, never frames the GUI drops), and the total projection time for the
whole shift against the 144 s the shift takes at 600x. Baseline, in the same
process: 20 of the same ticks, each with a fresh projector (no checkpoints,
no previous picture, so it indexes the log and applies it from the start),
with the ratio. Asserts only correctness: playback ends at the store's last
seq and the baseline's states match the incremental ones.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_replay_speed.py -m benchmark -s``
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.reports.event_text import position_update
from models.replay import ReplayProjector, ReplayState, open_store_readonly
from models.store import GroupCommitWriter, NewEvent, Store, open_store
from tests.benchmarks.bench_replay_seek import N_UNITS as SEEK_UNITS
from tests.benchmarks.bench_replay_seek import _avl, _pct, _story

pytestmark = pytest.mark.benchmark

T0 = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)
SHIFT = timedelta(hours=24)
UNITS = 60
AVL_EVERY_S = 30
STORIES = 300
STORY_STEP = timedelta(minutes=3)  # an incident's events 3 min apart: ~30-40 min per story
SPEED = 600
FPS = 30
TICK = timedelta(seconds=SPEED / FPS)
FRAME_BUDGET_S = 1 / FPS
EVENT_LOG_ROWS = 500  # as console.session.replay's worker reads for the event log
LOG_EVERY = 5  # the event log read is timed on every 5th tick (it is slow; keeps the run short)
BASELINE_TICKS = 20
VERSION = 2


def _story_number(k: int) -> int:
    """The k-th story's number, chosen so its unit (n % 200 in ``_story``) is one of ours."""
    return (k // UNITS) * SEEK_UNITS + k % UNITS


def _shift_events() -> list[NewEvent]:
    timed: list[tuple[datetime, int, NewEvent]] = []
    frames = int(SHIFT.total_seconds()) // AVL_EVERY_S
    for cycle in range(frames):
        for unit in range(UNITS):
            # Units staggered over the 30 s cycle, as real trackers drift apart.
            when = T0 + timedelta(seconds=cycle * AVL_EVERY_S + unit * AVL_EVERY_S / UNITS)
            timed.append((when, len(timed), _avl(cycle * UNITS + unit, unit, when)))
    # Every story (at most 13 events) ends inside the 24 h, so playback spans exactly the shift.
    story_gap = (SHIFT - STORY_STEP * 13) / STORIES
    for k in range(STORIES):
        start = T0 + story_gap * k + timedelta(seconds=7)
        for j, event in enumerate(_story(_story_number(k), start)):
            when = start + STORY_STEP * j + timedelta(milliseconds=250)  # between AVL frames
            ev = NewEvent(event.source, event.kind, when, event.payload, event.raw)
            timed.append((when, len(timed), ev))
    timed.sort(key=lambda item: (item[0], item[1]))
    return [event for _, _, event in timed]


def _generate(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    events = _shift_events()
    store = open_store(f"sqlite:///{path}")
    try:
        with GroupCommitWriter(store, max_batch=5000, window_s=0.05) as writer:
            for event in events:
                writer.submit(event)
    finally:
        store.close()
    return time.perf_counter() - started, len(events)


def _store_path() -> Path:
    path = Path(tempfile.gettempdir()) / f"bench_replay_speed_v{VERSION}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    seconds, count = _generate(partial)
    partial.rename(path)
    print(f"\ngenerated {count:,} events in {seconds:.1f} s ({path})")
    return path


def _ticks(first: datetime, last: datetime) -> list[datetime]:
    ticks, when = [], first
    while when < last:
        ticks.append(when)
        when += TICK
    ticks.append(last)  # the player stops on the last event
    return ticks


def _log_read(store: Store, seq: int) -> float:
    """Seconds for the worker's other job after ``state_at``: the event log rows up to ``seq``."""
    started = time.perf_counter()
    rows = store.events_since(max(0, seq - EVENT_LOG_ROWS), EVENT_LOG_ROWS)
    assert not rows or rows[0].seq <= seq
    return time.perf_counter() - started


def test_replay_speed() -> None:
    path = _store_path()
    store = open_store_readonly(str(path))
    try:
        last_seq = store.last_seq()
        print(
            f"\nstore: 24 h shift, {UNITS} units AVL every {AVL_EVERY_S} s + {STORIES} incident "
            f"stories = {last_seq:,} events, {path.stat().st_size / 1e6:.0f} MB on disk"
        )
        projector = ReplayProjector(store, position_of=position_update)
        started = time.perf_counter()
        projector.refresh()
        opened = time.perf_counter() - started
        print(
            f"open (first forward pass, {projector.checkpoints} checkpoints): {opened:.1f} s "
            "(once per replay window, before playback)"
        )
        first, end = projector.first_time(), projector.last_time()
        assert first is not None and end is not None
        ticks = _ticks(first, end)
        start_seq = projector.state_at(first).seq  # the player starts at the first event

        projections, jobs, reads = [], [], []
        for i, when in enumerate(ticks):
            started = time.perf_counter()
            state = projector.state_at(when)
            projections.append(time.perf_counter() - started)
            if i % LOG_EVERY == 0:
                reads.append(_log_read(store, state.seq))
                jobs.append(projections[-1] + reads[-1])
        final = projector.state_at(end)
        assert final.seq == last_seq
        assert len({u.call_sign for u in final.units}) >= UNITS

        total = sum(projections)
        total_jobs = total + statistics.mean(reads) * len(ticks)  # extrapolated from the sample
        applied = last_seq - start_seq
        p50, p99 = statistics.median(projections) * 1e3, _pct(projections, 0.99) * 1e3
        over = sum(p > FRAME_BUDGET_S for p in projections)
        job_over = sum(j > FRAME_BUDGET_S for j in jobs)
        budget = SHIFT.total_seconds() / SPEED
        print(
            f"playback {SPEED}x at {FPS} Hz: {len(ticks):,} ticks of {TICK.total_seconds():.0f} s "
            f"shift; {applied:,} events applied in {total:.2f} s of projection = "
            f"{applied / total:,.0f} events/s (the shift at 600x needs "
            f"{applied / budget:,.0f} events/s)"
        )
        print(
            f"per tick state_at: p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
            f"max {max(projections) * 1e3:.2f} ms; over the {FRAME_BUDGET_S * 1e3:.0f} ms frame "
            f"budget: {over} of {len(ticks)} ({over / len(ticks):.2%})"
        )
        print(
            f"per tick worker job (state + {EVENT_LOG_ROWS} event log rows, every {LOG_EVERY}th "
            f"tick: {len(jobs)}): p50 {statistics.median(jobs) * 1e3:.2f} ms, p99 "
            f"{_pct(jobs, 0.99) * 1e3:.2f} ms, max {max(jobs) * 1e3:.2f} ms; over budget "
            f"{job_over} ({job_over / len(jobs):.2%})"
        )
        print(
            "  (a tick over budget means the worker skips to the newest wanted time: "
            "an intermediate state is not shown, no GUI frame is dropped or blocked)"
        )
        print(
            f"24 h at {SPEED}x: {total:.1f} s of projection ({total_jobs:.1f} s with event log "
            f"rows, extrapolated) against the {budget:.0f} s real-time budget = worker busy "
            f"{total_jobs / budget:.1%} of the playback"
        )

        _baseline(store, projector, ticks, p50)
    finally:
        store.close()


def _baseline(
    store: Store, projector: ReplayProjector, ticks: list[datetime], p50_ms: float
) -> None:
    """Fresh projector per tick: nothing carried over, the log applied from the start."""
    picks = ticks[:: max(1, len(ticks) // BASELINE_TICKS)][:BASELINE_TICKS]
    expected: dict[datetime, ReplayState] = {when: projector.state_at(when) for when in picks}
    latencies = []
    for when in picks:
        started = time.perf_counter()
        fresh = ReplayProjector(store, position_of=position_update, checkpoint_every=10**12)
        state = fresh.state_at(when)
        latencies.append(time.perf_counter() - started)
        assert state == expected[when]
    mean = statistics.mean(latencies) * 1e3
    print(
        f"baseline, fresh projector per tick ({len(picks)} ticks spread over the shift, "
        f"indexing and applying from the start): mean {mean:.0f} ms, "
        f"max {max(latencies) * 1e3:.0f} ms; incremental p50 is {mean / p50_ms:,.0f}x faster"
    )
