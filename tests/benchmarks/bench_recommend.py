"""Benchmark: recommendation latency on Monaco with 200 units, against networkx.

Prints p50/p99 of ``recommend`` over 500 incidents (target p99 <= 10 ms)
and of the very same ``recommend`` with its travel-time engine swapped for
networkx (one single-source Dijkstra over every node of the reversed
DiGraph from the same virtual incident node, ETAs from the same snapped
points, routes walked back through networkx's predecessors; the snapping,
ranking, reasons and everything else are the same code) over every fifth
of those incidents, interleaved so both meet the same background load, and
the ratio at p50 and p99 (target >= 30x). Both answers are
checked to agree (same units chosen, ETAs within 1e-9 relative). Also
prints the time to load graph.npz in the current format (chains stored)
and in format 1 (contracted on load). Never asserts on time.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

import models.dispatch.recommend as recommend_module
from models.dispatch.catalogue import default_catalogue
from models.dispatch.recommend import Recommendation, UnitRecord, recommend
from models.dispatch.status import UnitStatus
from models.osm_import import import_osm
from models.routing.build import build_graph
from models.routing.contract import CONTRACTION_DTYPES
from models.routing.graph import RoadGraph
from models.routing.snap import DEFAULT_MAX_SNAP_M, Snap, SnapBatch, snap_point
from models.routing.travel import Route

_QUERIES = 500
_NX_QUERIES = 100
_UNITS = 200
_LOADS = 20
_TYPES = ("engine", "engine", "ladder", "ALS ambulance", "BLS ambulance", "patrol car", "rescue")
_STATUSES = (*[UnitStatus.AVAILABLE] * 6, UnitStatus.AVAILABLE_ON_RADIO, UnitStatus.EN_ROUTE,
             UnitStatus.ON_SCENE, UnitStatus.OUT_OF_SERVICE)  # fmt: skip


def _points_on_network(graph: RoadGraph, rng: np.random.Generator, n: int) -> np.ndarray:
    main = np.flatnonzero(graph.main_nodes[graph.seg_a] & graph.main_nodes[graph.seg_b])
    seg = rng.choice(main, n)
    t = rng.uniform(0, 1, n)
    a, b = graph.seg_a[seg], graph.seg_b[seg]
    lat = graph.nodes_lat[a] + t * (graph.nodes_lat[b] - graph.nodes_lat[a])
    lon = graph.nodes_lon[a] + t * (graph.nodes_lon[b] - graph.nodes_lon[a])
    return np.column_stack([lat, lon])


def _percentiles(ms: list[float]) -> tuple[float, float]:
    return statistics.median(ms), float(np.percentile(ms, 99))


def _part(frac: float, time_s: float) -> float:
    return 0.0 if frac == 0.0 else frac * time_s


class _NxTimes:
    """``TravelTimes``' interface (target, eta_s, route) answered by networkx."""

    def __init__(self, graph: RoadGraph, rev: nx.DiGraph, lat: float, lon: float) -> None:
        self.graph = graph
        self.target: Snap = snap_point(graph, lat, lon)
        seg = self.target.seg
        a, b = int(graph.seg_a[seg]), int(graph.seg_b[seg])
        time_a = _part(self.target.t, float(graph.seg_time_ab_s[seg]))
        time_b = _part(1.0 - self.target.t, float(graph.seg_time_ba_s[seg]))
        for node, time_s in ((a, time_a), (b, time_b)):
            if np.isfinite(time_s):
                rev.add_edge("T", node, weight=max(time_s, 1e-9))
        try:
            self.pred, self.dist = nx.dijkstra_predecessor_and_distance(rev, "T")
        finally:
            rev.remove_node("T")

    def _options(self, seg: int, t: float) -> list[float]:
        g, d, target = self.graph, self.dist, self.target
        inf = float("inf")
        options = [
            _part(1.0 - t, float(g.seg_time_ab_s[seg])) + d.get(int(g.seg_b[seg]), inf),
            _part(t, float(g.seg_time_ba_s[seg])) + d.get(int(g.seg_a[seg]), inf),
            inf,
        ]
        if seg == target.seg:
            if t <= target.t:
                options[2] = _part(target.t - t, float(g.seg_time_ab_s[seg]))
            if t >= target.t:
                options[2] = min(options[2], _part(t - target.t, float(g.seg_time_ba_s[seg])))
        return options

    def eta_s(self, snaps: SnapBatch) -> np.ndarray:
        mps = self.graph.profile.offroad_mps
        out = np.full(len(snaps), np.inf)
        for i, (seg, t, offset) in enumerate(
            zip(snaps.seg.tolist(), snaps.t.tolist(), snaps.offset_m.tolist(), strict=True)
        ):
            if seg >= 0:
                out[i] = min(self._options(seg, t)) + (offset + self.target.offset_m) / mps
        return out

    def route(self, snaps: SnapBatch, i: int, origin_lat: float, origin_lon: float) -> Route | None:
        g, seg, t = self.graph, int(snaps.seg[i]), float(snaps.t[i])
        options = self._options(seg, t)
        choice = options.index(min(options))
        nodes: list[int] = []
        if choice < 2:
            nodes.append(int(g.seg_b[seg] if choice == 0 else g.seg_a[seg]))
            while (nxt := self.pred[nodes[-1]][0]) != "T":
                nodes.append(nxt)
        offset = float(snaps.offset_m[i]) + self.target.offset_m
        length = offset + (
            float(g.length_m[g.edge_index(nodes[:-1], nodes[1:])].sum()) if nodes else 0.0
        )
        lat = (origin_lat, float(snaps.lat[i]), *g.nodes_lat[nodes].tolist(), self.target.lat)
        lon = (origin_lon, float(snaps.lon[i]), *g.nodes_lon[nodes].tolist(), self.target.lon)
        return Route(lat, lon, length, min(options) + offset / g.profile.offroad_mps)


