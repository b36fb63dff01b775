"""Calls projection: the calls and call_locations tables from ``call.*`` events.

Contract: ``apply_calls(connection, events)`` runs in the writer's
transaction over the batch's events of the kinds in
``models.calls.events.CALL_KINDS``, in sequence order:

- ``call.offered`` inserts a ringing call (``offered_at`` = receive time) and
  its first location, if any. A second event for an existing id changes
  nothing (logged).
- ``call.location`` inserts a location (``rebid`` as said) and takes its
  class of service, when it has one, as the call's.
- ``call.answered`` / ``call.abandoned`` / ``call.released`` set the state
  and ``answered_at`` / ``ended_at`` (+ ``reason``) to the receive time.
- ``call.location-verified`` sets the ``verified_*`` columns (``verified_by``
  = the operator) and inserts the location with ``verified`` true.
- ``call.attached`` sets ``incident_id``.

Every written call row takes the event's ``seq`` as ``event_seq``. An event
whose payload breaks the contract is logged and skipped, never raised (a
projection that refused an event would stall the log). Runs of consecutive
events of one kind are applied with one statement per table.
``replay(connection)`` rebuilds the tables from the log (migration 0003).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, func, insert

from models.calls import events as ev
from models.calls.location import LocationError, check_location
from models.calls.state import ABANDONED, ANSWERED, RELEASED, RINGING
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
from models.store.schema_calls import (
    CALL_ID_LENGTH,
    CALL_TABLES,
    CODE_LENGTH,
    INCIDENT_ID_LENGTH,
    METHOD_LENGTH,
    NUMBER_LENGTH,
    SOURCE_LENGTH,
    call_locations_table,
    calls_table,
)

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)


# -- payload checks -------------------------------------------------------


def _text(p: dict[str, Any], key: str, limit: int | None, optional: bool = False) -> Any:
    # Unlike the other projections, even unbounded call text must not be blank.
    return text(p, key, limit, optional, nonblank=True)


def _claimed_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None  # the claimed time is informative; a bad one must not lose the location
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _clip(value: str | None, limit: int) -> str | None:
    """Informative text cut to its column; an overlong method must not lose the location."""
    return value[:limit] if value else None


def _location_row(
    stored: StoredEvent, call_id: str, value: Any, *, rebid: bool, verified: bool
) -> dict[str, Any]:
    try:
        location = check_location(value)
    except LocationError as exc:
        raise Invalid(f"location: {exc}") from None
    return {
        "call_id": call_id,
        "source": location["source"],
        "lat": location["lat"],
        "lon": location["lon"],
        "radius_m": location["radius_m"],
        "confidence": location["confidence"],
        "shape": _clip(location["shape"], CODE_LENGTH),
        "class_of_service": _clip(location["class_of_service"], CODE_LENGTH),
        "method": _clip(location["method"], METHOD_LENGTH),
        "claimed_time": _claimed_time(location["time"]),
        "received_at": stored.rx_time,
        "civic": location["civic"],
        "rebid": rebid,
        "verified": verified,
        "event_seq": stored.seq,
    }


def _offered(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    call_id = _text(p, "call_id", CALL_ID_LENGTH)
    location = p.get("location")
    return {
        "call": {
            "call_id": call_id,
            "number": _text(p, "number", NUMBER_LENGTH, optional=True),
            "via": _text(p, "via", SOURCE_LENGTH),
            "class_of_service": _text(p, "class_of_service", CODE_LENGTH, optional=True),
            "state": RINGING,
            "offered_at": stored.rx_time,
            "event_seq": stored.seq,
        },
        "location": None
        if location is None
        else _location_row(stored, call_id, location, rebid=False, verified=False),
    }


def _location(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    call_id = _text(p, "call_id", CALL_ID_LENGTH)
    row = _location_row(
        stored, call_id, p.get("location"), rebid=p.get("rebid") is True, verified=False
    )
    return {
        "location": row,
        "b_call_id": call_id,
        "b_cos": row["class_of_service"],
        "b_seq": stored.seq,
    }


def _state_change(state: str) -> Callable[[StoredEvent, dict[str, Any]], dict[str, Any]]:
    def build(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
        row = {
            "b_call_id": _text(p, "call_id", CALL_ID_LENGTH),
            "b_state": state,
            "b_time": stored.rx_time,
            "b_seq": stored.seq,
        }
        if state != ANSWERED:  # the answer statement has no reason to set
            row["b_reason"] = (
                _text(p, "reason", None, optional=True) if state == ABANDONED else None
            )
        return row

    return build


def _verified(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    call_id = _text(p, "call_id", CALL_ID_LENGTH)
    row = _location_row(stored, call_id, p.get("location"), rebid=False, verified=True)
    return {
        "location": row,
        "b_call_id": call_id,
        "b_source": row["source"],
        "b_lat": row["lat"],
        "b_lon": row["lon"],
        "b_radius_m": row["radius_m"],
        "b_civic": row["civic"],
        "b_time": stored.rx_time,
        "b_by": operator_of(stored.source),
        "b_seq": stored.seq,
    }


def _attached(stored: StoredEvent, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "b_call_id": _text(p, "call_id", CALL_ID_LENGTH),
        "b_incident_id": _text(p, "incident_id", INCIDENT_ID_LENGTH),
        "b_seq": stored.seq,
    }


# -- set-wise writes ------------------------------------------------------

_c = calls_table.c
_UPDATE_COS = keyed_update(
    calls_table, "call_id", class_of_service=func.coalesce(bindparam("b_cos"), _c.class_of_service)
)
_ANSWER = keyed_update(calls_table, "call_id", state="state", answered_at="time")
_END = keyed_update(calls_table, "call_id", state="state", ended_at="time", reason="reason")
_VERIFY = keyed_update(
    calls_table,
    "call_id",
    verified_source="source",
    verified_lat="lat",
    verified_lon="lon",
    verified_radius_m="radius_m",
    verified_civic=bindparam("b_civic", type_=_c.verified_civic.type),
    verified_at="time",
    verified_by="by",
)
_ATTACH = keyed_update(calls_table, "call_id", incident_id="incident_id")


def _params(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k.startswith("b_")} for row in rows]


def _insert_locations(connection: Connection, rows: list[dict[str, Any] | None]) -> None:
    present = [row for row in rows if row is not None]
    if present:
        connection.execute(insert(call_locations_table), present)


def _insert_calls(connection: Connection, rows: list[dict[str, Any]]) -> None:
    fresh = keep_first(
        connection,
        _c.call_id,
        rows,
        lambda row: (row["call"]["call_id"], row["call"]["event_seq"]),
        "call",
        "calls",
        _LOGGER,
    )
    if fresh:
        connection.execute(insert(calls_table), [row["call"] for row in fresh])
        _insert_locations(connection, [row["location"] for row in fresh])


def _add_locations(connection: Connection, rows: list[dict[str, Any]]) -> None:
    _insert_locations(connection, [row["location"] for row in rows])
    connection.execute(_UPDATE_COS, _params(rows))


def _runner(statement: Any) -> Callable[[Connection, list[dict[str, Any]]], None]:
    def run(connection: Connection, rows: list[dict[str, Any]]) -> None:
        connection.execute(statement, _params(rows))

    return run


def _verify(connection: Connection, rows: list[dict[str, Any]]) -> None:
    _insert_locations(connection, [row["location"] for row in rows])
    connection.execute(_VERIFY, _params(rows))


_BUILDERS: dict[str, Callable[[StoredEvent, dict[str, Any]], dict[str, Any]]] = {
    ev.CALL_OFFERED: _offered,
    ev.CALL_LOCATION: _location,
    ev.CALL_ANSWERED: _state_change(ANSWERED),
    ev.CALL_ABANDONED: _state_change(ABANDONED),
    ev.CALL_LOCATION_VERIFIED: _verified,
    ev.CALL_ATTACHED: _attached,
    ev.CALL_RELEASED: _state_change(RELEASED),
}
_HANDLERS: dict[str, Callable[[Connection, list[dict[str, Any]]], None]] = {
    ev.CALL_OFFERED: _insert_calls,
    ev.CALL_LOCATION: _add_locations,
    ev.CALL_ANSWERED: _runner(_ANSWER),
    ev.CALL_ABANDONED: _runner(_END),
    ev.CALL_LOCATION_VERIFIED: _verify,
    ev.CALL_ATTACHED: _runner(_ATTACH),
    ev.CALL_RELEASED: _runner(_END),
}


def register(registry: ProjectionRegistry) -> None:
    registry.register(ev.CALL_KINDS, apply_calls)


def apply_calls(connection: Connection, events: Sequence[StoredEvent]) -> None:
    apply_by_kind(connection, events, _BUILDERS, _HANDLERS, "calls", _LOGGER)


def replay(connection: Connection, chunk: int = 2000) -> int:
    """Rebuild the call tables from the log in ``connection``'s transaction; events read."""
    return replay_kinds(connection, CALL_TABLES, ev.CALL_KINDS, apply_calls, chunk)
