"""Unit positions projection: same transaction as the event, newest per unit wins."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text

from models.projections import ProjectionRegistry, default_registry, units
from models.store import GroupCommitWriter, NewEvent, Store, StoredEvent, open_store

T0 = datetime(2024, 5, 1, 23, 59, 0, tzinfo=UTC)


def position(unit: str, i: int, **message: Any) -> NewEvent:
    body: dict[str, Any] = {
        "protocol": "nmea",
        "kind": "RMC",
        "talker": "GP",
        "lat": 43.7 + i / 1000,
        "lon": 7.4 + i / 1000,
    }
    body.update(message)
    return NewEvent(
        source="link:avl",
        kind="frame.decoded",
        rx_time=T0 + timedelta(seconds=i),
        payload={"unit": unit, "message": body},
        raw=b"$GPRMC,...",
    )


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


@contextlib.contextmanager
def second_connection(url: str) -> Iterator[Connection]:
    """A reader of its own, outside the store's pool, as another process would be."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def test_position_event_updates_unit(store: Store) -> None:
    with GroupCommitWriter(store) as writer:
        stored = writer.submit(
            position(
                "E-7",
                0,
                fix_time="23:58:59.500000",
                fix_date="2024-05-01",
                speed_knots=10.0,
                course_deg=271.5,
            )
        ).result(timeout=30)
    rows = store.unit_positions()
    assert list(rows) == ["E-7"]
    row = rows["E-7"]
    assert (row.lat, row.lon) == (43.7, 7.4)
    assert row.fix_time == datetime(2024, 5, 1, 23, 58, 59, 500000, tzinfo=UTC)
    assert row.rx_time == T0
    assert row.speed_mps == pytest.approx(5.144444, rel=1e-6)
    assert row.course_deg == 271.5
    assert row.event_seq == stored.seq


def test_projection_commits_with_the_event(store: Store, store_url: str) -> None:
    seen: list[tuple[int, int | None]] = []

    def check_from_second_connection(batch: list[StoredEvent]) -> None:
        with second_connection(store_url) as conn:
            for stored in batch:
                has_event = conn.execute(
                    text("SELECT count(*) FROM events WHERE seq=:seq"), {"seq": stored.seq}
                ).scalar_one()
                unit_seq = conn.execute(
                    text("SELECT event_seq FROM unit_positions WHERE call_sign='P-1'")
                ).scalar()
                seen.append((has_event, unit_seq))

    with GroupCommitWriter(store, window_s=0, on_committed=check_from_second_connection) as w:
        for i in range(3):
            w.submit(position("P-1", i)).result(timeout=30)
    assert seen == [(1, 1), (1, 2), (1, 3)]


def test_rolled_back_projection_not_visible(store: Store, store_url: str) -> None:
    failed = threading.Event()
    release = threading.Event()
    seen: dict[str, int] = {}

    def hold_then_fail(conn: Connection, events: Sequence[StoredEvent]) -> None:
        if not failed.is_set():
            failed.set()
            assert release.wait(30)
            raise RuntimeError("boom")

    registry = default_registry()
    registry.register("frame.decoded", hold_then_fail)
    writer = GroupCommitWriter(store, window_s=0, projections=registry, retry_delay_s=0.01)
    writer.submit(position("P-1", 0))
    assert failed.wait(30)
    # The units upsert already ran inside the open transaction: another reader must not see it.
    with second_connection(store_url) as conn:
        seen["units"] = conn.execute(text("SELECT count(*) FROM unit_positions")).scalar_one()
        seen["events"] = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    release.set()
    assert writer.flush(timeout=30)
    writer.close()
    assert seen == {"units": 0, "events": 0}
    assert store.unit_positions()["P-1"].event_seq == 1


