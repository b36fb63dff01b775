"""A full disk is named as such, by the writer's health and by ``open_store`` (fault 4).

Fault reproduced: a full disk showed only as SQLite's "disk I/O error" (or a
bare "database or disk is full" in a traceback), never as what an operator
can act on. Now health reports and ``open_store`` errors say "the disk is
full (...)". The real thing is tested on a small tmpfs when this process may
mount one (root on Linux), and skipped cleanly otherwise; SQLite's own limit
(``max_page_count``) gives the same SQLITE_FULL anywhere.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from models.store import (
    GroupCommitWriter,
    NewEvent,
    Store,
    StoreError,
    failures,
    open_store,
    verify_chain,
)
from models.store.failures import describe, is_disk_full, is_unavailable

Factory = Callable[..., NewEvent]
WAIT_S = 30


def _sqlite_full_error() -> sqlite3.OperationalError:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (b BLOB)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    try:
        for _ in range(10):
            conn.execute("INSERT INTO t VALUES (?)", (bytes(8000),))
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("SQLite did not fill up")


def test_sqlite_full_is_named() -> None:
    wrapped = sa_exc.OperationalError("INSERT", {}, _sqlite_full_error())
    assert is_unavailable(wrapped) and is_disk_full(wrapped)
    assert describe(wrapped) == "the disk is full (database or disk is full)"


def test_sqlite_io_error_is_a_full_disk_only_when_no_room_is_left(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
    wrapped = sa_exc.OperationalError("COMMIT", {}, io_error)
    assert is_unavailable(wrapped)
    assert describe(wrapped, tmp_path / "store.sqlite") == "disk I/O error"
    monkeypatch.setattr(failures, "_free_bytes", lambda path: 4096)
    assert describe(wrapped, tmp_path / "store.sqlite") == "the disk is full (disk I/O error)"


def test_postgresql_disk_full_is_named() -> None:
    errors = pytest.importorskip("psycopg.errors")
    full = errors.DiskFull(
        'could not extend file "base/16384/16385": No space left on device\n'
        "HINT:  Check free disk space."
    )
    wrapped = sa_exc.OperationalError("INSERT", {}, full)
    assert is_unavailable(wrapped) and is_disk_full(wrapped)
    assert describe(wrapped) == (
        'the disk is full (could not extend file "base/16384/16385": No space left on device)'
    )
    too_long = sa_exc.DataError("INSERT", {}, errors.StringDataRightTruncation("value too long"))
    assert not is_unavailable(too_long) and not is_disk_full(too_long)


def test_os_errors() -> None:
    nospace = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/data/live.sqlite.spill")
    assert (
        describe(nospace)
        == f"the disk is full ({os.strerror(errno.ENOSPC)}: /data/live.sqlite.spill)"
    )
    assert is_unavailable(nospace)
    assert not is_unavailable(UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed"))
    assert not is_unavailable(ValueError("cannot project"))


def test_writer_health_names_a_full_database(
    store: Store, store_path: Path, event_factory: Factory
) -> None:
    """SQLite's page limit: the SQLITE_FULL of a full disk, without a real one."""
    limit = {"pages": 0}

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        if limit["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    event.listen(store.engine, "connect", on_connect)
    with sqlite3.connect(store_path) as conn:
        limit["pages"] = conn.execute("PRAGMA page_count").fetchone()[0] + 4
    store.engine.dispose()
    messages: list[str | None] = []
    failed = threading.Event()

    def on_health(healthy: bool, error: str | None) -> None:
        messages.append(error)
        if not healthy:
            failed.set()

    writer = GroupCommitWriter(store, window_s=0, retry_delay_s=0.01, on_health=on_health)
    receipts = [
        writer.submit(
            NewEvent("link:cam", "frame.decoded", event_factory(i).rx_time, None, bytes(6000))
        )
        for i in range(20)
    ]
    assert failed.wait(WAIT_S)
    assert writer.last_error is not None
    assert "the disk is full (database or disk is full)" in writer.last_error
    assert writer.rejected_events == 0  # a full disk is not bad content
    limit["pages"] = 0  # room again
    assert writer.flush(timeout=WAIT_S)
    assert [r.result(timeout=0).seq for r in receipts] == list(range(1, 21))
    assert messages[-1] is None and writer.healthy
    writer.close(timeout=WAIT_S)
    assert verify_chain(store).ok


# -- a real full disk ------------------------------------------------------------


@pytest.fixture
def small_disk(make_small_disk: Callable[[str], Path]) -> Path:
    """A 2 MiB tmpfs (tests/conftest.py); skipped where it cannot be mounted."""
    return make_small_disk("2m")


def _fill(directory: Path, leave: int, name: str = "filler") -> Path:
    """Take all but about ``leave`` bytes of the file system."""
    filler = directory / name
    free = shutil.disk_usage(directory).free
    with open(filler, "wb") as out:
        out.write(bytes(max(free - leave, 0)))
    return filler


def test_a_real_full_disk(small_disk: Path, event_factory: Factory, tmp_path: Path) -> None:
    url = f"sqlite:///{small_disk / 'store.sqlite'}"
    store = open_store(url)
    try:
        filler = _fill(small_disk, leave=64 * 1024)
        failed = threading.Event()
        writer = GroupCommitWriter(
            store,
            window_s=0,
            retry_delay_s=0.01,
            max_retry_delay_s=0.05,
            on_health=lambda healthy, error: None if healthy else failed.set(),
        )
        receipts = [
            writer.submit(
                NewEvent("link:cam", "frame.decoded", event_factory(i).rx_time, None, bytes(20_000))
            )
            for i in range(40)
        ]
        assert failed.wait(WAIT_S)
        assert writer.last_error is not None and "the disk is full (" in writer.last_error
        assert writer.rejected_events == 0

        # Opening another store on that disk says the same.
        _fill(small_disk, leave=0, name="filler-2")
        with pytest.raises(StoreError, match="the disk is full"):
            open_store(f"sqlite:///{small_disk / 'other.sqlite'}")

        for leftover in small_disk.glob("filler*"):
            leftover.unlink()
        filler.unlink(missing_ok=True)
        assert writer.flush(timeout=WAIT_S)
        assert [r.result(timeout=0).seq for r in receipts] == list(range(1, 41))
        assert writer.close(timeout=WAIT_S)
        assert verify_chain(store).ok
    finally:
        store.close()


def test_spill_when_the_store_disk_is_full(small_disk: Path, event_factory: Factory) -> None:
    """Closing while the disk is full: the spill cannot go beside the store; it goes elsewhere."""
    store = open_store(f"sqlite:///{small_disk / 'store.sqlite'}")
    try:
        _fill(small_disk, leave=16 * 1024)
        writer = GroupCommitWriter(store, window_s=0, retry_delay_s=0.01, max_retry_delay_s=0.05)
        events = [
            NewEvent("link:cam", "frame.decoded", event_factory(i).rx_time, None, bytes(20_000))
            for i in range(10)
        ]
        for item in events:
            writer.submit(item)
        assert not writer.close(timeout=1.0)
        assert writer.spill_path is not None
        assert not writer.spill_path.is_relative_to(small_disk)
        (small_disk / "filler").unlink()
        with GroupCommitWriter(store) as replay:
            assert replay.flush(timeout=WAIT_S)
        assert [e.raw for e in store.events_since(0)] == [e.raw for e in events]
    finally:
        store.close()
