"""Sensors, their coverage and the watched zones on the map.

Contract:

* ``ShapeItem`` paints outlined, optionally filled and hatched areas
  (``Shape``: a ``QPainterPath`` in local metres, so circles and polygons are
  true to scale) in one ``paint()``. It maps each path to device pixels and
  paints there, so outline widths, hatch spacing and the centred caption keep
  their pixel size at any zoom. It caches as a device pixmap: units and
  tracks move over it every frame without re-stroking it.
* ``SensorLayer(view_box, z_cover, z)``: ``set_sensors(sensors, projection)``
  draws a hexagon per ``SensorView``, its name, and its coverage circle
  (``range_m`` in metres; dashed outline, faint fill) when the range is known.
  A radar's health shows in its colour and label: degraded amber, down grey
  with a red outline and "(down)" after its name, its coverage dotted (what
  it covered is not watched now).
* ``ZoneLayer(view_box, z)``: ``set_zones(zones, projection)`` draws each
  ``ZoneView`` polygon outlined with a translucent fill and its name; an
  alarmed zone is filled red with a thicker red outline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.geo import LocalProjection
from widgets.map.contents import show_contents
from widgets.map.layers import LabelLayer
from widgets.views import SensorView, ZoneView

__all__ = [
    "ALARM_DAY",
    "ALARM_NIGHT",
    "SensorLayer",
    "Shape",
    "ShapeItem",
    "ZoneLayer",
    "circle_path",
    "polygon_path",
]

ALARM_DAY = "#d50000"
ALARM_NIGHT = "#ff5252"
_ZONE_DAY = "#6a4c93"
_ZONE_NIGHT = "#b39ddb"
_SENSOR_DAY = "#37474f"
_SENSOR_NIGHT = "#cfd8dc"
_DEGRADED_DAY = "#e65100"
_DEGRADED_NIGHT = "#ffa040"
_DOWN_FILL = "#9e9e9e"
ZONE_FILL_ALPHA = 45
ALARM_FILL_ALPHA = 95


@dataclass(slots=True)
class Shape:
    path: QPainterPath  # local metres
    outline: QColor
    width: float = 1.5  # pixels
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    fill: QColor | None = None
    hatch: QColor | None = None
    hatch_style: Qt.BrushStyle = Qt.BrushStyle.BDiagPattern
    caption: str = ""
    halo: QColor | None = None  # a wider outline under the outline (selection)


def polygon_path(xy: np.ndarray) -> QPainterPath:
    path = QPainterPath()
    if len(xy) >= 3:
        path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in xy.tolist()]))
        path.closeSubpath()
    return path


def circle_path(x: float, y: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(x, y), r, r)
    return path


class ShapeItem(pg.GraphicsObject):
    """Areas in map metres, painted in device pixels by one item."""

    def __init__(self) -> None:
        super().__init__()
        self.shapes: list[Shape] = []
        self._rect = QRectF()
        self._font = QFont()
        self._font.setBold(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        show_contents(self, False)  # nothing to draw yet

    def set_shapes(self, shapes: list[Shape]) -> None:
        show_contents(self, len(shapes) > 0)
        self.prepareGeometryChange()
        self.shapes = shapes
        rect = QRectF()
        for shape in shapes:
            rect = rect.united(shape.path.boundingRect())
        self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        if self._rect.isNull():
            return QRectF()
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        return self._rect.adjusted(-8 * px, -8 * px, 8 * px, 8 * px)

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.shapes:
            return
        t = p.transform()
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self._font)
        for shape in self.shapes:
            device = t.map(shape.path)
            if shape.fill is not None:
                p.fillPath(device, shape.fill)
            if shape.hatch is not None:
                p.fillPath(device, QBrush(shape.hatch, shape.hatch_style))
            p.setBrush(Qt.BrushStyle.NoBrush)
            if shape.halo is not None:
                p.setPen(QPen(shape.halo, shape.width + 5))
                p.drawPath(device)
            pen = QPen(shape.outline, shape.width)
            pen.setStyle(shape.style)
            p.setPen(pen)
            p.drawPath(device)
            if shape.caption:
                box = device.boundingRect()
                p.setPen(shape.outline)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, shape.caption)
        p.restore()


def _project(projection: LocalProjection, lat: list[float], lon: list[float]) -> np.ndarray:
    if not lat:
        return np.empty((0, 2))
    return projection.forward_array(np.asarray(lat, float), np.asarray(lon, float))


class SensorLayer:
    """Sensor symbols, names and coverage circles."""

    def __init__(self, view_box: pg.ViewBox, z_cover: float, z: float) -> None:
        self.coverage = ShapeItem()
        self.symbols = pg.ScatterPlotItem(pxMode=True, size=14, symbol="h")
        self.labels = LabelLayer(offset_px=10.0)
        for item, zz in ((self.coverage, z_cover), (self.symbols, z), (self.labels, z + 0.1)):
            item.setZValue(zz)
            view_box.addItem(item, ignoreBounds=True)
        self.sensors: list[SensorView] = []
        self.xy = np.empty((0, 2))
        self._dark = False

    def set_sensors(
        self, sensors: Sequence[SensorView], projection: LocalProjection | None
    ) -> None:
        self.sensors = list(sensors) if projection is not None else []
        if projection is None:
            self.xy = np.empty((0, 2))
        else:
            lat = [s.lat for s in self.sensors]
            self.xy = _project(projection, lat, [s.lon for s in self.sensors])
        self._restyle()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def sensor_colour(self, sensor: SensorView) -> QColor:
        """The colour a sensor and its coverage are drawn in, by its health."""
        if sensor.health == "down":
            return QColor(_DOWN_FILL)
        if sensor.health == "degraded":
            return QColor(_DEGRADED_NIGHT if self._dark else _DEGRADED_DAY)
        return QColor(_SENSOR_NIGHT if self._dark else _SENSOR_DAY)

    def _restyle(self) -> None:
        outline = "#000000" if self._dark else "#ffffff"
        colours = [self.sensor_colour(s) for s in self.sensors]
        self.symbols.setVisible(bool(self.sensors))  # an empty scatter still costs call backs
        self.symbols.setData(
            x=self.xy[:, 0],
            y=self.xy[:, 1],
            brush=[pg.mkBrush(c) for c in colours],
            pen=[
                pg.mkPen(ALARM_DAY if s.health == "down" else outline, width=1.2)
                for s in self.sensors
            ],
        )
        self.labels.set_labels(
            self.xy[:, 0], self.xy[:, 1], [_sensor_label(s) for s in self.sensors]
        )
        shapes = []
        for s, colour, (x, y) in zip(self.sensors, colours, self.xy.tolist(), strict=True):
            if s.range_m is None or s.range_m <= 0:
                continue
            fill = QColor(colour)
            fill.setAlpha(0 if s.health == "down" else 18)
            style = Qt.PenStyle.DotLine if s.health == "down" else Qt.PenStyle.DashLine
            shapes.append(Shape(circle_path(x, y, s.range_m), colour, 1.2, style, fill))
        self.coverage.set_shapes(shapes)

    def coverage_circles(self) -> dict[str, tuple[float, float, float]]:
        """Sensor id -> (x, y, radius) in local metres, for tests."""
        return {
            s.sensor_id: (x, y, float(s.range_m))
            for s, (x, y) in zip(self.sensors, self.xy.tolist(), strict=True)
            if s.range_m is not None and s.range_m > 0
        }


def _sensor_label(sensor: SensorView) -> str:
    labels = {
        "down": QCoreApplication.translate("SensorLayer", "{name} (down)"),
        "degraded": QCoreApplication.translate("SensorLayer", "{name} (degraded)"),
    }
    return labels.get(sensor.health or "", "{name}").format(name=sensor.name)


class ZoneLayer:
    """Watched zones: translucent polygons with names; alarmed ones in red."""

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        self.areas = ShapeItem()
        self.labels = LabelLayer(offset_px=0.0)
        for item, zz in ((self.areas, z), (self.labels, z + 0.1)):
            item.setZValue(zz)
            view_box.addItem(item, ignoreBounds=True)
        self.zones: list[ZoneView] = []
        self.rings: list[np.ndarray] = []
        self._dark = False

    def set_zones(self, zones: Sequence[ZoneView], projection: LocalProjection | None) -> None:
        self.zones = [z for z in zones if len(z.polygon) >= 3] if projection is not None else []
        self.rings = [
            _project(projection, [p[0] for p in z.polygon], [p[1] for p in z.polygon])  # type: ignore[arg-type]
            for z in self.zones
        ]
        self._restyle()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def zone_style(self, zone: ZoneView) -> Shape:
        """The look of one zone (without its path), for the layer and tests."""
        if zone.alarmed:
            colour = QColor(ALARM_NIGHT if self._dark else ALARM_DAY)
            fill = QColor(colour)
            fill.setAlpha(ALARM_FILL_ALPHA)
            return Shape(QPainterPath(), colour, 3.5, fill=fill)
        colour = QColor(_ZONE_NIGHT if self._dark else _ZONE_DAY)
        fill = QColor(colour)
        fill.setAlpha(ZONE_FILL_ALPHA)
        return Shape(QPainterPath(), colour, 1.5, fill=fill)

    def _restyle(self) -> None:
        shapes = []
        for zone, ring in zip(self.zones, self.rings, strict=True):
            shape = self.zone_style(zone)
            shape.path = polygon_path(ring)
            shapes.append(shape)
        # Alarmed zones last, so their red outline is never hidden by a neighbour.
        shapes.sort(key=lambda s: s.width)
        self.areas.set_shapes(shapes)
        centres = np.array([r.mean(axis=0) for r in self.rings]) if self.rings else np.empty((0, 2))
        # An alarmed zone's name is always labelled (the placement pass's must).
        alarmed = [row for row, zone in enumerate(self.zones) if zone.alarmed]
        self.labels.set_labels(
            centres[:, 0], centres[:, 1], [z.name for z in self.zones], must=alarmed
        )
