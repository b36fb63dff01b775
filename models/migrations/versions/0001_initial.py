"""Initial schema: the append-only events log and the unit_positions projection.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from the models: a migration must not change
# when the models do.
_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("seq", _SEQ, primary_key=True, autoincrement=False),
        sa.Column("rx_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(100), nullable=False),
        sa.Column("payload", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_events_rx_time", "events", ["rx_time"])
    op.create_index("ix_events_kind", "events", ["kind"])
    op.create_table(
        "unit_positions",
        sa.Column("call_sign", sa.String(100), primary_key=True),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("fix_time", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rx_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("speed_mps", sa.Float(), nullable=True),
        sa.Column("course_deg", sa.Float(), nullable=True),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unit_positions")
    op.drop_index("ix_events_kind", table_name="events")
    op.drop_index("ix_events_rx_time", table_name="events")
    op.drop_table("events")
