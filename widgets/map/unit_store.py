"""Unit positions for the map, held in numpy arrays keyed by call sign.

Contract: ``UnitStore.replace(units)`` sets the full set, ``update(units)``
adds or changes some; both are cheap (no Qt work) so data can arrive far
faster than the map paints. Positions are kept as WGS84 lat/lon and projected
to local metres in batches with the current ``LocalProjection``; a unit with
no position (``lat``/``lon`` None) is kept but marked not positioned.
``positioned()`` gives the row indices to draw. ``update`` says whether
only positions changed (the map shows new fixes with its next live
frame). ``status`` holds each unit's
``widgets.status_style.status_code`` for the status halos. Removing units
happens only through ``replace``.

A unit without a fix (``fix_time`` None; the console parks it at its
station) is drawn where ``resolve(view)`` puts it when that returns a
position (``widgets.map.dispatched.Whereabouts``: on scene at the incident),
else at the view's position; ``no_fix`` marks committed units drawn without
a fix, and ``reresolve()`` places them again (incidents moved or arrived).
``unit_label_rank(codes)`` orders unit
labels for placement: units committed to an incident before free ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from models.dispatch.status import COMMITTED
from models.geo import LocalProjection
from widgets.status_style import status_code
from widgets.symbols import discipline_code
from widgets.views import UnitView

_COMMITTED_VALUES = frozenset(s.value for s in COMMITTED)
_COMMITTED_CODES = np.array(sorted(status_code(s) for s in COMMITTED), dtype=np.int8)


def unit_label_rank(codes: np.ndarray) -> np.ndarray:
    """0 for units committed to an incident, 1 for the rest."""
    return (~np.isin(codes, _COMMITTED_CODES)).astype(np.int8)


class UnitStore:
    def __init__(self) -> None:
        self.projection: LocalProjection | None = None
        self.views: list[UnitView] = []
        self.index: dict[str, int] = {}
        self.lat = np.empty(0)
        self.lon = np.empty(0)
        self.x = np.empty(0)
        self.y = np.empty(0)
        self.code = np.empty(0, dtype=np.int8)
        self.status = np.empty(0, dtype=np.int8)
        self.no_fix = np.empty(0, dtype=bool)
        self.resolve: Callable[[UnitView], tuple[float, float] | None] | None = None
        # Bumped whenever the set of call signs or their disciplines changes,
        # so the painter knows when per-spot symbols must be rebuilt.
        self.generation = 0

    def __len__(self) -> int:
        return len(self.views)

    def set_projection(self, projection: LocalProjection | None) -> None:
        self.projection = projection
        self._project(np.arange(len(self.views)))

    def replace(self, units: Iterable[UnitView]) -> None:
        latest: dict[str, UnitView] = {}
        for unit in units:
            latest[unit.call_sign] = unit
        self.views = list(latest.values())
        self.index = {view.call_sign: i for i, view in enumerate(self.views)}
        n = len(self.views)
        self.lat = np.full(n, np.nan)
        self.lon = np.full(n, np.nan)
        self.x = np.full(n, np.nan)
        self.y = np.full(n, np.nan)
        self.code = np.array([discipline_code(v.discipline) for v in self.views], dtype=np.int8)
        self.status = np.array([status_code(v.status) for v in self.views], dtype=np.int8)
        self.no_fix = np.zeros(n, dtype=bool)
        self._store_positions(np.arange(n), self.views)
        self.generation += 1

    def update(self, units: Iterable[UnitView]) -> bool:
        """Add or change units; True when only positions changed (new fixes of known
        units), False when a unit came or a status, discipline or "no fix" changed."""
        rows: list[int] = []
        views: list[UnitView] = []
        new: list[UnitView] = []
        moved_only = True
        for unit in units:
            row = self.index.get(unit.call_sign)
            if row is None:
                new.append(unit)
                continue
            if self.views[row].discipline != unit.discipline:
                self.code[row] = discipline_code(unit.discipline)
                self.generation += 1
                moved_only = False
            if self.views[row].status != unit.status:
                self.status[row] = status_code(unit.status)
                moved_only = False
            self.views[row] = unit
            rows.append(row)
            views.append(unit)
        if new:
            self._append(new)
            moved_only = False
        if rows:
            changed = np.asarray(rows, dtype=np.intp)
            no_fix = self.no_fix[changed]
            self._store_positions(changed, views)
            moved_only = moved_only and bool(np.array_equal(no_fix, self.no_fix[changed]))
        return moved_only

    def _append(self, units: list[UnitView]) -> None:
        fresh: dict[str, UnitView] = {}
        for unit in units:
            fresh[unit.call_sign] = unit
        start = len(self.views)
        for offset, unit in enumerate(fresh.values()):
            self.index[unit.call_sign] = start + offset
        self.views.extend(fresh.values())
        extra = len(fresh)
        pad = np.full(extra, np.nan)
        self.lat = np.concatenate([self.lat, pad])
        self.lon = np.concatenate([self.lon, pad])
        self.x = np.concatenate([self.x, pad])
        self.y = np.concatenate([self.y, pad])
        codes = [discipline_code(u.discipline) for u in fresh.values()]
        self.code = np.concatenate([self.code, np.asarray(codes, dtype=np.int8)])
        statuses = [status_code(u.status) for u in fresh.values()]
        self.status = np.concatenate([self.status, np.asarray(statuses, dtype=np.int8)])
        self.no_fix = np.concatenate([self.no_fix, np.zeros(extra, dtype=bool)])
        self._store_positions(np.arange(start, start + extra), list(fresh.values()))
        self.generation += 1

    def _store_positions(self, rows: np.ndarray, views: list[UnitView]) -> None:
        if len(rows) == 0:
            return
        # Later duplicates of a row win, as numpy fancy assignment keeps the last.
        lat: list[float] = []
        lon: list[float] = []
        no_fix: list[bool] = []
        resolve = self.resolve
        nan = np.nan
        for v in views:
            if v.fix_time is None:
                where = resolve(v) if resolve is not None else None
                no_fix.append(v.status in _COMMITTED_VALUES)
                if where is not None:
                    lat.append(where[0])
                    lon.append(where[1])
                    continue
            else:
                no_fix.append(False)
            lat.append(nan if v.lat is None else v.lat)
            lon.append(nan if v.lon is None else v.lon)
        self.lat[rows] = lat
        self.lon[rows] = lon
        self.no_fix[rows] = no_fix
        self._project(rows)

    def reresolve(self) -> None:
        """Place the units without a fix again (their incidents changed)."""
        rows = [r for r, v in enumerate(self.views) if v.fix_time is None]
        if rows:
            self._store_positions(np.asarray(rows, dtype=np.intp), [self.views[r] for r in rows])

    def _project(self, rows: np.ndarray) -> None:
        if len(rows) == 0:
            return
        if self.projection is None:
            self.x[rows] = np.nan
            self.y[rows] = np.nan
            return
        lat = self.lat[rows]
        lon = self.lon[rows]
        ok = np.isfinite(lat) & np.isfinite(lon)
        x = np.full(len(rows), np.nan)
        y = np.full(len(rows), np.nan)
        if ok.any():
            xy = self.projection.forward_array(lat[ok], lon[ok])
            x[ok] = xy[:, 0]
            y[ok] = xy[:, 1]
        self.x[rows] = x
        self.y[rows] = y

    def positioned(self) -> np.ndarray:
        """Row indices of units that have a projected position."""
        return np.flatnonzero(np.isfinite(self.x) & np.isfinite(self.y))

    def lat_lon(self, call_sign: str) -> tuple[float, float] | None:
        row = self.index.get(call_sign)
        if row is None or not (np.isfinite(self.lat[row]) and np.isfinite(self.lon[row])):
            return None
        return float(self.lat[row]), float(self.lon[row])

    def xy(self, call_sign: str) -> tuple[float, float] | None:
        row = self.index.get(call_sign)
        if row is None or not (np.isfinite(self.x[row]) and np.isfinite(self.y[row])):
            return None
        return float(self.x[row]), float(self.y[row])
