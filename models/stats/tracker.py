"""The one implementation of the response intervals: an incremental tracker fed event by event.

Contract: ``IntervalTracker(clock=None)``; ``apply(event)`` takes a committed
``StoredEvent``-like value (``seq``, ``rx_time``, ``source``, ``kind``,
``payload``; any kind, unknown kinds and malformed payloads change nothing)
in log order; ``apply_fields(...)`` is the same with the few payload fields
already extracted (``apply_row``: the same as one sequence in the order
``ROW_FIELDS``, the SQL fast path of ``models.stats.reader``;
``apply_unit``: a unit event's own fields only). Events at
or below the last applied ``seq`` are ignored, so feeding one twice is
harmless. Times are kept as wall-clock epoch seconds (the events'
``rx_time``); ``clock(wall_epoch_s) -> seconds`` turns them into the
seconds intervals are measured in (None: wall seconds; a drill passes its
``DrillClock``, so pauses never count).

``samples()`` returns every interval the log defines, as ``Sample`` values
(``samples_of(calls, incidents, responses, alerts)``: those of the given
records only, as ``samples()`` makes them),
one per call / incident / unit response / alert and interval
(``models.stats.definitions`` says which events start and end each, and
which edge cases are excluded, never guessed): ``value`` in seconds,
``math.inf`` for one that started and never ended (over every target), or
None with ``excluded`` naming why. ``export_state()`` gives everything read
as plain tuples and lists (marshal-able); ``restore_state(state)`` makes a
fresh tracker carry on from there (``ValueError`` for another version or
anything malformed): the per-day cache keeps it to feed only new events.
``call(id)``, ``incident(id)``, ``response(unit, id)`` and ``alert(id)``
expose the facts read (plain mutable records owned by the tracker: read them, never change them).
Qt-free and SQL-free: the wallboard runs it on the GUI thread, the period
reports off it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, NamedTuple

from models.stats.definitions import RING_START_VIAS

Clock = Callable[[float], float]

# The payload fields apply_row takes, in order (models.stats.reader extracts these).
ROW_FIELDS = ("call_id", "incident_id", "unit", "status", "via", "type", "priority", "alert_id",
              "origin")  # fmt: skip
_HANDLED = frozenset(("alert.acknowledged", "alert.promoted", "alert.linked", "alert.dismissed"))
_RELEASING = frozenset(("available", "available on radio", "out of service"))
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def epoch_s(when: datetime) -> float:
    """An aware (or naive UTC) datetime as epoch seconds."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - _EPOCH).total_seconds()


@dataclass(slots=True)
class CallRec:
    call_id: str
    via: str | None
    offered: float
    answered: float | None = None
    answered_by: str | None = None
    abandoned: float | None = None
    incident_id: str | None = None


@dataclass(slots=True)
class IncidentRec:
    incident_id: str
    type: str
    priority: int | None
    created: float
    created_by: str | None
    calls: list[str] = field(default_factory=list)
    alert_raised: float | None = None
    first_dispatch: float | None = None
    first_dispatch_unit: str | None = None
    first_on_scene: float | None = None
    first_on_scene_unit: str | None = None
    closed: float | None = None
    reopened: bool = False
    context_only: bool = False  # added for its type and priority: its own events were not read


@dataclass(slots=True)
class ResponseRec:
    unit: str
    incident_id: str
    dispatched: float
    en_route: float | None = None
    on_scene: float | None = None
    ended: float | None = None  # released or reassigned
    dispatch_seen: bool = True  # False: first heard of in a later status (dispatch unknown)


@dataclass(slots=True)
class AlertRec:
    alert_id: str
    raised: float
    origin: str | None
    handled: float | None = None
    handled_by: str | None = None
    handling: str | None = None
    incident_id: str | None = None


