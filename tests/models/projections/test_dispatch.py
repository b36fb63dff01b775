"""Dispatch projection, queries and migration 0002, through the real group-commit writer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from models.dispatch import events as ev
from models.dispatch.status import UnitStatus
from models.projections import ProjectionRegistry, default_registry, dispatch, units
from models.store import GroupCommitWriter, NewEvent, Store, open_store, verify_chain
from models.store import dispatch_queries as dq
from models.store.engine import _MIGRATIONS_DIR, head_revision
from models.store.schema import Base, json_serializer

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)
S = UnitStatus


def registry() -> ProjectionRegistry:
    reg = ProjectionRegistry()
    units.register(reg)
    dispatch.register(reg)
    return reg


def event(i: int, kind: str, operator: str = "anna", **payload: Any) -> NewEvent:
    return NewEvent(
        source=ev.operator_source(operator),
        kind=kind,
        rx_time=T0 + timedelta(seconds=i),
        payload=payload,
    )


def created(i: int, incident_id: str, type_: str = "structure-fire", priority: int = 1) -> NewEvent:
    return event(
        i,
        ev.INCIDENT_CREATED,
        incident_id=incident_id,
        type=type_,
        priority=priority,
        lat=60.1695,
        lon=24.944,
        location="Aleksanterinkatu 5",
        call_id=None,
    )


def assigned(i: int, unit: str, incident_id: str, **extra: Any) -> NewEvent:
    payload = {"eta_s": 240.0, "route_m": 1800.0, "recommended": True, "reason": None}
    payload.update(extra)
    return event(i, ev.UNIT_ASSIGNED, unit=unit, incident_id=incident_id, **payload)


def status(i: int, unit: str, new: str, previous: str | None, incident_id: str | None) -> NewEvent:
    return event(
        i, ev.UNIT_STATUS, unit=unit, status=new, previous=previous, incident_id=incident_id
    )


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


def commit(
    store: Store, events: list[NewEvent], projections: ProjectionRegistry | None = None
) -> None:
    """All events in ONE batch: the writer waits (up to a long window) for the batch to fill."""
    with GroupCommitWriter(
        store, max_batch=len(events), window_s=60, projections=projections or registry()
    ) as writer:
        receipts = [writer.submit(e) for e in events]
        assert writer.flush(60)
        assert writer.batches_committed == 1
    assert [r.result(5).seq for r in receipts] == list(
        range(receipts[0].result(5).seq, receipts[0].result(5).seq + len(events))
    )


def query(store: Store, fn: Any, *args: Any) -> Any:
    with store.engine.connect() as conn:
        return fn(conn, *args)


def test_incident_lifecycle(store: Store) -> None:
    commit(
        store,
        [
            created(0, "2026-000001"),
            event(1, ev.INCIDENT_NOTE, incident_id="2026-000001", text="smoke from 3rd floor"),
            assigned(2, "HE11", "2026-000001"),
            assigned(3, "HE12", "2026-000001", recommended=False, reason="closer", eta_s=None),
            status(4, "HE11", "dispatched", "available", "2026-000001"),
            status(5, "HE11", "en route", "dispatched", "2026-000001"),
            event(6, ev.INCIDENT_NOTE, "ben", incident_id="2026-000001", text="2 trapped"),
        ],
    )
    (row,) = query(store, dq.open_incidents)
    assert row.incident_id == "2026-000001"
    assert (row.type, row.priority, row.status) == ("structure-fire", 1, "open")
    assert (row.lat, row.lon, row.location, row.call_id) == (
        60.1695,
        24.944,
        "Aleksanterinkatu 5",
        None,
    )
    assert row.created_at == T0 and row.created_at.tzinfo is not None
    assert row.created_seq == 1
    assert row.units == ("HE11", "HE12")

    detail = query(store, dq.incident, "2026-000001")
    assert [(n.operator, n.text, n.time) for n in detail.notes] == [
        ("anna", "smoke from 3rd floor", T0 + timedelta(seconds=1)),
        ("ben", "2 trapped", T0 + timedelta(seconds=6)),
    ]
    first, second = detail.assignments
    assert (first.call_sign, first.eta_s, first.route_m, first.recommended) == (
        "HE11",
        240.0,
        1800.0,
        True,
    )
    assert (second.call_sign, second.eta_s, second.recommended, second.reason) == (
        "HE12",
        None,
        False,
        "closer",
    )
    assert first.assigned_at == T0 + timedelta(seconds=2) and first.is_open

    units = query(store, dq.unit_statuses)
    assert list(units) == ["HE11"]
    he11 = units["HE11"]
    assert (he11.status, he11.previous, he11.incident_id) == (
        S.EN_ROUTE,
        S.AVAILABLE,
        "2026-000001",
    ) or (
        he11.status,
        he11.previous,
    ) == (S.EN_ROUTE, S.DISPATCHED)
    assert he11.previous is S.DISPATCHED
    assert he11.since == T0 + timedelta(seconds=5)
    assert he11.event_seq == 6

    # Close in a later batch: status, disposition, and every open assignment released.
    commit(
        store, [event(20, ev.INCIDENT_CLOSED, incident_id="2026-000001", disposition="fire out")]
    )
    assert query(store, dq.open_incidents) == []
    detail = query(store, dq.incident, "2026-000001")
    assert (detail.incident.status, detail.incident.disposition) == ("closed", "fire out")
    assert detail.incident.closed_at == T0 + timedelta(seconds=20)
    assert detail.incident.units == ()
    assert [a.released_at for a in detail.assignments] == [T0 + timedelta(seconds=20)] * 2
    assert query(store, dq.open_assignments) == {}


def relocated(i: int, incident_id: str, lat: float, lon: float, location: str | None) -> NewEvent:
    return event(
        i, ev.INCIDENT_LOCATION, incident_id=incident_id, lat=lat, lon=lon, location=location,
        place=None, verified=False, override=True, reverse=None,
        previous={"lat": 60.1695, "lon": 24.944, "location": "Aleksanterinkatu 5"},
    )  # fmt: skip


def test_a_new_location_moves_an_open_incident_never_a_closed_one(store: Store) -> None:
    commit(
        store,
        [
            created(0, "2026-000001"),
            created(1, "2026-000002"),
            relocated(2, "2026-000001", 60.1710, 24.9480, "Mikonkatu 8"),
            event(3, ev.INCIDENT_CLOSED, incident_id="2026-000002", disposition="false alarm"),
            relocated(4, "2026-000002", 60.1800, 24.9500, "somewhere else"),
            relocated(5, "2026-000001", 91.0, 24.9480, "off the globe"),  # skipped, not fatal
        ],
    )
    (row,) = query(store, dq.open_incidents)
    assert (row.incident_id, row.lat, row.lon, row.location) == (
        "2026-000001", 60.1710, 24.9480, "Mikonkatu 8",
    )  # fmt: skip
    closed = query(store, dq.incident, "2026-000002").incident
    assert (closed.lat, closed.lon, closed.location) == (60.1695, 24.944, "Aleksanterinkatu 5")


def test_a_reopened_incident_is_open_again_and_replays_the_same(store: Store) -> None:
    commit(
        store,
        [
            created(0, "2026-000001"),
            event(1, ev.INCIDENT_CLOSED, incident_id="2026-000001", disposition="false alarm"),
            event(2, ev.INCIDENT_REOPENED, incident_id="2026-000001", reason="rang again",
                  previous={"disposition": "false alarm", "closed": "2026-01-01T12:00:01Z"}),
            event(3, ev.INCIDENT_REOPENED, incident_id="2026-000009", reason="unknown: skipped"),
        ],
    )  # fmt: skip
    (row,) = query(store, dq.open_incidents)
    assert (row.incident_id, row.status, row.disposition) == ("2026-000001", "open", None)
    assert query(store, dq.incident, "2026-000001").incident.closed_at is None
    with store.engine.begin() as conn:
        assert dispatch.replay(conn) == 4
    (again,) = query(store, dq.open_incidents)
    assert again == row


def test_available_and_out_of_service_release_the_assignment(store: Store) -> None:
    commit(
        store,
        [
            created(0, "2026-000001", "cardiac-arrest"),
            created(1, "2026-000002", "burglary-in-progress", priority=2),
            assigned(2, "HE31", "2026-000001"),
            assigned(3, "HEP111", "2026-000002"),
            assigned(4, "HEP112", "2026-000002"),
            status(5, "HE31", "dispatched", "available", "2026-000001"),
            status(6, "HEP111", "dispatched", "available", "2026-000002"),
            status(7, "HEP112", "dispatched", "available", "2026-000002"),
        ],
    )
    assert set(query(store, dq.open_assignments)) == {"HE31", "HEP111", "HEP112"}
    commit(
        store,
        [
            status(10, "HE31", "en route", "dispatched", "2026-000001"),
            status(11, "HE31", "on scene", "en route", "2026-000001"),
            status(12, "HE31", "transporting", "on scene", "2026-000001"),
            status(13, "HE31", "at hospital", "transporting", "2026-000001"),
            status(14, "HEP111", "available on radio", "dispatched", None),
            status(15, "HEP112", "out of service", "dispatched", None),
        ],
    )
    open_now = query(store, dq.open_assignments)
    assert list(open_now) == ["HE31"]  # at hospital is still committed
    detail = query(store, dq.incident, "2026-000002")
    assert {a.call_sign: a.released_at for a in detail.assignments} == {
        "HEP111": T0 + timedelta(seconds=14),
        "HEP112": T0 + timedelta(seconds=15),
    }
    commit(store, [status(16, "HE31", "available", "at hospital", None)])
    assert query(store, dq.open_assignments) == {}
    units = query(store, dq.unit_statuses)
    assert {cs: u.status for cs, u in units.items()} == {
        "HE31": S.AVAILABLE,
        "HEP111": S.AVAILABLE_ON_RADIO,
        "HEP112": S.OUT_OF_SERVICE,
    }
    assert units["HE31"].incident_id is None and units["HE31"].previous is S.AT_HOSPITAL
    # The incident stays open: closing is a dispatcher's decision.
    assert [i.incident_id for i in query(store, dq.open_incidents)] == [
        "2026-000001",
        "2026-000002",
    ]
    assert query(store, dq.open_incidents)[0].units == ()


def test_order_across_kinds_within_one_batch(store: Store) -> None:
    # Assign, release, assign again, close: all in one batch, applied in order.
    commit(
        store,
        [
            created(0, "2026-000001"),
            assigned(1, "HE11", "2026-000001"),
            status(2, "HE11", "available", "dispatched", None),
            assigned(3, "HE11", "2026-000001"),
            created(4, "2026-000002", "vehicle-fire", priority=2),
            assigned(5, "HE12", "2026-000002"),
            event(6, ev.INCIDENT_CLOSED, incident_id="2026-000002", disposition="false alarm"),
            assigned(7, "HE13", "2026-000002"),  # after the close: kept as sent, and open
        ],
    )
    detail = query(store, dq.incident, "2026-000001")
    assert [(a.call_sign, a.released_at) for a in detail.assignments] == [
        ("HE11", T0 + timedelta(seconds=2)),
        ("HE11", None),
    ]
    closed = query(store, dq.incident, "2026-000002")
    assert closed.incident.status == "closed"
    assert [(a.call_sign, a.released_at) for a in closed.assignments] == [
        ("HE12", T0 + timedelta(seconds=6)),
        ("HE13", None),
    ]


def test_a_unit_holds_one_open_assignment(store: Store) -> None:
    commit(store, [created(0, "2026-000001"), created(1, "2026-000002", priority=1)])
    commit(
        store,
        [
            assigned(2, "HE11", "2026-000001"),
            assigned(3, "HE11", "2026-000002"),  # diverted in the same batch
        ],
    )
    commit(store, [assigned(4, "HE11", "2026-000001")])  # and back, in a later one
    open_now = query(store, dq.open_assignments)
    assert open_now["HE11"].incident_id == "2026-000001"
    assert open_now["HE11"].assigned_at == T0 + timedelta(seconds=4)
    second = query(store, dq.incident, "2026-000002").assignments
    assert [a.released_at for a in second] == [T0 + timedelta(seconds=4)]
    first = query(store, dq.incident, "2026-000001").assignments
    assert [a.released_at for a in first] == [T0 + timedelta(seconds=3), None]


def test_duplicate_and_malformed_events_are_skipped_not_fatal(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    commit(
        store,
        [
            created(0, "2026-000001"),
            created(1, "2026-000001", "vehicle-fire"),  # same id, same batch
            event(2, ev.INCIDENT_CREATED, incident_id="2026-000002", type="x", priority="1"),
            event(
                3,
                ev.INCIDENT_CREATED,
                incident_id="2026-000003",
                type="x",
                priority=1,
                lat=91.0,
                lon=0.0,
            ),
            event(4, ev.INCIDENT_NOTE, incident_id=7, text="x"),
            event(5, ev.UNIT_STATUS, unit="HE11", status="enroute", previous=None),
            event(6, ev.UNIT_ASSIGNED, unit="", incident_id="2026-000001"),
            event(7, ev.INCIDENT_CREATED, incident_id="x" * 41, type="x", priority=1, lat=0, lon=0),
            NewEvent(source="system", kind=ev.INCIDENT_NOTE, rx_time=T0, payload=None),
            event(9, ev.INCIDENT_NOTE, incident_id="2026-000001", text="still works"),
        ],
    )
    commit(store, [created(10, "2026-000001", "hazmat-leak")])  # same id, later batch
    (row,) = query(store, dq.open_incidents)
    assert (row.incident_id, row.type, row.created_seq) == ("2026-000001", "structure-fire", 1)
    assert [n.text for n in query(store, dq.incident, "2026-000001").notes] == ["still works"]
    assert query(store, dq.unit_statuses) == {}
    assert store.event_count() == 11  # every event is in the log whatever the projection did
    messages = " | ".join(r.getMessage() for r in caplog.records)
    assert "incident 2026-000001 already exists" in messages
    assert "priority must be a whole number, got '1'" in messages
    assert "lat/lon out of range" in messages
    assert "incident_id must be text, got 7" in messages
    assert "status is not a unit status: 'enroute'" in messages
    assert "unit must be text, got ''" in messages
    assert "incident_id is longer than 40 characters" in messages
    assert "no payload" in messages


def test_many_events_in_one_batch(store: Store) -> None:
    events: list[NewEvent] = []
    for n in range(1, 301):
        incident_id = dq.format_incident_id(2026, n)
        events.append(created(n, incident_id, priority=1 + n % 5))
        events.append(assigned(n, f"U{n}", incident_id))
    events.append(event(400, ev.INCIDENT_CLOSED, incident_id="2026-000005", disposition="done"))
    commit(store, events)
    rows = query(store, dq.open_incidents)
    assert len(rows) == 299
    assert [r.priority for r in rows] == sorted(r.priority for r in rows)
    assert all(r.units == (f"U{int(r.incident_id[5:])}",) for r in rows)
    assert query(store, dq.next_incident_number, 2026) == "2026-000301"


def test_next_incident_number(store: Store) -> None:
    assert query(store, dq.next_incident_number, 2026) == "2026-000001"
    commit(
        store,
        [
            created(0, "2025-000777"),
            created(1, "2026-000009"),
            created(2, "2026-000123"),
            created(3, "2026-demo-1"),  # another shape is ignored
            created(4, "2027-000001"),
        ],
    )
    assert query(store, dq.next_incident_number, 2026) == "2026-000124"
    assert query(store, dq.next_incident_number, 2025) == "2025-000778"
    assert query(store, dq.next_incident_number, 2024) == "2024-000001"
    commit(store, [created(5, "2026-1000000")])  # past the padding still counts up
    assert query(store, dq.next_incident_number, 2026) == "2026-1000001"


def test_incident_unknown_id(store: Store) -> None:
    assert query(store, dq.incident, "2026-999999") is None


def test_replay_rebuilds_the_same_rows(store: Store) -> None:
    commit(
        store,
        [
            created(0, "2026-000001"),
            assigned(1, "HE11", "2026-000001"),
            status(2, "HE11", "dispatched", "available", "2026-000001"),
            event(3, ev.INCIDENT_NOTE, incident_id="2026-000001", text="n"),
            event(4, ev.INCIDENT_CLOSED, incident_id="2026-000001", disposition="ok"),
        ],
    )
    before = (query(store, dq.incident, "2026-000001"), query(store, dq.unit_statuses))
    with store.engine.begin() as conn:
        assert dispatch.replay(conn, chunk=2) == 5
    assert (query(store, dq.incident, "2026-000001"), query(store, dq.unit_statuses)) == before


# -- migration ----------------------------------------------------------------


def _config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def test_upgrade_from_0001_with_events(store_url: str) -> None:
    url = store_url
    engine = create_engine(url, json_serializer=json_serializer)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0001")
    assert "incidents" not in inspect(engine).get_table_names()
    old = Store(engine, url)
    # A 0001 store knows only the unit positions projection; dispatch events are just logged.
    positions_only = ProjectionRegistry()
    units.register(positions_only)
    fix = {"unit": "HE11", "message": {"lat": 60.1, "lon": 24.9}}
    commit(
        old,
        [
            NewEvent("link:avl", "frame.decoded", T0, fix),
            created(1, "2026-000042"),
            assigned(2, "HE11", "2026-000042"),
            status(3, "HE11", "dispatched", "available", "2026-000042"),
            event(4, ev.INCIDENT_NOTE, incident_id="2026-000042", text="from before"),
        ],
        positions_only,
    )
    engine.dispose()

    upgraded = open_store(url)
    try:
        with upgraded.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
        assert upgraded.event_count() == 5
        assert verify_chain(upgraded).ok
        assert upgraded.unit_positions()["HE11"].lat == 60.1
        # Migration 0002 replayed the logged dispatch events.
        (row,) = query(upgraded, dq.open_incidents)
        assert (row.incident_id, row.units) == ("2026-000042", ("HE11",))
        assert [n.text for n in query(upgraded, dq.incident, "2026-000042").notes] == [
            "from before"
        ]
        assert query(upgraded, dq.unit_statuses)["HE11"].status is S.DISPATCHED
        # And new events go through the projection as usual.
        commit(
            upgraded, [event(9, ev.INCIDENT_CLOSED, incident_id="2026-000042", disposition="ok")]
        )
        assert query(upgraded, dq.open_incidents) == []
        assert query(upgraded, dq.next_incident_number, 2026) == "2026-000043"
    finally:
        upgraded.close()


def test_head_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    tables = set(inspect(store.engine).get_table_names())
    assert {"incidents", "unit_status", "assignments", "incident_notes"} <= tables


def test_downgrade_to_0001_and_back(store_url: str) -> None:
    url = store_url
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0001")
    assert not {"incidents", "assignments"} & set(inspect(engine).get_table_names())
    engine.dispose()
    again = open_store(url)
    try:
        assert query(again, dq.open_incidents) == []
    finally:
        again.close()


def test_default_registry_projects_dispatch_events(store: Store) -> None:
    """The writer's default projections include this one (models.projections._BUILTIN)."""
    commit(store, [created(0, "2026-000001")], default_registry())
    assert [r.incident_id for r in query(store, dq.open_incidents)] == ["2026-000001"]
