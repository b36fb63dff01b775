"""Scoring a drill from its committed event log: NFPA 1225-style targets, expectations, alerts.

Contract: ``score_drill(scenario, events, unit_types=None) -> DrillScore`` is
pure and reads only the log (``StoredEvent`` values of the drill store), so
a headless drill, a GUI drill and a report written weeks later score alike.
Every interval is in drill seconds (``models.drills.clock``: wall time x
speed, pauses excluded). ``unit_types`` maps call sign -> unit type (the
site's units); without it no unit type can be checked. ``DrillScore.to_json()``
gives the report's stable JSON (keys below).

Targets (``scenario.targets``, NFPA 1225-style defaults, from the standard's
alarm answering and processing times): 90 % of calls answered within 15 s
and 95 % within 20 s (offered -> answered); 90 % of high-priority calls
(incident priority 1..``high_priority``) processed within 60 s (answered ->
first unit dispatched for the call's incident); 90 % of alerts handled
within 60 s (raised -> first acknowledge/promote/link/dismiss); 90 % of
NOT ACKNOWLEDGED alarms acted on within ``alarm_response_s`` (30 s: raised
-> the dispatcher's first action on it, ``models.drills.alarms``; each
alarm is in ``DrillScore.alarms``, one nobody acted on counts as over the
target and in ``unanswered_alarms``). Every
interval comes from the one implementation the wallboard, the period
reports and the incident report use (``models.stats.tracker``, fed the
drill's events on the drill clock): so a call whose source gives no ring
start (ALI, AML) has no answering time and is left out of the answering
measures (``CallScore.no_ring_start``), never guessed. A call never
answered counts as over the answering targets; a high-priority call whose
incident never got a unit counts as over the processing target; a call
abandoned before it was answered, or one whose incident already had units
dispatched when it was answered (a duplicate), is left out of the measure
it cannot take part in. A measure passes when its share within the target
reaches the percentile; a measure without calls has no verdict.

Per trainee (``operator:<name>`` sources; ``drill-crew`` never): the calls
they answered and the same measures over those. Per expected incident: the
first report (its callers' first call offered, or an alert raised within
``radius_m`` of it, whichever came first); the incident matched is the
first created no earlier than that report which one of its callers' calls
was created from or attached to, or which lies within ``radius_m``,
preferring right type and place; then unit types sent vs required (each
unit counts once; ``a|b`` keys accept either type), dispatch and on-scene
times from the first report. Per expected alert: the first matching
``alert.raised`` and its first acceptable handling: "handled" within
``within_s``, "late", "wrong" (only unacceptable handlings), "missed"
(none), or "not raised" (never raised: a drill fault, not scored).

Score 0..100, weights: answering 20 (share within ``answer_s``),
processing 20 (share within ``process_s``), expected incidents 40 (mean;
each: type 0.2, place 0.2, unit types 0.3 in proportion, dispatch in time
0.15, on scene in time 0.15), expected alerts 20 (handled 1, late 0.5,
else 0). A part with nothing to measure is left out and the others scaled
up. The drill passes when every measure with a verdict, every expected
incident and every raised expected alert passes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pyproj import Geod

from models.calls.location import number_key
from models.drills.alarms import AlarmResponse, alarm_responses
from models.drills.drill_log import AlertFacts, CallFacts, DrillLog, IncidentFacts
from models.drills.scenario import ExpectedAlert, ExpectedIncident, Scenario, Targets
from models.drills.score_types import (
    REPORT_FORMAT,
    REPORT_VERSION,
    WEIGHTS,
    AlertScore,
    CallScore,
    DrillScore,
    IncidentScore,
    Measure,
    TimelineEntry,
    TraineeScore,
)
from models.stats.aggregate import percentile_value
from models.stats.tracker import IntervalTracker

__all__ = [
    "REPORT_FORMAT",
    "REPORT_VERSION",
    "WEIGHTS",
    "AlarmResponse",
    "AlertScore",
    "CallScore",
    "DrillScore",
    "IncidentScore",
    "Measure",
    "TimelineEntry",
    "TraineeScore",
    "measure",
    "percentile_value",
    "score_drill",
]

INCIDENT_POINTS = {"type": 0.2, "place": 0.2, "units": 0.3, "dispatch": 0.15, "on_scene": 0.15}
ALERT_ORIGINS = {"zone_entry": "zone-entry", "zone_alarm": "zone-alarm", "cap": "cap"}
_GEOD = Geod(ellps="WGS84")


def measure(name: str, values: Sequence[float], target_s: float, pct: float) -> Measure:
    """``values`` are intervals; ``math.inf`` for one that never completed."""
    within = sum(1 for v in values if v <= target_s)
    share = within / len(values) if values else None
    value = percentile_value(values, pct)
    return Measure(
        name=name,
        target_s=target_s,
        percentile=pct,
        count=len(values),
        within=within,
        share=share,
        value_s=None if value is None or math.isinf(value) else value,
        passed=None if share is None else share * 100.0 >= pct - 1e-9,
    )


def score_drill(
    scenario: Scenario, events: Sequence[Any], unit_types: Mapping[str, str] | None = None
) -> DrillScore:
    ordered = sorted(events, key=lambda e: e.seq)
    log = DrillLog.read(ordered)
    tracker = drill_tracker(log, ordered)
    types = dict(unit_types or {})
    calls = [_call_score(log, tracker, c) for c in log.calls.values()]
    targets = scenario.targets
    alarms = tuple(alarm_responses(ordered, log.clock.drill_s))
    measures = (
        *_measures(calls, list(log.alerts.values()), targets, tracker),
        measure(
            "alarm_response",
            [a.seconds for a in alarms],
            targets.alarm_response_s,
            targets.percentile,
        ),
    )
    trainees = tuple(_trainee(log, name, calls, targets) for name in log.trainees)
    used: set[str] = set()
    incidents = tuple(_incident(log, tracker, e, types, used) for e in scenario.expect)
    used_alerts: set[str] = set()
    alerts = tuple(_expected_alert(log, a, used_alerts) for a in scenario.expect_alerts)
    other = tuple(
        _alert_outcome(None, a, (), targets.alert_handle_s)
        for a in log.alerts.values()
        if a.alert_id not in used_alerts
    )
    by_name = {m.name: m for m in measures}
    scored_alerts = [a for a in alerts if a.passed is not None]
    parts: dict[str, float | None] = {
        "answer": by_name["answer"].share,
        "process": by_name["process"].share,
        "incidents": _mean([i.points for i in incidents]),
        "alerts": _mean([{"handled": 1.0, "late": 0.5}.get(a.outcome, 0.0) for a in scored_alerts]),
    }
    weight = sum(WEIGHTS[k] for k, v in parts.items() if v is not None)
    score = (
        100.0 * sum(WEIGHTS[k] * v for k, v in parts.items() if v is not None) / weight
        if weight
        else 0.0
    )
    passed = (
        all(m.passed is not False for m in measures)
        and all(i.passed for i in incidents)
        and all(a.passed is not False for a in alerts)
    )
    return DrillScore(
        scenario_id=scenario.id,
        title=scenario.title,
        started_utc=log.started_utc,
        ended_utc=log.ended_utc,
        ended_reason=log.ended_reason,
        drill_s=log.ended_s,
        speeds=tuple(log.speeds),
        paused_wall_s=log.clock.paused_wall_s(),
        targets=targets,
        measures=measures,
        trainees=trainees,
        calls=tuple(calls),
        incidents=incidents,
        alerts=alerts,
        other_alerts=other,
        timeline=tuple(
            TimelineEntry(i.index, i.type, i.at_s, i.drill_s, i.summary, i.manual_by)
            for i in sorted(log.injections, key=lambda i: i.drill_s)
        ),
        parts=parts,
        score=round(score, 1),
        passed=passed,
        alarms=alarms,
    )


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def drill_tracker(log: DrillLog, ordered: Sequence[Any]) -> IntervalTracker:
    """The shared interval tracker fed the drill's events, measuring on the drill clock."""
    clock = log.clock

    def drill_s(wall: float) -> float:
        return clock.drill_s(datetime.fromtimestamp(wall, UTC))

    tracker = IntervalTracker(clock=drill_s)
    for event in ordered:
        tracker.apply(event)
    return tracker


