"""A drill's committed event log read into plain facts for scoring, in drill seconds.

Contract: ``DrillLog.read(events)`` takes ``StoredEvent``-like values (any
order; sorted by ``seq`` here) and collects, with every time already in drill
seconds (``models.drills.clock``): calls (offered, answered and by whom,
abandoned, the incident they belong to: created from or attached to, first
of either), incidents (type, priority, position, creator), unit assignments
and first on-scene report per incident, alerts raised and every handling of
them, the injections, and the drill's start/end. It only reads the kinds and
payload keys the console writes (``models.calls.events``,
``models.dispatch.events``, ``models.alerts.events``,
``models.drills.events``); unknown or malformed events are skipped. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from models.alerts import events as aev
from models.calls import events as cev
from models.dispatch import events as dev
from models.dispatch.status import UnitStatus
from models.drills import events as drill
from models.drills.clock import DrillClock

#: Alert event kind -> the handling word scenarios use in ``[[expect_alert]].handling``.
HANDLING_OF = {
    aev.ALERT_ACKNOWLEDGED: "acknowledge",
    aev.ALERT_PROMOTED: "promote",
    aev.ALERT_LINKED: "link",
    aev.ALERT_DISMISSED: "dismiss",
}


@dataclass
class CallFacts:
    call_id: str
    number: str | None
    via: str | None
    offered_s: float
    lat: float | None = None
    lon: float | None = None
    answered_s: float | None = None
    answered_by: str | None = None
    abandoned_s: float | None = None
    incident_id: str | None = None
    attached_s: float | None = None


@dataclass
class IncidentFacts:
    incident_id: str
    type: str
    priority: int
    lat: float
    lon: float
    call_id: str | None
    created_s: float
    created_by: str | None
    assigned: list[tuple[float, str, str | None]] = field(default_factory=list)  # (s, unit, by)
    on_scene_s: float | None = None


@dataclass
class AlertFacts:
    alert_id: str
    origin: str
    raised_s: float
    zone: str | None
    event: str | None
    title: str
    lat: float | None
    lon: float | None
    handlings: list[tuple[float, str, str | None]] = field(default_factory=list)  # (s, how, by)


@dataclass
class InjectionFacts:
    index: int
    type: str
    at_s: float
    drill_s: float
    summary: str
    manual_by: str | None


@dataclass
class DrillLog:
    clock: DrillClock
    calls: dict[str, CallFacts] = field(default_factory=dict)
    incidents: dict[str, IncidentFacts] = field(default_factory=dict)
    alerts: dict[str, AlertFacts] = field(default_factory=dict)
    injections: list[InjectionFacts] = field(default_factory=list)
    trainees: list[str] = field(default_factory=list)
    started_utc: str | None = None
    speeds: list[float] = field(default_factory=list)
    ended_s: float | None = None
    ended_reason: str | None = None
    ended_utc: str | None = None

    @classmethod
    def read(cls, events: Iterable[Any]) -> DrillLog:
        ordered = sorted(events, key=lambda e: e.seq)
        log = cls(DrillClock.from_events(ordered))
        for event in ordered:
            try:
                log._apply(event)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # a malformed payload: not the console's, not scored
        return log

    def _trainee(self, source: str) -> str | None:
        name = drill.trainee_of(source)
        if name is not None and name not in self.trainees:
            self.trainees.append(name)
        return name

    def _apply(self, event: Any) -> None:
        kind = event.kind
        p = event.payload or {}
        t = self.clock.drill_s(event.rx_time)
        by = self._trainee(event.source)
        if kind == cev.CALL_OFFERED:
            location = p.get("location") or {}
            self.calls[p["call_id"]] = CallFacts(
                p["call_id"], p.get("number"), p.get("via"), t, location.get("lat"),
                location.get("lon"),
            )  # fmt: skip
        elif kind == cev.CALL_ANSWERED:
            call = self.calls.get(p["call_id"])
            if call is not None and call.answered_s is None:
                call.answered_s, call.answered_by = t, by
        elif kind == cev.CALL_ABANDONED:
            call = self.calls.get(p["call_id"])
            if call is not None and call.abandoned_s is None:
                call.abandoned_s = t
        elif kind == cev.CALL_ATTACHED:
            self._attach(p["call_id"], p["incident_id"], t)
        elif kind == dev.INCIDENT_CREATED:
            incident = IncidentFacts(
                p["incident_id"], p["type"], int(p["priority"]), float(p["lat"]),
                float(p["lon"]), p.get("call_id"), t, by,
            )  # fmt: skip
            self.incidents.setdefault(incident.incident_id, incident)
            if incident.call_id:
                self._attach(incident.call_id, incident.incident_id, t)
        elif kind == dev.UNIT_ASSIGNED:
            incident = self.incidents.get(p["incident_id"])
            if incident is not None:
                incident.assigned.append((t, p["unit"], by))
        elif kind == dev.UNIT_STATUS:
            incident = self.incidents.get(p.get("incident_id") or "")
            if (
                incident is not None
                and p.get("status") == UnitStatus.ON_SCENE.value
                and incident.on_scene_s is None
            ):
                incident.on_scene_s = t
        elif kind == aev.ALERT_RAISED:
            cap = p.get("cap") or {}
            self.alerts.setdefault(
                p["alert_id"],
                AlertFacts(
                    p["alert_id"], p.get("origin") or "", t, p.get("zone"), cap.get("event"),
                    p.get("title") or "", p.get("lat"), p.get("lon"),
                ),
            )  # fmt: skip
        elif kind in HANDLING_OF:
            alert = self.alerts.get(p["alert_id"])
            if alert is not None:
                alert.handlings.append((t, HANDLING_OF[kind], by))
        elif kind in (drill.DRILL_INJECTED, drill.DRILL_MANUAL):
            self.injections.append(
                InjectionFacts(
                    int(p.get("index") or 0), str(p.get("type") or ""),
                    float(p.get("at_s") or 0.0), float(p.get("drill_s", t)),
                    str(p.get("summary") or ""),
                    p.get("by") if kind == drill.DRILL_MANUAL else None,
                )
            )  # fmt: skip
        elif kind == drill.DRILL_STARTED:
            for name in p.get("trainees") or ():
                if isinstance(name, str) and name and name != drill.CREW_OPERATOR:
                    if name not in self.trainees:
                        self.trainees.append(name)
            self.started_utc = p.get("started_utc") or event.rx_time.isoformat()
        elif kind == drill.DRILL_CLOCK:
            speed = float(p.get("speed") or 1.0)
            if speed not in self.speeds:
                self.speeds.append(speed)
        elif kind == drill.DRILL_ENDED:
            self.ended_s = float(p.get("drill_s", t))
            self.ended_reason = p.get("reason")
            self.ended_utc = event.rx_time.isoformat()

    def _attach(self, call_id: str, incident_id: str, t: float) -> None:
        call = self.calls.get(call_id)
        if call is not None and call.incident_id is None:
            call.incident_id, call.attached_s = incident_id, t

    def first_dispatch_s(self, incident_id: str | None) -> float | None:
        incident = self.incidents.get(incident_id or "")
        if incident is None or not incident.assigned:
            return None
        return min(s for s, _, _ in incident.assigned)
