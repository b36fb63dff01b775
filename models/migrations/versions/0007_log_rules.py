"""The database enforces the log's rules: events are append-only, sources tied to roles.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

SQLite: triggers ``events_no_update`` and ``events_no_delete`` refuse UPDATE
and DELETE on ``events``. A later migration that recreates ``events`` in
batch mode (SQLite's ALTER TABLE) drops them silently: it must call
``install_sqlite_triggers`` again (tests/models/store/test_triggers.py
upgrades from every revision and checks).

PostgreSQL: the trigger ``events_append_only`` refuses UPDATE and DELETE
(per row) and ``events_no_truncate`` TRUNCATE, for every role, the owner
included (a superuser can still disable triggers: the signed checkpoints of
``models.store.checkpoints`` catch what such a hand does). The trigger
``events_source_check`` ties an inserted event's source to the connecting
role: a member of ``dispatch_position`` (not also the recorder's, nor the
table's owner, nor a superuser) may not write ``link:*`` (only the
recorder writes link frames) nor ``position:<p>`` for a position other
than its own role; other sources (``operator:*``, ``system``) and other
roles pass after two string tests (the benchmark prints the cost). The
group roles and their privileges (``models.operators.db_roles``) are set up
here when the connecting role may create roles, else by
``dispatch-console operators db-roles``.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the event log is append-only: UPDATE of events refused'); END",
    "CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the event log is append-only: DELETE of events refused'); END",
)

_PG_UP = (
    """
    CREATE OR REPLACE FUNCTION dispatch_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the event log is append-only: % of events refused', TG_OP
            USING ERRCODE = '42501';
    END $$
    """,
    """
    CREATE OR REPLACE FUNCTION dispatch_events_source_check() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        -- Cheapest tests first: this runs for every inserted event.
        IF NEW.source NOT LIKE 'link:%' AND NEW.source NOT LIKE 'position:%' THEN
            RETURN NEW;
        END IF;
        IF current_setting('is_superuser') = 'on'
           OR to_regrole('dispatch_position') IS NULL
           OR NOT pg_has_role(current_user, 'dispatch_position', 'MEMBER') THEN
            RETURN NEW;  -- the owner, the recorder, an administrator: not a position
        END IF;
        IF (to_regrole('dispatch_recorder') IS NOT NULL
            AND pg_has_role(current_user, 'dispatch_recorder', 'MEMBER'))
           OR pg_has_role(current_user,
                          (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
            RETURN NEW;
        END IF;
        IF NEW.source LIKE 'link:%' THEN
            RAISE EXCEPTION 'role % may not write link frames (source %): only the '
                'recorder''s role may', current_user, NEW.source USING ERRCODE = '42501';
        END IF;
        IF NEW.source <> 'position:' || current_user THEN
            RAISE EXCEPTION 'role % may not write under another position''s source (%)',
                current_user, NEW.source USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$
    """,
    "DROP TRIGGER IF EXISTS events_append_only ON events",
    "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
    "FOR EACH ROW EXECUTE FUNCTION dispatch_events_append_only()",
    "DROP TRIGGER IF EXISTS events_no_truncate ON events",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
    "FOR EACH STATEMENT EXECUTE FUNCTION dispatch_events_append_only()",
    "DROP TRIGGER IF EXISTS events_source_check ON events",
    "CREATE TRIGGER events_source_check BEFORE INSERT ON events "
    "FOR EACH ROW EXECUTE FUNCTION dispatch_events_source_check()",
    "REVOKE UPDATE, DELETE, TRUNCATE ON events FROM PUBLIC",
)


def install_sqlite_triggers() -> None:
    for statement in SQLITE_TRIGGERS:
        op.execute(statement)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        install_sqlite_triggers()
        return
    if bind.dialect.name != "postgresql":
        return
    for statement in _PG_UP:
        op.execute(statement)
    # Imported here: only PostgreSQL needs it.
    from models.operators import db_roles

    if db_roles.can_create_roles(bind):
        db_roles.ensure_groups(bind)
    elif db_roles.groups_exist(bind):
        db_roles.grant_rights(bind)  # the owner may grant on its own tables


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS events_no_update")
        op.execute("DROP TRIGGER IF EXISTS events_no_delete")
        return
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS events_source_check ON events")
    op.execute("DROP TRIGGER IF EXISTS events_no_truncate ON events")
    op.execute("DROP TRIGGER IF EXISTS events_append_only ON events")
    op.execute("DROP FUNCTION IF EXISTS dispatch_events_source_check()")
    op.execute("DROP FUNCTION IF EXISTS dispatch_events_append_only()")
