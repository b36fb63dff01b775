"""Street names and landmarks for a site's map: one choice for the console, the replay
window and the incident report.

Contract:

- ``chosen_names(street_lines, landmarks, roads) -> MapNames``: the street lines
  given (from the site's places index, in the console's language where the data
  has it) or, when there are none (a site without an index), the road layer's own
  names (``widgets.map.street_source.street_lines_from_roads``); of the landmarks,
  only those a crew needs on a map (``widgets.symbols.MAP_LANDMARK_CATEGORIES``:
  hospitals, fire and police stations, schools, hydrants), not every shop.
- ``read_map_names(site, language) -> MapNames``: the same, read from the site's
  places index in the calling thread (it opens the file: call it off the GUI
  thread, or where a report is rendered anyway). An index that is missing or cannot
  be read gives the road layer's names and no landmarks, and is logged; it never
  raises.
- ``show_map_names(map_widget, names, wait=False)`` (GUI thread) sets them on a
  ``MapWidget``; ``wait=True`` places the street names before it returns (a report
  renders the map at once).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MapNames:
    street_lines: list[Any]
    landmarks: list[Any]


def chosen_names(street_lines: Sequence[Any], landmarks: Sequence[Any], roads: Any) -> MapNames:
    from widgets.symbols import MAP_LANDMARK_CATEGORIES

    lines = list(street_lines)
    if not lines and roads is not None:
        from widgets.map.street_source import street_lines_from_roads

        lines = street_lines_from_roads(roads)
    shown = [p for p in landmarks if getattr(p, "category", None) in MAP_LANDMARK_CATEGORIES]
    return MapNames(lines, shown)


def read_map_names(site: Any, language: str | None) -> MapNames:
    roads = getattr(site, "roads", None)
    path = getattr(site, "places_file", None)
    lines: list[Any] = []
    landmarks: list[Any] = []
    if path and roads is not None:
        try:
            from models.places.index import PlacesIndex

            with PlacesIndex.open(path, site_places=getattr(site, "places", None) or None) as index:
                bbox = roads.bbox()
                lines = list(index.street_lines(bbox, language))
                landmarks = list(index.landmarks(bbox))
        except Exception as exc:  # a map without names is still a map
            _LOGGER.warning("street names not read from the places index: %s", exc)
            lines, landmarks = [], []
    return chosen_names(lines, landmarks, roads)


def show_map_names(map_widget: Any, names: MapNames, wait: bool = False) -> None:
    map_widget.set_street_lines(names.street_lines, wait=wait)
    map_widget.set_landmarks(names.landmarks)
