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


def test_the_score_shows_when_the_drill_ends(qtbot: Any) -> None:
    from widgets.trainer_panel import ScoreSummary

    panel = _panel(qtbot)
    panel.show()
    assert panel.score_text() == "" and not panel.score_label.isVisible()
    panel.set_status(TrainerStatus("ended", 30.0, 900.0, 2.0, 3, reason="completed"))
    panel.set_score(
        ScoreSummary(
            score=82.4,
            passed=True,
            parts=(("Answering calls", 1.0), ("Alerts handled", None)),
            measures=(("Calls answered within 15 s: 9 of 10 (target 90 %)", True),
                      ("Alerts handled within 60 s: none to measure", None)),
        )
    )  # fmt: skip
    assert panel.score_label.isVisible() and panel.score_details.isVisible()
    text = panel.score_text()
    assert text.startswith("Score 82 / 100 — PASSED")
    assert "Answering calls: 100%" in text and "Alerts handled: —" in text
    assert "✓ Calls answered within 15 s: 9 of 10" in text
    assert "#1b7f3b" in panel.score_label.styleSheet()
    panel.set_score(ScoreSummary(score=41.0, passed=False))
    assert panel.score_text().startswith("Score 41 / 100 — NOT PASSED")
    assert "#b00020" in panel.score_label.styleSheet()
    assert not panel.score_details.isVisible()
