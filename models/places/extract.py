"""Read what a places index needs from an OpenStreetMap extract, in one pass.

Contract: ``extract(path, progress=None) -> Extracted`` reads any extract
pyosmium reads and collects, as plain Python data:

- ``ways``: named highway ways (every ``highway=*`` with any name variant):
  ``(way id, names, road class, node refs, lats, lons)``; ``names`` is a
  ``NameSet`` (``name`` plus every ``name:xx``, ``alt_name``, ``old_name``,
  ``official_name``, ``short_name``, ``int_name``, ``loc_name``, ``reg_name``
  and their language forms; ``;``-lists split);
- ``addresses``: nodes and closed ways (at their centroid) with
  ``addr:housenumber`` or ``addr:conscriptionnumber``/``addr:streetnumber``
  (Czech: ``670/31``), with ``addr:street`` or ``addr:place`` or neither;
- ``interpolations``: ``addr:interpolation`` ways with their node refs and
  positions; ``address_nodes`` maps a node id to its address, so the builder
  places numbers between the tagged end nodes;
- ``landmarks``: named hospitals, schools, police and fire stations, public
  buildings, shops, amenities, offices, tourism and leisure places, stations,
  and every ``emergency=fire_hydrant`` (named or not), at the node or the
  centroid of the way;
- ``localities``: ``place=city|town|village|suburb|quarter|neighbourhood|
  hamlet|borough`` nodes (and closed ways at their centroid) with a name.

``progress(fraction)`` rises from 0.0 to 1.0 over the file (nodes come
first, then ways; without counts in the file's header the bar moves by the
objects read, slowing as it nears each half). A missing, empty or
unreadable file raises ``PlacesIndexError`` naming the file.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import osmium

from models.osm_import import HIGHWAY_TO_CLASS
from models.places.types import PlacesIndexError
from models.roads import ROAD_CLASSES

_LOGGER = logging.getLogger(__name__)

_NAME_KEYS = (
    "name", "alt_name", "old_name", "official_name", "short_name", "int_name", "loc_name",
    "reg_name", "nat_name",
)  # fmt: skip
LOCALITY_PLACES = {
    "city": 5,
    "town": 4,
    "village": 3,
    "borough": 3,
    "suburb": 2,
    "quarter": 1,
    "neighbourhood": 1,
    "hamlet": 1,
}  # fmt: skip  (smaller rank: more local)
_CATEGORY_KEYS = (
    "amenity", "healthcare", "emergency", "shop", "office", "tourism", "leisure", "historic",
    "railway", "public_transport", "aeroway", "man_made", "craft",
)  # fmt: skip
_PUBLIC_BUILDINGS = frozenset(
    {"hospital", "school", "public", "government", "civic", "fire_station", "police", "church",
     "university", "college", "kindergarten", "train_station", "stadium", "museum"}
)  # fmt: skip
_UNNAMED_CATEGORIES = frozenset(
    {"fire_hydrant", "defibrillator", "suction_point", "fire_water_pond"}
)
_CLASS_BY_NAME = {name: i for i, name in enumerate(ROAD_CLASSES)}
_PROGRESS_STEP = 4096
_PROGRESS_SCALE = 200_000.0  # objects: the bar is halfway through a phase after ~140,000
_LEADING_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class NameSet:
    """A feature's names: ``primary`` (``name`` or the first variant) and ``(key, value)`` all."""

    primary: str
    variants: tuple[tuple[str, str], ...]  # ("name", "Mariankatu"), ("name:sv", "Mariegatan"), ...

    def language(self, lang: str) -> str | None:
        for key, value in self.variants:
            if key == f"name:{lang}":
                return value
        return None


@dataclass(slots=True)
class AddressRecord:
    housenumber: str  # as displayed: "12 B", "670/31"
    keys: tuple[str, ...]  # the numbers it is: ("670/31", "31", "670")
    street: str | None
    place: str | None
    lat: float
    lon: float
    city: str | None = None
    loose_keys: tuple[str, ...] = ()  # also found by, as a near miss: "14" for "14 A"


