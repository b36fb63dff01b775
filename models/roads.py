"""A site's road layer: OpenStreetMap roads as flat numpy arrays.

Contract: ``RoadLayer`` is an immutable bundle of arrays (all read-only):

- ``nodes_lat``/``nodes_lon`` (float64, WGS84) and ``node_ids`` (int64 OSM
  ids, sorted ascending) describe the N nodes that roads use;
- way ``w`` runs through ``way_nodes[way_offsets[w]:way_offsets[w + 1]]``
  (int32 indices into the node arrays, at least two per way), ``way_offsets``
  is int64 of length W+1;
- ``way_ids`` (int64 OSM ids; a way whose nodes were partly missing from the
  extract is split into pieces that share its id), ``way_class`` (uint8 index
  into ``ROAD_CLASSES``), ``way_oneway`` (int8: 0 both ways, 1 along the node
  order, -1 against it), ``way_maxspeed_kmh`` (float32, NaN when unknown),
  ``way_name_idx`` (int32 index into ``names``, -1 for unnamed);
- ``meta`` carries the source file name, import time, bbox and attribution.

``save(path)`` writes one ``.npz`` (no pickles); ``RoadLayer.load(path)``
validates every array and raises ``RoadLayerError`` naming the file and what
is wrong. Qt-free; the map widget draws ``polylines_by_class()`` with
``connect='finite'``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from models.npz_bundle import freeze_arrays, parse_meta, read_bundle, typed_arrays, write_bundle

ROAD_CLASSES: tuple[str, ...] = (
    "motorway",
    "trunk",
    "primary",
    "secondary",
    "tertiary",
    "unclassified",
    "residential",
    "living_street",
    "service",
    "pedestrian",
    "track",
    "path",
)
ATTRIBUTION = "© OpenStreetMap contributors"
FORMAT_VERSION = 1

_ARRAY_DTYPES: dict[str, np.dtype] = {
    "nodes_lat": np.dtype(np.float64),
    "nodes_lon": np.dtype(np.float64),
    "node_ids": np.dtype(np.int64),
    "way_ids": np.dtype(np.int64),
    "way_offsets": np.dtype(np.int64),
    "way_nodes": np.dtype(np.int32),
    "way_class": np.dtype(np.uint8),
    "way_oneway": np.dtype(np.int8),
    "way_maxspeed_kmh": np.dtype(np.float32),
    "way_name_idx": np.dtype(np.int32),
}


class RoadLayerError(Exception):
    """A road layer file is missing, unreadable or inconsistent."""


@dataclass(frozen=True, slots=True)
class RoadMeta:
    source: str
    imported_at: str
    bbox: tuple[float, float, float, float]  # min_lat, min_lon, max_lat, max_lon
    attribution: str = ATTRIBUTION
    format_version: int = FORMAT_VERSION


@dataclass(frozen=True, eq=False)
class RoadLayer:
    nodes_lat: np.ndarray
    nodes_lon: np.ndarray
    node_ids: np.ndarray
    way_ids: np.ndarray
    way_offsets: np.ndarray
    way_nodes: np.ndarray
    way_class: np.ndarray
    way_oneway: np.ndarray
    way_maxspeed_kmh: np.ndarray
    way_name_idx: np.ndarray
    names: np.ndarray
    meta: RoadMeta

    def __post_init__(self) -> None:
        freeze_arrays(self)
        problem = _check(self)
        if problem:
            raise RoadLayerError(f"inconsistent road layer: {problem}")

    @property
    def node_count(self) -> int:
        return int(self.nodes_lat.shape[0])

    @property
    def way_count(self) -> int:
        return int(self.way_ids.shape[0])

    def way_node_indices(self, way: int) -> np.ndarray:
        return self.way_nodes[self.way_offsets[way] : self.way_offsets[way + 1]]

    def way_name(self, way: int) -> str:
        idx = int(self.way_name_idx[way])
        return "" if idx < 0 else str(self.names[idx])

    def way_class_name(self, way: int) -> str:
        return ROAD_CLASSES[int(self.way_class[way])]

    def bbox(self) -> tuple[float, float, float, float]:
        """(min_lat, min_lon, max_lat, max_lon) of the road nodes."""
        return self.meta.bbox

    def center(self) -> tuple[float, float]:
        min_lat, min_lon, max_lat, max_lon = self.meta.bbox
        return (min_lat + max_lat) / 2.0, (min_lon + max_lon) / 2.0

    def contains(self, lat: float, lon: float) -> bool:
        min_lat, min_lon, max_lat, max_lon = self.meta.bbox
        return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon

    def polylines_by_class(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """For each class present: (lat, lon) of all its ways, a NaN after each way."""
        out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for cls_idx, cls_name in enumerate(ROAD_CLASSES):
            sel = np.flatnonzero(self.way_class == cls_idx)
            if sel.size:
                idx = self._gather_with_separators(sel)
                valid = idx >= 0
                lat = np.full(idx.shape, np.nan)
                lon = np.full(idx.shape, np.nan)
                lat[valid] = self.nodes_lat[idx[valid]]
                lon[valid] = self.nodes_lon[idx[valid]]
                out[cls_name] = (lat, lon)
        return out

    def _gather_with_separators(self, ways: np.ndarray) -> np.ndarray:
        # Node indices of the given ways, one -1 after each way, without a Python loop.
        starts = self.way_offsets[ways]
        lens = self.way_offsets[ways + 1] - starts
        out_starts = np.concatenate(([0], np.cumsum(lens + 1)[:-1]))
        way_of = np.repeat(np.arange(ways.size), lens)
        within = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)
        idx = np.full(int(lens.sum()) + ways.size, -1, dtype=np.int64)
        idx[out_starts[way_of] + within] = self.way_nodes[starts[way_of] + within]
        return idx

    def save(self, path: str | Path) -> None:
        arrays = {name: getattr(self, name) for name in _ARRAY_DTYPES}
        meta = {
            "source": self.meta.source,
            "imported_at": self.meta.imported_at,
            "bbox": list(self.meta.bbox),
            "attribution": self.meta.attribution,
            "format_version": self.meta.format_version,
        }
        write_bundle(
            path,
            json.dumps(meta, ensure_ascii=False),
            {"names": np.asarray(self.names, dtype=np.str_), **arrays},
        )

    @classmethod
    def load(cls, path: str | Path) -> RoadLayer:
        return read_bundle(path, RoadLayerError, "road layer", cls._from_arrays)

    @classmethod
    def _from_arrays(cls, data: dict[str, np.ndarray]) -> RoadLayer:
        missing = [k for k in (*_ARRAY_DTYPES, "names", "meta") if k not in data]
        if missing:
            raise RoadLayerError(f"missing arrays: {', '.join(missing)}")
        arrays = typed_arrays(data, _ARRAY_DTYPES, _ARRAY_DTYPES, RoadLayerError)
        names = data["names"]
        if names.ndim != 1 or names.dtype.kind != "U":
            raise RoadLayerError(f"array 'names' is {names.dtype}, expected strings")
        meta = _parse_meta(data["meta"])
        return cls(names=names, meta=meta, **arrays)


def _parse_meta(raw: np.ndarray) -> RoadMeta:
    return parse_meta(raw, RoadLayerError, _meta_from_json)


def _meta_from_json(obj: Any) -> RoadMeta:
    if obj["format_version"] != FORMAT_VERSION:
        raise RoadLayerError(
            f"format version {obj['format_version']} is not supported "
            f"(expected {FORMAT_VERSION}); rebuild it with import-osm"
        )
    bbox = tuple(float(v) for v in obj["bbox"])
    if len(bbox) != 4:
        raise ValueError("bbox needs 4 numbers")
    return RoadMeta(
        source=str(obj["source"]),
        imported_at=str(obj["imported_at"]),
        bbox=bbox,  # type: ignore[arg-type]
        attribution=str(obj["attribution"]),
        format_version=int(obj["format_version"]),
    )


def _check(layer: RoadLayer) -> str | None:
    n = layer.nodes_lat.shape[0]
    w = layer.way_ids.shape[0]
    if layer.nodes_lon.shape[0] != n or layer.node_ids.shape[0] != n:
        return "node arrays differ in length"
    for name in ("way_class", "way_oneway", "way_maxspeed_kmh", "way_name_idx"):
        if getattr(layer, name).shape[0] != w:
            return f"{name} has {getattr(layer, name).shape[0]} entries for {w} ways"
    off = layer.way_offsets
    if off.shape[0] != w + 1 or off[0] != 0 or off[-1] != layer.way_nodes.shape[0]:
        return "way_offsets do not span way_nodes"
    if w and np.any(np.diff(off) < 2):
        return "a way has fewer than two nodes"
    if layer.way_nodes.size and (layer.way_nodes.min() < 0 or layer.way_nodes.max() >= n):
        return "way_nodes point outside the node arrays"
    if w and layer.way_class.max() >= len(ROAD_CLASSES):
        return "way_class holds an unknown class"
    if w and not np.all(np.isin(layer.way_oneway, (-1, 0, 1))):
        return "way_oneway holds a value other than -1, 0, 1"
    if w and (layer.way_name_idx.min() < -1 or layer.way_name_idx.max() >= layer.names.size):
        return "way_name_idx points outside names"
    if n and not (np.all(np.abs(layer.nodes_lat) <= 90) and np.all(np.abs(layer.nodes_lon) <= 180)):
        return "node coordinates out of range"
    return None
