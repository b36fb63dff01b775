"""The site's own names for places: the ``[[places]]`` table of ``site.toml``.

Contract: ``SitePlace(alias, kind, lat, lon, address)`` is one entry: what the
control room calls it (``"the mall"``, ``"gate 4"``), a free kind word
(``"place"`` by default: landmark, gate, corner, ...), and what it stands
for: a point (``lat``/``lon``) or an address (``"Mariankatu 12"``, resolved
against the places index when it is opened). Site places rank above every
OpenStreetMap result of an equal match. ``console.config.site`` reads the
table; the places index stores them at import and takes fresh ones at open.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SitePlace:
    alias: str
    kind: str = "place"
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
