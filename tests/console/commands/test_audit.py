"""``dispatch-console audit verify``: intact chain, tampered store, unopenable store,
and with the recorder's key: signed checkpoints that catch a re-hashed history, a
truncated tail and a forged checkpoint."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.commands.audit import (
    audit_keygen_command,
    audit_verify_command,
    default_checkpoint_dir,
)
from models.store import GroupCommitWriter, NewEvent, open_store
from models.store.chain import event_hash
from models.store.checkpoints import (
    Checkpointer,
    checkpoint_event,
    generate_key,
    load_private_key,
    sign_checkpoint,
)

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


def _run(store: str, key: Path | None = None, folder: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = audit_verify_command(
        store, out, err, str(key) if key else None, str(folder) if folder else None
    )
    return code, out.getvalue(), err.getvalue()


def _opened(path: Path) -> str:
    return (
        f"store {path} opened read-only, immutable: nothing is written, "
        "no -wal or -shm file is created beside it\n"
    )


def test_intact_chain(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    no_key = "no signed checkpoints checked (give --key FILE to check them)\n"
    assert _run(str(path)) == (0, _opened(path) + no_key + "ok: 10 events, chain intact\n", "")
    assert _run(f"sqlite:///{path}")[0] == 0


def test_empty_store_is_intact(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite", 0)
    code, out, _ = _run(str(path))
    assert (code, out.splitlines()[-1]) == (0, "ok: 0 events, chain intact")


def test_tampered_payload_names_the_event(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite")
    conn = _intruder(path)
    with conn:
        conn.execute("UPDATE events SET payload = '{\"i\":99}' WHERE seq = 7")
    conn.close()
    code, out, err = _run(str(path))
    assert (code, out) == (1, _opened(path))
    assert err.startswith("ALTERED: event seq 7")
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


# -- signed checkpoints -----------------------------------------------------------


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "recorder.key"
    generate_key(path)
    return path


def _signed_store(path: Path, key: Path, n: int = 30, every: int = 10) -> Path:
    """``n`` events with a checkpoint every ``every`` events, exported beside the store."""
    store = open_store(f"sqlite:///{path}")
    signer = Checkpointer(
        load_private_key(key), default_checkpoint_dir(path), every_events=every, every_s=1e9
    )
    with GroupCommitWriter(store, window_s=0) as writer:
        for i in range(n):
            now = T0 + timedelta(seconds=i)
            writer.submit(NewEvent("link:avl", "frame.decoded", now, {"i": i})).result(5)
            signer.maybe(store, lambda e: writer.submit(e).result(5), now)
    store.close()
    return path


def _rehash_from(path: Path, seq: int) -> None:
    """Change event ``seq`` and recompute every later hash, as an intruder would."""
    conn = _intruder(path)
    with conn:
        conn.execute("UPDATE events SET payload = '{\"i\":-1}' WHERE seq = ?", (seq,))
        rows = conn.execute(
            "SELECT seq, rx_time, source, kind, payload, raw, error, prev_hash FROM events "
            "WHERE seq >= ? ORDER BY seq",
            (seq,),
        ).fetchall()
        prev = rows[0][7]
        for s, rx, source, kind, payload, raw, error, _ in rows:
            rx_time = datetime.fromisoformat(rx).replace(tzinfo=UTC)
            digest = event_hash(prev, s, rx_time, source, kind, payload, raw, error)
            conn.execute(
                "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, s)
            )
            prev = digest
    conn.close()


def test_signed_checkpoints_verify(tmp_path: Path, key: Path) -> None:
    path = _signed_store(tmp_path / "s.sqlite", key)
    code, out, err = _run(str(path), Path(f"{key}.pub"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1] == "ok: 33 events, chain intact"  # 30 frames, 3 checkpoint events
    assert lines[-2].startswith("ok: 3 signed checkpoints verified (key ")
    assert lines[-2].endswith(
        "the newest covers seq 32 from files in "
        f"{path}.checkpoints; 1 events after it not yet covered"
    )
    assert _run(str(path), key)[0] == 0  # the private key file works too


def test_rehashed_history_is_detected(tmp_path: Path, key: Path) -> None:
    path = _signed_store(tmp_path / "s.sqlite", key)
    _rehash_from(path, 15)
    assert _run(str(path))[0] == 0  # the chain alone cannot tell
    code, _, err = _run(str(path), key)
    assert code == 1
    assert err.startswith("RE-HASHED: event seq 21 no longer has the hash signed at")
    assert "history after seq 10 up to seq 21 was rewritten" in err


def test_truncated_tail_is_detected_from_exported_files(tmp_path: Path, key: Path) -> None:
    path = _signed_store(tmp_path / "s.sqlite", key)
    conn = _intruder(path)
    with conn:
        conn.execute("DELETE FROM events WHERE seq > 18")
    conn.close()
    assert _run(str(path))[0] == 0  # the chain alone cannot tell
    code, _, err = _run(str(path), key)
    assert code == 1
    assert err.startswith("TRUNCATED after seq 18: a checkpoint signed at")
    assert "covers seq 21" in err
    # Without the files kept beside the store, the log's own checkpoints cannot tell.
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    assert _run(str(path), key, empty)[0] == 0


def test_forged_checkpoint_is_named(tmp_path: Path, key: Path) -> None:
    path = _store(tmp_path / "s.sqlite", 5)
    other = tmp_path / "other.key"
    generate_key(other)
    store = open_store(f"sqlite:///{path}")
    seq, head = store.last_seq_and_hash()
    with GroupCommitWriter(store, window_s=0) as writer:
        forged = sign_checkpoint(load_private_key(other), seq, head, T0)
        writer.submit(checkpoint_event(forged, T0)).result(5)
    store.close()
    code, _, err = _run(str(path), key)
    assert code == 1 and err.startswith("FORGED: a checkpoint for seq 5 does not verify")


def test_a_key_that_cannot_be_read(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.sqlite", 2)
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key")
    code, out, err = _run(str(path), junk)
    assert (code, out) == (2, "")
    assert "is not a PEM public key" in err


def test_keygen_writes_a_private_and_a_public_key_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "recorder.key"
    out, err = io.StringIO(), io.StringIO()
    assert audit_keygen_command(str(target), out, err) == 0
    assert out.getvalue().startswith("signing key ") and err.getvalue() == ""
    assert target.stat().st_mode & 0o777 == 0o600
    assert b"PUBLIC KEY" in Path(f"{target}.pub").read_bytes()
    before = target.read_bytes()
    assert audit_keygen_command(str(target), io.StringIO(), err) == 2
    assert "exists; not overwritten" in err.getvalue()
    assert target.read_bytes() == before


def test_a_rotated_key_each_checkpoint_by_its_own_key(tmp_path: Path, key: Path) -> None:
    path = tmp_path / "s.sqlite"
    newer = tmp_path / "newer.key"
    generate_key(newer)
    store = open_store(f"sqlite:///{path}")
    with GroupCommitWriter(store, window_s=0) as writer:
        for i, signer_key in enumerate((key, newer)):
            signer = Checkpointer(load_private_key(signer_key), None, every_events=1, every_s=1e9)
            for k in range(5):
                now = T0 + timedelta(seconds=10 * i + k)
                writer.submit(NewEvent("link:avl", "frame.decoded", now, {"k": k})).result(5)
            signer.maybe(store, lambda e: writer.submit(e).result(5), now, force=True)
    store.close()
    out, err = io.StringIO(), io.StringIO()
    assert audit_verify_command(str(path), out, err, [str(key), f"{newer}.pub"]) == 0
    assert err.getvalue() == ""
    assert "ok: 2 signed checkpoints verified (key " in out.getvalue()
    code, _, err_text = _run(str(path), key)  # the old key alone: the newer one's is unknown
    assert code == 1 and err_text.startswith("FORGED: a checkpoint for seq 11 does not verify")
