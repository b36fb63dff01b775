"""Graphics items of the map: roads by class, and labels for many points.

Contract: ``RoadItems`` holds one path per road class once per site (NaN
separates ways), styles it per class for day or night (``pen(class)``), and
hides minor classes when zoomed far out (level of detail: they would merge
into a grey smear anyway); all classes are drawn by one
``widgets.map.road_picture.RoadPicture`` (a pan blits its cached picture).
``LabelLayer`` paints every label of a point set in a single ``paint()``
call, in device pixels, so hundreds of call signs cost one item. On its own
it declutters on a coarse grid at paint time with cached ``QStaticText`` (a
priority row, the selected unit, is always labelled). Once a
``widgets.map.label_placer.LabelPlacer`` manages it (``managed``, as every
layer of the map is), it paints only the rows the placer chose, each at its
chosen side of the anchor (``set_placement``), from a
``widgets.map.label_atlas.LabelAtlas`` in one call, and tells the placer
when its labels change (``on_changed``). ``must`` rows (the selected, the alarmed) are always
placed; ``rank`` orders the rest (lower first, row order by default).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.map.bounds import points_rect
from widgets.map.contents import show_contents
from widgets.map.label_atlas import LabelAtlas
from widgets.map.placement import label_origin
from widgets.map.road_picture import RoadClass, RoadPicture


@dataclass(frozen=True, slots=True)
class RoadStyle:
    width: float
    day: str
    night: str
    max_m_per_px: float  # hidden when zoomed out beyond this
    z: float


_INF = float("inf")

ROAD_STYLES: dict[str, RoadStyle] = {
    "motorway": RoadStyle(4.0, "#7d776c", "#aab2bf", _INF, -10),
    "trunk": RoadStyle(3.5, "#857f74", "#9ea6b3", _INF, -11),
    "primary": RoadStyle(3.0, "#8e887d", "#8f97a4", _INF, -12),
    "secondary": RoadStyle(2.5, "#9c978d", "#7f8794", _INF, -13),
    "tertiary": RoadStyle(2.0, "#aaa59c", "#6f7784", 40.0, -14),
    "unclassified": RoadStyle(1.5, "#b9b5ad", "#5d6470", 20.0, -15),
    "residential": RoadStyle(1.5, "#b9b5ad", "#5d6470", 20.0, -15),
    "living_street": RoadStyle(1.0, "#c4c0b8", "#525965", 10.0, -16),
    "service": RoadStyle(1.0, "#cdc9c1", "#474d58", 6.0, -17),
    "pedestrian": RoadStyle(1.0, "#c9c2d2", "#4a4858", 6.0, -17),
    "track": RoadStyle(1.0, "#d3c8b4", "#4b4740", 6.0, -18),
    "path": RoadStyle(1.0, "#d9d3c6", "#3d3f44", 4.0, -18),
}
_FALLBACK_STYLE = RoadStyle(1.0, "#cdc9c1", "#474d58", 6.0, -19)

BACKGROUND_DAY = "#f3f1ec"
BACKGROUND_NIGHT = "#15181d"


def road_style(road_class: str) -> RoadStyle:
    return ROAD_STYLES.get(road_class, _FALLBACK_STYLE)


class RoadItems:
    """Every road class of the site, drawn by one ``RoadPicture`` in a ``ViewBox``."""

    def __init__(self, view_box: pg.ViewBox) -> None:
        self._view_box = view_box
        self.picture = RoadPicture()
        # Under everything else on the map, as the lowest road class was.
        self.picture.setZValue(min(s.z for s in ROAD_STYLES.values()) - 1)
        view_box.addItem(self.picture, ignoreBounds=True)
        self.classes: dict[str, RoadClass] = {}
        self._dark = False
        self._m_per_px = 0.0
        self._bounds: QRectF | None = None

    def set_roads(self, xy_by_class: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        self.classes.clear()
        xmin = ymin = _INF
        xmax = ymax = -_INF
        for road_class, (x, y) in xy_by_class.items():
            if len(x) < 2:
                continue
            x = np.asarray(x, dtype=float)
            y = np.asarray(y, dtype=float)
            self.classes[road_class] = RoadClass.build(
                road_class, x, y, road_style(road_class).z, self._pen(road_class)
            )
            finite = np.isfinite(x) & np.isfinite(y)
            if finite.any():
                xmin = min(xmin, float(x[finite].min()))
                xmax = max(xmax, float(x[finite].max()))
                ymin = min(ymin, float(y[finite].min()))
                ymax = max(ymax, float(y[finite].max()))
        self._bounds = QRectF(xmin, ymin, xmax - xmin, ymax - ymin) if xmax >= xmin else None
        self.picture.set_classes(list(self.classes.values()))
        self.apply_lod(self._m_per_px)

    def bounds(self) -> QRectF | None:
        return self._bounds

    def point_counts(self) -> dict[str, int]:
        return {name: len(c.x) for name, c in self.classes.items()}

    def pen(self, road_class: str) -> QPen:
        return self.classes[road_class].pen

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def apply_lod(self, m_per_px: float) -> None:
        self._m_per_px = m_per_px
        self.picture.set_visible_classes(
            frozenset(name for name in self.classes if m_per_px <= road_style(name).max_m_per_px)
        )

    def visible_classes(self) -> frozenset[str]:
        return self.picture.visible_classes()

    def _pen(self, road_class: str) -> QPen:
        style = road_style(road_class)
        return pg.mkPen(style.night if self._dark else style.day, width=style.width)

    def _restyle(self) -> None:
        for name, c in self.classes.items():
            c.pen = self._pen(name)
        self.picture.restyle()


class LabelLayer(pg.GraphicsObject):
    """Text labels for a point set, all painted by one item."""

    def __init__(self, offset_px: float = 9.0) -> None:
        super().__init__()
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._texts: list[str] = []
        self._priority = -1
        self._offset = offset_px
        self._static: dict[str, QStaticText] = {}
        self._widths: dict[str, float] = {}
        self._w = np.empty(0)
        self._font = QFont()
        self._font.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.85))
        self._ink = QColor("#111111")
        self._backdrop = QColor(255, 255, 255, 200)
        self._line_px = float(QFontMetrics(self._font).height())
        self._atlas = LabelAtlas(self._font, self._line_px)
        self._max_px = 0.0
        self._rect = QRectF()
        self.right_to_left = False
        self.drawn_count = 0  # labels drawn by the last paint, for tests and tuning
        self.managed = False
        self.on_changed: Callable[[], None] | None = None
        self.must = np.empty(0, dtype=np.intp)
        self.rank: np.ndarray | None = None
        self.placed_rows = np.empty(0, dtype=np.intp)
        self.placed_pos = np.empty(0, dtype=np.int8)
        self._paint_cache: tuple[object, ...] | None = None
        show_contents(self, False)  # nothing to draw yet

    def set_colours(self, ink: QColor, backdrop: QColor) -> None:
        self._ink = QColor(ink)
        self._backdrop = QColor(backdrop)
        self._atlas.set_style(self._ink, self._backdrop)
        self.update()

    def set_labels(
        self,
        x: np.ndarray,
        y: np.ndarray,
        texts: list[str],
        priority: int = -1,
        must: np.ndarray | list[int] | None = None,
        rank: np.ndarray | None = None,
    ) -> None:
        """Replace the labels; ``priority`` and ``must`` rows are always placed."""
        self._x = np.asarray(x, dtype=float)
        self._y = np.asarray(y, dtype=float)
        self._texts = texts
        self._priority = priority
        extra = np.asarray([] if must is None else must, dtype=np.intp)
        first = np.asarray([priority] if priority >= 0 else [], dtype=np.intp)
        self.must = np.concatenate([first, extra[extra != priority]])
        self.rank = None if rank is None else np.asarray(rank, dtype=float)
        for text in texts:
            if text not in self._static:
                static = QStaticText(text)
                static.prepare(font=self._font)
                self._static[text] = static
                self._widths[text] = static.size().width()
                self._max_px = max(self._max_px, self._widths[text])
        widths = self._widths
        self._w = np.array([widths[t] for t in texts], dtype=float)
        if not self.managed:  # a managed layer shows what the placer placed
            show_contents(self, len(texts) > 0)
        self._update_rect()
        self.update()
        if self.on_changed is not None:
            self.on_changed()

    # --- placement (widgets.map.label_placer) ----------------------------

    @property
    def x(self) -> np.ndarray:
        return self._x

    @property
    def y(self) -> np.ndarray:
        return self._y

    @property
    def widths(self) -> np.ndarray:
        return self._w

    @property
    def line_px(self) -> float:
        return self._line_px

    @property
    def offset_px(self) -> float:
        return self._offset

    @property
    def texts(self) -> list[str]:
        return self._texts

    def order(self) -> np.ndarray:
        """Rows by priority: by ``rank`` (stable), else in row order."""
        if self.rank is None or len(self.rank) != len(self._x):
            return np.arange(len(self._x))
        return np.argsort(self.rank, kind="stable")

    def set_placement(self, rows: np.ndarray, positions: np.ndarray) -> None:
        """The rows to draw and their sides (``widgets.map.placement.POSITIONS``)."""
        self.placed_rows = np.asarray(rows, dtype=np.intp)
        self.placed_pos = np.asarray(positions, dtype=np.int8)
        # The placer runs inside a full repaint: no extra repaint for a layer emptied.
        show_contents(self, len(self.placed_rows) > 0, repaint=False)

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._update_rect()

    def _update_rect(self) -> None:
        self.prepareGeometryChange()
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        self._rect = points_rect(self._x, self._y, (self._max_px + self._offset + 40.0) * px)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.drawn_count = 0
        n = len(self._x)
        if n == 0:
            return
        t = p.transform()
        dx = t.m11() * self._x + t.m21() * self._y + t.dx()
        dy = t.m12() * self._x + t.m22() * self._y + t.dy()
        if self.managed:
            dpr = widget.devicePixelRatioF() if widget is not None else 1.0
            self._paint_placed(p, dx, dy, dpr)
            return
        p.save()
        p.resetTransform()
        width = widget.width() if widget is not None else 1e9
        height = widget.height() if widget is not None else 1e9
        visible = (dx > -self._max_px - 20) & (dx < width + 20) & (dy > -20) & (dy < height + 20)
        rows = np.flatnonzero(visible)
        if len(rows):
            rows = self._declutter(rows, dx, dy)
        p.setFont(self._font)
        p.setPen(self._ink)
        texts = self._texts
        offset = self._offset
        backdrop = self._backdrop
        line = self._line_px
        widths = self._w
        for row in rows.tolist():
            width = widths[row]
            left = dx[row] - offset - width if self.right_to_left else dx[row] + offset
            top = dy[row] - line / 2
            p.fillRect(QRectF(left - 2, top, width + 4, line), backdrop)
            p.drawStaticText(QPointF(left, top), self._static[texts[row]])
        self.drawn_count = len(rows)
        p.restore()

    def _paint_placed(self, p: QPainter, dx: np.ndarray, dy: np.ndarray, dpr: float) -> None:
        rows = self.placed_rows
        keep = rows < len(self._x)
        rows = rows[keep]
        if len(rows) == 0:
            return
        atlas = self._atlas
        atlas.set_style(self._ink, self._backdrop, dpr)
        # Where each text sits from its anchor, and its atlas slot, change only with
        # a new placement, new texts or a new atlas: most frames only move anchors.
        key = (self.placed_rows, self.placed_pos, self._texts, self._w, self.right_to_left)
        cached = self._paint_cache
        if (
            cached is None
            or cached[0] != atlas.epoch
            or any(a is not b for a, b in zip(cached[1], key, strict=True))
        ):
            pos = self.placed_pos[keep]
            widths = self._w[rows]
            off_x, off_y = label_origin(
                np.zeros(len(rows)), np.zeros(len(rows)), widths, self._line_px,
                self._offset, self.right_to_left, pos,
            )  # fmt: skip
            texts = self._texts
            slots = atlas.slots([texts[r] for r in rows.tolist()], widths)
            cached = self._paint_cache = (atlas.epoch, key, off_x, off_y, slots)
        _epoch, _key, off_x, off_y, slots = cached
        p.save()
        p.resetTransform()
        atlas.draw(p, dx[rows] + off_x, dy[rows] + off_y, slots)
        self.drawn_count = len(rows)
        p.restore()

    def _declutter(self, rows: np.ndarray, dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
        # Greedy placement on a coarse occupancy grid: a label is drawn only
        # if none of the cells its box covers is taken. Coarse cells keep it
        # to a few set operations per label, so hundreds cost well under 1 ms.
        if self._priority >= 0 and bool(np.any(rows == self._priority)):
            rows = np.concatenate([[self._priority], rows[rows != self._priority]])
        cell_w = 24.0
        cell_h = max(self._line_px, 1.0)
        widths = self._w[rows]
        if self.right_to_left:
            left = dx[rows] - self._offset - widths
        else:
            left = dx[rows] + self._offset
        top = dy[rows] - cell_h / 2
        c0 = np.floor(left / cell_w).astype(np.int64).tolist()
        c1 = np.floor((left + widths) / cell_w).astype(np.int64).tolist()
        r0 = np.floor(top / cell_h).astype(np.int64).tolist()
        taken: set[int] = set()
        keep: list[int] = []
        for i, row in enumerate(rows.tolist()):
            r = r0[i] * 1_000_003
            cells = [c + r + dr for c in range(c0[i], c1[i] + 1) for dr in (0, 1_000_003)]
            if taken.isdisjoint(cells):
                taken.update(cells)
                keep.append(row)
        return np.asarray(keep, dtype=np.intp)
