"""A site: the place a console serves, read from a folder with ``site.toml``.

Contract: ``load_site(site_dir) -> Site`` reads ``site_dir/site.toml`` and the
road layer it names (``roads``, default ``roads.npz``) and validates
everything; any problem raises ``SiteError`` whose message names the file,
the line (where one can be found) and the field, e.g.
``site.toml:41: units[3].station: unknown station 'HEL-99'``. Things that are
suspicious but usable (a station outside the road layer's bbox, an unknown
key, a road graph built from another road import) end up in ``Site.warnings``
and the log. ``Site.graph`` is the routing graph: ``graph.npz`` beside the
road layer is loaded eagerly when present (a corrupt one is a ``SiteError``);
when it is absent or stale, the graph is built from the roads on first use.
``DEFAULT_SITE_DIR`` is the embedded Helsinki demo site. Layout of ``site.toml``::

    [site]
    name = "..."; timezone = "Europe/Helsinki"; roads = "roads.npz"
    center = { lat = 60.17, lon = 24.94 }     # optional: road bbox centre
    [[stations]]  id, name, discipline, lat, lon
    [[units]]     call_sign, type, discipline, station
    [[links]]     the fields of radio.links.spec.LinkSpec
    [dispatch.overdue]  en_route = 10, on_scene = 60, ... (minutes; false = never)
    [http]        the HTTP(S) endpoint for AML, PIDF-LO and CAP (console.config.http_config)
    [calls.duplicates]  distance_m = 300, window_min = 30, radius_factor = 1.0
    [[sensors]] / [[zones]]  radars and alarm zones (models.sensors.config); a
                  radar link names its sensor with ``sensor = "ID"``
    [alarm_grammars.NAME] a perimeter-radar alarm line grammar; a zone-alarm
                  link uses it with ``grammar = "NAME"``
    [ali_profiles.NAME] an ALI record layout (radio.codecs.ali_profile); an ali
                  link uses it with ``profile = "NAME"``
"""

from __future__ import annotations

import logging
import re
import tomllib
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resources
from console.config.site_links import LinkSections, SiteError
from models.calls.duplicates import DuplicateConfigError, DuplicateRules
from models.dispatch.catalogue import (
    DEFAULT_CATALOGUE_DIR,
    Catalogue,
    CatalogueError,
    default_catalogue,
    load_catalogue,
)
from models.dispatch.overdue import OverdueConfigError, OverdueRules
from models.roads import RoadLayer, RoadLayerError
from models.routing import GRAPH_FILE
from models.sensors.config import Sensor, SensorConfigError, Zone, parse_sensors, parse_zones
from radio.codecs.ali_profile import AliProfile
from radio.codecs.zone_alarm import AlarmGrammar
from radio.links.http_types import HttpConfig
from radio.links.spec import LinkSpec

if TYPE_CHECKING:
    from models.routing.graph import RoadGraph

_LOGGER = logging.getLogger(__name__)

DISCIPLINES = ("police", "fire", "medical")
SITE_FILE = "site.toml"
DEFAULT_SITE_DIR = Path(resources.__file__).resolve().parent / "sites" / "helsinki"

_SITE_KEYS = {"name", "timezone", "roads", "center"}
_STATION_KEYS = {"id", "name", "discipline", "lat", "lon"}
_UNIT_KEYS = {"call_sign", "type", "discipline", "station"}
_TOP_KEYS = {
    "site",
    "stations",
    "units",
    "links",
    "dispatch",
    "ali_profiles",
    "alarm_grammars",
    "http",
    "calls",
    "sensors",
    "zones",
}
_CALLS_KEYS = {"duplicates"}
_DISPATCH_KEYS = {"overdue"}


@dataclass(frozen=True, slots=True)
class Station:
    station_id: str
    name: str
    discipline: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Unit:
    call_sign: str
    unit_type: str
    discipline: str
    station_id: str


