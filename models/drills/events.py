"""Event kinds and payloads a drill writes into its own store.

Contract: the runner appends these through the group-commit writer like any
other event; scoring and reports read them back from the committed log.

- ``drill.started`` (source ``drill:runner``): scenario (id), title,
  trainees (operator names), speed, started_utc (ISO 8601).
- ``drill.clock`` (``drill:runner``): drill_s (float), speed (float), paused
  (bool) — written on start, pause, resume, speed change and end. With the
  event's ``rx_time`` it maps wall time to drill time (``models.drills.clock``).
- ``drill.injected`` (``drill:runner``): index (1-based position in the
  scenario file), type, at_s (planned), drill_s (when sent), summary.
- ``drill.manual`` (``drill:runner``): a trainer's hand injection, the keys
  of ``drill.injected`` plus by (the trainer).
- ``drill.ended`` (``drill:runner``): drill_s, reason ("completed" | "ended
  by trainer" | "error: ...").

Simulated crews act through a dispatch service whose operator is
``CREW_OPERATOR`` (source ``operator:drill-crew``); other crew events use
``crew_source(call_sign)``. Neither is ever a trainee.
"""

from __future__ import annotations

from typing import Any

DRILL_STARTED = "drill.started"
DRILL_CLOCK = "drill.clock"
DRILL_INJECTED = "drill.injected"
DRILL_MANUAL = "drill.manual"
DRILL_ENDED = "drill.ended"

DRILL_KINDS = (DRILL_STARTED, DRILL_CLOCK, DRILL_INJECTED, DRILL_MANUAL, DRILL_ENDED)

RUNNER_SOURCE = "drill:runner"
CREW_SOURCE_PREFIX = "drill:crew:"
CREW_OPERATOR = "drill-crew"
OPERATOR_PREFIX = "operator:"

END_COMPLETED = "completed"
END_BY_TRAINER = "ended by trainer"


def crew_source(call_sign: str) -> str:
    return f"{CREW_SOURCE_PREFIX}{call_sign}"


def trainee_of(source: str) -> str | None:
    """The trainee behind an event source: ``operator:<name>`` but never the crews."""
    if not source.startswith(OPERATOR_PREFIX):
        return None
    name = source[len(OPERATOR_PREFIX) :]
    return None if not name or name == CREW_OPERATOR else name


def started_payload(
    scenario: str, title: str, trainees: list[str], speed: float, started_utc: str
) -> dict[str, Any]:
    return {
        "scenario": scenario,
        "title": title,
        "trainees": list(trainees),
        "speed": float(speed),
        "started_utc": started_utc,
    }


def clock_payload(drill_s: float, speed: float, paused: bool) -> dict[str, Any]:
    return {"drill_s": float(drill_s), "speed": float(speed), "paused": bool(paused)}


def injected_payload(
    index: int, type_: str, at_s: float, drill_s: float, summary: str
) -> dict[str, Any]:
    return {
        "index": int(index),
        "type": type_,
        "at_s": float(at_s),
        "drill_s": float(drill_s),
        "summary": summary,
    }


def manual_payload(
    index: int, type_: str, at_s: float, drill_s: float, summary: str, by: str
) -> dict[str, Any]:
    return {**injected_payload(index, type_, at_s, drill_s, summary), "by": by}


def ended_payload(drill_s: float, reason: str) -> dict[str, Any]:
    return {"drill_s": float(drill_s), "reason": reason}
