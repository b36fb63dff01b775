"""UnitBoardModel columns, in-place updates, fix ages, filter, grouping, shared selection,
status colours and timers, overdue marking, the status context menu."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from models.dispatch.status import ALLOWED, UnitStatus
from widgets.status_style import overdue_color, status_color
from widgets.symbols import discipline_color
from widgets.unit_board import OVERDUE_ROLE, STALE_ROLE, UnitBoardDock, UnitColumn
from widgets.views import StationView, UnitView

NOW = datetime(2024, 1, 15, 14, 0, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def _unit(call_sign: str, **fields: object) -> UnitView:
    values: dict[str, object] = {
        "call_sign": call_sign,
        "unit_type": "engine",
        "discipline": "fire",
        "station_id": "st1",
        "status": "available",
        "lat": 60.16985,
        "lon": 24.93838,
        "fix_time": NOW - timedelta(seconds=12),
    }
    values.update(fields)
    return UnitView(**values)  # type: ignore[arg-type]


UNITS = [
    _unit("E11"),
    _unit(
        "P21",
        unit_type="patrol car",
        discipline="police",
        station_id="st2",
        status="on scene",
        fix_time=NOW - timedelta(seconds=200),
    ),
    _unit(
        "M31",
        unit_type="ALS ambulance",
        discipline="medical",
        station_id="st3",
        status="available",
        lat=None,
        lon=None,
        fix_time=None,
    ),
    _unit("E12", status="en route", fix_time=NOW - timedelta(seconds=59)),
]
STATIONS = [
    StationView("st1", "Central Fire", "fire", 60.17, 24.94),
    StationView("st2", "North Police", "police", 60.2, 24.9),
    StationView("st3", "East EMS", "medical", 60.19, 25.03),
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def dock(qtbot, clock: FakeClock) -> UnitBoardDock:
    dock = UnitBoardDock(clock=clock)
    qtbot.addWidget(dock)
    dock.set_stations(STATIONS)
    dock.set_units(UNITS)
    dock.show()
    return dock


def _cell(
    dock: UnitBoardDock, call_sign: str, column: UnitColumn, role=Qt.ItemDataRole.DisplayRole
):
    model = dock.model()
    return model.index(model.row_of(call_sign), column).data(role)


def _visible(dock: UnitBoardDock) -> list[str]:
    proxy = dock.proxy()
    return [proxy.index(r, UnitColumn.CALL_SIGN).data() for r in range(proxy.rowCount())]


def _click_row(dock: UnitBoardDock, call_sign: str) -> None:
    proxy = dock.proxy()
    row = _visible(dock).index(call_sign)
    dock.view().selectionModel().setCurrentIndex(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_columns_hold_the_right_data(dock: UnitBoardDock) -> None:
    model = dock.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in UnitColumn]
    assert headers == [
        "Call sign",
        "Type",
        "Discipline",
        "Station",
        "Status",
        "In status",
        "Incident",
        "Last fix",
        "Position",
    ]
    assert _cell(dock, "P21", UnitColumn.CALL_SIGN) == "P21"
    assert _cell(dock, "P21", UnitColumn.TYPE) == "patrol car"
    assert _cell(dock, "P21", UnitColumn.DISCIPLINE) == "Police"
    assert _cell(dock, "P21", UnitColumn.STATION) == "North Police"
    assert _cell(dock, "P21", UnitColumn.STATUS) == "on scene"
    assert _cell(dock, "E11", UnitColumn.FIX_AGE) == "12 s"
    assert _cell(dock, "P21", UnitColumn.FIX_AGE) == "3 min"
    assert _cell(dock, "M31", UnitColumn.FIX_AGE) == "no fix"
    assert _cell(dock, "E11", UnitColumn.POSITION) == "60.16985, 24.93838"
    assert _cell(dock, "M31", UnitColumn.POSITION) == ""
    # The board shows each discipline's map symbol: sample the icon's centre.
    for call_sign, discipline in (("E11", "fire"), ("P21", "police"), ("M31", "medical")):
        icon = _cell(dock, call_sign, UnitColumn.DISCIPLINE, Qt.ItemDataRole.DecorationRole)
        image = icon.pixmap(14, 14).toImage()
        wanted = discipline_color(discipline).hue()
        pixels = [image.pixelColor(x, y) for x in range(14) for y in range(14)]
        tinted = [c for c in pixels if c.alpha() > 0 and c.saturation() > 60 and c.hue() >= 0]
        assert len(tinted) >= 10, f"{call_sign}: symbol has almost no colour"
        assert all(min(abs(c.hue() - wanted), 360 - abs(c.hue() - wanted)) < 20 for c in tinted)
    # Default sort: call sign ascending.
    assert _visible(dock) == ["E11", "E12", "M31", "P21"]


def test_stale_fixes_are_dimmed_and_marked(dock: UnitBoardDock, clock: FakeClock) -> None:
    assert _cell(dock, "P21", UnitColumn.CALL_SIGN, STALE_ROLE) is True
    assert _cell(dock, "E12", UnitColumn.CALL_SIGN, STALE_ROLE) is False
    assert _cell(dock, "M31", UnitColumn.CALL_SIGN, STALE_ROLE) is False
    assert _cell(dock, "P21", UnitColumn.STATUS, Qt.ItemDataRole.ForegroundRole) is not None
    assert _cell(dock, "P21", UnitColumn.STATUS, Qt.ItemDataRole.FontRole).italic()
    assert _cell(dock, "E11", UnitColumn.STATUS, Qt.ItemDataRole.ForegroundRole) is None
    assert "Stale" in _cell(dock, "P21", UnitColumn.FIX_AGE, Qt.ItemDataRole.ToolTipRole)
    assert _cell(dock, "P21", UnitColumn.FIX_AGE, Qt.ItemDataRole.DecorationRole) is not None
    # Two seconds on, E12 (59 s) crosses 60 s and its whole row is repainted.
    clock.now = NOW + timedelta(seconds=2)
    changed: list[tuple[int, int, int, int]] = []
    dock.model().dataChanged.connect(
        lambda tl, br, *_: changed.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    dock.model().refresh_ages()
    row = dock.model().row_of("E12")
    assert (row, 0, row, len(UnitColumn) - 1) in changed
    assert _cell(dock, "E12", UnitColumn.CALL_SIGN, STALE_ROLE) is True
    assert _cell(dock, "E12", UnitColumn.FIX_AGE) == "1 min"
    assert _cell(dock, "E11", UnitColumn.FIX_AGE) == "14 s"


def test_timer_refreshes_fix_age_about_once_a_second(qtbot, dock, clock) -> None:
    assert dock.age_timer().isActive()
    assert dock.age_timer().interval() == 1000
    clock.now = NOW + timedelta(seconds=30)
    qtbot.waitUntil(lambda: _cell(dock, "E11", UnitColumn.FIX_AGE) == "42 s", timeout=3000)


def test_update_in_place_keeps_selection_and_does_not_reset(qtbot, dock) -> None:
    model = dock.model()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(dock.sigUnitSelected) as blocker:
        _click_row(dock, "P21")
    assert blocker.args == ["P21"]
    emitted: list[str] = []
    dock.sigUnitSelected.connect(emitted.append)
    with qtbot.waitSignal(model.dataChanged):
        dock.update_units(
            [
                replace(UNITS[1], status="available", fix_time=NOW, lat=60.3),
                replace(UNITS[0], status="dispatched"),
            ]
        )
    assert resets == []
    assert _cell(dock, "P21", UnitColumn.STATUS) == "available"
    assert _cell(dock, "P21", UnitColumn.FIX_AGE) == "0 s"
    assert _cell(dock, "P21", UnitColumn.CALL_SIGN, STALE_ROLE) is False
    assert _cell(dock, "E11", UnitColumn.STATUS) == "dispatched"
    selected = dock.view().selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["P21"]
    assert dock.selected_unit() == "P21"
    assert emitted == []


def test_update_units_appends_unknown_units(qtbot, dock) -> None:
    with qtbot.waitSignal(dock.model().rowsInserted):
        dock.update_units([_unit("L41", unit_type="ladder")])
    assert dock.model().rowCount() == 5
    assert _cell(dock, "L41", UnitColumn.TYPE) == "ladder"
    assert "L41" in _visible(dock)


def test_select_unit_from_outside_does_not_emit(qtbot, dock) -> None:
    emitted: list[str] = []
    dock.sigUnitSelected.connect(emitted.append)
    dock.sigSelectionCleared.connect(lambda: emitted.append("<cleared>"))
    dock.select_unit("M31")
    assert [i.data() for i in dock.view().selectionModel().selectedRows()] == ["M31"]
    dock.select_unit(None)
    assert dock.view().selectionModel().selectedRows() == []
    dock.select_unit("nope")
    assert dock.view().selectionModel().selectedRows() == []
    assert emitted == []
    # The user picking a row does emit, once.
    _click_row(dock, "E12")
    assert emitted == ["E12"]


def test_selection_survives_set_units_and_filter(qtbot, dock) -> None:
    dock.select_unit("E12")
    dock.set_units(list(reversed(UNITS)))
    assert [i.data() for i in dock.view().selectionModel().selectedRows()] == ["E12"]
    emitted: list[str] = []
    dock.sigSelectionCleared.connect(lambda: emitted.append("cleared"))
    dock.filter_edit().setText("police")
    assert _visible(dock) == ["P21"]
    assert dock.selected_unit() == "E12"
    dock.filter_edit().setText("")
    assert [i.data() for i in dock.view().selectionModel().selectedRows()] == ["E12"]
    assert emitted == []


def test_filter_matches_any_column(dock: UnitBoardDock) -> None:
    dock.filter_edit().setText("ambulance")
    assert _visible(dock) == ["M31"]
    dock.filter_edit().setText("central")  # station name
    assert _visible(dock) == ["E11", "E12"]
    dock.filter_edit().setText("EN ROUTE")
    assert _visible(dock) == ["E12"]
    dock.filter_edit().setText("")
    assert len(_visible(dock)) == 4


def test_grouping_by_station_and_status(dock: UnitBoardDock) -> None:
    combo = dock.group_combo()
    combo.setCurrentIndex(combo.findData("status"))
    assert dock.proxy().group_by() == "status"
    assert _visible(dock) == ["E11", "M31", "E12", "P21"]  # available, en route, on scene
    # Descending by call sign inside each group; groups stay ascending.
    dock.view().sortByColumn(UnitColumn.CALL_SIGN, Qt.SortOrder.DescendingOrder)
    assert _visible(dock) == ["M31", "E11", "E12", "P21"]
    combo.setCurrentIndex(combo.findData("station"))
    dock.view().sortByColumn(UnitColumn.FIX_AGE, Qt.SortOrder.AscendingOrder)
    # Central Fire (E11 12 s, E12 59 s), East EMS (M31), North Police (P21).
    assert _visible(dock) == ["E11", "E12", "M31", "P21"]
    combo.setCurrentIndex(combo.findData(""))
    # By age alone: freshest first, no fix last.
    assert _visible(dock) == ["E11", "E12", "P21", "M31"]


def test_double_click_activates(qtbot, dock) -> None:
    proxy = dock.proxy()
    index = proxy.index(_visible(dock).index("P21"), 0)
    with qtbot.waitSignal(dock.sigUnitActivated) as blocker:
        dock.view().doubleClicked.emit(index)
    assert blocker.args == ["P21"]


def test_live_update_hiding_the_selected_row_does_not_move_the_selection(qtbot, dock) -> None:
    dock.filter_edit().setText("available")
    assert _visible(dock) == ["E11", "M31"]
    _click_row(dock, "E11")
    emitted: list[str] = []
    dock.sigUnitSelected.connect(emitted.append)
    dock.sigSelectionCleared.connect(lambda: emitted.append("<cleared>"))
    dock.update_units([replace(UNITS[0], status="dispatched")])
    assert _visible(dock) == ["M31"]
    assert dock.view().selectionModel().selectedRows() == []
    assert dock.selected_unit() == "E11"
    dock.update_units([UNITS[0]])
    assert [i.data() for i in dock.view().selectionModel().selectedRows()] == ["E11"]
    assert emitted == []
    # Ctrl-click style deselection by the user is reported.
    dock.view().selectionModel().clearSelection()
    assert emitted == ["<cleared>"]
    assert dock.selected_unit() is None


def test_toolbar_mirrors_right_to_left(qtbot, dock) -> None:
    dock.resize(600, 300)
    dock.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: dock.filter_edit().x() > dock.group_combo().x())
    dock.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: dock.filter_edit().x() < dock.group_combo().x())


def test_status_cell_is_coloured_by_status(dock: UnitBoardDock) -> None:
    for call_sign, status in (("E11", "available"), ("E12", "en route"), ("P21", "on scene")):
        brush = _cell(dock, call_sign, UnitColumn.STATUS, Qt.ItemDataRole.BackgroundRole)
        wanted = status_color(status)
        assert brush.color().rgb() == wanted.rgb(), call_sign
        assert 0 < brush.color().alpha() < 255
        icon = _cell(dock, call_sign, UnitColumn.STATUS, Qt.ItemDataRole.DecorationRole)
        centre = icon.pixmap(12, 12).toImage().pixelColor(6, 6)
        assert centre.rgb() == wanted.rgb(), call_sign
    # Other cells carry no status tint.
    assert _cell(dock, "E11", UnitColumn.CALL_SIGN, Qt.ItemDataRole.BackgroundRole) is None


def test_status_timer_ticks_from_status_since(qtbot, dock, clock: FakeClock) -> None:
    dock.update_units(
        [
            replace(UNITS[3], status_since=NOW - timedelta(minutes=4, seconds=12)),
            replace(UNITS[0], status_since=NOW - timedelta(hours=1, minutes=2, seconds=5)),
        ]
    )
    assert _cell(dock, "E12", UnitColumn.STATUS_TIME) == "4:12"
    assert _cell(dock, "E12", UnitColumn.STATUS_TIME, Qt.ItemDataRole.ToolTipRole) == (
        "en route 4:12"
    )
    assert _cell(dock, "E11", UnitColumn.STATUS_TIME) == "1:02:05"
    assert _cell(dock, "P21", UnitColumn.STATUS_TIME) == ""  # no status_since
    clock.now = NOW + timedelta(seconds=3)
    qtbot.waitUntil(lambda: _cell(dock, "E12", UnitColumn.STATUS_TIME) == "4:15", timeout=3000)
    # The timer column sorts by elapsed time.
    dock.view().sortByColumn(UnitColumn.STATUS_TIME, Qt.SortOrder.DescendingOrder)
    assert _visible(dock)[:2] == ["E11", "E12"]


def test_incident_column_and_filter(dock: UnitBoardDock) -> None:
    dock.update_units([replace(UNITS[3], incident_id="2026-000123")])
    assert _cell(dock, "E12", UnitColumn.INCIDENT) == "2026-000123"
    assert _cell(dock, "E11", UnitColumn.INCIDENT) == ""
    dock.filter_edit().setText("000123")
    assert _visible(dock) == ["E12"]


def test_overdue_units_are_marked(dock: UnitBoardDock) -> None:
    reason = "en route 12 min (limit 10 min)"
    dock.update_units([replace(UNITS[3], overdue=reason)])
    assert _cell(dock, "E12", UnitColumn.CALL_SIGN, OVERDUE_ROLE) == reason
    assert _cell(dock, "E11", UnitColumn.CALL_SIGN, OVERDUE_ROLE) is None
    for column in (UnitColumn.CALL_SIGN, UnitColumn.STATUS, UnitColumn.STATUS_TIME):
        assert _cell(dock, "E12", column, Qt.ItemDataRole.FontRole).bold()
        colour = _cell(dock, "E12", column, Qt.ItemDataRole.ForegroundRole)
        assert colour.rgb() == overdue_color().rgb()
        assert reason in _cell(dock, "E12", column, Qt.ItemDataRole.ToolTipRole)
    assert _cell(dock, "E12", UnitColumn.STATUS_TIME, Qt.ItemDataRole.DecorationRole) is not None
    assert _cell(dock, "E11", UnitColumn.STATUS_TIME, Qt.ItemDataRole.DecorationRole) is None
    assert _cell(dock, "E11", UnitColumn.CALL_SIGN, Qt.ItemDataRole.FontRole) is None
    # Back in time: the marking goes away with the field.
    dock.update_units([UNITS[3]])
    assert _cell(dock, "E12", UnitColumn.CALL_SIGN, Qt.ItemDataRole.FontRole) is None


@pytest.mark.parametrize("status", [s.value for s in UnitStatus])
def test_status_menu_lists_exactly_the_allowed_statuses(dock, status: str) -> None:
    dock.update_units([replace(UNITS[0], status=status)])
    menu = dock.status_menu_for("E11")
    assert menu is not None
    offered = [a.data() for a in menu.actions() if a.isEnabled()]
    assert set(offered) == {s.value for s in ALLOWED[UnitStatus(status)]}
    assert len(offered) == len(set(offered))
    menu.deleteLater()


def test_status_menu_action_emits_request(qtbot, dock) -> None:
    menu = dock.status_menu_for("E12")  # en route
    assert menu is not None
    assert dock.status_menu_for("nope") is None
    action = next(a for a in menu.actions() if a.data() == "on scene")
    assert "on scene" in action.text()
    with qtbot.waitSignal(dock.sigStatusChangeRequested) as blocker:
        action.trigger()
    assert blocker.args == ["E12", "on scene"]
    # The board does not change the status itself.
    assert _cell(dock, "E12", UnitColumn.STATUS) == "en route"
    menu.deleteLater()


def test_context_menu_from_keyboard_uses_current_row(qtbot, dock) -> None:
    from PySide6.QtWidgets import QApplication, QMenu

    _click_row(dock, "P21")
    dock.view().setFocus()
    # A position outside any row stands for a keyboard request.
    dock.view().customContextMenuRequested.emit(dock.view().viewport().rect().bottomRight())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert {a.data() for a in menu.actions()} == {s.value for s in ALLOWED[UnitStatus.ON_SCENE]}
    menu.close()
