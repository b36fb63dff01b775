"""Unit status tiles: one tile per unit in the board's filter and order, grouped by
station, discipline or status; filled with the status colours the table and the map
use, with readable text; large call signs; overdue tiles flash; selection, keys and
the status menu shared with the unit board."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QPalette, QRegion
from PySide6.QtWidgets import QWidget

from widgets.status_style import (
    STATUS_ORDER,
    overdue_color,
    status_color,
    status_ink,
    status_label,
)
from widgets.themes import apply_theme
from widgets.unit_board import UnitBoardDock
from widgets.unit_tiles import FLASH_MS, contrast_ratio
from widgets.views import StationView, UnitView

NOW = datetime(2024, 1, 15, 14, 0, 0, tzinfo=UTC)


def _unit(call_sign: str, **fields: object) -> UnitView:
    values: dict[str, object] = {
        "call_sign": call_sign,
        "unit_type": "engine",
        "discipline": "fire",
        "station_id": "st1",
        "status": "available",
        "lat": 60.17,
        "lon": 24.94,
        "fix_time": NOW - timedelta(seconds=12),
        "status_since": NOW - timedelta(seconds=252),
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
        incident_id="2026-000007",
    ),
    _unit(
        "M31",
        unit_type="ALS ambulance",
        discipline="medical",
        station_id="st3",
        status="en route",
        overdue="en route 12 min (limit 10 min)",
    ),
    _unit("E12", status="dispatched", incident_id="2026-000007"),
]
STATIONS = [
    StationView("st1", "Central Fire", "fire", 60.17, 24.94),
    StationView("st2", "North Police", "police", 60.2, 24.9),
    StationView("st3", "East EMS", "medical", 60.19, 25.03),
]


@pytest.fixture
def dock(qtbot) -> UnitBoardDock:  # type: ignore[no-untyped-def]
    dock = UnitBoardDock(clock=lambda: NOW)
    qtbot.addWidget(dock)
    dock.set_stations(STATIONS)
    dock.set_units(UNITS)
    dock.set_view_mode("tiles")
    dock.resize(520, 600)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def test_one_tile_per_unit_grouped_by_station_discipline_or_status(dock: UnitBoardDock) -> None:
    tiles = dock.tiles()
    assert tiles.groups() == [("", ["E11", "E12", "M31", "P21"])]
    dock.set_group_by("station")
    assert tiles.groups() == [
        ("Central Fire", ["E11", "E12"]),
        ("East EMS", ["M31"]),
        ("North Police", ["P21"]),
    ]
    dock.set_group_by("discipline")
    assert [title for title, _ in tiles.groups()] == ["Police", "Fire", "Medical"]
    dock.set_group_by("status")
    assert tiles.groups() == [
        (status_label("available"), ["E11"]),
        (status_label("dispatched"), ["E12"]),
        (status_label("en route"), ["M31"]),
        (status_label("on scene"), ["P21"]),
    ]
    # The table groups the same way.
    assert dock.proxy().group_by() == "status"


def test_tiles_follow_the_board_filter_and_live_updates(dock: UnitBoardDock) -> None:
    tiles = dock.tiles()
    dock.filter_edit().setText("E1")
    assert tiles.groups() == [("", ["E11", "E12"])]
    dock.filter_edit().clear()
    dock.update_units([replace(UNITS[0], status="en route", incident_id="2026-000009")])
    assert tiles.tile_texts("E11") == ("E11", status_label("en route"), "4:12", "2026-000009")
    assert tiles.tile_fill("E11") == status_color("en route")
    dock.update_units([_unit("H99", discipline="medical", station_id="st3")])
    assert "H99" in tiles.groups()[0][1]


class _Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        self.region = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.region += event.region()  # type: ignore[attr-defined]
        return False


def test_a_new_fix_alone_repaints_no_tile_and_a_new_status_does(qtbot, dock: UnitBoardDock) -> None:  # type: ignore[no-untyped-def]
    """Under an AVL storm every unit reports several fixes a second: nothing a tile
    shows. The board's one-second tick still moves the time in status on."""
    tiles = dock.tiles()
    paints = _Paints(tiles)
    qtbot.wait(50)
    paints.count = 0
    moved = replace(UNITS[0], lat=60.2, lon=24.99, fix_time=NOW)
    dock.update_units([moved])
    qtbot.wait(100)
    assert paints.count == 0
    dock.model().refresh_ages()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)
    paints.count = 0
    dock.update_units([replace(moved, status="en route", status_since=NOW)])
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)
    assert tiles.tile_texts("E11") == ("E11", status_label("en route"), "0:00", "engine")


def test_tile_shows_call_sign_status_time_and_incident(dock: UnitBoardDock) -> None:
    tiles = dock.tiles()
    assert tiles.tile_texts("P21") == ("P21", status_label("on scene"), "4:12", "2026-000007")
    # Without an incident, the unit's type.
    assert tiles.tile_texts("E11") == ("E11", status_label("available"), "4:12", "engine")