@dataclass(slots=True)
class Extracted:
    ways: list[tuple[int, NameSet, int, list[int], list[float], list[float]]] = field(
        default_factory=list
    )
    addresses: list[AddressRecord] = field(default_factory=list)
    address_nodes: dict[int, AddressRecord] = field(default_factory=dict)
    interpolations: list[tuple[str, str | None, list[int], list[float], list[float]]] = field(
        default_factory=list
    )
    landmarks: list[tuple[NameSet | None, str, float, float]] = field(default_factory=list)
    localities: list[tuple[NameSet, str, float, float]] = field(default_factory=list)
    bbox: list[float] = field(default_factory=lambda: [90.0, 180.0, -90.0, -180.0])


def names_of(tags: dict[str, str]) -> NameSet | None:
    variants: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for key, value in tags.items():
        base = key.split(":", 1)[0]
        if base not in _NAME_KEYS or (key.startswith("name:") and key.count(":") > 1):
            continue
        if "pronunciation" in key or "etymology" in key or "signed" in key:
            continue
        for part in value.split(";"):
            part = part.strip()
            if part and (key, part) not in seen:
                seen.add((key, part))
                variants.append((key, part))
    if not variants:
        return None
    primary = next((v for k, v in variants if k == "name"), variants[0][1])
    return NameSet(primary, tuple(variants))


def housenumber_key(text: str) -> str:
    """A house number's comparison form: ``"12 B"`` -> ``"12b"``, ``"15 – 17"`` -> ``"15-17"``."""
    if text.isascii() and text.isalnum():
        return text.lower()
    from models.places.normalise import fold

    cleaned = text.replace("–", "-").replace("—", "-").replace("‐", "-")
    parts = []
    for chunk in cleaned.replace(" ", "").split("/"):
        sub = [fold(piece).replace(" ", "") for piece in chunk.split("-")]
        parts.append("-".join(sub))
    return "/".join(parts)


def _address(tags: dict[str, str], lat: float, lon: float) -> AddressRecord | None:
    number = tags.get("addr:housenumber")
    conscription = tags.get("addr:conscriptionnumber")
    street_number = tags.get("addr:streetnumber")
    keys: list[str] = []
    if number is None:
        if conscription is None and street_number is None:
            return None
        if conscription and street_number:
            number = f"{conscription}/{street_number}"
        else:
            number = conscription or street_number or ""
    number = number.strip()
    if not number:
        return None
    for value in (number, street_number, conscription):
        if value:
            key = housenumber_key(value)
            if key and key not in keys:
                keys.append(key)
    if "/" in number and not (conscription or street_number):
        for piece in number.split("/"):
            key = housenumber_key(piece)
            if key and key not in keys:
                keys.append(key)
    for piece in number.replace(",", ";").split(";")[1:] if ";" in number or "," in number else ():
        key = housenumber_key(piece)
        if key and key not in keys:
            keys.append(key)
    lead = _LEADING_DIGITS.match(number)
    loose = (lead.group(0),) if lead and lead.group(0) not in keys else ()
    return AddressRecord(
        housenumber=number,
        keys=tuple(keys),
        street=(tags.get("addr:street") or "").strip() or None,
        place=(tags.get("addr:place") or "").strip() or None,
        lat=lat,
        lon=lon,
        city=(tags.get("addr:city") or "").strip() or None,
        loose_keys=loose,
    )


def _landmark_category(tags: dict[str, str]) -> str | None:
    if tags.get("emergency") in _UNNAMED_CATEGORIES:
        return tags.get("emergency")
    for key in _CATEGORY_KEYS:
        value = tags.get(key)
        if value and value not in ("yes", "no"):
            return value if key in ("amenity", "healthcare", "emergency") else f"{key}:{value}"
    building = tags.get("building")
    if building in _PUBLIC_BUILDINGS:
        return building
    place = tags.get("place")
    if place in ("square", "locality", "island", "islet", "city_block"):
        return f"place:{place}"
    return None


