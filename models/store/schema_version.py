"""Which schema revision a store is at, and the newest one the migrations know, without alembic.

Contract:
- ``known_head(migrations_dir) -> str | None``: the revision no other
  revision names as its ``down_revision``, read from the ``revision`` and
  ``down_revision`` assignments of the version scripts (cached per folder);
  None when that is not one revision (no scripts, several heads, a script
  it cannot read): then the caller must ask alembic.
- ``current(connection) -> str | None``: the one revision in the store's
  ``alembic_version`` table; None when there is no such table (a new
  store), no row, or several rows.
- ``open_store`` runs alembic only when the two differ (or either is None):
  importing alembic and its script machinery is about 0.1-0.2 s of a
  process's start, which a recorder opening its links cannot spare. A test
  keeps ``known_head`` equal to alembic's own ``head_revision``.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, inspect, text

_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:\"([^\"]*)\"|'([^']*)'|(None))\s*$",
    re.MULTILINE,
)


def known_head(migrations_dir: Path) -> str | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted((migrations_dir / "versions").glob("*.py"))
        for script in scripts:
            found = {
                name: (double or single) if none is None or not none else None
                for name, double, single, none in _ASSIGNMENT.findall(
                    script.read_text(encoding="utf-8")
                )
            }
            if "revision" not in found or "down_revision" not in found:
                return None
            revisions.add(found["revision"])  # type: ignore[arg-type]
            if found["down_revision"] is not None:
                parents.add(found["down_revision"])
    except (OSError, UnicodeDecodeError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None
