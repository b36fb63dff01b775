"""Units after dispatch: their routes stay drawn until they arrive, and a unit
without a fix is drawn where its status puts it.

Contract:

* ``Whereabouts`` (a callable ``UnitView -> (lat, lon) | None``, set as the
  map's ``UnitStore.resolve``) places a unit that has no fix (``fix_time``
  None) by its last known status: on scene or transporting -> at its
  incident (``incident_id``, from ``set_incidents``), spread on a ring of
  ``RING_M`` so several units there do not hide each other; at hospital ->
  at the hospital (a landmark of category ``hospital``, ``set_hospitals``)
  nearest its incident, else at the incident. Any other status (dispatched,
  en route, available, ...) or an unknown incident: None, so the unit stays
  where the console put it (its station). The map labels such units
  "<call sign> · no fix".
* ``MapDispatchMixin`` (a base of ``MapWidget``):
  ``add_dispatched_routes(routes)`` keeps the routes of units just
  dispatched (one per call sign, a newer one replaces an older),
  ``set_dispatched_routes(routes)`` replaces them all (a restored session),
  ``dispatched_routes()`` lists the call signs drawn. A route is drawn solid
  in the unit's discipline colour, cut to start at the unit as it drives
  (``RouteLayer.trim``), and dropped once the unit is no longer dispatched or
  en route (it arrived, or was stood down).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg

from models.geo import LocalProjection
from models.places.types import Place
from widgets.map.routes import RouteLayer
from widgets.map.unit_store import UnitStore
from widgets.views import IncidentView, RouteView, UnitView

__all__ = ["EN_ROUTE_STATUSES", "RING_M", "MapDispatchMixin", "Whereabouts"]

RING_M = 25.0
AT_INCIDENT = frozenset({"on scene", "transporting"})
AT_HOSPITAL = "at hospital"
EN_ROUTE_STATUSES = frozenset({"dispatched", "en route"})
_M_PER_DEG = 111_320.0


class Whereabouts:
    """Where a unit without a fix is drawn, from its status and incident."""

    def __init__(self) -> None:
        self._incidents: dict[str, tuple[float, float, tuple[str, ...]]] = {}
        self._hospitals = np.empty((0, 2))

    def set_incidents(self, incidents: Sequence[IncidentView]) -> bool:
        """True when a position (or the units of an incident) changed."""
        fresh = {i.incident_id: (i.lat, i.lon, i.units) for i in incidents}
        changed = fresh != self._incidents
        self._incidents = fresh
        return changed

    def set_hospitals(self, places: Sequence[Place]) -> bool:
        rows = [(p.lat, p.lon) for p in places if p.category == "hospital"]
        hospitals = np.asarray(rows, dtype=float).reshape(-1, 2)
        changed = not np.array_equal(hospitals, self._hospitals)
        self._hospitals = hospitals
        return changed

    def __call__(self, view: UnitView) -> tuple[float, float] | None:
        if view.incident_id is None or view.fix_time is not None:
            return None
        incident = self._incidents.get(view.incident_id)
        if incident is None:
            return None
        lat, lon, units = incident
        if view.status == AT_HOSPITAL:
            if len(self._hospitals):
                d2 = (self._hospitals[:, 0] - lat) ** 2 + (
                    (self._hospitals[:, 1] - lon) * math.cos(math.radians(lat))
                ) ** 2
                near = self._hospitals[int(np.argmin(d2))]
                return float(near[0]), float(near[1])
            return lat, lon
        if view.status not in AT_INCIDENT:
            return None
        slot = units.index(view.call_sign) if view.call_sign in units else len(units)
        angle = slot * 2 * math.pi / 6 + math.pi / 6
        dlat = RING_M * math.sin(angle) / _M_PER_DEG
        dlon = RING_M * math.cos(angle) / (_M_PER_DEG * math.cos(math.radians(lat)))
        return lat + dlat, lon + dlon


class MapDispatchMixin:
    """Routes of dispatched units and the whereabouts of units without a fix."""

    _vb: pg.ViewBox
    _store: UnitStore
    _projection: LocalProjection | None
    _discipline_of: Callable[[str], str]
    _mark_dirty: Callable[..., None]

    def _init_dispatch(self, z: float) -> None:
        self._unit_routes = RouteLayer(self._vb, z, committed=True)
        self._dispatched: dict[str, RouteView] = {}
        self._whereabouts = Whereabouts()
        self._store.resolve = self._whereabouts

    def add_dispatched_routes(self, routes: Sequence[RouteView]) -> None:
        """Keep drawing these units' routes until they arrive."""
        for route in routes:
            self._dispatched[route.call_sign] = route
        self._redraw_dispatched()

    def set_dispatched_routes(self, routes: Sequence[RouteView]) -> None:
        self._dispatched = {route.call_sign: route for route in routes}
        self._redraw_dispatched()

    def dispatched_routes(self) -> list[str]:
        return self._unit_routes.call_signs()

    def dispatched_route_layer(self) -> RouteLayer:
        return self._unit_routes

    def _redraw_dispatched(self) -> None:
        self._unit_routes.set_routes(
            list(self._dispatched.values()), self._projection, self._discipline_of
        )
        self._mark_dirty()

    def _refresh_dispatched(self) -> None:
        """After units changed: drop routes of units that arrived, trim the rest."""
        if not self._dispatched:
            return
        store = self._store
        gone = []
        for call_sign in self._dispatched:
            row = store.index.get(call_sign)
            if row is not None and store.views[row].status not in EN_ROUTE_STATUSES:
                gone.append(call_sign)
        if gone:
            for call_sign in gone:
                del self._dispatched[call_sign]
            self._unit_routes.set_routes(
                list(self._dispatched.values()), self._projection, self._discipline_of
            )
        for call_sign in self._dispatched:
            row = store.index.get(call_sign)
            if row is None or store.views[row].fix_time is None:
                continue
            x, y = float(store.x[row]), float(store.y[row])
            if math.isfinite(x) and math.isfinite(y):
                self._unit_routes.trim(call_sign, x, y)

    def _whereabouts_incidents(self, incidents: Sequence[IncidentView]) -> None:
        if self._whereabouts.set_incidents(incidents):
            self._store.reresolve()
            self._mark_dirty()

    def _whereabouts_hospitals(self, places: Sequence[Place]) -> None:
        if self._whereabouts.set_hospitals(places):
            self._store.reresolve()
            self._mark_dirty()
