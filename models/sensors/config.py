"""Sensors and alarm zones of a site, read from site.toml's ``[[sensors]]`` and ``[[zones]]``.

Contract: ``parse_sensors(entries, where, line_of=None, warn=None)`` and
``parse_zones(entries, where, line_of=None, warn=None)`` turn the parsed TOML
arrays of tables into frozen ``Sensor`` / ``Zone`` tuples. Anything unusable
raises ``SensorConfigError`` (a ``ValueError``) whose message starts with
``where`` (and the line, when ``line_of(table, index, key)`` finds one) and
names the key, e.g. ``site.toml:88: zones[2].polygon: needs at least 3
points``, so ``console.config.site`` can re-raise it as a ``SiteError`` unchanged.
Unknown keys go to ``warn`` and are ignored here; a site's ``site.toml`` never
gets this far with one (``console.config.site_schema`` refuses it with the
nearest known name). Ids must be unique within each table. Layout::

    [[sensors]]
    id = "radar-port"          # unique; tracks are keyed "<id>/<track number>"
    name = "Port radar"
    kind = "radar"             # "radar" | "asterix" | "perimeter"
    lat = 43.735; lon = 7.425  # the antenna (WGS84)
    heading_deg = 0.0          # platform heading, for radar-relative bearings
    range_m = 12000            # coverage radius drawn on the map (optional)
    sac = 25; sic = 10         # ASTERIX data source (both or neither)

    [[zones]]
    id = "harbour"; name = "Harbour mouth"
    polygon = [[43.735, 7.421], [43.736, 7.425], [43.733, 7.426]]  # lat, lon; closed for you
    alert_on_entry = true      # a track entering raises an alert (default true)
    suggested_type = "person-in-water"   # incident type code (optional)
    severity = "moderate"      # extreme | severe | moderate | minor | unknown
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "SENSOR_KINDS",
    "SEVERITIES",
    "Sensor",
    "SensorConfigError",
    "Zone",
    "parse_sensors",
    "parse_zones",
    "sensor_by_source",
]

SENSOR_KINDS = ("radar", "asterix", "perimeter")
SEVERITIES = ("extreme", "severe", "moderate", "minor", "unknown")
SENSORS = "sensors"
ZONES = "zones"

_SENSOR_KEYS = {"id", "name", "kind", "lat", "lon", "heading_deg", "range_m", "sac", "sic"}
_ZONE_KEYS = {"id", "name", "polygon", "alert_on_entry", "suggested_type", "severity"}

LineOf = Callable[[str, "int | None", "str | None"], "int | None"]


class SensorConfigError(ValueError):
    """A sensors or zones table that cannot be used; the message says where and which key."""


@dataclass(frozen=True, slots=True)
class Sensor:
    sensor_id: str
    name: str
    kind: str
    lat: float
    lon: float
    heading_deg: float = 0.0
    range_m: float | None = None
    sac: int | None = None
    sic: int | None = None


@dataclass(frozen=True, slots=True)
class Zone:
    zone_id: str
    name: str
    polygon: tuple[tuple[float, float], ...]  # (lat, lon), closed: first == last
    alert_on_entry: bool = True
    suggested_type: str | None = None
    severity: str = "moderate"


def sensor_by_source(sensors: Sequence[Sensor], sac: int | None, sic: int | None) -> Sensor | None:
    """The sensor configured for an ASTERIX data source, or None."""
    if sac is None or sic is None:
        return None
    for sensor in sensors:
        if sensor.sac == sac and sensor.sic == sic:
            return sensor
    return None


class _Reader:
    def __init__(
        self, table: str, where: str, line_of: LineOf | None, warn: Callable[[str], None] | None
    ) -> None:
        self.table = table
        self.where = where
        self.line_of = line_of
        self.warn = warn

    def _prefix(self, index: int | None, key: str | None) -> str:
        line = self.line_of(self.table, index, key) if self.line_of else None
        place = f"{self.where}:{line}" if line else self.where
        label = self.table if index is None else f"{self.table}[{index}]"
        return f"{place}: {label}.{key}" if key else f"{place}: {label}"

    def error(self, index: int | None, key: str | None, what: str) -> SensorConfigError:
        return SensorConfigError(f"{self._prefix(index, key)}: {what}")

    def entries(self, value: Any) -> list[Mapping[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            raise self.error(None, None, f"must be an array of tables ([[{self.table}]])")
        for i, entry in enumerate(value):
            if not isinstance(entry, Mapping):
                raise self.error(i, None, "must be a table")
        return list(value)

    def unknown(self, entry: Mapping[str, Any], known: set[str], index: int) -> None:
        for key in sorted(set(entry) - known):
            if self.warn is not None:
                self.warn(f"{self._prefix(index, key)}: unknown key ignored")

    def text(self, entry: Mapping[str, Any], index: int, key: str, default: Any = ...) -> Any:
        if key not in entry:
            if default is ...:
                raise self.error(index, key, "is required")
            return default
        value = entry[key]
        if not isinstance(value, str) or not value.strip():
            raise self.error(index, key, f"must be a non-empty string, not {value!r}")
        return value.strip()

    def number(
        self,
        entry: Mapping[str, Any],
        index: int,
        key: str,
        default: Any = ...,
        low: float | None = None,
        high: float | None = None,
        positive: bool = False,
    ) -> Any:
        if key not in entry:
            if default is ...:
                raise self.error(index, key, "is required")
            return default
        value = entry[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            raise self.error(index, key, f"must be a number, not {value!r}")
        if positive and value <= 0:
            raise self.error(index, key, f"must be more than 0, not {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            raise self.error(index, key, f"must be between {low} and {high}, not {value!r}")
        return float(value)

    def unique(self, ids: list[str], index: int, value: str) -> None:
        if value in ids:
            raise self.error(index, "id", f"{value!r} is used twice")
        ids.append(value)


def parse_sensors(
    entries: Any,
    where: str,
    line_of: LineOf | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Sensor, ...]:
    """The ``[[sensors]]`` tables as ``Sensor`` values (see module doc)."""
    r = _Reader(SENSORS, where, line_of, warn)
    sensors: list[Sensor] = []
    ids: list[str] = []
    sources: dict[tuple[int, int], str] = {}
    for i, entry in enumerate(r.entries(entries)):
        r.unknown(entry, _SENSOR_KEYS, i)
        sensor_id = r.text(entry, i, "id")
        r.unique(ids, i, sensor_id)
        kind = r.text(entry, i, "kind")
        if kind not in SENSOR_KINDS:
            raise r.error(i, "kind", f"must be one of {', '.join(SENSOR_KINDS)}, not {kind!r}")
        sac, sic = (_source_id(r, entry, i, key) for key in ("sac", "sic"))
        if (sac is None) != (sic is None):
            raise r.error(i, "sic" if sic is None else "sac", "sac and sic go together")
        if sac is not None and sic is not None:
            other = sources.setdefault((sac, sic), sensor_id)
            if other != sensor_id:
                raise r.error(i, "sac", f"sac {sac}/sic {sic} is already sensor {other!r}")
        heading = r.number(entry, i, "heading_deg", 0.0, -360.0, 360.0)
        sensors.append(
            Sensor(
                sensor_id=sensor_id,
                name=r.text(entry, i, "name", sensor_id),
                kind=kind,
                lat=r.number(entry, i, "lat", low=-90.0, high=90.0),
                lon=r.number(entry, i, "lon", low=-180.0, high=180.0),
                heading_deg=heading % 360.0,
                range_m=r.number(entry, i, "range_m", None, positive=True),
                sac=sac,
                sic=sic,
            )
        )
    return tuple(sensors)


def _source_id(r: _Reader, entry: Mapping[str, Any], index: int, key: str) -> int | None:
    if key not in entry:
        return None
    value = entry[key]
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 255:
        raise r.error(index, key, f"must be an integer from 0 to 255, not {value!r}")
    return value


def parse_zones(
    entries: Any,
    where: str,
    line_of: LineOf | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Zone, ...]:
    """The ``[[zones]]`` tables as ``Zone`` values (see module doc)."""
    r = _Reader(ZONES, where, line_of, warn)
    zones: list[Zone] = []
    ids: list[str] = []
    for i, entry in enumerate(r.entries(entries)):
        r.unknown(entry, _ZONE_KEYS, i)
        zone_id = r.text(entry, i, "id")
        r.unique(ids, i, zone_id)
        alert = entry.get("alert_on_entry", True)
        if not isinstance(alert, bool):
            raise r.error(i, "alert_on_entry", f"must be true or false, not {alert!r}")
        severity = r.text(entry, i, "severity", "moderate").lower()
        if severity not in SEVERITIES:
            raise r.error(i, "severity", f"must be one of {', '.join(SEVERITIES)}")
        zones.append(
            Zone(
                zone_id=zone_id,
                name=r.text(entry, i, "name", zone_id),
                polygon=_polygon(r, entry, i),
                alert_on_entry=alert,
                suggested_type=r.text(entry, i, "suggested_type", None),
                severity=severity,
            )
        )
    return tuple(zones)


def _polygon(r: _Reader, entry: Mapping[str, Any], index: int) -> tuple[tuple[float, float], ...]:
    if "polygon" not in entry:
        raise r.error(index, "polygon", "is required")
    value = entry["polygon"]
    if not isinstance(value, (list, tuple)):
        raise r.error(index, "polygon", "must be an array of [lat, lon] points")
    points: list[tuple[float, float]] = []
    for n, point in enumerate(value):
        if (
            not isinstance(point, (list, tuple))
            or len(point) != 2
            or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                for v in point
            )
        ):
            raise r.error(index, "polygon", f"point {n + 1} must be [lat, lon], not {point!r}")
        lat, lon = float(point[0]), float(point[1])
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise r.error(index, "polygon", f"point {n + 1} is not a position: {lat}, {lon}")
        points.append((lat, lon))
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if len(set(points)) < 3:
        raise r.error(index, "polygon", "needs at least 3 points")
    ring = (*points, points[0])
    # A ring that crosses itself has no clear inside: refuse it rather than guess.
    import shapely  # only where a zone is checked: loading a site need not import it

    if not shapely.is_valid(shapely.Polygon([(lon, lat) for lat, lon in ring])):
        raise r.error(index, "polygon", "crosses itself or has no area")
    return ring
