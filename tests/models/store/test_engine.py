"""Opening the store: migrations, pragmas, default location, clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from models.store import Store, StoreError, open_store
from models.store import engine as engine_module
from models.store.engine import head_revision


def test_migrations_create_schema(store: Store) -> None:
    inspector = inspect(store.engine)
    assert set(inspector.get_table_names()) >= {"events", "unit_positions", "alembic_version"}
    event_columns = {c["name"] for c in inspector.get_columns("events")}
    assert event_columns == {
        "seq",
        "rx_time",
        "source",
        "kind",
        "payload",
        "raw",
        "error",
        "prev_hash",
        "hash",
    }
    unit_columns = {c["name"] for c in inspector.get_columns("unit_positions")}
    assert unit_columns == {
        "call_sign",
        "lat",
        "lon",
        "fix_time",
        "rx_time",
        "speed_mps",
        "course_deg",
        "event_seq",
    }
    indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("events")}
    assert {("rx_time",), ("kind",)} <= indexed
    with store.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == head_revision()
        )


@pytest.mark.sqlite_only
def test_sqlite_pragmas_on_every_connection(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_empty_store_queries(store: Store) -> None:
    assert store.last_seq() == 0
    assert store.event_count() == 0
    assert store.latest_events() == []
    assert store.events_since(0) == []
    assert store.unit_positions() == {}
    if store.engine.dialect.name == "sqlite":
        assert store.path is not None and store.path.name == "store.sqlite"
    else:
        assert store.path is None  # a server database has no file of ours


def test_reopen_is_idempotent(store_url: str) -> None:
    open_store(store_url).close()
    reopened = open_store(store_url)
    try:
        assert reopened.last_seq() == 0
    finally:
        reopened.close()


def test_default_location_is_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "deep" / "data"
    calls: list[tuple[str, object]] = []

    def fake_user_data_dir(name: str, appauthor: object = None) -> str:
        calls.append((name, appauthor))
        return str(data_dir)

    monkeypatch.setattr(engine_module, "user_data_dir", fake_user_data_dir)
    store = open_store()
    try:
        assert calls == [("dispatch-console", False)]
        assert store.path == data_dir / "live.sqlite"
        assert (data_dir / "live.sqlite").is_file()
    finally:
        store.close()


def test_parent_is_a_file_gives_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    target = blocker / "store.sqlite"
    with pytest.raises(StoreError) as info:
        open_store(f"sqlite:///{target}")
    message = str(info.value)
    assert str(target) in message
    assert "Not a directory" in message


def test_missing_directory_gives_store_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "store.sqlite"
    with pytest.raises(StoreError, match="No such file or directory") as info:
        open_store(f"sqlite:///{target}")
    assert str(target) in str(info.value)


def test_directory_as_store_gives_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory") as info:
        open_store(f"sqlite:///{tmp_path}")
    assert str(tmp_path) in str(info.value)


def test_not_a_database_gives_store_error(tmp_path: Path) -> None:
    target = tmp_path / "garbage.sqlite"
    target.write_bytes(b"this is not an sqlite database at all" * 200)
    with pytest.raises(StoreError, match="not a database") as info:
        open_store(f"sqlite:///{target}")
    assert str(target) in str(info.value)
    # The file is left as it was: opening must never "repair" by overwriting.
    assert target.read_bytes().startswith(b"this is not")


def test_invalid_url_gives_store_error() -> None:
    with pytest.raises(StoreError, match="Invalid store URL"):
        open_store("not a url at all")


def test_raw_sqlite_sees_wal_mode(store: Store, store_path: Path) -> None:
    conn = sqlite3.connect(store_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
