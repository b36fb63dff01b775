"""The result of scoring a drill: plain frozen values and their stable JSON.

Contract: ``DrillScore`` and its parts (``Measure``, ``CallScore``,
``TraineeScore``, ``IncidentScore``, ``AlertScore``, ``TimelineEntry``,
``models.drills.alarms.AlarmResponse``) hold plain values only; times are
drill seconds. ``DrillScore.to_json()`` gives
``{"format": REPORT_FORMAT, "version": REPORT_VERSION, "weights": WEIGHTS}``
plus every field by name, nested values as objects and lists, and an
interval that never completed (infinite) as null; ``unanswered_alarms``
counts the ``alarms`` nobody acted on. How the values are
computed is ``models.drills.scoring``'s docstring.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from models.drills.alarms import AlarmResponse
from models.drills.scenario import Targets

REPORT_FORMAT = "dispatch-console/drill-report"
REPORT_VERSION = 1
#: Weights of the 0..100 score's parts (see ``models.drills.scoring``).
WEIGHTS = {"answer": 20.0, "process": 20.0, "incidents": 40.0, "alerts": 20.0}


@dataclass(frozen=True)
class Measure:
    name: str  # answer | answer_95 | process | alert_handle | alarm_response
    target_s: float
    percentile: float
    count: int
    within: int
    share: float | None  # within / count
    value_s: float | None  # the percentile's value (None: none, or beyond every event)
    passed: bool | None


@dataclass(frozen=True)
class CallScore:
    call_id: str
    number: str | None
    via: str | None
    answered_by: str | None
    offered_s: float
    answer_s: float | None  # offered -> answered
    incident_id: str | None
    priority: int | None
    process_s: float | None  # answered -> first unit dispatched
    on_scene_s: float | None  # offered -> first unit on scene
    duplicate: bool
    abandoned: bool
    answered: bool = False  # the call was answered (timed or not)
    no_ring_start: bool = False  # ALI / AML: no answering time (models.stats.definitions)


@dataclass(frozen=True)
class TraineeScore:
    name: str
    calls_answered: int
    incidents_created: int
    units_dispatched: int
    alerts_handled: int
    measures: tuple[Measure, ...]
    passed: bool | None


@dataclass(frozen=True)
class IncidentScore:
    name: str
    expected_type: str
    incident_id: str | None
    created_type: str | None
    created_by: str | None
    distance_m: float | None
    type_ok: bool
    place_ok: bool
    reference_s: float | None  # the first report, drill seconds
    units_sent: dict[str, str | None]  # call sign -> unit type
    missing: dict[str, int]  # required key -> how many short
    not_asked: tuple[str, ...]  # units sent that no requirement needed
    units_ok: bool
    dispatch_s: float | None
    dispatch_within_s: float
    dispatch_ok: bool
    on_scene_s: float | None
    on_scene_within_s: float
    on_scene_ok: bool
    points: float
    passed: bool


@dataclass(frozen=True)
class AlertScore:
    name: str | None  # None: an alert no expectation named
    kind: str
    alert_id: str | None
    title: str
    raised_s: float | None
    handling: str | None
    handled_by: str | None
    handle_s: float | None  # raised -> handling
    acceptable: tuple[str, ...]
    within_s: float | None
    outcome: str  # handled | late | wrong | missed | not raised
    passed: bool | None


@dataclass(frozen=True)
class TimelineEntry:
    index: int
    type: str
    at_s: float
    drill_s: float
    summary: str
    manual_by: str | None


@dataclass(frozen=True)
class DrillScore:
    scenario_id: str
    title: str
    started_utc: str | None
    ended_utc: str | None
    ended_reason: str | None
    drill_s: float | None
    speeds: tuple[float, ...]
    paused_wall_s: float
    targets: Targets
    measures: tuple[Measure, ...]
    trainees: tuple[TraineeScore, ...]
    calls: tuple[CallScore, ...]
    incidents: tuple[IncidentScore, ...]
    alerts: tuple[AlertScore, ...]
    other_alerts: tuple[AlertScore, ...]
    timeline: tuple[TimelineEntry, ...]
    parts: dict[str, float | None]  # part -> 0..1 (None: nothing to measure)
    score: float
    passed: bool
    # NOT ACKNOWLEDGED alarms (``models.drills.alarms``): raised -> the first action on it
    alarms: tuple[AlarmResponse, ...] = ()

    @property
    def unanswered_alarms(self) -> int:
        """Alarms no dispatcher acted on before the drill ended."""
        return sum(1 for a in self.alarms if math.isinf(a.seconds))

    def to_json(self) -> dict[str, Any]:
        """Stable keys: format, version, the fields above (nested objects as dicts, inf as None)."""
        body = _plain(self)
        body["unanswered_alarms"] = self.unanswered_alarms
        return {"format": REPORT_FORMAT, "version": REPORT_VERSION, "weights": WEIGHTS, **body}


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
