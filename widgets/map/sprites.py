"""Many point symbols of a few styles, drawn by one item in one call.

Contract:

* ``SpriteLayer(styles)``: ``styles`` is a list of ``SpriteStyle(symbol,
  size_px, pen, brush)`` (pyqtgraph symbol names or paths, as a
  ``ScatterPlotItem`` takes them); ``set_styles`` replaces them (theme).
  ``set_points(x, y, codes)`` takes view coordinates and one style index per
  point, and only stores them. ``paint`` maps the points to device pixels,
  skips those outside the viewport and draws the rest with one
  ``drawPixmapFragments`` call from an atlas of the styles, each rendered once
  by pyqtgraph's own ``renderSymbol`` (so a symbol looks exactly as a
  ``ScatterPlotItem`` of that style drew it).
* ``points_of(code)`` gives ``(x, y)`` of the points of one style, ``len``
  the number of points (tests).

Why not a ``ScatterPlotItem`` per style: in a console frame under a radar
storm their ``setData``, ``boundingRect`` (recomputed through pixel vectors
several times a paint) and ``paint`` cost ~0.5 ms each in Python, a dozen
of them per frame; this item stores arrays and computes its bounding rect
once per change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.map.bounds import points_rect

try:  # pyqtgraph's packed-array helper for PySide's drawPixmapFragments
    from pyqtgraph.Qt.internals import PrimitiveArray
except ImportError:  # pragma: no cover - older or newer pyqtgraph: per-point fallback
    PrimitiveArray = None

__all__ = ["SpriteLayer", "SpriteStyle"]


@dataclass(frozen=True, slots=True)
class SpriteStyle:
    symbol: Any
    size: float
    pen: QPen
    brush: QBrush | None


class SpriteLayer(pg.GraphicsObject):
    def __init__(self, styles: list[SpriteStyle]) -> None:
        super().__init__()
        self._styles = list(styles)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._codes = np.empty(0, dtype=np.intp)
        self._rect = QRectF()
        self._atlas: QPixmap | None = None
        self._atlas_dpr = 0.0
        self._cells = np.empty((0, 4))  # per style: x, y, w, h in atlas pixels
        self._fragments = (
            PrimitiveArray(QPainter.PixmapFragment, 10) if PrimitiveArray is not None else None
        )
        self.drawn_count = 0

    def set_styles(self, styles: list[SpriteStyle]) -> None:
        self._styles = list(styles)
        self._atlas = None
        self._update_rect()
        self.update()

    def set_points(self, x: np.ndarray, y: np.ndarray, codes: np.ndarray) -> None:
        self._x = np.asarray(x, dtype=float)
        self._y = np.asarray(y, dtype=float)
        self._codes = np.asarray(codes, dtype=np.intp)
        self._update_rect()
        self.update()

    def points_of(self, code: int) -> tuple[np.ndarray, np.ndarray]:
        mine = self._codes == code
        return self._x[mine], self._y[mine]

    def __len__(self) -> int:
        return len(self._x)

    # --- geometry ------------------------------------------------------------

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._update_rect()

    def _update_rect(self) -> None:
        self.prepareGeometryChange()
        size = max((s.size + s.pen.widthF() for s in self._styles), default=0.0)
        margin = (size / 2 + 2) * (self.pixelLength(pg.Point(1, 0)) or 0.0)
        self._rect = points_rect(self._x, self._y, margin)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    # --- painting ------------------------------------------------------------

    def _atlas_for(self, dpr: float) -> QPixmap:
        if self._atlas is not None and self._atlas_dpr == dpr:
            return self._atlas
        images = [renderSymbol(s.symbol, s.size, s.pen, s.brush, dpr=dpr) for s in self._styles]
        width = sum(img.width() for img in images) + len(images)
        height = max((img.height() for img in images), default=1)
        atlas = QPixmap(max(1, width), max(1, height))
        atlas.fill(Qt.GlobalColor.transparent)
        cells = np.zeros((len(images), 4))
        painter = QPainter(atlas)
        try:
            x = 0
            for k, img in enumerate(images):
                painter.drawImage(QPointF(x, 0), img)
                cells[k] = (x, 0, img.width(), img.height())
                x += img.width() + 1
        finally:
            painter.end()
        self._atlas = atlas
        self._atlas_dpr = dpr
        self._cells = cells
        return atlas

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.drawn_count = 0
        if len(self._x) == 0 or not self._styles:
            return
        t = p.transform()
        dx = t.m11() * self._x + t.m21() * self._y + t.dx()
        dy = t.m12() * self._x + t.m22() * self._y + t.dy()
        dev = p.device()
        width = dev.width() if dev is not None else 1e9
        height = dev.height() if dev is not None else 1e9
        reach = 40.0
        with np.errstate(invalid="ignore"):
            rows = np.flatnonzero(
                (dx > -reach) & (dx < width + reach) & (dy > -reach) & (dy < height + reach)
                & (self._codes >= 0) & (self._codes < len(self._styles))
            )  # fmt: skip
        if len(rows) == 0:
            return
        dpr = widget.devicePixelRatioF() if widget is not None else p.device().devicePixelRatioF()
        atlas = self._atlas_for(dpr)
        cells = self._cells[self._codes[rows]]
        p.save()
        p.resetTransform()
        try:
            if self._fragments is not None:
                self._fragments.resize(len(rows))
                frags = self._fragments.ndarray()
                frags[:, 0] = dx[rows]
                frags[:, 1] = dy[rows]
                frags[:, 2:6] = cells
                frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]
                p.drawPixmapFragments(*self._fragments.drawargs(), atlas)
            else:  # pragma: no cover
                for (cx, cy, cw, ch), x, y in zip(
                    cells.tolist(), dx[rows].tolist(), dy[rows].tolist(), strict=True
                ):
                    w, h = cw / dpr, ch / dpr
                    p.drawPixmap(QRectF(x - w / 2, y - h / 2, w, h), atlas, QRectF(cx, cy, cw, ch))
        finally:
            p.restore()
        self.drawn_count = len(rows)
