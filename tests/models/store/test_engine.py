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


def test_known_head_is_alembics_head() -> None:
    from models.store.engine import _MIGRATIONS_DIR
    from models.store.schema_version import known_head

    assert known_head(_MIGRATIONS_DIR) == head_revision()


def test_known_head_refuses_to_guess(tmp_path: Path) -> None:
    from models.store.schema_version import known_head

    versions = tmp_path / "versions"
    versions.mkdir()
    assert known_head(tmp_path) is None  # no scripts
    (versions / "a.py").write_text('revision: str = "a"\ndown_revision: str | None = None\n')
    (versions / "b.py").write_text("revision = 'b'\ndown_revision = 'a'\n")
    assert known_head(tmp_path) == "b"
    other = tmp_path / "two"
    (other / "versions").mkdir(parents=True)
    (other / "versions" / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (other / "versions" / "c.py").write_text('revision = "c"\ndown_revision = None\n')
    assert known_head(other) is None  # two heads: ask alembic


@pytest.mark.sqlite_only
def test_a_store_at_the_head_opens_without_alembic(store: Store, tmp_path: Path) -> None:
    """Opening a store that needs no migration does not import alembic (start time)."""
    import subprocess
    import sys

    assert store.path is not None
    code = (
        "import sys\n"
        "from models.store import open_store\n"
        f"open_store({f'sqlite:///{store.path}'!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr
    fresh = tmp_path / "fresh.sqlite"
    code = code.replace(str(store.path), str(fresh))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True", done.stderr  # a new store is created by the migrations
