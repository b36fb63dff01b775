"""The recorder signs checkpoints, and ``audit verify`` catches what they anchor.

A real recorder (a separate process, ``record_command`` with a signing key)
records NMEA from a loopback TCP server; it signs checkpoints into the log
and into files beside the store. Then, on copies of that store, an intruder
with the file in hand re-hashes the history or cuts off the tail:
``audit verify`` without a key sees an intact chain, with the key it names
RE-HASHED and TRUNCATED after seq N. ``audit export-checkpoints`` writes the
log's checkpoints where a supervisor keeps them. The recorder's first event
names who ran it; a key that cannot be read stops it before any link starts.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.commands.audit import audit_export_command, audit_verify_command
from models.operators.headless import HEADLESS_STARTED, os_user
from models.store import open_store
from models.store.chain import event_hash
from models.store.checkpoints import CHECKPOINT_KIND, generate_key
from radio.codecs.nmea_encode import encode_gga, with_tag_block
from tests.polling import poll_until

DEADLINE_S = 60.0
EVERY = 40


def _recorder(site_dir: Path, store: Path, key: Path, tmp_path: Path) -> subprocess.Popen[str]:
    code = (
        "import sys, logging; logging.basicConfig(level=logging.INFO)\n"
        "from console.commands.record import record_command\n"
        f"sys.exit(record_command({str(site_dir)!r}, {str(store)!r}, "
        f"signing_key={str(key)!r}, checkpoint_events={EVERY}, checkpoint_seconds=3600))\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, HOME=str(tmp_path)),
    )


def _kinds(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT seq, kind FROM events ORDER BY seq").fetchall()
    finally:
        conn.close()


def _signed(path: Path) -> list[int]:
    """The seqs the log's checkpoints sign."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT payload FROM events WHERE kind = ?", (CHECKPOINT_KIND,))
        return [json.loads(payload)["seq"] for (payload,) in rows]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A store written by the real recorder with signed checkpoints, and its key."""
    from tests.conftest import DEFAULT_SITE_DIR, _toml_value

    tmp_path = tmp_path_factory.mktemp("recorded")
    key = tmp_path / "recorder.key"
    generate_key(key)
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    text = (DEFAULT_SITE_DIR / "site.toml").read_text(encoding="utf-8").split("[[links]]", 1)[0]
    text = text.replace(
        'roads = "roads.npz"', f'roads = "{(DEFAULT_SITE_DIR / "roads.npz").as_posix()}"'
    )
    link = {"name": "feed", "transport": "tcp-client", "protocol": "nmea", "port": port}
    text += "[[links]]\n" + "\n".join(f"{k} = {_toml_value(v)}" for k, v in link.items()) + "\n"
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "site.toml").write_text(text, encoding="utf-8")
    store = tmp_path / "live.sqlite"
    proc = _recorder(site_dir, store, key, tmp_path)
    try:
        server.settimeout(DEADLINE_S)
        conn, _ = server.accept()
        for batch in range(3):
            now = datetime.now(UTC).time()
            conn.sendall(b"".join(
                with_tag_block(encode_gga(60.165 + i * 1e-4, 24.94, now), "HE11") + b"\r\n"
                for i in range(100)
            ))  # fmt: skip
            wanted = batch + 1
            poll_until(
                lambda w=wanted: sum(k == CHECKPOINT_KIND for _, k in _kinds(store)) >= w,
                f"{wanted} signed checkpoints in the log",
                DEADLINE_S,
            )
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=DEADLINE_S)
        conn.close()
    finally:
        server.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    return store, key, output


def _verify(store: Path, key: Path | None = None, folder: Path | None = None):  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    code = audit_verify_command(
        str(store), out, err, str(key) if key else None, str(folder) if folder else None
    )
    return code, out.getvalue(), err.getvalue()


def _copy(store: Path, to: Path) -> Path:
    to.mkdir()
    shutil.copy(store, to / store.name)
    shutil.copytree(f"{store}.checkpoints", to / f"{store.name}.checkpoints")
    return to / store.name


def _intruder(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("DROP TRIGGER events_no_delete")
    return conn


def test_the_recorder_signs_checkpoints_that_verify(recorded) -> None:  # type: ignore[no-untyped-def]
    store, key, output = recorded
    kinds = _kinds(store)
    checkpoints = [seq for seq, kind in kinds if kind == CHECKPOINT_KIND]
    assert len(checkpoints) >= 4, output  # three while recording, one after the last flush
    assert kinds[-1][1] == CHECKPOINT_KIND  # the last: after system.stop, covering it
    assert kinds[-2][1] == "system.stop"
    files = sorted(Path(f"{store}.checkpoints").glob("checkpoint-*.json"))
    assert len(files) == len(checkpoints)
    assert json.loads(files[-1].read_text())["seq"] == kinds[-2][0]
    code, out, err = _verify(store, Path(f"{key}.pub"))
    assert (code, err) == (0, ""), err
    assert f"ok: {len(checkpoints)} signed checkpoints verified" in out
    assert f"the newest covers seq {kinds[-2][0]}" in out
    assert "; 1 events after it not yet covered" in out  # the last checkpoint's own event


def test_the_recorder_names_who_ran_it(recorded) -> None:  # type: ignore[no-untyped-def]
    store, _key, _ = recorded
    s = open_store(f"sqlite:///{store}")
    try:
        first = s.events_since(0)[0]
    finally:
        s.close()
    assert first.kind == HEADLESS_STARTED
    assert first.payload["command"] == "record"
    assert first.payload["os_user"] == os_user()
    assert first.payload["db_role"] is None and first.payload["operator"] is None


def test_rehashed_history_from_the_recorder_is_detected(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, key, _ = recorded
    path = _copy(store, tmp_path / "rehashed")
    first_cp = min(seq for seq in _signed(path) if seq >= 30)
    conn = _intruder(path)
    with conn:  # change event 30, then re-hash every later event as an intruder would
        conn.execute("UPDATE events SET source = 'link:forged' WHERE seq = 30")
        rows = conn.execute(
            "SELECT seq, rx_time, source, kind, payload, raw, error, prev_hash FROM events "
            "WHERE seq >= 30 ORDER BY seq"
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
    code, out, err = _verify(path)
    held = sum(kind == CHECKPOINT_KIND for _, kind in _kinds(path))
    assert code == 0  # the chain alone cannot tell
    assert f"no signed checkpoints checked (the log holds {held}; give --key FILE" in out
    code, _, err = _verify(path, key)
    assert code == 1
    assert err.startswith(f"RE-HASHED: event seq {first_cp} no longer has the hash signed at")


def test_truncated_tail_from_the_recorder_is_detected(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, key, _ = recorded
    path = _copy(store, tmp_path / "truncated")
    conn = _intruder(path)
    with conn:
        conn.execute("DELETE FROM events WHERE seq > 150")
    conn.close()
    assert _verify(path)[0] == 0  # the chain alone cannot tell
    code, _, err = _verify(path, key)
    assert code == 1
    assert err.startswith("TRUNCATED after seq 150: a checkpoint signed at")


def test_export_checkpoints_for_a_supervisor(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, key, _ = recorded
    kept = tmp_path / "supervisor"
    out, err = io.StringIO(), io.StringIO()
    assert audit_export_command(str(store), str(kept), out, err) == 0, err.getvalue()
    count = sum(kind == CHECKPOINT_KIND for _, kind in _kinds(store))
    assert f"{count} checkpoint files written to {kept}" in out.getvalue()
    mine = sorted(p.name for p in kept.glob("checkpoint-*.json"))
    assert mine == sorted(p.name for p in Path(f"{store}.checkpoints").glob("checkpoint-*.json"))
    out = io.StringIO()
    assert audit_export_command(str(store), str(kept), out, err) == 0
    assert f"0 checkpoint files written to {kept} ({count} already there)" in out.getvalue()
    # The supervisor's copy alone catches a cut-off tail once the store's own folder is gone.
    path = _copy(store, tmp_path / "cut")
    shutil.rmtree(f"{path}.checkpoints")
    conn = _intruder(path)
    with conn:
        conn.execute("DELETE FROM events WHERE seq > 100")
    conn.close()
    assert _verify(path, key)[0] == 0  # the log's own checkpoints were cut off with it
    code, _, err = _verify(path, key, kept)
    assert code == 1 and err.startswith("TRUNCATED after seq 100")


def test_a_signing_key_that_cannot_be_read_stops_the_recorder(make_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site_dir = make_site([])
    junk = tmp_path / "junk.key"
    junk.write_text("not a key")
    proc = _recorder(site_dir, tmp_path / "s.sqlite", junk, tmp_path)
    output, _ = proc.communicate(timeout=DEADLINE_S)
    assert proc.returncode == 2, output
    assert f"cannot read the signing key {junk}" in output
    assert not (tmp_path / "s.sqlite").exists()  # refused before any store is made
    proc = _recorder(site_dir, tmp_path / "s.sqlite", tmp_path / "missing.key", tmp_path)
    output, _ = proc.communicate(timeout=DEADLINE_S)
    assert proc.returncode == 2, output
    assert f"cannot read the signing key {tmp_path / 'missing.key'}: No such file" in output


def test_the_command_line_arguments() -> None:
    import argparse

    from console.commands.audit_args import add_audit_parser, audit_main
    from console.commands.record_args import CHECKPOINT_EVENTS, add_record_parser

    parser = argparse.ArgumentParser(prog="dispatch-console")
    sub = parser.add_subparsers(dest="command")
    add_record_parser(sub)
    add_audit_parser(sub)
    args = parser.parse_args(["record", "--signing-key", "k", "--checkpoint-seconds", "60"])
    assert (args.record_signing_key, args.record_checkpoint_events) == ("k", CHECKPOINT_EVENTS)
    assert args.record_checkpoint_seconds == 60.0 and args.record_checkpoint_dir is None
    args = parser.parse_args(["audit", "export-checkpoints", "/nowhere/s.sqlite", "/tmp/x"])
    err = io.StringIO()
    assert audit_main(args, io.StringIO(), err) == 2
    assert "no store at /nowhere/s.sqlite" in err.getvalue()
