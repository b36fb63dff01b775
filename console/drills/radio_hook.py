"""The drill's radio, as the headless and the GUI drill start it.

Contract: ``open_drill_radio(site, scenario, speed) -> DrillRadio`` starts
``console.drills.radio_crews.drill_radio`` on the drill copy of the site
with the scenario's ``[crews] never_acknowledge`` units silent, its link and
crew limits (the site's ``[reach]`` limits, default 30 s and 60 s) read as
drill seconds: divided by the drill's starting ``speed``, never below
``MIN_WALL_LIMIT_S`` (two wall seconds: a busy PC's scheduling must not pass
for a silent crew), so a drill at 60x still raises its NOT ACKNOWLEDGED alarm
within the drill. A later speed change does not rescale them. The caller starts the reach service
on it (``radio.start_reach(site, dispatch, catalogue)``), feeds it the
committed batches and ``await radio.close()`` at the end.

``SilentCrews(crews, silent)`` stands between the committed batches and the
``CrewSimulator``: a unit that never acknowledges never got the job, so its
crew does not turn out on ``dispatched`` (the event is held back) until a
dispatcher reaches it by voice (``reach.voice`` for one of its notices of
that incident): then the held dispatch is handed on and the crew drives and
reports as any other. Everything else passes through unchanged, in order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from console.drills.radio_crews import DrillRadio, drill_radio
from models.dispatch import events as ev
from models.dispatch.status import UnitStatus

MIN_WALL_LIMIT_S = 2.0


def open_drill_radio(site: Any, scenario: Any, speed: float) -> DrillRadio:
    radio = drill_radio(site, scenario.crews.never_acknowledge)
    config = radio.config
    scale = max(float(speed), 1e-9)
    radio.config = dataclasses.replace(
        config,
        link_limit_s=max(MIN_WALL_LIMIT_S, config.link_limit_s / scale),
        crew_limit_s=max(MIN_WALL_LIMIT_S, config.crew_limit_s / scale),
    )
    return radio


class SilentCrews:
    def __init__(self, crews: Any, silent: Iterable[str]) -> None:
        self.crews = crews
        self.silent = set(silent)
        self.held: dict[tuple[str, str], Any] = {}  # (unit, incident) -> its dispatch
        self._notices: dict[str, tuple[str, str]] = {}  # notice id -> (unit, incident)

    def on_committed(self, events: Sequence[Any]) -> None:
        if not self.silent:
            self.crews.on_committed(events)
            return
        passed: list[Any] = []
        for event in events:
            p = event.payload or {}
            unit = p.get("unit")
            if event.kind == ev.REACH_QUEUED and unit in self.silent:
                self._notices[str(p.get("notice_id"))] = (str(unit), str(p.get("incident_id")))
            elif event.kind == ev.REACH_VOICE:
                key = self._notices.get(str(p.get("notice_id")))
                held = self.held.pop(key, None) if key is not None else None
                if held is not None:
                    passed.append(held)
            elif (
                event.kind == ev.UNIT_STATUS
                and unit in self.silent
                and p.get("status") == UnitStatus.DISPATCHED.value
                and p.get("incident_id")
            ):
                self.held[(str(unit), str(p["incident_id"]))] = event
                continue
            elif event.kind == ev.UNIT_STATUS and unit in self.silent:
                # Stood down or re-tasked: a held dispatch is void.
                for key in [k for k in self.held if k[0] == unit]:
                    del self.held[key]
            passed.append(event)
        if passed:
            self.crews.on_committed(passed)
