"""Trainer panel: state-driven buttons, clock text, remaining injections, emitted signals."""

from __future__ import annotations

from typing import Any

from widgets.trainer_panel import InjectionRow, TrainerPanelDock, TrainerStatus

ROWS = [
    InjectionRow(1, 0.0, "call", "ALI call +358401"),
    InjectionRow(2, 20.0, "rebid", "rebid +358401"),
    InjectionRow(3, 60.0, "cap", "CAP Gas leak"),
]


def _panel(qtbot: Any) -> TrainerPanelDock:
    panel = TrainerPanelDock()
    qtbot.addWidget(panel)
    panel.set_scenario("Structure fire", ROWS)
    return panel


def test_buttons_follow_the_state_and_emit(qtbot: Any) -> None:
    panel = _panel(qtbot)
    assert panel.start_button.isEnabled() and not panel.end_button.isEnabled()
    with qtbot.waitSignal(panel.sigStartRequested, timeout=1000):
        panel.start_button.click()
    panel.set_status(TrainerStatus("running", 25.0, 900.0, 2.0, 2))
    assert panel.clock_label.text() == "25 s / 900 s"
    assert panel.remaining_indexes() == [3]
    assert not panel.start_button.isEnabled()
    with qtbot.waitSignal(panel.sigPauseRequested, timeout=1000):
        panel.pause_button.click()
    panel.set_status(TrainerStatus("paused", 25.0, 900.0, 2.0, 2))
    assert panel.pause_button.text() == "Resume"
    with qtbot.waitSignal(panel.sigResumeRequested, timeout=1000):
        panel.pause_button.click()
    with qtbot.waitSignal(panel.sigEndRequested, timeout=1000):
        panel.end_button.click()
    panel.set_status(TrainerStatus("ended", 30.0, 900.0, 2.0, 2, reason="ended by trainer"))
    assert panel.remaining_indexes() == []
    assert not panel.end_button.isEnabled() and not panel.inject_button.isEnabled()
    assert "ended by trainer" in panel.state_label.text()


def test_inject_now_sends_the_selected_index_and_speed_is_emitted(qtbot: Any) -> None:
    panel = _panel(qtbot)
    panel.set_status(TrainerStatus("running", 5.0, 900.0, 1.0, 1))
    assert panel.remaining_indexes() == [2, 3]
    panel.injection_list.setCurrentRow(1)
    with qtbot.waitSignal(panel.sigInjectRequested, timeout=1000) as blocker:
        panel.inject_button.click()
    assert blocker.args == [3]
    position = panel.speed_box.findData(10.0)
    with qtbot.waitSignal(panel.sigSpeedChanged, timeout=1000) as blocker:
        panel.speed_box.activated.emit(position)
    assert blocker.args == [10.0]
    panel.set_speed(60.0)
    assert panel.speed_box.currentText() == "60×"
    panel.set_report("/tmp/r.html")
    assert "/tmp/r.html" in panel.report_label.text()
