"""The database refuses to rewrite the log (migration 0007), on SQLite and PostgreSQL.

SQLite: UPDATE and DELETE on events are refused, also in a store upgraded
from every earlier revision. PostgreSQL: UPDATE, DELETE and TRUNCATE are
refused to every role (the owner too); a position's role may insert only
under its own source, never a link's or another position's; the recorder's
role may write link frames; a position can open the store and append.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.operations import Operations
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from models.operators import db_roles
from models.store import GroupCommitWriter, NewEvent, open_store
from models.store.checkpoints_tamper import lift_log_rules, restore_log_rules
from models.store.engine import _MIGRATIONS_DIR


def _earlier_revisions() -> list[str]:
    """Every revision but the head, oldest first: a new migration is covered by itself."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    revisions = [script.revision for script in scripts.walk_revisions()]
    return list(reversed(revisions))[:-1]


EARLIER = _earlier_revisions()
REFUSED = ["UPDATE events SET kind = 'forged'", "DELETE FROM events"]


def _append(url: str, *sources: str) -> None:
    store = open_store(url)
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            receipts = [
                writer.submit(NewEvent(s, "test.event", datetime.now(UTC), {"i": i}))
                for i, s in enumerate(sources)
            ]
        for receipt in receipts:
            receipt.result(10)
    finally:
        store.close()


def _upgrade(url: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


@pytest.mark.parametrize("statement", REFUSED)
def test_sqlite_refuses_rewriting_events(tmp_path: Path, statement: str) -> None:
    path = tmp_path / "store.sqlite"
    _append(f"sqlite:///{path}", "link:a", "operator:x")
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (2,)


@pytest.mark.parametrize("revision", EARLIER)
def test_sqlite_triggers_after_upgrade_from_every_revision(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "store.sqlite"
    url = f"sqlite:///{path}"
    _upgrade(url, revision)
    _append(url, "link:a")  # opens at head: the upgrade runs here
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"events_no_update", "events_no_delete"} <= names
    for statement in REFUSED:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)


def test_a_batch_migration_drops_the_triggers_and_the_0007_helper_restores_them(
    tmp_path: Path,
) -> None:
    """What a later migration recreating ``events`` on SQLite must do (0007's docstring)."""
    path = tmp_path / "store.sqlite"
    _append(f"sqlite:///{path}", "link:a")
    spec = importlib.util.spec_from_file_location(
        "log_rules_0007", _MIGRATIONS_DIR / "versions" / "0007_log_rules.py"
    )
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            operations = Operations(MigrationContext.configure(conn))
            with operations.batch_alter_table("events", recreate="always") as batch:
                batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))
            assert _triggers(conn) == set()  # SQLite's table rebuild lost them
            with Operations.context(operations.migration_context):
                migration.install_sqlite_triggers()
            assert _triggers(conn) == {"events_no_update", "events_no_delete"}
        with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("DELETE FROM events"))
    finally:
        engine.dispose()


def _triggers(conn) -> set[str]:  # type: ignore[no-untyped-def]
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {row[0] for row in rows}


def test_sqlite_lifted_rules_can_be_restored(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    _append(f"sqlite:///{path}", "link:a")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        lift_log_rules(conn)
        conn.execute(text("UPDATE events SET kind = 'forged'"))
        restore_log_rules(conn)
    with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM events"))
    engine.dispose()


# -- PostgreSQL ---------------------------------------------------------------


@pytest.fixture
def pg_store(fresh_postgres_url: str) -> Iterator[str]:
    _append(fresh_postgres_url, "link:a", "operator:x")
    yield fresh_postgres_url


def _role_url(url: str, role: str, group: str) -> str:
    owner = create_engine(url)
    with owner.begin() as conn:
        db_roles.create_login_role(conn, role, group)
    owner.dispose()
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


def _refused(url: str, statement: str, match: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn, pytest.raises(DBAPIError, match=match):
            conn.execute(text(statement))
    finally:
        engine.dispose()


def _insert(source: str, seq: int = 99) -> str:
    return (
        "INSERT INTO events (seq, rx_time, source, kind, prev_hash, hash) "
        f"VALUES ({seq}, now(), '{source}', 'test.event', 'x', 'y')"
    )


def _unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.mark.parametrize("statement", [*REFUSED, "TRUNCATE events CASCADE"])
def test_postgres_owner_cannot_rewrite_events(pg_store: str, statement: str) -> None:
    _refused(pg_store, statement, "append-only")


@pytest.mark.parametrize("statement", [*REFUSED, "TRUNCATE events CASCADE"])
def test_postgres_position_cannot_rewrite_events(pg_store: str, statement: str) -> None:
    position = _role_url(pg_store, _unique("pos"), db_roles.POSITION_GROUP)
    _refused(position, statement, "permission denied|append-only")


def test_postgres_position_cannot_write_a_links_source(pg_store: str) -> None:
    position = _role_url(pg_store, _unique("pos"), db_roles.POSITION_GROUP)
    _refused(position, _insert("link:radio"), "only the recorder")


def test_postgres_position_cannot_write_another_positions_source(pg_store: str) -> None:
    position = _role_url(pg_store, _unique("pos"), db_roles.POSITION_GROUP)
    _refused(position, _insert("position:someone_else"), "another position")


def test_postgres_position_appends_under_its_own_source(pg_store: str) -> None:
    role = _unique("pos")
    position = _role_url(pg_store, role, db_roles.POSITION_GROUP)
    _append(position, f"position:{role}", f"operator:{role}-operator", "system")
    store = open_store(pg_store)
    try:
        assert store.event_count() == 5
    finally:
        store.close()


def test_postgres_recorder_writes_link_frames(pg_store: str) -> None:
    recorder = _role_url(pg_store, _unique("rec"), db_roles.RECORDER_GROUP)
    _append(recorder, "link:radio", "system")
    _refused(recorder, "DELETE FROM events", "permission denied|append-only")


@pytest.mark.parametrize("revision", EARLIER)
def test_postgres_rules_after_upgrade_from_every_revision(
    fresh_postgres_url: str, revision: str
) -> None:
    _upgrade(fresh_postgres_url, revision)
    _append(fresh_postgres_url, "link:a")
    _refused(fresh_postgres_url, "UPDATE events SET kind = 'forged'", "append-only")
    position = _role_url(fresh_postgres_url, _unique("pos"), db_roles.POSITION_GROUP)
    _refused(position, _insert("link:radio"), "only the recorder")


def test_postgres_owner_without_createrole_keeps_working(
    postgres_url: str, _postgres_admin: Engine
) -> None:
    owner, database = _unique("owner"), _unique("store")
    with _postgres_admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {owner} LOGIN NOCREATEROLE NOSUPERUSER"))
        conn.execute(text(f'CREATE DATABASE "{database}" OWNER {owner}'))
    url = make_url(postgres_url).set(database=database)
    as_owner = url.set(username=owner).render_as_string(hide_password=False)
    try:
        _append(as_owner, "link:radio", "position:elsewhere", "operator:x")  # migrates, appends
        _refused(as_owner, "DELETE FROM events", "append-only")
        admin_url = url.render_as_string(hide_password=False)
        admin = create_engine(admin_url)  # the administrator command's part (operators db-roles)
        with admin.begin() as conn:
            db_roles.ensure_groups(conn)
        admin.dispose()
        position = _role_url(admin_url, _unique("pos"), db_roles.POSITION_GROUP)
        _refused(position, _insert("link:radio"), "only the recorder")
    finally:
        with _postgres_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
