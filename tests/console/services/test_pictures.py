"""Pictures at start: the console, the recorder and drills start from snapshots plus the tail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from console.config.site import DEFAULT_SITE_DIR, load_site
from console.services.pictures import (
    RECENT_KEPT,
    load_pictures,
    refresh_snapshots,
    trim_picture,
)
from models.alerts.state import AlertRecord, AlertState
from models.calls.state import CallRecord, CallState
from models.dispatch import events as dev
from models.dispatch.events import DISPATCH_KINDS
from models.dispatch.state import DispatchState
from models.log_snapshot import decode_state
from models.store import GroupCommitWriter, NewEvent, Store, open_store
from models.store.schema_snapshots import snapshots_table
from models.store.snapshots import SNAPSHOT_AFTER_EVENTS

T0 = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)


def fill(store: Store, incidents: int, first: int = 0) -> None:
    writer = GroupCommitWriter(store)
    try:
        for n in range(first, first + incidents):
            at = T0 + timedelta(seconds=n)
            incident = f"2026-{n:06d}"
            for kind, payload in (
                (dev.INCIDENT_CREATED, {"incident_id": incident, "type": "fall", "priority": 3,
                                        "lat": 60.17, "lon": 24.94}),
                (dev.UNIT_STATUS, {"unit": "HE11", "status": "dispatched",
                                   "incident_id": incident}),
                (dev.INCIDENT_CLOSED, {"incident_id": incident, "disposition": "done"}),
                (dev.UNIT_STATUS, {"unit": "HE11", "status": "available"}),
            ):  # fmt: skip
                writer.submit(NewEvent("operator:anna", kind, at, payload))
        writer.flush()
    finally:
        writer.close()


def snapshots(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(snapshots_table))


def test_a_long_tail_is_snapshotted_at_start_and_the_next_start_reads_none(tmp_path: Path) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        fill(store, SNAPSHOT_AFTER_EVENTS // 4 + 1)
        first = load_pictures(store, site)
        assert snapshots(store) == 1  # the dispatch picture's tail was long; calls/alerts empty
        again = load_pictures(store, site)
        assert again.dispatch == first.dispatch
        assert again.calls == first.calls and again.alerts == first.alerts
        whole = DispatchState.initial(u.call_sign for u in site.units)
        whole.apply_all(store.latest_events(10**9, kinds=DISPATCH_KINDS)[::-1])
        assert again.dispatch == whole
        assert {u.call_sign for u in site.units} <= set(again.dispatch.units)

        fill(store, 3, first=10_000)
        refresh_snapshots(store)  # a short tail: nothing new written
        assert snapshots(store) == 1
        latest = load_pictures(store, site)
        assert latest.dispatch.incidents.keys() >= {"2026-010000", "2026-010002"}
    finally:
        store.close()


def test_pictures_keep_what_is_open_and_recent_and_snapshots_stay_small(tmp_path: Path) -> None:
    """200,000 closed incidents made the console's start decode them all (6 s on 10M events)."""
    site = load_site(DEFAULT_SITE_DIR)
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        writer = GroupCommitWriter(store)
        old = {"incident_id": "2026-900000", "type": "fall", "priority": 1, "lat": 60.1,
               "lon": 24.9}  # fmt: skip
        writer.submit(NewEvent("operator:anna", dev.INCIDENT_CREATED, T0, old))
        writer.submit(NewEvent("operator:anna", dev.INCIDENT_NOTE, T0,
                               {"incident_id": "2026-900000", "text": "still open"}))  # fmt: skip
        writer.close()
        total = RECENT_KEPT + SNAPSHOT_AFTER_EVENTS + 10
        fill(store, total)
        loaded = load_pictures(store, site)
        incidents = loaded.dispatch.incidents
        newest = [f"2026-{n:06d}" for n in range(total - RECENT_KEPT, total)]
        assert list(incidents) == ["2026-900000", *newest]  # the open one and the newest
        assert loaded.dispatch.notes.keys() == {"2026-900000"}
        assert loaded.dispatch.assignments.keys() <= set(incidents)
        assert snapshots(store) == 1  # trimmed that much: written at once
        with store.engine.connect() as conn:
            body = conn.scalar(select(snapshots_table.c.body))
        assert len(decode_state(body, DispatchState).incidents) == RECENT_KEPT + 1
        again = load_pictures(store, site)
        assert again.dispatch == loaded.dispatch
    finally:
        store.close()


def _call(call_id: str, state: str) -> CallRecord:
    return CallRecord(call_id, "+358401234567", "ali", None, T0, state=state)


def _alert(alert_id: str, state: str) -> AlertRecord:
    return AlertRecord(alert_id, "cap", False, "Severe", "t", T0, None, None, state=state)


def test_calls_and_alerts_keep_the_active_the_newest_and_the_highest_number() -> None:
    calls = CallState()
    calls.calls["C999999"] = _call("C999999", "released")  # highest number, created early
    calls.calls["C000001"] = _call("C000001", "ringing")
    for n in range(2, RECENT_KEPT + 500):
        calls.calls[f"C{n:06d}"] = _call(f"C{n:06d}", "released")
    assert trim_picture(calls) == 498
    assert "C000001" in calls.calls and "C999999" in calls.calls
    assert len(calls.calls) == RECENT_KEPT + 2

    alerts = AlertState()
    for n in range(1, RECENT_KEPT + 11):
        alerts.alerts[f"A{n:06d}"] = _alert(f"A{n:06d}", "dismissed" if n > 1 else "new")
        alerts._cap[("sender", f"id{n}")] = f"A{n:06d}"
    assert trim_picture(alerts) == 9
    assert "A000001" in alerts.alerts and "A000002" not in alerts.alerts
    assert alerts.cap_alert("sender", "id2") is None and alerts.cap_alert("sender", "id1")
    assert trim_picture(alerts) == 0
