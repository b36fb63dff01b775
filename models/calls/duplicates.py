"""Possible duplicate calls: open incidents near a caller, created a short while ago.

Contract: ``possible_duplicates(location, open_incidents, now, rules)``
returns the ids of the open incidents that a call at ``location`` (a
location object: ``lat``, ``lon``, ``radius_m``) may be about, nearest
first. An incident qualifies when

- its position is within ``rules.distance_m + rules.radius_factor *
  radius_m`` metres of the caller (geodesic distance on the WGS84 ellipsoid,
  pyproj ``Geod``): an uncertain fix widens the net by its own radius, so a
  caller whose true position is anywhere in the uncertainty circle still
  finds an incident ``distance_m`` from that position (``radius_factor`` 1.0,
  the default, covers the whole circle; 0 ignores uncertainty), and
- it was created within ``rules.window_s`` seconds before ``now`` (or after:
  clocks of two positions may disagree slightly).

A location without coordinates has no duplicates. ``open_incidents`` are
objects with ``incident_id``, ``lat``, ``lon`` and ``created`` (as
``DispatchState``'s) or ``created_at`` (as the store's rows).

``DuplicateRules.from_mapping(table)`` reads a site's ``[calls.duplicates]``
table over the defaults (300 m, 30 min, factor 1.0); a bad value raises
``DuplicateConfigError`` naming the key::

    [calls.duplicates]
    distance_m = 300      # metres, more than 0
    window_min = 30       # minutes, more than 0
    radius_factor = 1.0   # 0 or more
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models.calls.location import has_position

DEFAULT_TABLE = "calls.duplicates"


@functools.cache
def _geod() -> Any:
    """The WGS84 geodesic, made on first use: a recorder that loads a site never pays for
    pyproj unless a call is compared."""
    from pyproj import Geod

    return Geod(ellps="WGS84")


class DuplicateConfigError(ValueError):
    """A duplicates table that cannot be used; the message names the key."""


@dataclass(frozen=True, slots=True)
class DuplicateRules:
    distance_m: float = 300.0
    window_s: float = 30 * 60.0
    radius_factor: float = 1.0

    def reach_m(self, radius_m: float | None) -> float:
        """How far from the caller an incident may be and still count."""
        return self.distance_m + self.radius_factor * (radius_m or 0.0)

    @classmethod
    def from_mapping(
        cls, table: Mapping[str, Any] | None, where: str = DEFAULT_TABLE
    ) -> DuplicateRules:
        """Rules from a ``[calls.duplicates]`` table (see module doc)."""
        if table is None:
            return cls()
        if not isinstance(table, Mapping):
            raise DuplicateConfigError(f"{where}: must be a table")
        unknown = sorted(set(table) - {"distance_m", "window_min", "radius_factor"})
        if unknown:
            raise DuplicateConfigError(
                f"{where}.{unknown[0]}: unknown key; known: distance_m, window_min, radius_factor"
            )
        defaults = cls()
        distance = _number(table, "distance_m", where, defaults.distance_m, positive=True)
        window = _number(table, "window_min", where, defaults.window_s / 60.0, positive=True)
        factor = _number(table, "radius_factor", where, defaults.radius_factor, positive=False)
        return cls(distance_m=distance, window_s=window * 60.0, radius_factor=factor)


def _number(
    table: Mapping[str, Any], key: str, where: str, default: float, *, positive: bool
) -> float:
    if key not in table:
        return default
    value = table[key]
    label = f"{where}.{key}"
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DuplicateConfigError(f"{label}: must be a number, got {value!r}")
    if positive and value <= 0:
        raise DuplicateConfigError(f"{label}: must be more than 0, got {value!r}")
    if value < 0:
        raise DuplicateConfigError(f"{label}: must not be negative, got {value!r}")
    return float(value)


def _created(incident: Any) -> datetime | None:
    created = getattr(incident, "created", None)
    return created if created is not None else getattr(incident, "created_at", None)


def possible_duplicates(
    location: Mapping[str, Any] | None,
    open_incidents: Iterable[Any],
    now: datetime,
    rules: DuplicateRules | None = None,
) -> list[str]:
    """Ids of open incidents this call may duplicate, nearest first (see module doc)."""
    rules = rules or DuplicateRules()
    if location is None or not has_position(location):
        return []
    recent = []
    for incident in open_incidents:
        created = _created(incident)
        if created is None or (now - created).total_seconds() > rules.window_s:
            continue
        recent.append(incident)
    if not recent:
        return []
    import numpy as np  # only when there is something to compare: the recorder starts faster

    lats = np.array([float(i.lat) for i in recent])
    lons = np.array([float(i.lon) for i in recent])
    _, _, distances = _geod().inv(
        np.full_like(lons, float(location["lon"])),
        np.full_like(lats, float(location["lat"])),
        lons,
        lats,
    )
    radius = location.get("radius_m")
    reach = rules.reach_m(float(radius) if radius is not None else None)
    near = [(d, i.incident_id) for d, i in zip(np.atleast_1d(distances), recent, strict=True)]
    return [incident_id for d, incident_id in sorted(near) if d <= reach]
