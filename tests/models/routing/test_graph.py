"""Graph building: one-way rules, excluded classes, lengths, speeds, components, the bundle."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from models.routing.build import build_graph
from models.routing.graph import GraphError, RoadGraph, layer_fingerprint
from models.routing.speeds import SpeedProfile
from tests.models.routing.handmade import SPEED_MPS, dist, make_layer, square_layer


def _edges(graph: RoadGraph) -> dict[tuple[int, int], tuple[float, float]]:
    rows = np.repeat(np.arange(graph.node_count), np.diff(graph.indptr))
    return {
        (int(u), int(v)): (float(t), float(m))
        for u, v, t, m in zip(rows, graph.indices, graph.time_s, graph.length_m, strict=True)
    }


def test_one_ways_and_excluded_classes() -> None:
    graph = build_graph(square_layer())
    edges = _edges(graph)
    assert set(edges) == {(0, 1), (1, 2), (2, 1), (2, 3), (3, 2), (3, 0), (4, 5), (5, 4)}
    for (u, v), (time, length) in edges.items():
        assert length == pytest.approx(dist(u, v), rel=1e-12)
        assert time == pytest.approx(dist(u, v) / SPEED_MPS, rel=1e-9)
    assert 105 < edges[(0, 1)][1] < 115  # 0.002 deg of longitude at 60 N


def test_against_one_way_is_an_option() -> None:
    graph = build_graph(square_layer(), SpeedProfile(allow_against_oneway=True))
    assert {(1, 0), (0, 3)} <= set(_edges(graph))


def test_components_main_and_cut_off() -> None:
    graph = build_graph(square_layer())
    assert graph.main_nodes.tolist() == [True, True, True, True, False, False]
    assert graph.main_size == 4
    assert graph.component[4] == graph.component[5]
    assert graph.component_size(4) == 2


def test_class_default_speed_when_untagged_and_maxspeed_clamped() -> None:
    layer = make_layer(
        [60.0, 60.0, 60.0],
        [25.0, 25.001, 25.002],
        [([0, 1], "primary", 0, math.nan), ([1, 2], "primary", 0, 1.0)],
    )
    edges = _edges(build_graph(layer))
    time, length = edges[(0, 1)]
    assert length / time == pytest.approx(60 / 3.6)
    time, length = edges[(1, 2)]
    assert length / time == pytest.approx(5 / 3.6)  # min_kmh


def test_parallel_ways_keep_the_fastest() -> None:
    layer = make_layer(
        [60.0, 60.0],
        [25.0, 25.001],
        [([0, 1], "residential", 0, 30.0), ([0, 1], "primary", 0, 60.0)],
    )
    graph = build_graph(layer)
    assert graph.edge_count == 2 and graph.seg_a.size == 1
    time, length = _edges(graph)[(0, 1)]
    assert length / time == pytest.approx(60 / 3.6)


def test_segments_record_each_direction() -> None:
    graph = build_graph(square_layer())
    segs = {(int(a), int(b)): (ab, ba) for a, b, ab, ba in zip(
        graph.seg_a, graph.seg_b, graph.seg_time_ab_s, graph.seg_time_ba_s, strict=True
    )}  # fmt: skip
    ab, ba = segs[(0, 1)]
    assert math.isfinite(ab) and ba == math.inf
    ab, ba = segs[(0, 3)]
    assert ab == math.inf and math.isfinite(ba)
    assert (0, 2) not in segs


def test_profile_rejects_missing_and_unknown_classes() -> None:
    with pytest.raises(ValueError, match="no speed for drivable road classes: pedestrian"):
        SpeedProfile(class_kmh={k: 10.0 for k in ("motorway", "trunk", "primary")} | {
            k: 10.0 for k in ("secondary", "tertiary", "unclassified", "residential",
                              "living_street", "service")
        })  # fmt: skip
    with pytest.raises(ValueError, match="unknown road classes in excluded: runway"):
        SpeedProfile(excluded=frozenset({"runway"}))
    profile = SpeedProfile(offroad_kmh=7.0, excluded=frozenset({"path"}))
    assert SpeedProfile.from_json(profile.to_json()) == profile


def test_save_load_round_trip(tmp_path: Path) -> None:
    layer = square_layer()
    graph = build_graph(layer)
    graph.save(tmp_path / "graph.npz")
    back = RoadGraph.load(tmp_path / "graph.npz")
    for name in ("indptr", "indices", "time_s", "length_m", "seg_a", "seg_time_ba_s", "component"):
        np.testing.assert_array_equal(getattr(back, name), getattr(graph, name))
    assert back.meta == graph.meta
    assert back.meta.roads_fingerprint == layer_fingerprint(layer)


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match=r"nope\.npz: road graph file not found"):
        RoadGraph.load(tmp_path / "nope.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"\x00" * 64)
    with pytest.raises(GraphError, match=r"bad\.npz: not a readable road graph"):
        RoadGraph.load(bad)
    graph = build_graph(square_layer())
    arrays = {name: getattr(graph, name) for name in ("indptr", "indices")}
    np.savez(tmp_path / "partial.npz", **arrays)
    with pytest.raises(GraphError, match=r"partial\.npz: missing arrays: nodes_lat"):
        RoadGraph.load(tmp_path / "partial.npz")
    graph.save(tmp_path / "g.npz")
    with np.load(tmp_path / "g.npz") as npz:
        data = {k: npz[k] for k in npz.files}
    data["indices"] = data["indices"].copy()
    data["indices"][0] = 99
    np.savez(tmp_path / "broken.npz", **data)
    with pytest.raises(GraphError, match=r"broken\.npz: inconsistent.*outside the nodes"):
        RoadGraph.load(tmp_path / "broken.npz")
