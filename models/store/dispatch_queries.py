"""Read-side queries over the dispatch projections, returning plain dataclasses.

Contract: each function takes an open SQLAlchemy ``Connection`` (run them off
the GUI thread, e.g. ``with store.engine.connect() as conn: ...``) and
returns frozen, slotted dataclasses, never ORM rows. Times are aware UTC.

- ``open_incidents(conn)``: open incidents, most urgent first (priority,
  then oldest), each with the call signs of its open assignments (in the
  order they were assigned). "Oldest" and "order" are the log's (``seq``),
  never the receive time: a wall clock stepped back reorders nothing.
- ``incident(conn, incident_id)``: one incident with its notes and all its
  assignments (released ones too), oldest first; None if unknown.
- ``unit_statuses(conn)``: every unit that has had a status event.
- ``open_assignments(conn)``: each unit's open assignment.
- ``next_incident_number(conn, year)``: the next free id ``"YYYY-NNNNNN"``
  after the highest of that year. Two writers asking at once get the same
  answer: allocate on the one writer side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from models.dispatch.status import UnitStatus
from models.store.schema_dispatch import (
    OPEN,
    assignments_table,
    incident_notes_table,
    incidents_table,
    unit_status_table,
)

INCIDENT_NUMBER_DIGITS = 6


@dataclass(frozen=True, slots=True)
class IncidentRow:
    incident_id: str
    type: str
    priority: int
    lat: float
    lon: float
    location: str | None
    call_id: str | None
    status: str  # "open" | "closed"
    disposition: str | None
    created_at: datetime
    closed_at: datetime | None
    created_seq: int
    units: tuple[str, ...] = ()  # call signs with an open assignment, by assignment time


@dataclass(frozen=True, slots=True)
class NoteRow:
    incident_id: str
    time: datetime
    operator: str
    text: str
    event_seq: int


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    incident_id: str
    call_sign: str
    assigned_at: datetime
    eta_s: float | None
    route_m: float | None
    recommended: bool
    reason: str | None
    released_at: datetime | None
    event_seq: int

    @property
    def is_open(self) -> bool:
        return self.released_at is None


@dataclass(frozen=True, slots=True)
class IncidentDetail:
    incident: IncidentRow
    notes: tuple[NoteRow, ...]
    assignments: tuple[AssignmentRow, ...]


@dataclass(frozen=True, slots=True)
class UnitStatusRow:
    call_sign: str
    status: UnitStatus
    previous: UnitStatus | None
    incident_id: str | None
    since: datetime  # receive time of the event that set ``status``
    event_seq: int


def _incident(row: Any, units: tuple[str, ...] = ()) -> IncidentRow:
    return IncidentRow(
        incident_id=row.incident_id,
        type=row.type,
        priority=row.priority,
        lat=row.lat,
        lon=row.lon,
        location=row.location,
        call_id=row.call_id,
        status=row.status,
        disposition=row.disposition,
        created_at=row.created_at,
        closed_at=row.closed_at,
        created_seq=row.created_seq,
        units=units,
    )


def _assignment(row: Any) -> AssignmentRow:
    return AssignmentRow(
        incident_id=row.incident_id,
        call_sign=row.call_sign,
        assigned_at=row.assigned_at,
        eta_s=row.eta_s,
        route_m=row.route_m,
        recommended=bool(row.recommended),
        reason=row.reason,
        released_at=row.released_at,
        event_seq=row.event_seq,
    )


def open_incidents(conn: Connection) -> list[IncidentRow]:
    i, a = incidents_table, assignments_table
    units: dict[str, list[str]] = defaultdict(list)
    committed = conn.execute(
        select(a.c.incident_id, a.c.call_sign)
        .join(i, i.c.incident_id == a.c.incident_id)
        .where(i.c.status == OPEN, a.c.released_at.is_(None))
        .order_by(a.c.event_seq, a.c.id)
    )
    for incident_id, call_sign in committed:
        units[incident_id].append(call_sign)
    rows = conn.execute(
        select(i).where(i.c.status == OPEN).order_by(i.c.priority, i.c.created_seq, i.c.incident_id)
    )
    return [_incident(row, tuple(units.get(row.incident_id, ()))) for row in rows]


def incident(conn: Connection, incident_id: str) -> IncidentDetail | None:
    i, n, a = incidents_table, incident_notes_table, assignments_table
    row = conn.execute(select(i).where(i.c.incident_id == incident_id)).first()
    if row is None:
        return None
    notes = tuple(
        NoteRow(r.incident_id, r.time, r.operator, r.text, r.event_seq)
        for r in conn.execute(
            select(n).where(n.c.incident_id == incident_id).order_by(n.c.event_seq, n.c.id)
        )
    )
    assignments = tuple(
        _assignment(r)
        for r in conn.execute(
            select(a).where(a.c.incident_id == incident_id).order_by(a.c.event_seq, a.c.id)
        )
    )
    units = tuple(x.call_sign for x in assignments if x.is_open)
    return IncidentDetail(_incident(row, units), notes, assignments)


def open_assignments(conn: Connection) -> dict[str, AssignmentRow]:
    a = assignments_table
    rows = conn.execute(select(a).where(a.c.released_at.is_(None)).order_by(a.c.event_seq))
    return {row.call_sign: _assignment(row) for row in rows}


def unit_statuses(conn: Connection) -> dict[str, UnitStatusRow]:
    t = unit_status_table
    return {
        row.call_sign: UnitStatusRow(
            call_sign=row.call_sign,
            status=UnitStatus(row.status),
            previous=None if row.previous is None else UnitStatus(row.previous),
            incident_id=row.incident_id,
            since=row.since,
            event_seq=row.event_seq,
        )
        for row in conn.execute(select(t).order_by(t.c.call_sign))
    }


def format_incident_id(year: int, number: int) -> str:
    return f"{year:04d}-{number:0{INCIDENT_NUMBER_DIGITS}d}"


def next_incident_number(conn: Connection, year: int) -> str:
    """The id after the highest numbered incident of ``year`` (``"2026-000001"`` if none)."""
    prefix = f"{year:04d}-"
    pattern = re.compile(rf"^{prefix}(\d+)$")
    i = incidents_table
    # Longest first, then highest: numbers past the zero padding still sort right.
    rows = conn.execute(
        select(i.c.incident_id)
        .where(i.c.incident_id.startswith(prefix, autoescape=True))
        .order_by(func.length(i.c.incident_id).desc(), i.c.incident_id.desc())
    )
    for (incident_id,) in rows:
        match = pattern.match(incident_id)
        if match:  # ids of another shape ("2026-demo") are skipped, not numbered after
            return format_incident_id(year, int(match.group(1)) + 1)
    return format_incident_id(year, 1)
