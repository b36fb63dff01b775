"""Street names drawn along their streets, whole, upright and never piled.

Contract:

* ``StreetIndex(lines, projection)`` keeps ``models.places.types.StreetLine``
  s in local metres. Ways of one name that meet end to end (exactly two of
  them at the joint) are merged into one stretch, so a street split into
  many short ways is labelled once per stretch, not once per way. Stretches
  are filed in a spatial grid of ``GRID_M`` cells; ``chains_in(rect)`` gives
  the stretches a view rectangle ``(x0, y0, x1, y1)`` touches.
* ``label_max_m_per_px(road_class)``: the zoom (metres per pixel) from which
  a class is labelled; farther out its names are left off (majors first).
* ``StreetLabelLayer`` (a ``pg.GraphicsObject``) holds an index and paints
  the labels the placement pass chose. ``prepare(transform, width, height,
  m_per_px)`` (on a view or data change) picks, per visible stretch, spots
  where its name fits along a nearly straight piece (chord >= 90 % of the
  arc, bend within half a line), every ``REPEAT_PX`` along the stretch at
  most, and keeps a set that does not overlap itself (major classes and
  long stretches first; one name at least ``REPEAT_PX`` from its own
  repeats). ``place(grid)`` then keeps the labels of that set whose boxes
  are free in the grid the point labels filled (one vectorised test per
  frame) and returns how many it kept. A label's collision shape is a chain
  of squares along its baseline, so a diagonal name does not block a whole
  rectangle.
* Each label is the whole name rendered once (with a halo) into a cached
  pixmap by ``QPainter.drawText``, so Hebrew and Arabic are shaped and
  ordered by Qt's text engine, and the pixmap is rotated as a whole to the
  street's direction, turned to read upright (never upside down).
"""

from __future__ import annotations

import math
from collections import OrderedDict, defaultdict
from collections.abc import Sequence

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

from models.geo import LocalProjection
from models.places.types import StreetLine
from models.roads import ROAD_CLASSES
from widgets.map.placement import OccupancyGrid

__all__ = [
    "GRID_M",
    "REPEAT_PX",
    "StreetIndex",
    "StreetLabelLayer",
    "label_max_m_per_px",
]

GRID_M = 256.0
REPEAT_PX = 320.0
HALO_PX = 2
_PIXMAP_CACHE = 4000

_MAX_M_PER_PX: dict[str, float] = {
    "motorway": 8.0,
    "trunk": 8.0,
    "primary": 6.0,
    "secondary": 5.0,
    "tertiary": 4.0,
    "unclassified": 2.5,
    "residential": 2.5,
    "living_street": 1.5,
    "pedestrian": 1.5,
    "service": 1.0,
    "track": 1.0,
    "path": 0.8,
}


def label_max_m_per_px(road_class: str) -> float:
    return _MAX_M_PER_PX.get(road_class, 1.0)


def _class_rank(road_class: str) -> int:
    try:
        return ROAD_CLASSES.index(road_class)
    except ValueError:
        return len(ROAD_CLASSES)