def _units(graph: RoadGraph, rng: np.random.Generator, now: datetime) -> list[UnitRecord]:
    stations = _points_on_network(graph, rng, 8)
    positions = _points_on_network(graph, rng, _UNITS)
    units = []
    for i in range(_UNITS):
        station = stations[i % len(stations)]
        age = float(rng.choice([5.0, 30.0, 90.0, 600.0, np.nan]))
        units.append(
            UnitRecord(
                call_sign=f"U{i:03d}",
                unit_type=_TYPES[i % len(_TYPES)],
                status=str(_STATUSES[int(rng.integers(len(_STATUSES)))]),
                lat=None if np.isnan(age) else float(positions[i, 0]),
                lon=None if np.isnan(age) else float(positions[i, 1]),
                fix_time=None if np.isnan(age) else now - timedelta(seconds=age),
                station_lat=float(station[0]),
                station_lon=float(station[1]),
            )
        )
    return units


def _timed(
    run: Callable[[float, float], Recommendation],
    lat: float,
    lon: float,
    ms: list[float],
    recs: list[Recommendation],
) -> None:
    start = time.perf_counter()
    rec = run(lat, lon)
    ms.append((time.perf_counter() - start) * 1000.0)
    recs.append(rec)


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def _load_times(graph: RoadGraph, tmp_path: Path) -> None:
    current = tmp_path / "graph.npz"
    graph.save(current)
    with np.load(current) as npz:
        data = {k: npz[k] for k in npz.files if k not in CONTRACTION_DTYPES}
    meta = json.loads(str(data["meta"][()]))
    meta["format_version"] = 1
    data["meta"] = np.array(json.dumps(meta))
    old = tmp_path / "graph-format-1.npz"
    np.savez(old, **data)
    new_ms = _median_ms(lambda: RoadGraph.load(current), _LOADS)
    old_ms = _median_ms(lambda: RoadGraph.load(old), _LOADS)
    raw_ms = _median_ms(lambda: dict(np.load(old)), _LOADS)
    print(
        f"graph load: format 2 {current.stat().st_size / 1e6:.2f} MB {new_ms:6.2f} ms; "
        f"format 1 {old.stat().st_size / 1e6:.2f} MB: arrays alone {raw_ms:6.2f} ms, "
        f"load + contraction {old_ms:6.2f} ms (medians of {_LOADS})"
    )


