"""Unit routes on the map: one line per unit on its way, with its ETA.

Contract: ``RouteLayer.set_routes(routes, projection, discipline_of)`` draws
each ``RouteView`` as one ``PlotDataItem`` in the unit's discipline colour
(dashed and semi-transparent, so roads and units stay readable under it)
and an "ETA m:ss" label at the route's start. Items are created once per
call sign and reused by later calls (``setData`` only); items of routes that
went away are hidden and kept for the next new route. ``highlight(call
sign | None)`` draws one route solid, wider and on top, and fades the rest.
``point_counts()`` and ``item(call_sign)`` are for tests.

``RouteLayer(view_box, z, committed=True)`` draws the routes of units already
dispatched instead: solid, thinner, without ETA labels (the unit's own label
says who it is). ``trim(call_sign, x, y)`` cuts such a route to start at the
unit's position (the part driven is dropped; it never grows back);
``call_signs()`` and ``routes()`` list those drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from models.geo import LocalProjection
from widgets.map.layers import LabelLayer
from widgets.status_style import format_mmss
from widgets.symbols import discipline_color
from widgets.views import RouteView

_WIDTH = 3.0
_WIDTH_HIGHLIGHT = 5.0
_WIDTH_COMMITTED = 2.5
_ALPHA = 170
_ALPHA_FADED = 70


class RouteLayer:
    """Route lines and ETA labels inside a ``ViewBox``."""

    def __init__(self, view_box: pg.ViewBox, z: float, committed: bool = False) -> None:
        self._view_box = view_box
        self._z = z
        self._committed = committed
        self._xy: dict[str, np.ndarray] = {}
        self._cut: dict[str, int] = {}
        self._items: dict[str, pg.PlotDataItem] = {}
        self._spare: list[pg.PlotDataItem] = []
        self._disciplines: dict[str, str] = {}
        self._routes: list[RouteView] = []
        self._highlight: str | None = None
        self._dark = False
        self._starts: tuple[np.ndarray, np.ndarray, list[str]] = (np.empty(0), np.empty(0), [])
        self.labels = LabelLayer(offset_px=10.0)
        self.labels.setZValue(z + 2)
        view_box.addItem(self.labels, ignoreBounds=True)

    def set_routes(
        self,
        routes: Sequence[RouteView],
        projection: LocalProjection | None,
        discipline_of: Callable[[str], str],
    ) -> None:
        latest = {route.call_sign: route for route in routes if len(route.lat) >= 1}
        if projection is None:
            latest = {}
        for call_sign in list(self._items):
            if call_sign not in latest:
                item = self._items.pop(call_sign)
                item.setData([], [])
                item.setVisible(False)
                self._spare.append(item)
        starts_x: list[float] = []
        starts_y: list[float] = []
        texts: list[str] = []
        for call_sign, route in latest.items():
            assert projection is not None
            xy = projection.forward_array(np.asarray(route.lat), np.asarray(route.lon))
            item = self._items.get(call_sign)
            if item is None:
                item = self._spare.pop() if self._spare else self._new_item()
                self._items[call_sign] = item
            item.setData(xy[:, 0], xy[:, 1])
            item.setVisible(True)
            if self._committed:
                self._xy[call_sign] = xy
                self._cut[call_sign] = 0
            self._disciplines[call_sign] = discipline_of(call_sign)
            starts_x.append(float(xy[0, 0]))
            starts_y.append(float(xy[0, 1]))
            texts.append(
                QCoreApplication.translate("MapWidget", "{unit} ETA {eta}").format(
                    unit=call_sign, eta=format_mmss(route.eta_s)
                )
            )
        self._routes = list(latest.values())
        for call_sign in list(self._xy):
            if call_sign not in latest:
                self._xy.pop(call_sign, None)
                self._cut.pop(call_sign, None)
        if self._committed:
            starts_x, starts_y, texts = [], [], []
        if self._highlight not in self._items:
            self._highlight = None
        self._starts = (np.asarray(starts_x), np.asarray(starts_y), texts)
        self._restyle()

    def call_signs(self) -> list[str]:
        return list(self._items)

    def routes(self) -> list[RouteView]:
        return list(self._routes)

    def trim(self, call_sign: str, x: float, y: float) -> None:
        """Start the route at the unit's position, dropping the part behind it."""
        xy = self._xy.get(call_sign)
        item = self._items.get(call_sign)
        if xy is None or item is None or len(xy) < 2:
            return
        start = self._cut.get(call_sign, 0)
        # Nearest vertex ahead of the last cut, so a route never grows back.
        rest = xy[start:]
        nearest = start + int(np.argmin((rest[:, 0] - x) ** 2 + (rest[:, 1] - y) ** 2))
        nearest = min(nearest, len(xy) - 1)
        self._cut[call_sign] = nearest
        tail = xy[nearest + 1 :] if nearest + 1 < len(xy) else xy[-1:]
        item.setData(np.concatenate(([x], tail[:, 0])), np.concatenate(([y], tail[:, 1])))

    def _new_item(self) -> pg.PlotDataItem:
        item = pg.PlotDataItem(antialias=True, dynamicRangeLimit=None)  # no rebuild on pans
        item.setZValue(self._z)
        self._view_box.addItem(item, ignoreBounds=True)
        return item

    def highlight(self, call_sign: str | None) -> None:
        call_sign = call_sign or None
        if call_sign is not None and call_sign not in self._items:
            call_sign = None
        if call_sign != self._highlight:
            self._highlight = call_sign
            self._restyle()

    def highlighted(self) -> str | None:
        return self._highlight

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def item(self, call_sign: str) -> pg.PlotDataItem | None:
        return self._items.get(call_sign)

    def point_counts(self) -> dict[str, int]:
        return {name: len(item.xData) for name, item in self._items.items()}

    def _restyle(self) -> None:
        for call_sign, item in self._items.items():
            colour = QColor(discipline_color(self._disciplines.get(call_sign, ""), self._dark))
            if self._committed:
                colour.setAlpha(_ALPHA)
                item.setPen(pg.mkPen(colour, width=_WIDTH_COMMITTED))
                item.setZValue(self._z)
            elif call_sign == self._highlight:
                item.setPen(pg.mkPen(colour, width=_WIDTH_HIGHLIGHT))
                item.setZValue(self._z + 1)
            else:
                colour.setAlpha(_ALPHA if self._highlight is None else _ALPHA_FADED)
                item.setPen(pg.mkPen(colour, width=_WIDTH, style=Qt.PenStyle.DashLine))
                item.setZValue(self._z)
        x, y, texts = self._starts
        names = [route.call_sign for route in self._routes]
        priority = names.index(self._highlight) if self._highlight in names else -1
        self.labels.set_labels(x, y, texts, priority=priority)
