"""Alert cue decisions: real vs exercise (the drill alarm, never the real one), muted, once
per alert, and the flash; no audio hardware needed (the player is injected)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDockWidget

from widgets.alert_cue import ALARM, CHIME, EXERCISE_ALARM, AlertCue
from widgets.views import AlertView


def _alert(alert_id: str = "A1", **fields: object) -> AlertView:
    values: dict[str, object] = {
        "alert_id": alert_id,
        "origin": "zone-alarm",
        "state": "new",
        "exercise": False,
        "severity": "severe",
        "title": "Fence alarm",
        "raised": datetime(2024, 5, 1, tzinfo=UTC),
        "lat": None,
        "lon": None,
    }
    values.update(fields)
    return AlertView(**values)  # type: ignore[arg-type]


@pytest.fixture
def played() -> list[str]:
    return []


@pytest.fixture
def cue(qtbot, played: list[str]) -> AlertCue:
    return AlertCue(player=played.append, flash_cycles=2, flash_interval_ms=10)


def test_real_new_alert_sounds_the_alarm_and_flashes(qtbot, cue, played) -> None:
    with qtbot.waitSignal(cue.sigCue) as blocker:
        decision = cue.cue(_alert())
    assert decision.sound == ALARM and decision.flash and not decision.exercise
    assert played == [ALARM]
    assert blocker.args == ["A1", ALARM]
    assert cue.flashing()


def test_exercise_gets_the_drill_alarm_never_the_real_one(cue, played) -> None:
    decision = cue.cue(_alert(exercise=True))
    assert decision.sound == EXERCISE_ALARM == CHIME != ALARM
    assert EXERCISE_ALARM.startswith("drill-")
    assert decision.exercise and decision.flash
    assert played == [EXERCISE_ALARM]


def test_a_sound_player_brings_the_positions_mute(qtbot, tmp_path) -> None:
    """Given the position's SoundPlayer, its mute (settings dialog, Ctrl+Alt+M) silences
    alerts too; the flash stays."""
    from PySide6.QtCore import QSettings

    from widgets.sound.player import SoundPlayer
    from widgets.sound.settings import SoundSettings

    settings = SoundSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    player = SoundPlayer(settings=settings)
    cue = AlertCue(player=player, flash_cycles=1, flash_interval_ms=10)
    player.set_muted(True)
    decision = cue.cue(_alert("M1"))
    assert decision.sound is None and decision.flash and cue.is_muted()
    player.set_muted(False)
    assert not cue.is_muted()
    assert cue.decide(_alert("M2")).sound == ALARM


def test_muted_is_silent_but_still_flashes(qtbot, cue, played) -> None:
    cue.set_muted(True)
    assert cue.is_muted()
    with qtbot.waitSignal(cue.sigCue) as blocker:
        decision = cue.cue(_alert())
    assert decision.sound is None and decision.flash
    assert played == []
    assert blocker.args == ["A1", ""]
    cue.set_muted(False)
    cue.cue(_alert("A2"))
    assert played == [ALARM]


def test_only_new_alerts_and_only_once(cue, played) -> None:
    assert not cue.cue(_alert(state="acknowledged")).cue
    assert cue.cue(_alert()).cue
    assert not cue.cue(_alert()).cue  # a repeat of the same alert
    assert cue.was_cued("A1")
    assert played == [ALARM]


def test_flash_toggles_and_ends_off(qtbot, cue) -> None:
    dock = QDockWidget()
    qtbot.addWidget(dock)
    dock.setWindowTitle("Alerts")
    cue.flash_title_of(dock)
    states: list[tuple[bool, bool]] = []
    cue.sigFlash.connect(lambda on, exercise: states.append((on, exercise)))
    cue.cue(_alert(exercise=True))
    assert dock.windowTitle().endswith("Alerts") and dock.windowTitle() != "Alerts"
    qtbot.waitUntil(lambda: not cue.flashing(), timeout=2000)
    assert [on for on, _ex in states] == [True, False, True, False, False]
    assert all(ex for _on, ex in states)
    assert dock.windowTitle() == "Alerts"


def test_a_failing_player_does_not_stop_the_flash(qtbot) -> None:
    def broken(_kind: str) -> None:
        raise OSError("no audio device")

    cue = AlertCue(player=broken, flash_cycles=1, flash_interval_ms=10)
    assert cue.cue(_alert()).flash
    assert cue.flashing()