@pytest.mark.parametrize("theme", ["day", "night"])
def test_tiles_use_the_status_colours_with_readable_text(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    dark = theme == "night"
    apply_theme(qapp, theme)  # type: ignore[arg-type]
    try:
        for status in STATUS_ORDER:
            fill = status_color(status.value, dark)
            ink = status_ink(status.value, dark)
            # Large bold call sign (AA large text: 3:1); the status text too.
            assert contrast_ratio(fill, ink) >= 3.0, (status, fill.name())
    finally:
        apply_theme(qapp, "day")  # type: ignore[arg-type]


def test_tile_fill_is_the_same_colour_as_table_and_map(dock: UnitBoardDock) -> None:
    tiles = dock.tiles()
    for unit in UNITS:
        if unit.overdue:
            continue
        assert tiles.tile_fill(unit.call_sign) == status_color(unit.status)
        assert tiles.tile_text_colour(unit.call_sign) == status_ink(unit.status)


def test_call_signs_are_large_enough_to_read_from_a_metre(dock: UnitBoardDock) -> None:
    tiles = dock.tiles()
    big = QFontInfo(tiles.call_sign_font())
    base = QFontInfo(tiles.font())
    assert big.bold()
    assert big.pixelSize() >= 1.5 * base.pixelSize()
    assert big.pixelSize() >= 18  # about 5 mm on a 96 dpi screen: legible at a metre
    rect = tiles.tile_rect("E11")
    assert rect is not None and rect.height() >= 3 * base.pixelSize()


def test_overdue_tile_flashes_and_the_others_do_not(qtbot, dock: UnitBoardDock) -> None:  # type: ignore[no-untyped-def]
    tiles = dock.tiles()
    timer = tiles.flash_timer()
    assert timer.isActive() and timer.interval() == FLASH_MS
    seen = {tiles.tile_fill("M31").name()}
    qtbot.waitUntil(lambda: tiles.tile_fill("M31").name() not in seen, timeout=3 * FLASH_MS)
    seen.add(tiles.tile_fill("M31").name())
    background = tiles.palette().color(QPalette.ColorRole.Window)
    assert seen == {status_color("en route").name(), background.name()}
    # Lettered in the warning colour on the background: readable, unlike any status.
    qtbot.waitUntil(lambda: tiles.tile_fill("M31") == background, timeout=3 * FLASH_MS)
    assert tiles.tile_text_colour("M31") == overdue_color()
    assert contrast_ratio(background, overdue_color()) >= 4.5
    assert tiles.tile_fill("E11") == status_color("available")
    # No overdue unit left: the flashing stops.
    dock.update_units([replace(UNITS[2], overdue=None)])
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=1000)  # on the next loop turn
    assert tiles.tile_fill("M31") == status_color("en route")


def test_clicking_a_tile_selects_the_unit_everywhere(qtbot, dock: UnitBoardDock) -> None:  # type: ignore[no-untyped-def]
    tiles = dock.tiles()
    rect = tiles.tile_rect("P21")
    assert rect is not None
    with qtbot.waitSignal(dock.sigUnitSelected) as blocker:
        qtbot.mouseClick(tiles, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["P21"]
    assert dock.selected_unit() == "P21" and tiles.selected() == "P21"
    # From outside (the map): no signal, the tile follows.
    with qtbot.assertNotEmitted(dock.sigUnitSelected):
        dock.select_unit("E12")
    assert tiles.selected() == "E12"
    with qtbot.waitSignal(dock.sigUnitActivated) as blocker:
        qtbot.mouseDClick(tiles, Qt.MouseButton.LeftButton, pos=tiles.tile_rect("M31").center())
    assert blocker.args == ["M31"]


def test_a_selection_repaints_only_the_tiles_it_marks_and_unmarks(qtbot, dock) -> None:  # type: ignore[no-untyped-def]
    """A dispatcher's SEL under a storm: two tiles drawn again, not the whole board."""
    tiles = dock.tiles()
    dock.select_unit("E12")
    qtbot.wait(50)
    paints = _Paints(tiles)
    dock.select_unit("P21")
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)
    qtbot.wait(50)
    old, new, other = (tiles.tile_rect(c) for c in ("E12", "P21", "M31"))
    assert old is not None and new is not None and other is not None
    assert paints.region.contains(old) and paints.region.contains(new)
    assert not paints.region.intersects(other.adjusted(4, 4, -4, -4))
    picture = tiles.grab().toImage()
    highlight = tiles.palette().color(QPalette.ColorRole.Highlight)

    def marked(rect: QRect) -> bool:
        return picture.pixelColor(rect.center().x(), rect.top() - 2) == highlight

    assert marked(new) and not marked(old)


