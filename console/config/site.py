"""A site: the place a console serves, read from a folder with ``site.toml``.

Contract: ``load_site(site_dir) -> Site`` reads ``site_dir/site.toml`` and the
road layer it names (``roads``, default ``roads.npz``) and validates
everything; any problem raises ``SiteError`` whose message names the file,
the line (where one can be found) and the field, e.g.
``site.toml:41: units[3].station: unknown station 'HEL-99'``. The file is
first checked against ``console.config.site_schema.SITE_SCHEMA``: an
unknown key or table anywhere is refused with the nearest known name
(``site.toml:12: unknown table [[unit]], did you mean [[units]]?``), and
every value has its type and range (``site.toml:31: links[0].port: must be
from 0 to 65535, not 70000``); then the parser checks what refers to
something else (a unit's station, a link's unit, sensor, layout or
grammar, a catalogue unit type). Things that are suspicious but usable (a
station outside the road layer's bbox, a unit whose discipline differs from
its catalogue type's, a road graph built from another road import) end up
in ``Site.warnings`` and the log. ``Site.graph`` is the routing graph:
``graph.npz`` beside the road layer is loaded eagerly when present (a
corrupt one is a ``SiteError``); when it is absent or stale, the graph is
built from the roads on first use. ``DEFAULT_SITE_DIR`` is the embedded
Helsinki demo site. Layout of ``site.toml``::

    [site]
    name = "..."; timezone = "Europe/Helsinki"; roads = "roads.npz"
    center = { lat = 60.17, lon = 24.94 }     # optional: road bbox centre
    [[stations]]  id, name, discipline, lat, lon
    [[units]]     call_sign, type, discipline, station
    [[links]]     the fields of radio.links.spec.LinkSpec
    [dispatch.overdue]  en_route = 10, on_scene = 60, ... (minutes; false = never)
    [http]        the HTTP(S) endpoint for AML, PIDF-LO and CAP (console.config.http_config)
    [calls.duplicates]  distance_m = 300, window_min = 30, radius_factor = 1.0
    [stats]       optional response-time targets (models.stats.definitions):
                  high_priority = 2 (priorities 1..N are high priority), answer_s = 15,
                  answer_95_s = 20, process_s = 60, alarm_handling_s = 64,
                  travel_s = 240, total_response_s = 480, alert_handle_s = 60,
                  percentile = 90, [stats.turnout_s] fire = 80, medical = 60, police = 60
    [[sensors]] / [[zones]]  radars and alarm zones (models.sensors.config); a
                  radar link names its sensor with ``sensor = "ID"``
    [alarm_grammars.NAME] a perimeter-radar alarm line grammar; a zone-alarm
                  link uses it with ``grammar = "NAME"``
    [ali_profiles.NAME] an ALI record layout (radio.codecs.ali_profile); an ali
                  link uses it with ``profile = "NAME"``
    [[places]]    the site's own names for places (models.places.site_places):
                  alias, kind (default "place"), and lat + lon or an address
    [operators]   sign-in at the positions (``OperatorPolicy``, all optional):
                  idle_lock_minutes = 10 (0: never locks), break_glass_minutes = 0
                  (0: no emergency session), allow_multiple_positions = false,
                  position = "..." (this position's name; default: the host's)

``Site.places_file`` is the site's places index (``places.sqlite`` beside
``site.toml``, built by ``import-osm``) or ``None`` when the site has none;
``Site.places`` the ``[[places]]`` entries, to hand to
``PlacesIndex.open(site.places_file, site_places=site.places)``.
``read_site_places(site_dir)`` reads only that table (for ``import-osm``).
"""

from __future__ import annotations

import logging
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resources
from console.config.schema import SchemaError, Table, check, label_of
from console.config.site_links import LinkSections, SiteError
from console.config.site_schema import DISCIPLINES, SITE_SCHEMA
from console.config.toml_lines import TomlLines
from models.calls.duplicates import DuplicateConfigError, DuplicateRules
from models.dispatch.catalogue import (
    DEFAULT_CATALOGUE_DIR,
    Catalogue,
    CatalogueError,
    default_catalogue,
    load_catalogue,
)
from models.dispatch.overdue import OverdueConfigError, OverdueRules
from models.places.site_places import SitePlace
from models.places.types import PLACES_FILE
from models.roads import RoadLayer, RoadLayerError
from models.routing import GRAPH_FILE
from models.sensors.config import Sensor, SensorConfigError, Zone, parse_sensors, parse_zones
from models.stats.definitions import StatsConfigError, StatsTargets
from radio.codecs.ali_profile import AliProfile
from radio.codecs.zone_alarm import AlarmGrammar
from radio.links.http_types import HttpConfig
from radio.links.spec import LinkSpec

