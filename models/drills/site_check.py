"""Checking a scenario against a site and its catalogue, given as plain data.

Contract: ``SiteFacts`` holds what a scenario may name (sensor ids and
kinds, zone ids, unit types with how many units of each, incident type
codes, the road bbox, the units' call signs); ``site_facts(site, catalogue)`` reads them from a
loaded site and catalogue by duck typing, so models never import the
console. ``validate_against_site(scenario, facts)`` raises
``ScenarioError`` (file, table, 1-based entry, field, reason) for the first
entry naming something the site lacks, asking for more units of a type
than the site owns, placing a caller or an expected incident outside
the site's road bbox, or naming in ``[crews] never_acknowledge`` a unit the
site does not have. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from models.drills.scenario import Scenario, ScenarioError


@dataclass(frozen=True)
class SiteFacts:
    """What ``validate_against_site`` needs of a site and its catalogue, as plain data."""

    sensors: Mapping[str, str] = field(default_factory=dict)  # sensor id -> kind
    zones: frozenset[str] = frozenset()
    unit_types: Mapping[str, int] = field(default_factory=dict)  # unit type -> units of it
    incident_types: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None  # lat_min, lon_min, lat_max, lon_max
    units: frozenset[str] = frozenset()  # call signs


def validate_against_site(scenario: Scenario, site: SiteFacts) -> None:
    """Check sensors, zones, unit types, incident types and positions against a site.

    Raises ``ScenarioError`` for the first entry that names something the
    site or its catalogue does not have (or asks for more units of a type
    than the site owns), or puts a caller or an expected incident outside
    the site's road bbox.
    """
    name = scenario.path.name

    def fail(table: str, index: int, label: str, key: str, why: str) -> NoReturn:
        raise ScenarioError(name, why, table=table, index=index, label=label, field=key)

    def inside(lat: float, lon: float) -> bool:
        if site.bbox is None:
            return True
        lat0, lon0, lat1, lon1 = site.bbox
        return lat0 <= lat <= lat1 and lon0 <= lon <= lon1

    def known(what: str, value: str, ids: Iterable[str]) -> str:
        return f"unknown {what} {value!r} (known: {', '.join(sorted(ids)) or 'none'})"

    for i in scenario.injections:
        f = i.fields
        if "sensor" in f and f["sensor"] not in site.sensors:
            fail("inject", i.index, i.type, "sensor", known("sensor", f["sensor"], site.sensors))
        if i.type == "track" and site.sensors[f["sensor"]] not in ("radar", "asterix"):
            fail("inject", i.index, i.type, "sensor", f"{f['sensor']} is not a radar")
        if i.type == "zone_alarm" and f["zone"] not in site.zones:
            fail("inject", i.index, i.type, "zone", known("zone", f["zone"], site.zones))
        if i.type in ("call", "rebid") and not inside(f["lat"], f["lon"]):
            fail("inject", i.index, i.type, "lat", "the position is outside the site's roads")
    for e in scenario.expect:
        if e.incident_type not in site.incident_types:
            why = known("incident type", e.incident_type, site.incident_types)
            fail("expect", e.index, e.name, "incident_type", why)
        if not inside(e.lat, e.lon):
            fail("expect", e.index, e.name, "at", "the position is outside the site's roads")
        for key, count in e.unit_types.items():
            types = key.split("|")
            for t in types:
                if t not in site.unit_types:
                    fail(
                        "expect",
                        e.index,
                        e.name,
                        "unit_types",
                        known("unit type", t, site.unit_types),
                    )
            owned = sum(site.unit_types[t] for t in types)
            if owned < count:
                why = f"{count} x {key} asked for, the site has {owned}"
                fail("expect", e.index, e.name, "unit_types", why)
    for a in scenario.expect_alerts:
        if a.zone is not None and a.zone not in site.zones:
            fail("expect_alert", a.index, a.name, "zone", known("zone", a.zone, site.zones))
    for call_sign in scenario.crews.never_acknowledge:
        if call_sign not in site.units:
            why = known("unit", call_sign, site.units)
            raise ScenarioError(name, why, table="crews", field="never_acknowledge")


def site_facts(site: Any, catalogue: Any = None) -> SiteFacts:
    """``SiteFacts`` read from a loaded site and catalogue (duck-typed: no console import).

    ``site`` needs ``sensors`` (``sensor_id``, ``kind``), ``zones`` (``zone_id``),
    ``units`` (``unit_type``, ``call_sign``) and optionally ``roads.bbox()``; ``catalogue``
    needs ``incident_types()`` (``code``).
    """
    counts: dict[str, int] = {}
    for unit in site.units:
        counts[unit.unit_type] = counts.get(unit.unit_type, 0) + 1
    roads = getattr(site, "roads", None)
    codes = catalogue.incident_types() if catalogue is not None else ()
    return SiteFacts(
        sensors={s.sensor_id: s.kind for s in getattr(site, "sensors", ())},
        zones=frozenset(z.zone_id for z in getattr(site, "zones", ())),
        unit_types=counts,
        incident_types=frozenset(t.code for t in codes),
        bbox=None if roads is None else tuple(roads.bbox()),
        units=frozenset(u.call_sign for u in site.units),
    )
