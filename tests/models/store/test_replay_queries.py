"""``open_store_readonly``: plain read-only, immutable for evidence, the -wal rule, and the
replay window's default (immutable at rest, followed in use)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.store import GroupCommitWriter, NewEvent, StoreError, open_store, verify_chain
from models.store.replay_queries import (
    IMMUTABLE,
    READ_ONLY,
    WAL_HEADER_BYTES,
    ReadOnlyStore,
    in_use,
    open_store_readonly,
    pending_wal,
)

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _store(path: Path, n: int = 3) -> Path:
    store = open_store(f"sqlite:///{path}")
    with GroupCommitWriter(store, window_s=0) as writer:
        for i in range(n):
            writer.submit(NewEvent("link:avl", "frame.decoded", T0, {"i": i}))
    store.close()
    return path


def test_immutable_open_writes_nothing_beside_the_file(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    stat = path.stat()
    for given in (str(path), f"sqlite:///{path}"):
        opened = open_store_readonly(given, immutable=True)
        try:
            assert isinstance(opened, ReadOnlyStore)
            assert (opened.where, opened.access) == (str(path), IMMUTABLE)
            assert verify_chain(opened).checked == 3
        finally:
            opened.close()
    assert sorted(os.listdir(tmp_path)) == ["s.sqlite"]
    assert path.stat().st_mtime_ns == stat.st_mtime_ns


def test_the_default_is_immutable_at_rest_and_follows_a_store_in_use(tmp_path: Path) -> None:
    """The console's replay window: evidence is left untouched, a live store is followed."""
    path = _store(tmp_path / "s.sqlite")
    stat = path.stat()
    opened = open_store_readonly(str(path))
    try:
        assert opened.access == IMMUTABLE and opened.event_count() == 3
    finally:
        opened.close()
    assert sorted(os.listdir(tmp_path)) == ["s.sqlite"]
    assert path.stat().st_mtime_ns == stat.st_mtime_ns

    live = open_store(f"sqlite:///{path}")  # a console has it open: -shm beside it
    writer = GroupCommitWriter(live, window_s=0)
    try:
        writer.submit(NewEvent("link:avl", "frame.decoded", T0, {"i": 3})).result(10)
        assert in_use(path) is not None
        opened = open_store_readonly(str(path))
        try:
            assert opened.access.startswith("read-only, NOT immutable: the store is in use")
            assert opened.event_count() == 4
            writer.submit(NewEvent("link:avl", "frame.decoded", T0, {"i": 4})).result(10)
            assert opened.event_count() == 5  # followed as it grows
        finally:
            opened.close()
    finally:
        writer.close()
        live.close()


def test_immutable_false_is_a_plain_read_only_open(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    opened = open_store_readonly(str(path), immutable=False)
    try:
        assert opened.access == READ_ONLY
        assert opened.event_count() == 3
    finally:
        opened.close()


def test_a_wal_with_only_its_header_holds_nothing(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    wal = tmp_path / "s.sqlite-wal"
    assert pending_wal(path) is None
    wal.write_bytes(b"\0" * WAL_HEADER_BYTES)
    assert pending_wal(path) is None
    opened = open_store_readonly(str(path), immutable=True)
    assert opened.access == IMMUTABLE
    opened.close()
    wal.write_bytes(b"\0" * (WAL_HEADER_BYTES + 1))
    assert pending_wal(path) == wal


def test_a_live_store_is_read_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    store = open_store(f"sqlite:///{path}")
    other = sqlite3.connect(path)
    other.execute("SELECT count(*) FROM events").fetchall()  # keeps the -wal from a checkpoint
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            writer.submit(NewEvent("link:avl", "frame.decoded", T0, {"i": 1}))
        assert pending_wal(path) is not None
        opened = open_store_readonly(str(path), immutable=True)
        try:
            assert opened.access.startswith("read-only, NOT immutable: live.sqlite-wal ")
            assert opened.event_count() == 1
        finally:
            opened.close()
    finally:
        other.close()
        store.close()


def test_missing_and_foreign_files_are_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        open_store_readonly(str(tmp_path / "none.sqlite"), immutable=True)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(StoreError, match="not a database"):
        open_store_readonly(str(junk), immutable=True)
    with pytest.raises(StoreError, match="in-memory"):
        open_store_readonly("sqlite://", immutable=True)
