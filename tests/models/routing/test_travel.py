"""Snapping and travel times: exact answers on a hand-made square, networkx on Monaco."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from pyproj import Geod

from models.osm_import import import_osm
from models.roads import RoadLayer
from models.routing.build import build_graph
from models.routing.graph import RoadGraph
from models.routing.snap import (
    OutsideNetworkError,
    UnreachableError,
    snap_point,
    snap_points,
)
from models.routing.speeds import SpeedProfile
from models.routing.travel import times_to
from tests.models.routing.handmade import SPEED_MPS, SQUARE_LAT, SQUARE_LON, dist, square_layer

OFFROAD_MPS = SpeedProfile().offroad_mps


def _between(i: int, j: int, t: float) -> tuple[float, float]:
    return (
        SQUARE_LAT[i] + t * (SQUARE_LAT[j] - SQUARE_LAT[i]),
        SQUARE_LON[i] + t * (SQUARE_LON[j] - SQUARE_LON[i]),
    )


@pytest.fixture(scope="module")
def square() -> RoadGraph:
    return build_graph(square_layer())


def test_snap_to_the_nearest_point_of_a_segment(square: RoadGraph) -> None:
    lat, lon = _between(0, 1, 0.5)
    # 20 m south of the middle of 0-1.
    lon2, lat2, _ = Geod(ellps="WGS84").fwd(lon, lat, 180.0, 20.0)
    snap = snap_point(square, lat2, lon2)
    assert (square.seg_a[snap.seg], square.seg_b[snap.seg]) == (0, 1)
    assert snap.t == pytest.approx(0.5, abs=1e-3)
    assert snap.offset_m == pytest.approx(20.0, abs=0.05)
    assert (snap.lat, snap.lon) == pytest.approx((lat, lon), abs=1e-7)


def test_far_point_is_outside_the_network_with_distance(square: RoadGraph) -> None:
    with pytest.raises(OutsideNetworkError, match=r"outside the road network: \d+ m .*limit 500 m"):
        snap_point(square, 60.03, 25.0)
    try:
        snap_point(square, 60.03, 25.0)
    except OutsideNetworkError as exc:
        assert 2000 < exc.distance_m < 2300
    # A larger limit takes it.
    assert snap_point(square, 60.003, 25.0, max_distance_m=500).offset_m > 200


def test_point_on_a_cut_off_road_is_unreachable(square: RoadGraph) -> None:
    lat, lon = _between(4, 5, 0.5)
    with pytest.raises(UnreachableError, match="cut off from the main road network"):
        snap_point(square, lat, lon)
    batch = snap_points(square, [lat, SQUARE_LAT[0]], [lon, SQUARE_LON[0]])
    assert batch.seg[0] == -1 and "cut off" in (batch.error[0] or "")
    assert batch.seg[1] >= 0 and batch.error[1] is None


def test_times_on_the_square_are_exact(square: RoadGraph) -> None:
    lat, lon = _between(0, 1, 0.5)
    times = times_to(square, lat, lon)
    d01, d12, d23, d30 = dist(0, 1), dist(1, 2), dist(2, 3), dist(3, 0)
    half = d01 / 2 / SPEED_MPS
    loop = (d12 + d23 + d30) / SPEED_MPS
    assert times.to_node_s[0] == pytest.approx(half, rel=1e-9)
    # From 1 the one-way forbids going back: round the square.
    assert times.to_node_s[1] == pytest.approx(loop + half, rel=1e-9)
    assert times.to_node_s[2] == pytest.approx((d23 + d30) / SPEED_MPS + half, rel=1e-9)
    assert times.to_node_s[3] == pytest.approx(d30 / SPEED_MPS + half, rel=1e-9)
    assert math.isinf(times.to_node_s[4]) and math.isinf(times.to_node_s[5])

    quarter, three_q = _between(0, 1, 0.25), _between(0, 1, 0.75)
    snaps = snap_points(square, [quarter[0], three_q[0]], [quarter[1], three_q[1]])
    eta = times.eta_s(snaps)
    # Points interpolated in degrees sit millimetres off the metric quarter: 0.01 s.
    assert eta[0] == pytest.approx(0.25 * d01 / SPEED_MPS, abs=0.01)  # straight on
    assert eta[1] == pytest.approx(0.25 * d01 / SPEED_MPS + loop + half, abs=0.01)

    route = times.route(snaps, 1, *three_q)
    assert route is not None
    assert route.length_m == pytest.approx(0.25 * d01 + d12 + d23 + d30 + 0.5 * d01, abs=0.01)
    assert route.eta_s == pytest.approx(eta[1])
    assert route.lat[0] == three_q[0] and route.lat[-1] == pytest.approx(lat)
    assert [round(x, 6) for x in route.lat[2:-1]] == [60.0, 60.001, 60.001, 60.0]


def test_against_one_way_option_changes_the_answer() -> None:
    graph = build_graph(square_layer(), SpeedProfile(allow_against_oneway=True))
    lat, lon = _between(0, 1, 0.5)
    times = times_to(graph, lat, lon)
    assert times.to_node_s[1] == pytest.approx(dist(0, 1) / 2 / SPEED_MPS, rel=1e-9)


def test_offroad_legs_are_added_at_offroad_speed(square: RoadGraph) -> None:
    geod = Geod(ellps="WGS84")
    lat, lon = _between(0, 1, 0.5)
    lon_i, lat_i, _ = geod.fwd(lon, lat, 180.0, 30.0)  # incident 30 m off the road
    times = times_to(square, lat_i, lon_i)
    assert times.target.offset_m == pytest.approx(30.0, abs=0.05)
    q = _between(0, 1, 0.25)
    lon_u, lat_u, _ = geod.fwd(q[1], q[0], 180.0, 10.0)  # unit 10 m off the road
    eta = times.eta_s(snap_points(square, [lat_u], [lon_u]))[0]
    expected = 0.25 * dist(0, 1) / SPEED_MPS + 40.0 / OFFROAD_MPS
    assert eta == pytest.approx(expected, rel=1e-3)


def test_incident_at_a_node_is_reached_from_every_side(square: RoadGraph) -> None:
    # Node 1: 0->1 arrives there and 2->1 too, though the virtual edges differ.
    times = times_to(square, SQUARE_LAT[1], SQUARE_LON[1])
    assert times.to_node_s[0] == pytest.approx(dist(0, 1) / SPEED_MPS, rel=1e-9)
    assert times.to_node_s[2] == pytest.approx(dist(1, 2) / SPEED_MPS, rel=1e-9)
    assert times.to_node_s[1] == pytest.approx(0.0, abs=1e-6)


def _independent_digraph(layer: RoadLayer, profile: SpeedProfile) -> nx.DiGraph:
    """The routing graph rebuilt the slow, obvious way, for networkx."""
    geod = Geod(ellps="WGS84")
    speeds = profile.way_speeds_kmh(layer)
    graph = nx.DiGraph()
    for w in range(layer.way_count):
        if not math.isfinite(speeds[w]):
            continue
        nodes = layer.way_node_indices(w).tolist()
        oneway = int(layer.way_oneway[w])
        for u, v in itertools.pairwise(nodes):
            if u == v:
                continue
            length = geod.inv(
                layer.nodes_lon[u], layer.nodes_lat[u], layer.nodes_lon[v], layer.nodes_lat[v]
            )[2]
            time = max(length / (speeds[w] / 3.6), 1e-3)
            for a, b, ok in ((u, v, oneway != -1), (v, u, oneway != 1)):
                if ok and (not graph.has_edge(a, b) or graph[a][b]["weight"] > time):
                    graph.add_edge(a, b, weight=time)
    return graph


def test_monaco_times_match_networkx(samples_dir: Path) -> None:
    layer = import_osm(samples_dir / "roads" / "monaco.osm.pbf")
    profile = SpeedProfile()
    graph = build_graph(layer, profile)
    reference = _independent_digraph(layer, profile)
    assert reference.number_of_edges() == graph.edge_count
    reversed_ref = reference.reverse(copy=True)
    rng = np.random.default_rng(7)
    main = np.flatnonzero(graph.main_nodes)
    compared = 0
    for target in rng.choice(main, 12, replace=False):
        times = times_to(graph, graph.nodes_lat[target], graph.nodes_lon[target])
        expected = nx.single_source_dijkstra_path_length(reversed_ref, int(target))
        sources = rng.choice(main, 200, replace=False)
        got = times.to_node_s[sources]
        want = np.array([expected[int(s)] for s in sources])
        np.testing.assert_allclose(got, want, rtol=1e-3, atol=1e-6)
        # ETAs of units standing on those nodes: the same numbers through the snap path.
        snaps = snap_points(graph, graph.nodes_lat[sources], graph.nodes_lon[sources])
        np.testing.assert_allclose(times.eta_s(snaps), want, rtol=1e-3, atol=0.05)
        # Route lengths agree with the networkx path's length.
        s = int(sources[0])
        path = nx.dijkstra_path(reference, s, int(target))
        length = sum(
            Geod(ellps="WGS84").inv(
                layer.nodes_lon[a], layer.nodes_lat[a], layer.nodes_lon[b], layer.nodes_lat[b]
            )[2]
            for a, b in itertools.pairwise(path)
        )
        route = times.route(snaps, 0, graph.nodes_lat[s], graph.nodes_lon[s])
        assert route is not None
        assert route.length_m == pytest.approx(length, rel=1e-3, abs=0.5)
        compared += sources.size
    assert compared == 2400
    # Nodes outside the main component cannot reach it or be reached from it.
    outside = np.flatnonzero(~graph.main_nodes & (np.diff(graph.indptr) > 0))
    assert outside.size > 0
