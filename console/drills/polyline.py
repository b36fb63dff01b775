"""A lat/lon polyline walked by distance: where a vehicle or a radar target is.

Contract: ``Polyline(lat, lon)`` (at least one point) measures its segments
in a local metric projection centred on its first point (``models.geo``),
so distances are true metres over a town; ``length_m`` is the total and
``at(distance_m) -> (lat, lon, course_deg)`` the point that far along
(clamped to the ends) with the course of the segment it lies on (0 = north,
clockwise). Pure, numpy only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from models.geo import LocalProjection


class Polyline:
    def __init__(self, lat: Sequence[float], lon: Sequence[float]) -> None:
        if len(lat) == 0 or len(lat) != len(lon):
            raise ValueError("a polyline needs at least one point, as many lats as lons")
        self._proj = LocalProjection(float(lat[0]), float(lon[0]))
        x, y = self._proj.forward(np.asarray(lat, dtype=float), np.asarray(lon, dtype=float))
        self._x = np.atleast_1d(np.asarray(x, dtype=float))
        self._y = np.atleast_1d(np.asarray(y, dtype=float))
        steps = np.hypot(np.diff(self._x), np.diff(self._y))
        self._cum = np.concatenate(([0.0], np.cumsum(steps)))
        self.length_m = float(self._cum[-1])

    def at(self, distance_m: float) -> tuple[float, float, float]:
        d = min(max(float(distance_m), 0.0), self.length_m)
        if self._x.size == 1 or self.length_m == 0.0:
            lat, lon = self._proj.inverse(self._x[0], self._y[0])
            return float(lat), float(lon), 0.0
        i = int(np.searchsorted(self._cum, d, side="right")) - 1
        i = min(max(i, 0), self._x.size - 2)
        while i < self._x.size - 2 and self._cum[i + 1] == self._cum[i]:
            i += 1  # skip repeated points: they have no course
        seg = self._cum[i + 1] - self._cum[i]
        frac = 0.0 if seg == 0 else (d - self._cum[i]) / seg
        dx = self._x[i + 1] - self._x[i]
        dy = self._y[i + 1] - self._y[i]
        lat, lon = self._proj.inverse(self._x[i] + frac * dx, self._y[i] + frac * dy)
        course = math.degrees(math.atan2(dx, dy)) % 360.0
        return float(lat), float(lon), course
