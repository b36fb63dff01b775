"""Travel times from everywhere to one place, and the routes behind them.

Contract: ``times_to(graph, lat, lon, *, max_snap_m=500.0, limit_s=inf) ->
TravelTimes`` snaps the place (raising ``OutsideNetworkError`` or
``UnreachableError``) and runs ONE Dijkstra on the reversed graph, giving
the driving time from every node to that point. ``TravelTimes.eta_s(snaps)``
turns a ``SnapBatch`` of origins into seconds (inf when unreachable within
``limit_s``), including the off-road legs at ``profile.offroad_kmh`` at both
ends; ``TravelTimes.route(snap, lat, lon)`` rebuilds one route from the
predecessors as a ``Route`` (lat/lon polyline from the origin to the place,
length in metres, ETA in seconds).

Why a virtual node: the place lies part-way along a segment. The reversed
CSR has one extra row (node N) whose two entries are rewritten per query to
the segment's ends with the partial times, so one Dijkstra gives exact
times without rebuilding the matrix. The rewrite and the Dijkstra hold a
lock: a graph can be shared between threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from models.routing.graph import RoadGraph
from models.routing.snap import DEFAULT_MAX_SNAP_M, Snap, SnapBatch, snap_point

_MIN_TIME_S = 1e-9  # stored zeros may count as "no edge" in sparse routines
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Route:
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    length_m: float
    eta_s: float


def _part(frac: np.ndarray | float, time: np.ndarray | float) -> np.ndarray:
    """``frac * time``, but 0 for a zero fraction even where that direction is forbidden (inf)."""
    with np.errstate(invalid="ignore"):
        return np.where(np.asarray(frac) == 0.0, 0.0, np.asarray(frac) * np.asarray(time))


class _Reversed:
    """Reversed travel-time CSR with a spare row N for the virtual target node."""

    def __init__(self, graph: RoadGraph) -> None:
        n = graph.node_count
        rev = graph.matrix().T.tocsr()
        rev.sort_indices()
        indptr = np.concatenate([rev.indptr.astype(np.int64), [rev.nnz + 2]])
        indices = np.concatenate([rev.indices.astype(np.int32), [n, n]]).astype(np.int32)
        data = np.concatenate([rev.data, [1.0, 1.0]])
        self.n = n
        self.matrix = csr_matrix((data, indices, indptr), shape=(n + 1, n + 1), copy=False)

    def set_target(self, a: int, time_a: float, b: int, time_b: float) -> None:
        """Virtual node -> a and -> b (reversed edges); inf means "not that way": a self-loop."""
        slots = []
        for node, time in ((a, time_a), (b, time_b)):
            if np.isfinite(time):
                slots.append((node, max(time, _MIN_TIME_S)))
        while len(slots) < 2:
            slots.append((self.n, 1.0))
        slots.sort()
        self.matrix.indices[-2:] = [slots[0][0], slots[1][0]]
        self.matrix.data[-2:] = [slots[0][1], slots[1][1]]


def _reversed(graph: RoadGraph) -> _Reversed:
    rev = graph._cache.get("reversed")
    if rev is None:
        rev = graph._cache["reversed"] = _Reversed(graph)
    return rev  # type: ignore[return-value]


class TravelTimes:
    def __init__(
        self, graph: RoadGraph, target: Snap, to_node_s: np.ndarray, pred: np.ndarray
    ) -> None:
        self.graph = graph
        self.target = target
        self.to_node_s = to_node_s  # per node: driving time to the target's road point
        self._pred = pred
        self._offroad_mps = graph.profile.offroad_mps

    def _options(self, snaps: SnapBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Network time via seg_b, via seg_a and along the target's own segment."""
        g = self.graph
        ok = snaps.seg >= 0
        seg = np.where(ok, snaps.seg, 0)
        s = snaps.t
        a, b = g.seg_a[seg], g.seg_b[seg]
        via_b = _part(1.0 - s, g.seg_time_ab_s[seg]) + self.to_node_s[b]
        via_a = _part(s, g.seg_time_ba_s[seg]) + self.to_node_s[a]
        direct = np.full(seg.shape, np.inf)
        same = ok & (seg == self.target.seg)
        tt = self.target.t
        fwd = same & (s <= tt)
        back = same & (s >= tt)
        direct[fwd] = _part(tt - s[fwd], g.seg_time_ab_s[seg[fwd]])
        direct[back] = np.minimum(direct[back], _part(s[back] - tt, g.seg_time_ba_s[seg[back]]))
        return ok, via_b, via_a, direct

    def eta_s(self, snaps: SnapBatch) -> np.ndarray:
        ok, via_b, via_a, direct = self._options(snaps)
        network = np.minimum(np.minimum(via_b, via_a), direct)
        offroad = (np.nan_to_num(snaps.offset_m) + self.target.offset_m) / self._offroad_mps
        return np.where(ok, network + offroad, np.inf)

    def route(self, snaps: SnapBatch, i: int, origin_lat: float, origin_lon: float) -> Route | None:
        """The fastest route of origin ``i`` of ``snaps``; None when it cannot reach."""
        one = SnapBatch(
            snaps.seg[i : i + 1],
            snaps.t[i : i + 1],
            snaps.offset_m[i : i + 1],
            snaps.lat[i : i + 1],
            snaps.lon[i : i + 1],
            snaps.error[i : i + 1],
        )
        ok, via_b, via_a, direct = self._options(one)
        options = np.array([via_b[0], via_a[0], direct[0]])
        if not ok[0] or not np.isfinite(options.min()):
            return None
        g = self.graph
        seg, s, tt = int(one.seg[0]), float(one.t[0]), self.target.t
        lat = [origin_lat, float(one.lat[0])]
        lon = [origin_lon, float(one.lon[0])]
        choice = int(np.argmin(options))
        if choice == 2:
            length = abs(tt - s) * float(g.seg_len_m[seg])
        else:
            first = int(g.seg_b[seg] if choice == 0 else g.seg_a[seg])
            length = ((1.0 - s) if choice == 0 else s) * float(g.seg_len_m[seg])
            chain = self._chain(first)
            if len(chain) > 1:
                length += float(g.length_m[g.edge_index(chain[:-1], chain[1:])].sum())
            last = int(chain[-1])
            length += (tt if last == g.seg_a[self.target.seg] else 1.0 - tt) * float(
                g.seg_len_m[self.target.seg]
            )
            lat.extend(g.nodes_lat[chain].tolist())
            lon.extend(g.nodes_lon[chain].tolist())
        lat.append(self.target.lat)
        lon.append(self.target.lon)
        length += float(one.offset_m[0]) + self.target.offset_m
        return Route(tuple(lat), tuple(lon), length, float(self.eta_s(one)[0]))

    def _chain(self, node: int) -> np.ndarray:
        """Nodes from ``node`` to the last real node before the target, following predecessors."""
        n = self.graph.node_count
        out = [node]
        pred = self._pred
        while True:
            nxt = int(pred[out[-1]])
            if nxt == n or nxt < 0:
                return np.asarray(out, dtype=np.int64)
            out.append(nxt)


def times_to(
    graph: RoadGraph,
    lat: float,
    lon: float,
    *,
    max_snap_m: float = DEFAULT_MAX_SNAP_M,
    limit_s: float = np.inf,
) -> TravelTimes:
    target = snap_point(graph, lat, lon, max_snap_m)
    a, b = int(graph.seg_a[target.seg]), int(graph.seg_b[target.seg])
    # Reversed edge virtual -> a stands for the forward drive a -> target point.
    time_a = float(_part(target.t, graph.seg_time_ab_s[target.seg]))
    time_b = float(_part(1.0 - target.t, graph.seg_time_ba_s[target.seg]))
    rev = _reversed(graph)
    with _LOCK:
        rev.set_target(a, time_a, b, time_b)
        dist, pred = dijkstra(
            rev.matrix, directed=True, indices=rev.n, return_predecessors=True, limit=limit_s
        )
    return TravelTimes(graph, target, dist[:-1], pred)