class StreetIndex:
    """Named stretches in local metres with a grid for culling by view."""

    def __init__(self, lines: Sequence[StreetLine], projection: LocalProjection) -> None:
        parts: list[tuple[str, int, np.ndarray, np.ndarray]] = []
        lats = [np.asarray(line.lat, dtype=float) for line in lines]
        lons = [np.asarray(line.lon, dtype=float) for line in lines]
        if lines:
            xy = projection.forward_array(np.concatenate(lats), np.concatenate(lons))
        else:
            xy = np.empty((0, 2))
        start = 0
        for line, lat in zip(lines, lats, strict=True):
            n = len(lat)
            x, y = xy[start : start + n, 0], xy[start : start + n, 1]
            start += n
            ok = np.isfinite(x) & np.isfinite(y)
            if line.name and ok.sum() >= 2:
                parts.append((line.name, _class_rank(line.road_class), x[ok], y[ok]))
        chains = _merge(parts)
        self.names: list[str] = [c[0] for c in chains]
        self.rank = np.array([c[1] for c in chains], dtype=np.int16)
        self.max_m_per_px = np.array(
            [label_max_m_per_px(ROAD_CLASSES[r]) if r < len(ROAD_CLASSES) else 1.0
             for r in self.rank.tolist()]
        )  # fmt: skip
        self.x = [c[2] for c in chains]
        self.y = [c[3] for c in chains]
        self.s: list[np.ndarray] = []
        self.length = np.empty(0)
        if chains:
            # Arc length along each stretch, computed for all of them at once.
            sizes = np.array([len(v) for v in self.x])
            ends = np.cumsum(sizes)
            allx, ally = np.concatenate(self.x), np.concatenate(self.y)
            step = np.concatenate(([0.0], np.hypot(np.diff(allx), np.diff(ally))))
            step[ends[:-1]] = 0.0  # each stretch starts at 0
            run = np.cumsum(step)
            run -= np.repeat(run[ends - sizes], sizes)
            self.s = np.split(run, ends[:-1])
            self.length = run[ends - 1]
        self._build_grid()

    def __len__(self) -> int:
        return len(self.names)

    def bounds(self) -> QRectF | None:
        if not self.x:
            return None
        x0 = min(float(x.min()) for x in self.x)
        x1 = max(float(x.max()) for x in self.x)
        y0 = min(float(y.min()) for y in self.y)
        y1 = max(float(y.max()) for y in self.y)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def _build_grid(self) -> None:
        self._cell_keys = np.empty(0, dtype=np.int64)
        self._cell_starts = np.zeros(1, dtype=np.intp)
        self._cell_chains = np.empty(0, dtype=np.intp)
        if not self.x:
            return
        # Every cell each segment's box touches (so a long straight segment
        # is found from a view on its middle too), for all stretches at once.
        x = np.concatenate(self.x)
        y = np.concatenate(self.y)
        sizes = np.array([len(v) for v in self.x])
        chain_of = np.repeat(np.arange(len(sizes)), sizes)
        seg = np.ones(len(x) - 1, dtype=bool)
        seg[np.cumsum(sizes)[:-1] - 1] = False  # no segment across two stretches
        cx = np.floor(x / GRID_M).astype(np.int64)
        cy = np.floor(y / GRID_M).astype(np.int64)
        c0 = np.minimum(cx[:-1], cx[1:])[seg]
        c1 = np.maximum(cx[:-1], cx[1:])[seg]
        r0 = np.minimum(cy[:-1], cy[1:])[seg]
        r1 = np.maximum(cy[:-1], cy[1:])[seg]
        owner = chain_of[:-1][seg]
        span_c = c1 - c0 + 1
        span_r = r1 - r0 + 1
        count = span_c * span_r
        rep = np.repeat(np.arange(len(owner)), count)
        within = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
        cells_c = c0[rep] + within % span_c[rep]
        cells_r = r0[rep] + within // span_c[rep]
        keys = _cell_key(cells_c, cells_r)
        pairs = np.unique(np.column_stack([keys, owner[rep]]), axis=0)
        self._cell_keys, first = np.unique(pairs[:, 0], return_index=True)
        self._cell_starts = np.append(first, len(pairs)).astype(np.intp)
        self._cell_chains = pairs[:, 1].astype(np.intp)

    def chains_in(self, rect: tuple[float, float, float, float]) -> np.ndarray:
        x0, y0, x1, y1 = rect
        c0, c1 = math.floor(x0 / GRID_M), math.floor(x1 / GRID_M)
        r0, r1 = math.floor(y0 / GRID_M), math.floor(y1 / GRID_M)
        if len(self._cell_keys) == 0:
            return np.empty(0, dtype=np.intp)
        if (c1 - c0 + 1) * (r1 - r0 + 1) > 4 * len(self._cell_keys):
            return np.unique(self._cell_chains)
        cc, rr = np.meshgrid(np.arange(c0, c1 + 1), np.arange(r0, r1 + 1))
        want = _cell_key(cc.ravel(), rr.ravel())
        at = np.searchsorted(self._cell_keys, want)
        ok = at < len(self._cell_keys)
        at, want = at[ok], want[ok]
        hit = at[self._cell_keys[at] == want]
        if len(hit) == 0:
            return np.empty(0, dtype=np.intp)
        starts = self._cell_starts[hit]
        ends = self._cell_starts[hit + 1]
        lens = ends - starts
        idx = np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))
        return np.unique(self._cell_chains[idx])

    def anchors(
        self, chain: int, label_m: float, step_m: float, max_dev_m: float
    ) -> list[tuple[float, float, float, float]]:
        """Spots along one stretch where a label ``label_m`` long lies nearly
        straight: ``(x, y, ux, uy)`` centre and unit direction, in metres."""
        s = self.s[chain]
        total = float(s[-1])
        if total < label_m:
            return []
        x, y = self.x[chain], self.y[chain]
        count = int(total // step_m)
        centres = [(k + 0.5) * step_m for k in range(count)] or [total / 2]
        out: list[tuple[float, float, float, float]] = []
        half = label_m / 2
        for centre in centres:
            for shift in (0.0, -0.5, 0.5, -1.0, 1.0):
                mid = centre + shift * label_m
                a, b = mid - half, mid + half
                if a < 0 or b > total:
                    continue
                ax, bx = np.interp((a, b), s, x).tolist()
                ay, by = np.interp((a, b), s, y).tolist()
                chord = math.hypot(bx - ax, by - ay)
                if chord < 0.9 * label_m or chord <= 0:
                    continue
                ux, uy = (bx - ax) / chord, (by - ay) / chord
                i0 = int(np.searchsorted(s, a, side="right"))
                i1 = int(np.searchsorted(s, b, side="left"))
                if i1 > i0:
                    dev = np.abs((x[i0:i1] - ax) * uy - (y[i0:i1] - ay) * ux)
                    if float(dev.max()) > max_dev_m:
                        continue
                out.append(((ax + bx) / 2, (ay + by) / 2, ux, uy))
                break
        return out


def _cell_key(c: np.ndarray, r: np.ndarray) -> np.ndarray:
    return (np.asarray(c, dtype=np.int64) << 32) + (np.asarray(r, dtype=np.int64) & 0xFFFFFFFF)


def _merge(
    parts: list[tuple[str, int, np.ndarray, np.ndarray]],
) -> list[tuple[str, int, np.ndarray, np.ndarray]]:
    """Join ways of one name end to end where exactly two of them meet."""
    by_name: defaultdict[str, list[int]] = defaultdict(list)
    for i, part in enumerate(parts):
        by_name[part[0]].append(i)
    out: list[tuple[str, int, np.ndarray, np.ndarray]] = []
    for name, ids in by_name.items():
        if len(ids) == 1:
            out.append(parts[ids[0]])
            continue
        ends: defaultdict[tuple[float, float], list[int]] = defaultdict(list)

        def key(i: int, end: int) -> tuple[float, float]:
            x, y = parts[i][2], parts[i][3]
            k = -1 if end else 0
            return (round(float(x[k]), 2), round(float(y[k]), 2))

        for i in ids:
            ends[key(i, 0)].append(i)
            ends[key(i, 1)].append(i)
        used: set[int] = set()
        # Start from ways with an open end, so chains grow from their tips.
        order = sorted(ids, key=lambda i: min(len(ends[key(i, 0)]), len(ends[key(i, 1)])))
        for first in order:
            if first in used:
                continue
            used.add(first)
            xs = [parts[first][2]]
            ys = [parts[first][3]]
            rank = parts[first][1]
            for forward in (True, False):
                while True:
                    tip = (
                        (round(float(xs[-1][-1]), 2), round(float(ys[-1][-1]), 2))
                        if forward
                        else (round(float(xs[0][0]), 2), round(float(ys[0][0]), 2))
                    )
                    there = ends[tip]
                    if len(there) != 2:
                        break
                    nxt = [i for i in there if i not in used]
                    if len(nxt) != 1:
                        break
                    j = nxt[0]
                    used.add(j)
                    jx, jy = parts[j][2], parts[j][3]
                    starts_here = key(j, 0) == tip
                    rank = min(rank, parts[j][1])
                    if forward:
                        if not starts_here:
                            jx, jy = jx[::-1], jy[::-1]
                        xs.append(jx[1:])
                        ys.append(jy[1:])
                    else:
                        if starts_here:
                            jx, jy = jx[::-1], jy[::-1]
                        xs.insert(0, jx[:-1])
                        ys.insert(0, jy[:-1])
            out.append((name, rank, np.concatenate(xs), np.concatenate(ys)))
    return out


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

    # --- data --------------------------------------------------------------

    def set_index(self, index: StreetIndex | None) -> None:
        self.prepareGeometryChange()
        self.index = index
        self._anchor_cache.clear()
        bounds = index.bounds() if index is not None else None
        # Fixed and generous: the rect never changes while painting.
        self._rect = bounds.adjusted(-2000, -2000, 2000, 2000) if bounds is not None else QRectF()
        self._cand_names = []
        self._cand_xy = np.empty((0, 2))
        self._cand_angle = np.empty(0)
        self._cand_boxes = np.empty((0, 4))
        self._cand_owner = np.empty(0, dtype=np.intp)
        self.placed = np.empty(0, dtype=np.intp)
        self.update()

    def set_colours(self, ink: QColor, halo: QColor, dark: bool) -> None:
        self._ink = QColor(ink)
        self._halo = QColor(halo)
        self._dark = dark
        self._pixmaps.clear()
        self.update()

    def text_width(self, name: str) -> float:
        width = self._widths.get(name)
        if width is None:
            width = self._widths[name] = self._metrics.horizontalAdvance(name) + 2 * HALO_PX
        return width

    # --- placement ---------------------------------------------------------

    def prepare(self, t: QTransform, width: float, height: float, m_per_px: float) -> None:
        """Choose this view's non-overlapping set of street labels."""
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

    def place(self, grid: OccupancyGrid) -> int:
        """Keep the prepared labels whose boxes are free in ``grid``."""
        if not self._cand_names:
            self.placed = np.empty(0, dtype=np.intp)
            return 0
        free = grid.free_mask(self._cand_boxes)
        blocked = np.zeros(len(self._cand_names), dtype=bool)
        np.logical_or.at(blocked, self._cand_owner, ~free)
        self.placed = np.flatnonzero(~blocked)
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
        return [self._cand_boxes[self._cand_owner == r] for r in self.placed.tolist()]

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
        self.drawn_count = 0
        rows = self.placed
        if len(rows) == 0:
            return
        t = p.transform()
        xy = self._cand_xy[rows]
        dx = t.m11() * xy[:, 0] + t.m21() * xy[:, 1] + t.dx()
        dy = t.m12() * xy[:, 0] + t.m22() * xy[:, 1] + t.dy()
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
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
