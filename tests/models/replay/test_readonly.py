"""open_store_readonly: reads any store, writes nothing, and says why it cannot open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from models.replay import open_store_readonly
from models.store import GroupCommitWriter, NewEvent, StoreError, open_store, verify_chain
from models.store.replay_queries import read_events

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _store_with(path: Path, n: int) -> None:
    store = open_store(f"sqlite:///{path}")
    with GroupCommitWriter(store, window_s=0) as writer:
        for i in range(n):
            writer.submit(NewEvent("system", "test.event", T0, {"i": i}, raw=b"r"))
    store.close()


def test_reads_a_store_by_path_and_by_url(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _store_with(path, 3)
    for url in (str(path), f"sqlite:///{path}"):
        store = open_store_readonly(url)
        try:
            assert store.event_count() == 3
            assert verify_chain(store).ok
            events = read_events(store, 0, 10, 10)
            assert [e.payload for e in events] == [{"i": 0}, {"i": 1}, {"i": 2}]
            assert events[0].rx_time == T0
            assert read_events(store, 0, 10, 10, decode_kinds=())[0].payload is None
            assert [e.seq for e in read_events(store, 1, 3, 1)] == [2]
        finally:
            store.close()


def test_refuses_writes_and_leaves_the_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _store_with(path, 2)
    before = path.read_bytes()
    store = open_store_readonly(str(path))
    try:
        with pytest.raises(OperationalError, match=r"readonly|read-only"):
            with store.engine.begin() as conn:
                conn.execute(text("DELETE FROM events"))
        with pytest.raises(OperationalError):
            with store.engine.begin() as conn:
                conn.execute(text("CREATE TABLE x (a INTEGER)"))
        assert store.event_count() == 2
    finally:
        store.close()
    assert path.read_bytes() == before


def test_missing_foreign_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        open_store_readonly(str(tmp_path / "nope.sqlite"))
    assert not (tmp_path / "nope.sqlite").exists()  # nothing created
    foreign = tmp_path / "notes.txt"
    foreign.write_text("this is not a database, just some text\n" * 100)
    with pytest.raises(StoreError, match="not a database"):
        open_store_readonly(str(foreign))
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (a)")
    conn.close()
    with pytest.raises(StoreError, match="not a dispatch-console store"):
        open_store_readonly(str(other))
    with pytest.raises(StoreError, match="not a file"):
        open_store_readonly(str(tmp_path))
    with pytest.raises(StoreError, match="Cannot open the store at nosuchdialect"):
        open_store_readonly("nosuchdialect+x://")


def test_older_schema_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _store_with(path, 2)
    conn = sqlite3.connect(path)
    # A store from before the later migrations: only the original tables.
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN ('events')"
    ).fetchall():
        conn.execute(f'DROP TABLE "{name}"')
    conn.commit()
    conn.close()
    store = open_store_readonly(str(path))
    try:
        assert store.event_count() == 2
        assert verify_chain(store).ok
    finally:
        store.close()
