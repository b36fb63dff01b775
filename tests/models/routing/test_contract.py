"""The contracted graph: its chains, and times and routes equal to the uncontracted graph's."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from models.osm_import import import_osm
from models.routing.build import build_graph
from models.routing.contract import BACKWARD, CONTRACTION_DTYPES, FORWARD
from models.routing.graph import RoadGraph
from models.routing.snap import SnapBatch, snap_point, snap_points
from models.routing.travel import times_to
from tests.models.routing.handmade import make_layer, square_layer
from tests.models.routing.reference import ReferenceTimes


@pytest.fixture(scope="module")
def monaco(samples_dir: Path) -> RoadGraph:
    return build_graph(import_osm(samples_dir / "roads" / "monaco.osm.pbf"))


def _chains(graph: RoadGraph) -> list[tuple[list[int], int]]:
    off = graph.chain_offsets
    return [
        (graph.chain_nodes[off[c] : off[c + 1]].tolist(), int(graph.chain_dir[c]))
        for c in range(off.size - 1)
    ]


def test_square_keeps_junctions_where_one_way_meets_two_way() -> None:
    graph = build_graph(square_layer())
    # 0 lies on 3 -> 0 -> 1 (one-way both sides) and 2 on 1 - 2 - 3 (two-way both
    # sides): pass-through. 1 and 3 join a one-way to a two-way: junctions.
    assert graph.junction_nodes.tolist() == [1, 3, 4, 5]
    chains = sorted(_chains(graph))
    assert chains == [([1, 0, 3], BACKWARD), ([1, 2, 3], FORWARD | BACKWARD), ([4, 5], 3)]
    one_way = next(c for c, (nodes, _) in enumerate(_chains(graph)) if nodes == [1, 0, 3])
    cum_b = graph.chain_cum_bwd_s[graph.chain_offsets[one_way] : graph.chain_offsets[one_way + 1]]
    s30 = graph.seg_time_ba_s[(graph.seg_a == 0) & (graph.seg_b == 3)][0]
    s01 = graph.seg_time_ab_s[(graph.seg_a == 0) & (graph.seg_b == 1)][0]
    np.testing.assert_allclose(cum_b, [0.0, s01, s01 + s30], rtol=1e-15)


def test_ring_without_junction_keeps_its_nodes() -> None:
    lat = [60.0, 60.0, 60.001, 60.001]
    lon = [25.0, 25.002, 25.002, 25.0]
    graph = build_graph(make_layer(lat, lon, [([0, 1, 2, 3, 0], "residential", 0, 36.0)]))
    assert graph.junction_nodes.tolist() == [0, 1, 2, 3]
    assert len(_chains(graph)) == 4
    times = times_to(graph, 60.0, 25.001)
    assert np.all(np.isfinite(times.to_node_s))


def test_every_segment_and_node_has_one_place(monaco: RoadGraph) -> None:
    g = monaco
    off = g.chain_offsets
    assert g.junction_nodes.size < g.main_size / 5  # the point of contracting
    roads = np.zeros(g.node_count, dtype=bool)
    roads[g.seg_a] = roads[g.seg_b] = True
    junction = np.zeros(g.node_count, dtype=bool)
    junction[g.junction_nodes] = True
    ends = np.concatenate([g.chain_nodes[off[:-1]], g.chain_nodes[off[1:] - 1]])
    assert junction[ends].all()
    interior = np.ones(g.chain_nodes.size, dtype=bool)
    interior[off[:-1]] = interior[off[1:] - 1] = False
    count = np.bincount(g.chain_nodes[interior], minlength=g.node_count)
    assert np.array_equal(count, (roads & ~junction).astype(np.int64))
    # Each segment is the step it claims, in the direction it claims.
    first, second = g.chain_nodes[g.seg_step], g.chain_nodes[g.seg_step + 1]
    assert np.array_equal(np.where(g.seg_flip, second, first), g.seg_a)
    assert np.array_equal(np.where(g.seg_flip, first, second), g.seg_b)
    assert np.all(np.searchsorted(off, g.seg_step, side="right") - 1 == g.seg_chain)


def _mid_segment(graph: RoadGraph, rng: np.random.Generator, n: int) -> SnapBatch:
    main = np.flatnonzero(graph.main_nodes[graph.seg_a] & graph.main_nodes[graph.seg_b])
    seg = rng.choice(main, n)
    t = rng.uniform(0.01, 0.99, n)
    a, b = graph.seg_a[seg], graph.seg_b[seg]
    lat = graph.nodes_lat[a] + t * (graph.nodes_lat[b] - graph.nodes_lat[a])
    lon = graph.nodes_lon[a] + t * (graph.nodes_lon[b] - graph.nodes_lon[a])
    return snap_points(graph, lat, lon)


def _targets(graph: RoadGraph, rng: np.random.Generator) -> list[tuple[float, float]]:
    """Mid-segment points, junctions and pass-through nodes."""
    mids = _mid_segment(graph, rng, 8)
    out = list(zip(mids.lat.tolist(), mids.lon.tolist(), strict=True))
    main_j = graph.junction_nodes[graph.main_nodes[graph.junction_nodes]]
    for node in [*rng.choice(main_j, 3), *rng.choice(np.flatnonzero(graph.main_nodes), 3)]:
        out.append((float(graph.nodes_lat[node]), float(graph.nodes_lon[node])))
    return out


def test_times_equal_the_uncontracted_graph(monaco: RoadGraph) -> None:
    rng = np.random.default_rng(5)
    units = _mid_segment(monaco, rng, 300)
    at_nodes = snap_points(monaco, monaco.nodes_lat[:2000:7], monaco.nodes_lon[:2000:7])
    for lat, lon in _targets(monaco, rng):
        times = times_to(monaco, lat, lon)
        ref = ReferenceTimes(monaco, snap_point(monaco, lat, lon))
        reached = np.isfinite(ref.to_node_s)
        assert np.array_equal(np.isfinite(times.to_node_s), reached)
        np.testing.assert_allclose(
            times.to_node_s[reached], ref.to_node_s[reached], rtol=1e-12, atol=1e-8
        )
        offroad = (units.offset_m + times.target.offset_m) / monaco.profile.offroad_mps
        want = [ref.eta_s(int(s), float(t)) for s, t in zip(units.seg, units.t, strict=True)]
        np.testing.assert_allclose(times.eta_s(units) - offroad, want, rtol=1e-12, atol=1e-8)
        ok = at_nodes.seg >= 0
        got = times.eta_s(at_nodes)[ok]
        offroad = (at_nodes.offset_m[ok] + times.target.offset_m) / monaco.profile.offroad_mps
        pairs = zip(at_nodes.seg[ok], at_nodes.t[ok], strict=True)
        want = [ref.eta_s(int(s), float(t)) for s, t in pairs]
        np.testing.assert_allclose(got - offroad, want, rtol=1e-12, atol=1e-8)


def test_routes_expand_to_the_uncontracted_route(monaco: RoadGraph) -> None:
    rng = np.random.default_rng(9)
    units = _mid_segment(monaco, rng, 40)
    compared = 0
    for lat, lon in _targets(monaco, rng):
        times = times_to(monaco, lat, lon)
        ref = ReferenceTimes(monaco, snap_point(monaco, lat, lon))
        for i in range(len(units)):
            route = times.route(units, i, 0.0, 0.0)
            assert route is not None
            nodes = ref.route_nodes(int(units.seg[i]), float(units.t[i]))
            want = [(float(units.lat[i]), float(units.lon[i]))]
            want += [(float(monaco.nodes_lat[n]), float(monaco.nodes_lon[n])) for n in nodes]
            want.append((times.target.lat, times.target.lon))
            got = list(zip(route.lat[1:], route.lon[1:], strict=True))
            assert got == want
            length = float(units.offset_m[i]) + times.target.offset_m
            if nodes:
                length += _partial_m(monaco, int(units.seg[i]), float(units.t[i]), nodes[0])
                length += float(
                    monaco.length_m[monaco.edge_index(nodes[:-1], nodes[1:])].sum()
                    if len(nodes) > 1
                    else 0.0
                )
                length += _partial_m(monaco, times.target.seg, times.target.t, nodes[-1])
            else:
                length += abs(units.t[i] - times.target.t) * monaco.seg_len_m[units.seg[i]]
            assert route.length_m == pytest.approx(length, rel=1e-9, abs=1e-6)
            assert route.eta_s == pytest.approx(times.eta_s(units)[i], rel=1e-12)
            compared += 1
    assert compared == 40 * 14


def _partial_m(graph: RoadGraph, seg: int, t: float, node: int) -> float:
    return (t if node == graph.seg_a[seg] else 1.0 - t) * float(graph.seg_len_m[seg])


def test_format_1_file_is_contracted_on_load(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    graph = build_graph(square_layer())
    graph.save(tmp_path / "graph.npz")
    with np.load(tmp_path / "graph.npz") as npz:
        data = {k: npz[k] for k in npz.files if k not in CONTRACTION_DTYPES}
    meta = json.loads(str(data["meta"][()]))
    meta["format_version"] = 1
    data["meta"] = np.array(json.dumps(meta))
    np.savez(tmp_path / "old.npz", **data)
    with caplog.at_level(logging.WARNING):
        old = RoadGraph.load(tmp_path / "old.npz")
    assert "format 1 is older than 2" in caplog.text
    for name in CONTRACTION_DTYPES:
        np.testing.assert_array_equal(getattr(old, name), getattr(graph, name))
    assert old.meta.format_version == 2


def test_limit_cuts_times_beyond_it(monaco: RoadGraph) -> None:
    node = int(np.flatnonzero(monaco.main_nodes)[100])
    lat, lon = float(monaco.nodes_lat[node]), float(monaco.nodes_lon[node])
    full = times_to(monaco, lat, lon)
    cut = times_to(monaco, lat, lon, limit_s=120.0)
    within = full.to_node_s <= 120.0
    assert 100 < np.count_nonzero(within) < monaco.main_size
    np.testing.assert_array_equal(cut.to_node_s[within], full.to_node_s[within])
    assert np.all(np.isinf(cut.to_node_s[~within]))
    units = _mid_segment(monaco, np.random.default_rng(2), 200)
    eta_full, eta_cut = full.eta_s(units), cut.eta_s(units)
    offroad = (units.offset_m + full.target.offset_m) / monaco.profile.offroad_mps
    near = eta_full - offroad <= 120.0
    np.testing.assert_array_equal(eta_cut[near], eta_full[near])
    assert np.all(np.isinf(eta_cut[~near]))
