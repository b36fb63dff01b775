"""Status halos: a disc in each unit's status colour, drawn under its symbol.

Contract: ``StatusHaloLayer.set_points(x, y, codes)`` takes local metres and
``widgets.status_style.status_code`` values; ``paint`` draws every visible
point as one pre-rendered disc (an atlas of one disc per status, day or
night per ``set_dark``) in a single ``drawPixmapFragments`` call.

Why not a styled ``ScatterPlotItem`` per status: their ``setData`` alone
measured ~1.8 ms for 500 units split over eight items, every frame; this
item only stores the arrays, and its paint costs ~0.2 ms for 500 discs.
Why not a status-coloured outline on the unit symbols: a thick outline eats
the thin arms of the medical cross, and shape is how disciplines stay
distinct without colour.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.map.bounds import points_rect
from widgets.status_style import STATUS_ORDER, status_color

_ALPHA = 255

try:  # pyqtgraph's packed-array helper for PySide's drawPixmapFragments
    from pyqtgraph.Qt.internals import PrimitiveArray
except ImportError:  # pragma: no cover - older or newer pyqtgraph: per-disc fallback
    PrimitiveArray = None


class StatusHaloLayer(pg.GraphicsObject):
    def __init__(self, diameter_px: int = 20) -> None:
        super().__init__()
        self._d = int(diameter_px)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._codes = np.empty(0, dtype=np.int8)
        self._dark = False
        self._atlas: QPixmap | None = None
        self._atlas_key: tuple[bool, float] | None = None
        self._rect = QRectF()
        self._fragments = (
            PrimitiveArray(QPainter.PixmapFragment, 10) if PrimitiveArray is not None else None
        )
        self.drawn_count = 0  # discs drawn by the last paint, for tests

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            self.update()

    def set_points(self, x: np.ndarray, y: np.ndarray, codes: np.ndarray) -> None:
        self._x = np.asarray(x, dtype=float)
        self._y = np.asarray(y, dtype=float)
        self._codes = np.asarray(codes, dtype=np.int64)
        self._update_rect()
        self.update()

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._update_rect()

    def _update_rect(self) -> None:
        self.prepareGeometryChange()
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        self._rect = points_rect(self._x, self._y, (self._d + 4) * px)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _atlas_for(self, dpr: float) -> QPixmap:
        key = (self._dark, dpr)
        if self._atlas is None or self._atlas_key != key:
            d = self._d
            atlas = QPixmap(round(d * len(STATUS_ORDER) * dpr), round(d * dpr))
            atlas.setDevicePixelRatio(dpr)
            atlas.fill(Qt.GlobalColor.transparent)
            painter = QPainter(atlas)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                for code, status in enumerate(STATUS_ORDER):
                    colour = QColor(status_color(status, self._dark))
                    colour.setAlpha(_ALPHA)
                    painter.setBrush(colour)
                    painter.drawEllipse(QRectF(code * d + 0.5, 0.5, d - 1.0, d - 1.0))
            finally:
                painter.end()
            self._atlas = atlas
            self._atlas_key = key
        return self._atlas

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.drawn_count = 0
        if len(self._x) == 0:
            return
        t = p.transform()
        dx = t.m11() * self._x + t.m21() * self._y + t.dx()
        dy = t.m12() * self._x + t.m22() * self._y + t.dy()
        width = widget.width() if widget is not None else 1e9
        height = widget.height() if widget is not None else 1e9
        half = self._d
        rows = np.flatnonzero(
            (dx > -half) & (dx < width + half) & (dy > -half) & (dy < height + half)
        )
        if len(rows) == 0:
            return
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        atlas = self._atlas_for(dpr)
        d = self._d
        p.save()
        p.resetTransform()
        try:
            if self._fragments is not None:
                self._fragments.resize(len(rows))
                frags = self._fragments.ndarray()
                frags[:, 0] = dx[rows]
                frags[:, 1] = dy[rows]
                frags[:, 2] = self._codes[rows] * d * dpr
                frags[:, 3] = 0.0
                frags[:, 4:6] = d * dpr
                frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]
                p.drawPixmapFragments(*self._fragments.drawargs(), atlas)
            else:  # pragma: no cover
                codes = self._codes[rows].tolist()
                for x, y, code in zip(dx[rows].tolist(), dy[rows].tolist(), codes, strict=True):
                    source = QRectF(code * d * dpr, 0, d * dpr, d * dpr)
                    target = QRectF(x - d / 2, y - d / 2, d, d)
                    p.drawPixmap(target, atlas, source)
        finally:
            p.restore()
        self.drawn_count = len(rows)
