"""Group named highway ways into streets, find their localities and their corners.

Contract: ``group_streets(ways, frame, localities) -> list[Street]``: ways
of one (folded) name that touch or lie within ``MERGE_GAP_M`` of each other
form one street; the same name farther apart (another town, another
neighbourhood) is another street. A street's point is the middle of its
longest way, its locality the one of that point, its class the best of its
ways'. ``intersections(streets) -> list[(street_a, street_b, lat, lon)]``:
every node two streets share, one row per corner (nodes of one pair of
streets closer than ``CORNER_GAP_M`` are one corner: dual carriageways,
roundabouts). ``Localities`` names a point by the smallest suburb-like area holding it
(``models.places.areas``), else its nearest ``place=*`` node: a suburb,
quarter or neighbourhood within ``LOCAL_RADIUS_M``, else the town area
holding it or the nearest town or city node within ``TOWN_RADIUS_M``, else
``None``; and, for a query that names the town, its town alone
(``towns_xy``: the town area holding it, else the nearest town node).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy.spatial import cKDTree

from models.places.areas import LocalityArea
from models.places.extract import LOCALITY_PLACES, NameSet
from models.places.geometry import Frame, point_along, polyline_length
from models.places.normalise import fold

MERGE_GAP_M = 200.0
CORNER_GAP_M = 60.0
LOCAL_RADIUS_M = 3000.0
TOWN_RADIUS_M = 25_000.0


@dataclass(slots=True)
class StreetWay:
    way_id: int
    road_class: int
    refs: list[int]
    lat: np.ndarray
    lon: np.ndarray
    x: np.ndarray
    y: np.ndarray


@dataclass(slots=True)
class Street:
    street_id: int
    name: str
    names: list[tuple[str, str]]
    ways: list[StreetWay]
    lat: float
    lon: float
    road_class: int
    locality: str | None = None
    town: str | None = None
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # metres: x0, y0, x1, y1
    has_ways: bool = True
    address_xy: list[tuple[float, float]] = field(default_factory=list)


class Localities:
    def __init__(
        self,
        localities: Sequence[tuple[NameSet, str, float, float]],
        frame: Frame,
        areas: Sequence[LocalityArea] = (),
    ):
        self.frame = frame
        self.areas: dict[bool, tuple[shapely.STRtree, list[str], np.ndarray]] = {}
        for local in (True, False):
            chosen = [a for a in areas if a.local is local]
            if chosen:
                shapes = [a.polygon for a in chosen]
                sizes = np.asarray([shape.area for shape in shapes])
                self.areas[local] = (shapely.STRtree(shapes), [a.name for a in chosen], sizes)
        self.local: tuple[cKDTree, list[str]] | None = None
        self.wide: tuple[cKDTree, list[str]] | None = None
        for pick, attr in ((lambda r: r <= 2, "local"), (lambda r: r > 2, "wide")):
            rows = [
                (n.primary, lat, lon) for n, p, lat, lon in localities if pick(LOCALITY_PLACES[p])
            ]
            if rows:
                x, y = frame.xy(np.array([r[1] for r in rows]), np.array([r[2] for r in rows]))
                setattr(self, attr, (cKDTree(np.column_stack([x, y])), [r[0] for r in rows]))

    def of_xy(self, x: np.ndarray, y: np.ndarray) -> list[str | None]:
        """The most local name of each point: its suburb, else its town."""
        local_node = self._nearest(x, y, ((self.local, LOCAL_RADIUS_M),))
        town_node = self._nearest(x, y, ((self.wide, TOWN_RADIUS_M),))
        local_area = self._inside(x, y, True)
        town_area = self._inside(x, y, False)
        return [
            a or b or c or d
            for a, b, c, d in zip(local_area, local_node, town_area, town_node, strict=True)
        ]

    def towns_xy(self, x: np.ndarray, y: np.ndarray) -> list[str | None]:
        """The town or city of each point (``None`` where none lies near)."""
        near = self._nearest(x, y, ((self.wide, TOWN_RADIUS_M),))
        return [t or n for t, n in zip(self._inside(x, y, False), near, strict=True)]

    def _inside(self, x: np.ndarray, y: np.ndarray, local: bool) -> list[str | None]:
        """The smallest area of the kind holding each point."""
        count = len(np.atleast_1d(x))
        out: list[str | None] = [None] * count
        entry = self.areas.get(local)
        if entry is None or not count:
            return out
        tree, names, sizes = entry
        lat, lon = self.frame.latlon(np.atleast_1d(x), np.atleast_1d(y))
        points = shapely.points(np.column_stack([lon, lat]))
        point_idx, area_idx = tree.query(points, predicate="within")
        best: dict[int, int] = {}
        for p, a in zip(point_idx.tolist(), area_idx.tolist(), strict=True):
            if p not in best or sizes[a] < sizes[best[p]]:
                best[p] = a
        for p, a in best.items():
            out[p] = names[a]
        return out

    def _nearest(self, x: np.ndarray, y: np.ndarray, trees: tuple) -> list[str | None]:
        points = np.column_stack([np.atleast_1d(x), np.atleast_1d(y)])
        out: list[str | None] = [None] * len(points)
        for tree_names, radius in trees:
            if tree_names is None or not len(points):
                continue
            tree, names = tree_names
            dist, idx = tree.query(points, distance_upper_bound=radius)
            for i, (d, j) in enumerate(zip(dist, idx, strict=True)):
                if np.isfinite(d):
                    out[i] = names[j]
        return out


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _box(ways: list[StreetWay]) -> tuple[float, float, float, float]:
    return (
        min(float(w.x.min()) for w in ways),
        min(float(w.y.min()) for w in ways),
        max(float(w.x.max()) for w in ways),
        max(float(w.y.max()) for w in ways),
    )


def box_gap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    dx = max(0.0, a[0] - b[2], b[0] - a[2])
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return float(np.hypot(dx, dy))


def _components(ways: list[StreetWay]) -> list[list[StreetWay]]:
    uf = _UnionFind(len(ways))
    first: dict[int, int] = {}
    for i, way in enumerate(ways):
        for ref in way.refs:
            j = first.setdefault(ref, i)
            if j != i:
                uf.union(i, j)
    groups: dict[int, list[StreetWay]] = defaultdict(list)
    for i, way in enumerate(ways):
        groups[uf.find(i)].append(way)
    parts = list(groups.values())
    if 1 < len(parts) <= 2000:
        boxes = [_box(p) for p in parts]
        uf2 = _UnionFind(len(parts))
        for i in range(len(parts)):
            for j in range(i + 1, len(parts)):
                if box_gap(boxes[i], boxes[j]) <= MERGE_GAP_M:
                    uf2.union(i, j)
        merged: dict[int, list[StreetWay]] = defaultdict(list)
        for i, part in enumerate(parts):
            merged[uf2.find(i)].extend(part)
        parts = list(merged.values())
    return parts


def group_streets(
    ways: Sequence[tuple[int, NameSet, int, list[int], list[float], list[float]]],
    frame: Frame,
    localities: Localities,
) -> list[Street]:
    by_name: dict[str, list[tuple[NameSet, StreetWay]]] = defaultdict(list)
    for way_id, names, cls, refs, lats, lons in ways:
        lat = np.asarray(lats, dtype=np.float64)
        lon = np.asarray(lons, dtype=np.float64)
        x, y = frame.xy(lat, lon)
        key = fold(names.primary) or names.primary
        by_name[key].append((names, StreetWay(way_id, cls, refs, lat, lon, x, y)))
    streets: list[Street] = []
    for entries in by_name.values():
        names_of_way = {id(w): n for n, w in entries}
        for part in _components([w for _, w in entries]):
            longest = max(part, key=lambda w: polyline_length(w.x, w.y))
            px, py = point_along(longest.x, longest.y, 0.5)
            lat, lon = frame.latlon(px, py)
            variants: dict[tuple[str, str], None] = {}
            for way in part:
                for variant in names_of_way[id(way)].variants:
                    variants.setdefault(variant, None)
            streets.append(
                Street(
                    street_id=len(streets) + 1,
                    name=names_of_way[id(longest)].primary,
                    names=list(variants),
                    ways=part,
                    lat=lat,
                    lon=lon,
                    road_class=min(w.road_class for w in part),
                    box=_box(part),
                )
            )
    if streets:
        xs, ys = frame.xy(np.array([s.lat for s in streets]), np.array([s.lon for s in streets]))
        towns = localities.towns_xy(xs, ys)
        for street, loc, town in zip(streets, localities.of_xy(xs, ys), towns, strict=True):
            street.locality = loc
            street.town = town
    return streets


def intersections(streets: Sequence[Street], frame: Frame) -> list[tuple[int, int, float, float]]:
    at_node: dict[int, tuple[int, float, float]] = {}
    pairs: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for street in streets:
        for way in street.ways:
            for k, ref in enumerate(way.refs):
                seen = at_node.get(ref)
                if seen is None:
                    at_node[ref] = (street.street_id, float(way.x[k]), float(way.y[k]))
                elif seen[0] != street.street_id:
                    a, b = sorted((seen[0], street.street_id))
                    pairs[(a, b)].append((seen[1], seen[2]))
    # a node shared by three streets gives pairs (1,2) and (1,3) above, never (2,3): add them
    at_streets: dict[int, set[int]] = defaultdict(set)
    for street in streets:
        for way in street.ways:
            for ref in way.refs:
                at_streets[ref].add(street.street_id)
    out: list[tuple[int, int, float, float]] = []
    for ref, ids in at_streets.items():
        if len(ids) > 2:
            _, x, y = at_node[ref]
            ordered = sorted(ids)
            for i in range(len(ordered)):
                for j in range(i + 1, len(ordered)):
                    if (x, y) not in pairs[(ordered[i], ordered[j])]:
                        pairs[(ordered[i], ordered[j])].append((x, y))
    for (a, b), points in pairs.items():
        corners: list[list[tuple[float, float]]] = []
        for point in points:
            for corner in corners:
                if np.hypot(corner[0][0] - point[0], corner[0][1] - point[1]) <= CORNER_GAP_M:
                    corner.append(point)
                    break
            else:
                corners.append([point])
        for corner in corners:
            x = sum(p[0] for p in corner) / len(corner)
            y = sum(p[1] for p in corner) / len(corner)
            lat, lon = frame.latlon(x, y)
            out.append((a, b, lat, lon))
    return out
