"""Street names drawn along their streets, whole, upright and never piled.

Contract:

* ``StreetLabelLayer`` (a ``pg.GraphicsObject``) holds a
  ``widgets.map.street_index.StreetIndex`` (``set_index``) and paints the
  labels the placement pass chose. ``prepare(transform, width, height,
  m_per_px)`` (on a zoom, a resize, a pan past the prepared area, new data)
  picks for the viewport and ``MARGIN_PX`` around it, or for every street
  while that stays within ``WHOLE_MAX_PX`` device pixels
  (``widgets.map.view_area.ViewArea``), per stretch, spots
  where its name fits along a nearly straight piece (chord >= 90 % of the
  arc, bend within half a line), every ``REPEAT_PX`` along the stretch at
  most, and keeps a set that does not overlap itself (major classes and
  long stretches first; one name at least ``REPEAT_PX`` from its own
  repeats). ``place(grid)`` then keeps the labels of that set whose boxes
  are free in the grid the point labels filled (one vectorised test per
  frame) and returns how many it kept. ``covers(transform, width, height)``
  says the prepared set serves a view (a pan within the prepared area),
  ``same_scale(transform)`` that it was prepared at that view's scale. A
  label's collision shape is a chain of squares along its baseline, so a
  diagonal name does not block a whole rectangle.
* On the view's viewport the layer paints from a picture of its own (a
  viewport-sized pixmap): a frame where only units and tracks moved blits
  the street names; a new view (pan, zoom, resize), ``prepare``, a placement
  that kept other labels or new colours render it anew (``renders``,
  ``blits``). ``prepare`` and ``place`` run inside the map's paint, before
  the items paint, and only mark the picture stale: no ``update()``, which
  would ask Qt for a second full paint of the map after this one (a Qt
  device-coordinate cache can only be invalidated that way: under a radar
  storm that was every other paint of the map). Painting to another device
  (a report's image, a printer) draws the names directly.
* Each label is the whole name rendered once (with a halo) into a cached
  pixmap by ``QPainter.drawText``, so Hebrew and Arabic are shaped and
  ordered by Qt's text engine, and the pixmap is rotated as a whole to the
  street's direction, turned to read upright (never upside down).
"""

from __future__ import annotations

import math
from collections import OrderedDict, defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.map.placement import OccupancyGrid
from widgets.map.street_index import StreetIndex
from widgets.map.view_area import ViewArea

__all__ = ["MARGIN_PX", "REPEAT_PX", "WHOLE_MAX_PX", "StreetIndex", "StreetLabelLayer"]

REPEAT_PX = 320.0
# The set of names is chosen for the viewport and this much around it, or for
# every street while that stays within WHOLE_MAX_PX: a pan within it keeps the
# set (boxes move with the view) instead of choosing anew.
MARGIN_PX = 200.0
WHOLE_MAX_PX = 8_000_000
HALO_PX = 2
_PIXMAP_CACHE = 4000


