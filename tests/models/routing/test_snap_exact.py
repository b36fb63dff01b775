"""Snapping on Monaco equals a brute-force nearest segment, including dense junctions."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.osm_import import import_osm
from models.routing.build import build_graph
from models.routing.snap import projection, snap_points


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
