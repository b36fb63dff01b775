"""Pictures at start: the console, the recorder and drills start from snapshots plus the tail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from console.config.site import DEFAULT_SITE_DIR, load_site
from console.services.pictures import load_pictures, refresh_snapshots
from models.dispatch import events as dev
from models.dispatch.events import DISPATCH_KINDS
from models.dispatch.state import DispatchState
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
