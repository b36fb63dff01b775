"""Call projections: calls, call_locations.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03

The tables are then filled from any call events already in the log.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from the models: a migration must not change
# when the models do.
_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)
_CALL_ID = sa.String(40)
_SOURCE = sa.String(16)
_CODE = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("call_id", _CALL_ID, primary_key=True),
        sa.Column("number", sa.String(100), nullable=True),
        sa.Column("via", _SOURCE, nullable=False),
        sa.Column("class_of_service", _CODE, nullable=True),
        sa.Column("state", _CODE, nullable=False),
        sa.Column("offered_at", _TIME, nullable=False),
        sa.Column("answered_at", _TIME, nullable=True),
        sa.Column("ended_at", _TIME, nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("incident_id", sa.String(40), nullable=True),
        sa.Column("verified_source", _SOURCE, nullable=True),
        sa.Column("verified_lat", sa.Float(), nullable=True),
        sa.Column("verified_lon", sa.Float(), nullable=True),
        sa.Column("verified_radius_m", sa.Float(), nullable=True),
        sa.Column("verified_civic", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("verified_at", _TIME, nullable=True),
        sa.Column("verified_by", sa.String(200), nullable=True),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_index("ix_calls_state", "calls", ["state"])
    op.create_index("ix_calls_incident_id", "calls", ["incident_id"])
    op.create_table(
        "call_locations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("call_id", _CALL_ID, nullable=False),
        sa.Column("source", _SOURCE, nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("radius_m", sa.Float(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("shape", _CODE, nullable=True),
        sa.Column("class_of_service", _CODE, nullable=True),
        sa.Column("method", sa.String(100), nullable=True),
        sa.Column("claimed_time", _TIME, nullable=True),
        sa.Column("received_at", _TIME, nullable=False),
        sa.Column("civic", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("rebid", sa.Boolean(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_index(
        "ix_call_locations_call_id_event_seq", "call_locations", ["call_id", "event_seq"]
    )

    # Data, not schema: replay the log through today's projection. If a later
    # revision changes these tables, move this replay after it.
    from models.projections.calls import replay

    replay(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_call_locations_call_id_event_seq", table_name="call_locations")
    op.drop_table("call_locations")
    op.drop_index("ix_calls_incident_id", table_name="calls")
    op.drop_index("ix_calls_state", table_name="calls")
    op.drop_table("calls")
