"""Benchmark: track-in-zone checks per second, and the track store's update + snapshot.

Zones: 50 star-shaped polygons of 6-30 vertices, 80-400 m across, spread
over the Monaco bounding box (43.72-43.76 N, 7.40-7.44 E). Tracks: batches
of 1,000 positions over the same box (a few per cent fall in a zone).

Contenders for "which of 50 zones is each of 1,000 points in", each on the
same batches, best of ROUNDS:

- ``ZoneIndex.inside``: what the console runs: project to the local plane
  (pyproj), then query shapely 2's ``STRtree`` of the zones with the
  batch's points (``predicate="within"``);
- shapely ``contains_xy`` per prepared polygon, with a numpy bounding-box
  prefilter and without; numpy ray casting per zone with the prefilter
  (the hand-written option);
- baseline: a naive pure-Python loop, every point against every zone
  (bounding box, then ray casting), in degrees.

Then ``TrackStore``: ``update_many`` of 1,000 tracks followed by
``snapshot()`` with full 60-point trails, against a naive store (a dict of
deques, trails concatenated in a Python loop). Prints figures and ratios;
asserts only that the contenders agree.
"""

from __future__ import annotations

import itertools
import math
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import shapely

from models.alerts.engine import AlertEngine
from models.alerts.state import AlertState
from models.alerts.tracks import TrackStore
from models.alerts.zones import ZoneIndex
from models.sensors.config import Zone

pytestmark = pytest.mark.benchmark

ZONES = 50
TRACKS = 1_000
BATCHES = 20
ROUNDS = 3
TRAIL = 60
LAT_RANGE = (43.72, 43.76)
LON_RANGE = (7.40, 7.44)
M_PER_DEG_LAT = 111_132.0


def make_zones(rng: np.random.Generator) -> list[Zone]:
    zones = []
    m_per_deg_lon = M_PER_DEG_LAT * math.cos(math.radians(43.74))
    for i in range(ZONES):
        k = int(rng.integers(6, 31))
        lat0 = rng.uniform(LAT_RANGE[0] + 0.004, LAT_RANGE[1] - 0.004)
        lon0 = rng.uniform(LON_RANGE[0] + 0.005, LON_RANGE[1] - 0.005)
        angles = np.sort(rng.uniform(0, 2 * math.pi, k))
        radius = rng.uniform(40, 200) * rng.uniform(0.6, 1.0, k)
        ring = [
            (lat0 + r * math.cos(a) / M_PER_DEG_LAT, lon0 + r * math.sin(a) / m_per_deg_lon)
            for a, r in zip(angles, radius, strict=True)
        ]
        zones.append(Zone(f"z{i}", f"Zone {i}", (*ring, ring[0])))
    return zones


