"""Call queue: ringing oldest first, then answered, then recently abandoned;
ticking timers on an injected clock; in-place updates keep the selection;
answer requests from the keyboard and the mouse."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from widgets.call_queue import (
    RINGING_FLASH,
    CallColumn,
    CallQueueDock,
    format_confidence,
    format_location,
    format_radius,
)
from widgets.views import CallView, LocationView

NOW = datetime(2026, 3, 1, 2, 0, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _location(**fields: object) -> LocationView:
    values: dict[str, object] = {
        "source": "ali",
        "lat": 60.17,
        "lon": 24.94,
        "radius_m": 35.0,
        "confidence": 90.0,
        "time": NOW,
    }
    values.update(fields)
    return LocationView(**values)  # type: ignore[arg-type]


def _call(number: int, state: str, offered_ago: float, **fields: object) -> CallView:
    values: dict[str, object] = {
        "call_id": f"C{number:06d}",
        "number": f"+35840000{number:04d}",
        "state": state,
        "via": "ali",
        "class_of_service": "RESD",
        "offered": NOW - timedelta(seconds=offered_ago),
        "answered": None,
        "location": _location(),
    }
    values.update(fields)
    return CallView(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def dock(qtbot, clock: FakeClock) -> CallQueueDock:
    widget = CallQueueDock(clock=clock)
    widget.tick_timer().stop()  # the tests tick by hand
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    return widget


def _cell(dock: CallQueueDock, row: int, column: CallColumn, role: int = 0) -> object:
    model = dock.model()
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def _mixed_calls() -> list[CallView]:
    return [
        _call(1, "answered", 300, answered=NOW - timedelta(seconds=200)),
        _call(2, "ringing", 12),
        _call(3, "ringing", 42),
        _call(4, "answered", 100, answered=NOW - timedelta(seconds=90)),
        _call(5, "released", 500, answered=NOW - timedelta(seconds=480)),
        _call(6, "abandoned", 60),
    ]


def test_order_is_ringing_oldest_first_then_answered_then_abandoned(dock) -> None:
    dock.set_calls(_mixed_calls())
    assert dock.model().call_ids() == ["C000003", "C000002", "C000001", "C000004", "C000006"]
    assert dock.oldest_ringing() == "C000003"


def test_columns_show_state_number_class_source_timer_location(dock) -> None:
    aml = _location(source="aml", address=None, radius_m=12.0)
    dock.set_calls([_call(7, "ringing", 42, location=aml, class_of_service="WPH2")])
    assert _cell(dock, 0, CallColumn.STATE) == "Ringing"
    assert _cell(dock, 0, CallColumn.NUMBER) == "+358400000007"
    assert _cell(dock, 0, CallColumn.CLASS) == "WPH2"
    assert _cell(dock, 0, CallColumn.SOURCE) == "AML"
    assert _cell(dock, 0, CallColumn.TIMER) == "0:42"
    assert _cell(dock, 0, CallColumn.LOCATION) == "60.17000, 24.94000 ± 12 m"


def test_location_summary_prefers_the_address_and_pidf_is_labelled(dock) -> None:
    pidf = _location(source="pidf", address="Mannerheimintie 1, Helsinki")
    dock.set_calls([_call(8, "ringing", 5, location=pidf, via="pidf")])
    assert _cell(dock, 0, CallColumn.LOCATION) == "Mannerheimintie 1, Helsinki"
    assert _cell(dock, 0, CallColumn.SOURCE) == "PIDF-LO"


def test_without_location_the_source_is_the_link_it_came_by(dock) -> None:
    dock.set_calls([_call(9, "ringing", 5, location=None, via="aml")])
    assert _cell(dock, 0, CallColumn.SOURCE) == "AML"
    assert _cell(dock, 0, CallColumn.LOCATION) == "No location yet"


def test_ring_and_talk_timers_tick_with_the_clock(dock, clock) -> None:
    dock.set_calls(
        [
            _call(2, "ringing", 42),
            _call(1, "answered", 300, answered=NOW - timedelta(seconds=65)),
        ]
    )
    assert _cell(dock, 0, CallColumn.TIMER) == "0:42"
    assert _cell(dock, 1, CallColumn.TIMER) == "1:05"
    clock.advance(20)
    assert _cell(dock, 0, CallColumn.TIMER) == "0:42"  # no repaint until the tick
    with_tick = dock.model()
    with_tick.tick()
    assert _cell(dock, 0, CallColumn.TIMER) == "1:02"
    assert _cell(dock, 1, CallColumn.TIMER) == "1:25"


def test_the_dock_timer_ticks_once_a_second(qtbot, clock) -> None:
    widget = CallQueueDock(clock=clock)
    qtbot.addWidget(widget)
    assert widget.tick_timer().interval() == 1000
    widget.set_calls([_call(2, "ringing", 42)])
    clock.advance(3)
    qtbot.waitUntil(lambda: _cell(widget, 0, CallColumn.TIMER) == "0:45", timeout=3000)


def test_ringing_rows_are_bold_and_flash(dock) -> None:
    dock.set_calls([_call(2, "ringing", 4), _call(1, "answered", 30, answered=NOW)])
    font = _cell(dock, 0, CallColumn.NUMBER, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert _cell(dock, 1, CallColumn.NUMBER, Qt.ItemDataRole.FontRole) is None
    first = _cell(dock, 0, CallColumn.STATE, Qt.ItemDataRole.BackgroundRole)
    dock.model().tick()
    second = _cell(dock, 0, CallColumn.STATE, Qt.ItemDataRole.BackgroundRole)
    # Lit on one tick, dark on the next.
    assert (first is None) != (second is None)
    assert RINGING_FLASH in (first, second)
    assert _cell(dock, 1, CallColumn.STATE, Qt.ItemDataRole.BackgroundRole) is None


def test_abandoned_calls_are_dimmed_and_expire_after_a_few_minutes(dock, clock) -> None:
    dock.set_calls([_call(2, "ringing", 4)])
    dock.update_call(_call(6, "abandoned", 30))
    assert dock.model().call_ids() == ["C000002", "C000006"]
    assert _cell(dock, 1, CallColumn.NUMBER, Qt.ItemDataRole.ForegroundRole) is not None
    clock.advance(170)
    dock.model().tick()
    assert _cell(dock, 1, CallColumn.TIMER) == "2:50"
    clock.advance(15)
    dock.model().tick()
    assert dock.model().call_ids() == ["C000002"]
    # A later update of the expired call does not bring it back.
    dock.update_call(replace(_call(6, "abandoned", 30), number="+358400009999"))
    assert dock.model().call_ids() == ["C000002"]


def test_most_recently_abandoned_comes_first_among_abandoned(dock, clock) -> None:
    dock.update_call(_call(6, "abandoned", 30))
    clock.advance(10)
    dock.update_call(_call(7, "abandoned", 400))
    assert dock.model().call_ids() == ["C000007", "C000006"]


def test_update_in_place_keeps_selection_without_emitting(qtbot, dock) -> None:
    dock.set_calls(_mixed_calls())
    dock.select_call("C000002")
    assert dock.selected_call() == "C000002"
    with qtbot.assertNotEmitted(dock.sigCallSelected):
        # The selected call is answered: it moves below the other ringing call...
        dock.update_call(_call(2, "answered", 12, answered=NOW))
        # ...and a new ringing call arrives above it.
        dock.update_call(_call(10, "ringing", 100))
        dock.set_calls(dock.model().calls())
    rows = dock.view().selectionModel().selectedRows()
    assert [dock.model().call_at(r.row()).call_id for r in rows] == ["C000002"]
    assert dock.model().call_ids()[:2] == ["C000010", "C000003"]


def test_released_call_leaves_and_clears_selection_quietly(qtbot, dock) -> None:
    dock.set_calls(_mixed_calls())
    dock.select_call("C000004")
    with qtbot.assertNotEmitted(dock.sigCallSelected):
        dock.update_call(_call(4, "released", 100, answered=NOW))
    assert "C000004" not in dock.model().call_ids()
    assert dock.view().selectionModel().selectedRows() == []


def test_user_selection_emits_call_id_and_empty_on_clear(qtbot, dock) -> None:
    dock.set_calls(_mixed_calls())
    with qtbot.waitSignal(dock.sigCallSelected) as blocker:
        dock.view().selectRow(1)
    assert blocker.args == ["C000002"]
    with qtbot.waitSignal(dock.sigCallSelected) as blocker:
        dock.view().clearSelection()
    assert blocker.args == [""]


def test_enter_on_a_ringing_call_requests_answer(qtbot, dock) -> None:
    dock.set_calls(_mixed_calls())
    dock.view().setFocus()
    dock.view().selectRow(0)
    with qtbot.waitSignal(dock.sigAnswerRequested) as blocker:
        qtbot.keyClick(dock.view(), Qt.Key.Key_Return)
    assert blocker.args == ["C000003"]
    dock.view().selectRow(2)  # answered: nothing to answer
    with qtbot.assertNotEmitted(dock.sigAnswerRequested):
        qtbot.keyClick(dock.view(), Qt.Key.Key_Enter)


def test_double_click_on_a_ringing_call_requests_answer(qtbot, dock) -> None:
    dock.set_calls(_mixed_calls())
    view = dock.view()
    rect = view.visualRect(dock.model().index(1, CallColumn.NUMBER))
    # A press first: Qt's item views only take a double-click on the pressed index.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dock.sigAnswerRequested) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["C000002"]


def test_incident_column_shows_attached_or_possible_duplicate(dock) -> None:
    dock.set_calls(
        [
            _call(1, "answered", 50, answered=NOW, incident_id="2026-000001"),
            _call(2, "answered", 40, answered=NOW, duplicate_of=("2026-000123",)),
        ]
    )
    assert _cell(dock, 0, CallColumn.INCIDENT) == "2026-000001"
    assert _cell(dock, 1, CallColumn.INCIDENT) == "≈ 2026-000123"


def test_rows_are_dense_and_fixed_height(dock) -> None:
    header = dock.view().verticalHeader()
    assert header.defaultSectionSize() == dock.view().fontMetrics().height() + 6


def test_location_formatting_helpers() -> None:
    assert format_radius(35.4) == "± 35 m"
    assert format_radius(1500) == "± 1.5 km"
    assert format_radius(None) == ""
    assert format_confidence(90) == "90%"
    assert format_confidence(0.68) == "68%"
    assert format_location(replace(_location(), lat=None, lon=None)) == "No position"
