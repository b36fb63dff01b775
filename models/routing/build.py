"""Build a ``RoadGraph`` from a ``RoadLayer`` and a ``SpeedProfile``.

Contract: ``build_graph(layer, profile=None) -> RoadGraph`` makes one directed
edge per consecutive node pair of every drivable way, in each direction the
way's ``oneway`` allows (both when ``profile.allow_against_oneway``). Length
is the WGS84 geodesic distance (``pyproj.Geod``); time is length / speed,
speed being the way's ``maxspeed`` when tagged, else the profile's default
for its class. Parallel edges between the same two nodes keep the fastest.
Strongly connected components come from ``scipy.sparse.csgraph``; the
contracted graph (chains between junctions) from
``models.routing.contract``. Pure numpy: no Python loop over ways or edges.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import numpy as np
from pyproj import Geod
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from models.geo import LocalProjection
from models.roads import RoadLayer
from models.routing.contract import contract
from models.routing.graph import GraphMeta, RoadGraph, layer_fingerprint
from models.routing.speeds import SpeedProfile

_LOGGER = logging.getLogger(__name__)
_GEOD = Geod(ellps="WGS84")
# Two distinct OSM nodes can share coordinates; a zero-time edge would be dropped
# by sparse routines that treat stored zeros as "no edge".
_MIN_TIME_S = 1e-3


def build_graph(layer: RoadLayer, profile: SpeedProfile | None = None) -> RoadGraph:
    profile = profile or SpeedProfile()
    n = layer.node_count
    tails, heads, way = _way_segments(layer)
    speed_kmh = profile.way_speeds_kmh(layer)[way]
    keep = np.isfinite(speed_kmh) & (tails != heads)
    tails, heads, way, speed_kmh = tails[keep], heads[keep], way[keep], speed_kmh[keep]

    _, _, length = _GEOD.inv(
        layer.nodes_lon[tails],
        layer.nodes_lat[tails],
        layer.nodes_lon[heads],
        layer.nodes_lat[heads],
    )
    length = np.asarray(length, dtype=np.float64)
    time = np.maximum(length / (speed_kmh / 3.6), _MIN_TIME_S)

    oneway = layer.way_oneway[way]
    along = np.ones(tails.size, dtype=bool)
    against = np.ones(tails.size, dtype=bool)
    if not profile.allow_against_oneway:
        along = oneway != -1
        against = oneway != 1
    u = np.concatenate([tails[along], heads[against]]).astype(np.int64)
    v = np.concatenate([heads[along], tails[against]]).astype(np.int64)
    t = np.concatenate([time[along], time[against]])
    m = np.concatenate([length[along], length[against]])

    # Fastest of parallel edges: sort by (u, v, time) and keep the first of each pair.
    order = np.lexsort((t, v, u))
    u, v, t, m = u[order], v[order], t[order], m[order]
    first = np.ones(u.size, dtype=bool)
    first[1:] = (u[1:] != u[:-1]) | (v[1:] != v[:-1])
    u, v, t, m = u[first], v[first], t[first], m[first]

    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(u, minlength=n), out=indptr[1:])
    seg = _segments(u, v, t, m)

    graph_kwargs = {
        "indptr": indptr,
        "indices": v.astype(np.int32),
        "time_s": t,
        "length_m": m,
        **seg,
        **contract(
            n,
            seg["seg_a"],
            seg["seg_b"],
            seg["seg_time_ab_s"],
            seg["seg_time_ba_s"],
            seg["seg_len_m"],
        ),
    }
    matrix = csr_matrix((t, v.astype(np.int32), indptr), shape=(n, n))
    _, labels = connected_components(matrix, directed=True, connection="strong")
    labels = labels.astype(np.int32)
    main = int(np.argmax(np.bincount(labels))) if n else 0

    lat0, lon0 = layer.center()
    xy = LocalProjection(lat0, lon0).forward_array(layer.nodes_lat, layer.nodes_lon)
    meta = GraphMeta(
        roads_fingerprint=layer_fingerprint(layer),
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        origin=(lat0, lon0),
        profile=profile,
        main_component=main,
    )
    graph = RoadGraph(
        nodes_lat=np.array(layer.nodes_lat, dtype=np.float64),
        nodes_lon=np.array(layer.nodes_lon, dtype=np.float64),
        nodes_x=np.ascontiguousarray(xy[:, 0]),
        nodes_y=np.ascontiguousarray(xy[:, 1]),
        component=labels,
        meta=meta,
        **graph_kwargs,
    )
    _LOGGER.info(
        "road graph: %d nodes, %d edges, %d segments, %d junctions; main component %d nodes",
        graph.node_count,
        graph.edge_count,
        graph.seg_a.size,
        graph.junction_nodes.size,
        graph.main_size,
    )
    return graph


def _way_segments(layer: RoadLayer) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Tail node, head node and way index of each consecutive node pair along the ways."""
    nodes = layer.way_nodes
    offsets = layer.way_offsets
    if nodes.size < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    pos = np.arange(nodes.size - 1, dtype=np.int64)
    way = np.searchsorted(offsets, pos, side="right") - 1
    # A pair whose second node opens the next way is not a road segment.
    inside = pos + 1 < offsets[way + 1]
    pos, way = pos[inside], way[inside]
    return nodes[pos].astype(np.int64), nodes[pos + 1].astype(np.int64), way


def _segments(u: np.ndarray, v: np.ndarray, t: np.ndarray, m: np.ndarray) -> dict[str, np.ndarray]:
    """Undirected segments (a < b) with the time of each allowed direction, inf otherwise."""
    a = np.minimum(u, v)
    b = np.maximum(u, v)
    order = np.lexsort((b, a))
    a, b, t_o, m_o, forward = a[order], b[order], t[order], m[order], (u < v)[order]
    first = np.ones(a.size, dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    group = np.cumsum(first) - 1
    count = int(first.sum())
    time_ab = np.full(count, np.inf)
    time_ba = np.full(count, np.inf)
    # Edges are already unique per direction, so each slot is written at most once.
    time_ab[group[forward]] = t_o[forward]
    time_ba[group[~forward]] = t_o[~forward]
    length = np.zeros(count)
    length[group] = m_o
    return {
        "seg_a": a[first].astype(np.int32),
        "seg_b": b[first].astype(np.int32),
        "seg_len_m": length,
        "seg_time_ab_s": time_ab,
        "seg_time_ba_s": time_ba,
    }
