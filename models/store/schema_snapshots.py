"""Snapshots of the log-rebuilt states (dispatch, calls, alerts), so a start reads only a tail.

Contract: a typed model on the store's one ``Base`` (imported by
``models.store`` so alembic's target metadata includes it), created by
migration ``0006``. A row is a cache, never evidence: ``name`` (which state),
``seq`` (the newest event the state had applied, ``state.last_seq``),
``event_hash`` (that event's chain hash, so a snapshot is only used while the
log it was built from is the log in the store), ``layout`` (the digest of
the state's classes, ``models.log_snapshot.layout_digest``), ``created_at``
and ``body`` (``models.log_snapshot.encode_state``). Rows may be deleted at
any time: a start without one rebuilds from the log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.store.schema import Base, SeqType, UTCDateTime

SNAPSHOT_NAME_LENGTH = 32
LAYOUT_LENGTH = 32
HASH_LENGTH = 64  # as events.hash


class StateSnapshot(Base):
    __tablename__ = "state_snapshots"
    __table_args__ = (Index("ix_state_snapshots_name_seq", "name", "seq"),)

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(SNAPSHOT_NAME_LENGTH))
    seq: Mapped[int] = mapped_column(SeqType)
    event_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    layout: Mapped[str] = mapped_column(String(LAYOUT_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    body: Mapped[bytes] = mapped_column(LargeBinary())


snapshots_table = StateSnapshot.__table__