@pytest.mark.benchmark
def test_bench_recommend(
    samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = build_graph(import_osm(samples_dir / "roads" / "monaco.osm.pbf"))
    rng = np.random.default_rng(11)
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    units = _units(graph, rng, now)
    slots = default_catalogue().plan("structure-fire").slots
    incidents = _points_on_network(graph, rng, _QUERIES)

    def ours(lat: float, lon: float) -> Recommendation:
        return recommend(graph, slots, units, lat, lon, now)

    n = graph.node_count
    rev = nx.DiGraph()
    rev.add_nodes_from(range(n))
    rows = np.repeat(np.arange(n), np.diff(graph.indptr))
    rev.add_weighted_edges_from(
        zip(graph.indices.tolist(), rows.tolist(), graph.time_s.tolist(), strict=True)
    )

    def nx_times_to(
        g: RoadGraph, lat: float, lon: float, *, max_snap_m: float = DEFAULT_MAX_SNAP_M
    ) -> _NxTimes:
        return _NxTimes(g, rev, lat, lon)

    def theirs(lat: float, lon: float) -> Recommendation:
        monkeypatch.setattr(recommend_module, "times_to", nx_times_to)
        try:
            return recommend(graph, slots, units, lat, lon, now)
        finally:
            monkeypatch.undo()

    ours(*incidents[0])  # builds the KD-tree, the junction graph, the snap memory
    theirs(*incidents[0])
    # Long-lived objects (the networkx graph above all) out of the collector's sweeps,
    # for both sides alike; interleaved so both see the same background load.
    gc.collect()
    gc.freeze()
    our_ms: list[float] = []
    nx_ms: list[float] = []
    our_recs: list[Recommendation] = []
    nx_recs: list[Recommendation] = []
    try:
        for i, (lat, lon) in enumerate(incidents.tolist()):
            _timed(ours, lat, lon, our_ms, our_recs)
            if i % (_QUERIES // _NX_QUERIES) == 0:
                _timed(theirs, lat, lon, nx_ms, nx_recs)
    finally:
        gc.unfreeze()
    pairs = [
        (our_recs[i], rec)
        for i, rec in zip(range(0, _QUERIES, _QUERIES // _NX_QUERIES), nx_recs, strict=True)
    ]

    for mine, other in pairs:
        assert [c.call_sign for c in mine.chosen()] == [c.call_sign for c in other.chosen()]
        got = [c.eta_s for c in mine.chosen()]
        want = [c.eta_s for c in other.chosen()]
        np.testing.assert_allclose(got, want, rtol=1e-9)
        assert [r.lat for r in mine.routes] == [r.lat for r in other.routes]

    p50, p99 = _percentiles(our_ms)
    n50, n99 = _percentiles(nx_ms)
    chosen = sum(len(r.chosen()) for r in our_recs) / len(our_recs)
    print(
        f"\nMonaco graph: {graph.node_count} nodes, {graph.edge_count} edges, "
        f"main component {graph.main_size}, {graph.junction_nodes.size} junctions; "
        f"{_UNITS} units, plan structure-fire ({sum(s.count for s in slots)} units), "
        f"{chosen:.2f} chosen per query"
    )
    print(f"recommend (junction CSR)     p50 {p50:7.2f} ms  p99 {p99:7.2f} ms over {_QUERIES} "
          "(target p99 <= 10 ms)")  # fmt: skip
    print(f"same with networkx Dijkstra  p50 {n50:7.2f} ms  p99 {n99:7.2f} ms over {_NX_QUERIES}")
    print(f"ratio networkx / ours        p50 {n50 / p50:7.1f}x  p99 {n99 / p99:7.1f}x "
          "(target >= 30x)")  # fmt: skip
    _load_times(graph, tmp_path)
