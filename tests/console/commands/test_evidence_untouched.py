"""Evidence stays untouched: ``audit verify``, ``audit redecode``, ``replay`` and ``report``
open an SQLite store immutably (no -wal/-shm beside it, bytes and mtime unchanged, works in a
read-only folder), except a store whose -wal still holds transactions, which they read
without ``immutable`` and say so — or, where that cannot work, refuse saying why."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.commands.audit import audit_verify_command
from console.commands.redecode import redecode_command
from console.commands.replay import replay_command
from console.commands.report import report_command
from models.store import GroupCommitWriter, NewEvent, open_store

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)
IID = "2026-000001"
IMMUTABLE = "read-only, immutable: nothing is written, no -wal or -shm file is created beside it"


def _events(first: int = 0) -> list[NewEvent]:
    def ev(s: int, kind: str, **payload: Any) -> NewEvent:
        return NewEvent("operator:anna", kind, T0 + timedelta(seconds=first + s), payload)

    return [
        ev(0, "incident.created", incident_id=IID, type="cardiac-arrest", priority=1,
           lat=60.1695, lon=24.944, location=None, call_id=None),
        ev(30, "unit.assigned", unit="HE121", incident_id=IID, eta_s=300.0, route_m=2000.0,
           recommended=True, reason=None),
        ev(30, "unit.status", unit="HE121", status="dispatched", previous="available",
           incident_id=IID),
        ev(600, "incident.closed", incident_id=IID, disposition="transported"),
    ]  # fmt: skip


def _write(store: Any, events: list[NewEvent]) -> None:
    with GroupCommitWriter(store, max_batch=len(events), window_s=60) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(60)


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    folder = tmp_path / "evidence"
    folder.mkdir()
    store = open_store(f"sqlite:///{folder / 'store.sqlite'}")
    _write(store, _events())
    store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["store.sqlite"]
    return folder / "store.sqlite"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _run(command: Any, *args: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = command(*args, out, err)
    return code, out.getvalue(), err.getvalue()


def _every_command(store: Path, tmp_path: Path) -> dict[str, tuple[int, str, str]]:
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    return {
        "audit verify": _run(audit_verify_command, str(store)),
        "audit redecode": _run(redecode_command, str(store), None, False),
        "replay": _run(replay_command, str(store), "2026-03-01T21:01:00Z", False),
        "replay --json": _run(replay_command, f"sqlite:///{store}", "2026-03-01T21:01:00Z", True),
        "report": _run(report_command, str(store), IID, out_dir / "r.pdf", None),
    }


def test_nothing_is_written_beside_the_evidence(qapp: Any, evidence: Path, tmp_path: Path) -> None:
    before = _snapshot(evidence.parent)
    results = _every_command(evidence, tmp_path)
    assert _snapshot(evidence.parent) == before  # no -wal, no -shm; same bytes, same mtime
    for name, (code, out, err) in results.items():
        assert code in (0, 1) and "Traceback" not in err, (name, code, err)  # redecode: 1
        assert IMMUTABLE in out, (name, out)
    assert results["audit verify"][1].endswith("ok: 4 events, chain intact\n")
    assert results["replay"][1].splitlines()[1] == f"Store opened {IMMUTABLE}"
    doc = json.loads(results["replay --json"][1])
    assert doc["store"] == {"where": str(evidence), "access": IMMUTABLE}
    assert [i["incident_id"] for i in doc["incidents"]] == [IID]  # open at 21:01
    assert results["report"][1].startswith(f"store {evidence} opened {IMMUTABLE}\n")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Any]:
    """``make(folder)`` makes a folder and its files immutable (chattr +i: even root cannot
    write); undone afterwards. Skips where chattr cannot (no tool, no capability, filesystem)."""
    locked: list[Path] = []

    def make(folder: Path) -> None:
        paths = [*folder.iterdir(), folder]
        try:
            subprocess.run(["chattr", "+i", *map(str, paths)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            pytest.skip(f"chattr +i is not available here: {exc}")
        locked.extend(paths)
        try:
            (folder / "probe").touch()
        except OSError:
            return
        pytest.skip("chattr +i did not make the folder read-only")

    yield make
    if locked:
        subprocess.run(["chattr", "-i", *map(str, locked)], check=False, capture_output=True)


def test_evidence_in_a_read_only_folder(
    qapp: Any, evidence: Path, tmp_path: Path, read_only_folder: Any
) -> None:
    before = _snapshot(evidence.parent)
    read_only_folder(evidence.parent)
    results = _every_command(evidence, tmp_path)
    for name, (code, out, err) in results.items():
        assert code in (0, 1) and err == "", (name, code, err)
        assert IMMUTABLE in out, (name, out)
    assert results["audit verify"][1].endswith("ok: 4 events, chain intact\n")
    assert _snapshot(evidence.parent) == before


@pytest.fixture
def unclean_copy(tmp_path: Path) -> Path:
    """A copy of a store taken while it was open: its last events are only in the -wal."""
    live = tmp_path / "live"
    live.mkdir()
    store = open_store(f"sqlite:///{live / 'store.sqlite'}")
    # Another connection stays open, as a console's would: the last one to close would
    # checkpoint the -wal into the main file and delete it.
    other = sqlite3.connect(live / "store.sqlite")
    other.execute("SELECT count(*) FROM events").fetchall()  # now it holds the -wal open
    try:
        _write(store, _events())
        _write(store, _events(first=3600)[:2])
        wal = live / "store.sqlite-wal"
        assert wal.stat().st_size > 32
        copy = tmp_path / "copy"
        copy.mkdir()
        shutil.copy(live / "store.sqlite", copy / "store.sqlite")
        shutil.copy(wal, copy / "store.sqlite-wal")
    finally:
        store.close()
        other.close()
    return copy / "store.sqlite"


def test_a_store_not_closed_cleanly_is_read_with_its_wal_and_said_so(unclean_copy: Path) -> None:
    raw = sqlite3.connect(f"file:{unclean_copy}?mode=ro&immutable=1", uri=True)
    try:
        in_main_file = raw.execute("SELECT count(*) FROM events").fetchone()[0]
    except sqlite3.OperationalError:  # not even the schema is in the main file yet
        in_main_file = 0
    finally:
        raw.close()
    assert in_main_file < 6  # immutable would have missed what the -wal holds
    wal_before = (unclean_copy.parent / "store.sqlite-wal").read_bytes()
    main_before = unclean_copy.read_bytes()
    code, out, err = _run(audit_verify_command, str(unclean_copy))
    assert (code, err) == (0, "")
    first, *_, last = out.splitlines()
    assert first.startswith(f"store {unclean_copy} opened read-only, NOT immutable: ")
    assert "store.sqlite-wal beside it holds transactions not yet in the main file" in first
    assert "copy store.sqlite together with store.sqlite-wal and open the copy" in first
    assert last == "ok: 6 events, chain intact"
    assert unclean_copy.read_bytes() == main_before
    assert (unclean_copy.parent / "store.sqlite-wal").read_bytes() == wal_before


def test_a_store_not_closed_cleanly_in_a_read_only_folder_is_refused_saying_why(
    unclean_copy: Path, read_only_folder: Any
) -> None:
    read_only_folder(unclean_copy.parent)
    code, out, err = _run(audit_verify_command, str(unclean_copy))
    assert (code, out) == (2, "")
    assert "The store was not closed cleanly: store.sqlite-wal beside it holds transactions" in err
    assert "Copy store.sqlite together with store.sqlite-wal to a writable folder" in err


def test_the_replay_window_leaves_the_evidence_untouched(console_loop: Any, evidence: Path) -> None:
    """``dispatch-console --replay STORE``: a GUI replay session, seeking through the store,
    writes nothing beside it (no -wal, no -shm) and leaves its bytes and mtime as they were."""
    from console.app import Console
    from tests.polling import wait_for

    before = _snapshot(evidence.parent)

    async def scenario() -> None:
        console = Console(None, None, "day", replay=str(evidence))
        session = console.session
        await session.start()
        assert session.store.access == IMMUTABLE
        await wait_for(lambda: session.states_shown >= 1, "first state")
        for seconds in (10, 45, 700):
            shown = session.states_shown
            session.seek(T0 + timedelta(seconds=seconds))
            await wait_for(lambda n=shown: session.states_shown > n, f"state at +{seconds}s")
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    assert _snapshot(evidence.parent) == before  # no -wal, no -shm; same bytes, same mtime
