"""The response intervals, each defined once by the event kinds that start and end it.

Contract: ``INTERVALS`` lists every interval the console measures (the
wallboard, period reports, the incident report and drill scoring all read
these definitions through ``models.stats.tracker``; nothing else computes
an interval). Each ``IntervalDef`` names its key, the thing it is measured
per (``call``, ``incident``, ``unit`` = one unit's response to one
incident, ``alert``), the events that start and end it and its target.

============== ======== ================================ ==================================
interval       per      starts at                        ends at
============== ======== ================================ ==================================
answering      call     ``call.offered`` (ring start)    ``call.answered``
processing     call     ``call.answered``                first dispatch of its incident
alarm_handling incident receipt (first call / alert)     first dispatch
turnout        unit     the unit's dispatch              its "en route" for the incident
travel         unit     its "en route"                   its "on scene" for the incident
total_response incident receipt (first call / alert)     first "on scene"
alert_handling alert    ``alert.raised``                 first acknowledged / promoted /
                                                         linked / dismissed
============== ======== ================================ ==================================

A dispatch is the first ``unit.assigned`` or ``unit.status`` "dispatched"
naming the incident. The call's incident is the one it was created from
(``incident.created`` call_id) or attached to (``call.attached``), first of
either. The receipt of an incident is the earliest ``call.offered`` of its
calls, or the ``alert.raised`` of an alert promoted or linked to it,
whichever came first; an incident with neither starts at its
``incident.created``.

Edge cases, never guessed, always counted (``EXCLUSIONS``):

- ``no_ring_start``: a call offered through a source that only speaks once
  the call is up (``via`` ALI or AML: the ALI spill and the AML message
  arrive after the caller got through, so their time is not a ring start)
  has no answering time; an incident whose receipt is such a call has no
  alarm handling and no total response. Only PIDF-LO (the SIP INVITE of
  the ringing call) gives a ring start (``RING_START_VIAS``).
- ``abandoned``: a call abandoned before it was answered has no answering
  or processing time. A call never answered nor abandoned counts as over
  every target (an infinite value: it is in the count, never within).
- ``duplicate``: a call answered after its incident already had a unit has
  no processing time. ``no_incident``: an answered call attached to none.
- ``stood_down``: a unit released or reassigned before it reached the
  next step gives no turnout (or travel) for that incident;
  ``no_en_route``: a unit reported on scene without en route has no
  turnout or travel (its dispatch-to-on-scene still counts in total
  response through the incident); ``no_dispatch``: a unit whose first
  status for an incident came without a dispatch in the events read has
  no turnout (its dispatch time is unknown).
- Reopened incidents (activity after ``incident.closed``) keep their first
  dispatch and first on scene; later units give turnout and travel like
  any other. Pauses (a drill paused) are not counted: the tracker reads time
  through a clock (``models.drills.clock``) that stands still while paused.

Targets (``StatsTargets``; a site may set them in an optional ``[stats]``
table of site.toml): NFPA 1221 (answering 90 % within 15 s and 95 % within
20 s, processing of high-priority calls 90 % within 60 s, alarm handling
64 s), NFPA 1710 (turnout 60 s EMS / 80 s fire, travel 240 s, total
response 480 s) and 60 s for alerts. ``high_priority``: incident
priorities 1..this are high priority (default 2, like drill scenarios).
``StatsTargets.from_mapping(table)`` reads such a table and raises
``StatsConfigError`` naming the key for anything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

RING_START_VIAS = frozenset({"pidf"})

CALL, INCIDENT, UNIT, ALERT = "call", "incident", "unit", "alert"

EXCLUSIONS = (
    "no_ring_start", "abandoned", "duplicate", "no_incident", "stood_down", "no_en_route",
    "no_dispatch",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class IntervalDef:
    key: str
    per: str
    name: str  # English; the GUI and reports translate it
    starts: str
    ends: str
    standard: str


INTERVALS: tuple[IntervalDef, ...] = (
    IntervalDef("answering", CALL, "Call answering", "call.offered (ring start)",
                "call.answered", "NFPA 1221"),
    IntervalDef("processing", CALL, "Call processing", "call.answered",
                "first dispatch of the call's incident", "NFPA 1221"),
    IntervalDef("alarm_handling", INCIDENT, "Alarm handling", "receipt (first call / alert)",
                "first dispatch", "NFPA 1221 / 1710"),
    IntervalDef("turnout", UNIT, "Turnout", "unit dispatched", "unit en route", "NFPA 1710"),
    IntervalDef("travel", UNIT, "Travel", "unit en route", "unit on scene", "NFPA 1710"),
    IntervalDef("total_response", INCIDENT, "Total response", "receipt (first call / alert)",
                "first unit on scene", "NFPA 1710"),
    IntervalDef("alert_handling", ALERT, "Alert handling", "alert.raised",
                "first acknowledged / promoted / linked / dismissed", "site"),
)  # fmt: skip
BY_KEY = {d.key: d for d in INTERVALS}


class StatsConfigError(ValueError):
    """A ``[stats]`` table that cannot be used; the message names the key."""


_DEFAULT_TURNOUT = {"fire": 80.0, "medical": 60.0, "police": 60.0}


@dataclass(frozen=True)
class StatsTargets:
    percentile: float = 90.0
    answer_s: float = 15.0
    answer_95_s: float = 20.0
    process_s: float = 60.0
    alarm_handling_s: float = 64.0
    turnout_s: Mapping[str, float] = field(default_factory=lambda: dict(_DEFAULT_TURNOUT))
    travel_s: float = 240.0
    total_response_s: float = 480.0
    alert_handle_s: float = 60.0
    high_priority: int = 2

    def target_s(self, key: str, discipline: str | None = None) -> float | None:
        """The target of interval ``key`` (turnout: per discipline, else the longest)."""
        if key == "turnout":
            if discipline in self.turnout_s:
                return float(self.turnout_s[discipline])  # type: ignore[index]
            return max(self.turnout_s.values(), default=None)
        return {
            "answering": self.answer_s,
            "processing": self.process_s,
            "alarm_handling": self.alarm_handling_s,
            "travel": self.travel_s,
            "total_response": self.total_response_s,
            "alert_handling": self.alert_handle_s,
        }.get(key)

    def is_high(self, priority: int | None) -> bool:
        return priority is not None and 1 <= priority <= self.high_priority

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any] | None) -> StatsTargets:
        """Read a ``[stats]`` table (all keys optional): see the module docstring."""
        targets = cls()
        if not table:
            return targets
        changes: dict[str, Any] = {}
        for key, value in table.items():
            if key == "high_priority":
                if type(value) is not int or not 1 <= value <= 5:
                    raise StatsConfigError(f"stats.{key}: must be a priority from 1 to 5")
                changes[key] = value
            elif key == "turnout_s":
                if not isinstance(value, Mapping):
                    raise StatsConfigError(f"stats.{key}: must be a table of discipline = seconds")
                changes[key] = {str(k): _seconds(f"{key}.{k}", v) for k, v in value.items()}
            elif key == "percentile":
                if not isinstance(value, int | float) or not 0 < value <= 100:
                    raise StatsConfigError(f"stats.{key}: must be a share from 0 to 100 %")
                changes[key] = float(value)
            elif key in cls.__dataclass_fields__:
                changes[key] = _seconds(key, value)
            else:
                known = ", ".join(sorted(cls.__dataclass_fields__))
                raise StatsConfigError(f"stats.{key}: unknown key (known: {known})")
        return replace(targets, **changes)


def _seconds(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 86_400:
        raise StatsConfigError(f"stats.{key}: must be a number of seconds from 0 to 86400")
    return float(value)


def site_targets(site: Any) -> StatsTargets:
    """The site's targets (``site.stats`` once the site reads ``[stats]``), else the defaults."""
    value = getattr(site, "stats", None)
    return value if isinstance(value, StatsTargets) else StatsTargets()
