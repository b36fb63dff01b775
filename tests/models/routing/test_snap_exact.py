"""Snapping on Monaco equals a brute-force nearest segment, including dense junctions."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.osm_import import import_osm
from models.routing.build import build_graph
from models.routing.snap import projection, snap_point, snap_points, snap_points_cached


def test_snap_equals_brute_force(samples_dir: Path) -> None:
    graph = build_graph(import_osm(samples_dir / "roads" / "monaco.osm.pbf"))
    rng = np.random.default_rng(3)
    nodes = rng.choice(np.flatnonzero(graph.main_nodes), 400)
    lat = graph.nodes_lat[nodes] + rng.normal(0, 0.0003, nodes.size)
    lon = graph.nodes_lon[nodes] + rng.normal(0, 0.0003, nodes.size)
    batch = snap_points(graph, lat, lon, max_distance_m=5000)
    assert all(e is None for e in batch.error)

    main = np.flatnonzero(graph.main_nodes[graph.seg_a] & graph.main_nodes[graph.seg_b])
    ax, ay = graph.nodes_x[graph.seg_a[main]], graph.nodes_y[graph.seg_a[main]]
    bx, by = graph.nodes_x[graph.seg_b[main]], graph.nodes_y[graph.seg_b[main]]
    px, py = projection(graph).forward(lat, lon)
    dx, dy = bx - ax, by - ay
    len2 = np.where(dx * dx + dy * dy > 0, dx * dx + dy * dy, 1.0)
    t = np.clip(((px[:, None] - ax) * dx + (py[:, None] - ay) * dy) / len2, 0, 1)
    d = np.hypot(ax + t * dx - px[:, None], ay + t * dy - py[:, None])
    np.testing.assert_allclose(batch.offset_m, d.min(axis=1), atol=1e-6)


def test_single_and_remembered_snaps_equal_the_batch(samples_dir: Path) -> None:
    graph = build_graph(import_osm(samples_dir / "roads" / "monaco.osm.pbf"))
    rng = np.random.default_rng(4)
    nodes = rng.choice(np.flatnonzero(graph.main_nodes), 300)
    lat = graph.nodes_lat[nodes] + rng.normal(0, 0.001, nodes.size)
    lon = graph.nodes_lon[nodes] + rng.normal(0, 0.001, nodes.size)
    lat[:3] = [43.9, np.nan, 43.7]  # far out, invalid, and whatever the sea holds
    batch = snap_points(graph, lat, lon)
    for _ in range(2):  # the second time from memory
        cached = snap_points_cached(graph, lat.tolist(), lon.tolist())
        np.testing.assert_array_equal(cached.seg, batch.seg)
        for name in ("t", "offset_m", "lat", "lon"):
            np.testing.assert_array_equal(getattr(cached, name), getattr(batch, name))
        assert cached.error == batch.error
    assert batch.error[0] is not None and batch.error[1] is not None
    for i in range(3, nodes.size):
        one = snap_point(graph, float(lat[i]), float(lon[i]))
        assert (one.seg, one.t, one.offset_m, one.lat, one.lon) == (
            int(batch.seg[i]), float(batch.t[i]), float(batch.offset_m[i]),
            float(batch.lat[i]), float(batch.lon[i]),
        )  # fmt: skip
