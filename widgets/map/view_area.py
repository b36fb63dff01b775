"""The device area a view-dependent picture is made for, and whether it still serves.

Contract:

* ``ViewArea.around(t, width, height, margin, content, max_px)`` is the area
  (device pixels of the view ``t`` it is made at) that a picture of the roads
  or a set of street names is made for: the viewport and ``margin`` around
  it, grown to hold all of ``content`` (the data's rect in scene units: every
  road, every street; ``pad_px`` around it for what is drawn beside the
  data, a street's name) when the whole stays within ``max_px`` device
  pixels (``dpr`` squared counted). At the scales a control room works at (the site
  or a district on screen) a pan anywhere over the data then needs nothing
  made anew: a unit selected at the other end of the site is one blit away.
  Zoomed in close, the area is the viewport and its margin.
* ``serves(t, width, height)``: the same scale and rotation as when made, and
  the part of the viewport where content can be (moved by the pan since)
  lies inside the area. ``offset(t)``: where the area's top-left corner is
  in the viewport of ``t`` (device pixels). ``transform(t_made)``: the
  transform that draws scene units into a pixmap of the area.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

__all__ = ["ViewArea"]


def _scale(t: QTransform) -> tuple[float, float, float, float]:
    return (t.m11(), t.m12(), t.m21(), t.m22())


@dataclass(frozen=True, slots=True)
class ViewArea:
    scale: tuple[float, float, float, float]
    origin: tuple[float, float]  # the view's translation when made
    rect: QRectF  # the area, device pixels of the view when made
    content: QRectF  # the data's device rect when made, padded (empty: none)

    @classmethod
    def around(
        cls,
        t: QTransform,
        width: float,
        height: float,
        margin: float,
        content: QRectF,
        max_px: float,
        dpr: float = 1.0,
        pad_px: float = 2.0,
    ) -> ViewArea:
        view = QRectF(-margin, -margin, width + 2 * margin, height + 2 * margin)
        data = QRectF()
        if content.isValid():
            data = t.mapRect(content).adjusted(-pad_px, -pad_px, pad_px, pad_px)
        rect = view
        if data.isValid():
            whole = view.united(data)
            if whole.width() * whole.height() * dpr * dpr <= max_px:
                rect = whole
        return cls(_scale(t), (t.dx(), t.dy()), rect, data)

    def shift(self, t: QTransform) -> tuple[float, float]:
        """How far the view has panned since the area was made (device pixels)."""
        return t.dx() - self.origin[0], t.dy() - self.origin[1]

    def offset(self, t: QTransform) -> QPointF:
        sx, sy = self.shift(t)
        return QPointF(self.rect.left() + sx, self.rect.top() + sy)

    def serves(self, t: QTransform, width: float, height: float) -> bool:
        if _scale(t) != self.scale:
            return False
        sx, sy = self.shift(t)
        needed = QRectF(-sx, -sy, width, height)  # the viewport, in the area's pixels
        if self.content.isValid():
            needed = needed.intersected(self.content)
            if needed.isEmpty():
                return True  # no data in view: nothing to draw there
        return self.rect.contains(needed)

    def transform(self, t: QTransform) -> QTransform:
        """``t`` (the view when made) drawing into a pixmap whose (0, 0) is the area's
        top-left corner."""
        return t * QTransform.fromTranslate(-self.rect.left(), -self.rect.top())
