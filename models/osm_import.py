"""Build a ``RoadLayer`` from an OpenStreetMap extract.

Contract: ``import_osm(path, progress=None) -> RoadLayer`` reads any extract
libosmium reads (``.osm.pbf``, ``.osm``, ``.osm.gz``, ``.osm.bz2``) with
pyosmium. It keeps the ways tagged ``highway=*`` whose value maps onto
``ROAD_CLASSES`` (``*_link`` onto its parent; footway, path and cycleway onto
``path``) and only the nodes those ways use; ``area=yes`` ways (squares drawn
as outlines) are dropped. ``progress(fraction)`` is called with values rising
from 0.0 to 1.0: a fast first pass counts the road ways so the second pass can
report true fractions. A missing, unreadable, corrupt or road-less file
raises ``OsmImportError`` with a message naming the file.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import osmium

from models.roads import ROAD_CLASSES, RoadLayer, RoadMeta

_LOGGER = logging.getLogger(__name__)

_CLASS_INDEX = {name: i for i, name in enumerate(ROAD_CLASSES)}
HIGHWAY_TO_CLASS: dict[str, int] = {
    **_CLASS_INDEX,
    **{
        f"{parent}_link": _CLASS_INDEX[parent]
        for parent in ("motorway", "trunk", "primary", "secondary", "tertiary")
    },
    "footway": _CLASS_INDEX["path"],
    "cycleway": _CLASS_INDEX["path"],
}
_IMPLIED_ONEWAY = frozenset({"motorway", "motorway_link"})
_ONEWAY_VALUES = {"yes": 1, "1": 1, "true": 1, "-1": -1, "reverse": -1, "no": 0, "false": 0}
_MAXSPEED_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(km/h|kmh|kph|mph|knots)?\s*$", re.IGNORECASE)
_UNIT_FACTOR = {"": 1.0, "km/h": 1.0, "kmh": 1.0, "kph": 1.0, "mph": 1.609344, "knots": 1.852}
_PROGRESS_STEP = 512  # ways between progress callbacks


class OsmImportError(Exception):
    """The OSM extract could not be turned into a road layer."""


def parse_oneway(tags: dict[str, str] | osmium.osm.TagList, highway: str) -> int:
    """-1, 0 or 1 from the oneway tag, or what the road type and junction imply."""
    value = tags.get("oneway")
    if value is not None:
        # reversible/alternating change with time of day: routing must not rely on either way.
        return _ONEWAY_VALUES.get(value.strip().lower(), 0)
    if tags.get("junction") in ("roundabout", "circular") or highway in _IMPLIED_ONEWAY:
        return 1
    return 0


def parse_maxspeed(value: str | None) -> float:
    """km/h from a maxspeed value ("50", "30 mph", "10 knots"); NaN for zones like "FI:urban"."""
    if not value:
        return math.nan
    match = _MAXSPEED_RE.match(value)
    if match is None:
        return math.nan
    return float(match.group(1)) * _UNIT_FACTOR[(match.group(2) or "").lower()]


def import_osm(path: str | Path, progress: Callable[[float], None] | None = None) -> RoadLayer:
    path = Path(path)
    report = progress or (lambda _fraction: None)
    if not path.is_file():
        raise OsmImportError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise OsmImportError(f"{path}: the file is empty")
    report(0.0)
    try:
        total = _count_road_ways(path)
        report(0.1)
        collected = _collect(path, total, report)
    except OsmImportError:
        raise
    except (RuntimeError, ValueError, OSError, KeyError) as exc:
        raise OsmImportError(f"{path}: not a readable OSM file ({exc})") from exc
    if not collected.lens:
        raise OsmImportError(f"{path}: no roads (highway=* ways) found in the file")
    layer = collected.build(path.name)
    report(1.0)
    _LOGGER.info("imported %s: %d ways, %d nodes", path.name, layer.way_count, layer.node_count)
    return layer


def _road_filter() -> osmium.filter.KeyFilter:
    return osmium.filter.KeyFilter("highway")


def _count_road_ways(path: Path) -> int:
    count = 0
    for obj in osmium.FileProcessor(path, osmium.osm.WAY).with_filter(_road_filter()):
        if obj.tags.get("highway") in HIGHWAY_TO_CLASS:
            count += 1
    return count


class _Collected:
    """Flat Python lists filled way by way, turned into arrays once at the end."""

    def __init__(self) -> None:
        self.refs: list[int] = []
        self.lats: list[float] = []
        self.lons: list[float] = []
        self.lens: list[int] = []
        self.way_ids: list[int] = []
        self.classes: list[int] = []
        self.oneway: list[int] = []
        self.maxspeed: list[float] = []
        self.name_idx: list[int] = []
        self.names: dict[str, int] = {}

    def add_way(self, way: osmium.osm.Way, cls: int, highway: str) -> None:
        tags = way.tags
        name = tags.get("name")
        attrs = (
            way.id,
            cls,
            parse_oneway(tags, highway),
            parse_maxspeed(tags.get("maxspeed")),
            -1 if not name else self.names.setdefault(name, len(self.names)),
        )
        run: list[tuple[int, float, float]] = []
        for node in way.nodes:
            loc = node.location
            if loc.valid():
                run.append((node.ref, loc.lat, loc.lon))
            else:
                # Node cut off by the extract's boundary: split rather than draw a false chord.
                self._add_run(run, attrs)
                run = []
        self._add_run(run, attrs)

    def _add_run(
        self, run: list[tuple[int, float, float]], attrs: tuple[int, int, int, float, int]
    ) -> None:
        if len(run) < 2:
            return
        for ref, lat, lon in run:
            self.refs.append(ref)
            self.lats.append(lat)
            self.lons.append(lon)
        self.lens.append(len(run))
        self.way_ids.append(attrs[0])
        self.classes.append(attrs[1])
        self.oneway.append(attrs[2])
        self.maxspeed.append(attrs[3])
        self.name_idx.append(attrs[4])

    def build(self, source: str) -> RoadLayer:
        refs = np.asarray(self.refs, dtype=np.int64)
        node_ids, first, inverse = np.unique(refs, return_index=True, return_inverse=True)
        lat = np.asarray(self.lats, dtype=np.float64)[first]
        lon = np.asarray(self.lons, dtype=np.float64)[first]
        offsets = np.zeros(len(self.lens) + 1, dtype=np.int64)
        np.cumsum(np.asarray(self.lens, dtype=np.int64), out=offsets[1:])
        bbox = (float(lat.min()), float(lon.min()), float(lat.max()), float(lon.max()))
        meta = RoadMeta(
            source=source,
            imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
            bbox=bbox,
        )
        return RoadLayer(
            nodes_lat=lat,
            nodes_lon=lon,
            node_ids=node_ids.astype(np.int64),
            way_ids=np.asarray(self.way_ids, dtype=np.int64),
            way_offsets=offsets,
            way_nodes=inverse.reshape(-1).astype(np.int32),
            way_class=np.asarray(self.classes, dtype=np.uint8),
            way_oneway=np.asarray(self.oneway, dtype=np.int8),
            way_maxspeed_kmh=np.asarray(self.maxspeed, dtype=np.float32),
            way_name_idx=np.asarray(self.name_idx, dtype=np.int32),
            names=np.asarray(list(self.names), dtype=np.str_),
            meta=meta,
        )


def _collect(path: Path, total: int, report: Callable[[float], None]) -> _Collected:
    collected = _Collected()
    processor = (
        osmium.FileProcessor(path, osmium.osm.NODE | osmium.osm.WAY)
        .with_locations()
        .with_filter(osmium.filter.EntityFilter(osmium.osm.WAY))
        .with_filter(_road_filter())
    )
    seen = 0
    for way in processor:
        tags = way.tags
        highway = tags.get("highway")
        cls = HIGHWAY_TO_CLASS.get(highway) if highway is not None else None
        if cls is None:
            continue
        seen += 1
        if tags.get("area") != "yes":
            collected.add_way(way, cls, highway)  # type: ignore[arg-type]
        if seen % _PROGRESS_STEP == 0 and total:
            report(0.1 + 0.85 * min(1.0, seen / total))
    report(0.95)
    return collected
