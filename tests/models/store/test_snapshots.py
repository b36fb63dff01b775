"""State snapshots in the store: a start reads the newest verified snapshot and the tail only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from models.dispatch import events as dev
from models.dispatch.events import DISPATCH_KINDS
from models.dispatch.state import DispatchState
from models.store import GroupCommitWriter, NewEvent, Store
from models.store.schema_snapshots import snapshots_table
from models.store.snapshots import (
    KEEP_PER_NAME,
    SNAPSHOT_AFTER_EVENTS,
    load_state,
    refresh_snapshot,
    save_snapshot,
)

T0 = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
UNITS = ["HE11", "HE12", "HE13"]


def dispatch_events(start: int, count: int) -> list[NewEvent]:
    """Incidents with assignments, statuses, notes and closures, interleaved with AVL noise."""
    out: list[NewEvent] = []
    for n in range(start, start + count):
        at = T0 + timedelta(seconds=n)
        incident = f"2026-{n:06d}"
        unit = UNITS[n % len(UNITS)]

        def add(kind: str, source: str = "operator:anna", **payload: Any) -> None:
            out.append(NewEvent(source, kind, at, payload))  # noqa: B023

        add(dev.INCIDENT_CREATED, incident_id=incident, type="fall", priority=3, lat=60.1, lon=24.9)
        add(dev.UNIT_ASSIGNED, incident_id=incident, unit=unit, eta_s=60.0, recommended=True)
        add(dev.UNIT_STATUS, unit=unit, status="dispatched", incident_id=incident)
        add("frame.decoded", source="link:avl", protocol="nmea", unit=unit)
        add(dev.INCIDENT_NOTE, incident_id=incident, text=f"note {n}")
        if n % 2:
            add(dev.INCIDENT_CLOSED, incident_id=incident, disposition="done")
            add(dev.UNIT_STATUS, unit=unit, status="available")
    return out


def append(store: Store, events: list[NewEvent]) -> None:
    writer = GroupCommitWriter(store)
    try:
        for event in events:
            writer.submit(event)
        writer.flush()
    finally:
        writer.close()


def full_replay(store: Store) -> DispatchState:
    state = DispatchState.initial(UNITS)
    state.apply_all(store.latest_events(10**9, kinds=DISPATCH_KINDS)[::-1])
    return state


def seed(state: DispatchState) -> None:
    for call_sign in UNITS:
        state.units.setdefault(call_sign, DispatchState.initial([call_sign]).units[call_sign])


def snapshot_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(snapshots_table))


def test_snapshot_and_tail_equal_the_whole_log(store: Store) -> None:
    append(store, dispatch_events(0, 40))
    first = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    assert first.snapshot_seq == 0 and first.tail > 0
    assert save_snapshot(store, "dispatch", first.state)
    append(store, dispatch_events(40, 15))

    again = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    assert again.snapshot_seq == first.state.last_seq
    assert again.tail == len([e for e in dispatch_events(40, 15) if e.kind in DISPATCH_KINDS])
    assert again.state == full_replay(store)


def test_a_snapshot_that_does_not_match_the_log_is_not_used(store: Store) -> None:
    append(store, dispatch_events(0, 10))
    loaded = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    save_snapshot(store, "dispatch", loaded.state)
    with store.engine.begin() as conn:  # as if the log it was built from were another one
        conn.execute(update(snapshots_table).values(event_hash="0" * 64))
    again = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    assert again.snapshot_seq == 0
    assert again.state == full_replay(store)


def test_an_unreadable_snapshot_falls_back_to_the_log(store: Store) -> None:
    append(store, dispatch_events(0, 10))
    loaded = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    save_snapshot(store, "dispatch", loaded.state)
    with store.engine.begin() as conn:
        conn.execute(update(snapshots_table).values(body=b"garbage"))
    again = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    assert again.snapshot_seq == 0
    assert again.state == full_replay(store)


def test_refresh_writes_only_when_the_tail_has_grown_and_keeps_a_few(store: Store) -> None:
    per_round = len([e for e in dispatch_events(0, 1) if e.kind in DISPATCH_KINDS])
    rounds = SNAPSHOT_AFTER_EVENTS // per_round + 1
    assert not refresh_snapshot(store, "dispatch", DispatchState, DISPATCH_KINDS)  # empty log
    for r in range(KEEP_PER_NAME + 1):
        append(store, dispatch_events(r * rounds, rounds))
        assert refresh_snapshot(store, "dispatch", DispatchState, DISPATCH_KINDS)
        assert not refresh_snapshot(store, "dispatch", DispatchState, DISPATCH_KINDS)
    assert snapshot_count(store) == KEEP_PER_NAME
    latest = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    assert latest.tail == 0
    assert latest.state == full_replay(store)


def test_upto_reads_the_state_as_of_a_seq(store: Store) -> None:
    append(store, dispatch_events(0, 10))
    head = store.last_seq()
    loaded = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, seed=seed)
    save_snapshot(store, "dispatch", loaded.state)
    append(store, dispatch_events(10, 10))
    as_of = load_state(store, "dispatch", DispatchState, DISPATCH_KINDS, upto=head, seed=seed)
    assert as_of.state == loaded.state
