"""Travel times from everywhere to one place, and the routes behind them.

Contract: ``times_to(graph, lat, lon, *, max_snap_m=500.0, limit_s=inf) ->
TravelTimes`` snaps the place (raising ``OutsideNetworkError`` or
``UnreachableError``) and runs ONE Dijkstra on the reversed junction graph
(``models.routing.junctions``), giving the driving time from every junction
to that point. ``TravelTimes.eta_s(snaps)`` turns a ``SnapBatch`` of origins
into seconds (inf when unreachable within ``limit_s``), including the
off-road legs at ``profile.offroad_kmh`` at both ends;
``TravelTimes.to_node_s`` is the same time for every node of the graph
(computed on first use); ``TravelTimes.route(snaps, i, lat, lon)`` rebuilds
one route from the predecessors as a ``Route`` (lat/lon polyline through
every original node from the origin to the place, length in metres, ETA in
seconds).

Why chains: most nodes only shape a road between two junctions, so the
Dijkstra visits junctions only (about one node in eight on Monaco) and a
point inside a chain leaves it by its tail or its head, at times read from
the chain's cumulative sums; a point on the target's own chain may also
drive straight along it. Why a virtual node: the place lies part-way along
a chain. The reversed CSR has one extra row (junction J) whose two entries
are rewritten per query to the chain's ends with the partial times, so one
Dijkstra gives exact times without rebuilding the matrix. The rewrite and
the Dijkstra hold a lock: a graph can be shared between threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy.sparse.csgraph import dijkstra

from models.routing.contract import FORWARD
from models.routing.graph import RoadGraph
from models.routing.junctions import JunctionGraph, junction_graph
from models.routing.snap import DEFAULT_MAX_SNAP_M, Snap, SnapBatch, snap_point

_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Route:
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    length_m: float
    eta_s: float


@dataclass(frozen=True, slots=True)
class _Place:
    """Points on the network in chain terms: chain, step (index in chain_nodes), fraction."""

    chain: np.ndarray
    step: np.ndarray
    frac: np.ndarray  # along the step, in chain order
    fwd_s: np.ndarray  # the step's time driven forward (0 when not allowed)
    bwd_s: np.ndarray

    @classmethod
    def of(cls, jn: JunctionGraph, seg: np.ndarray, t: np.ndarray) -> _Place:
        g = jn.graph
        return cls(
            jn.seg_chain[seg],
            g.seg_step[seg],
            np.where(g.seg_flip[seg], 1.0 - t, t),
            jn.seg_fwd_s[seg],
            jn.seg_bwd_s[seg],
        )


@dataclass(frozen=True, slots=True)
class _Target:
    """The target in chain terms, as plain numbers."""

    chain: int
    step: int
    frac: float
    pos_f: float  # driving time from the chain's tail forward to the target (if allowed)
    pos_b: float  # driving time from the target back to the chain's tail (if allowed)
    entry_forward: bool  # on a loop chain: reached from its junction going forward

    @property
    def where(self) -> float:
        return self.step + self.frac


class TravelTimes:
    def __init__(
        self,
        graph: RoadGraph,
        target: Snap,
        junction_s: np.ndarray,
        pred: np.ndarray,
        at: _Target,
        limit_s: float = np.inf,
    ) -> None:
        self.graph = graph
        self.target = target
        self.junction_s = junction_s  # per junction: driving time to the target's road point
        self._pred = pred
        self._at = at
        self._limit_s = limit_s
        self._offroad_mps = graph.profile.offroad_mps
        self._j = junction_graph(graph)
        # The options of the last batch given to eta_s, so route() need not redo them.
        self._last: tuple[SnapBatch, np.ndarray] | None = None

    def _network_s(self, p: _Place) -> np.ndarray:
        """(3, n): time to the target leaving by the chain's head, by its tail, and along it."""
        g, jn, at = self.graph, self._j, self._at
        c = p.chain
        fwd, bwd = jn.fwd[c], jn.bwd[c]
        # Positions in driving time: from the tail forward, and back to the tail.
        pos_f = g.chain_cum_fwd_s[p.step] + p.frac * p.fwd_s
        pos_b = g.chain_cum_bwd_s[p.step] + p.frac * p.bwd_s
        # A point on a chain's end junction leaves by it whatever the chain's direction
        # (then the forbidden direction's sums are 0 and the formula still holds).
        at_head = (p.frac == 1.0) & (p.step == jn.last[c] - 1)
        at_tail = (p.frac == 0.0) & (p.step == jn.first[c])
        out = np.empty((3, c.size))
        head_s = jn.total_fwd_s[c] - pos_f + self.junction_s[jn.head[c]]
        out[0] = np.where(fwd | at_head, head_s, np.inf)
        out[1] = np.where(bwd | at_tail, pos_b + self.junction_s[jn.tail[c]], np.inf)
        out[2] = np.inf
        same = np.flatnonzero(c == at.chain)
        if same.size:
            here = p.step[same] + p.frac[same]
            ahead = np.where(fwd[same] & (here <= at.where), at.pos_f - pos_f[same], np.inf)
            behind = np.where(bwd[same] & (here >= at.where), pos_b[same] - at.pos_b, np.inf)
            # Cumulative sums can leave -1e-13 where the two points coincide.
            out[2, same] = np.maximum(np.minimum(ahead, behind), 0.0)
        if self._limit_s != np.inf:
            out[out > self._limit_s] = np.inf
        return out

    def eta_s(self, snaps: SnapBatch) -> np.ndarray:
        ok = snaps.seg >= 0
        every = bool(ok.all())
        seg = snaps.seg if every else np.where(ok, snaps.seg, 0)
        options = self._network_s(_Place.of(self._j, seg, snaps.t))
        self._last = (snaps, options)
        eta = options.min(axis=0) + (snaps.offset_m + self.target.offset_m) / self._offroad_mps
        if not every:
            eta[~ok] = np.inf
        return eta

    @cached_property
    def to_node_s(self) -> np.ndarray:
        """Per node: driving time to the target's road point (inf: cannot get there)."""
        g, jn = self.graph, self._j
        out = np.full(g.node_count, np.inf)
        out[g.junction_nodes] = self.junction_s
        pos = jn.interior_pos
        zero = np.zeros(pos.size)
        nodes = _Place(jn.chain_of_pos[pos], pos, zero, zero, zero)
        out[g.chain_nodes[pos]] = self._network_s(nodes).min(axis=0)
        if self._limit_s != np.inf:
            out[out > self._limit_s] = np.inf
        out.setflags(write=False)
        return out

    def route(self, snaps: SnapBatch, i: int, origin_lat: float, origin_lon: float) -> Route | None:
        """The fastest route of origin ``i`` of ``snaps``; None when it cannot reach."""
        g, jn, at = self.graph, self._j, self._at
        seg, t = int(snaps.seg[i]), float(snaps.t[i])
        if seg < 0:
            return None
        if self._last is not None and self._last[0] is snaps:
            options = self._last[1][:, i].tolist()
        else:
            options = self._network_s(_Place.of(jn, np.array([seg]), np.array([t])))[:, 0].tolist()
        network = min(options)
        if network == np.inf:
            return None
        choice = options.index(network)
        c, step = int(g.seg_chain[seg]), int(g.seg_step[seg])
        frac = 1.0 - t if g.seg_flip[seg] else t
        # Positions along the chains in metres, from their tails.
        here = float(g.chain_cum_m[step]) + frac * float(g.seg_len_m[seg])
        there = float(g.chain_cum_m[at.step]) + at.frac * float(g.seg_len_m[self.target.seg])
        lat, lon = [origin_lat, float(snaps.lat[i])], [origin_lon, float(snaps.lon[i])]
        if choice == 2:
            _extend(g, lat, lon, self._along(step, frac))
            length = abs(there - here)
        else:
            if choice == 0:  # leave by the head
                exit_nodes = g.chain_nodes[step + 1 : jn.last[c] + 1]
                junction, length = int(jn.head[c]), float(jn.length_m[c]) - here
            else:
                exit_nodes = g.chain_nodes[jn.first[c] : step + 1][::-1]
                junction, length = int(jn.tail[c]), here
            _extend(g, lat, lon, exit_nodes)
            forward, hops_m = self._expand(junction, lat, lon)
            length += hops_m + (there if forward else float(jn.length_m[at.chain]) - there)
        lat.append(self.target.lat)
        lon.append(self.target.lon)
        offset = float(snaps.offset_m[i]) + self.target.offset_m
        return Route(tuple(lat), tuple(lon), length + offset, network + offset / self._offroad_mps)

    def _along(self, step: int, frac: float) -> np.ndarray:
        """Nodes between an origin on the target's chain and the target."""
        at = self._at
        if step + frac <= at.where and self.graph.chain_dir[at.chain] & FORWARD:
            return self.graph.chain_nodes[step + 1 : at.step + 1]
        return self.graph.chain_nodes[at.step + 1 : step + 1][::-1]

    def _expand(self, junction: int, lat: list[float], lon: list[float]) -> tuple[bool, float]:
        """Append the nodes after ``junction`` to the last node before the target; return
        the entry side (True: the target's chain is entered at its tail) and the length
        of the whole chains driven."""
        g, jn, at = self.graph, self._j, self._at
        pred, virtual = self._pred, jn.j
        hops_m = 0.0
        here = junction
        nxt = int(pred[here])
        while nxt != virtual and nxt >= 0:
            hop_lat, hop_lon, metres = jn.hop(here, nxt)
            lat += hop_lat
            lon += hop_lon
            hops_m += metres
            here, nxt = nxt, int(pred[nxt])
        c = at.chain
        forward = here == jn.tail[c] and (here != jn.head[c] or at.entry_forward)
        if forward:
            _extend(g, lat, lon, g.chain_nodes[jn.first[c] + 1 : at.step + 1])
        else:
            _extend(g, lat, lon, g.chain_nodes[at.step + 1 : jn.last[c]][::-1])
        return forward, hops_m