def _drill_time(log: DrillLog, wall: float | None) -> float | None:
    return None if wall is None else log.clock.drill_s(datetime.fromtimestamp(wall, UTC))


def _finite(value: float | None) -> float | None:
    return None if value is None or math.isinf(value) else value


def _call_score(log: DrillLog, tracker: IntervalTracker, call: CallFacts) -> CallScore:
    record = tracker.call(call.call_id)
    incident = log.incidents.get(call.incident_id or "")
    answer, answer_why = (None, None) if record is None else tracker.answering(record)
    process, process_why = (None, None) if record is None else tracker.processing(record)
    shared = tracker.incident(call.incident_id or "")
    on_scene = None if shared is None else _drill_time(log, shared.first_on_scene)
    answered = record is not None and record.answered is not None
    return CallScore(
        call_id=call.call_id,
        number=call.number,
        via=call.via,
        answered_by=call.answered_by,
        offered_s=call.offered_s,
        answer_s=_finite(answer),
        incident_id=call.incident_id,
        priority=None if incident is None else incident.priority,
        process_s=_finite(process),
        on_scene_s=None if on_scene is None else on_scene - call.offered_s,
        duplicate=process_why == "duplicate",
        abandoned=call.abandoned_s is not None and call.answered_s is None,
        answered=answered,
        no_ring_start=answer_why == "no_ring_start",
    )