class StreetLabelLayer(pg.GraphicsObject):
    """Street names along the streets, painted by one item."""

    def __init__(self) -> None:
        super().__init__()
        self.index: StreetIndex | None = None
        self._font = QFont()
        self._font.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.85))
        self._metrics = QFontMetricsF(self._font)
        self._line_px = float(self._metrics.height())
        self._widths: dict[str, float] = {}
        self._ink = QColor("#3b3b3b")
        self._halo = QColor(255, 255, 255, 230)
        self._dark = False
        self._pixmaps: OrderedDict[tuple[str, bool, float], QPixmap] = OrderedDict()
        self._anchor_cache: dict[int, list[tuple[float, float, float, float]]] = {}
        self._anchor_key = 0.0
        self._rect = QRectF()
        # The set chosen by ``prepare`` (device pixels at that view).
        self._cand_names: list[str] = []
        self._cand_xy = np.empty((0, 2))  # centre in metres
        self._cand_angle = np.empty(0)  # degrees, device space, upright
        self._cand_boxes = np.empty((0, 4))
        self._cand_owner = np.empty(0, dtype=np.intp)
        # What ``place`` kept: rows of the chosen set.
        self.placed = np.empty(0, dtype=np.intp)
        self.candidate_count = 0
        self.drawn_count = 0
        self._area: ViewArea | None = None  # what the chosen set was chosen for
        self._bounds = QRectF()  # every street (metres)
        self._offset = QPointF()  # the area's corner in the viewport at the last place
        # Painted once per view and placement: frames where only units and tracks move
        # blit it (~3 ms a frame of rotated pixmaps otherwise); what changes what is
        # drawn bumps ``_version``.
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] | None = None
        self._version = 0
        self.renders = 0
        self.blits = 0

    # --- data --------------------------------------------------------------

    def set_index(self, index: StreetIndex | None) -> None:
        self.prepareGeometryChange()
        self.index = index
        self._anchor_cache.clear()
        bounds = index.bounds() if index is not None else None
        # Fixed and generous: the rect never changes while painting.
        if bounds is None:
            self._rect = self._bounds = QRectF()
        else:
            x0, y0, x1, y1 = bounds
            self._rect = QRectF(x0 - 2000, y0 - 2000, x1 - x0 + 4000, y1 - y0 + 4000)
            self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0)
        self._cand_names = []
        self._cand_xy = np.empty((0, 2))
        self._cand_angle = np.empty(0)
        self._cand_boxes = np.empty((0, 4))
        self._cand_owner = np.empty(0, dtype=np.intp)
        self.placed = np.empty(0, dtype=np.intp)
        self._area = None
        self._version += 1
        self.update()

    def set_colours(self, ink: QColor, halo: QColor, dark: bool) -> None:
        self._ink = QColor(ink)
        self._halo = QColor(halo)
        self._dark = dark
        self._pixmaps.clear()
        self._version += 1
        self.update()

    def text_width(self, name: str) -> float:
        width = self._widths.get(name)
        if width is None:
            width = self._widths[name] = self._metrics.horizontalAdvance(name) + 2 * HALO_PX
        return width

    # --- placement ---------------------------------------------------------

    def covers(self, t: QTransform, width: float, height: float) -> bool:
        """True when the set ``prepare`` chose also serves this view: the same
        scale, and the prepared area (the viewport and margin, or every
        street), moved by the pan since, holds the viewport's streets."""
        return self._area is not None and self._area.serves(t, width, height)

    def same_scale(self, t: QTransform) -> bool:
        """True when a set was prepared at this view's scale and rotation (a pan since,
        or a resize: its names, moved with the view, are where they belong)."""
        area = self._area
        return area is not None and area.scale == (t.m11(), t.m12(), t.m21(), t.m22())

    def prepare(self, t: QTransform, width: float, height: float, m_per_px: float) -> None:
        """Choose the non-overlapping set of street labels for this view and
        ``MARGIN_PX`` around it, or for every street when that fits in
        ``WHOLE_MAX_PX`` (so a pan keeps the set: ``covers``)."""
        area = ViewArea.around(
            t, width, height, MARGIN_PX, self._bounds, WHOLE_MAX_PX, pad_px=MARGIN_PX
        )
        self._area = area
        self._offset = area.offset(t)
        t = area.transform(t)
        width, height = area.rect.width(), area.rect.height()
        self._version += 1  # new candidates: the picture is stale (painted next)
        self._cand_names = []
        self._cand_xy = np.empty((0, 2))
        self._cand_angle = np.empty(0)
        self._cand_boxes = np.empty((0, 4))
        self._cand_owner = np.empty(0, dtype=np.intp)
        self.placed = np.empty(0, dtype=np.intp)
        self.candidate_count = 0
        index = self.index
        if index is None or len(index) == 0 or not (m_per_px > 0) or width <= 0:
            return
        inv, ok = t.inverted()
        if not ok:
            return
        corners = [inv.map(QPointF(px, py)) for px, py in ((0, 0), (width, 0), (0, height),
                                                            (width, height))]  # fmt: skip
        xs = [c.x() for c in corners]
        ys = [c.y() for c in corners]
        chains = index.chains_in((min(xs), min(ys), max(xs), max(ys)))
        if len(chains) == 0:
            return
        chains = chains[index.max_m_per_px[chains] >= m_per_px]
        if abs(m_per_px - self._anchor_key) > 1e-6 * max(m_per_px, 1e-9):
            self._anchor_cache.clear()
            self._anchor_key = m_per_px
        line = self._line_px
        step_px = REPEAT_PX
        # Majors first, then long stretches.
        order = np.lexsort((-index.length[chains], index.rank[chains]))
        grid = OccupancyGrid(width, height)
        names: list[str] = []
        centres: list[tuple[float, float]] = []
        angles: list[float] = []
        boxes: list[np.ndarray] = []
        seen: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
        m11, m12, m21, m22 = t.m11(), t.m12(), t.m21(), t.m22()
        tdx, tdy = t.dx(), t.dy()
        min_repeat2 = step_px * step_px
        for chain in chains[order].tolist():
            name = index.names[chain]
            w_px = self.text_width(name)
            anchors = self._anchor_cache.get(chain)
            if anchors is None:
                label_m = (w_px + 4) * m_per_px
                anchors = index.anchors(
                    chain, label_m, max(step_px * m_per_px, 2.5 * label_m), 0.5 * line * m_per_px
                )
                self._anchor_cache[chain] = anchors
            for x, y, ux, uy in anchors:
                cx = m11 * x + m21 * y + tdx
                cy = m12 * x + m22 * y + tdy
                if not (0 <= cx <= width and 0 <= cy <= height):
                    continue
                self.candidate_count += 1
                vx, vy = m11 * ux + m21 * uy, m12 * ux + m22 * uy
                norm = math.hypot(vx, vy)
                if norm == 0:
                    continue
                vx, vy = vx / norm, vy / norm
                if vx < 0 or (vx == 0 and vy > 0):
                    vx, vy = -vx, -vy  # upright: never read upside down
                if any((cx - px) ** 2 + (cy - py) ** 2 < min_repeat2 for px, py in seen[name]):
                    continue
                chain_boxes = _chain_boxes(cx, cy, vx, vy, w_px, line)
                if not all(grid.inside(*b, 3.0) and grid.is_free(*b) for b in chain_boxes.tolist()):
                    continue
                for b in chain_boxes.tolist():
                    grid.take(*b)
                seen[name].append((cx, cy))
                names.append(name)
                centres.append((x, y))
                angles.append(math.degrees(math.atan2(vy, vx)))
                boxes.append(chain_boxes)
        if not names:
            return
        self._cand_names = names
        self._cand_xy = np.asarray(centres)
        self._cand_angle = np.asarray(angles)
        self._cand_boxes = np.vstack(boxes)
        self._cand_owner = np.repeat(np.arange(len(names)), [len(b) for b in boxes])

    def place(self, grid: OccupancyGrid, t: QTransform | None = None) -> int:
        """Keep the prepared labels whose boxes lie inside the viewport and are
        free in ``grid``; ``t`` is the view's transform now (a pan since
        ``prepare`` moves the boxes with it)."""
        if not self._cand_names:
            if len(self.placed):
                self._version += 1
            self.placed = np.empty(0, dtype=np.intp)
            return 0
        if t is not None and self._area is not None:
            self._offset = self._area.offset(t)
        ox, oy = self._offset.x(), self._offset.y()
        boxes = self._cand_boxes + np.array([ox, oy] * 2)
        edge = 3.0
        inside = (boxes[:, 0] >= edge) & (boxes[:, 1] >= edge)
        inside &= (boxes[:, 2] <= grid.width - edge) & (boxes[:, 3] <= grid.height - edge)
        free = grid.free_mask(boxes) & inside
        blocked = np.zeros(len(self._cand_names), dtype=bool)
        np.logical_or.at(blocked, self._cand_owner, ~free)
        placed = np.flatnonzero(~blocked)
        if not np.array_equal(placed, self.placed):
            self._version += 1  # the picture is stale: this paint renders it
        self.placed = placed
        return len(self.placed)

    def shown(self) -> list[tuple[str, float, float, float]]:
        """The labels drawn: (name, x, y in metres, angle in degrees), for tests."""
        return [
            (self._cand_names[r], float(self._cand_xy[r, 0]), float(self._cand_xy[r, 1]),
             float(self._cand_angle[r]))
            for r in self.placed.tolist()
        ]  # fmt: skip

    def placed_boxes(self) -> list[np.ndarray]:
        """Collision boxes (device pixels) of each label drawn, for tests."""
        shift = np.array([self._offset.x(), self._offset.y()] * 2)
        return [self._cand_boxes[self._cand_owner == r] + shift for r in self.placed.tolist()]

    # --- painting ----------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _pixmap(self, name: str, dpr: float) -> QPixmap:
        key = (name, self._dark, dpr)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        w = self.text_width(name) + 2 * HALO_PX
        h = self._line_px + 2 * HALO_PX
        pixmap = QPixmap(max(1, math.ceil(w * dpr)), max(1, math.ceil(h * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.setFont(self._font)
            # The paragraph direction follows the text: a Hebrew or Arabic
            # name is laid out right to left, with its digits in place.
            painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            box = QRectF(0, 0, w, h)
            flags = Qt.AlignmentFlag.AlignCenter
            painter.setPen(self._halo)
            for ox, oy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
                painter.drawText(box.translated(ox * 1.2, oy * 1.2), flags, name)
            painter.setPen(self._ink)
            painter.drawText(box, flags, name)
        finally:
            painter.end()
        self._pixmaps[key] = pixmap
        if len(self._pixmaps) > _PIXMAP_CACHE:
            self._pixmaps.popitem(last=False)
        return pixmap

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if len(self.placed) == 0:
            self.drawn_count = 0
            return
        if widget is None or p.device() is not widget:
            # Another device (a report's image, a printer): the names at its resolution.
            self._draw(p, p.transform(), 1.0 if widget is None else widget.devicePixelRatioF())
            return
        t = p.transform()
        dpr = widget.devicePixelRatioF()
        width, height = widget.width(), widget.height()
        key = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), width, height, dpr,
               self._version)  # fmt: skip
        if self._picture is None or key != self._picture_key:
            picture = QPixmap(max(1, math.ceil(width * dpr)), max(1, math.ceil(height * dpr)))
            picture.setDevicePixelRatio(dpr)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            try:
                self._draw(painter, t, dpr)
            finally:
                painter.end()
            self._picture = picture
            self._picture_key = key
            self.renders += 1
        else:
            self.blits += 1
        p.save()
        p.resetTransform()
        p.drawPixmap(QPointF(0.0, 0.0), self._picture)
        p.restore()

    def _draw(self, p: QPainter, t: QTransform, dpr: float) -> None:
        """The placed names, each its pixmap turned along its street, at ``t``."""
        rows = self.placed
        xy = self._cand_xy[rows]
        dx = t.m11() * xy[:, 0] + t.m21() * xy[:, 1] + t.dx()
        dy = t.m12() * xy[:, 0] + t.m22() * xy[:, 1] + t.dy()
        names = self._cand_names
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        angles = self._cand_angle[rows].tolist()
        for row, x, y, angle in zip(rows.tolist(), dx.tolist(), dy.tolist(), angles, strict=True):
            pixmap = self._pixmap(names[row], dpr)
            w = pixmap.width() / dpr
            h = pixmap.height() / dpr
            p.setTransform(QTransform().translate(x, y).rotate(angle))
            p.drawPixmap(QPointF(-w / 2, -h / 2), pixmap)
        p.restore()
        self.drawn_count = len(rows)


def _chain_boxes(cx: float, cy: float, vx: float, vy: float, w: float, h: float) -> np.ndarray:
    """Squares of side ``h`` along a label's baseline, covering its text."""
    count = max(1, math.ceil(w / h))
    half_span = max(0.0, (w - h) / 2)
    t = np.linspace(-half_span, half_span, count)
    px = cx + t * vx
    py = cy + t * vy
    half = h / 2
    return np.column_stack([px - half, py - half, px + half, py + half])
