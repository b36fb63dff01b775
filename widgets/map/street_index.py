"""Named streets in local metres, merged into stretches and filed in a grid.

Contract (Qt-free, numpy): ``StreetIndex(lines, projection)`` keeps
``models.places.types.StreetLine``s in local metres. Ways of one name that
meet end to end (exactly two of them at the joint) are merged into one
stretch, so a street split into many short ways is labelled once per
stretch, not once per way. Stretches are filed in a spatial grid of
``GRID_M`` cells (every cell each segment's box touches, all stretches at
once); ``chains_in(rect)`` gives the stretches a view rectangle ``(x0, y0,
x1, y1)`` touches. ``anchors(chain, label_m, step_m, max_dev_m)`` gives the
spots along a stretch where a label ``label_m`` long lies nearly straight
(chord >= 90 % of the arc, bend within ``max_dev_m``), about every
``step_m``. ``label_max_m_per_px(road_class)``: the zoom (metres per pixel)
from which a class is labelled (majors from farther out). Building costs
~0.1 s per thousand ways, so the map builds it off the GUI thread.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from models.geo import LocalProjection
from models.places.types import StreetLine
from models.roads import ROAD_CLASSES

__all__ = ["GRID_M", "StreetIndex", "label_max_m_per_px"]

GRID_M = 256.0

_MAX_M_PER_PX: dict[str, float] = {
    "motorway": 8.0,
    "trunk": 8.0,
    "primary": 6.0,
    "secondary": 5.0,
    "tertiary": 4.0,
    "unclassified": 2.5,
    "residential": 2.5,
    "living_street": 1.5,
    "pedestrian": 1.5,
    "service": 1.0,
    "track": 1.0,
    "path": 0.8,
}


def label_max_m_per_px(road_class: str) -> float:
    return _MAX_M_PER_PX.get(road_class, 1.0)


def _class_rank(road_class: str) -> int:
    try:
        return ROAD_CLASSES.index(road_class)
    except ValueError:
        return len(ROAD_CLASSES)


class StreetIndex:
    """Named stretches in local metres with a grid for culling by view."""

    def __init__(self, lines: Sequence[StreetLine], projection: LocalProjection) -> None:
        parts: list[tuple[str, int, np.ndarray, np.ndarray]] = []
        lats = [np.asarray(line.lat, dtype=float) for line in lines]
        lons = [np.asarray(line.lon, dtype=float) for line in lines]
        if lines:
            xy = projection.forward_array(np.concatenate(lats), np.concatenate(lons))
        else:
            xy = np.empty((0, 2))
        start = 0
        for line, lat in zip(lines, lats, strict=True):
            n = len(lat)
            x, y = xy[start : start + n, 0], xy[start : start + n, 1]
            start += n
            ok = np.isfinite(x) & np.isfinite(y)
            if line.name and ok.sum() >= 2:
                parts.append((line.name, _class_rank(line.road_class), x[ok], y[ok]))
        chains = _merge(parts)
        self.names: list[str] = [c[0] for c in chains]
        self.rank = np.array([c[1] for c in chains], dtype=np.int16)
        self.max_m_per_px = np.array(
            [label_max_m_per_px(ROAD_CLASSES[r]) if r < len(ROAD_CLASSES) else 1.0
             for r in self.rank.tolist()]
        )  # fmt: skip
        self.x = [c[2] for c in chains]
        self.y = [c[3] for c in chains]
        self.s: list[np.ndarray] = []
        self.length = np.empty(0)
        if chains:
            # Arc length along each stretch, computed for all of them at once.
            sizes = np.array([len(v) for v in self.x])
            ends = np.cumsum(sizes)
            allx, ally = np.concatenate(self.x), np.concatenate(self.y)
            step = np.concatenate(([0.0], np.hypot(np.diff(allx), np.diff(ally))))
            step[ends[:-1]] = 0.0  # each stretch starts at 0
            run = np.cumsum(step)
            run -= np.repeat(run[ends - sizes], sizes)
            self.s = np.split(run, ends[:-1])
            self.length = run[ends - 1]
        self._build_grid()

    def __len__(self) -> int:
        return len(self.names)

    def bounds(self) -> tuple[float, float, float, float] | None:
        """``(x0, y0, x1, y1)`` of every stretch, in metres; None when empty."""
        if not self.x:
            return None
        x0 = min(float(x.min()) for x in self.x)
        x1 = max(float(x.max()) for x in self.x)
        y0 = min(float(y.min()) for y in self.y)
        y1 = max(float(y.max()) for y in self.y)
        return x0, y0, x1, y1

    def _build_grid(self) -> None:
        self._cell_keys = np.empty(0, dtype=np.int64)
        self._cell_starts = np.zeros(1, dtype=np.intp)
        self._cell_chains = np.empty(0, dtype=np.intp)
        if not self.x:
            return
        # Every cell each segment's box touches (so a long straight segment
        # is found from a view on its middle too), for all stretches at once.
        x = np.concatenate(self.x)
        y = np.concatenate(self.y)
        sizes = np.array([len(v) for v in self.x])
        chain_of = np.repeat(np.arange(len(sizes)), sizes)
        seg = np.ones(len(x) - 1, dtype=bool)
        seg[np.cumsum(sizes)[:-1] - 1] = False  # no segment across two stretches
        cx = np.floor(x / GRID_M).astype(np.int64)
        cy = np.floor(y / GRID_M).astype(np.int64)
        c0 = np.minimum(cx[:-1], cx[1:])[seg]
        c1 = np.maximum(cx[:-1], cx[1:])[seg]
        r0 = np.minimum(cy[:-1], cy[1:])[seg]
        r1 = np.maximum(cy[:-1], cy[1:])[seg]
        owner = chain_of[:-1][seg]
        span_c = c1 - c0 + 1
        span_r = r1 - r0 + 1
        count = span_c * span_r
        rep = np.repeat(np.arange(len(owner)), count)
        within = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
        cells_c = c0[rep] + within % span_c[rep]
        cells_r = r0[rep] + within // span_c[rep]
        keys = _cell_key(cells_c, cells_r)
        pairs = np.unique(np.column_stack([keys, owner[rep]]), axis=0)
        self._cell_keys, first = np.unique(pairs[:, 0], return_index=True)
        self._cell_starts = np.append(first, len(pairs)).astype(np.intp)
        self._cell_chains = pairs[:, 1].astype(np.intp)

    def chains_in(self, rect: tuple[float, float, float, float]) -> np.ndarray:
        x0, y0, x1, y1 = rect
        c0, c1 = math.floor(x0 / GRID_M), math.floor(x1 / GRID_M)
        r0, r1 = math.floor(y0 / GRID_M), math.floor(y1 / GRID_M)
        if len(self._cell_keys) == 0:
            return np.empty(0, dtype=np.intp)
        if (c1 - c0 + 1) * (r1 - r0 + 1) > 4 * len(self._cell_keys):
            return np.unique(self._cell_chains)
        cc, rr = np.meshgrid(np.arange(c0, c1 + 1), np.arange(r0, r1 + 1))
        want = _cell_key(cc.ravel(), rr.ravel())
        at = np.searchsorted(self._cell_keys, want)
        ok = at < len(self._cell_keys)
        at, want = at[ok], want[ok]
        hit = at[self._cell_keys[at] == want]
        if len(hit) == 0:
            return np.empty(0, dtype=np.intp)
        starts = self._cell_starts[hit]
        ends = self._cell_starts[hit + 1]
        lens = ends - starts
        idx = np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))
        return np.unique(self._cell_chains[idx])

    def anchors(
        self, chain: int, label_m: float, step_m: float, max_dev_m: float
    ) -> list[tuple[float, float, float, float]]:
        """Spots along one stretch where a label ``label_m`` long lies nearly
        straight: ``(x, y, ux, uy)`` centre and unit direction, in metres."""
        s = self.s[chain]
        total = float(s[-1])
        if total < label_m:
            return []
        x, y = self.x[chain], self.y[chain]
        count = int(total // step_m)
        centres = [(k + 0.5) * step_m for k in range(count)] or [total / 2]
        out: list[tuple[float, float, float, float]] = []
        half = label_m / 2
        for centre in centres:
            for shift in (0.0, -0.5, 0.5, -1.0, 1.0):
                mid = centre + shift * label_m
                a, b = mid - half, mid + half
                if a < 0 or b > total:
                    continue
                ax, bx = np.interp((a, b), s, x).tolist()
                ay, by = np.interp((a, b), s, y).tolist()
                chord = math.hypot(bx - ax, by - ay)
                if chord < 0.9 * label_m or chord <= 0:
                    continue
                ux, uy = (bx - ax) / chord, (by - ay) / chord
                i0 = int(np.searchsorted(s, a, side="right"))
                i1 = int(np.searchsorted(s, b, side="left"))
                if i1 > i0:
                    dev = np.abs((x[i0:i1] - ax) * uy - (y[i0:i1] - ay) * ux)
                    if float(dev.max()) > max_dev_m:
                        continue
                out.append(((ax + bx) / 2, (ay + by) / 2, ux, uy))
                break
        return out


def _cell_key(c: np.ndarray, r: np.ndarray) -> np.ndarray:
    return (np.asarray(c, dtype=np.int64) << 32) + (np.asarray(r, dtype=np.int64) & 0xFFFFFFFF)


def _merge(
    parts: list[tuple[str, int, np.ndarray, np.ndarray]],
) -> list[tuple[str, int, np.ndarray, np.ndarray]]:
    """Join ways of one name end to end where exactly two of them meet."""
    by_name: defaultdict[str, list[int]] = defaultdict(list)
    for i, part in enumerate(parts):
        by_name[part[0]].append(i)
    out: list[tuple[str, int, np.ndarray, np.ndarray]] = []
    for name, ids in by_name.items():
        if len(ids) == 1:
            out.append(parts[ids[0]])
            continue
        ends: defaultdict[tuple[float, float], list[int]] = defaultdict(list)

        def key(i: int, end: int) -> tuple[float, float]:
            x, y = parts[i][2], parts[i][3]
            k = -1 if end else 0
            return (round(float(x[k]), 2), round(float(y[k]), 2))

        for i in ids:
            ends[key(i, 0)].append(i)
            ends[key(i, 1)].append(i)
        used: set[int] = set()
        # Start from ways with an open end, so chains grow from their tips.
        order = sorted(ids, key=lambda i: min(len(ends[key(i, 0)]), len(ends[key(i, 1)])))
        for first in order:
            if first in used:
                continue
            used.add(first)
            xs = [parts[first][2]]
            ys = [parts[first][3]]
            rank = parts[first][1]
            for forward in (True, False):
                while True:
                    tip = (
                        (round(float(xs[-1][-1]), 2), round(float(ys[-1][-1]), 2))
                        if forward
                        else (round(float(xs[0][0]), 2), round(float(ys[0][0]), 2))
                    )
                    there = ends[tip]
                    if len(there) != 2:
                        break
                    nxt = [i for i in there if i not in used]
                    if len(nxt) != 1:
                        break
                    j = nxt[0]
                    used.add(j)
                    jx, jy = parts[j][2], parts[j][3]
                    starts_here = key(j, 0) == tip
                    rank = min(rank, parts[j][1])
                    if forward:
                        if not starts_here:
                            jx, jy = jx[::-1], jy[::-1]
                        xs.append(jx[1:])
                        ys.append(jy[1:])
                    else:
                        if starts_here:
                            jx, jy = jx[::-1], jy[::-1]
                        xs.insert(0, jx[:-1])
                        ys.insert(0, jy[:-1])
            out.append((name, rank, np.concatenate(xs), np.concatenate(ys)))
    return out