if TYPE_CHECKING:
    from models.routing.graph import RoadGraph

__all__ = [
    "DEFAULT_SITE_DIR",
    "DISCIPLINES",
    "SITE_FILE",
    "OperatorPolicy",
    "Site",
    "SiteError",
    "Station",
    "Unit",
    "load_site",
    "read_site_places",
    "site_catalogue",
]

_LOGGER = logging.getLogger(__name__)

SITE_FILE = "site.toml"
DEFAULT_SITE_DIR = Path(resources.__file__).resolve().parent / "sites" / "helsinki"


@dataclass(frozen=True, slots=True)
class OperatorPolicy:
    """``[operators]``: how positions sign in, lock and break the glass."""

    idle_lock_minutes: float = 10.0  # 0: never locks
    break_glass_minutes: float = 0.0  # 0: no emergency session
    allow_multiple_positions: bool = False  # one operator signed in at two positions
    position: str | None = None  # None: the host's name (PostgreSQL: the position's role)

    @classmethod
    def from_mapping(cls, table: dict[str, Any] | None) -> OperatorPolicy:
        table = table or {}
        return cls(
            idle_lock_minutes=float(table.get("idle_lock_minutes", 10.0)),
            break_glass_minutes=float(table.get("break_glass_minutes", 0.0)),
            allow_multiple_positions=bool(table.get("allow_multiple_positions", False)),
            position=str(table["position"]) if table.get("position") else None,
        )


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
    places: tuple[SitePlace, ...] = ()  # the site's own names ([[places]])
    places_file: Path | None = None  # the places index (places.sqlite), None when absent
    stats: StatsTargets = field(default_factory=StatsTargets)  # [stats]: response targets
    operators: OperatorPolicy = field(default_factory=OperatorPolicy)  # [operators]
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
    """Lines of the TOML text, and ``SiteError`` messages that name file, line and field."""

    def __init__(self, file: Path, text: str) -> None:
        self.file = file
        self.lines = TomlLines(text)
        self.line = self.lines.line
        self.line_of = self.lines.line_of

    def error(self, table: str, index: int | None, key: str | None, what: str) -> SiteError:
        path: tuple[str | int, ...] = tuple(table.split("."))
        if index is not None:
            path += (index,)
        if key:
            path += tuple(key.split("."))
        line = self.line(path)
        where = f"{self.file}:{line}" if line else str(self.file)
        return SiteError(f"{where}: {label_of(path)}: {what}")


SHIPPED_SITES_DIR = DEFAULT_SITE_DIR.parent