def _getter(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    return attrgetter(*cls.__dataclass_fields__)  # type: ignore[attr-defined,no-any-return]


STATE_VERSION = 1
_CALL_FIELDS = _getter(CallRec)
_INCIDENT_FIELDS = _getter(IncidentRec)  # its calls: a list (restored as one)
_RESPONSE_FIELDS = _getter(ResponseRec)
_ALERT_FIELDS = _getter(AlertRec)


class Sample(NamedTuple):
    """One interval of one call / incident / unit response / alert (a plain tuple: cheap to
    make by the hundred thousand, unpacked field by field by ``models.stats.aggregate``)."""

    key: str  # the interval (models.stats.definitions)
    start: float  # wall epoch seconds of the starting event (which period it belongs to)
    value: float | None  # seconds; math.inf: never ended; None: excluded
    excluded: str | None = None
    call_id: str | None = None
    incident_id: str | None = None
    unit: str | None = None
    type: str | None = None
    priority: int | None = None
    operator: str | None = None


def _operator(source: str) -> str | None:
    return source[9:] if source.startswith("operator:") else None


class IntervalTracker:
    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock
        self.last_seq = 0
        self.calls: dict[str, CallRec] = {}
        self.incidents: dict[str, IncidentRec] = {}
        self.responses: dict[tuple[str, str], ResponseRec] = {}
        self.alerts: dict[str, AlertRec] = {}
        self._committed: dict[str, str] = {}  # unit -> the incident it is committed to

    # -- feeding -------------------------------------------------------------

    def apply(self, event: Any) -> None:
        seq = event.seq
        if seq <= self.last_seq:
            return
        p = event.payload
        if not isinstance(p, dict):
            self.last_seq = seq
            return
        kind = event.kind
        if not kind.startswith(("call.", "incident.", "unit.", "alert.")):
            self.last_seq = seq
            return
        priority = p.get("priority")
        self.apply_fields(
            seq, epoch_s(event.rx_time), kind, event.source, p.get("call_id"),
            p.get("incident_id"), p.get("unit"), p.get("status"), p.get("via"), p.get("type"),
            priority if type(priority) is int else None, p.get("alert_id"), p.get("origin"),
        )  # fmt: skip

    def apply_fields(
        self,
        seq: int,
        t: float,
        kind: str,
        source: str,
        call_id: Any,
        incident_id: Any,
        unit: Any,
        status: Any,
        via: Any,
        itype: Any,
        priority: int | None,
        alert_id: Any,
        origin: Any = None,
    ) -> None:
        if kind == "unit.status" or kind == "unit.assigned":
            self.apply_unit(seq, t, kind, unit, status, incident_id)
            return
        if seq <= self.last_seq:
            return
        self.last_seq = seq
        if kind == "call.offered":
            if isinstance(call_id, str) and call_id not in self.calls:
                self.calls[call_id] = CallRec(call_id, via if isinstance(via, str) else None, t)
        elif kind == "call.answered":
            call = self.calls.get(call_id) if isinstance(call_id, str) else None
            if call is not None and call.answered is None and call.abandoned is None:
                call.answered, call.answered_by = t, _operator(source)
        elif kind == "call.abandoned":
            call = self.calls.get(call_id) if isinstance(call_id, str) else None
            if call is not None and call.abandoned is None and call.answered is None:
                call.abandoned = t
        elif kind == "call.attached":
            if isinstance(call_id, str) and isinstance(incident_id, str):
                self._attach(call_id, incident_id)
        elif kind == "incident.created":
            if isinstance(incident_id, str) and incident_id not in self.incidents:
                self.incidents[incident_id] = IncidentRec(
                    incident_id, str(itype), priority, t, _operator(source)
                )
                if isinstance(call_id, str):
                    self._attach(call_id, incident_id)
        elif kind == "incident.closed":
            incident = self.incidents.get(incident_id) if isinstance(incident_id, str) else None
            if incident is not None:
                incident.closed = t
        elif kind == "incident.reopened":
            # Open again; its first dispatch and arrival stay what they were.
            incident = self.incidents.get(incident_id) if isinstance(incident_id, str) else None
            if incident is not None:
                incident.reopened, incident.closed = True, None
        elif kind == "alert.raised":
            if isinstance(alert_id, str) and alert_id not in self.alerts:
                self.alerts[alert_id] = AlertRec(alert_id, t, origin)
        elif kind in _HANDLED:
            alert = self.alerts.get(alert_id) if isinstance(alert_id, str) else None
            if alert is None:
                return
            if alert.handled is None:
                alert.handled, alert.handled_by = t, _operator(source)
                alert.handling = kind[6:]
            if kind in ("alert.promoted", "alert.linked") and isinstance(incident_id, str):
                alert.incident_id = alert.incident_id or incident_id
                incident = self.incidents.get(incident_id)
                if incident is not None and (
                    incident.alert_raised is None or alert.raised < incident.alert_raised
                ):
                    incident.alert_raised = alert.raised

    def apply_unit(
        self, seq: int, t: float, kind: str, unit: Any, status: Any, incident_id: Any
    ) -> None:
        """``apply_fields`` of a ``unit.status`` or ``unit.assigned`` (most of the events the
        intervals read) with the only fields they use."""
        if seq <= self.last_seq:
            return
        self.last_seq = seq
        if not isinstance(unit, str):
            return
        if kind == "unit.status":
            self._status(t, unit, status, incident_id)
        elif isinstance(incident_id, str):
            self._dispatch(t, unit, incident_id)

    def apply_row(self, seq: int, t: float, kind: str, source: str, f: Any) -> None:
        """``apply_fields`` with the fields as one sequence in the order ``ROW_FIELDS``."""
        if kind == "unit.status" or kind == "unit.assigned":
            self.apply_unit(seq, t, kind, f[2], f[3], f[1])
            return
        pr = f[6]
        self.apply_fields(seq, t, kind, source, f[0], f[1], f[2], f[3], f[4], f[5],
                          pr if type(pr) is int else None, f[7], f[8])  # fmt: skip

    def _attach(self, call_id: str, incident_id: str) -> None:
        call = self.calls.get(call_id)
        incident = self.incidents.get(incident_id)
        if call is None or call.incident_id is not None:
            return
        call.incident_id = incident_id
        if incident is not None:
            incident.calls.append(call_id)

    def _dispatch(self, t: float, unit: str, incident_id: str, seen: bool = True) -> None:
        incident = self.incidents.get(incident_id)
        previous = self._committed.get(unit)
        if previous is not None and previous != incident_id:
            self._end(t, unit, previous)  # reassigned
        self._committed[unit] = incident_id
        key = (unit, incident_id)
        response = self.responses.get(key)
        if response is None or response.ended is not None:
            # A first dispatch, or the unit sent again after it was released.
            self.responses[key] = ResponseRec(unit, incident_id, t, dispatch_seen=seen)
        if incident is None or not seen:
            return
        if incident.closed is not None:
            incident.reopened = True
        if incident.first_dispatch is None:
            incident.first_dispatch, incident.first_dispatch_unit = t, unit

    def _end(self, t: float, unit: str, incident_id: str) -> None:
        response = self.responses.get((unit, incident_id))
        if response is not None and response.ended is None:
            response.ended = t

    def _status(self, t: float, unit: str, status: Any, incident_id: Any) -> None:
        if status == "dispatched":
            if isinstance(incident_id, str):
                self._dispatch(t, unit, incident_id)
            return
        if status in _RELEASING or not isinstance(incident_id, str):
            previous = self._committed.pop(unit, None)
            if previous is not None:
                self._end(t, unit, previous)
            return
        previous = self._committed.get(unit)
        if previous is not None and previous != incident_id:
            self._end(t, unit, previous)
        response = self.responses.get((unit, incident_id))
        if response is None or response.ended is not None:
            self._dispatch(t, unit, incident_id, seen=False)  # its dispatch was not in the log
            response = self.responses[(unit, incident_id)]
        if status == "en route":
            if response.en_route is None and response.on_scene is None:
                response.en_route = t
        elif status == "on scene" and response.on_scene is None:
            response.on_scene = t
            incident = self.incidents.get(incident_id)
            if incident is not None and incident.first_on_scene is None:
                incident.first_on_scene, incident.first_on_scene_unit = t, unit

    def add_incident(self, incident_id: str, payload: Any, created: float, source: str) -> None:
        """An incident created before the events fed (its type and priority), out of order."""
        if incident_id in self.incidents or not isinstance(payload, dict):
            return
        priority = payload.get("priority")
        self.incidents[incident_id] = IncidentRec(
            incident_id, str(payload.get("type")), priority if type(priority) is int else None,
            created, _operator(source), context_only=True,
        )  # fmt: skip

    # -- state (models.stats.day_cache keeps it between runs) ------------------

    def export_state(self) -> tuple[Any, ...]:
        """Everything read so far as plain tuples, lists, str, int, float and None (records in
        the order first read); ``restore_state`` makes an equal tracker of it."""
        return (
            STATE_VERSION, self.last_seq,
            [_CALL_FIELDS(c) for c in self.calls.values()],
            [_INCIDENT_FIELDS(i) for i in self.incidents.values()],
            [_RESPONSE_FIELDS(r) for r in self.responses.values()],
            [_ALERT_FIELDS(a) for a in self.alerts.values()],
            list(self._committed.items()),
        )  # fmt: skip

    def restore_state(self, state: Any) -> None:
        """The state ``export_state`` gave (of this version); ``ValueError`` for anything else."""
        try:
            version, last_seq, calls, incidents, responses, alerts, committed = state
            if version != STATE_VERSION or type(last_seq) is not int:
                raise ValueError("another version of the tracker's state")
            self.last_seq = last_seq
            self.calls = {t[0]: CallRec(*t) for t in calls}
            # Its own list of calls: feeding it never changes the state it was given.
            self.incidents = {t[0]: IncidentRec(*t[:5], list(t[5]), *t[6:]) for t in incidents}
            self.responses = {(t[0], t[1]): ResponseRec(*t) for t in responses}
            self.alerts = {t[0]: AlertRec(*t) for t in alerts}
            self._committed = dict(committed)
        except (TypeError, IndexError) as exc:
            raise ValueError(f"unusable tracker state: {exc}") from None

    # -- reading -------------------------------------------------------------

    def call(self, call_id: str) -> CallRec | None:
        return self.calls.get(call_id)

    def incident(self, incident_id: str) -> IncidentRec | None:
        return self.incidents.get(incident_id)

    def response(self, unit: str, incident_id: str) -> ResponseRec | None:
        return self.responses.get((unit, incident_id))

    def alert(self, alert_id: str) -> AlertRec | None:
        return self.alerts.get(alert_id)

    def span(self, start: float | None, end: float | None) -> float | None:
        """Seconds from ``start`` to ``end`` (wall epoch) on the tracker's clock."""
        if start is None:
            return None
        if end is None:
            return math.inf
        clock = self.clock
        if clock is None:
            return end - start
        return clock(end) - clock(start)

    def receipt(self, incident: IncidentRec) -> tuple[float, str | None]:
        """(time, via of the call that was first, None for an alert or the creation)."""
        best, via = incident.created, None
        if incident.alert_raised is not None and incident.alert_raised <= best:
            best = incident.alert_raised
        for call_id in incident.calls:
            call = self.calls.get(call_id)
            if call is not None and call.offered <= best:
                best, via = call.offered, call.via or "?"
        return best, via

    @staticmethod
    def answering_has_no_ring_start(via: str | None) -> bool:
        return via not in RING_START_VIAS

    def answering(self, call: CallRec) -> tuple[float | None, str | None]:
        if call.via not in RING_START_VIAS:
            return None, "no_ring_start"
        if call.answered is None and call.abandoned is not None:
            return None, "abandoned"
        return self.span(call.offered, call.answered), None

    def processing(self, call: CallRec) -> tuple[float | None, str | None]:
        if call.answered is None:
            return None, "abandoned" if call.abandoned is not None else None
        incident = self.incidents.get(call.incident_id or "")
        if incident is None:
            return None, "no_incident"
        first = incident.first_dispatch
        if first is not None and first < call.answered:
            return None, "duplicate"
        return self.span(call.answered, first), None

    def samples(self) -> Iterator[Sample]:
        return self.samples_of(self.calls.values(), self.incidents.values(),
                               self.responses.values(), self.alerts.values())  # fmt: skip

    # fmt: off
    def samples_of(
        self,
        calls: Iterable[CallRec],
        incident_recs: Iterable[IncidentRec],
        responses: Iterable[ResponseRec],
        alerts: Iterable[AlertRec],
    ) -> Iterator[Sample]:
        """The samples of the given records only (this tracker's own), in the order given:
        calls, incidents, unit responses, alerts (``samples()``: all of them)."""
        # Built with tuple.__new__ (what Sample(...) does, without its Python-level
        # __new__): hundreds of thousands a year; every field is passed, none defaulted.
        make, S = tuple.__new__, Sample
        span = self.span
        incidents = self.incidents
        for call in calls:
            incident = incidents.get(call.incident_id or "")
            itype = incident.type if incident is not None else None
            priority = incident.priority if incident is not None else None
            value, why = self.answering(call)
            yield make(S, ("answering", call.offered, value, why, call.call_id,
                           call.incident_id, None, itype, priority, call.answered_by))
            if call.answered is not None or call.abandoned is not None:
                value, why = self.processing(call)
                if value is not None or why is not None:
                    yield make(S, ("processing", call.answered or call.offered, value, why,
                                   call.call_id, call.incident_id, None, itype, priority,
                                   call.answered_by))
        for incident in incident_recs:
            if incident.context_only:
                continue
            start, via = self.receipt(incident)
            why = "no_ring_start" if via is not None and via not in RING_START_VIAS else None
            iid, itype, prio = incident.incident_id, incident.type, incident.priority
            yield make(S, ("alarm_handling", start,
                           None if why else span(start, incident.first_dispatch), why, None,
                           iid, incident.first_dispatch_unit, itype, prio, None))
            yield make(S, ("total_response", start,
                           None if why else span(start, incident.first_on_scene), why, None,
                           iid, incident.first_on_scene_unit, itype, prio, None))
        for response in responses:
            incident = incidents.get(response.incident_id)
            itype = incident.type if incident is not None else None
            prio = incident.priority if incident is not None else None
            iid, unit = response.incident_id, response.unit
            en_route, on_scene = response.en_route, response.on_scene
            if not response.dispatch_seen:
                yield make(S, ("turnout", response.dispatched, None, "no_dispatch", None, iid,
                               unit, itype, prio, None))
            elif en_route is None:
                why = "no_en_route" if on_scene is not None else None
                if why is None and response.ended is not None:
                    why = "stood_down"
                value = None if why else math.inf
                yield make(S, ("turnout", response.dispatched, value, why, None, iid, unit,
                               itype, prio, None))
                if why == "no_en_route":
                    yield make(S, ("travel", response.dispatched, None, why, None, iid, unit,
                                   itype, prio, None))
                continue
            else:
                yield make(S, ("turnout", response.dispatched,
                               span(response.dispatched, en_route), None, None, iid, unit,
                               itype, prio, None))
            if en_route is None:  # no dispatch seen and never en route
                continue
            stood_down = on_scene is None and response.ended is not None
            yield make(S, ("travel", en_route, None if stood_down else span(en_route, on_scene),
                           "stood_down" if stood_down else None, None, iid, unit, itype, prio,
                           None))
        for alert in alerts:
            yield make(S, ("alert_handling", alert.raised, span(alert.raised, alert.handled),
                           None, None, alert.incident_id, None, None, None, alert.handled_by))
    # fmt: on
