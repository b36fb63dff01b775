"""The wallboard's parts repaint only what changed and never ask for a new layout."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from widgets.wallboard_cells import BarSeries, CountsTable, Tile


class _Events(QObject):
    """Paint rectangles and layout requests seen by the watched widgets."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.paints: list[tuple[QWidget, Any]] = []
        self.layouts = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append((obj, event.rect()))  # type: ignore[attr-defined]
        elif event.type() == QEvent.Type.LayoutRequest:
            self.layouts += 1
        return False


def _window(*parts: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for part in parts:
        layout.addWidget(part)
    window.resize(900, 500)
    window.show()
    QApplication.processEvents()
    return window


def test_a_changed_count_repaints_its_cell_only(qtbot: Any) -> None:
    table = CountsTable(("Units by discipline", "Units by station"))
    first = ({"fire": {"available": 3, "en route": 1}, "medical": {"available": 2}},
             {"S1": {"available": 5, "en route": 1}})  # fmt: skip
    table.set_tables(first)
    window = _window(table)
    qtbot.addWidget(window)
    seen = _Events(table, window)
    # One fire unit arrives on scene: a new status column, so the grid is measured again once.
    table.set_tables(({"fire": {"available": 3, "on scene": 1}, "medical": {"available": 2}},
                      {"S1": {"available": 5, "on scene": 1}}))  # fmt: skip
    QApplication.processEvents()
    assert table.cell(0, "fire", "on scene") == 1 and table.cell(0, "fire", "en route") == 0
    # Another becomes available: two cells of each section, nothing else, no layout.
    seen.paints.clear()
    seen.layouts = 0
    table.set_tables(({"fire": {"available": 4}, "medical": {"available": 2}},
                      {"S1": {"available": 6}}))  # fmt: skip
    QApplication.processEvents()
    assert seen.layouts == 0
    assert all(obj is table for obj, _rect in seen.paints)  # the window is not repainted
    assert len(seen.paints) == 1
    # The four cells that changed (available, on scene of "fire" and of "S1"), no more.
    changed = table._cell_rect(0, 0, 0).united(table._cell_rect(1, 0, 2))
    assert seen.paints[0][1] == changed and changed.height() < table.height()
    assert changed.width() < table.width() / 2
    assert table.cell(0, "fire", "available") == 4 and table.cell(1, "S1", "on scene") == 0
    # Nothing changed: nothing repainted.
    seen.paints.clear()
    table.set_tables(({"fire": {"available": 4}, "medical": {"available": 2}},
                      {"S1": {"available": 6}}))  # fmt: skip
    QApplication.processEvents()
    assert seen.paints == []


def test_a_tile_repaints_its_value_line_when_only_the_value_changed(qtbot: Any) -> None:
    tile = Tile("Longest ring")
    window = _window(tile)
    qtbot.addWidget(window)
    tile.show_value("0:12", "2 waiting")
    QApplication.processEvents()
    seen = _Events(tile, window)
    tile.show_value("0:13", "2 waiting")
    QApplication.processEvents()
    assert [obj for obj, _r in seen.paints] == [tile] and seen.layouts == 0
    assert seen.paints[0][1].height() < tile.height() / 2
    seen.paints.clear()
    tile.show_value("0:13", "2 waiting")
    QApplication.processEvents()
    assert seen.paints == []
    tile.show_value("0:14", "3 waiting", "#b00020")
    QApplication.processEvents()
    assert (tile.text, tile.detail, tile.colour) == ("0:14", "3 waiting", "#b00020")


def test_bars_move_one_by_one_and_widen_the_range_only_when_outgrown(qtbot: Any) -> None:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    series = BarSeries(plot.plotItem, [0.5, 1.5, 2.5], 0.8)
    series.set_heights([1, 0, 0])
    assert series.y_max == 1.0  # fits
    series.set_heights([1, 1, 0])
    before = [bar.rect() for bar in series.bars]
    series.set_heights([1, 0, 0])  # only the bar that changed moves
    after = [bar.rect() for bar in series.bars]
    assert after[0] == before[0] and after[2] == before[2] and after[1].height() == 0
    series.set_heights([1, 3, 0])  # outgrown: every bar drawn to the wider scale
    assert series.y_max == 5.0 and series.heights() == [1.0, 3.0, 0.0]
    assert [bar.rect().height() for bar in series.bars] == pytest.approx([1 / 5, 3 / 5, 0.0])
    series.set_heights([0, 1, 0])  # lower: the range stays (no re-layout for a fall)
    assert series.y_max == 5.0
    series.reset_range(1.0)
    assert series.y_max == 2.0
    assert [bar.rect().height() for bar in series.bars] == pytest.approx([0.0, 1 / 2, 0.0])
    assert list(series.to_view([2.0, 1.0])) == pytest.approx([1.0, 0.5])
    fixed = BarSeries(plot.plotItem, [0, 1], 0.6, 100.0, True)
    fixed.set_heights([250.0, 10.0])
    assert fixed.y_max == 100.0
    assert [bar.rect().height() for bar in fixed.bars] == [250.0, 10.0]  # its own view


def test_a_growing_range_gives_its_ticks_and_never_re_lays_out_the_plot(qtbot: Any) -> None:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.getAxis("left").setWidth(60)  # as the wallboard does
    series = BarSeries(plot.plotItem, [0.5, 1.5], 0.8)
    plot.resize(600, 400)
    plot.show()
    QApplication.processEvents()
    view = plot.plotItem.vb.sceneBoundingRect()
    view_range = plot.plotItem.vb.viewRange()
    for top in (3, 40, 700, 12_000, 90_000):
        series.set_heights([top, 1])
        QApplication.processEvents()
        assert plot.plotItem.vb.sceneBoundingRect() == view  # the same place, every time
        assert plot.plotItem.vb.viewRange() == view_range  # the view never moves
        major, minor = plot.getAxis("left")._tickLevels
        counts = [float(label) for _v, label in major]
        assert counts[0] == 0 and counts[-1] == series.y_max >= top
        assert [label for _v, label in major] == [f"{c:g}" for c in counts]
        assert [v for v, _label in major] == pytest.approx([c / series.y_max for c in counts])
        assert 4 <= len(major) <= 6 and all(label == "" for _v, label in minor)
    assert series.y_max == 200_000  # 90,000 x 1.2 rounded up to 1, 2 or 5 x 10^k


def test_bars_to_scale_look_like_bars_in_a_view_of_their_range(qtbot: Any) -> None:
    """Pixel for pixel what a view range widened to the counts would show (a tick whose
    place falls on a pixel's edge may round to the next row: floating point)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsRectItem

    from widgets.wallboard_axis import CountAxis
    from widgets.wallboard_cells import _ticks

    ours, theirs = (
        pg.PlotWidget(axisItems={"left": CountAxis()}),
        pg.PlotWidget(axisItems={"left": CountAxis()}),
    )
    x, width = [0.5, 1.5, 2.5, 3.5], 0.8
    series = BarSeries(ours.plotItem, x, width)
    series.set_brush(QBrush(QColor("black")))
    bars = []
    for centre in x:
        bar = QGraphicsRectItem(QRectF(centre - width / 2, 0.0, width, 0.0))
        bar.setPen(QPen(Qt.PenStyle.NoPen))
        bar.setBrush(QBrush(QColor("black")))
        theirs.plotItem.addItem(bar)
        bars.append(bar)
    theirs.plotItem.disableAutoRange()
    theirs.setXRange(min(x) - width, max(x) + width, padding=0.0)
    for plot in (ours, theirs):
        qtbot.addWidget(plot)
        plot.setBackground("w")
        plot.getAxis("left").setPen("k")
        plot.getAxis("left").setTextPen("k")
        plot.getAxis("left").setWidth(60)
        plot.resize(400, 300)
        plot.show()
    for heights in ([1, 0, 0, 0], [3, 7, 1, 0], [120, 37, 2, 90], [4_000, 170, 9_999, 5]):
        series.set_heights(heights)
        top = series.y_max
        for bar, centre, h in zip(bars, x, heights, strict=True):
            bar.setRect(QRectF(centre - width / 2, 0.0, width, float(h)))
        theirs.getAxis("left").setTicks(_ticks(top))
        theirs.setYRange(0.0, top, padding=0.02)
        QApplication.processEvents()
        a, b = ours.grab().toImage(), theirs.grab().toImage()
        rows = {y for px in range(a.width()) for y in range(a.height())
                if a.pixel(px, y) != b.pixel(px, y)}  # fmt: skip
        assert len(rows) <= 2, (heights, sorted(rows))
        plot_area = (70, 0, a.width() - 70, a.height())  # right of the axis: exactly alike
        assert a.copy(*plot_area) == b.copy(*plot_area), heights


def test_a_tile_paints_its_frame_in_the_theme_it_has_now(qtbot: Any) -> None:
    from PySide6.QtGui import QColor, QPalette

    tile = Tile("Links down")
    window = _window(tile)
    qtbot.addWidget(window)
    tile.show_value("1", "avl")

    def background() -> str:
        return tile.grab().toImage().pixelColor(tile.width() // 2, tile.height() - 3).name()

    day = background()
    palette = tile.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#101418"))
    tile.setPalette(palette)  # a theme applied: the cached frame is painted again
    assert background() == "#101418" != day
    tile.resize(tile.width() - 40, tile.height())
    QApplication.processEvents()
    assert background() == "#101418"


def test_a_tiles_cached_title_starts_at_the_leading_edge_right_to_left_too(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from widgets.wallboard_cells import PAD

    def title_ink(tile: Tile) -> tuple[int, int]:
        image = tile.grab().toImage()
        blank = image.pixelColor(tile.width() // 2, 2 * PAD).name()  # below the text's top
        xs = [x for x in range(3, tile.width() - 3) for y in range(PAD, 2 * PAD + 4)
              if image.pixelColor(x, y).name() != blank]  # fmt: skip
        return min(xs), max(xs)

    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        tile = Tile("Links")
        tile.setLayoutDirection(direction)
        window = _window(tile)
        qtbot.addWidget(window)
        left, right = title_ink(tile)
        if direction == Qt.LayoutDirection.LeftToRight:
            assert left < tile.width() // 4
        else:
            assert right > tile.width() * 3 // 4 and left > tile.width() // 2
