"""Statistics read the log's interval kinds through one partial covering index (SQLite).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

``ix_events_stats`` holds, for the events of the kinds the response
intervals are measured from (``STAT_KINDS``, a frozen copy of
``models.stats.reader.STAT_KINDS`` as it was then; 0009 replaces it), their seq,
receive time, kind, source and the few payload fields the intervals read
(one ``json_extract`` of ``FIELDS``, a JSON array), in log order, packed
together apart from the AVL frames that make up most of a city's log. A
year's ``stats`` then reads about a third of the rows from one contiguous
index, in order, never parsing a payload, instead of visiting table pages
scattered among the frames, parsing each payload and sorting. Only SQLite
uses it (``models.stats.reader`` names it and spells the same kind
literals and the same expression, which SQLite needs to use a partial
index and read an indexed expression); other databases read through their
``kind`` index as before. Costs: each such event writes one index entry of
about a hundred bytes more; frames, the bulk of the writes, write none.
Building it on an existing store reads the log once (a year of a city:
about half a minute). A later migration that recreates ``events`` in batch
mode (SQLite's ALTER TABLE) drops it silently, as it drops 0007's triggers
(SQLAlchemy does not reflect an index on an expression): it must run
``upgrade()``'s statement again, or statistics fall back to the kind index
(the same figures, slower).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_events_stats"
STAT_KINDS = (
    "call.offered", "call.answered", "call.abandoned", "call.attached", "incident.created",
    "incident.closed", "unit.assigned", "unit.status", "alert.raised", "alert.acknowledged",
    "alert.promoted", "alert.linked", "alert.dismissed",
)  # fmt: skip


FIELDS = ("call_id", "incident_id", "unit", "status", "via", "type", "priority", "alert_id",
          "origin")  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    kinds = ", ".join(f"'{k}'" for k in STAT_KINDS)
    fields = ", ".join(f"'$.{f}'" for f in FIELDS)
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON events"
        f" (seq, rx_time, kind, source, json_extract(payload, {fields})) WHERE kind IN ({kinds})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
