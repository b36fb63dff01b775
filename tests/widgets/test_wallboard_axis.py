"""The wallboard's count axis draws what pyqtgraph's own left axis draws, pixel for pixel."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from widgets.wallboard_axis import CountAxis
from widgets.wallboard_cells import _ticks


def _plots(qtbot: Any) -> tuple[pg.PlotWidget, pg.PlotWidget]:
    ours, theirs = pg.PlotWidget(axisItems={"left": CountAxis()}), pg.PlotWidget()
    for plot in (ours, theirs):
        qtbot.addWidget(plot)
        plot.setBackground("w")
        plot.getAxis("left").setPen("k")
        plot.getAxis("left").setTextPen("k")
        plot.getAxis("left").setWidth(60)
        plot.resize(400, 500)
        plot.show()
    return ours, theirs


def _same(ours: pg.PlotWidget, theirs: pg.PlotWidget) -> bool:
    QApplication.processEvents()
    return ours.grab().toImage() == theirs.grab().toImage()


def test_count_axis_looks_like_pyqtgraphs_as_its_range_grows(qtbot: Any) -> None:
    ours, theirs = _plots(qtbot)
    for top in (1.0, 5.0, 20.0, 200.0, 5000.0, 100_000.0):
        for plot in (ours, theirs):
            plot.getAxis("left").setTicks(_ticks(top))
            plot.setYRange(0.0, top, padding=0.02)
        assert _same(ours, theirs), top
        assert ours.getAxis("left").picture is None  # drawn by its own short pass
        assert theirs.getAxis("left").picture is not None
    ours.resize(300, 260)  # fewer pixels per tick, labels near the edges
    theirs.resize(300, 260)
    assert _same(ours, theirs)


def test_count_axis_without_given_ticks_is_pyqtgraphs_own(qtbot: Any) -> None:
    ours, theirs = _plots(qtbot)
    for plot in (ours, theirs):
        plot.setYRange(0.0, 37.0)
    assert _same(ours, theirs)
    for plot in (ours, theirs):  # a grid: pyqtgraph's own drawing too
        plot.showGrid(y=True)
    assert _same(ours, theirs)


def test_labels_drawn_ahead_are_copied_pixel_for_pixel(qtbot: Any) -> None:
    """As the wallboard keeps it (cached in device coordinates, a fixed view range, ticks
    given to scale): labels drawn ahead (prepare) are only copied when their ticks come, and
    look exactly as pyqtgraph's own axis draws them."""
    from PySide6.QtWidgets import QGraphicsItem

    ours, theirs = _plots(qtbot)
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    for plot in (ours, theirs):
        plot.getAxis("left").setCacheMode(cached)
        plot.setYRange(0.0, 1.0, padding=0.02)
    axis = ours.getAxis("left")
    assert _same(ours, theirs)
    drawn: list[int] = []
    draw = axis._draw

    def counted(*args: Any) -> None:
        drawn.append(1)
        draw(*args)

    axis._draw = counted  # type: ignore[method-assign]
    for top in (1.0, 5.0, 20.0, 200.0, 5000.0, 100_000.0):
        ticks = _ticks(top, 1.0 / top)
        axis.prepare(ticks)
        assert drawn == [1]  # drawn ahead, once
        for plot in (ours, theirs):
            plot.getAxis("left").setTicks(ticks)
        assert _same(ours, theirs), top
        assert drawn == [1]  # painting only copied it
        drawn.clear()
    ours.resize(300, 260)  # another size: drawn as usual, the same as theirs
    theirs.resize(300, 260)
    assert _same(ours, theirs) and drawn
