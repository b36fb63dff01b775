"""One incident's response intervals, for its report: the shared definitions, nothing else.

Contract: ``incident_intervals(events, incident_id, clock=None) ->
tuple[IncidentInterval, ...]`` feeds ``events`` (``StoredEvent``-like, the
incident's own and its calls', units' and alerts' events, or the whole
log; any order: sorted by ``seq`` here) to an ``IntervalTracker`` and
returns, in this order: call answering of the incident's first call, call
processing of that call, alarm handling, turnout and travel of every unit
sent (in dispatch order), total response (``models.stats.definitions``).
``start``/``end`` are aware UTC datetimes, None where the log has no such
moment; an interval the definitions exclude has ``start`` None and says why
in ``note`` (e.g. "ALI: no ring start, not timed"), never a guessed
figure. ``seconds`` is measured on ``clock`` (a drill's clock; None: wall
seconds). No incident ``incident_id`` in the events: an empty tuple.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from models.stats.tracker import Clock, IntervalTracker

_NOTES = {
    "no_ring_start": "{via}: no ring start, not timed",
    "abandoned": "abandoned before it was answered",
    "duplicate": "answered after the first dispatch",
    "no_incident": "no incident",
    "stood_down": "stood down before it got there",
    "no_en_route": "on scene without en route",
    "no_dispatch": "its dispatch is not in the log",
}


@dataclass(frozen=True, slots=True)
class IncidentInterval:
    key: str  # the interval (models.stats.definitions)
    label: str  # "Call answering", "Turnout HE11", ...
    start: datetime | None
    end: datetime | None
    seconds: float | None  # None: not timed, or never ended
    note: str | None = None
    unit: str | None = None


def _when(t: float | None) -> datetime | None:
    return None if t is None else datetime.fromtimestamp(t, UTC)


def _note(why: str | None, via: str | None = None) -> str | None:
    if why is None:
        return None
    return _NOTES.get(why, why).format(via=(via or "?").upper())


def _finite(value: float | None) -> float | None:
    return None if value is None or value == float("inf") else value


def incident_intervals(
    events: Iterable[Any], incident_id: str, clock: Clock | None = None
) -> tuple[IncidentInterval, ...]:
    tracker = IntervalTracker(clock=clock)
    for event in sorted(events, key=lambda e: e.seq):
        tracker.apply(event)
    incident = tracker.incident(incident_id)
    if incident is None:
        return ()
    out: list[IncidentInterval] = []
    calls = [tracker.calls[c] for c in incident.calls if c in tracker.calls]
    first = min(calls, key=lambda c: c.offered, default=None)
    if first is not None:
        value, why = tracker.answering(first)
        out.append(
            IncidentInterval(
                "answering", f"Call answering ({first.call_id})",
                None if why else _when(first.offered), _when(first.answered), _finite(value),
                _note(why, first.via),
            )
        )  # fmt: skip
        value, why = tracker.processing(first)
        out.append(
            IncidentInterval(
                "processing", f"Call processing ({first.call_id})",
                None if why else _when(first.answered), _when(incident.first_dispatch),
                _finite(value), _note(why),
            )
        )  # fmt: skip
    receipt, via = tracker.receipt(incident)
    no_ring = via is not None and tracker.answering_has_no_ring_start(via)
    why = "no_ring_start" if no_ring else None
    out.append(
        IncidentInterval(
            "alarm_handling", "Alarm handling", None if why else _when(receipt),
            _when(incident.first_dispatch),
            None if why else _finite(tracker.span(receipt, incident.first_dispatch)),
            _note(why, via),
        )
    )  # fmt: skip
    responses = sorted(
        (r for r in tracker.responses.values() if r.incident_id == incident_id),
        key=lambda r: (r.dispatched, r.unit),
    )
    for r in responses:
        turnout_why = None if r.dispatch_seen else "no_dispatch"
        if turnout_why is None and r.en_route is None:
            if r.on_scene is not None:
                turnout_why = "no_en_route"
            elif r.ended is not None:
                turnout_why = "stood_down"
        out.append(
            IncidentInterval(
                "turnout", f"Turnout {r.unit}", _when(r.dispatched), _when(r.en_route),
                None if turnout_why else _finite(tracker.span(r.dispatched, r.en_route)),
                _note(turnout_why), r.unit,
            )
        )  # fmt: skip
        travel_why = turnout_why
        if travel_why is None and r.on_scene is None and r.ended is not None:
            travel_why = "stood_down"
        out.append(
            IncidentInterval(
                "travel", f"Travel {r.unit}", _when(r.en_route), _when(r.on_scene),
                None if travel_why else _finite(tracker.span(r.en_route, r.on_scene)),
                _note(travel_why), r.unit,
            )
        )  # fmt: skip
    out.append(
        IncidentInterval(
            "total_response", "Total response", None if why else _when(receipt),
            _when(incident.first_on_scene),
            None if why else _finite(tracker.span(receipt, incident.first_on_scene)),
            _note(why, via), incident.first_on_scene_unit,
        )
    )  # fmt: skip
    return tuple(out)
