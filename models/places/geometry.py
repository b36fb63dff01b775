"""Small planar geometry for a city: a local metric frame, polyline lengths and nearest points.

Contract: ``Frame(lat0, lon0)`` maps WGS84 degrees to metres east/north of
its origin (an equirectangular frame: under 0.5 % error within ~50 km of
the origin, which is what street-scale naming needs) and back.
``point_along(xs, ys, fraction)`` is the point at ``fraction`` of a
polyline's length; ``nearest_on_polyline(xs, ys, px, py)`` the nearest
point on it and its distance. ``haversine_m`` is the great-circle distance.
Vectorised with numpy where it matters; pure functions.
"""

from __future__ import annotations

import math

import numpy as np

_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON_EQ = 111_320.0
EARTH_RADIUS_M = 6_371_008.8


class Frame:
    def __init__(self, lat0: float, lon0: float) -> None:
        self.lat0 = lat0
        self.lon0 = lon0
        self.kx = _M_PER_DEG_LON_EQ * math.cos(math.radians(lat0))
        self.ky = _M_PER_DEG_LAT

    def xy(self, lat: np.ndarray | float, lon: np.ndarray | float) -> tuple:
        return (np.asarray(lon) - self.lon0) * self.kx, (np.asarray(lat) - self.lat0) * self.ky

    def latlon(self, x: float, y: float) -> tuple[float, float]:
        return self.lat0 + y / self.ky, self.lon0 + x / self.kx

    def deg_box(self, lat: float, lon: float, radius_m: float) -> tuple[float, float, float, float]:
        """(min_lat, max_lat, min_lon, max_lon) around a point, ``radius_m`` each way."""
        dlat = radius_m / self.ky
        dlon = radius_m / max(self.kx, 1.0)
        return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def polyline_length(xs: np.ndarray, ys: np.ndarray) -> float:
    return float(np.hypot(np.diff(xs), np.diff(ys)).sum())


def point_along(xs: np.ndarray, ys: np.ndarray, fraction: float) -> tuple[float, float]:
    seg = np.hypot(np.diff(xs), np.diff(ys))
    total = float(seg.sum())
    if len(xs) == 1 or total == 0.0:
        return float(xs[0]), float(ys[0])
    target = min(max(fraction, 0.0), 1.0) * total
    cum = np.concatenate(([0.0], np.cumsum(seg)))
    i = int(min(np.searchsorted(cum, target, side="right") - 1, len(seg) - 1))
    t = 0.0 if seg[i] == 0 else (target - cum[i]) / seg[i]
    return float(xs[i] + t * (xs[i + 1] - xs[i])), float(ys[i] + t * (ys[i + 1] - ys[i]))


def nearest_on_polyline(
    xs: np.ndarray, ys: np.ndarray, px: float, py: float
) -> tuple[float, float, float]:
    """(x, y, distance) of the point of the polyline nearest to (px, py)."""
    if len(xs) == 1:
        return float(xs[0]), float(ys[0]), float(math.hypot(xs[0] - px, ys[0] - py))
    ax, ay = xs[:-1], ys[:-1]
    dx, dy = xs[1:] - ax, ys[1:] - ay
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, ((px - ax) * dx + (py - ay) * dy) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    cx, cy = ax + t * dx, ay + t * dy
    dist = np.hypot(cx - px, cy - py)
    i = int(np.argmin(dist))
    return float(cx[i]), float(cy[i]), float(dist[i])


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))
