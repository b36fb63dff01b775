"""PostgreSQL roles for a control room: positions and the recorder, and their rights.

Contract: ``POSITION_GROUP`` (``dispatch_position``) and ``RECORDER_GROUP``
(``dispatch_recorder``) are NOLOGIN group roles; each position connects with
its own login role, a member of the position group, whose name is the
position's name (its sign-in events are written under
``position:<role name>``), and the recorder with a member of the recorder
group. ``can_create_roles(conn)`` says whether the connecting role may
create them; ``ensure_groups(conn)`` creates the groups if missing and
grants them their rights on the store's database (``grant_rights``):
SELECT and INSERT only on ``events`` (no UPDATE, DELETE or TRUNCATE; the
triggers of migration 0007 refuse those to everyone and tie an inserted
event's source to the connecting role), SELECT on ``alembic_version``, and
SELECT, INSERT, UPDATE, DELETE on every other table (projections, store
facts, snapshots), also on tables later migrations create
(``ALTER DEFAULT PRIVILEGES``). ``create_login_role(conn, name, group)``
makes a position's or the recorder's login role (no password: set one with
``\\password`` in psql, or use certificates or peer authentication; the
password is never on a command line). Everything is idempotent. The
migration calls ``ensure_groups`` when the connecting role may create
roles, or ``grant_rights`` (a table's owner may grant on it) when the
groups already exist; otherwise ``dispatch-console operators db-roles``
(run by a database administrator) does. A store reached as its owner or a superuser
keeps full append rights.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

POSITION_GROUP = "dispatch_position"
RECORDER_GROUP = "dispatch_recorder"
GROUPS = (POSITION_GROUP, RECORDER_GROUP)
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def can_create_roles(conn: Connection) -> bool:
    row = conn.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    return bool(row)


def _exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def ensure_groups(conn: Connection) -> None:
    for group in GROUPS:
        if not _exists(conn, group):
            # Roles are the cluster's: another database's migration may create it meanwhile.
            conn.execute(
                text(
                    f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN; "
                    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
                )
            )
    grant_rights(conn)


def groups_exist(conn: Connection) -> bool:
    return all(_exists(conn, group) for group in GROUPS)


def grant_rights(conn: Connection) -> None:
    groups = ", ".join(GROUPS)
    tables = conn.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename NOT IN ('events', 'alembic_version')"
        )
    ).scalars()
    conn.execute(text("REVOKE ALL ON events FROM PUBLIC"))
    conn.execute(text(f"REVOKE ALL ON events FROM {groups}"))
    conn.execute(text(f"GRANT SELECT, INSERT ON events TO {groups}"))
    conn.execute(text(f"GRANT SELECT ON alembic_version TO {groups}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {groups}"))
    for table in tables:
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {groups}'))
    conn.execute(
        text(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {groups}"
        )
    )
    conn.execute(
        text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {groups}")
    )
    conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {groups}"))


def create_login_role(conn: Connection, name: str, group: str) -> bool:
    """Create ``name`` (LOGIN, member of ``group``); False when it already existed."""
    if group not in GROUPS:
        raise ValueError(f"unknown group {group!r}")
    if not _ROLE_NAME.match(name):
        raise ValueError(
            f"{name!r} is not a usable role name: lower-case letters, digits and _, "
            "starting with a letter or _"
        )
    if _exists(conn, name):
        conn.execute(text(f"GRANT {group} TO {name}"))
        return False
    conn.execute(text(f"CREATE ROLE {name} LOGIN IN ROLE {group}"))
    return True
