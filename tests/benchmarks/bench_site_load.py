"""Benchmark: loading a city's road bundle vs. re-importing it from the OSM extract.

Prints the median time to ``RoadLayer.load`` the Monaco bundle (target <= 200 ms),
to ``load_site`` a site built on it, and to re-import the ``.pbf`` with osmium
(the baseline), and the ratio. Never asserts on time.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from console.commands.import_osm import import_osm_command
from console.config.site import load_site
from models.osm_import import import_osm
from models.roads import RoadLayer

_LOADS = 30
_IMPORTS = 5


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


@pytest.mark.benchmark
def test_bench_site_load(samples_dir: Path, tmp_path: Path) -> None:
    pbf = samples_dir / "roads" / "monaco.osm.pbf"
    out = tmp_path / "monaco"
    assert import_osm_command(str(pbf), str(out), io.StringIO()) == 0
    bundle = out / "roads.npz"
    layer = RoadLayer.load(bundle)

    load_ms = _median_ms(lambda: RoadLayer.load(bundle), _LOADS)
    site_ms = _median_ms(lambda: load_site(out), _LOADS)
    lines_ms = _median_ms(layer.polylines_by_class, _LOADS)
    import_ms = _median_ms(lambda: import_osm(pbf), _IMPORTS)

    # Why the bundle is stored uncompressed: the same arrays, zip-deflated.
    compressed = tmp_path / "roads-compressed.npz"
    with np.load(bundle) as npz:
        np.savez_compressed(compressed, **{k: npz[k] for k in npz.files})

    def _read_all(path: Path) -> None:
        with np.load(path) as npz:
            for key in npz.files:
                npz[key]

    raw_ms = _median_ms(lambda: _read_all(bundle), _LOADS)
    deflated_ms = _median_ms(lambda: _read_all(compressed), _LOADS)

    print(
        f"\nMonaco: {layer.way_count} ways, {layer.node_count} nodes; "
        f"bundle {bundle.stat().st_size / 1e6:.2f} MB, extract {pbf.stat().st_size / 1e6:.2f} MB"
    )
    print(f"RoadLayer.load        median {load_ms:8.2f} ms over {_LOADS} (target <= 200 ms)")
    print(f"load_site             median {site_ms:8.2f} ms over {_LOADS}")
    print(f"polylines_by_class    median {lines_ms:8.2f} ms over {_LOADS}")
    print(f"baseline import_osm   median {import_ms:8.2f} ms over {_IMPORTS}")
    print(f"ratio import / load   {import_ms / load_ms:8.1f}x")
    print(
        f"np.load uncompressed  median {raw_ms:8.2f} ms ({bundle.stat().st_size / 1e6:.2f} MB); "
        f"compressed {deflated_ms:.2f} ms ({compressed.stat().st_size / 1e6:.2f} MB)"
    )
