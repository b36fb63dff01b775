"""A wall clock stepped backwards (NTP) reorders nothing: the log's order is ``seq`` (fault 5).

The writer measures intervals with ``time.monotonic`` and reads the wall
clock only through ``models.store.backlog.utcnow`` (for what it writes
itself). Here the events' receive times, that clock and ``time.time`` all
step back an hour in the middle of a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from models.store import (
    DropSummary,
    GroupCommitWriter,
    NewEvent,
    Store,
    dispatch_queries,
    verify_chain,
)
from models.store import backlog as backlog_module

Factory = Callable[..., NewEvent]
WAIT_S = 30
STEP = timedelta(hours=1)


class _SteppedClock:
    """A wall clock that NTP steps back by ``STEP`` when told to."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.stepped = False
        self._time = time.time

    def step_back(self) -> None:
        self.now -= STEP
        self.stepped = True

    def utcnow(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now

    def time(self) -> float:
        return self._time() - (STEP.total_seconds() if self.stepped else 0.0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch, event_factory: Factory) -> _SteppedClock:
    stepped = _SteppedClock(event_factory(0).rx_time)
    monkeypatch.setattr(backlog_module, "utcnow", stepped.utcnow)
    monkeypatch.setattr(time, "time", stepped.time)
    return stepped


def test_log_order_is_submission_order_across_a_clock_step(
    store: Store, clock: _SteppedClock
) -> None:
    batches: list[list[int]] = []
    writer = GroupCommitWriter(
        store, window_s=0.002, on_committed=lambda s: batches.append([e.seq for e in s])
    )
    events = []
    for i in range(40):
        if i == 20:
            clock.step_back()
        events.append(NewEvent("link:avl", "frame.decoded", clock.utcnow(), {"i": i}, b"x"))
    # A datagram link sheds load across the step: first and last as noted, not as sorted.
    dropped = DropSummary("link:radar")
    dropped.add(10, events[19].rx_time)
    dropped.add(10, events[20].rx_time)
    receipts = [writer.submit(e) for e in events]
    writer.note_dropped(dropped)
    assert writer.flush(timeout=WAIT_S)
    assert writer.close(timeout=WAIT_S)
    assert [r.result(timeout=0).seq for r in receipts] == list(range(1, 41))
    assert [seq for batch in batches for seq in batch] == list(range(1, 42))
    log = store.events_since(0)
    assert [e.payload["i"] for e in log[:40] if e.payload] == list(range(40))
    assert log[19].rx_time - log[20].rx_time > timedelta(minutes=59)  # stored as received
    assert [e.seq for e in store.latest_events(limit=41)] == list(range(41, 0, -1))
    summary = log[40]
    assert summary.kind == "link.dropped" and summary.payload is not None
    assert summary.payload["first_rx"] == events[19].rx_time.isoformat()
    assert summary.payload["last_rx"] == events[20].rx_time.isoformat()
    assert verify_chain(store).ok


def test_close_and_spill_timing_ignore_the_wall_clock(
    store: Store, clock: _SteppedClock, event_factory: Factory
) -> None:
    from models.projections import default_registry

    def failing(conn: object, events: object) -> None:
        raise RuntimeError("read-only medium")

    registry = default_registry()
    registry.register("*", failing)
    writer = GroupCommitWriter(
        store, window_s=0, projections=registry, retry_delay_s=0.01, close_stall_s=0.5
    )
    writer.submit(event_factory(0))
    clock.step_back()
    started = time.monotonic()
    assert writer.close() is False  # gives up 0.5 s after close, by the monotonic clock
    assert time.monotonic() - started < 5
    with GroupCommitWriter(store) as replay:
        assert replay.flush(timeout=WAIT_S)
    assert store.event_count() == 1


def _incident(incident_id: str, rx_time: datetime, priority: int = 2) -> NewEvent:
    payload = {
        "incident_id": incident_id,
        "type": "FIRE",
        "priority": priority,
        "lat": 47.0,
        "lon": 8.0,
        "location": None,
        "call_id": None,
    }
    return NewEvent("operator:anna", "incident.created", rx_time, payload)


def test_open_incidents_oldest_by_the_log_not_the_clock(store: Store, clock: _SteppedClock) -> None:
    before = clock.utcnow()
    clock.step_back()
    after = clock.utcnow()
    with GroupCommitWriter(store, window_s=0) as writer:
        writer.submit(_incident("2026-000001", before))
        writer.submit(_incident("2026-000002", after))  # created later, clock says earlier
        writer.submit(_incident("2026-000003", after, priority=1))
    with store.engine.connect() as conn:
        incidents = dispatch_queries.open_incidents(conn)
    assert [i.incident_id for i in incidents] == ["2026-000003", "2026-000001", "2026-000002"]
