"""Dispatch projection tables: incidents, unit statuses, assignments and incident notes.

Contract: typed models on the store's one ``Base`` (so alembic's target
metadata and ``Base.metadata`` include them once ``models.store`` is
imported), created by migration ``0002``. They are projections of the
``incident.*`` and ``unit.*`` events (see ``models.dispatch.events``),
written only by ``models.projections.dispatch`` and read through
``models.store.dispatch_queries``. Portable SQLite/PostgreSQL; times are
``UTCDateTime``. There is deliberately no foreign key from one projection
table to another: a projection must never refuse an event (that would stall
the log), so an event naming an unknown incident is recorded as it says.
Each row keeps the ``event_seq`` of the event that last wrote it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.store.schema import Base, SeqType, UTCDateTime

ID_LENGTH = 40  # "2026-000123"; room for site prefixes
CALL_SIGN_LENGTH = 100  # as unit_positions
CODE_LENGTH = 100
STATUS_LENGTH = 32
OPERATOR_LENGTH = 200  # as events.source

OPEN = "open"
CLOSED = "closed"


class Incident(Base):
    __tablename__ = "incidents"

    incident_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    type: Mapped[str] = mapped_column(String(CODE_LENGTH))
    priority: Mapped[int] = mapped_column(Integer())
    lat: Mapped[float] = mapped_column(Float())
    lon: Mapped[float] = mapped_column(Float())
    location: Mapped[str | None] = mapped_column(Text())
    call_id: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    status: Mapped[str] = mapped_column(String(STATUS_LENGTH), index=True)  # open | closed
    disposition: Mapped[str | None] = mapped_column(Text())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


class UnitStatusRecord(Base):
    """Current status per unit; ``since`` is the receive time of the status event."""

    __tablename__ = "unit_status"

    call_sign: Mapped[str] = mapped_column(String(CALL_SIGN_LENGTH), primary_key=True)
    status: Mapped[str] = mapped_column(String(STATUS_LENGTH))
    previous: Mapped[str | None] = mapped_column(String(STATUS_LENGTH))
    incident_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    since: Mapped[datetime] = mapped_column(UTCDateTime())
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


class Assignment(Base):
    """A unit sent to an incident; open while ``released_at`` is NULL."""

    __tablename__ = "assignments"
    __table_args__ = (
        Index("ix_assignments_incident_id", "incident_id"),
        Index("ix_assignments_call_sign_released_at", "call_sign", "released_at"),
    )

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    call_sign: Mapped[str] = mapped_column(String(CALL_SIGN_LENGTH))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    eta_s: Mapped[float | None] = mapped_column(Float())
    route_m: Mapped[float | None] = mapped_column(Float())
    recommended: Mapped[bool] = mapped_column(Boolean())
    reason: Mapped[str | None] = mapped_column(Text())
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


class IncidentNote(Base):
    __tablename__ = "incident_notes"

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime())
    operator: Mapped[str] = mapped_column(String(OPERATOR_LENGTH))
    text: Mapped[str] = mapped_column(Text())
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


incidents_table = Incident.__table__
unit_status_table = UnitStatusRecord.__table__
assignments_table = Assignment.__table__
incident_notes_table = IncidentNote.__table__

DISPATCH_TABLES = (incidents_table, unit_status_table, assignments_table, incident_notes_table)
