"""ZoneIndex: points in zones in the local plane, and entries of tracks into zones."""

from __future__ import annotations

import numpy as np
import shapely

from models.alerts.zones import ZoneIndex
from models.sensors.config import Zone


def zone(zone_id: str, lat0: float, lon0: float, size: float = 0.01) -> Zone:
    ring = ((lat0, lon0), (lat0 + size, lon0), (lat0 + size, lon0 + size), (lat0, lon0 + size))
    return Zone(zone_id, zone_id.title(), (*ring, ring[0]))


HARBOUR = zone("harbour", 43.730, 7.420)
PIER = zone("pier", 43.735, 7.425)  # overlaps the harbour's north-east quarter
L_SHAPE = Zone(
    "l",
    "L",
    (
        (43.70, 7.40),
        (43.72, 7.40),
        (43.72, 7.405),
        (43.705, 7.405),
        (43.705, 7.42),
        (43.70, 7.42),
        (43.70, 7.40),
    ),
)


def test_inside_matrix_and_zone_sets() -> None:
    index = ZoneIndex([HARBOUR, PIER, L_SHAPE])
    lat = np.array([43.732, 43.738, 43.742, 43.75, np.nan, 43.71, 43.71])
    lon = np.array([7.422, 7.428, 7.432, 7.40, 7.42, 7.402, 7.41])
    matrix = index.inside(lat, lon)
    assert matrix.tolist() == [
        [True, False, False],
        [True, True, False],
        [False, True, False],
        [False, False, False],
        [False, False, False],  # NaN: nowhere
        [False, False, True],
        [False, False, False],  # in the L's notch
    ]
    assert index.zones_at(lat, lon)[1] == frozenset({"harbour", "pier"})
    assert index.zone("pier") is PIER and index.zone("x") is None


def test_agrees_with_lat_lon_containment_on_random_points() -> None:
    index = ZoneIndex([HARBOUR, PIER, L_SHAPE])
    rng = np.random.default_rng(0)
    lat = rng.uniform(43.69, 43.75, 5000)
    lon = rng.uniform(7.39, 7.44, 5000)
    for j, z in enumerate((HARBOUR, PIER, L_SHAPE)):
        polygon = shapely.Polygon([(b, a) for a, b in z.polygon])
        expected = shapely.contains_xy(polygon, lon, lat)
        # Edges straight in the plane vs in degrees differ by far less than a metre here.
        assert (index.inside(lat, lon)[:, j] != expected).sum() <= 2


def test_entries_only_when_crossing_in() -> None:
    index = ZoneIndex([HARBOUR, PIER])
    keys = ["r/1", "r/2", "r/3"]
    lat = [43.732, 43.738, 43.75]
    lon = [7.422, 7.428, 7.40]
    entries, now = index.step(keys, lat, lon, {})
    assert entries == [("r/1", "harbour"), ("r/2", "harbour"), ("r/2", "pier")]
    assert now == {
        "r/1": frozenset({"harbour"}),
        "r/2": frozenset({"harbour", "pier"}),
        "r/3": frozenset(),
    }
    # Staying in raises nothing; r/3 comes in; r/2 leaves the pier only.
    assert index.entries(keys, [43.733, 43.732, 43.732], [7.421, 7.422, 7.422], now) == [
        ("r/3", "harbour")
    ]
    # The same key twice in a batch: the second report compares with the first.
    assert index.entries(["r/9", "r/9"], [43.732, 43.733], [7.422, 7.421], {}) == [
        ("r/9", "harbour")
    ]


def test_no_zones_and_no_points() -> None:
    empty = ZoneIndex([])
    assert empty.inside([1.0], [2.0]).shape == (1, 0)
    assert empty.entries(["a"], [1.0], [2.0], {}) == []
    assert ZoneIndex([HARBOUR]).inside([], []).shape == (0, 1)