@dataclass(frozen=True, eq=False)
class Site:
    name: str
    timezone: str
    center_lat: float
    center_lon: float
    stations: tuple[Station, ...]
    units: tuple[Unit, ...]
    links: tuple[LinkSpec, ...]
    roads: RoadLayer
    path: Path
    warnings: tuple[str, ...] = field(default=())
    overdue: OverdueRules = field(default_factory=OverdueRules)
    ali_profiles: dict[str, AliProfile] = field(default_factory=dict)
    alarm_grammars: dict[str, AlarmGrammar] = field(default_factory=dict)
    http: HttpConfig | None = None  # the HTTP(S) endpoint for AML, PIDF-LO and CAP
    duplicates: DuplicateRules = field(default_factory=DuplicateRules)
    sensors: tuple[Sensor, ...] = ()
    zones: tuple[Zone, ...] = ()
    # Holds the routing graph once loaded or built; see ``graph``.
    _graph_cache: dict[str, RoadGraph] = field(default_factory=dict, repr=False)

    @property
    def graph(self) -> RoadGraph:
        """The routing graph; built from ``roads`` on first use when no usable graph.npz."""
        graph = self._graph_cache.get("graph")
        if graph is None:
            from models.routing.build import build_graph  # deferred: imports scipy

            graph = self._graph_cache["graph"] = build_graph(self.roads)
        return graph

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def station(self, station_id: str) -> Station:
        for station in self.stations:
            if station.station_id == station_id:
                return station
        raise KeyError(station_id)

    def unit(self, call_sign: str) -> Unit:
        for unit in self.units:
            if unit.call_sign == call_sign:
                return unit
        raise KeyError(call_sign)


class _Locator:
    """Finds the line of a table or key in the TOML text, for error messages."""

    def __init__(self, file: Path, text: str) -> None:
        self.file = file
        self.lines = text.splitlines()

    def _table_line(self, table: str, index: int | None) -> int | None:
        if index is None:
            pattern = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]")
            hits = [i for i, line in enumerate(self.lines) if pattern.match(line)]
            return hits[0] if hits else None
        pattern = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
        hits = [i for i, line in enumerate(self.lines) if pattern.match(line)]
        return hits[index] if index < len(hits) else None

    def line_of(self, table: str, index: int | None, key: str | None) -> int | None:
        start = self._table_line(table, index)
        if start is None:
            return None
        if key is not None:
            key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for i in range(start + 1, len(self.lines)):
                if self.lines[i].lstrip().startswith("["):
                    break
                if key_re.match(self.lines[i]):
                    return i + 1
        return start + 1

    def error(self, table: str, index: int | None, key: str | None, what: str) -> SiteError:
        line = self.line_of(table, index, key)
        where = f"{self.file}:{line}" if line else str(self.file)
        label = table if index is None else f"{table}[{index}]"
        if key:
            label += f".{key}"
        return SiteError(f"{where}: {label}: {what}")


