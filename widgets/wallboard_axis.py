"""The wallboard charts' count axis: pyqtgraph's left axis, drawn again cheaply as its range grows.

Contract: ``CountAxis()`` is a ``pyqtgraph.AxisItem`` for the left side of
a chart whose ticks are given (``setTicks``: labelled major ticks, then
unlabelled minor ones, as ``widgets.wallboard_cells.BarSeries`` gives
them). It looks exactly like pyqtgraph's own (same axis line, tick lengths
and fading per level, labels right-aligned beside their ticks in the same
font, pen and text offset, labels outside the axis left out), but works out
what to draw in one short pass with the font's metrics instead of
pyqtgraph's general one (every label measured through a painter, the
axis's bounds asked again per label), and draws it straight on the
painter instead of recording and replaying a picture: it is meant to be
cached (``DeviceCoordinateCache``), so it is drawn only when its range or
ticks change. A chart's y range growing is the wallboard's most costly
second; this is most of that cost. Any other use (ticks not given, another
side, a grid, a set ``tickAlpha`` or ``maxTextLevel``) is pyqtgraph's own.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

_MEASURE = QRectF(0, 0, 100, 100)  # as pyqtgraph measures a label
_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip


class CountAxis(pg.AxisItem):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)

    def _lean(self) -> bool:
        style = self.style
        return (
            self._tickLevels is not None
            and self.grid is False
            and style["tickAlpha"] is None
            and style["showValues"]
            and not style["stopAxisAtTick"][0]
            and not style["stopAxisAtTick"][1]
        )

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        if not self._lean():
            super().paint(p, opt, widget)
            return
        self.picture = None  # nothing recorded: pyqtgraph's own paint would replay it
        p.save()
        try:
            if self.style["tickFont"] is not None:
                p.setFont(self.style["tickFont"])
            specs = self._specs(p)
            if specs is not None:
                self.drawPicture(p, *specs)
        finally:
            p.restore()

    def _specs(self, p: QPainter) -> tuple[Any, list[Any], list[Any]] | None:
        bounds = self.mapRectFromParent(self.geometry())
        low, high = self.range
        if high == low or bounds.height() <= 0:
            return None
        scale = -bounds.height() / (high - low)
        offset = low * scale - bounds.height()
        first, last = sorted((low * scale - offset, high * scale - offset))
        right = bounds.right()
        axis = (self.pen(), pg.Point(right - 1.0, bounds.top() - 1.0),
                pg.Point(right - 1.0, bounds.bottom() + 1.0))  # fmt: skip
        ticks: list[Any] = []
        levels = self._tickLevels or []
        base = self.tickPen()
        for level, tick_values in enumerate(levels):
            length = self.style["tickLength"] / (level * 0.5 + 1.0)
            pen = base
            if base.brush().style() == Qt.BrushStyle.SolidPattern:
                pen = QPen(base)
                colour = QColor(pen.color())
                colour.setAlpha(int(255 / (level + 1)))
                pen.setColor(colour)
            for value, _label in tick_values:
                y = value * scale - offset
                if first <= y <= last:
                    ticks.append((pen, QPointF(right, y), QPointF(right - length, y)))
        metrics = QFontMetricsF(p.font())
        box = self.boundingRect()
        gap = max(0, self.style["tickLength"]) + self.style["tickTextOffset"][0]
        texts: list[Any] = []
        widest = 0.0
        for tick_values in levels[: self.style["maxTextLevel"] + 1]:
            for value, label in tick_values:
                y = value * scale - offset
                if not label or not first <= y <= last:
                    continue
                size = metrics.boundingRect(_MEASURE, int(Qt.AlignmentFlag.AlignCenter), label)
                width, height = size.width(), size.height() * 0.8
                widest = max(widest, width)
                rect = QRectF(right - gap - width, y - height / 2, width, height)
                if box & rect == rect:
                    texts.append((rect, _ALIGN, label))
        self._updateMaxTextSize(widest)
        return axis, ticks, texts


__all__ = ["CountAxis"]
