"""The drill clock read back from the log: wall time <-> drill seconds.

Contract: ``DrillClock.from_events(events)`` takes the committed events of a
drill (any order, any kinds) and uses its ``drill.clock`` events: each says
that at its ``rx_time`` the drill stood at ``drill_s``, running at ``speed``
or paused. ``drill_s(t)`` is the drill time at wall time ``t``: from the
last clock event at or before ``t``, ``drill_s + (t - rx_time) * speed``, or
its ``drill_s`` while paused — so pauses never count and a speed change
applies from the moment it was made. Before the first clock event the first
one's speed is extrapolated backwards (times before the start come out
negative). A log without clock events falls back to ``drill.started`` (its
``rx_time`` is drill second 0, its ``speed``), else to the first event at
speed 1. ``wall_time(drill_s)`` is the inverse (the first moment the drill
reached that time). Pure.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from models.drills.events import DRILL_CLOCK, DRILL_STARTED


@dataclass(frozen=True, slots=True)
class ClockMark:
    rx_time: datetime
    drill_s: float
    speed: float
    paused: bool


class DrillClock:
    def __init__(self, marks: Iterable[ClockMark]) -> None:
        self.marks = sorted(marks, key=lambda m: m.rx_time)
        if not self.marks:
            raise ValueError("a drill clock needs at least one mark")
        self._times = [m.rx_time for m in self.marks]

    @classmethod
    def from_events(cls, events: Iterable[Any]) -> DrillClock:
        marks: list[ClockMark] = []
        started: ClockMark | None = None
        first: datetime | None = None
        for event in events:
            if first is None or event.rx_time < first:
                first = event.rx_time
            payload = event.payload or {}
            if event.kind == DRILL_CLOCK:
                marks.append(
                    ClockMark(
                        event.rx_time,
                        float(payload.get("drill_s") or 0.0),
                        _speed(payload.get("speed")),
                        bool(payload.get("paused")),
                    )
                )
            elif event.kind == DRILL_STARTED and started is None:
                started = ClockMark(event.rx_time, 0.0, _speed(payload.get("speed")), False)
        if not marks:
            if started is not None:
                marks = [started]
            elif first is not None:
                marks = [ClockMark(first, 0.0, 1.0, False)]
            else:
                raise ValueError("no events to read a drill clock from")
        return cls(marks)

    @property
    def start(self) -> datetime:
        return self.marks[0].rx_time

    def drill_s(self, when: datetime) -> float:
        i = bisect.bisect_right(self._times, when) - 1
        mark = self.marks[max(i, 0)]
        if i >= 0 and mark.paused:
            return mark.drill_s
        return mark.drill_s + (when - mark.rx_time).total_seconds() * mark.speed

    def wall_time(self, drill_s: float) -> datetime:
        first = self.marks[0]
        if drill_s <= first.drill_s:
            return first.rx_time - timedelta(seconds=(first.drill_s - drill_s) / first.speed)
        for mark, after in zip(self.marks, [*self.marks[1:], None], strict=True):
            if mark.paused:
                if drill_s == mark.drill_s:
                    return mark.rx_time
                continue
            if after is None or drill_s <= after.drill_s:
                return mark.rx_time + timedelta(seconds=(drill_s - mark.drill_s) / mark.speed)
        return self.marks[-1].rx_time  # beyond a clock that ended paused

    def paused_wall_s(self) -> float:
        """Wall seconds spent paused between the first and the last mark."""
        total = 0.0
        for a, b in zip(self.marks, self.marks[1:], strict=False):
            if a.paused:
                total += (b.rx_time - a.rx_time).total_seconds()
        return total


def _speed(value: Any) -> float:
    try:
        speed = float(value)
    except (TypeError, ValueError):
        return 1.0
    return speed if speed > 0 else 1.0
