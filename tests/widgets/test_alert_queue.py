"""Alert queue: order, exercise marking, flashing, ticking ages, selection
and the acknowledge keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from widgets.alert_queue import (
    AlertColumn,
    AlertQueueDock,
    exercise_color,
    severity_color,
)
from widgets.views import AlertView

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


class _Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _alert(alert_id: str, age_s: float = 60, **fields: object) -> AlertView:
    values: dict[str, object] = {
        "alert_id": alert_id,
        "origin": "zone-entry",
        "state": "new",
        "exercise": False,
        "severity": "moderate",
        "title": f"Intrusion {alert_id}",
        "raised": T0 - timedelta(seconds=age_s),
        "lat": 43.73,
        "lon": 7.42,
        "sensor": "radar1",
        "zone": "Quay",
    }
    values.update(fields)
    return AlertView(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def dock(qtbot, clock: _Clock) -> AlertQueueDock:
    widget = AlertQueueDock(clock=clock, handled_keep_s=120)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    return widget


def _text(dock: AlertQueueDock, row: int, column: AlertColumn) -> str:
    model = dock.model()
    return model.data(model.index(row, column))


def test_order_new_first_real_before_exercise_then_severity_then_age(dock) -> None:
    dock.set_alerts(
        [
            _alert("A1", state="acknowledged", severity="extreme"),
            _alert("A2", severity="minor", age_s=500),
            _alert("A3", severity="severe", age_s=10),
            _alert("A4", severity="severe", age_s=90),
            _alert("A5", severity="extreme", exercise=True),
            _alert("A6", state="dismissed"),
        ]
    )
    assert dock.model().alert_ids() == ["A4", "A3", "A2", "A5", "A1", "A6"]
    assert dock.model().new_count() == 4
    assert dock.model().new_count(exercise=False) == 3


def test_columns_and_exercise_marking(dock) -> None:
    dock.set_alerts([_alert("A1", exercise=True, incident_id="I0042"), _alert("A2")])
    model = dock.model()
    row = model.row_of("A1")
    assert _text(dock, row, AlertColumn.SEVERITY) == "EXERCISE · Moderate"
    assert _text(dock, row, AlertColumn.ORIGIN) == "Zone entry"
    assert _text(dock, row, AlertColumn.WHERE) == "Quay · radar1"
    assert _text(dock, row, AlertColumn.AGE) == "1:00"
    assert _text(dock, row, AlertColumn.INCIDENT) == "I0042"
    background = model.data(model.index(row, AlertColumn.SEVERITY), Qt.ItemDataRole.BackgroundRole)
    assert background == exercise_color()
    flash = model.data(model.index(row, AlertColumn.STATE), Qt.ItemDataRole.BackgroundRole)
    assert flash == exercise_color()
    for severity in ("extreme", "severe", "moderate", "minor"):
        assert flash != severity_color(severity)
    real_row = model.row_of("A2")
    real = model.data(model.index(real_row, AlertColumn.SEVERITY), Qt.ItemDataRole.BackgroundRole)
    assert real == severity_color("moderate")
    font = model.data(model.index(real_row, AlertColumn.TITLE), Qt.ItemDataRole.FontRole)
    assert font.bold()


def test_tick_flashes_new_rows_and_ages(dock, clock) -> None:
    dock.set_alerts([_alert("A1"), _alert("A2", state="acknowledged")])
    model = dock.model()
    state = model.index(0, AlertColumn.STATE)
    assert model.data(state, Qt.ItemDataRole.BackgroundRole) == severity_color("moderate")
    clock.now = T0 + timedelta(seconds=5)
    model.tick()
    assert model.data(state, Qt.ItemDataRole.BackgroundRole) is None
    assert _text(dock, 0, AlertColumn.AGE) == "1:05"
    model.tick()
    assert model.data(state, Qt.ItemDataRole.BackgroundRole) is not None
    acked = model.index(1, AlertColumn.STATE)
    assert model.data(acked, Qt.ItemDataRole.BackgroundRole) is None
    assert not model.data(model.index(1, AlertColumn.TITLE), Qt.ItemDataRole.FontRole)


def test_acknowledge_moves_row_and_selection_follows(qtbot, dock) -> None:
    dock.set_alerts([_alert("A1", age_s=100), _alert("A2", age_s=50)])
    dock.select_alert("A1")
    with qtbot.assertNotEmitted(dock.sigAlertSelected):
        dock.update_alert(_alert("A1", age_s=100, state="acknowledged"))
    assert dock.model().alert_ids() == ["A2", "A1"]
    assert dock.selected_alert() == "A1"
    rows = dock.view().selectionModel().selectedRows()
    assert [r.row() for r in rows] == [1]


def test_handled_alerts_stay_dimmed_then_expire(dock, clock) -> None:
    dock.set_alerts([_alert("A1")])
    dock.update_alert(_alert("A1", state="promoted", incident_id="I1"))
    model = dock.model()
    assert model.alert_ids() == ["A1"]
    colour = model.data(model.index(0, AlertColumn.TITLE), Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor("#8a8a8a")
    clock.now = T0 + timedelta(seconds=121)
    model.tick()
    assert model.alert_ids() == []


def test_user_selection_emits_and_keys_request_acknowledge(qtbot, dock) -> None:
    dock.set_alerts([_alert("A1"), _alert("A2", state="acknowledged", age_s=10)])
    view = dock.view()
    with qtbot.waitSignal(dock.sigAlertSelected) as selected:
        view.selectRow(0)
    assert selected.args == ["A1"]
    view.setFocus()
    with qtbot.waitSignal(dock.sigAcknowledgeRequested) as ack:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ack.args == ["A1"]
    with qtbot.waitSignal(dock.sigAcknowledgeRequested) as ack:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ack.args == ["A1"]
    view.selectRow(1)
    with qtbot.assertNotEmitted(dock.sigAcknowledgeRequested):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    with qtbot.waitSignal(dock.sigAlertSelected) as cleared:
        view.clearSelection()
    assert cleared.args == [""]


def test_dock_ticks_once_a_second(dock) -> None:
    assert dock.tick_timer().isActive()
    assert dock.tick_timer().interval() == 1000
