"""Which sound for what: a call ringing (and ringing on), a new high-priority incident, a
unit becoming overdue, a new alert; once each; drill cues in a drill, never real ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from widgets.sound.cues import SoundCues
from widgets.sound.player import SoundPlayer
from widgets.sound.settings import SoundSettings
from widgets.views import CallView, IncidentView, UnitView

T = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _call(call_id: str, state: str = "ringing") -> CallView:
    return CallView(call_id, "+358401234567", state, "ali", "WRLS", T, None, None)


def _incident(incident_id: str, priority: int = 1, status: str = "open") -> IncidentView:
    return IncidentView(
        incident_id, "structure-fire", "Structure fire", "fire", priority, 60.17, 24.94, None, T,
        status,
    )  # fmt: skip


def _unit(call_sign: str, overdue: str | None = None) -> UnitView:
    return UnitView(
        call_sign, "engine", "fire", "S1", "en_route", None, None, None, overdue=overdue
    )


@pytest.fixture
def player(qtbot, tmp_path: Path) -> SoundPlayer:
    settings = SoundSettings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    settings.set_muted(True)  # decided, not heard: the player's own tests play them
    return SoundPlayer(settings=settings)


@pytest.fixture
def heard(player: SoundPlayer) -> tuple[SoundCues, list[tuple[str, str]]]:
    cues = SoundCues(player=player, ring_repeat_s=0.05)
    got: list[tuple[str, str]] = []
    cues.sigCue.connect(lambda cue, subject: got.append((cue, subject)))
    return cues, got


def test_a_new_ringing_call_rings_once_then_on_until_answered(qtbot, heard) -> None:
    cues, got = heard
    cues.calls_shown([_call("C1")])
    assert got == [("call", "C1")]
    cues.calls_shown([_call("C1")])  # the same call shown again is no new ring
    assert got == [("call", "C1")]
    assert cues.ring_timer().isActive()
    qtbot.waitUntil(lambda: len(got) >= 3, timeout=2000)  # ringing on while unanswered
    assert {cue for cue, _ in got} == {"call"}
    cues.calls_shown([_call("C1", "answered")])
    assert not cues.ring_timer().isActive()
    count = len(got)
    cues.calls_shown([_call("C1", "answered"), _call("C2")])
    assert got[count:] == [("call", "C2")]


def test_high_priority_incidents_sound_once_and_not_at_start(heard) -> None:
    cues, got = heard
    cues.incidents_shown([_incident("I1")])  # open when the console started: primes only
    assert got == []
    cues.incidents_shown([_incident("I1"), _incident("I2", priority=3), _incident("I3")])
    assert got == [("priority", "I3")]
    cues.incidents_shown([_incident("I1"), _incident("I3")])
    cues.incidents_shown([_incident("I4", status="closed")])
    assert got == [("priority", "I3")]


def test_a_unit_becoming_overdue_sounds_once_per_spell(heard) -> None:
    cues, got = heard
    cues.units_shown([_unit("HE11", "en route 12 min (limit 10 min)"), _unit("HE12")])
    assert got == []  # overdue at start: not news
    cues.units_changed([_unit("HE12", "on scene 70 min (limit 60 min)")])
    assert got == [("overdue", "HE12")]
    cues.units_changed([_unit("HE12", "on scene 71 min (limit 60 min)")])
    assert len(got) == 1
    cues.units_shown([_unit("HE11"), _unit("HE12")])  # both back in time
    cues.units_shown([_unit("HE11", "late"), _unit("HE12")])
    assert got[-1] == ("overdue", "HE11") and len(got) == 2


def test_alerts_sound_the_alarm_once_and_exercises_the_drill_alarm(heard) -> None:
    cues, got = heard
    assert cues.alert_raised("A1", exercise=False) is False  # muted: decided, not heard
    cues.alert_raised("A1", exercise=False)
    cues.alert_raised("A2", exercise=True)
    assert got == [("alarm", "A1"), ("drill-alarm", "A2")]


def test_in_a_drill_no_cue_is_a_real_one(heard) -> None:
    cues, got = heard
    cues.set_exercise(True)
    assert cues.is_exercise()
    cues.calls_shown([_call("C1")])
    cues.incidents_shown([])
    cues.incidents_shown([_incident("I1")])
    cues.units_changed([_unit("HE11", "late")])
    cues.alert_raised("A1", exercise=False)
    assert [cue for cue, _ in got] == [
        "drill-call",
        "drill-priority",
        "drill-overdue",
        "drill-alarm",
    ]


def test_a_drill_process_needs_no_wiring_for_drill_cues(heard, qapp) -> None:
    """The drill theme (``mark_drill``) is enough: cues and alert cues turn drill."""
    from widgets.alert_cue import EXERCISE_ALARM, AlertCue
    from widgets.themes import apply_theme, current_theme
    from widgets.views import AlertView

    cues, got = heard
    before, palette = current_theme(qapp), qapp.palette()
    apply_theme(qapp, before or "day", drill=True)
    try:
        cues.calls_shown([_call("C9")])
        assert got == [("drill-call", "C9")]
        alert = AlertView("Z1", "zone-alarm", "new", False, "severe", "Fence", T, None, None)
        decision = AlertCue(player=lambda _kind: None).decide(alert)
        assert decision.sound == EXERCISE_ALARM and decision.exercise
    finally:
        qapp.setPalette(palette)
        qapp.setProperty("theme", before)
        qapp.setProperty("drill", None)
