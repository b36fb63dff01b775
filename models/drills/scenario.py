"""Drill scenarios: load and validate ``resources/drills/<id>.toml``.

Contract: ``load_scenario(path_or_id) -> Scenario`` reads one scenario (an id
resolves to ``DRILLS_DIR/<id>.toml``), checks every table and field, and
returns frozen values; injections come sorted by ``at_s`` (stable, so file
order breaks ties). Anything unusable raises ``ScenarioError`` naming the
file, the table and 1-based entry, the field and the reason, e.g.
``structure-fire.toml: inject #3 (rebid): caller: +358401110009 has no
earlier call``. Unknown tables and fields are refused (a typo must not
silently drop an expectation). ``validate_against_site(scenario, facts)``
(in ``models.drills.site_check``) checks what needs the site and the
catalogue, given as plain data, so this module never imports the console. The format is
described in docs and in the shipped scenarios; injection fields are in
``models.drills.injections``.

``[[expect]].unit_types`` keys are unit type codes; ``"ALS ambulance|BLS
ambulance" = 2`` accepts any of the types named (each unit sent counts once).

``[crews].never_acknowledge`` (optional, default none) lists call signs whose
crews never read or confirm their texts on the drill radio
(``console.drills.radio_crews``): the console's crew limit then raises the
NOT ACKNOWLEDGED alarm, which the trainer scores. Each must be a unit of the
site (``validate_against_site``); a name twice is refused.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

import resources
from models.drills import injections as inj

DRILLS_DIR = Path(resources.__file__).resolve().parent / "drills"

ALERT_KINDS = ("zone_entry", "zone_alarm", "cap")
HANDLINGS = ("acknowledge", "promote", "link", "dismiss")
_TOP = {"drill", "targets", "crews", "expect", "expect_alert", "inject"}
_DRILL_KEYS = {"id", "title", "description", "duration_s", "site"}
_OPTIONAL_DRILL_KEYS = {"description", "site"}
_EXPECT_KEYS = {
    "name",
    "incident_type",
    "at",
    "radius_m",
    "unit_types",
    "dispatch_within_s",
    "on_scene_within_s",
    "callers",
}
_ALERT_KEYS = {"name", "kind", "zone", "event", "handling", "within_s"}


class ScenarioError(Exception):
    """A scenario that cannot be used; the message names file, entry, field and reason."""

    def __init__(
        self,
        file: str,
        reason: str,
        *,
        table: str | None = None,
        index: int | None = None,
        label: str | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.table = table
        self.index = index
        self.field = field
        self.reason = reason
        where = file
        if table is not None and index is not None:
            where += f": {table} #{index}" + (f" ({label})" if label else "")
        elif table is not None:
            where += f": [{table}]"
        if field is not None:
            where += f": {field}"
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Targets:
    """NFPA 1225-style targets: ``percentile`` % of calls within each limit."""

    percentile: float = 90.0
    answer_s: float = 15.0  # call offered -> answered
    process_s: float = 60.0  # call answered -> first unit dispatched (high priority)
    alert_handle_s: float = 60.0  # alert raised -> first handling
    alarm_response_s: float = 30.0  # NOT ACKNOWLEDGED alarm raised -> the first action on it
    answer_95_s: float = 20.0  # the second answering target: 95 % within this
    high_priority: int = 2  # incident priorities 1..this count as high priority


@dataclass(frozen=True)
class Crews:
    turnout_s: float = 45.0
    speed_factor: float = 1.0
    avl_interval_s: float = 2.0
    report_status: bool = True
    never_acknowledge: tuple[str, ...] = ()  # call signs whose crews never answer a page


@dataclass(frozen=True)
class ExpectedIncident:
    name: str
    incident_type: str
    lat: float
    lon: float
    radius_m: float
    unit_types: Mapping[str, int]
    dispatch_within_s: float
    on_scene_within_s: float
    callers: tuple[str, ...]
    index: int = 0


@dataclass(frozen=True)
class ExpectedAlert:
    name: str
    kind: str
    zone: str | None
    event: str | None
    handling: tuple[str, ...]
    within_s: float
    index: int = 0


@dataclass(frozen=True)
class Injection:
    """One timeline entry; ``fields`` holds its checked fields with defaults filled in."""

    at_s: float
    type: str
    fields: Mapping[str, Any]
    index: int  # position in the file, 1-based

    @property
    def summary(self) -> str:
        return inj.summary(self.type, self.fields)


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    description: str
    duration_s: float
    targets: Targets
    crews: Crews
    expect: tuple[ExpectedIncident, ...]
    expect_alerts: tuple[ExpectedAlert, ...]
    injections: tuple[Injection, ...]
    path: Path
    site: str | None = None  # the site it runs on (a shipped site's name); None: the default

    def callers(self) -> tuple[str, ...]:
        return tuple(i.fields["caller"] for i in self.injections if i.type == "call")


def shipped_scenarios() -> list[Path]:
    return sorted(DRILLS_DIR.glob("*.toml"))


def load_scenario(path_or_id: str | Path) -> Scenario:
    path = Path(path_or_id)
    if path.suffix != ".toml" and not path.exists():
        path = DRILLS_DIR / f"{path_or_id}.toml"
    name = path.name
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(name, f"cannot be read: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ScenarioError(name, f"is not valid TOML: {exc}") from exc
    return _Parser(name, path).parse(doc)


class _Parser:
    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path

    def fail(self, reason: str, **where: Any) -> NoReturn:
        raise ScenarioError(self.name, reason, **where)

    def table(self, doc: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = doc.get(key, {})
        if not isinstance(value, Mapping):
            self.fail(f"[{key}] must be a table")
        return value

    def array(self, doc: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.fail(f"{key} must be an array of tables ([[{key}]])")
        return value

    def keys(self, entry: Mapping[str, Any], known: Iterable[str], fail: inj.Fail) -> None:
        known = set(known)
        for key in entry:
            if key not in known:
                fail(key, f"unknown field (known: {', '.join(sorted(known))})")

    def parse(self, doc: Mapping[str, Any]) -> Scenario:
        for key in doc:
            if key not in _TOP:
                self.fail(f"unknown table [{key}] (known: {', '.join(sorted(_TOP))})")
        drill = self.table(doc, "drill")

        def drill_fail(key: str, why: str) -> NoReturn:
            self.fail(why, table="drill", field=key)

        self.keys(drill, _DRILL_KEYS, drill_fail)
        for key in _DRILL_KEYS - _OPTIONAL_DRILL_KEYS:
            if key not in drill:
                drill_fail(key, "is required")
        drill_id = inj.text(drill["id"], "id", drill_fail)
        if drill_id != self.path.stem:
            drill_fail("id", f"{drill_id!r} must equal the file name {self.path.stem!r}")
        duration = inj.POSITIVE(drill["duration_s"], "duration_s", drill_fail)
        description = drill.get("description", "")
        if not isinstance(description, str):
            drill_fail("description", "must be a string")
        site = drill.get("site")
        if site is not None and (not isinstance(site, str) or not site.strip()):
            drill_fail("site", "must be the name of a shipped site or a site folder")
        targets = self.dataclass_table(doc, "targets", Targets)
        crews = self.dataclass_table(doc, "crews", Crews)
        injections = self.injections(doc, duration)
        calls = {i.fields["caller"] for i in injections if i.type == "call"}
        expect = tuple(self.expect(i, e, calls) for i, e in enumerate(self.array(doc, "expect"), 1))
        alerts = tuple(
            self.expect_alert(i, e, injections, targets)
            for i, e in enumerate(self.array(doc, "expect_alert"), 1)
        )
        for what, names in (
            ("expect", [e.name for e in expect]),
            ("expect_alert", [a.name for a in alerts]),
        ):
            for i, name in enumerate(names, 1):
                if names.index(name) != i - 1:
                    self.fail(f"name {name!r} is used twice", table=what, index=i, field="name")
        return Scenario(
            id=drill_id,
            title=inj.text(drill["title"], "title", drill_fail),
            description=description.strip(),
            duration_s=duration,
            targets=targets,
            crews=crews,
            expect=expect,
            expect_alerts=alerts,
            injections=injections,
            path=self.path,
            site=site.strip() if site else None,
        )

    def dataclass_table(self, doc: Mapping[str, Any], key: str, cls: type) -> Any:
        table = self.table(doc, key)
        defaults = cls()

        def fail(name: str, why: str) -> NoReturn:
            self.fail(why, table=key, field=name)

        self.keys(table, defaults.__dataclass_fields__, fail)
        values: dict[str, Any] = {}
        for name, value in table.items():
            default = getattr(defaults, name)
            if isinstance(default, bool):
                values[name] = inj.boolean(value, name, fail)
            elif isinstance(default, tuple):
                items = inj.strings(value, name, fail)
                for item in items:
                    if items.count(item) > 1:
                        fail(name, f"{item!r} is named twice")
                values[name] = items
            elif isinstance(default, int) and not isinstance(default, bool):
                values[name] = inj.integer(1, 5)(value, name, fail)
            elif name == "percentile":
                values[name] = inj.number(1.0, 100.0)(value, name, fail)
            else:
                values[name] = inj.POSITIVE(value, name, fail)
        return cls(**values)

    def injections(self, doc: Mapping[str, Any], duration: float) -> tuple[Injection, ...]:
        entries = self.array(doc, "inject")
        raw: list[tuple[float, str, dict[str, Any], int]] = []
        for index, entry in enumerate(entries, 1):
            entry_type = entry.get("type")

            def fail(key: str, why: str, index: int = index, label: Any = entry_type) -> NoReturn:
                self.fail(why, table="inject", index=index, label=str(label), field=key)

            if entry_type not in inj.INJECTION_FIELDS:
                fail("type", f"must be one of {', '.join(inj.INJECTION_TYPES)}, not {entry_type!r}")
            if "at_s" not in entry:
                fail("at_s", "is required")
            at_s = inj.number(0.0, duration)(entry["at_s"], "at_s", fail)
            raw.append((at_s, entry_type, inj.check_fields(entry_type, entry, fail), index))
        raw.sort(key=lambda r: r[0])  # stable: file order breaks ties
        draft = [_Draft(*r) for r in raw]

        def fail_at(item: Any, key: str, why: str) -> NoReturn:
            self.fail(why, table="inject", index=item.index, label=item.type, field=key)

        inj.check_timeline(draft, fail_at)
        return tuple(
            Injection(d.at_s, d.type, MappingProxyType(dict(d.fields)), d.index) for d in draft
        )

    def expect(self, index: int, entry: Mapping[str, Any], calls: set[str]) -> ExpectedIncident:
        label = entry.get("name")

        def fail(key: str, why: str) -> NoReturn:
            self.fail(why, table="expect", index=index, label=str(label), field=key)

        self.keys(entry, _EXPECT_KEYS, fail)
        for key in ("name", "incident_type", "at", "unit_types"):
            if key not in entry:
                fail(key, "is required")
        at = entry["at"]
        if not isinstance(at, Mapping) or set(at) != {"lat", "lon"}:
            fail("at", "must be { lat = ..., lon = ... }")
        units = entry["unit_types"]
        if not isinstance(units, Mapping) or not units:
            fail("unit_types", "must be a table of unit type = minimum count")
        unit_types: dict[str, int] = {}
        for key, count in units.items():
            types = [t.strip() for t in str(key).split("|")]
            if not all(types):
                fail("unit_types", f"{key!r} is not a unit type (or 'a|b' alternatives)")
            unit_types["|".join(types)] = inj.integer(1, 99)(count, f"unit_types.{key}", fail)
        callers = inj.strings(entry.get("callers", []), "callers", fail)
        for caller in callers:
            if caller not in calls:
                fail("callers", f"{caller} never calls in this scenario")
        return ExpectedIncident(
            name=inj.text(entry["name"], "name", fail),
            incident_type=inj.text(entry["incident_type"], "incident_type", fail),
            lat=inj.LAT(at["lat"], "at.lat", fail),
            lon=inj.LON(at["lon"], "at.lon", fail),
            radius_m=inj.POSITIVE(entry.get("radius_m", 250.0), "radius_m", fail),
            unit_types=MappingProxyType(unit_types),
            dispatch_within_s=inj.POSITIVE(
                entry.get("dispatch_within_s", 120.0), "dispatch_within_s", fail
            ),
            on_scene_within_s=inj.POSITIVE(
                entry.get("on_scene_within_s", 600.0), "on_scene_within_s", fail
            ),
            callers=callers,
            index=index,
        )

    def expect_alert(
        self,
        index: int,
        entry: Mapping[str, Any],
        injections: tuple[Injection, ...],
        targets: Targets,
    ) -> ExpectedAlert:
        label = entry.get("name")

        def fail(key: str, why: str) -> NoReturn:
            self.fail(why, table="expect_alert", index=index, label=str(label), field=key)

        self.keys(entry, _ALERT_KEYS, fail)
        for key in ("name", "kind", "handling"):
            if key not in entry:
                fail(key, "is required")
        kind = inj.choice(ALERT_KINDS)(entry["kind"], "kind", fail)
        handling = inj.strings(entry["handling"], "handling", fail)
        if not handling:
            fail("handling", "needs at least one acceptable handling")
        for h in handling:
            if h not in HANDLINGS:
                fail("handling", f"{h!r} is not one of {', '.join(HANDLINGS)}")
        zone = event = None
        if kind == "cap":
            if "zone" in entry:
                fail("zone", "is for zone_entry / zone_alarm alerts; a CAP alert names its event")
            if "event" not in entry:
                fail("event", "is required for a cap alert")
            event = inj.text(entry["event"], "event", fail)
            if not any(
                i.type == "cap" and i.fields["event"].lower() == event.lower() for i in injections
            ):
                fail("event", f"no cap injection has event {event!r}")
        else:
            if "event" in entry:
                fail("event", "is for cap alerts only")
            if "zone" not in entry:
                fail("zone", f"is required for a {kind} alert")
            zone = inj.text(entry["zone"], "zone", fail)
            if kind == "zone_alarm" and not any(
                i.type == "zone_alarm" and i.fields["zone"] == zone for i in injections
            ):
                fail("zone", f"no zone_alarm injection for zone {zone!r}")
            if kind == "zone_entry" and not any(i.type == "track" for i in injections):
                fail("kind", "a zone_entry alert needs a track injection")
        return ExpectedAlert(
            name=inj.text(entry["name"], "name", fail),
            kind=kind,
            zone=zone,
            event=event,
            handling=handling,
            within_s=inj.POSITIVE(entry.get("within_s", targets.alert_handle_s), "within_s", fail),
            index=index,
        )


@dataclass
class _Draft:
    at_s: float
    type: str
    fields: dict[str, Any]
    index: int
