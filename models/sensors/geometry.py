"""Sensor-relative positions -> WGS84: polar (range, bearing) and cartesian (x, y) reports.

Contract (Qt-free, SQL-free; scalars or numpy arrays in, the same shape out):

- ``polar_to_latlon(lat0, lon0, range_m, bearing_deg, heading_deg=0.0,
  relative=False) -> (lat, lon)``: the point ``range_m`` metres from the
  sensor at ``(lat0, lon0)`` along the bearing (every argument a scalar or an
  array, broadcast together: one call for reports of several sensors). A true bearing (``relative``
  False: ASTERIX CAT048 theta, ARPA TTM "T") is measured clockwise from true
  north; a relative one (ARPA TTM "R") clockwise from the platform's
  heading, so true = heading + bearing. Geodesic on the WGS84 ellipsoid
  (``pyproj.Geod.fwd``), exact at any range.
- ``cartesian_to_latlon(lat0, lon0, x_m, y_m) -> (lat, lon)``: metres east
  (x) and north (y) of the sensor (ASTERIX CAT010 I042, CAT048 I042), through
  an azimuthal equidistant projection centred on the sensor
  (``models.geo.LocalProjection``, cached per centre).
- ``nm_to_m(nm)`` and ``knots_to_mps(kt)``: the unit conversions reports need.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from pyproj import Geod

from models.geo import LocalProjection

__all__ = [
    "METRES_PER_NM",
    "cartesian_to_latlon",
    "knots_to_mps",
    "nm_to_m",
    "polar_to_latlon",
]

METRES_PER_NM = 1852.0
_MPS_PER_KNOT = METRES_PER_NM / 3600.0
_GEOD = Geod(ellps="WGS84")


def nm_to_m(nm: Any) -> Any:
    return nm * METRES_PER_NM


def knots_to_mps(kt: Any) -> Any:
    return kt * _MPS_PER_KNOT


def _shaped(value: Any, scalar: bool) -> Any:
    return float(value) if scalar else np.asarray(value, dtype=float)


def polar_to_latlon(
    lat0: float,
    lon0: float,
    range_m: Any,
    bearing_deg: Any,
    heading_deg: Any = 0.0,
    relative: bool = False,
) -> tuple[Any, Any]:
    """The position at ``range_m`` along a true or heading-relative bearing (see module doc)."""
    scalar = all(np.ndim(v) == 0 for v in (lat0, lon0, range_m, bearing_deg, heading_deg))
    rng = np.asarray(range_m, dtype=float)
    azimuth = np.asarray(bearing_deg, dtype=float)
    if relative:
        azimuth = azimuth + np.asarray(heading_deg, dtype=float)
    lat_s, lon_s, rng, azimuth = np.broadcast_arrays(
        np.asarray(lat0, dtype=float), np.asarray(lon0, dtype=float), rng, np.mod(azimuth, 360.0)
    )
    # Geod.fwd wants arrays it may write to (broadcast views are read-only).
    lon, lat, _ = _GEOD.fwd(
        np.array(lon_s, dtype=float), np.array(lat_s, dtype=float),
        np.array(azimuth, dtype=float), np.array(rng, dtype=float),
    )  # fmt: skip
    return _shaped(lat, scalar), _shaped(lon, scalar)


@lru_cache(maxsize=64)
def _projection(lat0: float, lon0: float) -> LocalProjection:
    # Building a pyproj transformer costs milliseconds; a site has a handful of sensors.
    return LocalProjection(lat0, lon0)


def cartesian_to_latlon(lat0: float, lon0: float, x_m: Any, y_m: Any) -> tuple[Any, Any]:
    """The position ``x_m`` east and ``y_m`` north of the sensor (see module doc)."""
    scalar = np.ndim(x_m) == 0 and np.ndim(y_m) == 0
    lat, lon = _projection(float(lat0), float(lon0)).inverse(
        np.asarray(x_m, dtype=float), np.asarray(y_m, dtype=float)
    )
    return _shaped(lat, scalar), _shaped(lon, scalar)
