"""A directed road graph for emergency vehicles, as compact arrays (CSR).

Contract: ``RoadGraph`` holds, for the N nodes of a site's ``RoadLayer`` (same
indices; nodes only footways use have no edges):

- ``nodes_lat``/``nodes_lon`` (WGS84) and ``nodes_x``/``nodes_y`` (metres in
  a ``LocalProjection`` centred on ``origin``);
- the forward edges as CSR: ``indptr`` (int64, N+1), ``indices`` (int32,
  column = head node, sorted within each row, no duplicates), ``time_s`` and
  ``length_m`` (float64, aligned with ``indices``; times > 0);
- undirected road segments for snapping: ``seg_a < seg_b`` (int32),
  ``seg_len_m``, ``seg_time_ab_s``/``seg_time_ba_s`` (inf where that
  direction is not allowed);
- ``component`` (int32 per node): strongly connected component labels, and
  ``main_component``, the largest one. Points snap to the main component
  only, so every snapped point can reach every other one;
- the contracted graph (``models.routing.contract``): ``junction_nodes``,
  the ``chain_*`` arrays (pass-through nodes collapsed into chains between
  junctions, with cumulative times and lengths) and ``seg_chain``/
  ``seg_step``/``seg_flip`` placing each segment in its chain. Dijkstra
  runs on the junctions only.

``save(path)`` writes one uncompressed ``.npz`` (no pickles);
``RoadGraph.load(path)`` validates it and raises ``GraphError`` naming the file.
A file of format 1 (before contraction) is upgraded in memory with a logged
warning, since the contraction derives from the segments alone.
``matrix()`` is the forward ``scipy.sparse.csr_matrix`` of travel times.
Build one with ``models.routing.build.build_graph``; snap and route with
``models.routing.snap`` and ``models.routing.travel``. Importing this module
loads numpy only (scipy on first ``matrix()``), so a site can load its graph
without paying for scipy at start-up.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from models.npz_bundle import freeze_arrays, parse_meta, read_bundle, typed_arrays, write_bundle
from models.roads import RoadLayer
from models.routing.contract import CONTRACTION_DTYPES, contract
from models.routing.speeds import SpeedProfile

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

_LOGGER = logging.getLogger(__name__)
GRAPH_FORMAT_VERSION = 2
_UPGRADABLE_VERSIONS = (1,)  # formats whose missing arrays load() can derive

_ARRAY_DTYPES: dict[str, np.dtype] = {
    "nodes_lat": np.dtype(np.float64),
    "nodes_lon": np.dtype(np.float64),
    "nodes_x": np.dtype(np.float64),
    "nodes_y": np.dtype(np.float64),
    "indptr": np.dtype(np.int64),
    "indices": np.dtype(np.int32),
    "time_s": np.dtype(np.float64),
    "length_m": np.dtype(np.float64),
    "seg_a": np.dtype(np.int32),
    "seg_b": np.dtype(np.int32),
    "seg_len_m": np.dtype(np.float64),
    "seg_time_ab_s": np.dtype(np.float64),
    "seg_time_ba_s": np.dtype(np.float64),
    "component": np.dtype(np.int32),
    **CONTRACTION_DTYPES,
}


class GraphError(Exception):
    """A road graph file is missing, unreadable or inconsistent."""


@dataclass(frozen=True, slots=True)
class GraphMeta:
    roads_fingerprint: str  # RoadLayer identity the graph was built from; see fingerprint()
    built_at: str
    origin: tuple[float, float]  # lat, lon of the local projection's centre
    profile: SpeedProfile
    main_component: int
    format_version: int = GRAPH_FORMAT_VERSION


@dataclass(frozen=True, eq=False)
class RoadGraph:
    nodes_lat: np.ndarray
    nodes_lon: np.ndarray
    nodes_x: np.ndarray
    nodes_y: np.ndarray
    indptr: np.ndarray
    indices: np.ndarray
    time_s: np.ndarray
    length_m: np.ndarray
    seg_a: np.ndarray
    seg_b: np.ndarray
    seg_len_m: np.ndarray
    seg_time_ab_s: np.ndarray
    seg_time_ba_s: np.ndarray
    component: np.ndarray
    junction_nodes: np.ndarray
    chain_offsets: np.ndarray
    chain_nodes: np.ndarray
    chain_dir: np.ndarray
    chain_cum_fwd_s: np.ndarray
    chain_cum_bwd_s: np.ndarray
    chain_cum_m: np.ndarray
    seg_chain: np.ndarray
    seg_step: np.ndarray
    seg_flip: np.ndarray
    meta: GraphMeta
    # Per-graph caches (KD-tree, projection, reversed matrix) live here, not in globals.
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        freeze_arrays(self)
        problem = _check(self)
        if problem:
            raise GraphError(f"inconsistent road graph: {problem}")

    @property
    def node_count(self) -> int:
        return int(self.nodes_lat.shape[0])

    @property
    def edge_count(self) -> int:
        return int(self.indices.shape[0])

    @property
    def profile(self) -> SpeedProfile:
        return self.meta.profile

    @cached_property
    def main_nodes(self) -> np.ndarray:
        """Bool per node: in the largest strongly connected component."""
        return self.component == self.meta.main_component

    @cached_property
    def main_size(self) -> int:
        return int(np.count_nonzero(self.main_nodes))

    def component_size(self, node: int) -> int:
        return int(np.count_nonzero(self.component == self.component[node]))

    def matrix(self) -> csr_matrix:
        """Forward travel times (s) as a CSR matrix sharing this graph's arrays."""
        from scipy.sparse import csr_matrix  # deferred: scipy.sparse costs ~150 ms to import

        n = self.node_count
        return csr_matrix((self.time_s, self.indices, self.indptr), shape=(n, n), copy=False)

    @cached_property
    def _edge_keys(self) -> np.ndarray:
        rows = np.repeat(np.arange(self.node_count, dtype=np.int64), np.diff(self.indptr))
        return rows * self.node_count + self.indices

    def edge_index(self, tails: np.ndarray, heads: np.ndarray) -> np.ndarray:
        """Positions in ``indices``/``time_s``/``length_m`` of the edges tail -> head."""
        keys = np.asarray(tails, dtype=np.int64) * self.node_count + np.asarray(heads)
        pos = np.searchsorted(self._edge_keys, keys)
        pos = np.minimum(pos, max(self.edge_count - 1, 0))
        if keys.size and (self.edge_count == 0 or np.any(self._edge_keys[pos] != keys)):
            raise KeyError("no such edge in the road graph")
        return pos

    def save(self, path: str | Path) -> None:
        meta = {
            "roads_fingerprint": self.meta.roads_fingerprint,
            "built_at": self.meta.built_at,
            "origin": list(self.meta.origin),
            "profile": json.loads(self.meta.profile.to_json()),
            "main_component": self.meta.main_component,
            "format_version": self.meta.format_version,
        }
        arrays = {name: getattr(self, name) for name in _ARRAY_DTYPES}
        write_bundle(path, json.dumps(meta), arrays)

    @classmethod
    def load(cls, path: str | Path) -> RoadGraph:
        return read_bundle(path, GraphError, "road graph", cls._from_arrays)

    @classmethod
    def _from_arrays(cls, data: dict[str, np.ndarray]) -> RoadGraph:
        base = [k for k in _ARRAY_DTYPES if k not in CONTRACTION_DTYPES]
        missing = [k for k in (*base, "meta") if k not in data]
        if missing:
            raise GraphError(f"missing arrays: {', '.join(missing)}")
        meta = _parse_meta(data["meta"])
        names = list(_ARRAY_DTYPES) if meta.format_version == GRAPH_FORMAT_VERSION else base
        missing = [k for k in names if k not in data]
        if missing:
            raise GraphError(f"missing arrays: {', '.join(missing)}")
        arrays = typed_arrays(data, names, _ARRAY_DTYPES, GraphError)
        if meta.format_version != GRAPH_FORMAT_VERSION:
            _LOGGER.warning(
                "road graph format %d is older than %d: contracting it in memory "
                "(run import-osm again to refresh the file)",
                meta.format_version,
                GRAPH_FORMAT_VERSION,
            )
            arrays.update(
                contract(
                    arrays["nodes_lat"].shape[0],
                    arrays["seg_a"],
                    arrays["seg_b"],
                    arrays["seg_time_ab_s"],
                    arrays["seg_time_ba_s"],
                    arrays["seg_len_m"],
                )
            )
            meta = replace(meta, format_version=GRAPH_FORMAT_VERSION)
        return cls(meta=meta, **arrays)


