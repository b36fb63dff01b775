"""Calls projection, queries and migration 0003, through the real group-commit writer."""

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

from models.calls import events as ev
from models.projections import ProjectionRegistry, calls, default_registry, dispatch, units
from models.store import GroupCommitWriter, NewEvent, Store, open_store, verify_chain
from models.store import calls_queries as cq
from models.store.engine import _MIGRATIONS_DIR, head_revision
from models.store.schema import Base, json_serializer

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)
FRAME = {"link": "ali-a", "peer": "COM3"}


def loc(source: str, lat: float | None, lon: float | None, **extra: Any) -> dict[str, Any]:
    location = dict.fromkeys(
        ("radius_m", "confidence", "shape", "time", "civic", "class_of_service", "method", "number")
    )
    location.update(source=source, lat=lat, lon=lon, **extra)
    return location


WPH1 = loc(
    "ali",
    60.17,
    24.94,
    radius_m=900.0,
    confidence=90.0,
    shape="Circle",
    class_of_service="WPH1",
    civic={"HNO": "1", "RD": "Mannerheimintie"},
    time="2026-03-01T20:59:58+00:00",
)
WPH2 = loc("ali", 60.1712, 24.9383, radius_m=25.0, class_of_service="WPH2", time="garbage")
TYPED = loc("typed", 60.1713, 24.9385, shape="Point", civic={"LOC": "Mannerheimintie 1, 3rd floor"})


def event(i: int, kind: str, source: str = "system", **payload: Any) -> NewEvent:
    return NewEvent(source=source, kind=kind, rx_time=T0 + timedelta(seconds=i), payload=payload)


def offered(i: int, call_id: str, number: str | None, location: Any = WPH1) -> NewEvent:
    return event(
        i,
        ev.CALL_OFFERED,
        call_id=call_id,
        number=number,
        via="ali",
        class_of_service="WPH1",
        location=location,
        frame=FRAME,
    )


def op(i: int, kind: str, **payload: Any) -> NewEvent:
    return event(i, kind, "operator:anna", **payload)


def registry() -> ProjectionRegistry:
    reg = ProjectionRegistry()
    calls.register(reg)
    return reg


def commit(
    store: Store, events: list[NewEvent], projections: ProjectionRegistry | None = None
) -> None:
    """All events in ONE batch: the writer waits (up to a long window) for the batch to fill."""
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


def test_call_story_in_one_batch(store: Store) -> None:
    commit(
        store,
        [
            offered(0, "C000001", "3125551234"),
            event(1, ev.CALL_LOCATION, call_id="C000001", location=WPH2, rebid=True, frame=FRAME),
            op(2, ev.CALL_ANSWERED, call_id="C000001"),
            op(3, ev.CALL_LOCATION_VERIFIED, call_id="C000001", location=TYPED),
            op(4, ev.CALL_ATTACHED, call_id="C000001", incident_id="2026-000007"),
        ],
    )
    (row,) = query(store, cq.active_calls)
    assert (row.call_id, row.number, row.via, row.state) == (
        "C000001",
        "3125551234",
        "ali",
        "answered",
    )
    assert row.class_of_service == "WPH2"
    assert (row.offered_at, row.answered_at, row.ended_at) == (T0, T0 + timedelta(seconds=2), None)
    assert (row.verified_source, row.verified_lat, row.verified_lon) == ("typed", 60.1713, 24.9385)
    assert row.verified_civic == {"LOC": "Mannerheimintie 1, 3rd floor"}
    assert (row.verified_at, row.verified_by) == (T0 + timedelta(seconds=3), "anna")
    assert row.incident_id == "2026-000007"
    assert row.event_seq == 5
    detail = query(store, cq.call, "C000001")
    assert detail.call == row
    first, rebid, verified = detail.locations
    assert (first.source, first.lat, first.radius_m, first.shape) == ("ali", 60.17, 900.0, "Circle")
    assert first.claimed_time == datetime(2026, 3, 1, 20, 59, 58, tzinfo=UTC)
    assert first.received_at == T0
    assert first.civic == {"HNO": "1", "RD": "Mannerheimintie"}
    assert (first.rebid, first.verified, first.class_of_service) == (False, False, "WPH1")
    assert (rebid.rebid, rebid.verified, rebid.claimed_time) == (True, False, None)
    assert (verified.source, verified.verified, verified.event_seq) == ("typed", True, 4)
    assert query(store, cq.calls_for_incident, "2026-000007") == [row]
    # Ended calls leave the active list but keep their row.
    commit(store, [op(9, ev.CALL_RELEASED, call_id="C000001")])
    assert query(store, cq.active_calls) == []
    released = query(store, cq.call, "C000001").call
    assert (released.state, released.ended_at, released.reason) == (
        "released",
        T0 + timedelta(seconds=9),
        None,
    )


def test_abandoned_call_and_call_without_location(store: Store) -> None:
    commit(
        store,
        [
            offered(0, "C000001", None, location=None),
            offered(1, "C000002", "447477593102"),
            event(2, ev.CALL_ABANDONED, call_id="C000001", reason="line dropped"),
        ],
    )
    (active,) = query(store, cq.active_calls)
    assert active.call_id == "C000002"
    gone = query(store, cq.call, "C000001")
    assert (gone.call.state, gone.call.reason, gone.call.number) == (
        "abandoned",
        "line dropped",
        None,
    )
    assert gone.locations == ()
    assert query(store, cq.call, "C999999") is None


