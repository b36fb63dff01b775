"""The drill's radio as drills start it: limits in drill seconds, a silent crew held back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site
from console.drills.radio_hook import MIN_WALL_LIMIT_S, SilentCrews, open_drill_radio
from models.dispatch import events as ev
from models.drills.scenario import load_scenario
from models.store import StoredEvent


@pytest.mark.parametrize(
    ("speed", "limits"), [(1.0, (30.0, 60.0)), (2.0, (15.0, 30.0)), (60.0, (2.0, 2.0))]
)
def test_limits_are_drill_seconds_with_a_floor(speed: float, limits: tuple[float, float]) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    scenario = load_scenario("cardiac-arrest-unanswered")
    radio = open_drill_radio(site, scenario, speed)
    try:
        assert (radio.config.link_limit_s, radio.config.crew_limit_s) == limits
        assert min(limits) >= MIN_WALL_LIMIT_S
        issi = radio.crews.issi("HE121")
        assert issi is not None and issi in radio.crews.gateway.never_acknowledge
        assert radio.crews.issi("HE11") not in radio.crews.gateway.never_acknowledge
    finally:
        radio.stop()


class Crews:
    """What the crew simulator is handed (its ``on_committed``), in order."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def on_committed(self, events: list[Any]) -> None:
        self.seen.extend(events)


def _event(seq: int, kind: str, source: str = "operator:anna", **payload: Any) -> StoredEvent:
    return StoredEvent(
        seq=seq,
        rx_time=datetime(2026, 12, 6, 16, 0, seq, tzinfo=UTC),
        source=source,
        kind=kind,
        payload=payload,
        raw=None,
        error=None,
        hash="",
    )


def test_a_silent_crew_turns_out_only_when_reached_by_voice() -> None:
    crews = Crews()
    silent = SilentCrews(crews, ["HE121"])
    dispatched = _event(2, ev.UNIT_STATUS, unit="HE121", status="dispatched", incident_id="I1")
    other = _event(3, ev.UNIT_STATUS, unit="HE11", status="dispatched", incident_id="I1")
    queued = _event(4, ev.REACH_QUEUED, "reach:r", notice_id="I1/HE121/1", unit="HE121",
                    incident_id="I1")  # fmt: skip
    silent.on_committed([dispatched, other, queued])
    assert crews.seen == [other, queued]  # HE121's crew did not hear of it
    voice = _event(5, ev.REACH_VOICE, notice_id="I1/HE121/1")
    silent.on_committed([voice])
    assert crews.seen[-2:] == [dispatched, voice]  # reached by voice: it turns out now
    assert not silent.held


def test_a_silent_units_stand_down_voids_its_held_dispatch_and_others_pass() -> None:
    crews = Crews()
    silent = SilentCrews(crews, ["HE121"])
    dispatched = _event(2, ev.UNIT_STATUS, unit="HE121", status="dispatched", incident_id="I1")
    free = _event(3, ev.UNIT_STATUS, unit="HE121", status="available", incident_id=None)
    silent.on_committed([dispatched, free])
    assert crews.seen == [free] and not silent.held
    nobody = SilentCrews(crews, [])
    nobody.on_committed([dispatched])
    assert crews.seen[-1] is dispatched
