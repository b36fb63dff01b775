"""Alerts projection, queries and migration 0004, through the real group-commit writer."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from models.alerts import events as ev
from models.alerts.state import AlertState
from models.projections import ProjectionRegistry, alerts, calls, default_registry, dispatch, units
from models.store import GroupCommitWriter, NewEvent, Store, open_store, verify_chain
from models.store import alerts_queries as aq
from models.store.engine import _MIGRATIONS_DIR, head_revision
from models.store.schema import Base, json_serializer

T0 = datetime(2026, 5, 1, 22, 0, tzinfo=UTC)
FRAME = {"link": "perim", "peer": "10.0.0.9"}
CAP = {"identifier": "CAS-1", "sender": "cap@mc", "sent": "t", "msg_type": "Alert", "event": "e"}
AREA = {"polygons": [[[43.73, 7.42], [43.74, 7.42], [43.74, 7.43], [43.73, 7.42]]], "circles": []}


def event(i: int, kind: str, source: str = "system", **payload: Any) -> NewEvent:
    return NewEvent(source=source, kind=kind, rx_time=T0 + timedelta(seconds=i), payload=payload)


def raised(i: int, alert_id: str, **extra: Any) -> NewEvent:
    fields: dict[str, Any] = {
        "alert_id": alert_id,
        "origin": "zone-alarm",
        "exercise": False,
        "severity": "severe",
        "title": "Intrusion in Harbour",
        "lat": 43.735,
        "lon": 7.425,
        "area": AREA,
        "sensor": "fence",
        "zone": "harbour",
        "track": "fence/7",
        "cap": None,
        "suggested_type": "public-disorder",
        "frame": FRAME,
    }
    fields.update(extra)
    return event(i, ev.ALERT_RAISED, **fields)


def op(i: int, kind: str, **payload: Any) -> NewEvent:
    return event(i, kind, "operator:anna", **payload)


def registry() -> ProjectionRegistry:
    reg = ProjectionRegistry()
    alerts.register(reg)
    return reg


def commit(store: Store, events: list[NewEvent], projections: Any = None) -> None:
    with GroupCommitWriter(
        store, max_batch=len(events), window_s=60, projections=projections or registry()
    ) as writer:
        for e in events:
            writer.submit(e)
        assert writer.flush(60)
        assert writer.batches_committed == 1


def query(store: Store, fn: Any, *args: Any) -> Any:
    with store.engine.connect() as conn:
        return fn(conn, *args)


@pytest.fixture
def store(store_url: str) -> Any:
    opened = open_store(store_url)
    yield opened
    opened.close()


STORY = [
    raised(0, "A000001"),
    raised(1, "A000002", origin="cap", cap=CAP, area=None, lat=None, lon=None, exercise=True),
    raised(2, "A000003"),
    event(3, ev.ALERT_UPDATED, alert_id="A000001", repeats=4, lat=43.736, lon=7.426),
    op(4, ev.ALERT_ACKNOWLEDGED, alert_id="A000001"),
    event(
        5,
        ev.ALERT_UPDATED,
        alert_id="A000002",
        severity="extreme",
        cap={**CAP, "identifier": "CAS-2"},
    ),
    op(6, ev.ALERT_LINKED, alert_id="A000003", incident_id="2026-000004"),
    event(7, ev.ALERT_CANCELLED, alert_id="A000003", reason="sender cancelled"),
    op(8, ev.ALERT_PROMOTED, alert_id="A000001", incident_id="2026-000005"),
    event(9, ev.ALERT_CANCELLED, alert_id="A000001", reason="too late"),  # promoted stays
    raised(10, "A000004", origin="zone-entry"),
]


def test_alert_story_in_one_batch(store: Store) -> None:
    commit(store, STORY)
    one = query(store, aq.alert, "A000001")
    assert (one.state, one.repeats, one.lat, one.lon, one.incident_id) == (
        "promoted",
        4,
        43.736,
        7.426,
        "2026-000005",
    )
    assert (one.acknowledged_by, one.handled_by, one.reason) == ("anna", "anna", None)
    assert (one.raised_at, one.updated_at, one.closed_at) == (
        T0,
        T0 + timedelta(seconds=3),
        T0 + timedelta(seconds=8),
    )
    assert (one.area, one.frame, one.track, one.exercise) == (AREA, FRAME, "fence/7", False)
    assert one.event_seq == 9
    two = query(store, aq.alert, "A000002")
    assert (two.state, two.severity, two.exercise, two.cap["identifier"]) == (
        "new",
        "extreme",
        True,
        "CAS-2",
    )
    assert query(store, aq.alert_for_cap, "cap@mc", "CAS-2") == two
    assert query(store, aq.alert_for_cap, "cap@mc", "CAS-1") is None  # moved on
    three = query(store, aq.alert, "A000003")
    assert (three.state, three.incident_id, three.reason, three.closed_at) == (
        "cancelled",
        "2026-000004",
        "sender cancelled",
        T0 + timedelta(seconds=7),
    )
    assert [a.alert_id for a in query(store, aq.open_alerts)] == ["A000002", "A000004"]
    assert [a.alert_id for a in query(store, aq.open_alerts, False)] == ["A000004"]
    assert [a.alert_id for a in query(store, aq.alerts_for_incident, "2026-000004")] == ["A000003"]
    assert query(store, aq.alert, "A999999") is None
    assert query(store, aq.highest_alert_number) == 4


def test_projection_agrees_with_the_state(store: Store) -> None:
    commit(store, STORY)
    state = AlertState.from_events(store.events_since(0))
    for row in [query(store, aq.alert, f"A00000{i}") for i in range(1, 5)]:
        record = state.alert(row.alert_id)
        assert (
            record.state,
            record.severity,
            record.lat,
            record.lon,
            record.repeats,
            record.incident_id,
            record.reason,
            record.exercise,
            record.closed,
        ) == (
            row.state,
            row.severity,
            row.lat,
            row.lon,
            row.repeats,
            row.incident_id,
            row.reason,
            row.exercise,
            row.closed_at,
        )


def test_bad_events_are_skipped_not_fatal(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="models.projections.alerts")
    commit(
        store,
        [
            raised(0, "A000001"),
            raised(1, "A000001", title="again"),
            raised(2, "A000002", lat=91.0),
            raised(3, "A000003", lon=None),
            event(4, ev.ALERT_UPDATED, alert_id="A000001", repeats=0),
            op(5, ev.ALERT_DISMISSED, alert_id="A000001", reason=None),
            op(6, ev.ALERT_LINKED, alert_id="A000001"),
            NewEvent("system", ev.ALERT_CANCELLED, T0, None),
            event(8, ev.ALERT_UPDATED, alert_id="A000001", title="Intrusion, 2 people"),
        ],
    )
    assert [a.alert_id for a in query(store, aq.open_alerts)] == ["A000001"]
    assert query(store, aq.alert, "A000001").title == "Intrusion, 2 people"
    messages = " | ".join(r.getMessage() for r in caplog.records)
    for expected in (
        "alert A000001 already exists",
        "lat out of range: 91.0",
        "lat and lon go together",
        "repeats must be a positive integer, got 0",
        "reason must be text, got None",
        "alert.linked needs incident_id or call_id",
        "no payload",
    ):
        assert expected in messages


def test_replay_and_default_registry(store: Store) -> None:
    commit(store, STORY, default_registry())
    before = query(store, aq.open_alerts)
    with store.engine.begin() as conn:
        assert alerts.replay(conn, chunk=4) == len(STORY)
    assert query(store, aq.open_alerts) == before and len(before) == 2


# -- migration ----------------------------------------------------------------


def _config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def test_upgrade_from_0003_with_events(store_url: str) -> None:
    url = store_url
    engine = create_engine(url, json_serializer=json_serializer)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0003")
    assert "alerts" not in inspect(engine).get_table_names()
    old = Store(engine, url)
    before_alerts = ProjectionRegistry()
    for module in (units, dispatch, calls):
        module.register(before_alerts)
    commit(old, STORY[:5], before_alerts)  # alert events are just logged in a 0003 store
    engine.dispose()

    upgraded = open_store(url)
    try:
        with upgraded.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
        assert upgraded.event_count() == 5 and verify_chain(upgraded).ok
        one = query(upgraded, aq.alert, "A000001")
        assert (one.state, one.repeats, one.acknowledged_by) == ("acknowledged", 4, "anna")
        commit(
            upgraded,
            [op(20, ev.ALERT_DISMISSED, alert_id="A000001", reason="test")],
            default_registry(),
        )
        assert [a.alert_id for a in query(upgraded, aq.open_alerts)] == ["A000002", "A000003"]
    finally:
        upgraded.close()


def test_head_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert "alerts" in inspect(store.engine).get_table_names()


def test_downgrade_to_0003_and_back(store_url: str) -> None:
    url = store_url
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0003")
    tables = set(inspect(engine).get_table_names())
    assert "alerts" not in tables and "calls" in tables
    engine.dispose()
    again = open_store(url)
    try:
        assert query(again, aq.open_alerts) == []
    finally:
        again.close()
