"""Incidents on the map: a star coloured by priority, labelled with id and type.

Contract: ``IncidentLayer.set_incidents(incidents, projection)`` draws every
incident that is not closed as a star (a shape no unit or station uses)
filled with its priority colour (``priority_color``: 1 red, 2 orange,
3 yellow, 4 and below blue; day and night variants) and a contrasting
outline, with "<incident id> <type name>" beside it; labels are placed by
priority (1 first) and the ``select``ed incident's label always.
``shown()`` lists the
drawn incidents in draw order and ``xy`` their positions in local metres,
for picking and tests.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from models.geo import LocalProjection
from widgets.map.layers import LabelLayer
from widgets.views import IncidentView

_SIZE = 22
_SYMBOL = "star"

_PRIORITY_COLOURS: dict[int, tuple[str, str]] = {
    1: ("#e00000", "#ff4d4d"),
    2: ("#ff8800", "#ffa64d"),
    3: ("#f2c500", "#ffe066"),
}
_LOW_PRIORITY = ("#2f6fdf", "#79a6ff")


def priority_color(priority: int, dark: bool = False) -> QColor:
    day, night = _PRIORITY_COLOURS.get(priority, _LOW_PRIORITY)
    return QColor(night if dark else day)


class IncidentLayer:
    """Incident symbols and labels inside a ``ViewBox``."""

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        self.scatter = pg.ScatterPlotItem(pxMode=True, size=_SIZE, symbol=_SYMBOL)
        self.scatter.setZValue(z)
        self.labels = LabelLayer(offset_px=14.0)
        self.labels.setZValue(z + 0.5)
        view_box.addItem(self.scatter, ignoreBounds=True)
        view_box.addItem(self.labels, ignoreBounds=True)
        self._incidents: list[IncidentView] = []
        self.xy = np.empty((0, 2))
        self._dark = False
        self._selected: str | None = None

    def set_incidents(
        self, incidents: Sequence[IncidentView], projection: LocalProjection | None
    ) -> None:
        latest = {i.incident_id: i for i in incidents if i.status != "closed"}
        self._incidents = list(latest.values()) if projection is not None else []
        if not self._incidents or projection is None:
            self.xy = np.empty((0, 2))
        else:
            lat = np.array([i.lat for i in self._incidents], dtype=float)
            lon = np.array([i.lon for i in self._incidents], dtype=float)
            self.xy = projection.forward_array(lat, lon)
        self._restyle()

    def select(self, incident_id: str | None) -> None:
        if (incident_id or None) != self._selected:
            self._selected = incident_id or None
            self._restyle()

    def selected(self) -> str | None:
        return self._selected

    def shown(self) -> list[IncidentView]:
        return list(self._incidents)

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def _restyle(self) -> None:
        # An empty scatter would still cost the scene's call backs every paint.
        self.scatter.setVisible(bool(self._incidents))
        if not self._incidents:
            self.scatter.setData(x=[], y=[])
            self.labels.set_labels(np.empty(0), np.empty(0), [])
            return
        outline = pg.mkPen("#f0f0f0" if self._dark else "#202020", width=1.5)
        self.scatter.setData(
            x=self.xy[:, 0],
            y=self.xy[:, 1],
            brush=[pg.mkBrush(priority_color(i.priority, self._dark)) for i in self._incidents],
            pen=outline,
            symbol=_SYMBOL,
            size=_SIZE,
        )
        ids = [i.incident_id for i in self._incidents]
        self.labels.set_labels(
            self.xy[:, 0],
            self.xy[:, 1],
            [f"{i.incident_id} {i.type_name}" for i in self._incidents],
            priority=ids.index(self._selected) if self._selected in ids else -1,
            rank=np.array([i.priority for i in self._incidents], dtype=float),
        )
