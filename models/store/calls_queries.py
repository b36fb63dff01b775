"""Read-side queries over the call projections, returning plain dataclasses.

Contract: each function takes an open SQLAlchemy ``Connection`` (run them off
the GUI thread) and returns frozen, slotted dataclasses, never ORM rows.
Times are aware UTC; ``civic`` values are plain dicts (or None).

- ``active_calls(conn)``: ringing and answered calls, oldest first. "Oldest"
  is the order calls were numbered in as they were offered (``C<N>``, by
  length then text, so numbers past the padding sort right), never the
  receive time: a wall clock stepped back reorders nothing.
- ``call(conn, call_id)``: one call with every location (automatic ones and
  verifications, in event order); None if unknown.
- ``calls_for_incident(conn, incident_id)``: calls attached to an incident,
  oldest first.
- ``highest_call_number(conn)``: the highest N of the ids ``"C<N>"`` (0 if
  none), for ``CallTracker(state, last_number=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from models.calls.state import ANSWERED, RINGING
from models.store.schema_calls import call_locations_table, calls_table

# Calls are numbered as they are offered: that order, not the clock's.
_IN_NUMBER_ORDER = (func.length(calls_table.c.call_id), calls_table.c.call_id)


@dataclass(frozen=True, slots=True)
class CallRow:
    call_id: str
    number: str | None
    via: str
    class_of_service: str | None
    state: str  # "ringing" | "answered" | "abandoned" | "released"
    offered_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    reason: str | None
    incident_id: str | None
    verified_source: str | None
    verified_lat: float | None
    verified_lon: float | None
    verified_radius_m: float | None
    verified_civic: dict[str, Any] | None
    verified_at: datetime | None
    verified_by: str | None
    event_seq: int


@dataclass(frozen=True, slots=True)
class CallLocationRow:
    call_id: str
    source: str
    lat: float | None
    lon: float | None
    radius_m: float | None
    confidence: float | None
    shape: str | None
    class_of_service: str | None
    method: str | None
    claimed_time: datetime | None
    received_at: datetime
    civic: dict[str, Any] | None
    rebid: bool
    verified: bool
    event_seq: int


@dataclass(frozen=True, slots=True)
class CallDetail:
    call: CallRow
    locations: tuple[CallLocationRow, ...]


_CALL_FIELDS = CallRow.__dataclass_fields__
_LOCATION_FIELDS = tuple(n for n in CallLocationRow.__dataclass_fields__)


def _call(row: Any) -> CallRow:
    mapping = row._mapping
    return CallRow(**{name: mapping[name] for name in _CALL_FIELDS})


def _location(row: Any) -> CallLocationRow:
    mapping = row._mapping
    values = {name: mapping[name] for name in _LOCATION_FIELDS}
    values["rebid"] = bool(values["rebid"])
    values["verified"] = bool(values["verified"])
    return CallLocationRow(**values)


def active_calls(conn: Connection) -> list[CallRow]:
    c = calls_table.c
    rows = conn.execute(
        select(calls_table).where(c.state.in_((RINGING, ANSWERED))).order_by(*_IN_NUMBER_ORDER)
    )
    return [_call(row) for row in rows]


def call(conn: Connection, call_id: str) -> CallDetail | None:
    c, loc = calls_table.c, call_locations_table.c
    row = conn.execute(select(calls_table).where(c.call_id == call_id)).first()
    if row is None:
        return None
    locations = conn.execute(
        select(call_locations_table).where(loc.call_id == call_id).order_by(loc.event_seq, loc.id)
    )
    return CallDetail(_call(row), tuple(_location(r) for r in locations))


def calls_for_incident(conn: Connection, incident_id: str) -> list[CallRow]:
    c = calls_table.c
    rows = conn.execute(
        select(calls_table).where(c.incident_id == incident_id).order_by(*_IN_NUMBER_ORDER)
    )
    return [_call(row) for row in rows]


def highest_call_number(conn: Connection) -> int:
    c = calls_table.c
    # Longest first, then highest: numbers past the zero padding still sort right.
    rows = conn.execute(
        select(c.call_id)
        .where(c.call_id.startswith("C"))
        .order_by(func.length(c.call_id).desc(), c.call_id.desc())
    )
    for (call_id,) in rows:
        if call_id[1:].isdigit():
            return int(call_id[1:])
    return 0
