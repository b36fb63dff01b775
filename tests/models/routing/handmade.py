"""Hand-made road layers with known answers, for routing and recommendation tests.

``square_layer()``: a ~111 m square 0-1-2-3 near 60 N 25 E, every way tagged
maxspeed 36 km/h (10 m/s): 0->1 one-way, 1-2 and 2-3 two-way, 3->0 one-way
(tagged against its node order), a footway 0-2 (excluded), and a two-way
road 4-5 far off, cut off from the square. ``grid_layer(n, spacing_m)``: an
n x n grid of two-way residential streets at 36 km/h.
"""

from __future__ import annotations

import math

import numpy as np
from pyproj import Geod

from models.roads import ROAD_CLASSES, RoadLayer, RoadMeta

GEOD = Geod(ellps="WGS84")
LAT0, LON0 = 60.0, 25.0
SPEED_MPS = 10.0


def make_layer(
    lat: list[float],
    lon: list[float],
    ways: list[tuple[list[int], str, int, float]],
) -> RoadLayer:
    """ways: (node indices, class, oneway, maxspeed km/h or NaN)."""
    offsets = np.zeros(len(ways) + 1, dtype=np.int64)
    np.cumsum([len(w[0]) for w in ways], out=offsets[1:])
    lat_a = np.asarray(lat, dtype=np.float64)
    lon_a = np.asarray(lon, dtype=np.float64)
    return RoadLayer(
        nodes_lat=lat_a,
        nodes_lon=lon_a,
        node_ids=np.arange(1, len(lat) + 1, dtype=np.int64),
        way_ids=np.arange(100, 100 + len(ways), dtype=np.int64),
        way_offsets=offsets,
        way_nodes=np.concatenate([np.asarray(w[0], dtype=np.int32) for w in ways]),
        way_class=np.asarray([ROAD_CLASSES.index(w[1]) for w in ways], dtype=np.uint8),
        way_oneway=np.asarray([w[2] for w in ways], dtype=np.int8),
        way_maxspeed_kmh=np.asarray([w[3] for w in ways], dtype=np.float32),
        way_name_idx=np.full(len(ways), -1, dtype=np.int32),
        names=np.asarray([], dtype=np.str_),
        meta=RoadMeta(
            source="handmade",
            imported_at="2024-01-01T00:00:00+00:00",
            bbox=(float(lat_a.min()), float(lon_a.min()), float(lat_a.max()), float(lon_a.max())),
        ),
    )


SQUARE_LAT = [60.0, 60.0, 60.001, 60.001, 60.01, 60.01]
SQUARE_LON = [25.0, 25.002, 25.002, 25.0, 25.01, 25.011]


def square_layer() -> RoadLayer:
    return make_layer(
        SQUARE_LAT,
        SQUARE_LON,
        [
            ([0, 1], "residential", 1, 36.0),
            ([1, 2], "residential", 0, 36.0),
            ([2, 3], "residential", 0, 36.0),
            ([0, 3], "residential", -1, 36.0),  # drivable 3 -> 0 only
            ([0, 2], "path", 0, math.nan),  # footway: excluded
            ([4, 5], "residential", 0, 36.0),
        ],
    )


def dist(i: int, j: int, lat: list[float] = SQUARE_LAT, lon: list[float] = SQUARE_LON) -> float:
    return float(GEOD.inv(lon[i], lat[i], lon[j], lat[j])[2])


def grid_layer(n: int = 6, spacing_m: float = 200.0) -> RoadLayer:
    dlat = spacing_m / 111_320.0
    dlon = spacing_m / (111_320.0 * math.cos(math.radians(LAT0)))
    lat = [LAT0 + r * dlat for r in range(n) for _c in range(n)]
    lon = [LON0 + c * dlon for _r in range(n) for c in range(n)]
    ways: list[tuple[list[int], str, int, float]] = []
    for r in range(n):
        ways.append(([r * n + c for c in range(n)], "residential", 0, 36.0))
    for c in range(n):
        ways.append(([r * n + c for r in range(n)], "residential", 0, 36.0))
    return make_layer(lat, lon, ways)


def grid_node(n: int, row: int, col: int) -> int:
    return row * n + col
