"""The live map: roads, stations and hundreds of moving units (pyqtgraph).

Contract:
- ``set_site(projection, roads, stations, attribution)`` draws the site in
  local metres (x east, y north, aspect locked): one item per road class,
  stations with discipline symbols and names, the attribution always visible
  in a bottom corner. ``roads`` is a ``models.roads.RoadLayer`` or anything
  with ``polylines_by_class() -> {class: (lat, lon)}`` (NaN between ways).
- ``set_units(units)`` replaces the full set, ``update_units(units)`` changes
  some. Both only store into numpy arrays; painting happens on a display
  timer (``FRAME_INTERVAL_MS``) and only when something changed, so any
  number of updates between two frames cost one repaint. Units without a
  position are not drawn.
- Frames (``widgets.map.frames``): a dispatcher's change or a new state is
  painted at the next tick, live positions alone at most every
  ``LIVE_FRAME_INTERVAL_S``; a tick paints its frame itself.
- Interaction: drag pans, wheel zooms, Home (``fit_to_site``), +/- zoom,
  arrows pan; a scale bar with round lengths; hover tooltips over units and
  stations; a click on a unit selects it and emits ``sigUnitSelected(call
  sign)``; Escape clears the selection and emits ``""``. ``select_unit`` from
  outside highlights without emitting, so a selection shared with the unit
  board never loops. ``center_on(lat, lon)``, ``set_dark(dark)``.
- Dispatch: ``set_incidents(list[IncidentView])`` draws open incidents as
  priority-coloured stars (``widgets.map.incidents``); ``set_routes(list[
  RouteView])`` draws each unit's route with its ETA (``widgets.map.routes``)
  and ``highlight_route(call_sign | None)`` brings one forward. Each unit
  sits on a disc in its status colour (``widgets.map.status_halo``).
- Context menus (right-click, or the Menu key / Shift+F10 on the selected
  unit, else at the view centre): on a unit, the allowed next statuses ->
  ``sigStatusChangeRequested(call_sign, status)``; on an incident, "Recommend
  units" -> ``sigRecommendRequested(incident_id)``; elsewhere, "New incident
  here…" -> ``sigNewIncidentRequested(lat, lon)``. ``unit_menu_for``,
  ``incident_menu_for``, ``empty_menu_at`` and ``context_menu_at`` build them.
- Callers (``widgets.map.callers``): ``set_callers(list[CallView])`` draws
  active calls with source symbols, uncertainty circles to scale, rebid
  trails and offered fixes, repainting only on change; ``select_call``,
  click -> ``sigCallSelected(call_id)``; ``pick_location(callback_id)``:
  the next click emits ``sigMapClicked(lat, lon)`` and
  ``sigLocationPicked(callback_id, lat, lon)``, Escape ``sigPickCancelled``.
- Radar and alerts: ``set_track_frame(frame)`` (``widgets.map.tracks``: any
  rate, drawn at the next display frame), ``set_sensors``, ``set_zones``,
  ``set_alert_areas`` and ``select_alert`` (``widgets.map.alert_areas``); a
  click on an alert marker emits ``sigAlertSelected(alert_id)``. Track trails
  follow their heads at most every ``widgets.map.tracks.TRAIL_REFRESH_S``
  (the display timer keeps ticking until the newest trails are drawn).
- Labels (``widgets.map.labels_api``): one placement pass keeps every label
  clear of the others (the selected and the alarmed first);
  ``set_street_lines(list[StreetLine])`` names streets along them at
  suitable zooms, ``set_landmarks(list[Place])`` draws landmark signs at
  close zoom.
- After dispatch (``widgets.map.dispatched``): ``add_dispatched_routes``
  keeps units' routes drawn until they arrive; a committed unit without a
  fix is drawn where its status puts it and labelled "no fix".
- For tests and the e2e: ``unit_position``, ``displayed_unit_count``,
  ``frames_painted`` and ``sigFramePainted(frame number)`` (emitted when a
  display tick changed the picture: its paint follows), ``frame_clock()``
  (the display timer, for benchmarks that time frames from when they were due).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from models.geo import LocalProjection
from widgets.map.alert_areas import AlertAreaLayer, MapAlertMixin
from widgets.map.callers import CallerLayer, MapCallerMixin
from widgets.map.dispatched import MapDispatchMixin
from widgets.map.frames import MapFramesMixin
from widgets.map.incidents import IncidentLayer
from widgets.map.interaction import MapInteractionMixin
from widgets.map.labels_api import MapLabelsMixin
from widgets.map.layers import BACKGROUND_DAY, BACKGROUND_NIGHT, LabelLayer, RoadItems
from widgets.map.overlay import ScaleBar, overlay_boxes, paint_overlay
from widgets.map.routes import RouteLayer
from widgets.map.sensors import SensorLayer, ZoneLayer
from widgets.map.sprites import SpriteLayer, SpriteStyle
from widgets.map.status_halo import StatusHaloLayer
from widgets.map.tracks import MapTrackMixin, TrackLayer
from widgets.map.unit_store import UnitStore, unit_label_rank
from widgets.symbols import (
    DISCIPLINES,
    SELECTION_DAY,
    SELECTION_NIGHT,
    discipline_code,
    discipline_color,
    discipline_from_code,
    discipline_symbol,
)
from widgets.views import IncidentView, RouteView, StationView, UnitView

_LOGGER = logging.getLogger(__name__)

_UNIT_SIZE = 12
_STATION_SIZE = 17
_DEFAULT_HALF_EXTENT_M = 1000.0


class RoadSource(Protocol):
    def polylines_by_class(self) -> dict[str, tuple[np.ndarray, np.ndarray]]: ...


class _MapCanvas(pg.GraphicsView):
    """GraphicsView that paints the overlay and forwards map keys."""

    def __init__(self, owner: MapWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.paint_count = 0  # viewport paints, for tests and benchmarks

    def paintEvent(self, ev: QPaintEvent) -> None:
        # Labels are placed once per viewport paint, before any item paints.
        self._owner._place_labels()
        super().paintEvent(ev)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self.paint_count += 1
        super().drawForeground(painter, rect)
        painter.save()
        painter.resetTransform()
        self._owner._paint_overlay(painter)
        painter.restore()

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if self._owner._handle_key(ev):
            ev.accept()
            return
        super().keyPressEvent(ev)


class MapWidget(
    MapFramesMixin,
    MapLabelsMixin,
    MapDispatchMixin,
    MapAlertMixin,
    MapTrackMixin,
    MapCallerMixin,
    MapInteractionMixin,
    QWidget,
):
    sigUnitSelected = Signal(str)
    sigAlertSelected = Signal(str)
    sigCallSelected = Signal(str)
    sigMapClicked = Signal(float, float)
    sigLocationPicked = Signal(str, float, float)
    sigPickCancelled = Signal(str)
    sigFramePainted = Signal(int)
    sigStatusChangeRequested = Signal(str, str)
    sigRecommendRequested = Signal(str)
    sigNewIncidentRequested = Signal(float, float)

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._projection: LocalProjection | None = None
        self._stations: list[StationView] = []
        self._station_xy = np.empty((0, 2))
        self._attribution = ""
        self._dark = False
        self._selected: str | None = None
        self._store = UnitStore()
        self._drawn_rows = np.empty(0, dtype=np.intp)
        self._drawn_x = np.empty(0)
        self._drawn_y = np.empty(0)
        self._scale_bar = ScaleBar(0.0, 0.0, "")

        self._canvas = _MapCanvas(self)
        self._canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)

        self._vb = pg.ViewBox(lockAspect=True, enableMenu=False)
        self._vb.disableAutoRange()
        self._canvas.setCentralItem(self._vb)
        self._roads = RoadItems(self._vb)

        # Stations (a style per discipline) and the selection ring: sprites, as the units.
        self._station_items = SpriteLayer([])
        self._station_labels = LabelLayer(offset_px=12.0)
        self._highlight = SpriteLayer([])
        # Every unit symbol by one item, one style per discipline (widgets.map.sprites):
        # a scatter per discipline cost ~0.5 ms each a frame in pyqtgraph's Python.
        self._unit_sprites = SpriteLayer([])
        self._unit_labels = LabelLayer(offset_px=9.0)
        self._halos = StatusHaloLayer(diameter_px=_UNIT_SIZE + 8)
        self._incident_list: list[IncidentView] = []
        self._route_list: list[RouteView] = []
        # Routes under everything but roads; incidents under the units on them.
        self._routes = RouteLayer(self._vb, z=5.0)
        # Routes of dispatched units (solid, until they arrive) under the proposals.
        self._init_dispatch(z=4.8)
        self._incidents = IncidentLayer(self._vb, z=30.0)
        # Uncertainty discs under everything but roads; caller symbols on top.
        self._callers = CallerLayer(self._vb, z_disc=4.0, z=40.0)
        self._pick_id: str | None = None
        # Zones and alert areas over roads, under routes and caller discs;
        # tracks under stations and units; alert markers on top of all.
        self._zones = ZoneLayer(self._vb, z=2.0)
        self._alerts = AlertAreaLayer(self._vb, z_area=3.0, z=45.0)
        self._sensors = SensorLayer(self._vb, z_cover=1.0, z=9.0)
        self._tracks = TrackLayer(self._vb, z=6.0)
        for z, item in enumerate(
            (
                self._station_items,
                self._station_labels,
                self._halos,
                self._highlight,
                self._unit_sprites,
                self._unit_labels,
            )
        ):
            item.setZValue(10 + z)
            self._vb.addItem(item, ignoreBounds=True)
        self._init_frames(clock)
        # Street names over roads, routes and tracks, under stations and units.
        self._init_labels(street_z=8.0, landmark_z=8.5)
        self._vb.sigRangeChanged.connect(self._on_view_range_changed)
        self._vb.sigResized.connect(self._on_view_range_changed)
        self._canvas.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._canvas.viewport().installEventFilter(self)
        # Geography is not mirrored: a right-to-left console keeps north up and east right.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self._apply_theme()
        self._vb.setRange(self.site_rect(), padding=0.02)

    # --- site -----------------------------------------------------------

    def set_site(
        self,
        projection: LocalProjection,
        roads: RoadSource | None,
        stations: list[StationView],
        attribution: str,
    ) -> None:
        self._projection = projection
        self._attribution = attribution
        xy_by_class: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if roads is not None:
            for road_class, (lat, lon) in roads.polylines_by_class().items():
                xy = projection.forward_array(np.asarray(lat), np.asarray(lon))
                xy_by_class[road_class] = (xy[:, 0], xy[:, 1])
        self._roads.set_roads(xy_by_class)
        self._set_stations(stations)
        self._store.set_projection(projection)
        self._incidents.set_incidents(self._incident_list, projection)
        self._routes.set_routes(self._route_list, projection, self._discipline_of)
        self._redraw_dispatched()
        self._callers.set_projection(projection)
        self._reproject_alert_layers()
        self._reproject_labels()
        self.fit_to_site()
        self._mark_dirty()

    def _set_stations(self, stations: list[StationView]) -> None:
        self._stations = list(stations)
        if not self._stations or self._projection is None:
            self._station_xy = np.empty((0, 2))
            self._station_items.set_points(np.empty(0), np.empty(0), np.empty(0, dtype=np.intp))
            self._station_labels.set_labels(np.empty(0), np.empty(0), [])
            return
        lat = np.array([s.lat for s in self._stations], dtype=float)
        lon = np.array([s.lon for s in self._stations], dtype=float)
        self._station_xy = self._projection.forward_array(lat, lon)
        self._style_stations()
        self._station_labels.set_labels(
            self._station_xy[:, 0], self._station_xy[:, 1], [s.name for s in self._stations]
        )

    def _style_stations(self) -> None:
        styles = []
        for code in range(len(DISCIPLINES) + 1):
            discipline = discipline_from_code(code)
            colour = discipline_color(discipline, self._dark)
            fill = QColor(colour)
            fill.setAlpha(70)
            styles.append(
                SpriteStyle(
                    discipline_symbol(discipline),
                    _STATION_SIZE,
                    pg.mkPen(colour, width=2),
                    pg.mkBrush(fill),
                )
            )
        self._station_items.set_styles(styles)
        if not self._stations:
            return
        self._station_items.set_points(
            self._station_xy[:, 0],
            self._station_xy[:, 1],
            np.array([discipline_code(s.discipline) for s in self._stations], dtype=np.intp),
        )

    def site_rect(self) -> QRectF:
        """Bounding box of roads and stations in local metres."""
        rect = self._roads.bounds()
        if len(self._station_xy):
            x0, y0 = self._station_xy.min(axis=0)
            x1, y1 = self._station_xy.max(axis=0)
            stations = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
            rect = stations if rect is None else rect.united(stations)
        if rect is None or rect.width() <= 0 or rect.height() <= 0:
            half = _DEFAULT_HALF_EXTENT_M
            centre = rect.center() if rect is not None else QPointF(0.0, 0.0)
            rect = QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)
        return rect

    def fit_to_site(self) -> None:
        self._vb.setRange(self.site_rect(), padding=0.02)

    def center_on(self, lat: float, lon: float) -> None:
        if self._projection is None:
            return
        x, y = self._projection.forward(lat, lon)
        view = self._vb.viewRect()
        self._vb.setRange(
            QRectF(x - view.width() / 2, y - view.height() / 2, view.width(), view.height()),
            padding=0.0,
        )
        self._frame_now()  # the command's answer: one paint now, pan and selection

    def zoom_by(self, factor: float) -> None:
        """factor < 1 zooms in, > 1 zooms out, about the view centre."""
        self._vb.scaleBy((factor, factor))

    def view_rect(self) -> QRectF:
        """The visible area in local metres."""
        return self._vb.viewRect()

    # --- units ----------------------------------------------------------

    def set_units(self, units: list[UnitView]) -> None:
        self._store.replace(units)
        self._mark_dirty()

    def update_units(self, units: Iterable[UnitView]) -> None:
        moved_only = self._store.update(units)
        self._mark_dirty(live=moved_only)

    def unit_position(self, call_sign: str) -> tuple[float, float] | None:
        return self._store.lat_lon(call_sign)

    def displayed_unit_count(self) -> int:
        return len(self._drawn_rows)

    def select_unit(self, call_sign: str | None) -> None:
        """Highlight a unit (or none) without emitting ``sigUnitSelected``."""
        if call_sign == self._selected:
            return
        self._selected = call_sign or None
        self._mark_dirty()

    def selected_unit(self) -> str | None:
        return self._selected

    def _paint_units(self) -> None:
        store = self._store
        rows = store.positioned()
        x = store.x[rows]
        y = store.y[rows]
        self._unit_sprites.set_points(x, y, store.code[rows])
        self._halos.set_points(x, y, store.status[rows])
        self._drawn_rows = rows
        self._drawn_x = x
        self._drawn_y = y
        selected_pos = -1
        if self._selected is not None:
            row = store.index.get(self._selected, -1)
            hits = np.flatnonzero(rows == row)
            selected_pos = int(hits[0]) if len(hits) else -1
        if selected_pos >= 0:
            self._highlight.set_points(x[[selected_pos]], y[[selected_pos]], np.zeros(1, np.intp))
        else:
            self._highlight.set_points(np.empty(0), np.empty(0), np.empty(0, dtype=np.intp))
        self._highlight.setVisible(selected_pos >= 0)
        views = store.views
        no_fix = store.no_fix
        marked = self.tr("{0} · no fix")
        self._unit_labels.set_labels(
            x,
            y,
            [
                marked.format(views[r].call_sign) if no_fix[r] else views[r].call_sign
                for r in rows.tolist()
            ],
            priority=selected_pos,
            rank=unit_label_rank(store.status[rows]),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._canvas.viewport() and event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                self._popup_keyboard_menu()
            else:
                self._popup_menu(QPointF(event.pos()))
            event.accept()
            return True
        if watched is self._canvas.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self._canvas.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _on_scene_clicked(self, ev: Any) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        viewport_pos = QPointF(self._canvas.mapFromScene(ev.scenePos()))
        if self._caller_clicked(viewport_pos) or self._alert_clicked(viewport_pos):
            ev.accept()
            return
        call_sign = self.unit_at(viewport_pos)
        if call_sign is None:
            return
        ev.accept()
        self.select_unit(call_sign)
        self.sigUnitSelected.emit(call_sign)

    # --- scale bar, theme -----------------------------------------------

    def scale_bar_text(self) -> str:
        return self._scale_bar.label

    def attribution(self) -> str:
        return self._attribution

    def _on_view_range_changed(self, *_args: object) -> None:
        px, _py = self._vb.viewPixelSize()
        if not math.isfinite(px) or px <= 0:
            return
        self._roads.apply_lod(px)
        self._labels_view_changed(px)
        if self._tracks.apply_lod(px):
            self._mark_dirty(units=False)
        bar = ScaleBar.layout(px)
        if bar != self._scale_bar:
            self._scale_bar = bar
            self._canvas.viewport().update()

    def _overlay_reserved(self) -> list[tuple[float, float, float, float]]:
        """The attribution's and the scale bar's boxes, which labels keep clear of."""
        viewport = self._canvas.viewport()
        boxes = overlay_boxes(
            viewport.rect(),
            self._scale_bar,
            self._attribution,
            QFontMetrics(viewport.font()),
            self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )
        return [box.getCoords() for box in boxes if box is not None]

    def _paint_overlay(self, painter: QPainter) -> None:
        paint_overlay(
            painter,
            self._canvas.viewport().rect(),
            self._scale_bar,
            self._attribution,
            self._dark,
            self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )

    def set_dark(self, dark: bool) -> None:
        if dark == self._dark:
            return
        self._dark = dark
        self._apply_theme()
        self._mark_dirty()

    def is_dark(self) -> bool:
        return self._dark

    def _apply_theme(self) -> None:
        dark = self._dark
        self._canvas.setBackground(BACKGROUND_NIGHT if dark else BACKGROUND_DAY)
        self._roads.set_dark(dark)
        self._style_stations()
        self._halos.set_dark(dark)
        self._incidents.set_dark(dark)
        self._routes.set_dark(dark)
        self._unit_routes.set_dark(dark)
        self._callers.set_dark(dark)
        ink = QColor("#e8e8e8" if dark else "#111111")
        backdrop = QColor(21, 24, 29, 190) if dark else QColor(255, 255, 255, 200)
        for labels in (
            self._unit_labels,
            self._station_labels,
            self._incidents.labels,
            self._routes.labels,
            self._callers.labels,
            self._landmarks.labels,
            *self._theme_alert_layers(dark),
        ):
            labels.set_colours(ink, backdrop)
            labels.right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        outline = pg.mkPen("#000000" if dark else "#ffffff", width=1.2)
        styles = []
        for code in range(len(DISCIPLINES) + 1):
            discipline = discipline_from_code(code)
            styles.append(
                SpriteStyle(
                    discipline_symbol(discipline),
                    _UNIT_SIZE,
                    outline,
                    pg.mkBrush(discipline_color(discipline, dark)),
                )
            )
        self._unit_sprites.set_styles(styles)
        ring = pg.mkPen(SELECTION_NIGHT if dark else SELECTION_DAY, width=3)
        self._highlight.set_styles([SpriteStyle("o", _UNIT_SIZE + 12, ring, pg.mkBrush(None))])
        self._theme_labels(dark)
        self._canvas.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._apply_theme()
        super().changeEvent(event)
