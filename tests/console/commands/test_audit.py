"""``dispatch-console audit verify``: intact chain, tampered store, unopenable store."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from console.commands.audit import audit_verify_command
from models.store import GroupCommitWriter, NewEvent, open_store

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _store(path: Path, n: int = 10) -> Path:
    store = open_store(f"sqlite:///{path}")
    with GroupCommitWriter(store, window_s=0) as writer:
        for i in range(n):
            kind = "unit.status" if i == 6 else "frame.decoded"
            writer.submit(NewEvent("link:avl", kind, T0 + timedelta(seconds=i), {"i": i}))
    store.close()
    return path


def _intruder(path: Path) -> sqlite3.Connection:
    """A connection with the log's rules lifted, as someone with the file in hand can."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("DROP TRIGGER events_no_delete")
    return conn


def _run(store: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = audit_verify_command(store, out, err)
    return code, out.getvalue(), err.getvalue()


def _opened(path: Path) -> str:
    return (
        f"store {path} opened read-only, immutable: nothing is written, "
        "no -wal or -shm file is created beside it\n"
    )


def test_intact_chain(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    assert _run(str(path)) == (0, _opened(path) + "ok: 10 events, chain intact\n", "")
    assert _run(f"sqlite:///{path}")[0] == 0


def test_empty_store_is_intact(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite", 0)
    assert _run(str(path)) == (0, _opened(path) + "ok: 0 events, chain intact\n", "")


def test_tampered_payload_names_the_event(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    conn = _intruder(path)
    with conn:
        conn.execute("UPDATE events SET payload = '{\"i\":99}' WHERE seq = 7")
    conn.close()
    code, out, err = _run(str(path))
    assert (code, out) == (1, _opened(path))
    assert "seq 7" in err
    assert "2024-05-01T12:00:06+00:00" in err
    assert "unit.status" in err
    assert "hash does not match the event's content" in err
    assert "6 events before it are intact" in err


def test_deleted_event_names_the_gap(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    conn = _intruder(path)
    with conn:
        conn.execute("DELETE FROM events WHERE seq = 4")
    conn.close()
    code, _, err = _run(str(path))
    assert code == 1
    assert "seq 4 (no such event): seq 4 missing (next is 5)" in err


def test_store_that_cannot_be_opened(tmp_path: Path) -> None:
    code, out, err = _run(str(tmp_path / "missing.sqlite"))
    assert (code, out) == (2, "")
    assert (
        err
        == f"dispatch-console audit verify: no store at {tmp_path}/missing.sqlite (no such file)\n"
    )
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 1000)
    code, _, err = _run(str(junk))
    assert code == 2 and "not a database" in err
