"""Benchmark: map frames with Monaco's roads and 1,000 live radar tracks.

Contract: imports the Monaco OpenStreetMap extract from the shared samples
(skips without them), then times ~200 frames of "a new track picture (1,000
tracks, 60-point trails, every track moved) + the display timer's work + a
full synchronous repaint of the viewport". Baseline in the same process: the
same map with roads only. Also times the frame with track labels on (zoomed
in past ``LABEL_MAX_M_PER_PX``) and the projection alone (pyproj vs the
fitted cubic the layer uses). Prints p50/p99 and ratios; never asserts on
time. Target: p99 <= 33 ms at fit-to-site.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from models.geo import LocalProjection
from widgets.map.tracks import LABEL_MAX_M_PER_PX, PolyProjection, TrackFrame
from widgets.map_widget import MapWidget

FRAMES = 200
TRACKS = 1000
TRAIL = 60


class _Tracks:
    """1,000 synthetic tracks wandering around the site, trails included."""

    def __init__(self, lat0: float, lon0: float) -> None:
        rng = np.random.default_rng(11)
        self.lat0, self.lon0 = lat0, lon0
        self.lat = lat0 + rng.normal(0, 0.006, TRACKS)
        self.lon = lon0 + rng.normal(0, 0.01, TRACKS)
        self.speed = rng.uniform(2, 25, TRACKS)
        self.course = rng.uniform(0, 360, TRACKS)
        self.ids = [f"radar{k % 4}/{k}" for k in range(TRACKS)]
        self.labels = [f"V{k}" if k % 3 == 0 else "" for k in range(TRACKS)]
        # (tracks, trail + 1) history with a NaN column closing each trail.
        self.hist_lat = np.repeat(self.lat[:, None], TRAIL + 1, axis=1)
        self.hist_lon = np.repeat(self.lon[:, None], TRAIL + 1, axis=1)
        self.hist_lat[:, -1] = np.nan
        self.hist_lon[:, -1] = np.nan

    def step(self) -> TrackFrame:
        rad = np.radians(self.course)
        dt = 1.0
        self.lat = self.lat + self.speed * dt * np.cos(rad) / 111_000
        self.lon = self.lon + self.speed * dt * np.sin(rad) / (111_000 * np.cos(np.radians(43.7)))
        self.course = (self.course + 2.0) % 360
        self.hist_lat[:, :-2] = self.hist_lat[:, 1:-1]
        self.hist_lon[:, :-2] = self.hist_lon[:, 1:-1]
        self.hist_lat[:, -2] = self.lat
        self.hist_lon[:, -2] = self.lon
        return TrackFrame(
            self.ids,
            self.lat.copy(),
            self.lon.copy(),
            self.speed.copy(),
            self.course.copy(),
            self.labels,
            self.hist_lat.ravel().copy(),
            self.hist_lon.ravel().copy(),
        )


def _percentiles(samples: list[float]) -> tuple[float, float]:
    arr = np.asarray(samples) * 1000.0
    return float(np.percentile(arr, 50)), float(np.percentile(arr, 99))


def _time_frames(widget: MapWidget, qapp: object, step: Callable[[int], None]) -> list[float]:
    viewport = widget.canvas.viewport()
    times: list[float] = []
    for frame in range(FRAMES + 10):
        start = time.perf_counter()
        step(frame)
        widget._on_timer_timeout()
        painted = widget.canvas.paint_count
        viewport.update()
        deadline = time.perf_counter() + 5.0
        while widget.canvas.paint_count == painted and time.perf_counter() < deadline:
            qapp.processEvents()  # type: ignore[attr-defined]
        if frame >= 10:  # warm-up frames build caches
            times.append(time.perf_counter() - start)
    return times


@pytest.mark.benchmark
def test_bench_map_tracks(qtbot: object, qapp: object, samples_dir: Path) -> None:
    from models.osm_import import import_osm

    roads = import_osm(samples_dir / "roads" / "monaco.osm.pbf")
    lat0, lon0 = roads.center()
    projection = LocalProjection(lat0, lon0)
    results: dict[str, tuple[float, float]] = {}

    def run(name: str, with_tracks: bool, zoom: float = 1.0) -> None:
        widget = MapWidget()
        widget.resize(1280, 800)
        qtbot.addWidget(widget)  # type: ignore[attr-defined]
        widget.show()
        widget.set_site(projection, roads, [], "© OpenStreetMap contributors")
        if zoom != 1.0:
            widget.zoom_by(zoom)
        tracks = _Tracks(lat0, lon0)
        step = (
            (lambda f: widget.set_track_frame(tracks.step())) if with_tracks else (lambda f: None)
        )
        times = _time_frames(widget, qapp, step)
        results[name] = _percentiles(times)
        if with_tracks:
            layer = widget.track_layer()
            counts = layer.drawn_counts()
            print(f"\n  [{name}] drawn: {counts}, labels shown: {layer.labels_shown}, "
                  f"labels painted: {layer.labels.drawn_count}, "
                  f"m/px {widget._vb.viewPixelSize()[0]:.2f}")  # fmt: skip
        widget.close()

    run("roads only (fit to site)", with_tracks=False)
    run("roads + 1000 tracks (fit to site)", with_tracks=True)
    run("roads + 1000 tracks (zoomed x0.25, labels)", with_tracks=True, zoom=0.25)

    tracks = _Tracks(lat0, lon0)
    t0 = time.perf_counter()
    frames = [tracks.step() for _ in range(20)]
    per_step = (time.perf_counter() - t0) / 20 * 1000
    frame = frames[-1]
    t0 = time.perf_counter()
    projection.forward_array(frame.trail_lat, frame.trail_lon)
    pyproj_ms = (time.perf_counter() - t0) * 1000
    fast = PolyProjection(projection)
    t0 = time.perf_counter()
    for _ in range(10):
        fast.forward(frame.trail_lat, frame.trail_lon)
    poly_ms = (time.perf_counter() - t0) / 10 * 1000

    n_points = len(frame.trail_lat)
    print(
        f"\nmap tracks benchmark: Monaco OSM {roads.way_count} ways; {TRACKS} tracks x "
        f"{TRAIL}-point trails ({n_points} trail vertices), {FRAMES} frames, 1280x800"
    )
    print(f"  synthetic frame generation (included below): {per_step:.2f} ms")
    print(f"  projecting the trails: pyproj {pyproj_ms:.1f} ms, fitted cubic {poly_ms:.2f} ms")
    print(f"  labels drawn at <= {LABEL_MAX_M_PER_PX} m/px")
    base = results["roads only (fit to site)"][0]
    for name, (p50, p99) in results.items():
        print(f"  {name:44s} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  x{p50 / base:5.2f} roads-only")
    target = results["roads + 1000 tracks (fit to site)"][1]
    print(f"  target <= 33 ms per frame: p99 {target:.2f} ms")
