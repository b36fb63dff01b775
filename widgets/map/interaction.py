"""Dispatch layers, keys, picking and context menus of the map, as a mixin of
``widgets.map_widget.MapWidget`` (split out to keep that module small).

Contract: see ``MapWidget``'s docstring. The mixin relies on the widget's
view box, canvas, unit store, projection, incident and route layers and its
dispatch signals; it adds no state of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

from models.geo import LocalProjection
from widgets.map import menus, tooltips
from widgets.map.incidents import IncidentLayer
from widgets.map.routes import RouteLayer
from widgets.map.unit_store import UnitStore
from widgets.views import IncidentView, RouteView, StationView

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class MapInteractionMixin:
    """Incidents, routes, hit-testing, tooltips and menus for ``MapWidget``."""

    PICK_RADIUS_PX = 10.0

    _canvas: pg.GraphicsView
    _vb: pg.ViewBox
    _store: UnitStore
    _projection: LocalProjection | None
    _incidents: IncidentLayer
    _routes: RouteLayer
    _incident_list: list[IncidentView]
    _route_list: list[RouteView]
    _stations: list[StationView]
    _station_xy: np.ndarray
    _drawn_x: np.ndarray
    _drawn_y: np.ndarray
    _drawn_rows: np.ndarray
    _selected: str | None
    _dark: bool
    sigStatusChangeRequested: SignalInstance
    sigRecommendRequested: SignalInstance
    sigNewIncidentRequested: SignalInstance
    sigUnitSelected: SignalInstance
    fit_to_site: Callable[[], None]
    zoom_by: Callable[[float], None]
    select_unit: Callable[[str | None], None]
    cancel_pick: Callable[[], bool]
    _whereabouts_incidents: Callable[[list[IncidentView]], None]

    # --- incidents and routes -------------------------------------------

    def set_incidents(self, incidents: list[IncidentView]) -> None:
        """Draw the open incidents (closed ones are left off)."""
        self._incident_list = list(incidents)
        self._incidents.set_incidents(self._incident_list, self._projection)
        self._whereabouts_incidents(self._incident_list)

    def select_incident(self, incident_id: str | None) -> None:
        """The dispatcher's selected incident: its label is always placed."""
        self._incidents.select(incident_id)

    def shown_incidents(self) -> list[IncidentView]:
        return self._incidents.shown()

    def set_routes(self, routes: list[RouteView]) -> None:
        self._route_list = list(routes)
        self._routes.set_routes(self._route_list, self._projection, self._discipline_of)

    def highlight_route(self, call_sign: str | None) -> None:
        """Bring one unit's route forward (``None`` or ``""``: none)."""
        self._routes.highlight(call_sign)

    def highlighted_route(self) -> str | None:
        return self._routes.highlighted()

    def route_layer(self) -> RouteLayer:
        return self._routes

    def _discipline_of(self, call_sign: str) -> str:
        row = self._store.index.get(call_sign)
        return "" if row is None else self._store.views[row].discipline

    # --- keys -------------------------------------------------------------

    def _handle_key(self, ev: QKeyEvent) -> bool:
        key = ev.key()
        view = self._vb.viewRect()
        step_x, step_y = view.width() * 0.2, view.height() * 0.2
        if key == Qt.Key.Key_Home:
            self.fit_to_site()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(0.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(2.0)
        elif key == Qt.Key.Key_Left:
            self._vb.translateBy(x=-step_x)
        elif key == Qt.Key.Key_Right:
            self._vb.translateBy(x=step_x)
        elif key == Qt.Key.Key_Up:
            self._vb.translateBy(y=step_y)
        elif key == Qt.Key.Key_Down:
            self._vb.translateBy(y=-step_y)
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._popup_keyboard_menu()
        elif key == Qt.Key.Key_Escape and self.cancel_pick():
            pass
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.select_unit(None)
            self.sigUnitSelected.emit("")
        else:
            return False
        return True

    # --- picking and tooltips -------------------------------------------

    @property
    def canvas(self) -> pg.GraphicsView:
        return self._canvas

    def map_to_viewport(self, x: float, y: float) -> QPointF:
        """Local metres -> pixel position in the canvas viewport."""
        scene = self._vb.mapViewToScene(QPointF(x, y))
        return QPointF(self._canvas.mapFromScene(scene))

    def unit_viewport_pos(self, call_sign: str) -> QPointF | None:
        xy = self._store.xy(call_sign)
        return None if xy is None else self.map_to_viewport(*xy)

    def _nearest(self, xs: np.ndarray, ys: np.ndarray, viewport_pos: QPointF) -> int:
        if len(xs) == 0:
            return -1
        scene = self._canvas.mapToScene(viewport_pos.toPoint())
        point = self._vb.mapSceneToView(scene)
        px, py = self._vb.viewPixelSize()
        if px <= 0 or py <= 0:
            return -1
        d2 = ((xs - point.x()) / px) ** 2 + ((ys - point.y()) / py) ** 2
        best = int(np.argmin(d2))
        return best if d2[best] <= self.PICK_RADIUS_PX**2 else -1

    def unit_at(self, viewport_pos: QPointF) -> str | None:
        hit = self._nearest(self._drawn_x, self._drawn_y, viewport_pos)
        return None if hit < 0 else self._store.views[self._drawn_rows[hit]].call_sign

    def incident_at(self, viewport_pos: QPointF) -> IncidentView | None:
        xy = self._incidents.xy
        hit = self._nearest(xy[:, 0], xy[:, 1], viewport_pos)
        return None if hit < 0 else self._incidents.shown()[hit]

    def incident_viewport_pos(self, incident_id: str) -> QPointF | None:
        for row, incident in enumerate(self._incidents.shown()):
            if incident.incident_id == incident_id:
                return self.map_to_viewport(*map(float, self._incidents.xy[row]))
        return None

    def viewport_to_lat_lon(self, viewport_pos: QPointF) -> tuple[float, float] | None:
        if self._projection is None:
            return None
        scene = self._canvas.mapToScene(viewport_pos.toPoint())
        point = self._vb.mapSceneToView(scene)
        lat, lon = self._projection.inverse(point.x(), point.y())
        return float(lat), float(lon)

    def station_at(self, viewport_pos: QPointF) -> StationView | None:
        hit = self._nearest(self._station_xy[:, 0], self._station_xy[:, 1], viewport_pos)
        return None if hit < 0 else self._stations[hit]

    def tooltip_at(self, viewport_pos: QPointF) -> str:
        call_sign = self.unit_at(viewport_pos)
        if call_sign is not None:
            return self.unit_tooltip(call_sign)
        station = self.station_at(viewport_pos)
        return "" if station is None else self.station_tooltip(station)

    def unit_tooltip(self, call_sign: str, now: datetime | None = None) -> str:
        row = self._store.index.get(call_sign)
        if row is None:
            return ""
        view = self._store.views[row]
        moved = view.fix_time is None and self._store.lat_lon(call_sign) != (view.lat, view.lon)
        return tooltips.unit_tooltip(view, now, drawn_at_incident=moved)

    def station_tooltip(self, station: StationView) -> str:
        return tooltips.station_tooltip(station)

    # --- context menus --------------------------------------------------

    def unit_menu_for(self, call_sign: str) -> QMenu | None:
        row = self._store.index.get(call_sign)
        if row is None:
            return None
        emit = self.sigStatusChangeRequested.emit
        return menus.unit_menu(self, self._store.views[row], emit, self._dark)

    def incident_menu_for(self, incident_id: str) -> QMenu | None:
        for incident in self._incidents.shown():
            if incident.incident_id == incident_id:
                return menus.incident_menu(self, incident, self.sigRecommendRequested.emit)
        return None

    def empty_menu_at(self, lat: float, lon: float) -> QMenu:
        return menus.empty_menu(self, lat, lon, self.sigNewIncidentRequested.emit)

    def context_menu_at(self, viewport_pos: QPointF) -> QMenu | None:
        """The menu for what is under ``viewport_pos``: unit, incident, or ground."""
        call_sign = self.unit_at(viewport_pos)
        if call_sign is not None:
            return self.unit_menu_for(call_sign)
        incident = self.incident_at(viewport_pos)
        if incident is not None:
            return self.incident_menu_for(incident.incident_id)
        where = self.viewport_to_lat_lon(viewport_pos)
        return None if where is None else self.empty_menu_at(*where)

    def _popup_menu(self, viewport_pos: QPointF) -> QMenu | None:
        menu = self.context_menu_at(viewport_pos)
        if menu is not None:
            menu.popup(self._canvas.viewport().mapToGlobal(viewport_pos.toPoint()))
        return menu

    def _popup_keyboard_menu(self) -> None:
        pos = self.unit_viewport_pos(self._selected) if self._selected else None
        if pos is None or not self._canvas.viewport().rect().contains(pos.toPoint()):
            pos = QPointF(self._canvas.viewport().rect().center())
        self._popup_menu(pos)
