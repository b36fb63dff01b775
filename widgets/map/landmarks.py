"""Landmarks on the map at close zoom: hospitals, stations, schools, hydrants.

Contract: ``LandmarkLayer(view_box, z)`` creates its items once.
``set_landmarks(places, projection)`` keeps ``models.places.types.Place``
s (any kind; ``category`` picks the sign from
``widgets.symbols.landmark_style``). ``apply_lod(m_per_px)`` shows the
landmarks from ``LANDMARK_MAX_M_PER_PX`` in, fire hydrants only from
``HYDRANT_MAX_M_PER_PX`` in (a city has thousands), and names (never for
hydrants) through ``labels``, a ``LabelLayer`` the map's placement pass
manages; it returns True when what is shown changed. ``shown_xy()`` gives
the signs drawn (for picking and as obstacles other labels avoid);
``place_at(row)`` and ``tooltip(row)`` describe one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem

from models.geo import LocalProjection
from models.places.types import Place
from widgets.map.layers import LabelLayer
from widgets.map.pixel_markers import PixelMarkers
from widgets.map.tooltips import escape
from widgets.symbols import HYDRANT, landmark_color, landmark_label, landmark_style

__all__ = ["HYDRANT_MAX_M_PER_PX", "LANDMARK_MAX_M_PER_PX", "LandmarkLayer"]

LANDMARK_MAX_M_PER_PX = 3.0
HYDRANT_MAX_M_PER_PX = 1.0
_SIGN_PX = 16.0


class _Signs(PixelMarkers):
    def __init__(self) -> None:
        super().__init__(_SIGN_PX, 4, 0.62)
        self.categories: list[str | None] = []
        self.dark = False
        # Signs only change with the data, the theme or the zoom: a frame where units
        # or tracks moved blits them (~1 ms of paths and glyphs a frame otherwise).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_signs(self, xy: np.ndarray, categories: list[str | None]) -> None:
        self.xy, self.categories = xy, categories
        self._changed()

    def _paint_markers(self, p: QPainter, t: QTransform) -> None:
        fill = QColor("#15181d" if self.dark else "#ffffff")
        viewport = p.viewport()
        for (x, y), category in zip(self.xy.tolist(), self.categories, strict=True):
            centre = t.map(QPointF(x, y))
            if not viewport.adjusted(-20, -20, 20, 20).contains(centre.toPoint()):
                continue
            style = landmark_style(category)
            colour = landmark_color(category, self.dark)
            half = style.size_px / 2
            if style.shape == "hydrant":
                p.setPen(QPen(fill, 1.5))
                p.setBrush(colour)
                p.drawEllipse(centre, half, half)
                p.setBrush(fill)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawEllipse(centre, half / 3, half / 3)
                continue
            p.setPen(QPen(colour, 2.0))
            p.setBrush(fill)
            p.drawPath(_sign_path(style.shape, centre, half))
            p.setPen(colour)
            box = QRectF(centre.x() - half, centre.y() - half + 1, 2 * half, 2 * half)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, style.glyph)


def _sign_path(shape: str, c: QPointF, half: float) -> QPainterPath:
    path = QPainterPath()
    x, y = c.x(), c.y()
    if shape == "sign":
        path.addRoundedRect(QRectF(x - half, y - half, 2 * half, 2 * half), 3, 3)
    elif shape == "house":
        points = [(x, y - half), (x + half, y - half * 0.2), (x + half, y + half),
                  (x - half, y + half), (x - half, y - half * 0.2), (x, y - half)]  # fmt: skip
        path.addPolygon(QPolygonF([QPointF(a, b) for a, b in points]))
    elif shape == "shield":
        points = [(x - half, y - half), (x + half, y - half), (x + half, y + half * 0.1),
                  (x, y + half), (x - half, y + half * 0.1), (x - half, y - half)]  # fmt: skip
        path.addPolygon(QPolygonF([QPointF(a, b) for a, b in points]))
    else:
        path.addEllipse(c, half, half)
    return path


class LandmarkLayer:
    """Landmark signs and names inside a ``ViewBox``."""

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        self.signs = _Signs()
        self.labels = LabelLayer(offset_px=_SIGN_PX / 2 + 4)
        self.signs.setZValue(z)
        self.labels.setZValue(z + 0.1)
        view_box.addItem(self.signs, ignoreBounds=True)
        view_box.addItem(self.labels, ignoreBounds=True)
        self.places: list[Place] = []
        self.xy = np.empty((0, 2))
        self._hydrant = np.empty(0, dtype=bool)
        self._m_per_px = 0.0
        self._shown = np.empty(0, dtype=np.intp)
        self._level = -1

    def set_landmarks(self, places: Sequence[Place], projection: LocalProjection | None) -> None:
        self.places = list(places) if projection is not None else []
        if self.places and projection is not None:
            lat = np.array([p.lat for p in self.places], dtype=float)
            lon = np.array([p.lon for p in self.places], dtype=float)
            self.xy = projection.forward_array(lat, lon)
        else:
            self.xy = np.empty((0, 2))
        self._hydrant = np.array([p.category == HYDRANT for p in self.places], dtype=bool)
        self._level = -1
        self.apply_lod(self._m_per_px)

    def set_dark(self, dark: bool) -> None:
        self.signs.dark = dark
        self.signs.update()

    def _level_for(self, m_per_px: float) -> int:
        if not 0 < m_per_px <= LANDMARK_MAX_M_PER_PX:
            return 0
        return 2 if m_per_px <= HYDRANT_MAX_M_PER_PX else 1

    def apply_lod(self, m_per_px: float) -> bool:
        self._m_per_px = m_per_px
        level = self._level_for(m_per_px)
        if level == self._level:
            return False
        self._level = level
        if level == 0:
            shown = np.empty(0, dtype=np.intp)
        elif level == 1:
            shown = np.flatnonzero(~self._hydrant)
        else:
            shown = np.arange(len(self.places))
        self._shown = shown
        self.signs.set_signs(self.xy[shown], [self.places[r].category for r in shown.tolist()])
        named = [r for r in shown.tolist() if not self._hydrant[r] and self.places[r].label]
        self.labels.set_labels(
            self.xy[named, 0] if named else np.empty(0),
            self.xy[named, 1] if named else np.empty(0),
            [self.places[r].label for r in named],
        )
        return True

    def shown_xy(self) -> np.ndarray:
        return self.xy[self._shown]

    def shown_rows(self) -> np.ndarray:
        return self._shown

    def place_at(self, shown_index: int) -> Place:
        return self.places[int(self._shown[shown_index])]

    def tooltip(self, place: Place) -> str:
        lines = [f"<b>{escape(place.label)}</b>", escape(landmark_label(place.category))]
        if place.locality:
            lines.append(escape(place.locality))
        lines.append(f"{place.lat:.5f}, {place.lon:.5f}")
        return "<br>".join(lines)
