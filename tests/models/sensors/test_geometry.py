"""Sensor-relative positions to WGS84: polar (true and relative bearings) and cartesian."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod

from models.sensors.geometry import (
    cartesian_to_latlon,
    knots_to_mps,
    nm_to_m,
    polar_to_latlon,
)

LAT0, LON0 = 43.735, 7.425
GEOD = Geod(ellps="WGS84")


def test_polar_true_bearing_is_a_geodesic() -> None:
    lat, lon = polar_to_latlon(LAT0, LON0, 5000.0, 30.0)
    assert isinstance(lat, float) and isinstance(lon, float)
    azimuth, _, distance = GEOD.inv(LON0, LAT0, lon, lat)
    assert distance == pytest.approx(5000.0, abs=1e-6)
    assert azimuth == pytest.approx(30.0, abs=1e-9)
    north, _ = polar_to_latlon(LAT0, LON0, nm_to_m(1.0), 0.0)
    assert north - LAT0 == pytest.approx(1 / 60, rel=0.01)  # one NM is about one minute


def test_relative_bearing_adds_the_heading() -> None:
    relative = polar_to_latlon(LAT0, LON0, 2000.0, 350.0, heading_deg=100.0, relative=True)
    true = polar_to_latlon(LAT0, LON0, 2000.0, 90.0)
    assert relative == pytest.approx(true, abs=1e-12)
    # A heading is ignored for true bearings.
    assert polar_to_latlon(LAT0, LON0, 2000.0, 90.0, heading_deg=45.0) == pytest.approx(true)


def test_vectorised_polar_and_cartesian_agree() -> None:
    rng = np.array([100.0, 1852.0, 20_000.0, 0.0])
    bearing = np.array([0.0, 45.0, 200.0, 10.0])
    lat, lon = polar_to_latlon(LAT0, LON0, rng, bearing)
    assert lat.shape == (4,) and lon.shape == (4,)
    x = rng * np.sin(np.radians(bearing))
    y = rng * np.cos(np.radians(bearing))
    clat, clon = cartesian_to_latlon(LAT0, LON0, x, y)
    # The azimuthal equidistant plane keeps distance and azimuth from its centre.
    _, _, miss = GEOD.inv(lon, lat, clon, clat)
    assert np.max(miss) < 0.01
    assert (lat[3], lon[3]) == pytest.approx((LAT0, LON0))


def test_cartesian_scalar_and_units() -> None:
    lat, lon = cartesian_to_latlon(LAT0, LON0, 1000.0, 0.0)
    assert isinstance(lat, float)
    azimuth, _, distance = GEOD.inv(LON0, LAT0, lon, lat)
    assert (azimuth, distance) == pytest.approx((90.0, 1000.0), abs=1e-3)
    assert knots_to_mps(10.0) == pytest.approx(5.1444, abs=1e-4)