def naive_inside(zones: list[Zone], lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Every point against every zone in plain Python: bbox, then even-odd ray casting."""
    rings = [z.polygon for z in zones]
    boxes = [
        (min(p[0] for p in r), max(p[0] for p in r), min(p[1] for p in r), max(p[1] for p in r))
        for r in rings
    ]
    out = np.zeros((len(lat), len(zones)), dtype=bool)
    for i, (y, x) in enumerate(zip(lat.tolist(), lon.tolist(), strict=True)):
        for j, ring in enumerate(rings):
            y0, y1, x0, x1 = boxes[j]
            if not (y0 <= y <= y1 and x0 <= x <= x1):
                continue
            inside = False
            for (ay, ax), (by, bx) in itertools.pairwise(ring):
                if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                    inside = not inside
            out[i, j] = inside
    return out


class Variants:
    """The other vectorised options, on the same projected polygons as the index."""

    def __init__(self, index: ZoneIndex) -> None:
        self.index = index
        self.polygons = [shapely.Polygon(p.exterior.coords) for p in index._polygons]
        for polygon in self.polygons:
            shapely.prepare(polygon)
        self.bounds = np.array([p.bounds for p in self.polygons])
        self.rings = [np.asarray(p.exterior.coords) for p in self.polygons]

    def _xy(self, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.index.projection.forward(lat, lon)
        return np.asarray(x), np.asarray(y)

    def bbox_contains_xy(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        x, y = self._xy(lat, lon)
        out = np.zeros((lat.size, len(self.polygons)), dtype=bool)
        for j, polygon in enumerate(self.polygons):
            x0, y0, x1, y1 = self.bounds[j]
            near = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
            if near.size:
                out[near, j] = shapely.contains_xy(polygon, x[near], y[near])
        return out

    def no_prefilter(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        x, y = self._xy(lat, lon)
        out = np.zeros((lat.size, len(self.polygons)), dtype=bool)
        for j, polygon in enumerate(self.polygons):
            out[:, j] = shapely.contains_xy(polygon, x, y)
        return out

    def ray_casting(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        x, y = self._xy(lat, lon)
        out = np.zeros((lat.size, len(self.polygons)), dtype=bool)
        for j, ring in enumerate(self.rings):
            x0, y0, x1, y1 = self.bounds[j]
            near = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
            if not near.size:
                continue
            px, py = x[near, None], y[near, None]
            ax, ay, bx, by = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
            crosses = (ay > py) != (by > py)
            with np.errstate(divide="ignore", invalid="ignore"):
                at = ax + (py - ay) * (bx - ax) / (by - ay)
            out[near, j] = np.logical_xor.reduce(crosses & (px < at), axis=1)
        return out


def best(fn: Callable[[], Any], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def test_zone_checks_per_second() -> None:
    rng = np.random.default_rng(2024)
    zones = make_zones(rng)
    index = ZoneIndex(zones)
    variants = Variants(index)
    batches = [
        (rng.uniform(*LAT_RANGE, TRACKS), rng.uniform(*LON_RANGE, TRACKS)) for _ in range(BATCHES)
    ]
    reference = [index.inside(lat, lon) for lat, lon in batches]
    for fn in (variants.bbox_contains_xy, variants.no_prefilter, variants.ray_casting):
        for (lat, lon), expected in zip(batches, reference, strict=True):
            assert np.array_equal(fn(lat, lon), expected), fn.__name__
    naive_batches = batches[:2]  # the baseline is slow: two batches are plenty
    for (lat, lon), expected in zip(naive_batches, reference[:2], strict=True):
        # Degrees vs the local plane: edges differ by millimetres, so a rare point may differ.
        assert (naive_inside(zones, lat, lon) != expected).sum() <= 2
    hits = int(sum(m.sum() for m in reference))
    vertices = sum(len(z.polygon) - 1 for z in zones)
    print(f"\n{ZONES} zones ({vertices} vertices), {TRACKS} tracks/batch, {hits} hits")

    checks = TRACKS * ZONES * BATCHES
    rates: dict[str, float] = {}

    def run(name: str, fn: Callable[[np.ndarray, np.ndarray], Any]) -> None:
        seconds = best(lambda: [fn(lat, lon) for lat, lon in batches])
        rates[name] = checks / seconds
        print(
            f"  {name:<34} {rates[name] / 1e6:8.2f} M checks/s "
            f"({seconds / BATCHES * 1e3:6.2f} ms/batch)"
        )

    run("ZoneIndex.inside (STRtree)", index.inside)
    run("bbox + shapely contains_xy", variants.bbox_contains_xy)
    run("shapely contains_xy, no bbox", variants.no_prefilter)
    run("numpy ray casting + bbox", variants.ray_casting)
    seconds = best(lambda: [naive_inside(zones, lat, lon) for lat, lon in naive_batches], 1)
    rates["naive"] = TRACKS * ZONES * len(naive_batches) / seconds
    print(
        f"  {'naive Python loop (baseline)':<34} {rates['naive'] / 1e6:8.2f} M checks/s "
        f"({seconds / len(naive_batches) * 1e3:6.2f} ms/batch)"
    )
    print(f"  ZoneIndex vs naive: x{rates['ZoneIndex.inside (STRtree)'] / rates['naive']:.0f}")

    # The whole engine step the ingest path runs: membership, entries, payloads.
    engine = AlertEngine(AlertState(), zones=zones)
    keys = [f"radar/{n}" for n in range(TRACKS)]
    seconds = best(lambda: [engine.on_track_positions(keys, lat, lon) for lat, lon in batches])
    print(f"  AlertEngine.on_track_positions: {seconds / BATCHES * 1e3:.2f} ms per 1,000 tracks")


class NaiveTracks:
    """Per-track Python deques: the obvious store, for comparison."""

    def __init__(self) -> None:
        self.tracks: dict[str, dict[str, Any]] = {}

    def update_many(self, keys: list[str], lat: np.ndarray, lon: np.ndarray, t: float) -> None:
        for key, a, b in zip(keys, lat.tolist(), lon.tolist(), strict=True):
            track = self.tracks.get(key)
            if track is None:
                track = self.tracks[key] = {"trail": deque(maxlen=TRAIL)}
            track.update(lat=a, lon=b, time=t)
            track["trail"].append((a, b))

    def snapshot(self) -> tuple[np.ndarray, np.ndarray]:
        lats: list[float] = []
        lons: list[float] = []
        for track in self.tracks.values():
            if lats:
                lats.append(math.nan)
                lons.append(math.nan)
            for a, b in track["trail"]:
                lats.append(a)
                lons.append(b)
        return np.array(lats), np.array(lons)


def test_track_store_update_and_snapshot() -> None:
    rng = np.random.default_rng(7)
    numbers = np.arange(TRACKS)
    keys = [f"radar/{n}" for n in numbers]
    steps = [
        (rng.uniform(*LAT_RANGE, TRACKS), rng.uniform(*LON_RANGE, TRACKS)) for _ in range(TRAIL)
    ]
    store, naive = TrackStore(trail_length=TRAIL), NaiveTracks()
    for t, (lat, lon) in enumerate(steps):  # fill every trail
        store.update_many("radar", numbers, lat, lon, float(t))
        naive.update_many(keys, lat, lon, float(t))
    snap = store.snapshot()
    naive_lat, naive_lon = naive.snapshot()
    assert np.array_equal(snap.trail_lat, naive_lat, equal_nan=True)
    assert np.array_equal(snap.trail_lon, naive_lon, equal_nan=True)
    assert snap.trail_lat.size == TRACKS * (TRAIL + 1) - 1

    lat, lon = steps[0]
    speed = rng.uniform(0, 20, TRACKS)
    figures = {
        "update_many": best(lambda: store.update_many("radar", numbers, lat, lon, 1e9, speed), 20),
        "snapshot": best(store.snapshot, 20),
        "naive update": best(lambda: naive.update_many(keys, lat, lon, 1e9), 20),
        "naive snapshot": best(naive.snapshot, 20),
    }
    print(f"\nTrackStore, {TRACKS} tracks x {TRAIL}-point trails")
    for name, seconds in figures.items():
        print(f"  {name:<16} {seconds * 1e3:7.2f} ms")
    ours = figures["update_many"] + figures["snapshot"]
    theirs = figures["naive update"] + figures["naive snapshot"]
    print(
        f"  update + snapshot: {ours * 1e3:.2f} ms vs naive {theirs * 1e3:.2f} ms "
        f"(x{theirs / ours:.1f})"
    )
