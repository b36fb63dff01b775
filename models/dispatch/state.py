"""In-memory dispatch picture rebuilt from committed events.

Contract: ``DispatchState.apply(event)`` takes a committed ``StoredEvent``
(any kind; non-dispatch kinds are ignored) and updates incidents, unit
statuses, assignments and notes from the event's explicit payload (see
``models.dispatch.events``): no business rule is re-run here, so the live
console and replay read the same log the same way. ``last_seq`` is the
sequence of the newest event applied; events at or below it are ignored, so
applying an event twice is harmless.

Places (optional keys, absent in older stores): an incident keeps what the
dispatcher typed (``location``), the place its position was verified to
(``place``, with kind and distance), whether it is ``verified`` (None: the
log does not say, an incident from before places) or an ``override`` (a
forced, unverified point), and the ``reverse`` name of its position as the
dispatcher saw it. ``incident.location`` replaces all of these and the
position (the earlier ones stay in the log); ``relocated`` counts how often.

Reopening: ``incident.reopened`` makes a closed incident open again
(status, no closing time nor disposition in force) and counts it
(``reopened``, ``reopened_at``, ``reopen_reason``); its notes, assignments
and creation time stay as they were, so its first dispatch and first
arrival remain the ones the statistics (``models.stats``) measure. A reopen
of an incident the picture does not hold (let go by
``console.services.pictures.trim_picture``) or that is open changes nothing.

Reaching the units: ``reach`` (a ``models.dispatch.reach.ReachBook``) holds
each unit's notification chain from the ``reach.*`` events; a store from
before them simply has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from models.dispatch import events as ev
from models.dispatch.reach import ReachBook
from models.dispatch.status import UnitStatus
from models.log_state import LogState


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A place an event recorded: a search result or a reverse name, and its index build."""

    label: str
    kind: str  # a search result's kind, or "reverse"
    lat: float
    lon: float
    distance_m: float | None = None  # from the incident's position
    match: str | None = None
    score: float | None = None
    locality: str | None = None
    place_id: str | None = None
    build_id: str | None = None

    @classmethod
    def from_payload(cls, value: Any) -> ResolvedPlace | None:
        if not isinstance(value, dict) or not value.get("label"):
            return None
        try:
            return cls(
                label=str(value["label"]),
                kind=str(value.get("kind") or "reverse"),
                lat=float(value["lat"]),
                lon=float(value["lon"]),
                distance_m=_float_or_none(value.get("distance_m")),
                match=value.get("match"),
                score=_float_or_none(value.get("score")),
                locality=value.get("locality"),
                place_id=value.get("place_id"),
                build_id=value.get("build_id"),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _float_or_none(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _bool_or_none(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


@dataclass(frozen=True, slots=True)
class IncidentState:
    incident_id: str
    type_code: str
    priority: int
    lat: float
    lon: float
    location: str | None
    call_id: str | None
    created: datetime
    status: str = "open"
    disposition: str | None = None
    closed: datetime | None = None
    place: ResolvedPlace | None = None
    verified: bool | None = None  # None: not recorded (a store from before places)
    override: bool = False
    reverse: ResolvedPlace | None = None
    relocated: int = 0
    reopened: int = 0  # how often a supervisor reopened it
    reopened_at: datetime | None = None  # the newest reopening
    reopen_reason: str | None = None


@dataclass(frozen=True, slots=True)
class UnitState:
    call_sign: str
    status: UnitStatus
    since: datetime | None
    incident_id: str | None = None


@dataclass(frozen=True, slots=True)
class Note:
    incident_id: str
    time: datetime
    operator: str
    text: str


@dataclass(frozen=True, slots=True)
class Assignment:
    incident_id: str
    call_sign: str
    time: datetime
    eta_s: float | None
    route_m: float | None
    recommended: bool
    released: datetime | None = None


@dataclass
class DispatchState(LogState):
    incidents: dict[str, IncidentState] = field(default_factory=dict)
    units: dict[str, UnitState] = field(default_factory=dict)
    notes: dict[str, list[Note]] = field(default_factory=dict)
    assignments: dict[str, list[Assignment]] = field(default_factory=dict)
    reach: ReachBook = field(default_factory=ReachBook)
    last_seq: int = 0

    @classmethod
    def initial(cls, call_signs: Iterable[str]) -> DispatchState:
        state = cls()
        state.add_units(call_signs)
        return state

    def add_units(self, call_signs: Iterable[str]) -> None:
        """Units the log has not named yet start available (a site's new units included)."""
        for call_sign in call_signs:
            self.units.setdefault(call_sign, UnitState(call_sign, UnitStatus.AVAILABLE, None))

    # -- reading -------------------------------------------------------------

    def unit(self, call_sign: str) -> UnitState:
        return self.units.get(call_sign) or UnitState(call_sign, UnitStatus.AVAILABLE, None)

    def open_incidents(self) -> list[IncidentState]:
        return [i for i in self.incidents.values() if i.status == "open"]

    def committed_units(self, incident_id: str) -> list[str]:
        return sorted(u.call_sign for u in self.units.values() if u.incident_id == incident_id)

    # -- applying committed events --------------------------------------------

    def _apply_new(self, event: Any) -> bool:
        handler = _HANDLERS.get(event.kind)
        if handler is None:
            if event.kind in ev.REACH_KINDS:
                self.reach.apply(event.kind, event.payload or {}, event.rx_time)
                return True
            return False
        handler(self, event.payload or {}, event)
        return True

    def _incident_created(self, p: dict[str, Any], event: Any) -> None:
        self.incidents[p["incident_id"]] = IncidentState(
            incident_id=p["incident_id"],
            type_code=p["type"],
            priority=int(p["priority"]),
            lat=float(p["lat"]),
            lon=float(p["lon"]),
            location=p.get("location"),
            call_id=p.get("call_id"),
            created=event.rx_time,
            place=ResolvedPlace.from_payload(p.get("place")),
            verified=_bool_or_none(p.get("verified")),
            override=p.get("override") is True,
            reverse=ResolvedPlace.from_payload(p.get("reverse")),
        )

    def _incident_location(self, p: dict[str, Any], event: Any) -> None:
        incident = self.incidents.get(p.get("incident_id"))
        lat, lon = _float_or_none(p.get("lat")), _float_or_none(p.get("lon"))
        if incident is None or lat is None or lon is None:
            return
        self.incidents[incident.incident_id] = replace(
            incident,
            lat=lat,
            lon=lon,
            location=p.get("location"),
            place=ResolvedPlace.from_payload(p.get("place")),
            verified=_bool_or_none(p.get("verified")),
            override=p.get("override") is True,
            reverse=ResolvedPlace.from_payload(p.get("reverse")),
            relocated=incident.relocated + 1,
        )

    def _incident_note(self, p: dict[str, Any], event: Any) -> None:
        operator = event.source.removeprefix("operator:")  # a crew's: radio:<link>:<issi>
        note = Note(p["incident_id"], event.rx_time, operator, p["text"])
        self.notes.setdefault(p["incident_id"], []).append(note)

    def _incident_closed(self, p: dict[str, Any], event: Any) -> None:
        incident = self.incidents.get(p["incident_id"])
        if incident is not None:
            self.incidents[incident.incident_id] = replace(
                incident, status="closed", disposition=p.get("disposition"), closed=event.rx_time
            )
        self._release(p["incident_id"], None, event.rx_time)

    def _incident_reopened(self, p: dict[str, Any], event: Any) -> None:
        incident = self.incidents.get(p.get("incident_id"))
        if incident is None or incident.status != "closed":
            return
        self.incidents[incident.incident_id] = replace(
            incident,
            status="open",
            disposition=None,
            closed=None,
            reopened=incident.reopened + 1,
            reopened_at=event.rx_time,
            reopen_reason=p.get("reason"),
        )

    def _unit_assigned(self, p: dict[str, Any], event: Any) -> None:
        assignment = Assignment(
            incident_id=p["incident_id"],
            call_sign=p["unit"],
            time=event.rx_time,
            eta_s=p.get("eta_s"),
            route_m=p.get("route_m"),
            recommended=bool(p.get("recommended")),
        )
        self.assignments.setdefault(p["incident_id"], []).append(assignment)

    def _unit_status(self, p: dict[str, Any], event: Any) -> None:
        status = UnitStatus(p["status"])
        previous_incident = self.unit(p["unit"]).incident_id
        self.units[p["unit"]] = UnitState(p["unit"], status, event.rx_time, p.get("incident_id"))
        if previous_incident and p.get("incident_id") != previous_incident:
            self._release(previous_incident, p["unit"], event.rx_time)

    def _release(self, incident_id: str, call_sign: str | None, when: datetime) -> None:
        assignments = self.assignments.get(incident_id, [])
        for i, assignment in enumerate(assignments):
            if assignment.released is None and call_sign in (None, assignment.call_sign):
                assignments[i] = replace(assignment, released=when)


_HANDLERS = {
    ev.INCIDENT_CREATED: DispatchState._incident_created,
    ev.INCIDENT_NOTE: DispatchState._incident_note,
    ev.INCIDENT_CLOSED: DispatchState._incident_closed,
    ev.UNIT_ASSIGNED: DispatchState._unit_assigned,
    ev.UNIT_STATUS: DispatchState._unit_status,
    ev.INCIDENT_LOCATION: DispatchState._incident_location,
    ev.INCIDENT_REOPENED: DispatchState._incident_reopened,
}
