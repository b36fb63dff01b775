"""Alarm zones as polygons in a local metric plane: which points are in which zone, who entered.

Contract (Qt-free, SQL-free):

- ``ZoneIndex(zones, projection=None)`` over ``models.sensors.config.Zone``
  values; the plane is ``models.geo.LocalProjection`` centred on the zones'
  bounding box unless one is given. ``zone_ids`` is the column order.
- ``inside(lat, lon) -> bool matrix`` of shape ``(points, zones)``; a NaN
  position is inside nothing; a point exactly on an edge counts as outside.
- ``zones_at(lat, lon) -> list[frozenset[str]]``: the zone ids per point.
- ``entries(track_keys, lat, lon, previous_inside) -> [(track_key,
  zone_id)]``: the tracks now inside a zone they were not inside before
  (``previous_inside`` maps a key to its zone ids; a key missing from it
  was inside nothing), in input order, zones in ``zone_ids`` order.
  ``step(...)`` returns those entries and the new membership together.

Why an STRtree: ``tests/benchmarks/bench_zones.py`` measures, for 50 zones
of 6-30 vertices over Monaco and batches of 1,000 points (about one in ten
inside a zone), projection included: shapely 2's ``STRtree`` queried with
the batch's points (``predicate="within"``) ~45-50 M point-zone checks/s;
``contains_xy`` on each prepared polygon after a numpy bounding-box
prefilter ~38-42 M; ``contains_xy`` without the prefilter ~25 M; numpy ray
casting per zone with the prefilter (the hand-written option) ~28 M; a
naive pure-Python loop ~5-8 M. The tree is kept: fastest here, and it
does not loop over zones in Python, so it scales with a site's zone count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import shapely

from models.geo import LocalProjection
from models.sensors.config import Zone

__all__ = ["ZoneIndex"]

_NOWHERE: frozenset[str] = frozenset()


class ZoneIndex:
    def __init__(self, zones: Sequence[Zone], projection: LocalProjection | None = None) -> None:
        self.zones = tuple(zones)
        self.zone_ids = tuple(z.zone_id for z in self.zones)
        self._by_id = {z.zone_id: z for z in self.zones}
        if projection is None:
            projection = _centred_projection(self.zones)
        self.projection = projection
        self._polygons = []
        for zone in self.zones:
            ring = np.asarray(zone.polygon, dtype=float)
            x, y = projection.forward(ring[:, 0], ring[:, 1])
            self._polygons.append(shapely.Polygon(np.column_stack([x, y])))
        self._tree = shapely.STRtree(self._polygons)

    def __len__(self) -> int:
        return len(self.zones)

    def zone(self, zone_id: str) -> Zone | None:
        return self._by_id.get(zone_id)

    def inside(self, lat: Any, lon: Any) -> np.ndarray:
        """``(points, zones)`` booleans: point i is strictly inside zone j."""
        lat = np.atleast_1d(np.asarray(lat, dtype=float))
        lon = np.atleast_1d(np.asarray(lon, dtype=float))
        result = np.zeros((lat.size, len(self._polygons)), dtype=bool)
        if not lat.size or not self._polygons:
            return result
        x, y = self.projection.forward(lat, lon)
        points = shapely.points(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        # A NaN position makes an empty-bounds point that the tree never matches.
        hits, zones = self._tree.query(points, predicate="within")
        result[hits, zones] = True
        return result

    def zones_at(self, lat: Any, lon: Any) -> list[frozenset[str]]:
        return self._membership(self.inside(lat, lon))

    def _membership(self, matrix: np.ndarray) -> list[frozenset[str]]:
        found: list[frozenset[str]] = [_NOWHERE] * matrix.shape[0]
        points, columns = np.nonzero(matrix)
        if points.size:
            ids = self.zone_ids
            groups: dict[int, list[str]] = {}
            for point, column in zip(points.tolist(), columns.tolist(), strict=True):
                groups.setdefault(point, []).append(ids[column])
            for point, names in groups.items():
                found[point] = frozenset(names)
        return found

    def step(
        self,
        track_keys: Sequence[str],
        lat: Any,
        lon: Any,
        previous_inside: Mapping[str, frozenset[str]],
    ) -> tuple[list[tuple[str, str]], dict[str, frozenset[str]]]:
        """The entries (see ``entries``) and every key's zones now."""
        matrix = self.inside(lat, lon)
        if matrix.shape[0] != len(track_keys):
            raise ValueError("one position per track key")
        now = self._membership(matrix)
        entries: list[tuple[str, str]] = []
        current: dict[str, frozenset[str]] = {}
        for key, zones in zip(track_keys, now, strict=True):
            # A key named twice in one batch compares with its own earlier position.
            before = current[key] if key in current else previous_inside.get(key, _NOWHERE)
            current[key] = zones
            if zones:
                entries.extend((key, z) for z in self.zone_ids if z in zones and z not in before)
        return entries, current

    def entries(
        self,
        track_keys: Sequence[str],
        lat: Any,
        lon: Any,
        previous_inside: Mapping[str, frozenset[str]],
    ) -> list[tuple[str, str]]:
        """Tracks now inside a zone they were outside of (see module doc)."""
        return self.step(track_keys, lat, lon, previous_inside)[0]


def _centred_projection(zones: Sequence[Zone]) -> LocalProjection:
    if not zones:
        return LocalProjection(0.0, 0.0)
    points = np.array([p for z in zones for p in z.polygon], dtype=float)
    low, high = points.min(axis=0), points.max(axis=0)
    return LocalProjection((low[0] + high[0]) / 2.0, (low[1] + high[1]) / 2.0)
