"""Locality areas: the suburbs, quarters and towns an extract draws as polygons.

Contract: ``locality_areas(path) -> list[LocalityArea]`` reads the extract a
second time with pyosmium's area assembly (closed ways and multipolygon
relations) and keeps named ``place=city|town|village|borough|suburb|
quarter|neighbourhood|hamlet`` areas and ``boundary=administrative`` areas
of ``admin_level`` 8 to 11 (municipality down to neighbourhood), as
shapely polygons in lon/lat. ``local`` says whether an area names a part of
a town (suburb, quarter, neighbourhood, hamlet, admin level 9 to 11) or a
whole town (``Localities`` uses it as the town). An extract whose
boundaries were cut away by its crop simply has fewer areas; a file that
cannot be read raises ``PlacesIndexError``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import osmium
import shapely

from models.places.types import PlacesIndexError

_LOGGER = logging.getLogger(__name__)

_LOCAL_PLACES = frozenset({"suburb", "quarter", "neighbourhood", "hamlet"})
_TOWN_PLACES = frozenset({"city", "town", "village", "borough"})
_LOCAL_LEVELS = frozenset({"9", "10", "11"})


@dataclass(frozen=True, slots=True)
class LocalityArea:
    name: str
    local: bool
    polygon: shapely.Polygon | shapely.MultiPolygon  # lon, lat


def _kind(tags: osmium.osm.TagList) -> bool | None:
    """True for a part of a town, False for a town, None for neither."""
    place = tags.get("place")
    if place in _LOCAL_PLACES:
        return True
    if place in _TOWN_PLACES:
        return False
    if tags.get("boundary") == "administrative":
        level = tags.get("admin_level")
        if level in _LOCAL_LEVELS:
            return True
        if level == "8":
            return False
    return None


def locality_areas(path: str | Path) -> list[LocalityArea]:
    out: list[LocalityArea] = []
    try:
        processor = (
            osmium.FileProcessor(Path(path))
            .with_areas()
            .with_filter(osmium.filter.EntityFilter(osmium.osm.AREA))
        )
        for area in processor:
            tags = area.tags
            name = tags.get("name")
            local = _kind(tags) if name else None
            if local is None:
                continue
            polygons = []
            for outer in area.outer_rings():
                shell = [(p.lon, p.lat) for p in outer]
                holes = [[(p.lon, p.lat) for p in inner] for inner in area.inner_rings(outer)]
                if len(shell) >= 4:
                    polygons.append(shapely.Polygon(shell, [h for h in holes if len(h) >= 4]))
            if not polygons:
                continue
            shape = polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)
            if shape.is_valid and not shape.is_empty:
                out.append(LocalityArea(name, local, shape))  # type: ignore[arg-type]
    except (RuntimeError, ValueError, OSError, KeyError) as exc:
        raise PlacesIndexError(f"{path}: not a readable OSM file ({exc})") from exc
    _LOGGER.info("%s: %d locality areas", Path(path).name, len(out))
    return out
