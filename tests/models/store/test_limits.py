"""Bounded memory while the store cannot commit, backpressure, and drop summaries (fault 2).

Fault reproduced: a recorder kept submitting while the database refused
writes and the writer's memory grew without limit (1.6 MB/s) and stayed high
after recovery. Here the database refuses inserts (an SQLite authorizer: the
writer sees "not authorized", an unavailable store), links keep submitting,
and the writer must hold no more than its caps, say so through ``pressure``,
count what it refuses into a ``store.dropped`` event, and give the memory back
once the store recovers.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event

from models.store import (
    DropSummary,
    GroupCommitWriter,
    NewEvent,
    Store,
    StoreOverloaded,
    WriterLimits,
    verify_chain,
)
from models.store.content import prepare
from models.store.pressure import event_bytes

Factory = Callable[..., NewEvent]
WAIT_S = 30


class _Refusing:
    """The database refuses every INSERT while ``broken`` is set (SQLite authorizer)."""

    def __init__(self, store: Store) -> None:
        self.broken = threading.Event()
        self.broken.set()
        event.listen(store.engine, "connect", self._wrap)
        store.engine.dispose()

    def _wrap(self, dbapi_connection: sqlite3.Connection, _record: object) -> None:
        def authorizer(action: int, *_args: object) -> int:
            if self.broken.is_set() and action == sqlite3.SQLITE_INSERT:
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK

        dbapi_connection.set_authorizer(authorizer)


def _frame(factory: Factory, i: int) -> NewEvent:
    """A decoded NMEA position as the ingest service submits it."""
    line = f"$GPRMC,1234{i % 100:02d}.00,A,4807.038,N,01131.000,E,022.4,084.4,230394,,W*6A\r\n"
    payload = {
        "protocol": "nmea",
        "peer": "10.0.0.5:4001",
        "unit": f"P-{i % 50}",
        "message": {
            "talker": "GP",
            "kind": "RMC",
            "lat": 48.1173 + i * 1e-6,
            "lon": 11.5166667,
            "speed_knots": 22.4,
            "course_deg": 84.4,
            "valid": True,
        },
    }
    return NewEvent("link:avl", "frame.decoded", factory(i).rx_time, payload, line.encode())


def test_caps_pressure_and_drop_summaries(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    refusing = _Refusing(store)
    changes: list[bool] = []
    relieved = threading.Event()

    def on_pressure(on: bool) -> None:
        changes.append(on)
        if not on:
            relieved.set()

    limits = WriterLimits(max_events=40, max_bytes=1 << 30)
    writer = GroupCommitWriter(
        store,
        window_s=0,
        retry_delay_s=0.01,
        max_retry_delay_s=0.02,
        limits=limits,
        on_pressure=on_pressure,
    )
    accepted = [writer.submit(_frame(event_factory, i)) for i in range(40)]
    assert writer.pressure and changes == [True]  # on at half the cap
    refused = [writer.submit(_frame(event_factory, i)) for i in range(40, 100)]
    # At the cap a link's events are refused at once, never queued, never silently.
    for receipt in refused:
        assert receipt.done()
        with pytest.raises(StoreOverloaded, match=r"store\.dropped"):
            receipt.result(timeout=0)
    # None of the 60 was queued; the writer thread may already have added its one
    # store.dropped summary to the open batch.
    assert writer.pending in (40, 41) and writer.dropped_events == 60
    # An operator's action still fits in the reserve.
    action = NewEvent("operator:anna", "incident.note", event_factory(0).rx_time, {"text": "x"})
    note = writer.submit(action)
    assert not note.done()
    # A datagram link shedding load hands its summary; merged per link.
    shed = DropSummary("link:radar")
    shed.add(120, event_factory(5).rx_time)
    writer.note_dropped(shed)
    shed2 = DropSummary("link:radar")
    shed2.add(80, event_factory(9).rx_time)
    shed2.add(80, event_factory(7).rx_time)  # an earlier clock reading: order kept as noted
    writer.note_dropped(shed2)
    assert not any(r.done() for r in accepted)

    refusing.broken.clear()
    assert writer.flush(timeout=WAIT_S)
    assert [r.result(timeout=0).seq for r in accepted] == list(range(1, 41))
    assert note.result(timeout=0).seq == 41
    assert relieved.wait(WAIT_S)  # told on the writer thread, just after the commit
    assert changes == [True, False] and not writer.pressure
    writer.close(timeout=WAIT_S)
    summaries = {e.kind: e for e in store.events_since(41)}
    dropped = summaries["store.dropped"]
    assert dropped.source == "link:avl" and dropped.payload is not None
    assert dropped.payload["count"] == 60 and dropped.payload["kinds"] == {"frame.decoded": 60}
    assert dropped.payload["first_rx"] == event_factory(40).rx_time.isoformat()
    assert dropped.payload["last_rx"] == event_factory(99).rx_time.isoformat()
    radar = summaries["link.dropped"]
    assert radar.source == "link:radar" and radar.payload is not None
    assert radar.payload["count"] == 3 and radar.payload["bytes"] == 280
    assert radar.payload["link"] == "radar"
    assert radar.payload["first_rx"] == event_factory(5).rx_time.isoformat()
    assert radar.payload["last_rx"] == event_factory(7).rx_time.isoformat()
    assert verify_chain(store).ok


def test_byte_cap(store: Store, store_path: Path, event_factory: Factory) -> None:
    refusing = _Refusing(store)
    big = [
        NewEvent("link:cam", "frame.decoded", event_factory(i).rx_time, None, bytes(10_000))
        for i in range(20)
    ]
    size = event_bytes(big[0], None)
    writer = GroupCommitWriter(
        store, window_s=0, retry_delay_s=0.01, limits=WriterLimits(max_bytes=5 * size)
    )
    receipts = [writer.submit(e) for e in big]
    held, pending = writer.held_bytes, writer.pending
    # The writer thread may already hold its store.dropped summary too (one small event).
    assert (pending, held) == (5, 5 * size) or (pending == 6 and 5 * size < held < 6 * size)
    assert all(isinstance(r.exception(timeout=0), StoreOverloaded) for r in receipts[5:])
    refusing.broken.clear()
    assert writer.flush(timeout=WAIT_S)
    assert writer.held_bytes == 0
    writer.close(timeout=WAIT_S)
    assert store.event_count() == 6  # five frames and the summary of fifteen


def test_estimate_covers_what_a_queued_event_holds(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    """``event_bytes`` is an upper estimate of the memory a queued frame takes (calibration)."""
    refusing = _Refusing(store)
    writer = GroupCommitWriter(store, window_s=0, retry_delay_s=0.05)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        receipts = [writer.submit(_frame(event_factory, i)) for i in range(5000)]
        gc.collect()
        per_event = (tracemalloc.get_traced_memory()[0] - before) / len(receipts)
    finally:
        tracemalloc.stop()
    sample, payload_json, _ = prepare(_frame(event_factory, 1))
    estimate = event_bytes(sample, payload_json)
    assert per_event <= estimate, (per_event, estimate)
    assert per_event <= writer.held_bytes / len(receipts), (per_event, writer.held_bytes)
    refusing.broken.clear()
    writer.close(timeout=WAIT_S)


def _traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_memory_is_bounded_during_an_outage_and_returns_after(
    store: Store, store_path: Path, event_factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    # pytest keeps every log record it captures: that memory is the harness's, not the writer's.
    caplog.set_level(logging.CRITICAL, logger="models.store")
    refusing = _Refusing(store)
    refusing.broken.clear()
    cap = 2 * 1024 * 1024
    writer = GroupCommitWriter(
        store,
        retry_delay_s=0.01,
        max_retry_delay_s=0.05,
        limits=WriterLimits(max_bytes=cap, max_events=1_000_000),
    )
    # Warm up: connection, statement caches, batch sizes seen once.
    for i in range(3000):
        writer.submit(_frame(event_factory, i))
    assert writer.flush(timeout=WAIT_S)
    tracemalloc.start()
    try:
        baseline = _traced()
        peaks = []
        after = []
        n = 3000
        for _cycle in range(2):
            refusing.broken.set()
            for _ in range(30_000):  # far more than the cap holds
                writer.submit(_frame(event_factory, n)).add_done_callback(lambda r: None)
                n += 1
            peaks.append(_traced() - baseline)
            assert writer.dropped_events > 0
            refusing.broken.clear()
            assert writer.flush(timeout=WAIT_S)
            after.append(_traced() - baseline)
    finally:
        tracemalloc.stop()
    writer.close(timeout=WAIT_S)
    # Held during the outage: the cap and a bounded slack (the in-flight batch's rows).
    assert max(peaks) < cap + 2 * 1024 * 1024, peaks
    # Given back after recovery, and no growth from one outage to the next.
    assert max(after) < 512 * 1024, after
    assert after[1] < after[0] + 256 * 1024, after
    assert verify_chain(store).ok


def test_summary_written_when_the_writer_is_idle(store: Store, event_factory: Factory) -> None:
    with GroupCommitWriter(store, window_s=0) as writer:
        summary = DropSummary("link:udp", reason="datagram link shed load")
        summary.add(10, event_factory(0).rx_time)
        writer.note_dropped(summary)
        assert writer.flush(timeout=WAIT_S)
        expected_rx = event_factory(0).rx_time
    (stored,) = store.events_since(0)
    assert stored.kind == "link.dropped" and stored.rx_time == expected_rx
    assert stored.payload is not None and stored.payload["reason"] == "datagram link shed load"


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError):
        WriterLimits(max_events=0)
    with pytest.raises(ValueError):
        WriterLimits(pressure_on=0.2, pressure_off=0.3)
