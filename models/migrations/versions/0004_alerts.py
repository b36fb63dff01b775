"""Alert projection: alerts.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04

The table is then filled from any alert events already in the log.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from the models: a migration must not change
# when the models do.
_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)
_CODE = sa.String(32)
_NAME = sa.String(100)
_CAP_TEXT = sa.String(255)
_OPERATOR = sa.String(200)


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("alert_id", sa.String(40), primary_key=True),
        sa.Column("origin", _CODE, nullable=False),
        sa.Column("state", _CODE, nullable=False),
        sa.Column("exercise", sa.Boolean(), nullable=False),
        sa.Column("severity", _CODE, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("raised_at", _TIME, nullable=False),
        sa.Column("updated_at", _TIME, nullable=True),
        sa.Column("closed_at", _TIME, nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("area", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("sensor", _NAME, nullable=True),
        sa.Column("zone", _NAME, nullable=True),
        sa.Column("track", sa.String(200), nullable=True),
        sa.Column("cap", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("cap_sender", _CAP_TEXT, nullable=True),
        sa.Column("cap_identifier", _CAP_TEXT, nullable=True),
        sa.Column("suggested_type", _CODE, nullable=True),
        sa.Column("frame", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("repeats", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.String(40), nullable=True),
        sa.Column("call_id", sa.String(40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("acknowledged_by", _OPERATOR, nullable=True),
        sa.Column("handled_by", _OPERATOR, nullable=True),
        sa.Column("event_seq", _SEQ, sa.ForeignKey("events.seq"), nullable=False),
    )
    op.create_index("ix_alerts_state", "alerts", ["state"])
    op.create_index("ix_alerts_incident_id", "alerts", ["incident_id"])
    op.create_index("ix_alerts_cap", "alerts", ["cap_sender", "cap_identifier"])

    # Data, not schema: replay the log through today's projection. If a later
    # revision changes this table, move this replay after it.
    from models.projections.alerts import replay

    replay(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_alerts_cap", table_name="alerts")
    op.drop_index("ix_alerts_incident_id", table_name="alerts")
    op.drop_index("ix_alerts_state", table_name="alerts")
    op.drop_table("alerts")