def layer_fingerprint(layer: RoadLayer) -> str:
    """Identity of a road layer, so a graph built from another import is noticed."""
    meta = layer.meta
    return f"{meta.source}|{meta.imported_at}|{layer.node_count}|{layer.way_count}"


def _parse_meta(raw: np.ndarray) -> GraphMeta:
    return parse_meta(raw, GraphError, _meta_from_json)


def _meta_from_json(obj: Any) -> GraphMeta:
    if obj["format_version"] not in (GRAPH_FORMAT_VERSION, *_UPGRADABLE_VERSIONS):
        raise GraphError(
            f"format version {obj['format_version']} is not supported "
            f"(expected {GRAPH_FORMAT_VERSION}); rebuild it with import-osm"
        )
    lat, lon = (float(v) for v in obj["origin"])
    return GraphMeta(
        roads_fingerprint=str(obj["roads_fingerprint"]),
        built_at=str(obj["built_at"]),
        origin=(lat, lon),
        profile=SpeedProfile.from_json(json.dumps(obj["profile"])),
        main_component=int(obj["main_component"]),
        format_version=int(obj["format_version"]),
    )


def _check(g: RoadGraph) -> str | None:
    n = g.nodes_lat.shape[0]
    for name in ("nodes_lon", "nodes_x", "nodes_y", "component"):
        if getattr(g, name).shape[0] != n:
            return f"{name} has {getattr(g, name).shape[0]} entries for {n} nodes"
    e = g.indices.shape[0]
    if g.indptr.shape[0] != n + 1 or g.indptr[0] != 0 or g.indptr[-1] != e:
        return "indptr does not span the edges"
    if np.any(np.diff(g.indptr) < 0):
        return "indptr is not monotonic"
    if g.time_s.shape[0] != e or g.length_m.shape[0] != e:
        return "edge arrays differ in length"
    if e and (g.indices.min() < 0 or g.indices.max() >= n):
        return "edges point outside the nodes"
    if e and not (np.all(np.isfinite(g.time_s)) and g.time_s.min() > 0):
        return "edge travel times must be finite and > 0"
    if e and not (np.all(np.isfinite(g.length_m)) and g.length_m.min() >= 0):
        return "edge lengths must be finite and >= 0"
    s = g.seg_a.shape[0]
    for name in ("seg_b", "seg_len_m", "seg_time_ab_s", "seg_time_ba_s"):
        if getattr(g, name).shape[0] != s:
            return f"{name} has {getattr(g, name).shape[0]} entries for {s} segments"
    if s and (g.seg_a.min() < 0 or g.seg_b.max() >= n or np.any(g.seg_a >= g.seg_b)):
        return "segments must join two different nodes, lower index first"
    if n and not 0 <= g.meta.main_component <= int(g.component.max()):
        return "main_component is not a component label"
    return _check_chains(g, n, s)


