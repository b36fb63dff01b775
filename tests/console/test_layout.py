"""The main window's designed layout on real control-room screens.

At 1920x1080 (the main target) and 1366x768 (must be fully usable), with
live-looking content in every dock (long call numbers, every unit status,
overdue units, long reasons), every table of the main window is walked
offscreen: none shows a horizontal scroll bar, and no key column is
narrower than its content needs unless it elides with the full text as a
tooltip. Widening the window widens the side columns too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QTableView,
    QTreeView,
)

from console.controllers import command_grammar
from console.main_window import MainWindow
from widgets.column_fit import cell_tooltip, column_fitter
from widgets.status_style import STATUS_ORDER
from widgets.trainer_panel import TrainerPanelDock
from widgets.views import (
    AlertView,
    CallView,
    CandidateView,
    EventView,
    IncidentView,
    LinkView,
    LocationView,
    NoteView,
    RecommendationView,
    StationView,
    UnitView,
)

NOW = datetime.now(UTC)
SIZES = [(1920, 1080), (1366, 768)]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("dispatch-console-tests")
    qapp.setApplicationName("dispatch-console-layout")
    yield


def _units() -> list[UnitView]:
    units = []
    stations = ("HE-PE-1", "HE-EH-2", "HE-POL-12")
    for n, status in enumerate([*STATUS_ORDER, *STATUS_ORDER[:4]]):
        units.append(
            UnitView(
                call_sign=f"HEP{100 + n}",
                unit_type="ALS ambulance" if n % 2 else "patrol car",
                discipline=("police", "fire", "medical")[n % 3],
                station_id=stations[n % 3],
                status=status.value,
                lat=60.17 + n / 1000,
                lon=24.95,
                fix_time=NOW - timedelta(seconds=5 + 40 * n),
                status_since=NOW - timedelta(seconds=60 * n + 3725 * (n == 3)),
                incident_id="2026-000123" if n % 3 == 1 else None,
                overdue="en route 12 min (limit 10 min)" if n == 3 else None,
            )
        )
    return units


def _location(address: str | None = None) -> LocationView:
    return LocationView(
        source="aml",
        lat=60.174060,
        lon=24.951750,
        radius_m=1250,
        confidence=90,
        time=NOW,
        address=address,
    )


def _calls() -> list[CallView]:
    return [
        CallView(
            call_id=f"C{n:06d}",
            number=f"+35840111000{n}",
            state=("ringing", "answered", "abandoned")[n % 3],
            via="aml",
            class_of_service="WPH2",
            offered=NOW - timedelta(seconds=40 * n + 3700 * (n == 2)),
            answered=NOW if n % 3 == 1 else None,
            location=_location("Mariankatu 12 B 34, Kruununhaka, Helsinki" if n % 2 else None),
            history=(_location(),),
            incident_id="2026-000123" if n == 1 else None,
            duplicate_of=("2026-000124",) if n == 3 else (),
        )
        for n in range(1, 6)
    ]


def _incidents() -> list[IncidentView]:
    return [
        IncidentView(
            incident_id=f"2026-{123 + n:06d}",
            type_code="structure-fire",
            type_name="Structure fire, residential, people trapped",
            discipline="fire",
            priority=1 + n % 3,
            lat=60.17,
            lon=24.95,
            location="Mariankatu 12, Kruununhaka, Helsinki",
            created=NOW - timedelta(seconds=300 * n + 3700),
            status="open",
            units=("HEP101", "HEP104", "HEP107", "HEP110"),
        )
        for n in range(3)
    ]


def _alerts() -> list[AlertView]:
    return [
        AlertView(
            alert_id=f"A{n:06d}",
            origin=("zone-entry", "zone-alarm", "cap")[n % 3],
            state=("new", "acknowledged")[n % 2],
            exercise=n == 2,
            severity=("extreme", "moderate", "minor")[n % 3],
            title="Heavy smoke over Kruununhaka: keep windows and doors closed",
            raised=NOW - timedelta(seconds=90 * n),
            lat=60.17,
            lon=24.95,
            zone="Katajanokka harbour berth",
            sensor="HE-RADAR-1",
        )
        for n in range(3)
    ]


def _recommendation() -> RecommendationView:
    def candidate(call_sign: str, eta: float, recommended: bool) -> CandidateView:
        return CandidateView(
            call_sign=call_sign,
            unit_type="engine",
            eta_s=eta,
            route_m=eta * 12,
            fix_age_s=None if recommended else 75,
            reason="nearest available engine by road travel time from its station"
            if recommended
            else "slower by 2 min than HEP101; last fix 75 s old",
            recommended=recommended,
        )

    return RecommendationView(
        incident_id="2026-000123",
        slots=(
            ("engine", 2, (candidate("HEP101", 245, True), candidate("HEP104", 380, True))),
            ("ladder", 1, (candidate("HEP107", 410, True), candidate("HEP110", 720, False))),
        ),
        shortfall=("no ladder available; substituted engine",),
    )


def _fill(window: MainWindow) -> None:
    window.unit_board.set_stations(
        [StationView("HE-POL-12", "Helsinki police 12", "police", 60.17, 24.95)]
    )
    units = _units()
    window.unit_board.set_units(units)
    window.call_queue.set_calls(_calls())
    window.incident_queue.set_incidents(_incidents())
    window.alert_queue.set_items(_alerts())
    window.event_log.append_events(
        EventView(
            seq=n,
            rx_time=NOW,
            source="link:drill-asterix-HE-RADAR-1",
            kind="frame.rejected" if n % 4 == 0 else "call.location",
            summary="call C000003 rebid: 60.17409, 24.95300 ± 35 m (PIDF-LO, 90 %)",
            error="checksum mismatch: expected 0x4F, got 0x1A" if n % 4 == 0 else None,
        )
        for n in range(40)
    )
    window.link_status.set_links(
        [
            LinkView(
                name=name,
                endpoint="udp 127.0.0.1:10110",
                protocol="asterix",
                state=state,
                bytes_in=123456789,
                frames=98765,
                errors=321,
                last_error="connection refused" if state == "down" else None,
                last_frame_age_s=3700.0,
                notes=("radar HE-RADAR-1 down: no north marker",) if state == "down" else (),
            )
            for name, state in (
                ("drill-ali", "up"),
                ("drill-asterix-HE-RADAR-1", "down"),
                ("drill-http", "connecting"),
                ("avl-udp", "stopped"),
            )
        ]
    )
    incident = _incidents()[0]
    window.incident_panel.show_incident(
        incident, [NoteView(incident.incident_id, NOW, "op", "smoke from the third floor")], units
    )
    window.recommendation_panel.show_recommendation(_recommendation())
    window.call_panel.show_call(_calls()[0])
    window.alert_panel.show_alert(_alerts()[0])


def _window(qtbot, size: tuple[int, int], *, drill: bool) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow("Helsinki (demo)", ZoneInfo("Europe/Helsinki"), command_grammar)
    qtbot.addWidget(window)
    if drill:
        # What the drill session does: its trainer panel on the right, then the banner.
        panel = TrainerPanelDock(window)
        panel.set_scenario("Structure fire, Kruununhaka: four callers and rebids", [])
        window.add_panel_dock(panel)
        window.set_drill("Structure fire, Kruununhaka: four callers and rebids")
    _fill(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _views_of(dock: QDockWidget) -> list[QAbstractItemView]:
    return [
        v for v in dock.findChildren(QAbstractItemView) if isinstance(v, QTableView | QTreeView)
    ]


def _problems(view: QAbstractItemView, where: str) -> list[str]:
    """What a dispatcher would find cut in ``view``: scroll bars, missing or cut key columns."""
    problems = []
    if view.horizontalScrollBar().isVisible():
        problems.append(f"{where}: horizontal scroll bar")
    fitter = column_fitter(view)
    if fitter is None:
        return [*problems, f"{where}: columns not declared (no ColumnSpec)"]
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    for column, spec in fitter.specs().items():
        if spec.drop:
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if header.isSectionHidden(column):
            problems.append(f"{where}: key column {title!r} hidden")
            continue
        width = header.sectionSize(column)
        if width < fitter.floor_width(column):
            problems.append(f"{where}: key column {title!r} {width} px, below its floor")
        for row in range(model.rowCount()):
            index = model.index(row, column)
            needed = view.sizeHintForIndex(index).width()
            if needed <= width:
                continue
            full = str(index.data(Qt.ItemDataRole.DisplayRole))
            tooltip = cell_tooltip(view, index) or ""
            if not (spec.elide and full in tooltip):
                problems.append(
                    f"{where}: {title!r} row {row} needs {needed} px, has {width}, no tooltip"
                )
    return problems


@pytest.mark.parametrize("drill", [False, True], ids=["live", "drill"])
@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1366x768"])
def test_every_table_fits_its_dock_without_cutting_a_key_column(
    qtbot, size: tuple[int, int], drill: bool
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, size, drill=drill)
    assert (window.width(), window.height()) == size
    problems: list[str] = []
    walked = 0
    for dock in window.findChildren(QDockWidget):
        if not dock.toggleViewAction().isChecked():
            continue
        dock.raise_()  # a tabbed dock's table is laid out only while it is in front
        qtbot.waitUntil(lambda d=dock: d.isVisible(), timeout=2000)
        QApplication.processEvents()  # the scroll bars follow the new widths
        for view in _views_of(dock):
            if view.isVisibleTo(dock):
                walked += 1
                problems += _problems(view, f"{dock.objectName()}/{type(view).__name__}")
    assert walked >= 9
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1366x768"])
def test_designed_layout_gives_the_map_and_the_tables_their_room(qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, size, drill=True)
    width, height = size
    # The side columns are as wide as their key columns (and the panels' buttons)
    # need; at 1366 that leaves the map a third of the width.
    assert window.map_widget.width() >= 0.33 * width
    for dock in (window.call_queue, window.unit_board, window.incident_queue):
        assert dock.width() >= 0.2 * width
    assert window.unit_board.height() >= 0.35 * height
    assert window.event_log.height() >= 120 and window.link_status.height() >= 120


def test_widening_the_window_widens_the_side_columns_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, (1366, 768), drill=False)
    before = (window.unit_board.width(), window.incident_queue.width(), window.map_widget.width())
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.map_widget.width() > before[2], timeout=2000)
    after = (window.unit_board.width(), window.incident_queue.width(), window.map_widget.width())
    grown = [a - b for a, b in zip(after, before, strict=True)]
    assert grown[0] > 80 and grown[1] > 80
    assert grown[2] < 0.7 * sum(grown)


def test_view_menu_shows_the_units_as_tiles(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, (1366, 768), drill=False)
    assert window.unit_board.view_mode() == "table"  # 768 high: the table alone
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    units_as = next(a.menu() for a in view_menu.actions() if a.text() == "&Units as")
    tiles = next(a for a in units_as.actions() if a.text().replace("&", "") == "Tiles")
    tiles.trigger()
    assert window.unit_board.view_mode() == "tiles"
    assert window.unit_board.tiles().isVisible()
    assert sum(len(signs) for _, signs in window.unit_board.tiles().groups()) == len(_units())