def load_site(site_dir: str | Path) -> Site:
    site_dir = Path(site_dir)
    file = site_dir / SITE_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SiteError(f"{file}: site file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteError(f"{file}: cannot read the site file ({exc})") from exc
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SiteError(f"{file}: TOML syntax error: {exc}") from exc
    return _Parser(file, _Locator(file, text), doc).parse()


class _Parser(LinkSections):
    def __init__(self, file: Path, loc: _Locator, doc: dict[str, Any]) -> None:
        self.file = file
        self.loc = loc
        self.doc = doc
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        _LOGGER.warning("%s", message)

    def parse(self) -> Site:
        for key in sorted(set(self.doc) - _TOP_KEYS):
            self.warn(f"{self.file}: unknown top-level entry {key!r} ignored")
        head = self.doc.get("site")
        if not isinstance(head, dict):
            raise SiteError(f"{self.file}: missing [site] table (name, timezone)")
        self._unknown_keys(head, _SITE_KEYS, "site", None)
        name = self._get(head, "site", None, "name", str)
        timezone = self._get(head, "site", None, "timezone", str)
        try:
            zoneinfo.ZoneInfo(timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise self.loc.error(
                "site",
                None,
                "timezone",
                f"unknown time zone {timezone!r} (use e.g. 'Europe/Helsinki')",
            ) from exc
        roads_name = self._get(head, "site", None, "roads", str, default="roads.npz")
        try:
            roads = RoadLayer.load(self.file.parent / roads_name)
        except RoadLayerError as exc:
            raise self.loc.error("site", None, "roads", str(exc)) from exc
        graph_cache = self._graph(self.file.parent / roads_name, roads)
        center_lat, center_lon = self._center(head, roads)
        stations = self._stations(roads)
        units = self._units({s.station_id for s in stations})
        self._check_unit_types(units)
        overdue = self._overdue()
        ali_profiles = self._ali_profiles()
        alarm_grammars = self._alarm_grammars()
        sensors, zones = self._sensors_and_zones()
        links = self._links(
            {u.call_sign for u in units},
            ali_profiles,
            alarm_grammars,
            {s.sensor_id for s in sensors},
        )
        http = self._http()
        duplicates = self._duplicates()
        return Site(
            name=name,
            timezone=timezone,
            center_lat=center_lat,
            center_lon=center_lon,
            stations=stations,
            units=units,
            links=links,
            roads=roads,
            path=self.file.parent,
            warnings=tuple(self.warnings),
            overdue=overdue,
            ali_profiles=ali_profiles,
            alarm_grammars=alarm_grammars,
            http=http,
            duplicates=duplicates,
            sensors=sensors,
            zones=zones,
            _graph_cache=graph_cache,
        )

    def _graph(self, roads_path: Path, roads: RoadLayer) -> dict[str, RoadGraph]:
        graph_path = roads_path.parent / GRAPH_FILE
        if not graph_path.exists():
            return {}
        # Deferred: the graph module pulls in scipy, which a site without a
        # graph file (or a command that never routes) does not need.
        from models.routing.graph import GraphError, RoadGraph, layer_fingerprint

        try:
            graph = RoadGraph.load(graph_path)
        except GraphError as exc:
            raise SiteError(str(exc)) from exc  # GraphError names the file
        if graph.meta.roads_fingerprint != layer_fingerprint(roads):
            self.warn(
                f"{graph_path}: built from another import of the roads; rebuilding it in "
                f"memory (run import-osm again to refresh the file)"
            )
            return {}
        return {"graph": graph}

    def _center(self, head: dict[str, Any], roads: RoadLayer) -> tuple[float, float]:
        center = head.get("center")
        if center is None:
            return roads.center()
        if not isinstance(center, dict):
            raise self.loc.error("site", None, "center", "must be a table { lat = ..., lon = ... }")
        lat = self._coord(center, "site", None, "center.lat", "lat", 90.0)
        lon = self._coord(center, "site", None, "center.lon", "lon", 180.0)
        return lat, lon

    def _entries(self, table: str) -> list[dict[str, Any]]:
        entries = self.doc.get(table, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise SiteError(f"{self.file}: {table}: must be a list of [[{table}]] tables")
        return entries

    def _stations(self, roads: RoadLayer) -> tuple[Station, ...]:
        out: list[Station] = []
        seen: set[str] = set()
        for i, entry in enumerate(self._entries("stations")):
            self._unknown_keys(entry, _STATION_KEYS, "stations", i)
            station_id = self._get(entry, "stations", i, "id", str)
            if station_id in seen:
                raise self.loc.error("stations", i, "id", f"duplicate station id {station_id!r}")
            seen.add(station_id)
            station = Station(
                station_id=station_id,
                name=self._get(entry, "stations", i, "name", str),
                discipline=self._discipline(entry, "stations", i),
                lat=self._coord(entry, "stations", i, "lat", "lat", 90.0),
                lon=self._coord(entry, "stations", i, "lon", "lon", 180.0),
            )
            if not roads.contains(station.lat, station.lon):
                line = self.loc.line_of("stations", i, "lat")
                self.warn(
                    f"{self.file}:{line}: stations[{i}]: station {station_id!r} lies outside "
                    f"the road layer's bbox {roads.bbox()}"
                )
            out.append(station)
        return tuple(out)

    def _units(self, station_ids: set[str]) -> tuple[Unit, ...]:
        out: list[Unit] = []
        seen: set[str] = set()
        for i, entry in enumerate(self._entries("units")):
            self._unknown_keys(entry, _UNIT_KEYS, "units", i)
            call_sign = self._get(entry, "units", i, "call_sign", str)
            if call_sign in seen:
                raise self.loc.error("units", i, "call_sign", f"duplicate call sign {call_sign!r}")
            seen.add(call_sign)
            station_id = self._get(entry, "units", i, "station", str)
            if station_id not in station_ids:
                raise self.loc.error("units", i, "station", f"unknown station {station_id!r}")
            out.append(
                Unit(
                    call_sign=call_sign,
                    unit_type=self._get(entry, "units", i, "type", str),
                    discipline=self._discipline(entry, "units", i),
                    station_id=station_id,
                )
            )
        return tuple(out)

    def _check_unit_types(self, units: tuple[Unit, ...]) -> None:
        """Unit types must be in the catalogue: response plans are written in them."""
        try:
            catalogue = _catalogue_for(self.file.parent)
        except CatalogueError as exc:
            raise SiteError(f"{self.file}: catalogue: {exc}") from exc
        known = {t.code for t in catalogue.unit_types()}
        for i, unit in enumerate(units):
            if unit.unit_type not in known:
                raise self.loc.error(
                    "units",
                    i,
                    "type",
                    f"unknown unit type {unit.unit_type!r} (known: {', '.join(sorted(known))})",
                )
            expected = catalogue.unit_type(unit.unit_type).discipline
            if expected != unit.discipline:
                self.warn(
                    f"{self.file}: units[{i}] {unit.call_sign}: a {unit.unit_type} is "
                    f"{expected} in the catalogue, here {unit.discipline}"
                )

    def _overdue(self) -> OverdueRules:
        table = self.doc.get("dispatch", {})
        if not isinstance(table, dict):
            raise SiteError(f"{self.file}: [dispatch] must be a table")
        for key in sorted(set(table) - _DISPATCH_KEYS):
            self.warn(f"{self.file}: unknown key dispatch.{key} ignored")
        try:
            return OverdueRules.from_mapping(table.get("overdue"))
        except OverdueConfigError as exc:
            raise SiteError(f"{self.file}: {exc}") from exc

    def _duplicates(self) -> DuplicateRules:
        table = self.doc.get("calls", {})
        if not isinstance(table, dict):
            raise SiteError(f"{self.file}: [calls] must be a table")
        for key in sorted(set(table) - _CALLS_KEYS):
            self.warn(f"{self.file}: unknown key calls.{key} ignored")
        try:
            return DuplicateRules.from_mapping(table.get("duplicates"))
        except DuplicateConfigError as exc:
            raise SiteError(f"{self.file}: {exc}") from exc

    def _sensors_and_zones(self) -> tuple[tuple[Sensor, ...], tuple[Zone, ...]]:
        try:
            sensors = parse_sensors(
                self.doc.get("sensors", []), str(self.file), self.loc.line_of, self.warn
            )
            zones = parse_zones(
                self.doc.get("zones", []), str(self.file), self.loc.line_of, self.warn
            )
        except SensorConfigError as exc:
            raise SiteError(str(exc)) from exc
        return sensors, zones

    def _discipline(self, entry: Mapping[str, Any], table: str, index: int) -> str:
        value = self._get(entry, table, index, "discipline", str)
        if value not in DISCIPLINES:
            raise self.loc.error(
                table,
                index,
                "discipline",
                f"unknown discipline {value!r} (expected one of {', '.join(DISCIPLINES)})",
            )
        return value

    def _coord(
        self,
        entry: Mapping[str, Any],
        table: str,
        index: int | None,
        label: str,
        key: str,
        limit: float,
    ) -> float:
        value = entry.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            what = "is missing" if value is None else f"must be a number, not {value!r}"
            raise self.loc.error(table, index, label, what)
        if not -limit <= value <= limit:
            raise self.loc.error(table, index, label, f"{value} is not in -{limit:g}..{limit:g}")
        return float(value)

    _MISSING = object()

    def _get(
        self,
        entry: Mapping[str, Any],
        table: str,
        index: int | None,
        key: str,
        kind: type | Callable[..., Any],
        default: Any = _MISSING,
    ) -> Any:
        if key not in entry:
            if default is self._MISSING:
                raise self.loc.error(table, index, key, "is missing")
            return default
        value = entry[key]
        # bool is an int subclass: port = true must not pass as port 1.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):  # type: ignore[arg-type]
            kind_name = getattr(kind, "__name__", str(kind))
            raise self.loc.error(table, index, key, f"must be {kind_name}, not {value!r}")
        if kind is str and not value.strip():
            raise self.loc.error(table, index, key, "must not be empty")
        return value

    def _unknown_keys(
        self, entry: Mapping[str, Any], known: set[str], table: str, index: int | None
    ) -> None:
        for key in sorted(set(entry) - known):
            line = self.loc.line_of(table, index, key)
            label = table if index is None else f"{table}[{index}]"
            self.warn(f"{self.file}:{line}: {label}: unknown key {key!r} ignored")


def site_catalogue(site: Site) -> Catalogue:
    """The default catalogue, extended by the site's own ``catalogue/`` folder if it has one."""
    return _catalogue_for(site.path)


def _catalogue_for(site_dir: Path) -> Catalogue:
    own = site_dir / "catalogue"
    return load_catalogue(DEFAULT_CATALOGUE_DIR, own) if own.is_dir() else default_catalogue()
