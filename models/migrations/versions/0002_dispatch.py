"""Dispatch projections: incidents, unit_status, assignments, incident_notes.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02

The tables are then filled from any dispatch events already in the log, so a
store that recorded operator actions before this revision shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from the models: a migration must not change
# when the models do.
_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)
_ID = sa.String(40)
_CALL_SIGN = sa.String(100)
_STATUS = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("incident_id", _ID, primary_key=True),
        sa.Column("type", sa.String(100), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("call_id", sa.String(100), nullable=True),
        sa.Column("status", _STATUS, nullable=False),
        sa.Column("disposition", sa.Text(), nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("closed_at", _TIME, nullable=True),
        sa.Column("created_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_index("ix_incidents_status", "incidents", ["status"])
    op.create_table(
        "unit_status",
        sa.Column("call_sign", _CALL_SIGN, primary_key=True),
        sa.Column("status", _STATUS, nullable=False),
        sa.Column("previous", _STATUS, nullable=True),
        sa.Column("incident_id", _ID, nullable=True),
        sa.Column("since", _TIME, nullable=False),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_id", _ID, nullable=False),
        sa.Column("call_sign", _CALL_SIGN, nullable=False),
        sa.Column("assigned_at", _TIME, nullable=False),
        sa.Column("eta_s", sa.Float(), nullable=True),
        sa.Column("route_m", sa.Float(), nullable=True),
        sa.Column("recommended", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("released_at", _TIME, nullable=True),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_index("ix_assignments_incident_id", "assignments", ["incident_id"])
    op.create_index(
        "ix_assignments_call_sign_released_at", "assignments", ["call_sign", "released_at"]
    )
    op.create_table(
        "incident_notes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_id", _ID, nullable=False),
        sa.Column("time", _TIME, nullable=False),
        sa.Column("operator", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_index("ix_incident_notes_incident_id", "incident_notes", ["incident_id"])

    # Data, not schema: replaying the log through today's projection is the
    # only way to get the same rows the writer would have made. If a later
    # revision changes these tables, move this replay after it.
    from models.projections.dispatch import replay

    replay(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_incident_notes_incident_id", table_name="incident_notes")
    op.drop_table("incident_notes")
    op.drop_index("ix_assignments_call_sign_released_at", table_name="assignments")
    op.drop_index("ix_assignments_incident_id", table_name="assignments")
    op.drop_table("assignments")
    op.drop_table("unit_status")
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.drop_table("incidents")