def test_arrow_keys_move_between_tiles(qtbot, dock: UnitBoardDock) -> None:  # type: ignore[no-untyped-def]
    tiles = dock.tiles()
    tiles.setFocus()
    dock.select_unit("E11")
    with qtbot.waitSignal(dock.sigUnitSelected) as blocker:
        qtbot.keyClick(tiles, Qt.Key.Key_Right)
    assert blocker.args == ["E12"]
    with qtbot.waitSignal(dock.sigUnitActivated) as blocker:
        qtbot.keyClick(tiles, Qt.Key.Key_Return)
    assert blocker.args == ["E12"]


def test_status_menu_from_a_tile_offers_the_allowed_changes(qtbot, dock: UnitBoardDock) -> None:  # type: ignore[no-untyped-def]
    tiles = dock.tiles()
    requested: list[tuple[str, QPoint]] = []
    tiles.sigContextMenuRequested.connect(lambda c, p: requested.append((c, p)))
    rect = tiles.tile_rect("E12")
    assert rect is not None
    qtbot.mouseClick(tiles, Qt.MouseButton.RightButton, pos=rect.center())
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(
        tiles,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, rect.center(), tiles.mapToGlobal(rect.center())
        ),
    )
    assert requested and requested[-1][0] == "E12"
    menu = dock.status_menu_for("E12")
    assert menu is not None and menu.actions()


def test_view_modes_show_table_tiles_or_both(dock: UnitBoardDock) -> None:
    dock.set_view_mode("table")
    assert dock.view().isVisible() and not dock.tiles().isVisible()
    dock.set_view_mode("tiles")
    assert dock.tiles().isVisible() and not dock.view().isVisible()
    dock.mode_actions()["both"].trigger()
    assert dock.view_mode() == "both"
    assert dock.tiles().isVisible() and dock.view().isVisible()
    assert dock.mode_actions()["both"].isChecked()
    with pytest.raises(ValueError):
        dock.set_view_mode("cards")


@pytest.mark.parametrize("theme", ["day", "night"])
def test_every_group_heading_is_drawn_readable(qapp, dock: UnitBoardDock, theme: str) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp, theme)  # type: ignore[arg-type]
    qapp.processEvents()  # the palette change reaches the widgets
    try:
        dock.set_group_by("station")
        tiles = dock.tiles()
        tiles.resize(tiles.width(), tiles.minimumHeight())
        image = tiles.grab().toImage()
        background = tiles.palette().color(tiles.backgroundRole())
        for title, rect in zip(
            [title for title, _ in tiles.groups()], tiles.heading_rects(), strict=True
        ):
            inked = [
                QColor(image.pixel(x, y))
                for x in range(rect.left(), min(rect.right(), rect.left() + 120))
                for y in range(rect.top(), rect.bottom())
            ]
            best = max(contrast_ratio(background, colour) for colour in inked)
            assert best >= 4.5, (theme, title, best)
    finally:
        apply_theme(qapp, "day")  # type: ignore[arg-type]


def test_tiles_are_read_from_the_right_in_a_right_to_left_layout(
    qtbot, dock: UnitBoardDock
) -> None:  # type: ignore[no-untyped-def]
    tiles = dock.tiles()
    first, second = tiles.groups()[0][1][:2]
    assert tiles.tile_rect(first).x() < tiles.tile_rect(second).x()
    dock.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: tiles.tile_rect(first).x() > tiles.tile_rect(second).x())
    # The arrow keys follow the reading direction: Left goes to the next tile.
    tiles.setFocus()
    dock.select_unit(first)
    with qtbot.waitSignal(dock.sigUnitSelected) as blocker:
        qtbot.keyClick(tiles, Qt.Key.Key_Left)
    assert blocker.args == [second]


def test_the_time_and_the_incident_never_overlap_right_to_left(qtbot, dock: UnitBoardDock) -> None:  # type: ignore[no-untyped-def]
    """In a right-to-left tile the time in status stands on the left and the incident (elided
    when long) keeps to the rest of the line: a gap of background between them, as left to
    right."""
    from PySide6.QtGui import QColor

    dock.resize(300, 600)  # narrow tiles: the incident needs eliding
    dock.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    tiles = dock.tiles()
    qtbot.wait(50)
    rect = tiles.tile_rect("E12")
    assert rect is not None
    image = tiles.grab().toImage()
    background = QColor(image.pixel(rect.left() + 6, rect.bottom() - 6))

    def inked(x: int) -> bool:
        band = range(rect.bottom() - rect.height() // 3, rect.bottom() - 4)
        return any(
            abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60 for y in band
        )

    columns = [inked(x) for x in range(rect.left() + 6, rect.right() - 6)]
    first = columns.index(True)  # the time, at the left
    gaps = []
    run = 0
    for on in columns[first:]:
        if on and run:
            gaps.append(run)
            run = 0
        elif not on:
            run += 1
    assert max(gaps, default=0) >= 4, "the time and the incident run into each other"
