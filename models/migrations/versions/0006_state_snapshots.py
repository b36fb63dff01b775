"""State snapshots: a start reads the newest verified snapshot and the log's tail only.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A cache beside the log (``models.store.schema_snapshots``): stores of earlier
revisions get an empty table, and their first start rebuilds from the log and
writes the first snapshot.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "state_snapshots",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("seq", seq, nullable=False),
        sa.Column("event_hash", sa.String(64), nullable=False),
        sa.Column("layout", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_state_snapshots_name_seq", "state_snapshots", ["name", "seq"])


def downgrade() -> None:
    op.drop_index("ix_state_snapshots_name_seq", "state_snapshots")
    op.drop_table("state_snapshots")
