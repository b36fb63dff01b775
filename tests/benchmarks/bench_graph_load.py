"""Benchmark: loading the Monaco routing graph bundle vs. rebuilding it from the road layer.

Prints the median time to ``RoadGraph.load`` graph.npz (target <= 200 ms),
the first query after a load (which builds the snapping KD-tree and the
junction graph), ``load_site`` with the graph, ``build_graph`` from the
loaded ``RoadLayer`` (the baseline; it includes the contraction, timed
alone too), with the ratio. Never asserts on time.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from console.commands.import_osm import import_osm_command
from console.config.site import load_site
from models.roads import RoadLayer
from models.routing.build import build_graph
from models.routing.contract import contract
from models.routing.graph import RoadGraph
from models.routing.travel import times_to

_LOADS = 30
_BUILDS = 10


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


@pytest.mark.benchmark
def test_bench_graph_load(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "monaco"
    assert (
        import_osm_command(str(samples_dir / "roads" / "monaco.osm.pbf"), str(out), io.StringIO())
        == 0
    )
    bundle = out / "graph.npz"
    layer = RoadLayer.load(out / "roads.npz")
    graph = RoadGraph.load(bundle)
    lat, lon = layer.center()

    def load_and_route() -> None:
        times_to(RoadGraph.load(bundle), lat, lon, max_snap_m=5000)

    load_ms = _median_ms(lambda: RoadGraph.load(bundle), _LOADS)
    first_ms = _median_ms(load_and_route, _LOADS)
    site_ms = _median_ms(lambda: load_site(out), _LOADS)
    build_ms = _median_ms(lambda: build_graph(layer), _BUILDS)
    g = graph
    contract_ms = _median_ms(
        lambda: contract(
            g.node_count, g.seg_a, g.seg_b, g.seg_time_ab_s, g.seg_time_ba_s, g.seg_len_m
        ),
        _BUILDS,
    )
    print(
        f"\nMonaco graph: {graph.node_count} nodes, {graph.edge_count} edges, "
        f"{graph.seg_a.size} segments, {graph.junction_nodes.size} junctions in "
        f"{graph.chain_dir.size} chains; graph.npz {bundle.stat().st_size / 1e6:.2f} MB"
    )
    print(f"RoadGraph.load             median {load_ms:8.2f} ms over {_LOADS} (target <= 200 ms)")
    print(f"load + first times_to      median {first_ms:8.2f} ms over {_LOADS}")
    print(f"load_site (roads + graph)  median {site_ms:8.2f} ms over {_LOADS}")
    print(f"baseline build_graph       median {build_ms:8.2f} ms over {_BUILDS}")
    print(f"  of which contract         median {contract_ms:8.2f} ms over {_BUILDS}")
    print(f"ratio build / load         {build_ms / load_ms:8.1f}x")
