"""Alert areas and alert points on the map, and the map's alert API.

Contract:

* ``AlertAreaLayer(view_box, z_area, z)``: ``set_alerts(alerts, projection)``
  draws every alert that is not dismissed or cancelled: its CAP polygons and
  circles (true to scale) translucent and hatched in the alert's severity
  colour with a solid outline, and its point (``lat``/``lon``) as a round
  marker with "!". Exercise alerts are drawn in the exercise style instead:
  grey-blue (``widgets.alert_queue.exercise_color``), dashed outline, cross
  hatch, the caption "EXERCISE" across the area and "E" in the marker; never
  in a real alert's colour. ``select(alert_id | None)`` gives one alert a
  wider outline with a selection-coloured halo and a ring round its marker.
* ``MapAlertMixin`` (a base of ``MapWidget``): ``set_sensors``,
  ``set_zones``, ``set_alert_areas``, ``select_alert`` (no signal),
  ``selected_alert``, ``alert_at``, ``alert_viewport_pos``, ``sensor_at``;
  a left click on an alert marker selects it and emits
  ``sigAlertSelected(alert_id)``; hover tooltips over alert markers and
  sensors. Layers are re-projected by ``_reproject_alert_layers`` when the
  site changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from models.geo import LocalProjection
from widgets.alert_queue import (
    alert_color,
    alert_state_label,
    origin_label,
    severity_label,
    where_text,
)
from widgets.map.pixel_markers import PixelMarkers
from widgets.map.sensors import SensorLayer, Shape, ShapeItem, ZoneLayer, circle_path, polygon_path
from widgets.map.tooltips import escape
from widgets.map.tracks import TrackLayer
from widgets.symbols import SELECTION_DAY, SELECTION_NIGHT
from widgets.views import AlertView, SensorView, ZoneView

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

__all__ = ["HIDDEN_STATES", "MARKER_PX", "AlertAreaLayer", "MapAlertMixin"]

HIDDEN_STATES = frozenset({"dismissed", "cancelled"})
MARKER_PX = 18.0
AREA_FILL_ALPHA = 40
HATCH_ALPHA = 130


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapWidget", text)


class _Markers(PixelMarkers):
    """Alert markers in device pixels: a disc with a glyph, a ring when selected."""

    def __init__(self) -> None:
        super().__init__(MARKER_PX, 12, 0.7)
        self.colours: list[QColor] = []
        self.glyphs: list[str] = []
        self.selection = QColor(SELECTION_DAY)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_markers(self, xy: np.ndarray, colours: list[QColor], glyphs: list[str]) -> None:
        self.xy, self.colours, self.glyphs = xy, colours, glyphs
        self._changed()

    def _paint_markers(self, p: QPainter, t: QTransform) -> None:
        half = MARKER_PX / 2
        for row, (x, y) in enumerate(self.xy.tolist()):
            centre = t.map(QPointF(x, y))
            if row == self.selected:
                p.setPen(QPen(self.selection, 3.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, half + 6, half + 6)
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(self.colours[row])
            p.drawEllipse(centre, half, half)
            box = QRectF(centre.x() - half, centre.y() - half, MARKER_PX, MARKER_PX)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.glyphs[row])


class AlertAreaLayer:
    """CAP areas and alert points, real and exercise styles kept apart."""

    def __init__(self, view_box: pg.ViewBox, z_area: float, z: float) -> None:
        self.areas = ShapeItem()
        self.markers = _Markers()
        for item, zz in ((self.areas, z_area), (self.markers, z)):
            item.setZValue(zz)
            view_box.addItem(item, ignoreBounds=True)
        self.alerts: list[AlertView] = []
        self.points: list[AlertView] = []  # the alerts that have a marker
        self.xy = np.empty((0, 2))
        self._area_xy: list[list[np.ndarray]] = []
        self._circle_xyr: list[list[tuple[float, float, float]]] = []
        self._selected: str | None = None
        self._dark = False

    def set_alerts(self, alerts: Sequence[AlertView], projection: LocalProjection | None) -> None:
        shown = [a for a in alerts if a.state not in HIDDEN_STATES]
        self.alerts = shown if projection is not None else []
        self.points = [a for a in self.alerts if a.lat is not None and a.lon is not None]
        if projection is None or not self.points:
            self.xy = np.empty((0, 2))
        else:
            lat = np.array([a.lat for a in self.points], dtype=float)
            self.xy = projection.forward_array(lat, np.array([a.lon for a in self.points], float))
        self._area_xy = []
        self._circle_xyr = []
        for alert in self.alerts:
            assert projection is not None
            rings = []
            for polygon in alert.polygons:
                ring = np.asarray(polygon, dtype=float).reshape(-1, 2)
                rings.append(projection.forward_array(ring[:, 0], ring[:, 1]))
            self._area_xy.append(rings)
            circles = []
            for lat, lon, radius in alert.circles:
                x, y = projection.forward(lat, lon)
                circles.append((float(x), float(y), float(radius)))
            self._circle_xyr.append(circles)
        self._restyle()

    def select(self, alert_id: str | None) -> None:
        alert_id = alert_id or None
        if alert_id != self._selected:
            self._selected = alert_id
            self._restyle()

    def selected(self) -> str | None:
        return self._selected

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def area_style(self, alert: AlertView) -> Shape:
        """The look of one alert's area (without its path), for the layer and tests."""
        colour = alert_color(alert, self._dark)
        fill = QColor(colour)
        fill.setAlpha(AREA_FILL_ALPHA)
        hatch = QColor(colour)
        hatch.setAlpha(HATCH_ALPHA)
        selected = alert.alert_id == self._selected
        halo = QColor(SELECTION_NIGHT if self._dark else SELECTION_DAY) if selected else None
        if alert.exercise:
            return Shape(
                QPainterPath(),
                colour,
                3.5 if selected else 2.0,
                Qt.PenStyle.DashLine,
                fill,
                hatch,
                Qt.BrushStyle.DiagCrossPattern,
                _tr("EXERCISE"),
                halo,
            )
        return Shape(
            QPainterPath(), colour, 4.0 if selected else 2.0, fill=fill, hatch=hatch, halo=halo
        )

    def _restyle(self) -> None:
        shapes: list[Shape] = []
        for alert, rings, circles in zip(self.alerts, self._area_xy, self._circle_xyr, strict=True):
            for path in [polygon_path(r) for r in rings] + [circle_path(*c) for c in circles]:
                shape = self.area_style(alert)
                shape.path = path
                shapes.append(shape)
        # The selected area on top.
        shapes.sort(key=lambda s: s.halo is not None)
        self.areas.set_shapes(shapes)
        ids = [a.alert_id for a in self.points]
        self.markers.selected = ids.index(self._selected) if self._selected in ids else -1
        self.markers.selection = QColor(SELECTION_NIGHT if self._dark else SELECTION_DAY)
        self.markers.set_markers(
            self.xy,
            [alert_color(a, self._dark) for a in self.points],
            [_tr("E") if a.exercise else "!" for a in self.points],
        )

    def shape_count(self, alert_id: str) -> int:
        for alert, rings, circles in zip(self.alerts, self._area_xy, self._circle_xyr, strict=True):
            if alert.alert_id == alert_id:
                return len(rings) + len(circles)
        return 0

    def tooltip(self, alert: AlertView) -> str:
        lines = []
        if alert.exercise:
            lines.append(f"<b>{escape(_tr('EXERCISE'))}</b>")
        lines.append(f"<b>{escape(alert.title)}</b>")
        lines.append(
            escape(
                " · ".join(
                    [
                        origin_label(alert.origin),
                        severity_label(alert.severity),
                        alert_state_label(alert.state),
                    ]
                )
            )
        )
        where = where_text(alert)
        if where:
            lines.append(escape(where))
        lines.append(_tr("Raised {0}").format(alert.raised.astimezone().strftime("%H:%M:%S")))
        return "<br>".join(lines)


