"""The statistics index also holds reopened incidents (SQLite).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

A supervisor's ``incident.reopened`` (a closed incident open again) is an
event the statistics read: the wallboard counts the incident open again and
the intervals mark it reopened. 0008's partial index lists its kinds in its
``WHERE``, and SQLite uses a partial index only for a query that spells the
same list, so the index is made again under a new name,
``ix_events_stats_v2``, with ``STAT_KINDS`` (a frozen copy of
``models.stats.reader.STAT_KINDS``: a test keeps them equal), and 0008's is
dropped. A new name, so that a reader never takes an old store's index
(read-only, not upgraded) for this one: it reads through the kind index
then, with the same figures. Building it on an existing store reads the
log once (a year of a city: about half a minute). Downgrade restores 0008's.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_events_stats_v2"
STAT_KINDS = (
    "call.offered", "call.answered", "call.abandoned", "call.attached", "incident.created",
    "incident.closed", "incident.reopened", "unit.assigned", "unit.status", "alert.raised",
    "alert.acknowledged", "alert.promoted", "alert.linked", "alert.dismissed",
)  # fmt: skip
FIELDS = ("call_id", "incident_id", "unit", "status", "via", "type", "priority", "alert_id",
          "origin")  # fmt: skip


def _revision_0008():  # type: ignore[no-untyped-def]
    path = Path(__file__).with_name("0008_stats_index.py")
    spec = importlib.util.spec_from_file_location("stats_index_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    kinds = ", ".join(f"'{k}'" for k in STAT_KINDS)
    fields = ", ".join(f"'$.{f}'" for f in FIELDS)
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON events"
        f" (seq, rx_time, kind, source, json_extract(payload, {fields})) WHERE kind IN ({kinds})"
    )
    op.execute(f"DROP INDEX IF EXISTS {_revision_0008().INDEX}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    _revision_0008().upgrade()
