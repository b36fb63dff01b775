"""Dispatch projection: incidents, notes, assignments and unit statuses from dispatch events.

Contract: ``apply_dispatch(connection, events)`` runs in the writer's
transaction over the batch's events of the kinds in
``models.dispatch.events.DISPATCH_KINDS``, in sequence order:

- ``incident.created`` inserts an open incident (``created_at`` = the event's
  receive time). A second event for an existing id changes nothing.
- ``incident.location`` moves an open incident to the position now in force
  (lat, lon and the location text); a closed incident keeps where it closed.
- ``incident.note`` inserts a note; ``operator`` is the source after
  ``operator:`` (the whole source for any other source).
- ``incident.closed`` closes an open incident (status, disposition,
  ``closed_at``) and releases its open assignments.
- ``incident.reopened`` opens a closed incident again (status open, no
  disposition nor ``closed_at``); its assignments stay as the close left them.
- ``unit.assigned`` inserts an open assignment. A unit has at most one open
  assignment: one it still holds is released at the new one's time.
- ``unit.status`` upserts the unit's row (status, previous, incident_id,
  ``since`` = receive time); a move to a status in ``RELEASING`` releases
  the unit's open assignment.

An event whose payload breaks the contract is logged and skipped, never
raised: a projection that refused an event would stall the whole log. Runs
of consecutive events of one kind are applied with one statement per table,
so order across kinds is kept. ``replay(connection)`` rebuilds the tables
from the log (used by migration 0002, and to repair).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, update

from models.dispatch import events as ev
from models.dispatch.status import UnitStatus
from models.projections.common import (
    Invalid,
    apply_by_kind,
    keep_first,
    operator_of,
    replay_kinds,
    text,
)
from models.store.events import StoredEvent
from models.store.schema_dispatch import (
    CALL_SIGN_LENGTH,
    CLOSED,
    CODE_LENGTH,
    DISPATCH_TABLES,
    ID_LENGTH,
    OPEN,
    assignments_table,
    incident_notes_table,
    incidents_table,
    unit_status_table,
)

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)

#: Statuses that end a unit's commitment to its incident.
RELEASING = frozenset(
    {UnitStatus.AVAILABLE, UnitStatus.AVAILABLE_ON_RADIO, UnitStatus.OUT_OF_SERVICE}
)


def register(registry: ProjectionRegistry) -> None:
    registry.register(ev.DISPATCH_KINDS, apply_dispatch)


def apply_dispatch(connection: Connection, events: Sequence[StoredEvent]) -> None:
    apply_by_kind(connection, events, _BUILDERS, _HANDLERS, "dispatch", _LOGGER)


# -- payload checks -------------------------------------------------------


def _number(payload: dict[str, Any], key: str, optional: bool = False) -> float | None:
    value = payload.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Invalid(f"{key} must be a finite number, got {value!r}")
    return float(value)


def _status(payload: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = payload.get(key)
    if value is None and optional:
        return None
    try:
        return UnitStatus(value).value
    except ValueError:
        raise Invalid(f"{key} is not a unit status: {value!r}") from None


def _created(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    priority = p.get("priority")
    if isinstance(priority, bool) or not isinstance(priority, int):
        raise Invalid(f"priority must be a whole number, got {priority!r}")
    lat, lon = _number(p, "lat"), _number(p, "lon")
    assert lat is not None and lon is not None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise Invalid(f"lat/lon out of range: {lat}, {lon}")
    return {
        "incident_id": text(p, "incident_id", ID_LENGTH),
        "type": text(p, "type", CODE_LENGTH),
        "priority": priority,
        "lat": lat,
        "lon": lon,
        "location": text(p, "location", None, optional=True),
        "call_id": text(p, "call_id", CODE_LENGTH, optional=True),
        "status": OPEN,
        "disposition": None,
        "created_at": stored.rx_time,
        "closed_at": None,
        "created_seq": stored.seq,
    }


def _relocated(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    lat, lon = _number(p, "lat"), _number(p, "lon")
    assert lat is not None and lon is not None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise Invalid(f"lat/lon out of range: {lat}, {lon}")
    return {
        "b_incident_id": text(p, "incident_id", ID_LENGTH),
        "b_lat": lat,
        "b_lon": lon,
        "b_location": text(p, "location", None, optional=True),
    }


def _note(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "incident_id": text(p, "incident_id", ID_LENGTH),
        "time": stored.rx_time,
        "operator": operator_of(stored.source),
        "text": text(p, "text", None),
        "event_seq": stored.seq,
    }


def _closed(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "b_incident_id": text(p, "incident_id", ID_LENGTH),
        "b_disposition": text(p, "disposition", None, optional=True),
        "b_time": stored.rx_time,
    }


def _reopened(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {"b_incident_id": text(p, "incident_id", ID_LENGTH)}


def _assigned(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "incident_id": text(p, "incident_id", ID_LENGTH),
        "call_sign": text(p, "unit", CALL_SIGN_LENGTH),
        "assigned_at": stored.rx_time,
        "eta_s": _number(p, "eta_s", optional=True),
        "route_m": _number(p, "route_m", optional=True),
        "recommended": p.get("recommended") is True,
        "reason": text(p, "reason", None, optional=True),
        "released_at": None,
        "event_seq": stored.seq,
    }


def _unit_status(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "call_sign": text(p, "unit", CALL_SIGN_LENGTH),
        "status": _status(p, "status"),
        "previous": _status(p, "previous", optional=True),
        "incident_id": text(p, "incident_id", ID_LENGTH, optional=True),
        "since": stored.rx_time,
        "event_seq": stored.seq,
    }


# -- set-wise writes ------------------------------------------------------


def _insert_incidents(connection: Connection, rows: list[dict[str, Any]]) -> None:
    fresh = keep_first(
        connection,
        incidents_table.c.incident_id,
        rows,
        lambda row: (row["incident_id"], row["created_seq"]),
        "incident",
        "dispatch",
        _LOGGER,
    )
    if fresh:
        connection.execute(insert(incidents_table), fresh)


def _insert_notes(connection: Connection, rows: list[dict[str, Any]]) -> None:
    connection.execute(insert(incident_notes_table), rows)


_CLOSE = (
    update(incidents_table)
    .where(incidents_table.c.incident_id == bindparam("b_incident_id"))
    .where(incidents_table.c.status == OPEN)
    .values(status=CLOSED, disposition=bindparam("b_disposition"), closed_at=bindparam("b_time"))
)
_REOPEN = (
    update(incidents_table)
    .where(incidents_table.c.incident_id == bindparam("b_incident_id"))
    .where(incidents_table.c.status == CLOSED)
    .values(status=OPEN, disposition=None, closed_at=None)
)
_RELOCATE = (
    update(incidents_table)
    .where(incidents_table.c.incident_id == bindparam("b_incident_id"))
    .where(incidents_table.c.status == OPEN)
    .values(lat=bindparam("b_lat"), lon=bindparam("b_lon"), location=bindparam("b_location"))
)
_RELEASE_INCIDENT = (
    update(assignments_table)
    .where(assignments_table.c.incident_id == bindparam("b_incident_id"))
    .where(assignments_table.c.released_at.is_(None))
    .values(released_at=bindparam("b_time"))
)
_RELEASE_UNIT = (
    update(assignments_table)
    .where(assignments_table.c.call_sign == bindparam("b_call_sign"))
    .where(assignments_table.c.released_at.is_(None))
    .values(released_at=bindparam("b_time"))
)


def _close_incidents(connection: Connection, rows: list[dict[str, Any]]) -> None:
    connection.execute(_CLOSE, rows)
    connection.execute(
        _RELEASE_INCIDENT,
        [{"b_incident_id": r["b_incident_id"], "b_time": r["b_time"]} for r in rows],
    )


def _reopen_incidents(connection: Connection, rows: list[dict[str, Any]]) -> None:
    connection.execute(_REOPEN, rows)


def _relocate_incidents(connection: Connection, rows: list[dict[str, Any]]) -> None:
    connection.execute(_RELOCATE, rows)


def _insert_assignments(connection: Connection, rows: list[dict[str, Any]]) -> None:
    first_time: dict[str, datetime] = {}
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:
        call_sign = row["call_sign"]
        first_time.setdefault(call_sign, row["assigned_at"])
        earlier = latest.get(call_sign)
        if earlier is not None:
            earlier["released_at"] = row["assigned_at"]
        latest[call_sign] = row
    connection.execute(
        _RELEASE_UNIT, [{"b_call_sign": cs, "b_time": t} for cs, t in first_time.items()]
    )
    connection.execute(insert(assignments_table), rows)


def _apply_statuses(connection: Connection, rows: list[dict[str, Any]]) -> None:
    newest: dict[str, dict[str, Any]] = {}
    released: dict[str, datetime] = {}
    for row in rows:
        newest[row["call_sign"]] = row
        if row["status"] in RELEASING:
            released.setdefault(row["call_sign"], row["since"])
    upsert(connection, unit_status_table, "call_sign", list(newest.values()))
    if released:
        connection.execute(
            _RELEASE_UNIT, [{"b_call_sign": cs, "b_time": t} for cs, t in released.items()]
        )


def upsert(connection: Connection, table: Table, key: str, rows: list[dict[str, Any]]) -> None:
    """Insert-or-replace ``rows`` keyed by ``key`` with the dialect's native upsert."""
    dialect = connection.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        stmt = dialect_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c[key]],
            set_={name: stmt.excluded[name] for name in rows[0] if name != key},
        )
        connection.execute(stmt, rows)
        return
    connection.execute(delete(table).where(table.c[key].in_([row[key] for row in rows])))
    connection.execute(insert(table), rows)


