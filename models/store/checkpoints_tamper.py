"""What an intruder with the database owner's rights does first: lift the log's rules.

Contract: ``lift_log_rules(conn)`` drops (SQLite) or disables (PostgreSQL,
``ALTER TABLE events DISABLE TRIGGER USER``: needs the table's owner or a
superuser) the triggers that refuse UPDATE and DELETE on ``events``, inside
the caller's transaction. For tests and audit drills that rewrite history
on purpose, to prove that the hash chain and the signed checkpoints
(``models.store.checkpoints``) still catch it; nothing in the application
calls it. ``restore_log_rules(conn)`` puts them back.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_SQLITE_TRIGGERS = ("events_no_update", "events_no_delete")


def lift_log_rules(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    elif conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE events DISABLE TRIGGER USER"))


def restore_log_rules(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                "CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events BEGIN "
                "SELECT RAISE(ABORT, 'the event log is append-only: UPDATE of events refused'); "
                "END"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events BEGIN "
                "SELECT RAISE(ABORT, 'the event log is append-only: DELETE of events refused'); "
                "END"
            )
        )
    elif conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE events ENABLE TRIGGER USER"))