def _extend(g: RoadGraph, lat: list[float], lon: list[float], nodes: np.ndarray) -> None:
    if nodes.size:
        lat += g.nodes_lat[nodes].tolist()
        lon += g.nodes_lon[nodes].tolist()


def times_to(
    graph: RoadGraph,
    lat: float,
    lon: float,
    *,
    max_snap_m: float = DEFAULT_MAX_SNAP_M,
    limit_s: float = np.inf,
) -> TravelTimes:
    target = snap_point(graph, lat, lon, max_snap_m)
    jn = junction_graph(graph)
    seg = target.seg
    c, step = int(jn.seg_chain[seg]), int(graph.seg_step[seg])
    frac = 1.0 - target.t if graph.seg_flip[seg] else target.t
    first, last = int(jn.first[c]), int(jn.last[c])
    pos_f = float(graph.chain_cum_fwd_s[step]) + frac * float(jn.seg_fwd_s[seg])
    pos_b = float(graph.chain_cum_bwd_s[step]) + frac * float(jn.seg_bwd_s[seg])
    # Reversed edge virtual -> tail stands for the forward drive tail -> target point;
    # a target on a chain's end junction is reached from it whatever the chain's direction.
    time_tail = pos_f if jn.fwd[c] or (step == first and frac == 0.0) else np.inf
    at_head = step == last - 1 and frac == 1.0
    time_head = float(graph.chain_cum_bwd_s[last]) - pos_b if jn.bwd[c] or at_head else np.inf
    with _LOCK:
        jn.set_target(int(jn.tail[c]), time_tail, int(jn.head[c]), time_head)
        dist, pred = dijkstra(
            jn.matrix, directed=True, indices=jn.j, return_predecessors=True, limit=limit_s
        )
    at = _Target(c, step, frac, pos_f, pos_b, time_tail <= time_head)
    return TravelTimes(graph, target, dist[:-1], pred, at, limit_s)
