"""Call projection tables: calls and their caller locations.

Contract: typed models on the store's one ``Base`` (imported by
``models.store`` so alembic's target metadata includes them), created by
migration ``0003``. They are projections of the ``call.*`` events (see
``models.calls.events``), written only by ``models.projections.calls`` and
read through ``models.store.calls_queries``. Portable SQLite/PostgreSQL;
times are ``UTCDateTime``; no foreign key between projection tables (a
projection never refuses an event).

- ``calls``: one row per call; the ``verified_*`` columns hold the location
  in force after the newest ``call.location-verified`` (NULL before).
- ``call_locations``: every location of every call in event order: the
  automatic ones (``verified`` false, ``rebid`` as the event said) and each
  verification (``verified`` true). ``claimed_time`` is the time the message
  claims, ``received_at`` the receive time of the event that carried it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.store.schema import Base, SeqType, UTCDateTime

CALL_ID_LENGTH = 40
NUMBER_LENGTH = 100
SOURCE_LENGTH = 16
CODE_LENGTH = 32  # states, classes of service, shapes
METHOD_LENGTH = 100
INCIDENT_ID_LENGTH = 40  # as incidents.incident_id
OPERATOR_LENGTH = 200  # as events.source


class Call(Base):
    __tablename__ = "calls"

    call_id: Mapped[str] = mapped_column(String(CALL_ID_LENGTH), primary_key=True)
    number: Mapped[str | None] = mapped_column(String(NUMBER_LENGTH))
    via: Mapped[str] = mapped_column(String(SOURCE_LENGTH))
    class_of_service: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    state: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str | None] = mapped_column(Text())  # why it was abandoned
    incident_id: Mapped[str | None] = mapped_column(String(INCIDENT_ID_LENGTH), index=True)
    verified_source: Mapped[str | None] = mapped_column(String(SOURCE_LENGTH))
    verified_lat: Mapped[float | None] = mapped_column(Float())
    verified_lon: Mapped[float | None] = mapped_column(Float())
    verified_radius_m: Mapped[float | None] = mapped_column(Float())
    verified_civic: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verified_by: Mapped[str | None] = mapped_column(String(OPERATOR_LENGTH))
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


class CallLocation(Base):
    __tablename__ = "call_locations"
    __table_args__ = (Index("ix_call_locations_call_id_event_seq", "call_id", "event_seq"),)

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    call_id: Mapped[str] = mapped_column(String(CALL_ID_LENGTH))
    source: Mapped[str] = mapped_column(String(SOURCE_LENGTH))
    lat: Mapped[float | None] = mapped_column(Float())
    lon: Mapped[float | None] = mapped_column(Float())
    radius_m: Mapped[float | None] = mapped_column(Float())
    confidence: Mapped[float | None] = mapped_column(Float())
    shape: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    class_of_service: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    method: Mapped[str | None] = mapped_column(String(METHOD_LENGTH))
    claimed_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    civic: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    rebid: Mapped[bool] = mapped_column(Boolean())
    verified: Mapped[bool] = mapped_column(Boolean())
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


calls_table = Call.__table__
call_locations_table = CallLocation.__table__

CALL_TABLES = (calls_table, call_locations_table)
