"""``dispatch-console recommend --type CODE --at LAT,LON``: which units to send, from a shell.

Contract: ``recommend_command(site_dir, type_code, at, as_json, stdout,
stderr) -> int`` loads the site (``None``: the embedded default site) and
the catalogue (the embedded one, extended by ``SITE_DIR/catalogue`` when
that folder exists), takes every unit of the site as available at its
station (there is no live store here), and prints the recommendation for an
incident of ``type_code`` at ``at`` ("LAT,LON"): a ranked table per slot,
or with ``as_json`` a JSON list of objects ``{unit, type, slot,
recommended, eta_s, route_m, fix_age_s, reason}`` (slot order, recommended
first). Shortfalls go to stdout in the table and to stderr with JSON.

Exit codes: 0 done; 1 the site or catalogue cannot be loaded, or the place
is outside the road network or cut off from it (message on stderr); 2 an
unknown incident type (the message lists the known ones) or a malformed
``--at``.
"""

from __future__ import annotations

import json
import logging
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from console.config.site import DEFAULT_SITE_DIR, Site, SiteError, load_site, site_catalogue
from models.dispatch.catalogue import (
    CatalogueError,
    UnknownCodeError,
)
from models.dispatch.recommend import (
    Recommendation,
    UnitRecord,
    format_distance,
    format_duration,
    recommend,
)
from models.dispatch.status import UnitStatus
from models.routing.snap import RoutingError

_LOGGER = logging.getLogger(__name__)


def parse_at(text: str) -> tuple[float, float]:
    """ "60.17,24.94" -> (60.17, 24.94); ValueError with a sentence otherwise."""
    parts = text.replace(" ", "").split(",")
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError:
        raise ValueError(
            f"--at {text!r}: expected LAT,LON in degrees, e.g. 60.1699,24.9384"
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
        raise ValueError(f"--at {text!r}: latitude must be in -90..90 and longitude in -180..180")
    return lat, lon


def _units_at_stations(site: Site) -> list[UnitRecord]:
    stations = {s.station_id: s for s in site.stations}
    return [
        UnitRecord(
            call_sign=u.call_sign,
            unit_type=u.unit_type,
            status=UnitStatus.AVAILABLE.value,
            station_lat=stations[u.station_id].lat,
            station_lon=stations[u.station_id].lon,
        )
        for u in site.units
    ]


def recommend_command(
    site_dir: str | Path | None,
    type_code: str,
    at: str,
    as_json: bool,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    try:
        lat, lon = parse_at(at)
    except ValueError as exc:
        stderr.write(f"recommend: {exc}\n")
        return 2
    try:
        site = load_site(site_dir if site_dir is not None else DEFAULT_SITE_DIR)
        catalogue = site_catalogue(site)
    except (SiteError, CatalogueError) as exc:
        stderr.write(f"recommend: {exc}\n")
        return 1
    try:
        plan = catalogue.plan(type_code)
        incident_type = catalogue.incident_type(type_code)
    except UnknownCodeError as exc:
        stderr.write(f"recommend: {exc}\n")
        return 2
    try:
        rec = recommend(
            site.graph, plan.slots, _units_at_stations(site), lat, lon, datetime.now(UTC)
        )
    except RoutingError as exc:
        stderr.write(f"recommend: cannot route to the incident: {exc}\n")
        return 1
    if as_json:
        rows = [
            {
                "unit": c.call_sign,
                "type": c.unit_type,
                "slot": slot.unit_type,
                "recommended": c.recommended,
                "eta_s": None if c.eta_s is None else round(c.eta_s, 1),
                "route_m": None if c.route_m is None else round(c.route_m, 1),
                "fix_age_s": c.fix_age_s,
                "reason": c.reason,
            }
            for slot in rec.slots
            for c in slot.candidates
        ]
        stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        for line in rec.shortfall:
            stderr.write(f"shortfall: {line}\n")
        return 0
    _print_table(rec, f"{incident_type.name} ({type_code})", lat, lon, stdout)
    return 0


def _print_table(rec: Recommendation, title: str, lat: float, lon: float, out: TextIO) -> None:
    out.write(f"{title} at {lat:.6f},{lon:.6f}")
    if rec.incident_offset_m >= 1:
        out.write(f" ({rec.incident_offset_m:.0f} m from the nearest road)")
    out.write("\n")
    for slot in rec.slots:
        out.write(f"\n{slot.unit_type} x{slot.count}\n")
        if not slot.candidates:
            out.write("  (no unit of this type)\n")
        for c in slot.candidates:
            mark = "*" if c.recommended else " "
            eta = "" if c.eta_s is None else format_duration(c.eta_s)
            dist = "" if c.route_m is None else format_distance(c.route_m)
            out.write(
                f"  {mark} {c.call_sign:<8} {c.unit_type:<14} {eta:>12} {dist:>8}  {c.reason}\n"
            )
    if rec.shortfall:
        out.write("\nShortfall:\n")
        for line in rec.shortfall:
            out.write(f"  {line}\n")
