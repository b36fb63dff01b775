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
second; this is most of that cost. ``prepare(ticks)`` draws the axis with
``ticks`` ahead, in a quieter second, into a clear picture laid on the
same fraction of a pixel as Qt's cache: when those ticks are set, painting
only copies it (pixel for pixel what drawing it then gives, tested);
``widgets.wallboard_cells.BarSeries`` prepares the labels of the scale it
would widen to next. Any other use (ticks not given, another side, a grid,
a set ``tickAlpha`` or ``maxTextLevel``) is pyqtgraph's own.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

_MEASURE = QRectF(0, 0, 100, 100)  # as pyqtgraph measures a label
_GIVEN: Any = object()  # _lean(): the axis's own ticks
_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip


class CountAxis(pg.AxisItem):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)
        self._ready: dict[Any, QImage] = {}  # pictures drawn ahead (prepare), oldest first
        self._placed: tuple[float, float] | None = None  # its origin's fraction of a pixel

    def _lean(self, levels: Any = _GIVEN) -> bool:
        style = self.style
        return (
            (self._tickLevels if levels is _GIVEN else levels) is not None
            and self.grid is False
            and style["tickAlpha"] is None
            and style["showValues"]
            and not style["stopAxisAtTick"][0]
            and not style["stopAxisAtTick"][1]
        )

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        where = _placement(p, self.boundingRect())
        if where is not None:
            self._placed = where[1]  # where its pixels fall: prepare() draws for the same
        if not self._lean():
            super().paint(p, opt, widget)
            return
        self.picture = None  # nothing recorded: pyqtgraph's own paint would replay it
        if where is not None and self.cacheMode() == _CACHED:
            ready = self._ready.get(self._key(self._tickLevels, where[1]))
            if ready is not None:  # drawn ahead (prepare) into a clear picture, as Qt's cache
                p.save()
                try:
                    p.resetTransform()
                    p.drawImage(where[0], ready)
                finally:
                    p.restore()
                return
        p.save()
        try:
            self._draw(p, self._tickLevels, True)
        finally:
            p.restore()

    def prepare(self, ticks: list[list[tuple[float, str]]]) -> None:
        """Draw the axis with ``ticks`` ahead, off screen, for where its pixels fall now: when
        ``setTicks(ticks)`` comes (a chart's range growing), painting it only copies that
        picture (only while it is cached in device coordinates, as the wallboard keeps it).
        Drawn for the axis's size, range, style and place as they are; any of them changed
        by then, it is drawn as usual. Keeps the last few."""
        if not self._lean(ticks) or self._placed is None or self.cacheMode() != _CACHED:
            return
        key = self._key(ticks, self._placed)
        if key in self._ready:
            return
        bounds = self.boundingRect()
        dx, dy = self._placed
        image = QImage(math.ceil(bounds.width() + dx) + 2, math.ceil(bounds.height() + dy) + 2,
                       QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
        image.fill(0)
        painter = QPainter(image)
        try:
            painter.translate(dx - bounds.left(), dy - bounds.top())
            self._draw(painter, ticks, False)
        finally:
            painter.end()
        while len(self._ready) >= _READY_KEPT:
            self._ready.pop(next(iter(self._ready)))
        self._ready[key] = image

    def _key(self, ticks: Any, placed: tuple[float, float]) -> Any:
        bounds = self.boundingRect()
        style = self.style
        return (
            repr(ticks), tuple(self.range), placed, bounds.width(), bounds.height(),
            self.geometry().width(), self.geometry().height(),
            self.pen().color().rgba(), self.textPen().color().rgba(),
            self.tickPen().color().rgba(), style["tickLength"], style["tickTextOffset"][0],
            None if style["tickFont"] is None else style["tickFont"].key(),
        )  # fmt: skip

    def _draw(self, p: QPainter, levels: Any, shown: bool) -> None:
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        specs = self._specs(p, levels, shown)
        if specs is not None:
            self.drawPicture(p, *specs)

    def _specs(
        self, p: QPainter, levels: Any = None, shown: bool = True
    ) -> tuple[Any, list[Any], list[Any]] | None:
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
        levels = levels or []
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
        if shown:
            self._updateMaxTextSize(widest)
        return axis, ticks, texts


_READY_KEPT = 4
_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _placement(p: QPainter, bounds: QRectF) -> tuple[QPoint, tuple[float, float]] | None:
    """The whole device pixel the item's bounding rectangle starts on and how far past it
    (None: the painter does more than move, so no picture drawn ahead fits)."""
    t = p.transform()
    if t.type().value > QTransform.TransformationType.TxTranslate.value:
        return None
    x, y = t.dx() + bounds.left(), t.dy() + bounds.top()
    whole = QPoint(math.floor(x), math.floor(y))
    return whole, (x - whole.x(), y - whole.y())