def test_duplicate_and_malformed_events_are_skipped_not_fatal(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="models.projections.calls")
    commit(
        store,
        [
            offered(0, "C000001", "1"),
            offered(1, "C000001", "2"),  # same id, same batch
            event(2, ev.CALL_OFFERED, call_id="C000002", number=None, via=None, location=None),
            event(3, ev.CALL_LOCATION, call_id="C000001", location={"source": "fax"}),
            event(4, ev.CALL_LOCATION, call_id="C000001", location=loc("ali", 91.0, 0.0)),
            event(5, ev.CALL_ANSWERED, call_id=7),
            NewEvent("system", ev.CALL_RELEASED, T0, None),
            event(7, ev.CALL_ATTACHED, call_id="C000001", incident_id=""),
            event(8, ev.CALL_LOCATION, call_id="C000001", location=WPH2, rebid=True),
        ],
    )
    commit(store, [offered(10, "C000001", "3")])  # same id, later batch
    detail = query(store, cq.call, "C000001")
    assert (detail.call.number, detail.call.state, detail.call.incident_id) == (
        "1",
        "ringing",
        None,
    )
    assert [x.lat for x in detail.locations] == [60.17, 60.1712]
    assert query(store, cq.call, "C000002") is None
    assert store.event_count() == 10
    messages = " | ".join(r.getMessage() for r in caplog.records)
    assert "call C000001 already exists" in messages
    assert "via must be text, got None" in messages
    assert "location: source must be one of" in messages
    assert "location: lat/lon out of range" in messages
    assert "call_id must be text, got 7" in messages
    assert "no payload" in messages
    assert "incident_id must be text, got ''" in messages


def test_replay_rebuilds_the_same_rows(store: Store) -> None:
    commit(
        store,
        [
            offered(0, "C000001", "3125551234"),
            event(1, ev.CALL_LOCATION, call_id="C000001", location=WPH2, rebid=True, frame=FRAME),
            op(2, ev.CALL_ANSWERED, call_id="C000001"),
            op(3, ev.CALL_LOCATION_VERIFIED, call_id="C000001", location=TYPED),
        ],
    )
    before = query(store, cq.call, "C000001")
    with store.engine.begin() as conn:
        assert calls.replay(conn, chunk=3) == 4
    assert query(store, cq.call, "C000001") == before


def test_highest_call_number(store: Store) -> None:
    assert query(store, cq.highest_call_number) == 0
    commit(
        store,
        [
            offered(0, "C000009", "1"),
            offered(1, "C000123", "2"),
            offered(2, "Cdemo", "3"),
            offered(3, "X999999", "4"),
        ],
    )
    assert query(store, cq.highest_call_number) == 123
    commit(store, [offered(4, "C1000000", "5")])  # past the padding still counts up
    assert query(store, cq.highest_call_number) == 1_000_000


def test_default_registry_projects_call_events(store: Store) -> None:
    commit(store, [offered(0, "C000001", "1")], default_registry())
    assert [r.call_id for r in query(store, cq.active_calls)] == ["C000001"]


# -- migration ----------------------------------------------------------------


def _config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def test_upgrade_from_0002_with_events(store_url: str) -> None:
    url = store_url
    engine = create_engine(url, json_serializer=json_serializer)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0002")
    assert "calls" not in inspect(engine).get_table_names()
    old = Store(engine, url)
    # A 0002 store knows the unit and dispatch projections; call events are just logged.
    before_calls = ProjectionRegistry()
    units.register(before_calls)
    dispatch.register(before_calls)
    commit(
        old,
        [
            offered(0, "C000041", "3125551234"),
            event(1, ev.CALL_LOCATION, call_id="C000041", location=WPH2, rebid=True, frame=FRAME),
            op(2, ev.CALL_ANSWERED, call_id="C000041"),
            op(3, ev.CALL_ATTACHED, call_id="C000041", incident_id="2026-000042"),
        ],
        before_calls,
    )
    engine.dispose()

    upgraded = open_store(url)
    try:
        with upgraded.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
        assert upgraded.event_count() == 4
        assert verify_chain(upgraded).ok
        detail = query(upgraded, cq.call, "C000041")
        assert (detail.call.state, detail.call.incident_id, detail.call.class_of_service) == (
            "answered",
            "2026-000042",
            "WPH2",
        )
        assert [x.rebid for x in detail.locations] == [False, True]
        commit(upgraded, [op(9, ev.CALL_RELEASED, call_id="C000041")], default_registry())
        assert query(upgraded, cq.active_calls) == []
    finally:
        upgraded.close()


def test_head_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert {"calls", "call_locations"} <= set(inspect(store.engine).get_table_names())


def test_downgrade_to_0002_and_back(store_url: str) -> None:
    url = store_url
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0002")
    tables = set(inspect(engine).get_table_names())
    assert not {"calls", "call_locations"} & tables
    assert "incidents" in tables
    engine.dispose()
    again = open_store(url)
    try:
        assert query(again, cq.active_calls) == []
    finally:
        again.close()