def _call_measures(calls: Sequence[CallScore], targets: Targets) -> list[Measure]:
    answering = [
        math.inf if c.answer_s is None else c.answer_s
        for c in calls
        if not c.abandoned and not c.no_ring_start
    ]
    processing = [
        math.inf if c.process_s is None else c.process_s
        for c in calls
        if c.priority is not None
        and c.priority <= targets.high_priority
        and c.answered
        and not c.duplicate
    ]
    return [
        measure("answer", answering, targets.answer_s, targets.percentile),
        measure("answer_95", answering, targets.answer_95_s, 95.0),
        measure("process", processing, targets.process_s, targets.percentile),
    ]


def _measures(
    calls: Sequence[CallScore],
    alerts: Sequence[AlertFacts],
    targets: Targets,
    tracker: IntervalTracker,
) -> tuple[Measure, ...]:
    handling = []
    for a in alerts:
        record = tracker.alert(a.alert_id)
        if record is not None:
            value = tracker.span(record.raised, record.handled)
            handling.append(math.inf if value is None else value)
    return (
        *_call_measures(calls, targets),
        measure("alert_handle", handling, targets.alert_handle_s, targets.percentile),
    )


def _trainee(
    log: DrillLog, name: str, calls: Sequence[CallScore], targets: Targets
) -> TraineeScore:
    mine = [c for c in calls if c.answered_by == name]
    measures = tuple(_call_measures(mine, targets))
    verdicts = [m.passed for m in measures if m.passed is not None]
    return TraineeScore(
        name=name,
        calls_answered=len(mine),
        incidents_created=sum(1 for i in log.incidents.values() if i.created_by == name),
        units_dispatched=sum(
            1 for i in log.incidents.values() for _, _, by in i.assigned if by == name
        ),
        alerts_handled=sum(
            1 for a in log.alerts.values() for _, _, by in a.handlings if by == name
        ),
        measures=measures,
        passed=all(verdicts) if verdicts else None,
    )


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return float(_GEOD.inv(lon1, lat1, lon2, lat2)[2])


def _first_report(log: DrillLog, e: ExpectedIncident) -> float | None:
    keys = {number_key(c) for c in e.callers} - {None}
    times = [c.offered_s for c in log.calls.values() if number_key(c.number) in keys]
    times += [
        a.raised_s
        for a in log.alerts.values()
        if a.lat is not None
        and a.lon is not None
        and distance_m(e.lat, e.lon, float(a.lat), float(a.lon)) <= e.radius_m
    ]
    return min(times, default=None)


