"""Incident queue: order by priority then age, in-place updates, ticking ages, shared selection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from widgets.incident_queue import (
    PRIORITY_COLOURS,
    UNVERIFIED_ROLE,
    IncidentColumn,
    IncidentQueueDock,
    format_elapsed,
)
from widgets.place_views import IncidentPlaceView, PlacedIncidentView, PlaceNameView
from widgets.views import IncidentView

NOW = datetime(2026, 3, 1, 2, 0, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def _incident(number: int, priority: int, age_s: float, **fields: object) -> IncidentView:
    values: dict[str, object] = {
        "incident_id": f"2026-{number:06d}",
        "type_code": "structure-fire",
        "type_name": "Structure fire",
        "discipline": "fire",
        "priority": priority,
        "lat": 60.17,
        "lon": 24.94,
        "location": f"Street {number}",
        "created": NOW - timedelta(seconds=age_s),
        "status": "open",
    }
    values.update(fields)
    return IncidentView(**values)  # type: ignore[arg-type]


INCIDENTS = [
    _incident(1, 3, 600),
    _incident(2, 1, 30),
    _incident(3, 1, 252, units=("E11", "M31")),
    _incident(4, 5, 4000, location=None),
    _incident(5, 2, 10),
    _incident(6, 2, 60, status="closed"),
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def dock(qtbot: Any, clock: FakeClock) -> IncidentQueueDock:
    dock = IncidentQueueDock(clock=clock)
    qtbot.addWidget(dock)
    dock.set_incidents(INCIDENTS)
    return dock


def _ids(dock: IncidentQueueDock) -> list[str]:
    model = dock.model()
    return [model.index(row, IncidentColumn.ID).data() for row in range(model.rowCount())]


def _cell(dock: IncidentQueueDock, incident_id: str, column: IncidentColumn) -> Any:
    model = dock.model()
    row = model.row_of(incident_id)
    assert row is not None
    return model.index(row, column).data()


def test_order_by_priority_then_oldest_first(dock: IncidentQueueDock) -> None:
    # Closed incident 6 is left out.
    assert _ids(dock) == ["2026-000003", "2026-000002", "2026-000005", "2026-000001", "2026-000004"]


def test_columns(dock: IncidentQueueDock) -> None:
    model = dock.model()
    assert _cell(dock, "2026-000003", IncidentColumn.PRIORITY) == "1"
    assert _cell(dock, "2026-000003", IncidentColumn.TYPE) == "Structure fire"
    assert _cell(dock, "2026-000003", IncidentColumn.LOCATION) == "Street 3"
    assert _cell(dock, "2026-000004", IncidentColumn.LOCATION) == "60.17000, 24.94000"
    assert _cell(dock, "2026-000003", IncidentColumn.UNITS) == "E11 M31"
    assert _cell(dock, "2026-000003", IncidentColumn.AGE) == "4:12"
    assert _cell(dock, "2026-000004", IncidentColumn.AGE) == "1:06:40"
    red = model.index(0, IncidentColumn.PRIORITY).data(Qt.ItemDataRole.BackgroundRole)
    grey = model.index(4, IncidentColumn.PRIORITY).data(Qt.ItemDataRole.BackgroundRole)
    assert red == PRIORITY_COLOURS[1]
    assert grey == PRIORITY_COLOURS[5]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in IncidentColumn]
    assert headers == ["Incident", "P", "Type", "Location", "Age", "Units"]


def test_age_ticks_with_the_clock(qtbot: Any, dock: IncidentQueueDock, clock: FakeClock) -> None:
    assert dock.age_timer().interval() == 1000
    assert dock.age_timer().isActive()
    clock.now = NOW + timedelta(seconds=8)
    with qtbot.waitSignal(dock.model().dataChanged) as blocker:
        dock.age_timer().timeout.emit()
    top_left, bottom_right = blocker.args[:2]
    assert top_left.column() == bottom_right.column() == IncidentColumn.AGE
    assert _cell(dock, "2026-000003", IncidentColumn.AGE) == "4:20"
    assert _cell(dock, "2026-000002", IncidentColumn.AGE) == "0:38"


def test_format_elapsed() -> None:
    assert format_elapsed(0) == "0:00"
    assert format_elapsed(-5) == "0:00"
    assert format_elapsed(59.9) == "0:59"
    assert format_elapsed(3599) == "59:59"
    assert format_elapsed(3600) == "1:00:00"


def test_update_in_place_keeps_selection(qtbot: Any, dock: IncidentQueueDock) -> None:
    selected: list[str] = []
    dock.sigIncidentSelected.connect(selected.append)
    view = dock.view()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(dock.model().index(3, 0), flags)  # 2026-000001
    assert selected == ["2026-000001"]
    resets: list[object] = []
    dock.model().modelReset.connect(lambda: resets.append(True))

    # Units committed: same place, new text.
    dock.update_incident(replace(INCIDENTS[0], units=("P21",)))
    assert _cell(dock, "2026-000001", IncidentColumn.UNITS) == "P21"
    # Raised to priority 1: moves up and the selection follows it.
    dock.update_incident(replace(INCIDENTS[0], priority=1, units=("P21",)))
    assert _ids(dock)[:3] == ["2026-000001", "2026-000003", "2026-000002"]
    rows = view.selectionModel().selectedRows()
    assert [dock.model().incident_at(index.row()).incident_id for index in rows] == ["2026-000001"]
    # Lowered to 4: moves down past the priority-2 and -3 rows.
    dock.update_incident(replace(INCIDENTS[0], priority=4))
    assert _ids(dock) == [
        "2026-000003",
        "2026-000002",
        "2026-000005",
        "2026-000001",
        "2026-000004",
    ]
    assert [index.row() for index in view.selectionModel().selectedRows()] == [3]
    # A new incident goes to its place; a closed one goes away.
    dock.update_incident(_incident(7, 2, 100))
    assert _ids(dock)[2] == "2026-000007"
    dock.update_incident(replace(INCIDENTS[1], status="closed"))
    assert "2026-000002" not in _ids(dock)
    assert resets == []
    assert selected == ["2026-000001"]  # nothing re-emitted by moves or removals
    assert dock.selected_incident() == "2026-000001"


def test_select_incident_from_outside_is_quiet(qtbot: Any, dock: IncidentQueueDock) -> None:
    emitted: list[object] = []
    dock.sigIncidentSelected.connect(emitted.append)
    dock.sigSelectionCleared.connect(lambda: emitted.append(None))
    dock.select_incident("2026-000005")
    rows = dock.view().selectionModel().selectedRows()
    assert [index.row() for index in rows] == [2]
    dock.select_incident(None)
    assert dock.view().selectionModel().selectedRows() == []
    assert emitted == []
    # Selection survives a full reset.
    dock.select_incident("2026-000004")
    dock.set_incidents(INCIDENTS)
    assert [index.row() for index in dock.view().selectionModel().selectedRows()] == [4]
    assert emitted == []


def test_user_clearing_and_double_click(qtbot: Any, dock: IncidentQueueDock) -> None:
    dock.show()
    qtbot.waitExposed(dock)
    cleared: list[bool] = []
    dock.sigSelectionCleared.connect(lambda: cleared.append(True))
    view = dock.view()
    rect = view.visualRect(dock.model().index(1, IncidentColumn.TYPE))
    with qtbot.waitSignal(dock.sigIncidentSelected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == ["2026-000002"]
    with qtbot.waitSignal(dock.sigIncidentActivated) as activated:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == ["2026-000002"]
    view.selectionModel().clearSelection()
    assert cleared == [True]
    assert dock.selected_incident() is None


def _placed(number: int, place: IncidentPlaceView) -> PlacedIncidentView:
    base = _incident(number, 2, 30)
    fields = {f: getattr(base, f) for f in base.__dataclass_fields__}
    return PlacedIncidentView(**fields, place=place)


def test_location_names_the_place_and_marks_unverified(qtbot: Any) -> None:
    dock = IncidentQueueDock(clock=FakeClock())
    qtbot.addWidget(dock)
    verified = _placed(
        1,
        IncidentPlaceView(
            typed="marainkatu 12",
            place=PlaceNameView(
                "Mariankatu 12", "address", 0.0, "fuzzy", 0.86, "Kruununhaka", "b7"
            ),
            reverse=PlaceNameView("Mariankatu 12", "reverse", 2.0, build_id="b7"),
            verified=True,
        ),
    )
    forced = _placed(
        2,
        IncidentPlaceView(
            typed=None,
            place=None,
            reverse=PlaceNameView("Mariankatu near Liisankatu, 30 m", "reverse", 30.0),
            verified=False,
            override=True,
        ),
    )
    legacy = _incident(3, 2, 10)
    dock.set_incidents([verified, forced, legacy])
    model = dock.model()

    def cell(incident_id: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = model.row_of(incident_id)
        return model.index(row, IncidentColumn.LOCATION).data(role)

    assert cell("2026-000001") == "✓ Mariankatu 12"
    tip = cell("2026-000001", Qt.ItemDataRole.ToolTipRole)
    assert "Typed: marainkatu 12" in tip
    assert "Verified: Mariankatu 12 (address, 0 m)" in tip and "Places index: b7" in tip
    assert cell("2026-000001", UNVERIFIED_ROLE) is False
    assert cell("2026-000002") == "⚠ Mariankatu near Liisankatu, 30 m"
    assert cell("2026-000002", UNVERIFIED_ROLE) is True
    assert cell("2026-000002", Qt.ItemDataRole.FontRole).bold()
    assert "UNVERIFIED: a forced point" in cell("2026-000002", Qt.ItemDataRole.ToolTipRole)
    assert cell("2026-000003") == "Street 3"  # a view from before places: as it was
    assert cell("2026-000003", UNVERIFIED_ROLE) is False