def test_newest_position_wins_within_a_batch(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    upserts: list[list[tuple[str, int]]] = []
    real_upsert = units.upsert

    def spy(conn: Connection, rows: list[dict[str, Any]]) -> None:
        upserts.append(sorted((r["call_sign"], r["event_seq"]) for r in rows))
        real_upsert(conn, rows)

    monkeypatch.setattr(units, "upsert", spy)
    events = [
        position("A", 0),
        position("B", 1),
        position("A", 2),
        NewEvent("system", "system.start", T0, None),
        position("A", 3, speed_knots=1.0),
        position("B", 4),
    ]
    with GroupCommitWriter(store, max_batch=len(events), window_s=60) as writer:
        for item in events:
            writer.submit(item)
    assert upserts == [[("A", 5), ("B", 6)]]
    rows = store.unit_positions()
    assert rows["A"].lat == pytest.approx(43.703) and rows["A"].event_seq == 5
    assert rows["A"].speed_mps == pytest.approx(units.KNOT_MPS)
    assert rows["B"].lat == pytest.approx(43.704) and rows["B"].event_seq == 6


def test_later_batch_overwrites_earlier(store: Store) -> None:
    with GroupCommitWriter(store, window_s=0) as writer:
        writer.submit(position("A", 0, speed_knots=3.0)).result(timeout=30)
        writer.submit(position("A", 9)).result(timeout=30)
    row = store.unit_positions()["A"]
    assert row.event_seq == 2 and row.lat == pytest.approx(43.709)
    assert row.speed_mps is None  # a fix without speed clears the old speed


@pytest.mark.parametrize(
    "payload",
    [
        None,
        {},
        {"unit": "A"},
        {"message": {"lat": 1.0, "lon": 2.0}},
        {"unit": "", "message": {"lat": 1.0, "lon": 2.0}},
        {"unit": "A", "message": {"kind": "GGA", "reason": "no fix"}},
        {"unit": "A", "message": {"lat": "43.7", "lon": 7.4}},
        {"unit": "A", "message": {"lat": True, "lon": 7.4}},
        {"unit": "A", "message": {"lat": 91.0, "lon": 7.4}},
        {"unit": "A", "message": {"lat": 1.0, "lon": -180.5}},
        {"unit": 5, "message": {"lat": 1.0, "lon": 2.0}},
        {"unit": ["A"], "message": {"lat": 1.0, "lon": 2.0}},
        {"unit": "A", "message": [1, 2]},
    ],
)
def test_unusable_payloads_are_ignored(store: Store, payload: dict[str, Any] | None) -> None:
    with GroupCommitWriter(store) as writer:
        writer.submit(NewEvent("link:avl", "frame.decoded", T0, payload)).result(timeout=30)
    assert store.unit_positions() == {}
    assert store.event_count() == 1


def test_other_kinds_do_not_touch_units(store: Store) -> None:
    event = position("A", 0)
    with GroupCommitWriter(store) as writer:
        writer.submit(NewEvent("link:avl", "frame.other", T0, event.payload)).result(timeout=30)
    assert store.unit_positions() == {}


@pytest.mark.parametrize(
    ("message", "rx_time", "expected"),
    [
        ({}, T0, None),
        ({"fix_time": "nonsense"}, T0, None),
        ({"fix_time": "12:00:00", "fix_date": "bad"}, T0, None),
        ({"fix_time": "23:58:30"}, T0, datetime(2024, 5, 1, 23, 58, 30, tzinfo=UTC)),
        ({"fix_time": "23:58:30+00:00"}, T0, datetime(2024, 5, 1, 23, 58, 30, tzinfo=UTC)),
        (
            {"fix_time": "01:58:30+02:00", "fix_date": "2024-05-02"},
            T0,
            datetime(2024, 5, 1, 23, 58, 30, tzinfo=UTC),
        ),
        # Received just after midnight, claims just before: the previous day.
        (
            {"fix_time": "23:59:58"},
            datetime(2024, 5, 2, 0, 0, 1, tzinfo=UTC),
            datetime(2024, 5, 1, 23, 59, 58, tzinfo=UTC),
        ),
        # Received just before midnight, claims just after: the next day.
        ({"fix_time": "00:00:02"}, T0, datetime(2024, 5, 2, 0, 0, 2, tzinfo=UTC)),
        (
            {"fix_time": "10:00:00.25", "fix_date": "2023-12-31"},
            T0,
            datetime(2023, 12, 31, 10, 0, 0, 250000, tzinfo=UTC),
        ),
    ],
)
def test_claimed_fix_time(
    message: dict[str, Any], rx_time: datetime, expected: datetime | None
) -> None:
    assert units.claimed_fix_time(message, rx_time) == expected


def test_registry_dispatch_by_kind_and_prefix() -> None:
    calls: list[tuple[str, list[int]]] = []

    def recorder(name: str):  # type: ignore[no-untyped-def]
        def projection(conn: Connection, events: Sequence[StoredEvent]) -> None:
            calls.append((name, [e.seq for e in events]))

        return projection

    registry = ProjectionRegistry()
    ops = recorder("ops")
    registry.register("operator.*", ops)
    registry.register("system.start", recorder("start"))
    registry.register(["operator.note", "system.stop"], ops)  # overlap: still one call
    kinds = ["operator.note", "system.start", "frame.decoded", "operator.assign", "system.stop"]
    batch = [
        StoredEvent("x", kind, T0, None, None, None, seq, "h") for seq, kind in enumerate(kinds, 1)
    ]
    registry.apply(None, batch)  # type: ignore[arg-type]
    assert calls == [("ops", [1, 4, 5]), ("start", [2])]


def _unit_rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM unit_positions ORDER BY call_sign").fetchall()
    finally:
        conn.close()


def test_sqlite_multi_row_upsert_stores_what_core_stores(tmp_path: Path) -> None:
    # More units than one statement holds, an update of existing rows, NULLs and a
    # non-UTC time: the hand-compiled statements must bind exactly as Core does.
    n = units.UPSERT_ROWS_PER_STATEMENT + 30
    paris = timezone(timedelta(hours=2))
    rows: dict[bool, list[tuple[object, ...]]] = {}
    for multi_row in (True, False):
        path = tmp_path / f"units-{multi_row}.sqlite"
        store = open_store(f"sqlite:///{path}")
        with GroupCommitWriter(store) as writer:
            for i in range(n):
                writer.submit(position(f"U{i:03d}", i))
        batch = [
            {
                "call_sign": f"U{i:03d}",
                "lat": 43.0 + i / 100,
                "lon": 7.0,
                "fix_time": None if i % 3 else datetime(2024, 5, 1, 14, 0, i % 60, tzinfo=paris),
                "rx_time": T0 + timedelta(microseconds=i),
                "speed_mps": None if i % 2 else 1.5,
                "course_deg": None,
                "event_seq": i + 1,
            }
            for i in range(0, n, 2)
        ]
        with store.engine.begin() as conn:
            if multi_row:
                units.upsert(conn, batch)
            else:
                conn.execute(
                    units.unit_positions_table.delete().where(
                        units.unit_positions_table.c.call_sign.in_([r["call_sign"] for r in batch])
                    )
                )
                conn.execute(units.unit_positions_table.insert(), batch)
        positions = store.unit_positions()
        store.close()
        rows[multi_row] = _unit_rows(path)
        assert positions["U000"].fix_time == datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
        assert positions["U001"].lat == pytest.approx(43.701)
    assert rows[True] == rows[False]
    assert len(rows[True]) == n
