"""The map's one label placement pass over every label layer and the streets.

Contract:

* ``LabelPlacer(repaint)``: ``add_layer(layer, rank, name)`` hands a
  ``widgets.map.layers.LabelLayer`` over (it becomes ``managed``: it paints
  only what the placer chose, and reports its changes); ``add_obstacles(
  provider, half_px)`` adds symbols labels must not cover (``provider()``
  returns x, y arrays in local metres); ``set_reserved(provider)`` adds
  boxes no label ever covers, not even one that may cover a symbol
  (``provider()`` returns ``(x0, y0, x1, y1)`` boxes in viewport pixels: the
  map's attribution and scale bar); ``set_streets(layer)`` adds the
  ``StreetLabelLayer``.
* ``request()`` marks the placement stale (a layer's labels, the view, the
  data changed) and asks for one full repaint; ``streets_changed()`` also
  drops the street set chosen for the current view. The map calls
  ``run_if_pending(transform, width, height, m_per_px)`` once before the
  viewport paints (never from an item's ``paint``), so any number of
  changes between two paints cost one pass, and a still map costs none.
* ``run`` works in viewport pixels: symbols first (labels avoid them; a
  layer added with ``over_symbols`` may cover a symbol, never a label, when
  no side is clear), then
  every layer's ``must`` rows (the selected and the alarmed: always placed),
  then the layers by rank (lower first; within a layer its ``order()``), each
  label at the first free side of its anchor inside the viewport, or left
  out; last the street names, from the set ``StreetLabelLayer.prepare``
  chose for this view and a margin around it (chosen anew only on a zoom, a
  resize or a pan past the margin: ``street_prepares``), each kept only if
  all of it is free and inside the viewport. After a pan past the margin (at
  the same scale) the pass places the names of the set it has that are in
  view and asks for the new set through ``later`` (the next frame), so the
  frame that answers a command (``SEL`` of a unit far off) is not held back
  by choosing it; without ``later``, at once. Labels whose anchors are off
  screen are culled before any test.
* A pass that finds the view unchanged and every anchor and symbol within
  ``STILL_PX`` of where the last full pass saw it (units creeping between
  fixes), the same texts, musts and ranks, keeps that placement (``skipped``).
* Reuse under motion: with the view unchanged and the same labels (texts,
  musts, ranks, counts of labels and symbols), anchors and symbols that
  moved less than ``REUSE_PX`` since the last full pass keep that placement
  for up to ``REUSE_S`` (``reused``): each label follows its anchor on its
  chosen side, and a full pass follows at the latest ``REUSE_S`` after the
  last one (``later(delay_s, callback)``, given by the map, asks for it when
  nothing else does). A radar storm moving hundreds of symbols every frame
  so costs one full pass a quarter second instead of one a frame; a moved
  label may graze a symbol for that long, never a selected or alarmed one
  (a change of ``must`` is a new placement at once).
* ``last_ms``, ``counts`` (labels placed per layer name), ``street_count``,
  ``runs``, ``skipped``, ``reused`` and ``full_runs`` describe the passes,
  for tests and benchmarks.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QTransform

from widgets.map.layers import LabelLayer
from widgets.map.placement import OccupancyGrid, PointCandidates, point_boxes
from widgets.map.street_labels import StreetLabelLayer

__all__ = ["REUSE_PX", "REUSE_S", "STILL_PX", "LabelPlacer"]

_EMPTY_ROWS = np.empty(0, dtype=np.intp)
_EMPTY_POS = np.empty(0, dtype=np.int8)
# Anchors that moved less than this since the last full pass keep their
# placement (labels move with their anchors; their 2 px backdrops absorb it).
STILL_PX = 0.5
# Anchors that moved less than this keep their placement for up to REUSE_S.
REUSE_PX = 12.0
REUSE_S = 0.25


@dataclass(slots=True)
class _Snapshot:
    key: tuple[float, ...]
    points: list[tuple[np.ndarray, np.ndarray]]
    layers: list[tuple[object, ...]]


def _moved(a: np.ndarray, b: np.ndarray) -> float:
    """The largest move between two arrays of one coordinate (inf: not the same points)."""
    if len(a) != len(b):
        return math.inf
    if len(a) == 0:
        return 0.0
    with np.errstate(invalid="ignore"):
        return float(np.nanmax(np.abs(np.asarray(a) - np.asarray(b)), initial=0.0))


def _same_rank(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    if a is None or b is None:
        return a is b
    return np.array_equal(a, b)


class LabelPlacer:
    def __init__(
        self,
        repaint: Callable[[], None],
        later: Callable[[float, Callable[[], None]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._repaint = repaint
        self._later = later
        self._clock = clock
        self._last_full = -math.inf  # clock time of the last full pass
        self._deferred = False  # a full pass asked for through ``later``
        self._streets_deferred = False  # a new street set asked for through ``later``
        self._layers: list[tuple[float, str, LabelLayer]] = []
        self._over_symbols: set[str] = set()
        self._obstacles: list[tuple[Callable[[], tuple[np.ndarray, np.ndarray]], float]] = []
        self._reserved: Callable[[], list[tuple[float, float, float, float]]] = lambda: []
        self._streets: StreetLabelLayer | None = None
        self._street_key: tuple[float, ...] | None = None
        self.pending = True
        self.last_ms = 0.0
        self.counts: dict[str, int] = {}
        self.street_count = 0
        self.runs = 0
        self.skipped = 0  # passes that found nothing moved by a pixel
        self.reused = 0  # passes that kept the placement of a recent full pass
        self.full_runs = 0
        self.street_prepares = 0  # street sets chosen anew (a zoom, a long pan, new data)
        self._last: _Snapshot | None = None

    def add_layer(
        self, layer: LabelLayer, rank: float, name: str = "", over_symbols: bool = False
    ) -> None:
        """``over_symbols``: this layer's labels may cover a symbol when no
        side of their anchor is clear of symbols (incidents, callers)."""
        layer.managed = True
        layer.on_changed = self.request
        self._layers.append((rank, name or f"layer{len(self._layers)}", layer))
        self._layers.sort(key=lambda item: item[0])
        if over_symbols:
            self._over_symbols.add(name)

    def set_reserved(self, provider: Callable[[], list[tuple[float, float, float, float]]]) -> None:
        """Boxes in viewport pixels that no label covers (the map's overlay)."""
        self._reserved = provider
        self.request()

    def add_obstacles(
        self, provider: Callable[[], tuple[np.ndarray, np.ndarray]], half_px: float
    ) -> None:
        self._obstacles.append((provider, half_px))

    def set_streets(self, layer: StreetLabelLayer) -> None:
        self._streets = layer
        self.streets_changed()

    def request(self) -> None:
        if not self.pending:
            self.pending = True
            self._repaint()

    def streets_changed(self) -> None:
        self._street_key = None
        self.pending = True
        self._repaint()

    def run_if_pending(self, t: QTransform, width: float, height: float, m_per_px: float) -> bool:
        if not self.pending:
            return False
        self.run(t, width, height, m_per_px)
        return True

    def _snapshot(self, key: tuple[float, ...]) -> _Snapshot:
        points = [provider() for provider, _half in self._obstacles]
        layers = [
            (layer.isVisible(), layer.right_to_left, layer.texts, layer.must, layer.rank,
             layer.x, layer.y, layer.widths)
            for _rank, _name, layer in self._layers
        ]  # fmt: skip
        return _Snapshot(key, points, layers)

    def _moved_since(self, now: _Snapshot, enough: float = math.inf) -> float:
        """How far (m) anchors and symbols moved since the last full pass, when nothing
        else changed; inf when something did (the view, a text, a must, a count...).
        The first move found of ``enough`` or more is returned at once (the pass is a
        full one then, whatever else moved: units driving fast skip the rest)."""
        then = self._last
        if then is None or then.key != now.key:
            return math.inf
        if self._streets is not None and self._street_key is None:
            return math.inf
        moved = 0.0
        for (x0, y0), (x1, y1) in zip(then.points, now.points, strict=True):
            moved = max(moved, _moved(x0, x1), _moved(y0, y1))
            if moved >= enough:
                return moved
        for a, b in zip(then.layers, now.layers, strict=True):
            if a[0] != b[0] or a[1] != b[1] or a[2] != b[2]:
                return math.inf
            if not np.array_equal(a[3], b[3]) or not _same_rank(a[4], b[4]):
                return math.inf
            if not np.array_equal(a[7], b[7]):
                return math.inf
            moved = max(moved, _moved(a[5], b[5]), _moved(a[6], b[6]))
            if moved >= enough:
                return moved
        return moved

    def _on_deferred(self) -> None:
        self._deferred = False
        self.request()

    def _on_streets_deferred(self) -> None:
        self._streets_deferred = False
        self.streets_changed()

    def run(self, t: QTransform, width: float, height: float, m_per_px: float) -> None:
        start = time.perf_counter()
        self.pending = False
        self.runs += 1
        m11, m12, m21, m22, tdx, tdy = t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()
        snapshot = self._snapshot((m11, m12, m21, m22, tdx, tdy, width, height))
        moved = self._moved_since(snapshot, REUSE_PX * m_per_px)
        if moved < STILL_PX * m_per_px:
            # Units crept by less than a pixel: the last placement stands.
            self.skipped += 1
            self.last_ms = (time.perf_counter() - start) * 1000.0
            return
        now = self._clock()
        wait = self._last_full + REUSE_S - now
        if moved < REUSE_PX * m_per_px and wait > 0 and self._later is not None:
            # Moving, not much yet: labels follow their anchors until the next full pass.
            self.reused += 1
            if not self._deferred:
                self._deferred = True
                self._later(wait, self._on_deferred)
            self.last_ms = (time.perf_counter() - start) * 1000.0
            return
        self._last_full = now
        self.full_runs += 1
        self._last = _Snapshot(
            snapshot.key,
            [(np.array(x, dtype=float), np.array(y, dtype=float)) for x, y in snapshot.points],
            snapshot.layers,
        )
        grid = OccupancyGrid(width, height)
        for x0, y0, x1, y1 in self._reserved():
            grid.take(x0, y0, x1, y1)  # as a label already placed: nothing covers it

        def to_device(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return m11 * x + m21 * y + tdx, m12 * x + m22 * y + tdy

        symbols: list[np.ndarray] = []
        for provider, half in self._obstacles:
            x, y = provider()
            if len(x) == 0:
                continue
            dx, dy = to_device(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
            on = (dx > -half) & (dx < width + half) & (dy > -half) & (dy < height + half)
            dx, dy = dx[on], dy[on]
            symbols.append(np.column_stack([dx - half, dy - half, dx + half, dy + half]))
        if symbols:
            grid.take_boxes(np.vstack(symbols))

        # Per layer: the rows on screen and their candidate boxes.
        work: list[tuple[str, LabelLayer, np.ndarray, PointCandidates, np.ndarray]] = []
        for _rank, name, layer in self._layers:
            n = len(layer.x)
            if n == 0 or not layer.isVisible():
                layer.set_placement(_EMPTY_ROWS, _EMPTY_POS)
                continue
            dx, dy = to_device(layer.x, layer.y)
            reach = float(layer.widths.max()) + layer.offset_px + 8.0
            on = (dx > -reach) & (dx < width + reach) & (dy > -reach) & (dy < height + reach)
            vis = np.flatnonzero(on)
            if len(vis) == 0:
                layer.set_placement(_EMPTY_ROWS, _EMPTY_POS)
                continue
            local = np.full(n, -1, dtype=np.intp)
            local[vis] = np.arange(len(vis))
            boxes = point_boxes(
                dx[vis], dy[vis], layer.widths[vis], layer.line_px, layer.offset_px,
                layer.right_to_left,
            )  # fmt: skip
            candidates = PointCandidates(grid, boxes)
            must = layer.must[(layer.must >= 0) & (layer.must < n)]
            must_local = local[must]
            if len(must_local):
                # The selected and the alarmed of every layer before any other label.
                candidates.place(must_local[must_local >= 0], force=True)
            order_local = local[layer.order()]
            work.append((name, layer, vis, candidates, order_local[order_local >= 0]))
        self.counts = {}
        for name, layer, vis, candidates, order_local in work:
            candidates.place(order_local, over_symbols=name in self._over_symbols)
            rows, pos = candidates.result()
            layer.set_placement(vis[rows], pos)
            self.counts[name] = len(rows)

        self.street_count = 0
        streets = self._streets
        if streets is not None and streets.isVisible():
            key = (m11, m12, m21, m22, tdx, tdy, width, height)
            if self._street_key is None or not streets.covers(t, width, height):
                if (
                    self._street_key is not None
                    and streets.same_scale(t)
                    and self._later is not None
                ):
                    # A pan past the margin (a unit selected far off, a long drag): this
                    # frame places the names of the set it has that are in view; the set
                    # for the new view is chosen for the next frame, so a frame that
                    # answers a command is not held back by it.
                    if not self._streets_deferred:
                        self._streets_deferred = True
                        self._later(0.0, self._on_streets_deferred)
                else:
                    streets.prepare(t, width, height, m_per_px)
                    self.street_prepares += 1
            self._street_key = key
            self.street_count = streets.place(grid, t)
        self.last_ms = (time.perf_counter() - start) * 1000.0