_BUILDERS: dict[str, Callable[[StoredEvent, dict[str, Any]], dict[str, Any]]] = {
    ev.INCIDENT_CREATED: _created,
    ev.INCIDENT_LOCATION: _relocated,
    ev.INCIDENT_NOTE: _note,
    ev.INCIDENT_CLOSED: _closed,
    ev.INCIDENT_REOPENED: _reopened,
    ev.UNIT_ASSIGNED: _assigned,
    ev.UNIT_STATUS: _unit_status,
}
_HANDLERS: dict[str, Callable[[Connection, list[dict[str, Any]]], None]] = {
    ev.INCIDENT_CREATED: _insert_incidents,
    ev.INCIDENT_LOCATION: _relocate_incidents,
    ev.INCIDENT_NOTE: _insert_notes,
    ev.INCIDENT_CLOSED: _close_incidents,
    ev.INCIDENT_REOPENED: _reopen_incidents,
    ev.UNIT_ASSIGNED: _insert_assignments,
    ev.UNIT_STATUS: _apply_statuses,
}


def replay(connection: Connection, chunk: int = 2000) -> int:
    """Rebuild the dispatch tables from the log in ``connection``'s transaction; events read."""
    return replay_kinds(connection, DISPATCH_TABLES, ev.DISPATCH_KINDS, apply_dispatch, chunk)
