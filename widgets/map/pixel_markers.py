"""Base item for map markers drawn at a fixed size in device pixels.

Contract:

* ``PixelMarkers(size_px, margin_px, font_scale)`` is a ``pg.GraphicsObject``
  over ``xy`` (an ``(n, 2)`` array in view coordinates) and ``selected``
  (a row, ``-1`` for none). Its bounding rect covers every point plus
  ``size_px + margin_px`` screen pixels, recomputed by ``_changed()`` (call
  it after changing ``xy``; it also repaints) and when the view zooms.
* ``paint`` draws nothing when empty; otherwise it maps the points to device
  pixels and hands ``_paint_markers(p, transform)`` an antialiased painter
  with no transform and a bold font of ``size_px * font_scale`` pixels.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.map.bounds import points_rect
from widgets.map.contents import show_contents

__all__ = ["PixelMarkers"]


class PixelMarkers(pg.GraphicsObject):
    """Points drawn as fixed-size symbols; subclasses paint the symbols."""

    def __init__(self, size_px: float, margin_px: float, font_scale: float) -> None:
        super().__init__()
        self.xy = np.empty((0, 2))
        self.selected = -1
        self._extent_px = size_px + margin_px
        self._font = QFont()
        self._font.setBold(True)
        self._font.setPixelSize(int(size_px * font_scale))
        self._rect = QRectF()
        show_contents(self, False)  # nothing to draw yet

    def _changed(self) -> None:
        show_contents(self, len(self.xy) > 0)
        self._update_rect()
        self.update()

    def _paint_markers(self, p: QPainter, t: QTransform) -> None:
        raise NotImplementedError

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._update_rect()

    def _update_rect(self) -> None:
        self.prepareGeometryChange()
        margin = self._extent_px * (self.pixelLength(pg.Point(1, 0)) or 0.0)
        self._rect = points_rect(self.xy[:, 0], self.xy[:, 1], margin)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if len(self.xy) == 0:
            return
        t = p.transform()
        p.save()
        # Device pixels: the symbols keep their size whatever the zoom.
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self._font)
        self._paint_markers(p, t)
        p.restore()
