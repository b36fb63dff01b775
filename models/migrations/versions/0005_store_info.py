"""Store facts: ``store_info`` (key, value), e.g. the store's purpose, live or drill.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

The purpose is written by ``open_store`` on first open, not here: a store that
already holds events before this revision was a live store.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "store_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("store_info")
