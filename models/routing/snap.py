"""Snapping points to the drivable road network.

Contract: ``snap_points(graph, lat, lon, max_distance_m=500.0) -> SnapBatch``
puts each point on the nearest point of the nearest road segment of the
graph's main strongly connected component (so every snapped point can reach
every other). ``SnapBatch`` holds, per point: ``seg`` (segment index, -1 when
it failed), ``t`` (fraction from ``seg_a`` to ``seg_b``), ``offset_m``
(straight line from the point to the road), the snapped lat/lon, and
``error`` (``None`` or a sentence: a ``models.refusal.reason``, English as
a ``str``, translated where the console shows it). ``snap_point`` does one point and raises
``OutsideNetworkError`` (farther than the limit from any drivable road, with
the distance) or ``UnreachableError`` (on a road cut off from the main
network). Vectorised: one projection call, one KD-tree query per batch.
``snap_points_cached`` gives the same answers, remembering each point's
snap on the graph (units standing at stations do not move between queries);
the memory is bounded and cleared when full.

Why sample points and not a segment R-tree: ``scipy.spatial.cKDTree`` indexes
points, so each segment is sampled every ``SAMPLE_SPACING_M``; the nearest
segment then lies among those with a sample within d + spacing/2 of the
point, d being the exact distance to the best candidate. Rows where the k
nearest samples do not cover that radius get a ball query, so the answer is
exact, not approximate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.spatial import cKDTree

from models.geo import LocalProjection
from models.refusal import QT_TRANSLATE_NOOP, Refusal, reason
from models.routing.graph import RoadGraph

SAMPLE_SPACING_M = 20.0
DEFAULT_MAX_SNAP_M = 500.0
SNAP_MEMO_SIZE = 16384
_K = 8
_K_WIDE = 48


class RoutingError(Exception):
    """A routing question has no answer; the message says why in plain words."""


class OutsideNetworkError(RoutingError):
    def __init__(self, message: str, distance_m: float) -> None:
        super().__init__(message)
        self.distance_m = distance_m


class UnreachableError(RoutingError):
    """The point is on a road, but that road is cut off from the main network."""


@dataclass(frozen=True, slots=True)
class Snap:
    seg: int
    t: float
    offset_m: float
    lat: float
    lon: float


@dataclass(frozen=True, eq=False)
class SnapBatch:
    seg: np.ndarray  # int64, -1 where the point could not be snapped
    t: np.ndarray
    offset_m: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    error: tuple[str | None, ...]

    def __len__(self) -> int:
        return int(self.seg.shape[0])

    def get(self, i: int) -> Snap:
        if self.error[i] is not None:
            raise RoutingError(self.error[i])
        return Snap(
            int(self.seg[i]),
            float(self.t[i]),
            float(self.offset_m[i]),
            float(self.lat[i]),
            float(self.lon[i]),
        )


class _Index:
    """KD-tree over segment sample points, for one set of segments."""

    def __init__(self, graph: RoadGraph, segs: np.ndarray) -> None:
        ax, ay = graph.nodes_x[graph.seg_a[segs]], graph.nodes_y[graph.seg_a[segs]]
        bx, by = graph.nodes_x[graph.seg_b[segs]], graph.nodes_y[graph.seg_b[segs]]
        pieces = np.maximum(1, np.ceil(np.hypot(bx - ax, by - ay) / SAMPLE_SPACING_M)).astype(
            np.int64
        )
        owner = np.repeat(np.arange(segs.size), pieces)
        within = np.arange(owner.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        frac = (within + 0.5) / pieces[owner]
        sx = ax[owner] + frac * (bx - ax)[owner]
        sy = ay[owner] + frac * (by - ay)[owner]
        self.segs = segs
        self.owner = owner
        self.half_gap = float(np.max(np.hypot(bx - ax, by - ay) / pieces) / 2) if segs.size else 0
        self.tree = cKDTree(np.column_stack([sx, sy])) if segs.size else None
        self.ax, self.ay, self.bx, self.by = ax, ay, bx, by

    def nearest(self, px: np.ndarray, py: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Local segment number, fraction along it and distance, for each point."""
        n = px.size
        if self.tree is None:
            return np.full(n, -1), np.zeros(n), np.full(n, np.inf)
        k = min(_K, self.owner.size)
        dist, idx = self.tree.query(np.column_stack([px, py]), k=k)
        dist, idx = dist.reshape(n, k), idx.reshape(n, k)
        cand = self.owner[idx]
        t, d = self._project(cand, px[:, None], py[:, None])
        best = np.argmin(d, axis=1)
        rows = np.arange(n)
        seg, frac, dmin = cand[rows, best], t[rows, best], d[rows, best]
        # The k nearest samples prove the answer only if they reach past dmin + half_gap.
        if k == _K:
            unsure = np.flatnonzero(dist[:, -1] <= dmin + self.half_gap)
            if unsure.size:
                unsure = self._widen(unsure, px, py, seg, frac, dmin)
        else:
            unsure = np.zeros(0, dtype=np.int64)
        for i in unsure:
            near = self.tree.query_ball_point([px[i], py[i]], r=dmin[i] + self.half_gap + 1e-6)
            c = np.unique(self.owner[np.asarray(near, dtype=np.int64)])
            ti, di = self._project(c, px[i], py[i])
            j = int(np.argmin(di))
            seg[i], frac[i], dmin[i] = c[j], ti[j], di[j]
        return seg, frac, dmin

    def _widen(
        self,
        rows: np.ndarray,
        px: np.ndarray,
        py: np.ndarray,
        seg: np.ndarray,
        frac: np.ndarray,
        dmin: np.ndarray,
    ) -> np.ndarray:
        """Retry dense junctions with more samples at once; return the rows still unproven."""
        k = min(_K_WIDE, self.owner.size)
        dist, idx = self.tree.query(np.column_stack([px[rows], py[rows]]), k=k)
        cand = self.owner[idx]
        t, d = self._project(cand, px[rows][:, None], py[rows][:, None])
        best = np.argmin(d, axis=1)
        sub = np.arange(rows.size)
        seg[rows], frac[rows], dmin[rows] = cand[sub, best], t[sub, best], d[sub, best]
        if k < _K_WIDE:
            return np.zeros(0, dtype=np.int64)
        return rows[dist[:, -1] <= dmin[rows] + self.half_gap]

    def _project(self, cand: np.ndarray, px: np.ndarray, py: np.ndarray):  # type: ignore[no-untyped-def]
        ax, ay, bx, by = self.ax[cand], self.ay[cand], self.bx[cand], self.by[cand]
        dx, dy = bx - ax, by - ay
        len2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(len2 > 0, ((px - ax) * dx + (py - ay) * dy) / len2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        return t, np.hypot(ax + t * dx - px, ay + t * dy - py)


def projection(graph: RoadGraph) -> LocalProjection:
    proj = graph._cache.get("projection")
    if proj is None:
        proj = graph._cache["projection"] = LocalProjection(*graph.meta.origin)
    return proj  # type: ignore[return-value]


def _index(graph: RoadGraph, main_only: bool) -> _Index:
    key = "index_main" if main_only else "index_all"
    index = graph._cache.get(key)
    if index is None:
        segs = np.arange(graph.seg_a.size)
        if main_only:
            segs = segs[graph.main_nodes[graph.seg_a] & graph.main_nodes[graph.seg_b]]
        index = graph._cache[key] = _Index(graph, segs)
    return index  # type: ignore[return-value]


def snap_points(
    graph: RoadGraph,
    lat: np.ndarray | list[float],
    lon: np.ndarray | list[float],
    max_distance_m: float = DEFAULT_MAX_SNAP_M,
) -> SnapBatch:
    lat = np.atleast_1d(np.asarray(lat, dtype=np.float64))
    lon = np.atleast_1d(np.asarray(lon, dtype=np.float64))
    px, py = projection(graph).forward(lat, lon)
    px, py = np.atleast_1d(px), np.atleast_1d(py)
    finite = np.isfinite(px) & np.isfinite(py)
    if not finite.all():  # the KD-tree rejects NaN; those rows fail below with a reason
        px, py = np.where(finite, px, 0.0), np.where(finite, py, 0.0)
    main = _index(graph, main_only=True)
    local, frac, dist = main.nearest(px, py)
    ok = (local >= 0) & (dist <= max_distance_m) & np.isfinite(lat) & np.isfinite(lon)
    seg = np.where(ok, main.segs[np.maximum(local, 0)], -1)
    errors: list[str | None] = [None] * lat.size
    for i in np.flatnonzero(~ok):
        errors[i] = _why_not(graph, float(lat[i]), float(lon[i]), float(dist[i]), max_distance_m)
    a, b = graph.seg_a[np.maximum(seg, 0)], graph.seg_b[np.maximum(seg, 0)]
    # Linear interpolation in degrees is fine over one road segment (tens of metres).
    slat = graph.nodes_lat[a] + frac * (graph.nodes_lat[b] - graph.nodes_lat[a])
    slon = graph.nodes_lon[a] + frac * (graph.nodes_lon[b] - graph.nodes_lon[a])
    return SnapBatch(
        seg, np.where(ok, frac, 0.0), np.where(ok, dist, np.nan), slat, slon, tuple(errors)
    )


def snap_points_cached(
    graph: RoadGraph,
    lat: Sequence[float] | np.ndarray,
    lon: Sequence[float] | np.ndarray,
    max_distance_m: float = DEFAULT_MAX_SNAP_M,
) -> SnapBatch:
    memo: dict[tuple[float, float], tuple] = graph._cache.setdefault(  # type: ignore[assignment]
        f"snap_memo:{max_distance_m!r}", {}
    )
    keys = list(zip(map(float, lat), map(float, lon), strict=True))
    rows = [memo.get(k) for k in keys]
    missing = [i for i, row in enumerate(rows) if row is None]
    if missing:
        batch = snap_points(
            graph, [keys[i][0] for i in missing], [keys[i][1] for i in missing], max_distance_m
        )
        if len(memo) + len(missing) > SNAP_MEMO_SIZE:
            memo.clear()
        fresh = zip(
            batch.seg.tolist(),
            batch.t.tolist(),
            batch.offset_m.tolist(),
            batch.lat.tolist(),
            batch.lon.tolist(),
            batch.error,
            strict=True,
        )
        for i, row in zip(missing, fresh, strict=True):
            memo[keys[i]] = rows[i] = row
    if not rows:
        return snap_points(graph, [], [], max_distance_m)
    seg, t, offset, slat, slon, error = zip(*rows, strict=True)  # type: ignore[misc]
    return SnapBatch(
        np.array(seg, dtype=np.int64),
        np.array(t, dtype=np.float64),
        np.array(offset, dtype=np.float64),
        np.array(slat, dtype=np.float64),
        np.array(slon, dtype=np.float64),
        tuple(error),
    )


def snap_point(
    graph: RoadGraph, lat: float, lon: float, max_distance_m: float = DEFAULT_MAX_SNAP_M
) -> Snap:
    found = _snap_one(graph, float(lat), float(lon), max_distance_m)
    if found is not None:
        return found
    batch = snap_points(graph, [lat], [lon], max_distance_m)
    message = batch.error[0]
    if message is not None:
        any_m = _nearest_any_m(graph, lat, lon)
        if any_m <= max_distance_m:
            raise UnreachableError(message)
        raise OutsideNetworkError(message, any_m)
    return batch.get(0)


def _snap_one(graph: RoadGraph, lat: float, lon: float, max_distance_m: float) -> Snap | None:
    """``snap_points`` for one point, without batch overhead; None: ask ``snap_points``.

    Same arithmetic as the batch path, so the answer is identical; any case that
    needs more than the k nearest samples (or fails) goes the long way.
    """
    main = _index(graph, main_only=True)
    if main.tree is None or main.owner.size < _K or not (np.isfinite(lat) and np.isfinite(lon)):
        return None
    px, py = projection(graph).forward(lat, lon)
    dist, idx = main.tree.query((px, py), k=_K)
    cand = main.owner[idx]
    t, d = main._project(cand, px, py)
    best = int(np.argmin(d))
    dmin = float(d[best])
    if dist[-1] <= dmin + main.half_gap or dmin > max_distance_m:
        return None
    seg = int(main.segs[cand[best]])
    frac = float(t[best])
    a, b = int(graph.seg_a[seg]), int(graph.seg_b[seg])
    lat_a, lon_a = graph.nodes_lat[a], graph.nodes_lon[a]
    slat = float(lat_a + frac * (graph.nodes_lat[b] - lat_a))
    slon = float(lon_a + frac * (graph.nodes_lon[b] - lon_a))
    return Snap(seg, frac, dmin, slat, slon)


def _nearest_any_m(graph: RoadGraph, lat: float, lon: float) -> float:
    px, py = projection(graph).forward(np.array([lat]), np.array([lon]))
    _, _, dist = _index(graph, main_only=False).nearest(np.atleast_1d(px), np.atleast_1d(py))
    return float(dist[0])


def _why_not(graph: RoadGraph, lat: float, lon: float, main_m: float, limit_m: float) -> str:
    """Why the point has no road: a ``models.refusal.reason`` (English, translated where
    shown; the position and distances are its values)."""
    where = f"{lat:.6f},{lon:.6f}"
    if not (np.isfinite(lat) and np.isfinite(lon)):
        return reason(
            QT_TRANSLATE_NOOP("Refusal", "position {where} is not a valid coordinate"),
            where=where,
        )
    any_m = _nearest_any_m(graph, lat, lon)
    limit = f"{limit_m:.0f}"
    if any_m <= limit_m and any_m < main_m:
        connected: Any = (
            Refusal(QT_TRANSLATE_NOOP("Refusal", "no connected road"))
            if not np.isfinite(main_m)
            else f"{main_m:.0f} m"
        )
        return reason(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "position {where} is {distance} m from a road that is cut off from the main "
                "road network (one-way or dead-end fragment); nearest connected road: "
                "{connected} (limit {limit} m)",
            ),
            where=where,
            distance=f"{any_m:.0f}",
            connected=connected,
            limit=limit,
        )
    if not np.isfinite(any_m):
        return reason(
            QT_TRANSLATE_NOOP(
                "Refusal", "position {where}: the road network has no drivable roads"
            ),
            where=where,
        )
    return reason(
        QT_TRANSLATE_NOOP(
            "Refusal",
            "position {where} is outside the road network: {distance} m from the nearest "
            "drivable road (limit {limit} m)",
        ),
        where=where,
        distance=f"{any_m:.0f}",
        limit=limit,
    )
