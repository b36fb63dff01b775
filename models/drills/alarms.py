"""How fast the dispatcher acted on a NOT ACKNOWLEDGED alarm, read from a drill's log.

Contract: ``alarm_responses(events, drill_s=None) -> list[AlarmResponse]`` is
pure and reads only committed events (any order; sorted by ``seq``). For
every ``reach.timed_out`` (the alarm raised: no link acknowledgement, or no
read/accept from the crew, within the site's limit) whose notice was queued
in the log, the first action a dispatcher took on it: ``reach.voice`` for a
notice of that unit and incident, a re-send (``reach.queued`` with
``resend_of`` for that unit and incident: signed by its link, ``by`` names
the dispatcher), a ``unit.status`` of that unit, or another unit assigned to
the incident; only ``operator:`` sources count (a crew's own status over the
radio does not). ``drill_s(rx_time)`` maps a time to drill seconds
(``models.drills.clock.DrillClock.drill_s``; default: wall seconds since the
first event). ``AlarmResponse.seconds`` is alarm raised -> that action, and
infinite for an alarm nobody acted on (``to_json`` gives it as null);
``stage`` says which limit ran out (``link`` or ``crew``). This is what the
drill's score and reports call alarm responses
(``console.drills.radio_crews`` re-exports it).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models.dispatch import events as ev

__all__ = ["AlarmResponse", "alarm_responses"]


@dataclass(frozen=True, slots=True)
class AlarmResponse:
    notice_id: str
    unit: str
    incident_id: str
    stage: str  # "link" or "crew": which limit ran out
    raised_s: float
    seconds: float  # alarm raised -> the dispatcher's first action on it; inf: none
    action: str | None = None  # the event kind of that action
    operator: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        if math.isinf(self.seconds):
            out["seconds"] = None
        return out


def alarm_responses(
    events: Sequence[Any], drill_s: Callable[[datetime], float] | None = None
) -> list[AlarmResponse]:
    """Alarm raised -> the dispatcher's first action on it, per alarm (see the module doc)."""
    ordered = sorted(events, key=lambda e: e.seq)
    origin = ordered[0].rx_time if ordered else None

    def seconds(t: datetime) -> float:
        if drill_s is not None:
            return drill_s(t)
        assert origin is not None
        return (t - origin).total_seconds()

    notices: dict[str, tuple[str, str]] = {}
    for event in ordered:
        if event.kind == ev.REACH_QUEUED:
            p = event.payload or {}
            notices[str(p.get("notice_id"))] = (str(p.get("unit")), str(p.get("incident_id")))
    out: list[AlarmResponse] = []
    for index, event in enumerate(ordered):
        if event.kind != ev.REACH_TIMED_OUT:
            continue
        p = event.payload or {}
        notice_id = str(p.get("notice_id"))
        if notice_id not in notices:
            continue
        unit, incident_id = notices[notice_id]
        raised = seconds(event.rx_time)
        action = next(
            (a for a in ordered[index + 1 :] if _acts_on(a, unit, incident_id, notices)), None
        )
        out.append(
            AlarmResponse(
                notice_id,
                unit,
                incident_id,
                str(p.get("stage") or "link"),
                raised,
                math.inf if action is None else max(0.0, seconds(action.rx_time) - raised),
                None if action is None else action.kind,
                None if action is None else _who(action),
            )
        )
    return out


def _acts_on(event: Any, unit: str, incident_id: str, notices: dict[str, tuple[str, str]]) -> bool:
    p = event.payload or {}
    if event.kind == ev.REACH_QUEUED:
        # A re-send is signed by its link; ``by`` names the dispatcher who asked.
        wanted = (unit, incident_id)
        return bool(p.get("resend_of")) and (p.get("unit"), p.get("incident_id")) == wanted
    if not str(event.source).startswith("operator:"):
        return False
    if event.kind == ev.REACH_VOICE:
        return notices.get(str(p.get("notice_id"))) == (unit, incident_id)
    if event.kind == ev.UNIT_STATUS:
        return p.get("unit") == unit
    if event.kind == ev.UNIT_ASSIGNED:
        return p.get("incident_id") == incident_id and p.get("unit") != unit
    return False


def _who(event: Any) -> str:
    by = (event.payload or {}).get("by") if event.kind == ev.REACH_QUEUED else None
    return str(by or event.source).removeprefix("operator:")
