"""Sensor and zone tables of site.toml: values, defaults and errors that name the key."""

from __future__ import annotations

from typing import Any

import pytest

from models.sensors.config import (
    Sensor,
    SensorConfigError,
    parse_sensors,
    parse_zones,
    sensor_by_source,
)

SQUARE = [[43.73, 7.42], [43.74, 7.42], [43.74, 7.43], [43.73, 7.43]]


def test_sensors_parse_with_defaults() -> None:
    warnings: list[str] = []
    sensors = parse_sensors(
        [
            {
                "id": "radar-port",
                "name": "Port radar",
                "kind": "radar",
                "lat": 43.735,
                "lon": 7.425,
                "heading_deg": -90,
                "range_m": 12000,
                "sac": 25,
                "sic": 10,
            },
            {"id": "fence", "kind": "perimeter", "lat": 43.74, "lon": 7.41, "colour": "red"},
        ],
        "site.toml",
        warn=warnings.append,
    )
    assert sensors == (
        Sensor("radar-port", "Port radar", "radar", 43.735, 7.425, 270.0, 12000.0, 25, 10),
        Sensor("fence", "fence", "perimeter", 43.74, 7.41, 0.0, None, None, None),
    )
    assert warnings == ["site.toml: sensors[1].colour: unknown key ignored"]
    assert sensor_by_source(sensors, 25, 10) is sensors[0]
    assert sensor_by_source(sensors, 25, 11) is None
    assert parse_sensors(None, "site.toml") == ()


def test_zone_polygon_is_closed_and_defaults_apply() -> None:
    (zone,) = parse_zones(
        [{"id": "harbour", "polygon": SQUARE, "suggested_type": "person-in-water"}], "site.toml"
    )
    assert zone.polygon == (
        (43.73, 7.42),
        (43.74, 7.42),
        (43.74, 7.43),
        (43.73, 7.43),
        (43.73, 7.42),
    )
    assert (zone.name, zone.alert_on_entry, zone.severity, zone.suggested_type) == (
        "harbour",
        True,
        "moderate",
        "person-in-water",
    )
    # Already closed: not closed twice.
    (again,) = parse_zones([{"id": "z", "polygon": [*SQUARE, SQUARE[0]]}], "site.toml")
    assert again.polygon == zone.polygon


def _line_of(table: str, index: int | None, key: str | None) -> int | None:
    return 40 + (index or 0) if key else None


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            [
                {"id": "a", "polygon": SQUARE},
                {"id": "b", "polygon": SQUARE},
                {"id": "c", "polygon": SQUARE[:2]},
            ],
            "site.toml:42: zones[2].polygon: needs at least 3 points",
        ),
        (
            [{"id": "a", "polygon": [[43.7, 7.4], [43.7, 7.4], [43.8, 7.5], [43.7, 7.4]]}],
            "site.toml:40: zones[0].polygon: needs at least 3 points",
        ),
        (
            [{"id": "a", "polygon": [[43.7, 7.4], [43.8, 7.5], [43.8, 7.4], [43.7, 7.5]]}],
            "site.toml:40: zones[0].polygon: crosses itself or has no area",
        ),
        (
            [{"id": "a", "polygon": [[43.7, 7.4], [95, 7.5], [43.8, 7.4]]}],
            "site.toml:40: zones[0].polygon: point 2 is not a position: 95.0, 7.5",
        ),
        (
            [{"id": "a", "polygon": [[43.7, 7.4], "x", [43.8, 7.4]]}],
            "site.toml:40: zones[0].polygon: point 2 must be [lat, lon], not 'x'",
        ),
        ([{"id": "a"}], "site.toml:40: zones[0].polygon: is required"),
        (
            [{"id": "a", "polygon": SQUARE, "severity": "apocalyptic"}],
            "site.toml:40: zones[0].severity: must be one of extreme, severe, moderate, minor",
        ),
        (
            [{"id": "a", "polygon": SQUARE, "alert_on_entry": "yes"}],
            "site.toml:40: zones[0].alert_on_entry: must be true or false, not 'yes'",
        ),
        (
            [{"id": "a", "polygon": SQUARE}, {"id": "a", "polygon": SQUARE}],
            "site.toml:41: zones[1].id: 'a' is used twice",
        ),
    ],
)
def test_zone_errors_name_the_key(entries: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(SensorConfigError) as caught:
        parse_zones(entries, "site.toml", _line_of)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"id": "r", "kind": "sonar", "lat": 1, "lon": 2},
            "site.toml: sensors[0].kind: must be one of radar, asterix, perimeter, not 'sonar'",
        ),
        ({"id": "r", "kind": "radar", "lon": 2}, "site.toml: sensors[0].lat: is required"),
        (
            {"id": "r", "kind": "radar", "lat": True, "lon": 2},
            "site.toml: sensors[0].lat: must be a number, not True",
        ),
        (
            {"id": "r", "kind": "radar", "lat": 1, "lon": 200},
            "site.toml: sensors[0].lon: must be between -180.0 and 180.0, not 200",
        ),
        (
            {"id": "r", "kind": "radar", "lat": 1, "lon": 2, "range_m": 0},
            "site.toml: sensors[0].range_m: must be more than 0, not 0",
        ),
        (
            {"id": "r", "kind": "asterix", "lat": 1, "lon": 2, "sac": 1},
            "site.toml: sensors[0].sic: sac and sic go together",
        ),
        (
            {"id": "r", "kind": "asterix", "lat": 1, "lon": 2, "sac": 1, "sic": 256},
            "site.toml: sensors[0].sic: must be an integer from 0 to 255, not 256",
        ),
        (
            {"id": " ", "kind": "radar", "lat": 1, "lon": 2},
            "site.toml: sensors[0].id: must be a non-empty string, not ' '",
        ),
    ],
)
def test_sensor_errors_name_the_key(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(SensorConfigError) as caught:
        parse_sensors([entry], "site.toml")
    assert str(caught.value) == message


def test_sensor_tables_must_be_arrays_of_tables_and_sources_unique() -> None:
    with pytest.raises(SensorConfigError, match=r"^site.toml: sensors: must be an array"):
        parse_sensors({"id": "x"}, "site.toml")
    with pytest.raises(SensorConfigError, match=r"^site.toml: zones\[0\]: must be a table"):
        parse_zones(["x"], "site.toml")
    with pytest.raises(SensorConfigError, match="sac 1/sic 2 is already sensor 'a'"):
        parse_sensors(
            [
                {"id": "a", "kind": "asterix", "lat": 1, "lon": 2, "sac": 1, "sic": 2},
                {"id": "b", "kind": "asterix", "lat": 1, "lon": 2, "sac": 1, "sic": 2},
            ],
            "site.toml",
        )