class MapAlertMixin:
    """The sensor, zone and alert API of ``MapWidget``."""

    _sensors: SensorLayer
    _zones: ZoneLayer
    _alerts: AlertAreaLayer
    _tracks: TrackLayer
    _projection: LocalProjection | None
    _nearest: Callable[[np.ndarray, np.ndarray, QPointF], int]
    map_to_viewport: Callable[[float, float], QPointF]
    _mark_dirty: Callable[..., None]
    sigAlertSelected: SignalInstance

    def set_sensors(self, sensors: Sequence[SensorView]) -> None:
        self._sensor_list = list(sensors)
        self._sensors.set_sensors(self._sensor_list, self._projection)

    def sensor_views(self) -> list[SensorView]:
        """The sensors drawn, as last set (with their health)."""
        return list(getattr(self, "_sensor_list", []))

    def set_zones(self, zones: Sequence[ZoneView]) -> None:
        self._zone_list = list(zones)
        self._zones.set_zones(self._zone_list, self._projection)

    def set_alert_areas(self, alerts: Sequence[AlertView]) -> None:
        self._alert_list = list(alerts)
        self._alerts.set_alerts(self._alert_list, self._projection)
        self._tracks.set_alarmed(frozenset(a.track for a in self._alerts.alerts if a.track))
        self._mark_dirty(units=False)

    def _reproject_alert_layers(self) -> None:
        self._sensors.set_sensors(getattr(self, "_sensor_list", []), self._projection)
        self._zones.set_zones(getattr(self, "_zone_list", []), self._projection)
        self._alerts.set_alerts(getattr(self, "_alert_list", []), self._projection)
        self._tracks.invalidate()
        self._mark_dirty(units=False)

    def _theme_alert_layers(self, dark: bool) -> list[object]:
        """Restyle for day/night; returns the label layers for the map to colour."""
        for layer in (self._sensors, self._zones, self._alerts, self._tracks):
            layer.set_dark(dark)
        self._tracks.invalidate()
        return [self._sensors.labels, self._zones.labels, self._tracks.labels]

    def select_alert(self, alert_id: str | None) -> None:
        """Highlight an alert's area and marker (or none) without emitting."""
        self._alerts.select(alert_id)

    def selected_alert(self) -> str | None:
        return self._alerts.selected()

    def sensor_layer(self) -> SensorLayer:
        return self._sensors

    def zone_layer(self) -> ZoneLayer:
        return self._zones

    def alert_layer(self) -> AlertAreaLayer:
        return self._alerts

    def alert_at(self, viewport_pos: QPointF) -> str | None:
        xy = self._alerts.xy
        hit = self._nearest(xy[:, 0], xy[:, 1], viewport_pos) if len(xy) else -1
        return None if hit < 0 else self._alerts.points[hit].alert_id

    def alert_viewport_pos(self, alert_id: str) -> QPointF | None:
        ids = [a.alert_id for a in self._alerts.points]
        if alert_id not in ids:
            return None
        x, y = self._alerts.xy[ids.index(alert_id)].tolist()
        return self.map_to_viewport(x, y)

    def sensor_at(self, viewport_pos: QPointF) -> SensorView | None:
        xy = self._sensors.xy
        hit = self._nearest(xy[:, 0], xy[:, 1], viewport_pos) if len(xy) else -1
        return None if hit < 0 else self._sensors.sensors[hit]

    def tooltip_at(self, viewport_pos: QPointF) -> str:
        alert_id = self.alert_at(viewport_pos)
        if alert_id is not None:
            alert = next(a for a in self._alerts.points if a.alert_id == alert_id)
            return self._alerts.tooltip(alert)
        sensor = self.sensor_at(viewport_pos)
        if sensor is not None:
            kind = escape(sensor.kind)
            text = f"<b>{escape(sensor.name)}</b><br>{_tr('Sensor ({0})').format(kind)}"
            if sensor.health in ("down", "degraded"):
                state = _tr("DOWN") if sensor.health == "down" else _tr("degraded")
                text += f"<br><b>{state}</b>: {escape(sensor.health_reason)}"
            return text
        return super().tooltip_at(viewport_pos)  # type: ignore[misc]

    def _alert_clicked(self, viewport_pos: QPointF) -> bool:
        alert_id = self.alert_at(viewport_pos)
        if alert_id is None:
            return False
        self.select_alert(alert_id)
        self.sigAlertSelected.emit(alert_id)
        return True
