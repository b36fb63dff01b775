"""Benchmark: recommendation latency on Monaco with 200 units, against networkx.

Prints p50/p99 of ``recommend`` over 200 incidents (target p99 <= 10 ms) and
of the same work with networkx (single-source Dijkstra on the reversed
DiGraph from the same virtual incident node, the same snapping and ETA
lookups) over fewer incidents, and the ratio (target >= 30x). Never asserts
on time.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from models.dispatch.catalogue import default_catalogue
from models.dispatch.recommend import UnitRecord, recommend
from models.dispatch.status import UnitStatus
from models.osm_import import import_osm
from models.routing.build import build_graph
from models.routing.graph import RoadGraph
from models.routing.snap import snap_point, snap_points
from models.routing.travel import _part

_QUERIES = 200
_NX_QUERIES = 40
_UNITS = 200
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


def _nx_query(graph: RoadGraph, rev: nx.DiGraph, lat: float, lon: float, units: np.ndarray) -> None:
    """The same question answered with networkx: virtual node, one Dijkstra, lookups."""
    target = snap_point(graph, lat, lon)
    a, b = int(graph.seg_a[target.seg]), int(graph.seg_b[target.seg])
    rev.add_edge("T", a, weight=float(_part(target.t, graph.seg_time_ab_s[target.seg])) or 1e-9)
    rev.add_edge("T", b, weight=float(_part(1 - target.t, graph.seg_time_ba_s[target.seg])) or 1e-9)
    try:
        dist = nx.single_source_dijkstra_path_length(rev, "T")
    finally:
        rev.remove_node("T")
    snaps = snap_points(graph, units[:, 0], units[:, 1])
    to_node = np.array([dist.get(i, np.inf) for i in range(graph.node_count)])
    seg = np.maximum(snaps.seg, 0)
    via_b = _part(1 - snaps.t, graph.seg_time_ab_s[seg]) + to_node[graph.seg_b[seg]]
    via_a = _part(snaps.t, graph.seg_time_ba_s[seg]) + to_node[graph.seg_a[seg]]
    eta = np.minimum(via_a, via_b)
    np.argsort(eta)


@pytest.mark.benchmark
def test_bench_recommend(samples_dir: Path) -> None:
    graph = build_graph(import_osm(samples_dir / "roads" / "monaco.osm.pbf"))
    rng = np.random.default_rng(11)
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
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
    slots = default_catalogue().plan("structure-fire").slots
    incidents = _points_on_network(graph, rng, _QUERIES)

    recommend(graph, slots, units, *incidents[0], now)  # builds the KD-tree, reversed matrix
    ours: list[float] = []
    chosen = 0
    for lat, lon in incidents:
        start = time.perf_counter()
        rec = recommend(graph, slots, units, float(lat), float(lon), now)
        ours.append((time.perf_counter() - start) * 1000.0)
        chosen += len(rec.chosen())

    n = graph.node_count
    rev = nx.DiGraph()
    rev.add_nodes_from(range(n))
    rows = np.repeat(np.arange(n), np.diff(graph.indptr))
    rev.add_weighted_edges_from(
        zip(graph.indices.tolist(), rows.tolist(), graph.time_s.tolist(), strict=True)
    )
    origins = positions  # the same number of lookups: one per unit
    theirs: list[float] = []
    for lat, lon in incidents[:_NX_QUERIES]:
        start = time.perf_counter()
        _nx_query(graph, rev, float(lat), float(lon), origins)
        theirs.append((time.perf_counter() - start) * 1000.0)

    p50, p99 = _percentiles(ours)
    n50, n99 = _percentiles(theirs)
    print(
        f"\nMonaco graph: {graph.node_count} nodes, {graph.edge_count} edges, "
        f"main component {graph.main_size}; {_UNITS} units, plan structure-fire "
        f"({sum(s.count for s in slots)} units), {chosen / _QUERIES:.2f} chosen per query"
    )
    print(f"recommend (scipy CSR)   p50 {p50:7.2f} ms  p99 {p99:7.2f} ms over {_QUERIES} "
          "(target p99 <= 10 ms)")  # fmt: skip
    print(f"baseline networkx       p50 {n50:7.2f} ms  p99 {n99:7.2f} ms over {_NX_QUERIES}")
    print(f"ratio networkx / ours   p50 {n50 / p50:7.1f}x  p99 {n99 / p99:7.1f}x (target >= 30x)")
