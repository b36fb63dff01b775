"""Alerts projection: the alerts table from ``alert.*`` events.

Contract: ``apply_alerts(connection, events)`` runs in the writer's
transaction over the batch's events of the kinds in
``models.alerts.events.ALERT_KINDS``, in sequence order, with the rules of
``models.alerts.state.AlertState``:

- ``alert.raised`` inserts a ``new`` alert (``raised_at`` = receive time,
  ``repeats`` 1). A second event for an existing id changes nothing (logged).
- ``alert.updated`` sets the fields it names (``UPDATABLE``) and
  ``updated_at``; a ``cap`` there also moves ``cap_sender``/``cap_identifier``.
- ``alert.cancelled`` cancels an alert that is new, acknowledged or linked
  (``closed_at``, ``reason``); promoted, dismissed and cancelled alerts keep
  their state.
- ``alert.acknowledged`` / ``alert.promoted`` / ``alert.linked`` /
  ``alert.dismissed`` set the state, the operator (``acknowledged_by`` or
  ``handled_by``) and ``incident_id`` / ``call_id`` / ``reason`` /
  ``closed_at`` as the event says.

Every written row takes the event's ``seq`` as ``event_seq``. An event whose
payload breaks the contract is logged and skipped, never raised. Runs of
consecutive events of one kind are applied with one statement (updates, whose
columns differ per event, one statement each: they are few).
``replay(connection)`` rebuilds the table from the log (migration 0004).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, literal, update

from models.alerts import events as ev
from models.alerts.state import (
    ACKNOWLEDGED,
    CANCELLABLE_STATES,
    CANCELLED,
    DISMISSED,
    LINKED,
    NEW,
    PROMOTED,
    UPDATABLE,
)
from models.projections.common import (
    Invalid,
    apply_by_kind,
    keep_first,
    keyed_update,
    operator_of,
    replay_kinds,
    text,
)
from models.store.events import StoredEvent
from models.store.schema_alerts import (
    ALERT_ID_LENGTH,
    ALERT_TABLES,
    CALL_ID_LENGTH,
    CAP_TEXT_LENGTH,
    CODE_LENGTH,
    INCIDENT_ID_LENGTH,
    NAME_LENGTH,
    TRACK_LENGTH,
    alerts_table,
)

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)


# -- payload checks -------------------------------------------------------


def _coordinate(p: dict[str, Any], key: str, bound: float) -> float | None:
    value = p.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Invalid(f"{key} must be a number or null, got {value!r}")
    if abs(value) > bound:
        raise Invalid(f"{key} out of range: {value!r}")
    return float(value)


def _mapping(p: dict[str, Any], key: str) -> dict[str, Any] | None:
    value = p.get(key)
    if value is not None and not isinstance(value, dict):
        raise Invalid(f"{key} must be an object or null, got {value!r}")
    return value


def _clip(value: Any, limit: int) -> str | None:
    return str(value)[:limit] if value not in (None, "") else None


def _fields(p: dict[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    """Checked column values of the descriptive fields present in ``p``."""
    out: dict[str, Any] = {}
    for key in keys:
        if key not in p:
            continue
        if key in ("lat", "lon"):
            out[key] = _coordinate(p, key, 90.0 if key == "lat" else 180.0)
        elif key in ("area", "cap"):
            out[key] = _mapping(p, key)
            if key == "cap":
                cap = out[key] or {}
                out["cap_sender"] = _clip(cap.get("sender"), CAP_TEXT_LENGTH)
                out["cap_identifier"] = _clip(cap.get("identifier"), CAP_TEXT_LENGTH)
        elif key == "severity":
            out[key] = text(p, key, CODE_LENGTH)
        elif key == "title":
            out[key] = text(p, key, None)
        elif key == "suggested_type":
            out[key] = text(p, key, CODE_LENGTH, optional=True)
        elif key == "exercise":
            out[key] = bool(p[key])
        elif key == "repeats":
            value = p[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise Invalid(f"repeats must be a positive integer, got {value!r}")
            out[key] = value
    return out


def _raised(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    row = {
        "alert_id": text(p, "alert_id", ALERT_ID_LENGTH),
        "origin": text(p, "origin", CODE_LENGTH),
        "state": NEW,
        "exercise": bool(p.get("exercise")),
        "severity": "unknown",
        "title": "",
        "raised_at": stored.rx_time,
        "lat": None,
        "lon": None,
        "area": None,
        "sensor": text(p, "sensor", NAME_LENGTH, optional=True),
        "zone": text(p, "zone", NAME_LENGTH, optional=True),
        "track": text(p, "track", TRACK_LENGTH, optional=True),
        "cap": None,
        "cap_sender": None,
        "cap_identifier": None,
        "suggested_type": None,
        "frame": _mapping(p, "frame"),
        "repeats": 1,
        "event_seq": stored.seq,
    }
    row.update(_fields(p, ("severity", "title", "lat", "lon", "area", "cap", "suggested_type")))
    if (row["lat"] is None) != (row["lon"] is None):
        raise Invalid("lat and lon go together")
    return row


def _updated(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    values = _fields(p, UPDATABLE)
    values.update(updated_at=stored.rx_time, event_seq=stored.seq)
    return {"b_alert_id": text(p, "alert_id", ALERT_ID_LENGTH), "values": values}


def _operator_row(state: str | None, **extra: Callable[..., Any]) -> Callable[..., dict[str, Any]]:
    def build(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
        row = {
            "b_alert_id": text(p, "alert_id", ALERT_ID_LENGTH),
            "b_state": state,
            "b_time": stored.rx_time,
            "b_by": operator_of(stored.source),
            "b_seq": stored.seq,
        }
        for key, get in extra.items():
            row[key] = get(p)
        return row

    return build


def _linked_row(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    row = _operator_row(LINKED)(stored, p)
    row["b_incident_id"] = text(p, "incident_id", INCIDENT_ID_LENGTH, optional=True)
    row["b_call_id"] = text(p, "call_id", CALL_ID_LENGTH, optional=True)
    if row["b_incident_id"] is None and row["b_call_id"] is None:
        raise Invalid("alert.linked needs incident_id or call_id")
    return row


def _cancelled_row(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "b_alert_id": text(p, "alert_id", ALERT_ID_LENGTH),
        "b_time": stored.rx_time,
        "b_reason": text(p, "reason", None, optional=True),
        "b_seq": stored.seq,
    }


# -- set-wise writes ------------------------------------------------------

_a = alerts_table.c
_ACK = keyed_update(alerts_table, "alert_id", state="state", acknowledged_by="by")
_PROMOTE = keyed_update(
    alerts_table,
    "alert_id",
    state="state",
    closed_at="time",
    incident_id="incident_id",
    handled_by="by",
)
_LINK = keyed_update(
    alerts_table,
    "alert_id",
    state="state",
    incident_id="incident_id",
    call_id="call_id",
    handled_by="by",
)
_DISMISS = keyed_update(
    alerts_table, "alert_id", state="state", closed_at="time", reason="reason", handled_by="by"
)
_CANCEL = keyed_update(
    alerts_table,
    "alert_id",
    _a.state.in_(sorted(CANCELLABLE_STATES)),
    state=literal(CANCELLED),
    closed_at="time",
    reason="reason",
)


def _runner(statement: Any) -> Callable[[Connection, list[dict[str, Any]]], None]:
    def run(connection: Connection, rows: list[dict[str, Any]]) -> None:
        connection.execute(statement, rows)

    return run


def _insert_alerts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    fresh = keep_first(
        connection,
        _a.alert_id,
        rows,
        lambda row: (row["alert_id"], row["event_seq"]),
        "alert",
        "alerts",
        _LOGGER,
    )
    if fresh:
        connection.execute(insert(alerts_table), fresh)


def _update_alerts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        connection.execute(
            update(alerts_table).where(_a.alert_id == row["b_alert_id"]).values(**row["values"])
        )


_BUILDERS: dict[str, Callable[[StoredEvent, dict[str, Any]], dict[str, Any]]] = {
    ev.ALERT_RAISED: _raised,
    ev.ALERT_UPDATED: _updated,
    ev.ALERT_CANCELLED: _cancelled_row,
    ev.ALERT_ACKNOWLEDGED: _operator_row(ACKNOWLEDGED),
    ev.ALERT_PROMOTED: _operator_row(
        PROMOTED, b_incident_id=lambda p: text(p, "incident_id", INCIDENT_ID_LENGTH)
    ),
    ev.ALERT_LINKED: _linked_row,
    ev.ALERT_DISMISSED: _operator_row(DISMISSED, b_reason=lambda p: text(p, "reason", None)),
}
_HANDLERS: dict[str, Callable[[Connection, list[dict[str, Any]]], None]] = {
    ev.ALERT_RAISED: _insert_alerts,
    ev.ALERT_UPDATED: _update_alerts,
    ev.ALERT_CANCELLED: _runner(_CANCEL),
    ev.ALERT_ACKNOWLEDGED: _runner(_ACK),
    ev.ALERT_PROMOTED: _runner(_PROMOTE),
    ev.ALERT_LINKED: _runner(_LINK),
    ev.ALERT_DISMISSED: _runner(_DISMISS),
}


def register(registry: ProjectionRegistry) -> None:
    registry.register(ev.ALERT_KINDS, apply_alerts)


def apply_alerts(connection: Connection, events: Sequence[StoredEvent]) -> None:
    apply_by_kind(connection, events, _BUILDERS, _HANDLERS, "alerts", _LOGGER)


def replay(connection: Connection, chunk: int = 2000) -> int:
    """Rebuild the alerts table from the log in ``connection``'s transaction; events read."""
    return replay_kinds(connection, ALERT_TABLES, ev.ALERT_KINDS, apply_alerts, chunk)
