"""What a places index answers: search results, reverse names and street lines.

Contract (the one every caller codes against; ``models.places.index`` is the
implementation):

- ``PlacesIndex.open(path) -> PlacesIndex`` opens a places file (SQLite with
  FTS5, ``PLACES_FILE`` in a site folder) read-only; a missing, corrupt or
  foreign file raises ``PlacesIndexError`` naming the file. One instance
  belongs to one thread (SQLite connections are not shared): a GUI opens its
  own in the worker thread that searches.
- ``index.build_id`` names the build (source extract, import time, content
  hash); events that record a resolved place carry it.
- ``index.search(query, *, near=None, limit=10) -> list[Place]`` best first;
  never raises on any text (empty, huge, control characters, mixed scripts):
  an empty list means nothing found. ``near`` is ``(lat, lon)`` (the map
  centre or the caller's fix) and breaks ties by distance.
- ``index.reverse(lat, lon) -> ReverseName | None``: the nearest named street,
  the nearest address on it within 30 m, else the nearest cross street.
- ``index.street_lines(bbox, language) -> list[StreetLine]``: named street
  ways inside ``(min_lat, min_lon, max_lat, max_lon)``, named in ``language``
  (``name:xx``) where the data has it, else ``name``.
- ``index.landmarks(bbox, kinds=None) -> list[Place]``: landmarks (hospitals,
  schools, police and fire stations, hydrants, ...) inside the box, for the
  map layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # annotations only: the site's configuration imports this, numpy stays out
    import numpy as np

PLACES_FILE = "places.sqlite"

PlaceKind = Literal["site", "address", "street", "intersection", "landmark", "place", "coordinates"]
MatchQuality = Literal["exact", "fuzzy", "partial"]


class PlacesIndexError(Exception):
    """A places file could not be opened, read or built; the message names the file."""


@dataclass(frozen=True, slots=True)
class Place:
    """One search result or landmark: what it is, where, and how sure the match is."""

    label: str  # what a dispatcher reads: "Mariankatu 12", "Liisankatu & Mariankatu"
    kind: PlaceKind
    lat: float
    lon: float
    score: float  # 0..1, how sure the match is (1.0 exact)
    match: MatchQuality = "exact"
    street: str | None = None
    housenumber: str | None = None
    locality: str | None = None  # suburb / town, so equal names in two places differ
    category: str | None = None  # landmarks: "hospital", "fire_station", "fire_hydrant", ...
    place_id: str = ""  # stable within one build: "a:123", "s:45", "i:7", "l:9", "site:mall"
    warning: str | None = None  # e.g. "read as lat,lon swapped"


@dataclass(frozen=True, slots=True)
class ReverseName:
    """A position named by its nearest named street (and address or cross street)."""

    label: str  # "Mariankatu 12" or "Mariankatu near Liisankatu, 30 m"
    street: str
    distance_m: float  # from the position to the named point
    lat: float  # the named point (address point, or nearest point on the street)
    lon: float
    housenumber: str | None = None
    cross_street: str | None = None
    locality: str | None = None


@dataclass(frozen=True, slots=True)
class StreetLine:
    """One named street way, for drawing its name along it."""

    name: str
    road_class: str  # one of models.roads.ROAD_CLASSES
    lat: np.ndarray = field(repr=False)
    lon: np.ndarray = field(repr=False)