def resolve_site_dir(text: str | Path) -> Path:
    """``--site``: a folder as given, else a shipped site by name ("jerusalem" ->
    resources/sites/jerusalem) when no such folder exists here."""
    given = Path(text)
    if given.exists() or len(given.parts) != 1:
        return given
    shipped = SHIPPED_SITES_DIR / given.name
    return shipped if (shipped / SITE_FILE).is_file() else given


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
    """Reads a document that ``SITE_SCHEMA`` accepted: types, ranges and keys are known good."""

    def __init__(self, file: Path, loc: _Locator, doc: dict[str, Any]) -> None:
        self.file = file
        self.loc = loc
        self.doc = doc
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        _LOGGER.warning("%s", message)

    def parse(self) -> Site:
        try:
            check(self.doc, SITE_SCHEMA, str(self.file), self.loc.line)
        except SchemaError as exc:
            raise SiteError(str(exc)) from exc
        head = self.doc["site"]
        timezone = head["timezone"]
        try:
            zoneinfo.ZoneInfo(timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise self.loc.error(
                "site",
                None,
                "timezone",
                f"unknown time zone {timezone!r} (use e.g. 'Europe/Helsinki')",
            ) from exc
        roads_name = head.get("roads", "roads.npz")
        try:
            roads = RoadLayer.load(self.file.parent / roads_name)
        except RoadLayerError as exc:
            raise self.loc.error("site", None, "roads", str(exc)) from exc
        graph_cache = self._graph(self.file.parent / roads_name, roads)
        center = head.get("center")
        center_lat, center_lon = (
            roads.center() if center is None else (float(center["lat"]), float(center["lon"]))
        )
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
        try:
            stats = StatsTargets.from_mapping(self.doc.get("stats"))
        except StatsConfigError as exc:  # not reached: the schema said it all first
            raise SiteError(f"{self.file}: {exc}") from exc
        places_file = self.file.parent / PLACES_FILE
        return Site(
            name=head["name"],
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
            places=self._places(),
            places_file=places_file if places_file.is_file() else None,
            stats=stats,
            operators=OperatorPolicy.from_mapping(self.doc.get("operators")),
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

    def _stations(self, roads: RoadLayer) -> tuple[Station, ...]:
        out: list[Station] = []
        seen: set[str] = set()
        for i, entry in enumerate(self.doc.get("stations", [])):
            station_id = entry["id"]
            if station_id in seen:
                raise self.loc.error("stations", i, "id", f"duplicate station id {station_id!r}")
            seen.add(station_id)
            station = Station(
                station_id=station_id,
                name=entry["name"],
                discipline=entry["discipline"],
                lat=float(entry["lat"]),
                lon=float(entry["lon"]),
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
        for i, entry in enumerate(self.doc.get("units", [])):
            call_sign = entry["call_sign"]
            if call_sign in seen:
                raise self.loc.error("units", i, "call_sign", f"duplicate call sign {call_sign!r}")
            seen.add(call_sign)
            station_id = entry["station"]
            if station_id not in station_ids:
                raise self.loc.error("units", i, "station", f"unknown station {station_id!r}")
            out.append(
                Unit(
                    call_sign=call_sign,
                    unit_type=entry["type"],
                    discipline=entry["discipline"],
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
        table = self.doc.get("dispatch", {}).get("overdue")
        try:
            return OverdueRules.from_mapping(table)
        except OverdueConfigError as exc:  # the same status twice, spelt two ways
            key = str(exc).split(":", 1)[0].split(".", 2)[-1]  # "dispatch.overdue.KEY: ..."
            line = self.loc.line(("dispatch", "overdue", key))
            where = f"{self.file}:{line}" if line else str(self.file)
            raise SiteError(f"{where}: {exc}") from exc

    def _duplicates(self) -> DuplicateRules:
        try:
            return DuplicateRules.from_mapping(self.doc.get("calls", {}).get("duplicates"))
        except DuplicateConfigError as exc:  # not reached: the schema said it all first
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

    def _places(self) -> tuple[SitePlace, ...]:
        out: list[SitePlace] = []
        seen: set[str] = set()
        for i, entry in enumerate(self.doc.get("places", [])):
            alias = entry["alias"].strip()
            if not alias:
                raise self.loc.error("places", i, "alias", "the alias is blank")
            if alias.casefold() in seen:
                raise self.loc.error("places", i, "alias", f"duplicate alias {alias!r}")
            seen.add(alias.casefold())
            has_lat, has_lon = "lat" in entry, "lon" in entry
            if has_lat != has_lon:
                missing = "lon" if has_lat else "lat"
                raise self.loc.error("places", i, None, f"{missing} is missing: give lat and lon")
            address = entry.get("address")
            if not has_lat and not address:
                raise self.loc.error(
                    "places", i, None, "give the point (lat and lon) or the address it stands for"
                )
            out.append(
                SitePlace(
                    alias=alias,
                    kind=entry.get("kind", "place"),
                    lat=float(entry["lat"]) if has_lat else None,
                    lon=float(entry["lon"]) if has_lon else None,
                    address=address,
                )
            )
        return tuple(out)


def read_site_places(site_dir: str | Path) -> tuple[SitePlace, ...]:
    """The ``[[places]]`` of ``site_dir/site.toml`` alone (``()`` when the file has none).

    Raises ``SiteError`` like ``load_site`` for a file it cannot read or a bad entry;
    the rest of the file is not checked here.
    """
    file = Path(site_dir) / SITE_FILE
    try:
        text = file.read_text(encoding="utf-8")
        doc = tomllib.loads(text)
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SiteError(f"{file}: cannot read the site file ({exc})") from exc
    places = doc.get("places", [])
    try:
        schema = Table({"places": SITE_SCHEMA.keys["places"]})
        check({"places": places}, schema, str(file), TomlLines(text).line)
    except SchemaError as exc:
        raise SiteError(str(exc)) from exc
    return _Parser(file, _Locator(file, text), {"places": places})._places()


def site_catalogue(site: Site) -> Catalogue:
    """The default catalogue, extended by the site's own ``catalogue/`` folder if it has one."""
    return _catalogue_for(site.path)


def _catalogue_for(site_dir: Path) -> Catalogue:
    own = site_dir / "catalogue"
    return load_catalogue(DEFAULT_CATALOGUE_DIR, own) if own.is_dir() else default_catalogue()