def _incident(
    log: DrillLog,
    tracker: IntervalTracker,
    e: ExpectedIncident,
    types: Mapping[str, str],
    used: set[str],
) -> IncidentScore:
    ref = _first_report(log, e)
    keys = {number_key(c) for c in e.callers} - {None}
    linked = {
        c.incident_id for c in log.calls.values() if c.incident_id and number_key(c.number) in keys
    }
    best: tuple[tuple[bool, bool, bool, float], IncidentFacts, float] | None = None
    for incident in log.incidents.values():
        if incident.incident_id in used or (ref is not None and incident.created_s < ref - 1.0):
            continue
        dist = distance_m(e.lat, e.lon, incident.lat, incident.lon)
        place_ok, is_linked = dist <= e.radius_m, incident.incident_id in linked
        if not (place_ok or is_linked):
            continue
        key = (
            incident.type == e.incident_type and place_ok,
            is_linked,
            place_ok,
            -incident.created_s,
        )
        if best is None or key > best[0]:
            best = (key, incident, dist)
    if best is None:
        return IncidentScore(
            e.name, e.incident_type, None, None, None, None, False, False, ref, {},
            dict(e.unit_types), (), False, None, e.dispatch_within_s, False, None,
            e.on_scene_within_s, False, 0.0, False,
        )  # fmt: skip
    _, incident, dist = best
    used.add(incident.incident_id)
    sent: dict[str, str | None] = {}
    for _, unit, _ in sorted(incident.assigned):
        sent.setdefault(unit, types.get(unit))
    missing, not_asked = _unit_check(e.unit_types, sent)
    type_ok, place_ok = incident.type == e.incident_type, dist <= e.radius_m
    base = ref if ref is not None else incident.created_s
    shared = tracker.incident(incident.incident_id)
    first = None if shared is None else _drill_time(log, shared.first_dispatch)
    arrived = None if shared is None else _drill_time(log, shared.first_on_scene)
    dispatch = None if first is None else first - base
    on_scene = None if arrived is None else arrived - base
    dispatch_ok = dispatch is not None and dispatch <= e.dispatch_within_s
    on_scene_ok = on_scene is not None and on_scene <= e.on_scene_within_s
    required = sum(e.unit_types.values())
    got = required - sum(missing.values())
    points = (
        INCIDENT_POINTS["type"] * type_ok
        + INCIDENT_POINTS["place"] * place_ok
        + INCIDENT_POINTS["units"] * (got / required if required else 1.0)
        + INCIDENT_POINTS["dispatch"] * dispatch_ok
        + INCIDENT_POINTS["on_scene"] * on_scene_ok
    )
    return IncidentScore(
        name=e.name,
        expected_type=e.incident_type,
        incident_id=incident.incident_id,
        created_type=incident.type,
        created_by=incident.created_by,
        distance_m=round(dist, 1),
        type_ok=type_ok,
        place_ok=place_ok,
        reference_s=ref,
        units_sent=sent,
        missing=missing,
        not_asked=not_asked,
        units_ok=not missing,
        dispatch_s=dispatch,
        dispatch_within_s=e.dispatch_within_s,
        dispatch_ok=dispatch_ok,
        on_scene_s=on_scene,
        on_scene_within_s=e.on_scene_within_s,
        on_scene_ok=on_scene_ok,
        points=round(points, 4),
        passed=type_ok and place_ok and not missing and dispatch_ok and on_scene_ok,
    )


def _unit_check(
    required: Mapping[str, int], sent: Mapping[str, str | None]
) -> tuple[dict[str, int], tuple[str, ...]]:
    """(short per requirement, units no requirement used); the narrowest requirements pick first."""
    free = list(sent)
    missing: dict[str, int] = {}
    for key in sorted(required, key=lambda k: (k.count("|"), k)):
        accepted = set(key.split("|"))
        need = required[key]
        for unit in [u for u in free if sent[u] in accepted][:need]:
            free.remove(unit)
            need -= 1
        if need:
            missing[key] = need
    return missing, tuple(free)


def _expected_alert(log: DrillLog, a: ExpectedAlert, used: set[str]) -> AlertScore:
    origin = ALERT_ORIGINS[a.kind]
    for alert in sorted(log.alerts.values(), key=lambda x: x.raised_s):
        if alert.alert_id in used or alert.origin != origin:
            continue
        if a.zone is not None and alert.zone != a.zone:
            continue
        if a.event is not None and (alert.event or "").lower() != a.event.lower():
            continue
        used.add(alert.alert_id)
        return _alert_outcome(a.name, alert, a.handling, a.within_s)
    return AlertScore(
        a.name, a.kind, None, "", None, None, None, None, a.handling, a.within_s, "not raised", None
    )


def _alert_outcome(
    name: str | None, alert: AlertFacts, acceptable: Sequence[str], within_s: float
) -> AlertScore:
    handlings = sorted(alert.handlings)
    kind = next((k for k, v in ALERT_ORIGINS.items() if v == alert.origin), alert.origin)
    ok = [h for h in handlings if not acceptable or h[1] in acceptable]
    chosen = ok[0] if ok else (handlings[0] if handlings else None)
    if chosen is None:
        outcome = "missed"
    elif not ok:
        outcome = "wrong"
    else:
        outcome = "handled" if chosen[0] - alert.raised_s <= within_s else "late"
    return AlertScore(
        name=name,
        kind=kind,
        alert_id=alert.alert_id,
        title=alert.title,
        raised_s=alert.raised_s,
        handling=None if chosen is None else chosen[1],
        handled_by=None if chosen is None else chosen[2],
        handle_s=None if chosen is None else chosen[0] - alert.raised_s,
        acceptable=tuple(acceptable),
        within_s=within_s,
        outcome=outcome,
        passed=outcome == "handled",
    )
