"""Alert projection table: one row per alert, its area as JSON.

Contract: a typed model on the store's one ``Base`` (imported by
``models.store`` so alembic's target metadata includes it), created by
migration ``0004``. It is the projection of the ``alert.*`` events (see
``models.alerts.events``), written only by ``models.projections.alerts``
and read through ``models.store.alerts_queries``. Portable
SQLite/PostgreSQL; times are ``UTCDateTime``; no foreign key to other
projection tables (a projection never refuses an event).

``area`` holds ``{"polygons": [[[lat, lon], ...]], "circles": [[lat, lon,
radius_m]]}`` (or NULL): an alert's area is read whole with the alert and
never queried by shape, so a separate table would only add a join.
``cap_sender``/``cap_identifier`` are those of the newest CAP message that
raised or updated the alert, indexed so a CAP Update or Cancel finds it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.store.schema import Base, SeqType, UTCDateTime

ALERT_ID_LENGTH = 40
CODE_LENGTH = 32  # origins, states, severities, incident type codes
NAME_LENGTH = 100  # sensor and zone ids
TRACK_LENGTH = 200
CAP_TEXT_LENGTH = 255
INCIDENT_ID_LENGTH = 40  # as incidents.incident_id
CALL_ID_LENGTH = 40  # as calls.call_id
OPERATOR_LENGTH = 200  # as events.source


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_cap", "cap_sender", "cap_identifier"),)

    alert_id: Mapped[str] = mapped_column(String(ALERT_ID_LENGTH), primary_key=True)
    origin: Mapped[str] = mapped_column(String(CODE_LENGTH))
    state: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    exercise: Mapped[bool] = mapped_column(Boolean())
    severity: Mapped[str] = mapped_column(String(CODE_LENGTH))
    title: Mapped[str] = mapped_column(Text())
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    lat: Mapped[float | None] = mapped_column(Float())
    lon: Mapped[float | None] = mapped_column(Float())
    area: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    sensor: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    zone: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    track: Mapped[str | None] = mapped_column(String(TRACK_LENGTH))
    cap: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    cap_sender: Mapped[str | None] = mapped_column(String(CAP_TEXT_LENGTH))
    cap_identifier: Mapped[str | None] = mapped_column(String(CAP_TEXT_LENGTH))
    suggested_type: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    frame: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    repeats: Mapped[int] = mapped_column(Integer())
    incident_id: Mapped[str | None] = mapped_column(String(INCIDENT_ID_LENGTH), index=True)
    call_id: Mapped[str | None] = mapped_column(String(CALL_ID_LENGTH))
    reason: Mapped[str | None] = mapped_column(Text())
    acknowledged_by: Mapped[str | None] = mapped_column(String(OPERATOR_LENGTH))
    handled_by: Mapped[str | None] = mapped_column(String(OPERATOR_LENGTH))
    event_seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"))


alerts_table = Alert.__table__

ALERT_TABLES = (alerts_table,)
