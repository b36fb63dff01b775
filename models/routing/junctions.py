"""The junction graph Dijkstra runs on, and per-segment lookups in chain terms.

Contract: ``junction_graph(graph) -> JunctionGraph`` builds (once per
``RoadGraph``, kept in its cache) from the stored chains
(``models.routing.contract``):

- ``matrix``: the REVERSED junction graph as a CSR of J+1 rows, one
  entry per chain direction (the faster of parallel chains), plus a spare
  row J for the virtual target node whose two entries ``set_target``
  rewrites per query;
- ``hop(u, v)``: lat/lon of the nodes after junction ``u`` up to junction
  ``v`` along the chain Dijkstra used for the forward drive u -> v, and its
  length (remembered: routes reuse the same hops);
- per chain: ``tail``/``head`` junction numbers, ``first``/``last``
  positions in ``chain_nodes``, ``fwd``/``bwd`` (directions allowed),
  ``total_fwd_s`` and ``length_m``;
- per segment: ``seg_fwd_s``/``seg_bwd_s``, the step's time in chain
  direction and against it, 0 where that direction is not allowed (the
  chain flags say so), so ETAs need no inf arithmetic.

Callers must hold ``travel``'s lock between ``set_target`` and the Dijkstra.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from models.routing.contract import BACKWARD, FORWARD
from models.routing.graph import RoadGraph

_MIN_TIME_S = 1e-9  # stored zeros may count as "no edge" in sparse routines


class JunctionGraph:
    def __init__(self, graph: RoadGraph) -> None:
        self.graph = graph
        off = graph.chain_offsets
        j = graph.junction_nodes.size
        node_junction = np.full(graph.node_count, -1, dtype=np.int64)
        node_junction[graph.junction_nodes] = np.arange(j)
        self.first, self.last = off[:-1], off[1:] - 1
        self.tail = node_junction[graph.chain_nodes[self.first]]
        self.head = node_junction[graph.chain_nodes[self.last]]
        self.fwd = (graph.chain_dir & FORWARD) != 0
        self.bwd = (graph.chain_dir & BACKWARD) != 0
        self.total_fwd_s = graph.chain_cum_fwd_s[self.last]
        self.length_m = graph.chain_cum_m[self.last]
        self.chain_of_pos = np.repeat(np.arange(off.size - 1), np.diff(off))
        interior = np.ones(graph.chain_nodes.size, dtype=bool)
        interior[self.first] = False
        interior[self.last] = False
        self.interior_pos = np.flatnonzero(interior)
        flip = graph.seg_flip
        ab = np.where(np.isfinite(graph.seg_time_ab_s), graph.seg_time_ab_s, 0.0)
        ba = np.where(np.isfinite(graph.seg_time_ba_s), graph.seg_time_ba_s, 0.0)
        self.seg_fwd_s = np.where(flip, ba, ab)
        self.seg_bwd_s = np.where(flip, ab, ba)
        self.seg_chain = graph.seg_chain.astype(np.int64)
        self.j = j
        self._build_matrix()
        self._hops: dict[int, tuple[list[float], list[float], float]] = {}

    def _build_matrix(self) -> None:
        g, j = self.graph, self.j
        chain = np.arange(self.tail.size)
        loop = self.tail == self.head  # never on a shortest path between junctions
        fwd, bwd = self.fwd & ~loop, self.bwd & ~loop
        u = np.concatenate([self.tail[fwd], self.head[bwd]])
        v = np.concatenate([self.head[fwd], self.tail[bwd]])
        t = np.concatenate([self.total_fwd_s[fwd], g.chain_cum_bwd_s[self.last][bwd]])
        hop_chain = np.concatenate([chain[fwd], chain[bwd]])
        hop_forward = np.concatenate([np.ones(fwd.sum(), bool), np.zeros(bwd.sum(), bool)])
        # Two roads between the same junctions: Dijkstra only needs the faster.
        order = np.lexsort((t, v, u))
        u, v, t, hop_chain, hop_forward = (x[order] for x in (u, v, t, hop_chain, hop_forward))
        keep = np.ones(u.size, dtype=bool)
        keep[1:] = (u[1:] != u[:-1]) | (v[1:] != v[:-1])
        u, v, t = u[keep], v[keep], t[keep]
        self._hop_key = u * (j + 1) + v  # sorted
        self._hop_chain, self._hop_forward = hop_chain[keep], hop_forward[keep]
        # Reversed CSR: row v lists the u that drive into it.
        order = np.lexsort((u, v))
        indptr = np.zeros(j + 2, dtype=np.int64)
        np.cumsum(np.bincount(v, minlength=j), out=indptr[1 : j + 1])
        indptr[-1] = indptr[-2] + 2
        indices = np.concatenate([u[order], [j, j]]).astype(np.int32)
        data = np.concatenate([t[order], [1.0, 1.0]])
        self.matrix = csr_matrix((data, indices, indptr), shape=(j + 1, j + 1), copy=False)

    def set_target(self, a: int, time_a: float, b: int, time_b: float) -> None:
        """Virtual node -> a and -> b (reversed edges); inf means "not that way": a self-loop."""
        slots: dict[int, float] = {}
        for node, time in ((a, time_a), (b, time_b)):
            if time != np.inf:
                slots[node] = min(slots.get(node, np.inf), max(time, _MIN_TIME_S))
        pairs = sorted(slots.items())
        while len(pairs) < 2:
            pairs.append((self.j, 1.0))
        self.matrix.indices[-2:] = [pairs[0][0], pairs[1][0]]
        self.matrix.data[-2:] = [pairs[0][1], pairs[1][1]]

    def hop(self, u: int, v: int) -> tuple[list[float], list[float], float]:
        """Latitudes and longitudes of the nodes after junction u through junction v,
        along the chain Dijkstra used, and the chain's length."""
        key = u * (self.j + 1) + v
        found = self._hops.get(key)
        if found is None:
            i = int(np.searchsorted(self._hop_key, key))
            if i >= self._hop_key.size or self._hop_key[i] != key:
                raise KeyError(f"no chain from junction {u} to {v}")
            chain = int(self._hop_chain[i])
            nodes = self.graph.chain_nodes[self.first[chain] : self.last[chain] + 1]
            nodes = nodes[1:] if self._hop_forward[i] else nodes[-2::-1]
            found = self._hops[key] = (
                self.graph.nodes_lat[nodes].tolist(),
                self.graph.nodes_lon[nodes].tolist(),
                float(self.length_m[chain]),
            )
        return found


def junction_graph(graph: RoadGraph) -> JunctionGraph:
    found = graph._cache.get("junctions")
    if found is None:
        found = graph._cache["junctions"] = JunctionGraph(graph)
    return found  # type: ignore[return-value]
