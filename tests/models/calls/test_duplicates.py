"""Possible duplicates: near (scaled by the caller's uncertainty) and recent open incidents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from pyproj import Geod

from models.calls.duplicates import DuplicateConfigError, DuplicateRules, possible_duplicates

NOW = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
LAT, LON = 60.1699, 24.9384
_GEOD = Geod(ellps="WGS84")


@dataclass
class Incident:
    incident_id: str
    lat: float
    lon: float
    created: datetime


def at(distance_m: float, azimuth: float = 45.0) -> tuple[float, float]:
    lon, lat, _ = _GEOD.fwd(LON, LAT, azimuth, distance_m)
    return lat, lon


def incident(incident_id: str, distance_m: float, minutes_ago: float = 5) -> Incident:
    lat, lon = at(distance_m)
    return Incident(incident_id, lat, lon, NOW - timedelta(minutes=minutes_ago))


def caller(radius_m: float | None = None) -> dict:
    return {"source": "ali", "lat": LAT, "lon": LON, "radius_m": radius_m}


def test_inside_and_outside_the_distance_nearest_first() -> None:
    incidents = [incident("far", 320), incident("near", 50), incident("edge", 295)]
    assert possible_duplicates(caller(), incidents, NOW, DuplicateRules()) == ["near", "edge"]


def test_the_uncertainty_radius_widens_the_reach() -> None:
    incidents = [incident("a", 450), incident("b", 700)]
    assert possible_duplicates(caller(None), incidents, NOW) == []
    assert possible_duplicates(caller(200.0), incidents, NOW) == ["a"]
    assert possible_duplicates(caller(500.0), incidents, NOW) == ["a", "b"]
    half = DuplicateRules(radius_factor=0.5)
    assert possible_duplicates(caller(200.0), incidents, NOW, half) == []
    assert possible_duplicates(caller(400.0), incidents, NOW, half) == ["a"]


def test_outside_the_window() -> None:
    incidents = [incident("old", 10, minutes_ago=31), incident("recent", 10, minutes_ago=29)]
    assert possible_duplicates(caller(), incidents, NOW) == ["recent"]
    hour = DuplicateRules(window_s=3600)
    assert possible_duplicates(caller(), incidents, NOW, hour) == ["old", "recent"]


def test_store_rows_with_created_at_work_too() -> None:
    @dataclass
    class Row:
        incident_id: str
        lat: float
        lon: float
        created_at: datetime

    lat, lon = at(100)
    assert possible_duplicates(caller(), [Row("r", lat, lon, NOW)], NOW) == ["r"]


def test_no_position_no_duplicates() -> None:
    civic_only = {"source": "ali", "lat": None, "lon": None, "civic": {"RD": "Main"}}
    assert possible_duplicates(civic_only, [incident("a", 0)], NOW) == []
    assert possible_duplicates(None, [incident("a", 0)], NOW) == []
    assert possible_duplicates(caller(), [], NOW) == []


def test_distance_is_geodesic() -> None:
    # 0.0027 deg of latitude is ~300 m; of longitude at 60 N only ~150 m.
    north = Incident("north", LAT + 0.0028, LON, NOW)
    east = Incident("east", LAT, LON + 0.0028, NOW)
    assert possible_duplicates(caller(), [north, east], NOW) == ["east"]


def test_rules_from_mapping() -> None:
    assert DuplicateRules.from_mapping(None) == DuplicateRules(300.0, 1800.0, 1.0)
    rules = DuplicateRules.from_mapping({"distance_m": 150, "window_min": 10, "radius_factor": 0})
    assert rules == DuplicateRules(150.0, 600.0, 0.0)
    assert rules.reach_m(1000.0) == 150.0


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"distance_m": 0}, "calls.duplicates.distance_m: must be more than 0, got 0"),
        ({"distance_m": "300"}, "calls.duplicates.distance_m: must be a number, got '300'"),
        ({"window_min": True}, "calls.duplicates.window_min: must be a number, got True"),
        ({"window_min": -5}, "calls.duplicates.window_min: must be more than 0, got -5"),
        ({"radius_factor": -1}, "calls.duplicates.radius_factor: must not be negative, got -1"),
        ({"radius_factor": float("nan")}, "calls.duplicates.radius_factor: must be a number"),
        ({"distance": 300}, "calls.duplicates.distance: unknown key"),
        ([1, 2], "calls.duplicates: must be a table"),
    ],
)
def test_rules_errors_name_the_key(table: object, message: str) -> None:
    with pytest.raises(DuplicateConfigError) as info:
        DuplicateRules.from_mapping(table)  # type: ignore[arg-type]
    assert str(info.value).startswith(message)