def _check_chains(g: RoadGraph, n: int, s: int) -> str | None:
    k = g.chain_nodes.shape[0]
    c = g.chain_dir.shape[0]
    if g.chain_offsets.shape[0] != c + 1 or g.chain_offsets[0] != 0 or g.chain_offsets[-1] != k:
        return "chain_offsets does not span chain_nodes"
    if c and np.any(np.diff(g.chain_offsets) < 2):
        return "a chain has fewer than two nodes"
    for name in ("chain_cum_fwd_s", "chain_cum_bwd_s", "chain_cum_m"):
        if getattr(g, name).shape[0] != k:
            return f"{name} has {getattr(g, name).shape[0]} entries for {k} chain nodes"
    for name in ("seg_chain", "seg_step", "seg_flip"):
        if getattr(g, name).shape[0] != s:
            return f"{name} has {getattr(g, name).shape[0]} entries for {s} segments"
    if k and (g.chain_nodes.min() < 0 or g.chain_nodes.max() >= n):
        return "chains run through nodes that do not exist"
    j = g.junction_nodes
    if j.size and (j.min() < 0 or j.max() >= n):
        return "junctions are not nodes"
    if s and (g.seg_chain.min() < 0 or g.seg_chain.max() >= c):
        return "a segment belongs to no chain"
    if s and (g.seg_step.min() < 0 or g.seg_step.max() >= k - 1):
        return "a segment's step lies outside chain_nodes"
    return None
