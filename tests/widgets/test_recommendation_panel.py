"""RecommendationPanelDock: slots and candidates, keyboard dispatch, overrides, shortfall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from widgets.recommendation_panel import RecommendationPanelDock
from widgets.views import CandidateView, RecommendationView


def _candidate(
    call_sign: str, unit_type: str, recommended: bool, **fields: object
) -> CandidateView:
    values: dict[str, object] = {
        "call_sign": call_sign,
        "unit_type": unit_type,
        "eta_s": 252.0,
        "route_m": 3450.0,
        "fix_age_s": 8.0,
        "reason": f"{call_sign}: nearest available {unit_type}",
        "recommended": recommended,
    }
    values.update(fields)
    return CandidateView(**values)  # type: ignore[arg-type]


VIEW = RecommendationView(
    incident_id="2026-000123",
    slots=(
        (
            "engine",
            2,
            (
                _candidate("E11", "engine", True, eta_s=185.0),
                _candidate("E12", "engine", True, eta_s=252.0, fix_age_s=None),
                _candidate("E14", "engine", False, eta_s=600.0, reason="farther than E11, E12"),
            ),
        ),
        (
            "ladder",
            1,
            (_candidate("E15", "engine", True, eta_s=420.0, route_m=None),),
        ),
    ),
    shortfall=("no ladder available; substituted engine E15",),
)


@pytest.fixture
def panel(qtbot) -> RecommendationPanelDock:
    dock = RecommendationPanelDock()
    qtbot.addWidget(dock)
    dock.resize(700, 400)
    dock.show()
    qtbot.waitExposed(dock)
    dock.show_recommendation(VIEW)
    return dock


def test_rows_show_slots_and_candidates(panel: RecommendationPanelDock) -> None:
    tree = panel.tree()
    assert tree.topLevelItemCount() == 2
    engine = tree.topLevelItem(0)
    assert engine.text(0) == "Engine ×2"
    assert engine.childCount() == 3
    assert [engine.child(i).text(0) for i in range(3)] == ["E11", "E12", "E14"]
    e11 = panel.candidate_item("E11")
    assert e11 is not None
    assert e11.text(2) == "3:05"
    assert e11.text(3) == "3.5 km"
    assert e11.text(4) == "8 s ago"
    assert e11.text(5) == "E11: nearest available engine"
    assert e11.toolTip(1) == "E11: nearest available engine"
    e12 = panel.candidate_item("E12")
    assert e12 is not None and e12.text(4) == "from station" and e12.text(2) == "4:12"
    e15 = panel.candidate_item("E15")
    assert e15 is not None and e15.text(3) == "—"
    assert tree.topLevelItem(1).text(0) == "Ladder ×1"
    # Recommended ones are pre-checked.
    assert panel.checked_call_signs() == ["E11", "E12", "E15"]
    assert panel.candidate_item("E14").checkState(0) == Qt.CheckState.Unchecked
    assert engine.text(5) == "2 of 2 picked"


def test_enter_dispatches_the_recommended_units(qtbot, panel) -> None:
    panel.tree().setFocus()
    qtbot.waitUntil(panel.tree().hasFocus)
    with qtbot.waitSignal(panel.sigDispatch) as blocker:
        qtbot.keyClick(panel.tree(), Qt.Key.Key_Return)
    assert blocker.args == ["2026-000123", ["E11", "E12", "E15"], True]


def test_override_with_keyboard_sets_recommended_false(qtbot, panel) -> None:
    tree = panel.tree()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    assert tree.currentItem() is panel.candidate_item("E11")
    # Down twice to E14, Space checks it; up to E12, Space unchecks it.
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is panel.candidate_item("E14")
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert panel.checked_call_signs() == ["E11", "E14", "E15"]
    assert panel.is_overridden()
    assert "changed" in panel._selection_label.text()
    with qtbot.waitSignal(panel.sigDispatch) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Enter)
    assert blocker.args == ["2026-000123", ["E11", "E14", "E15"], False]


def test_undoing_an_override_counts_as_recommended(qtbot, panel) -> None:
    item = panel.candidate_item("E12")
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert panel.tree().topLevelItem(0).text(5) == "1 of 2 picked"
    assert panel.is_overridden()
    item.setCheckState(0, Qt.CheckState.Checked)
    with qtbot.waitSignal(panel.sigDispatch) as blocker:
        panel.dispatch_button().click()
    assert blocker.args == ["2026-000123", ["E11", "E12", "E15"], True]


def test_nothing_checked_dispatches_nothing(qtbot, panel) -> None:
    for call_sign in ("E11", "E12", "E15"):
        panel.candidate_item(call_sign).setCheckState(0, Qt.CheckState.Unchecked)
    assert not panel.dispatch_button().isEnabled()
    with qtbot.assertNotEmitted(panel.sigDispatch):
        qtbot.keyClick(panel.tree(), Qt.Key.Key_Return)


def test_shortfall_is_prominent(qtbot, panel) -> None:
    label = panel.shortfall_label()
    assert label.isVisible()
    assert "no ladder available; substituted engine E15" in label.text()
    assert label.font().bold()
    # Amber: painted in the amber text colour, on an amber fill.
    image = label.grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert "#ffe8b0" in colours  # the fill
    amber = panel.shortfall_colour()
    assert 30 <= amber.hue() <= 50
    panel.show_recommendation(RecommendationView("2026-000124", VIEW.slots[:1]))
    assert not label.isVisible()


def test_none_clears_the_panel(qtbot, panel) -> None:
    panel.show_recommendation(None)
    assert panel.tree().topLevelItemCount() == 0
    assert not panel.dispatch_button().isEnabled()
    assert not panel.shortfall_label().isVisible()
    with qtbot.assertNotEmitted(panel.sigDispatch):
        assert panel.dispatch() is False


def test_hover_and_cursor_report_the_candidate(qtbot, panel) -> None:
    tree = panel.tree()
    tree.setFocus()
    with qtbot.waitSignal(panel.sigCandidateHovered) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert blocker.args == ["E12"]
    item = panel.candidate_item("E14")
    with qtbot.waitSignal(panel.sigCandidateHovered) as blocker:
        tree.itemEntered.emit(item, 0)
    assert blocker.args == ["E14"]
    with qtbot.waitSignal(panel.sigCandidateHovered) as blocker:
        panel.show_recommendation(None)
    assert blocker.args == [""]


def test_following_another_incident_drops_the_old_recommendation(qtbot, panel) -> None:
    panel.follow_incident("2026-000123")
    assert panel.recommendation() is VIEW  # its own incident's: kept
    assert panel.dispatch_button().isEnabled()
    emitted: list[object] = []
    panel.sigDispatch.connect(lambda *args: emitted.append(args))
    assert panel.follow_incident("2026-000124") is False
    assert panel.recommendation() is None
    assert not panel.dispatch_button().isEnabled()
    assert panel.tree().topLevelItemCount() == 0
    assert "2026-000124" in panel._title.text()
    assert "R 2026-000124" in panel._selection_label.text()
    # Enter on the panel sends nothing: the old incident's units are not dispatched.
    panel.tree().setFocus()
    qtbot.keyClick(panel.tree(), Qt.Key.Key_Return)
    qtbot.mouseClick(panel.dispatch_button(), Qt.MouseButton.LeftButton)
    assert emitted == []


def test_a_late_recommendation_for_an_incident_left_is_not_shown(qtbot, panel) -> None:
    panel.follow_incident("2026-000200")
    assert panel.show_recommendation(VIEW) is False  # computed for 2026-000123, now left
    assert panel.recommendation() is None and not panel.dispatch_button().isEnabled()
    panel.follow_incident("2026-000123")
    assert panel.show_recommendation(VIEW) is True
    assert panel.recommendation() is VIEW and panel.dispatch_button().isEnabled()
    with qtbot.waitSignal(panel.sigDispatch) as blocker:
        qtbot.mouseClick(panel.dispatch_button(), Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "2026-000123"


def test_no_selection_clears_and_says_how_to_get_one(panel) -> None:
    panel.follow_incident(None)
    assert panel.recommendation() is None and panel.followed_incident() is None
    assert panel._title.text() == "No recommendation"
    assert "R recommends" in panel._selection_label.text()
