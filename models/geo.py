"""WGS84 <-> local metric plane, so distances and circles are true on screen.

Contract: ``LocalProjection(lat0, lon0)`` is an azimuthal equidistant
projection centred on the site (pyproj). ``forward(lat, lon) -> (x, y)`` in
metres east/north of the centre, ``inverse(x, y) -> (lat, lon)``; both accept
scalars or numpy arrays. Qt-free and SQL-free so widgets may use it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from pyproj import CRS, Transformer


class LocalProjection:
    def __init__(self, lat0: float, lon0: float) -> None:
        self.lat0 = float(lat0)
        self.lon0 = float(lon0)
        local = CRS.from_proj4(
            f"+proj=aeqd +lat_0={self.lat0} +lon_0={self.lon0} +datum=WGS84 +units=m +no_defs"
        )
        self._fwd = Transformer.from_crs("EPSG:4326", local, always_xy=True)
        self._inv = Transformer.from_crs(local, "EPSG:4326", always_xy=True)

    def forward(self, lat: Any, lon: Any) -> tuple[Any, Any]:
        x, y = self._fwd.transform(lon, lat)
        return x, y

    def inverse(self, x: Any, y: Any) -> tuple[Any, Any]:
        lon, lat = self._inv.transform(x, y)
        return lat, lon

    def forward_array(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        """(N,) lat/lon arrays -> (N, 2) float64 array of x, y metres."""
        x, y = self._fwd.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        return np.column_stack([x, y])
