"""Uncontracted routing, the plain way, to check the contracted graph against.

``ReferenceTimes(graph, snap)`` runs one scipy Dijkstra over every node of
the reversed graph (not the junctions) from a virtual node on the target's
segment; ``eta_s(seg, t)`` and ``route_nodes(seg, t)`` give the network time
and the node sequence of the fastest route from a point on a segment.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from models.routing.graph import RoadGraph
from models.routing.snap import Snap


def _part(frac: np.ndarray | float, time: np.ndarray | float) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return np.where(np.asarray(frac) == 0.0, 0.0, np.asarray(frac) * np.asarray(time))


class ReferenceTimes:
    def __init__(self, graph: RoadGraph, target: Snap) -> None:
        n = graph.node_count
        rev = graph.matrix().T.tocsr()
        a, b = int(graph.seg_a[target.seg]), int(graph.seg_b[target.seg])
        time_a = float(_part(target.t, graph.seg_time_ab_s[target.seg]))
        time_b = float(_part(1.0 - target.t, graph.seg_time_ba_s[target.seg]))
        rows = [n, n]
        cols = [a, b]
        vals = [max(time_a, 1e-9) if np.isfinite(time_a) else 0.0, 0.0]
        vals[1] = max(time_b, 1e-9) if np.isfinite(time_b) else 0.0
        keep = [i for i in range(2) if vals[i] > 0]
        coo = rev.tocoo()
        matrix = csr_matrix(
            (
                np.concatenate([coo.data, [vals[i] for i in keep]]),
                (
                    np.concatenate([coo.row, [rows[i] for i in keep]]),
                    np.concatenate([coo.col, [cols[i] for i in keep]]),
                ),
            ),
            shape=(n + 1, n + 1),
        )
        dist, pred = dijkstra(matrix, directed=True, indices=n, return_predecessors=True)
        self.graph = graph
        self.target = target
        self.to_node_s = dist[:-1]
        self._pred = pred

    def _options(self, seg: int, t: float) -> np.ndarray:
        g = self.graph
        via_b = _part(1.0 - t, g.seg_time_ab_s[seg]) + self.to_node_s[g.seg_b[seg]]
        via_a = _part(t, g.seg_time_ba_s[seg]) + self.to_node_s[g.seg_a[seg]]
        direct = np.inf
        if seg == self.target.seg:
            tt = self.target.t
            if t <= tt:
                direct = float(_part(tt - t, g.seg_time_ab_s[seg]))
            if t >= tt:
                direct = min(direct, float(_part(t - tt, g.seg_time_ba_s[seg])))
        return np.array([via_b, via_a, direct])

    def eta_s(self, seg: int, t: float) -> float:
        return float(self._options(seg, t).min())

    def route_nodes(self, seg: int, t: float) -> list[int]:
        """Original nodes between the origin's snap point and the target's; [] when direct."""
        options = self._options(seg, t)
        choice = int(np.argmin(options))
        if choice == 2:
            return []
        node = int(self.graph.seg_b[seg] if choice == 0 else self.graph.seg_a[seg])
        out = [node]
        n = self.graph.node_count
        while True:
            nxt = int(self._pred[out[-1]])
            if nxt == n or nxt < 0:
                return out
            out.append(nxt)