class _Reader:
    def __init__(self, out: Extracted) -> None:
        self.out = out

    def grow(self, lat: float, lon: float) -> None:
        box = self.out.bbox
        box[0] = min(box[0], lat)
        box[1] = min(box[1], lon)
        box[2] = max(box[2], lat)
        box[3] = max(box[3], lon)

    def node(self, node: osmium.osm.Node) -> None:
        loc = node.location
        if not loc.valid():
            return
        tags = {tag.k: tag.v for tag in node.tags}  # one pass: TagList lookups are slow
        lat, lon = loc.lat, loc.lon
        address = _address(tags, lat, lon)
        if address is not None:
            self.out.address_nodes[node.id] = address
            self.out.addresses.append(address)
            self.grow(lat, lon)
            if all(key.startswith("addr:") for key in tags):
                return
        self._feature(tags, lat, lon)

    def _feature(self, tags: dict[str, str], lat: float, lon: float) -> None:
        place = tags.get("place")
        names = names_of(tags)
        if place in LOCALITY_PLACES and names is not None:
            self.out.localities.append((names, place, lat, lon))
            self.out.landmarks.append((names, place, lat, lon))
            return
        category = _landmark_category(tags)
        if category is None:
            return
        if names is None and category not in _UNNAMED_CATEGORIES:
            return
        self.out.landmarks.append((names, category, lat, lon))

    def way(self, way: osmium.osm.Way) -> None:
        tags = {tag.k: tag.v for tag in way.tags}
        highway = tags.get("highway")
        interpolation = tags.get("addr:interpolation")
        refs: list[int] = []
        lats: list[float] = []
        lons: list[float] = []
        for node in way.nodes:
            loc = node.location
            if loc.valid():
                refs.append(node.ref)
                lats.append(loc.lat)
                lons.append(loc.lon)
        if len(refs) < 1:
            return
        if highway is not None and interpolation is None:
            names = names_of(tags)
            # a way cut by the extract's edge down to one node is still a street there
            if names is not None and tags.get("area") != "yes":
                cls = HIGHWAY_TO_CLASS.get(highway, _CLASS_BY_NAME["service"])
                self.out.ways.append((way.id, names, cls, refs, lats, lons))
                for lat, lon in ((lats[0], lons[0]), (lats[-1], lons[-1])):
                    self.grow(lat, lon)
            elif names is not None and tags.get("area") == "yes":
                lat, lon = _centroid(lats, lons)
                self.out.landmarks.append((names, f"highway:{highway}", lat, lon))
            return
        if interpolation is not None:
            self.out.interpolations.append(
                (interpolation, (tags.get("addr:street") or "").strip() or None, refs, lats, lons)
            )
            return
        lat, lon = _centroid(lats, lons)
        address = _address(tags, lat, lon)
        if address is not None:
            self.out.addresses.append(address)
        self._feature(tags, lat, lon)


def _centroid(lats: list[float], lons: list[float]) -> tuple[float, float]:
    if len(lats) > 1 and lats[0] == lats[-1] and lons[0] == lons[-1]:
        lats, lons = lats[:-1], lons[:-1]
    return sum(lats) / len(lats), sum(lons) / len(lons)


def extract(path: str | Path, progress: Callable[[float], None] | None = None) -> Extracted:
    path = Path(path)
    report = progress or (lambda _fraction: None)
    if not path.is_file():
        raise PlacesIndexError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise PlacesIndexError(f"{path}: the file is empty")
    out = Extracted()
    reader = _Reader(out)
    report(0.0)
    try:
        processor = (
            osmium.FileProcessor(path, osmium.osm.NODE | osmium.osm.WAY)
            .with_locations()
            .with_filter(osmium.filter.EmptyTagFilter())
        )
        count = 0
        way_seen = False
        for obj in processor:
            count += 1
            if obj.is_node():
                reader.node(obj)  # type: ignore[arg-type]
            else:
                if not way_seen:
                    way_seen = True
                    count = 1
                    report(0.5)
                reader.way(obj)  # type: ignore[arg-type]
            if count % _PROGRESS_STEP == 0:
                base = 0.5 if way_seen else 0.0
                report(base + 0.5 * (1.0 - math.exp(-count / _PROGRESS_SCALE)) * 0.98)
    except PlacesIndexError:
        raise
    except (RuntimeError, ValueError, OSError, KeyError) as exc:
        raise PlacesIndexError(f"{path}: not a readable OSM file ({exc})") from exc
    report(1.0)
    _LOGGER.info(
        "%s: %d named street ways, %d addresses, %d interpolation ways, %d landmarks",
        path.name, len(out.ways), len(out.addresses), len(out.interpolations), len(out.landmarks),
    )  # fmt: skip
    return out
