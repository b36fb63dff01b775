"""Read-side queries over the alerts projection, returning plain dataclasses.

Contract: each function takes an open SQLAlchemy ``Connection`` (run them off
the GUI thread) and returns frozen, slotted dataclasses, never ORM rows.
Times are aware UTC; ``area``, ``cap`` and ``frame`` are plain dicts (or None).

- ``open_alerts(conn, include_exercise=True)``: new and acknowledged
  alerts, oldest first. "Oldest" is the order alerts were numbered in as
  they were raised (``A<N>``, by length then text), never the receive time:
  a wall clock stepped back reorders nothing.
- ``alert(conn, alert_id)``: one alert in any state; None if unknown.
- ``alerts_for_incident(conn, incident_id)``: alerts promoted to or linked
  with an incident, oldest first.
- ``alert_for_cap(conn, sender, identifier)``: the alert a CAP message
  raised or last updated; None if none.
- ``highest_alert_number(conn)``: the highest N of the ids ``"A<N>"`` (0 if
  none), for ``AlertEngine(state, last_number=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from models.alerts.state import ACTIVE_STATES
from models.store.schema_alerts import alerts_table

# Alerts are numbered as they are raised: that order, not the clock's.
_IN_NUMBER_ORDER = (func.length(alerts_table.c.alert_id), alerts_table.c.alert_id)


@dataclass(frozen=True, slots=True)
class AlertRow:
    alert_id: str
    origin: str
    state: str
    exercise: bool
    severity: str
    title: str
    raised_at: datetime
    updated_at: datetime | None
    closed_at: datetime | None
    lat: float | None
    lon: float | None
    area: dict[str, Any] | None
    sensor: str | None
    zone: str | None
    track: str | None
    cap: dict[str, Any] | None
    suggested_type: str | None
    frame: dict[str, Any] | None
    repeats: int
    incident_id: str | None
    call_id: str | None
    reason: str | None
    acknowledged_by: str | None
    handled_by: str | None
    event_seq: int


_FIELDS = tuple(AlertRow.__dataclass_fields__)


def _alert(row: Any) -> AlertRow:
    mapping = row._mapping
    values = {name: mapping[name] for name in _FIELDS}
    values["exercise"] = bool(values["exercise"])
    return AlertRow(**values)


def open_alerts(conn: Connection, include_exercise: bool = True) -> list[AlertRow]:
    a = alerts_table.c
    query = select(alerts_table).where(a.state.in_(sorted(ACTIVE_STATES)))
    if not include_exercise:
        query = query.where(a.exercise.is_(False))
    return [_alert(row) for row in conn.execute(query.order_by(*_IN_NUMBER_ORDER))]


def alert(conn: Connection, alert_id: str) -> AlertRow | None:
    row = conn.execute(select(alerts_table).where(alerts_table.c.alert_id == alert_id)).first()
    return None if row is None else _alert(row)


def alerts_for_incident(conn: Connection, incident_id: str) -> list[AlertRow]:
    a = alerts_table.c
    rows = conn.execute(
        select(alerts_table).where(a.incident_id == incident_id).order_by(*_IN_NUMBER_ORDER)
    )
    return [_alert(row) for row in rows]


def alert_for_cap(conn: Connection, sender: str, identifier: str) -> AlertRow | None:
    a = alerts_table.c
    row = conn.execute(
        select(alerts_table).where(a.cap_sender == sender, a.cap_identifier == identifier)
    ).first()
    return None if row is None else _alert(row)


def highest_alert_number(conn: Connection) -> int:
    a = alerts_table.c
    # Longest first, then highest: numbers past the zero padding still sort right.
    rows = conn.execute(
        select(a.alert_id)
        .where(a.alert_id.startswith("A"))
        .order_by(func.length(a.alert_id).desc(), a.alert_id.desc())
    )
    for (alert_id,) in rows:
        if alert_id[1:].isdigit():
            return int(alert_id[1:])
    return 0
