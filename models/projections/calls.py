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
from itertools import groupby
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from models.calls import events as ev
from models.calls.location import LocationError, check_location
from models.calls.state import ABANDONED, ANSWERED, RELEASED, RINGING
from models.projections.dispatch import operator_of
from models.store.events import StoredEvent
from models.store.schema import events_table
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

_IN_CHUNK = 500  # well under every database's bound-parameter limit


def register(registry: ProjectionRegistry) -> None:
    registry.register(ev.CALL_KINDS, apply_calls)


class _Invalid(ValueError):
    """A payload that breaks the event contract."""


def apply_calls(connection: Connection, events: Sequence[StoredEvent]) -> None:
    for kind, run in groupby(events, key=lambda stored: stored.kind):
        builder = _BUILDERS.get(kind)
        if builder is None:
            continue
        rows = []
        for stored in run:
            try:
                if not isinstance(stored.payload, dict):
                    raise _Invalid("no payload")
                rows.append(builder(stored, stored.payload))
            except _Invalid as exc:
                _LOGGER.warning(
                    "event %d (%s) ignored by the calls projection: %s", stored.seq, kind, exc
                )
        if rows:
            _HANDLERS[kind](connection, rows)


# -- payload checks -------------------------------------------------------


def _text(p: dict[str, Any], key: str, limit: int | None, optional: bool = False) -> Any:
    value = p.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{key} must be {'text or null' if optional else 'text'}, got {value!r}")
    if limit is not None and len(value) > limit:
        raise _Invalid(f"{key} is longer than {limit} characters")
    return value


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
        raise _Invalid(f"location: {exc}") from None
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
_WHERE_CALL = _c.call_id == bindparam("b_call_id")
_UPDATE_COS = (
    update(calls_table)
    .where(_WHERE_CALL)
    .values(
        class_of_service=func.coalesce(bindparam("b_cos"), _c.class_of_service),
        event_seq=bindparam("b_seq"),
    )
)
_ANSWER = (
    update(calls_table)
    .where(_WHERE_CALL)
    .values(
        state=bindparam("b_state"), answered_at=bindparam("b_time"), event_seq=bindparam("b_seq")
    )
)
_END = (
    update(calls_table)
    .where(_WHERE_CALL)
    .values(
        state=bindparam("b_state"),
        ended_at=bindparam("b_time"),
        reason=bindparam("b_reason"),
        event_seq=bindparam("b_seq"),
    )
)
_VERIFY = (
    update(calls_table)
    .where(_WHERE_CALL)
    .values(
        verified_source=bindparam("b_source"),
        verified_lat=bindparam("b_lat"),
        verified_lon=bindparam("b_lon"),
        verified_radius_m=bindparam("b_radius_m"),
        verified_civic=bindparam("b_civic", type_=calls_table.c.verified_civic.type),
        verified_at=bindparam("b_time"),
        verified_by=bindparam("b_by"),
        event_seq=bindparam("b_seq"),
    )
)
_ATTACH = (
    update(calls_table)
    .where(_WHERE_CALL)
    .values(incident_id=bindparam("b_incident_id"), event_seq=bindparam("b_seq"))
)


def _params(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k.startswith("b_")} for row in rows]


def _insert_locations(connection: Connection, rows: list[dict[str, Any] | None]) -> None:
    present = [row for row in rows if row is not None]
    if present:
        connection.execute(insert(call_locations_table), present)


def _existing_ids(connection: Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        found.update(connection.scalars(select(_c.call_id).where(_c.call_id.in_(chunk))))
    return found


def _insert_calls(connection: Connection, rows: list[dict[str, Any]]) -> None:
    taken = _existing_ids(connection, [row["call"]["call_id"] for row in rows])
    fresh = []
    for row in rows:
        call = row["call"]
        if call["call_id"] in taken:
            _LOGGER.warning(
                "event %d: call %s already exists; the calls projection keeps the first",
                call["event_seq"],
                call["call_id"],
            )
            continue
        taken.add(call["call_id"])
        fresh.append(row)
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


def replay(connection: Connection, chunk: int = 2000) -> int:
    """Rebuild the call tables from the log in ``connection``'s transaction; events read."""
    for table in reversed(CALL_TABLES):
        connection.execute(delete(table))
    t = events_table
    columns = [
        t.c[n] for n in ("source", "kind", "rx_time", "payload", "raw", "error", "seq", "hash")
    ]
    after = 0
    count = 0
    while True:
        rows = connection.execute(
            select(*columns)
            .where(t.c.kind.in_(ev.CALL_KINDS), t.c.seq > after)
            .order_by(t.c.seq)
            .limit(chunk)
        ).all()
        if not rows:
            return count
        apply_calls(connection, [StoredEvent(**row._mapping) for row in rows])
        after = rows[-1].seq
        count += len(rows)
