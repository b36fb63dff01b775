"""Every road of the site painted by one item, from one cached picture per view.

Contract:

* ``RoadPicture`` (a ``pg.GraphicsObject`` in view coordinates) draws road
  classes given by ``set_classes(list[RoadClass])`` (lowest ``z`` first, so
  major roads lie over minor ones), each as one ``QPainterPath`` (NaN between
  ways) stroked with its cosmetic pen, without antialiasing, as the per-class
  ``PlotDataItem``s it replaces did. ``set_visible_classes(names)`` hides
  classes (level of detail), ``restyle()`` takes new pens.
* On screen it paints from a cached device pixmap rendered for the view's
  scale: the viewport plus ``MARGIN_PX`` on every side, or every road when
  that fits in ``WHOLE_MAX_PX`` (``widgets.map.view_area.ViewArea``). A pan
  (same scale) or a resize the pixmap still covers (a panel above the map
  showing a line) blits that pixmap at an offset instead of stroking the
  roads again; a zoom, a pan or resize past what it holds, a style or
  visibility change renders it anew. Why: a pan used to re-stroke every
  class into its own device cache (and pyqtgraph rebuilt each class's path
  on a vertical pan), ~4-8 ms a pan frame on Helsinki; a frame that pans now
  costs one blit, like a frame that does not, and a unit selected across
  the site (the map centred on it) no longer strokes the roads anew.
* Painting to anything but the view's own viewport (``QWidget.render`` into
  an image for a report, a printer) strokes the paths directly with the
  painter's own hints: paper gets vectors at its resolution, never an
  upscaled screen pixmap.
* ``renders`` counts pixmap renders, ``blits`` frames served from the cache
  (tests and benchmarks).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.map.view_area import ViewArea

__all__ = ["MARGIN_PX", "WHOLE_MAX_PX", "RoadClass", "RoadPicture"]

MARGIN_PX = 256
# Every road in the picture while that is at most this many device pixels (32 MB).
WHOLE_MAX_PX = 8_000_000


@dataclass(slots=True)
class RoadClass:
    name: str
    x: np.ndarray
    y: np.ndarray
    z: float
    pen: QPen
    path: QPainterPath

    @classmethod
    def build(cls, name: str, x: np.ndarray, y: np.ndarray, z: float, pen: QPen) -> RoadClass:
        return cls(name, x, y, z, pen, pg.arrayToQPath(x, y, connect="finite"))


class RoadPicture(pg.GraphicsObject):
    def __init__(self) -> None:
        super().__init__()
        self._classes: list[RoadClass] = []
        self._visible: frozenset[str] = frozenset()
        self._rect = QRectF()
        self._pixmap: QPixmap | None = None
        self._key: tuple[object, ...] | None = None
        self._area: ViewArea | None = None  # what the pixmap holds
        self.renders = 0
        self.blits = 0

    # --- data ----------------------------------------------------------------

    def set_classes(self, classes: list[RoadClass]) -> None:
        self.prepareGeometryChange()
        self._classes = sorted(classes, key=lambda c: c.z)
        self._visible = frozenset(c.name for c in classes)
        rect = QRectF()
        for c in self._classes:
            rect = rect.united(c.path.boundingRect())
        self._rect = rect
        self.invalidate()

    def set_visible_classes(self, names: frozenset[str]) -> None:
        if names != self._visible:
            self._visible = names
            self.invalidate()

    def visible_classes(self) -> frozenset[str]:
        return self._visible

    def invalidate(self) -> None:
        """Render the pixmap anew at the next paint (pens, classes, visibility)."""
        self._key = None
        self._pixmap = None
        self.update()

    def restyle(self) -> None:
        self.invalidate()

    # --- painting ------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _stroke(self, p: QPainter) -> None:
        visible = self._visible
        for c in self._classes:
            if c.name in visible:
                p.setPen(c.pen)
                p.drawPath(c.path)

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._classes:
            return
        if widget is None or p.device() is not widget:
            # Another device (a report's image, a printer): vectors, the painter's hints.
            self._stroke(p)
            return
        t = p.transform()
        dpr = widget.devicePixelRatioF()
        width, height = widget.width(), widget.height()
        key = (t.m11(), t.m12(), t.m21(), t.m22(), dpr)
        area = self._area
        if (
            self._pixmap is None
            or area is None
            or key != self._key
            or not area.serves(t, width, height)
        ):
            area = self._render(t, key, width, height, dpr)
        else:
            self.blits += 1
        assert self._pixmap is not None
        p.save()
        p.resetTransform()
        p.drawPixmap(area.offset(t), self._pixmap)
        p.restore()

    def _render(
        self, t: QTransform, key: tuple[object, ...], width: int, height: int, dpr: float
    ) -> ViewArea:
        self.renders += 1
        area = ViewArea.around(t, width, height, MARGIN_PX, self._rect, WHOLE_MAX_PX, dpr)
        w, h = area.rect.width(), area.rect.height()
        pixmap = QPixmap(max(1, math.ceil(w * dpr)), max(1, math.ceil(h * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setTransform(area.transform(t))
            self._stroke(painter)
        finally:
            painter.end()
        self._pixmap = pixmap
        self._key = key
        self._area = area
        return area
