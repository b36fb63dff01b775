"""The recorder runs as the OS user and its database role, and signs on either engine.

In-process recorders with no links on real stores: the first event names
who ran it (the database role on PostgreSQL), the checkpoint signed after
the last flush verifies with ``audit verify --key`` from the exported
files; a position's database role is refused before any link starts.
"""

from __future__ import annotations

import asyncio
import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from console.commands.audit import audit_verify_command
from console.commands.record import Recorder, _checkpointer, record_command
from console.config.site import load_site
from models.operators import db_roles
from models.operators.headless import HEADLESS_STARTED, identify, os_user
from models.store import open_store
from models.store.checkpoints import CHECKPOINT_KIND, generate_key


def _record_once(url: str, site_dir: Path, key: Path, folder: Path) -> None:
    """A recorder that starts and stops at once: its identity, a last checkpoint."""
    store = open_store(url)
    try:
        identity = identify(store)
        signer = _checkpointer(str(key), store, 10_000, 300.0, str(folder))
        recorder = Recorder(
            load_site(site_dir), store, frozenset(), checkpointer=signer, identity=identity
        )
        stop = asyncio.Event()
        stop.set()
        try:
            asyncio.run(recorder.run(stop))
        finally:
            assert recorder.writer.close(30)
            recorder.follower.stop()
            recorder.claims.release_all()
    finally:
        store.close()


def test_the_recorder_names_itself_and_signs_on_either_engine(
    store_url: str, make_site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    key = tmp_path / "rec.key"
    generate_key(key)
    folder = tmp_path / "kept"
    _record_once(store_url, make_site([]), key, folder)
    store = open_store(store_url)
    try:
        events = store.events_since(0)
    finally:
        store.close()
    first = events[0]
    assert first.kind == HEADLESS_STARTED and first.payload["os_user"] == os_user()
    if store_url.startswith("postgresql"):
        assert first.payload["db_role"] == make_url(store_url).username
        assert first.payload["db_kind"] == "owner"
    assert events[-1].kind == CHECKPOINT_KIND and events[-2].kind == "system.stop"
    signed = sorted(folder.glob("checkpoint-*.json"))  # at the start, after the last flush
    assert [f.name for f in signed] == [
        f"checkpoint-{first.seq:012d}.json",
        f"checkpoint-{events[-2].seq:012d}.json",
    ]
    out, err = io.StringIO(), io.StringIO()
    code = audit_verify_command(store_url, out, err, f"{key}.pub", str(folder))
    assert (code, err.getvalue()) == (0, "")
    assert f"the newest covers seq {events[-2].seq} from files in {folder}" in out.getvalue()


def _as_role(url: str, role: str, group: str) -> str:
    open_store(url).close()
    owner = create_engine(url)
    with owner.begin() as conn:
        db_roles.ensure_groups(conn)
        db_roles.create_login_role(conn, role, group)
    owner.dispose()
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


def test_postgres_a_positions_role_cannot_record(
    fresh_postgres_url: str, make_site, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    role = f"pos_{uuid.uuid4().hex[:8]}"
    position = _as_role(fresh_postgres_url, role, db_roles.POSITION_GROUP)
    assert record_command(str(make_site([])), position, "none") == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"dispatch-console record: refused: database role {role} is a position's role "
        "(dispatch_position): only the recorder's role (dispatch_recorder) or the store's "
        "owner may write link frames"
    )
    store = open_store(fresh_postgres_url)
    try:
        assert store.event_count() == 0  # nothing started, nothing written
    finally:
        store.close()


def test_postgres_the_recorders_role_records_under_its_name(
    fresh_postgres_url: str, make_site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    role = f"rec_{uuid.uuid4().hex[:8]}"
    recorder = _as_role(fresh_postgres_url, role, db_roles.RECORDER_GROUP)
    key = tmp_path / "rec.key"
    generate_key(key)
    _record_once(recorder, make_site([]), key, tmp_path / "kept")
    store = open_store(fresh_postgres_url)
    try:
        first = store.events_since(0)[0]
    finally:
        store.close()
    assert (first.payload["db_role"], first.payload["db_kind"]) == (role, "recorder")
