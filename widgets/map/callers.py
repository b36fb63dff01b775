"""Callers on the map: where each active call is, how sure, and how it moved.

Contract:

* ``CallerLayer(view_box, z_disc, z)`` creates its items once: uncertainty
  discs (under units), rebid trails, symbols and number labels (on top).
  ``set_callers(calls, projection)`` draws every ringing or answered call
  whose location in force has a position: a symbol per source (glyph, shape
  and colour from ``widgets.symbols.caller_source_style``), a green ring
  when the location is verified, the uncertainty circle to scale (map units
  are local metres, so its radius is ``radius_m``; a translucent disc with an
  outline), the rebid history as a thin line with small dots from oldest to
  newest (older dots fainter), and a pending offered fix as a dashed circle
  and a hollow symbol. It returns False and touches nothing when the calls
  are the same as last time, so the layer repaints only on change.
  ``select(call_id | None)`` highlights one caller. ``caller_at``,
  ``circles()``, ``trail_point_counts()``, ``tooltip(call_id)`` serve
  picking, tooltips and tests.
* ``MapCallerMixin`` (a base of ``widgets.map_widget.MapWidget``) is the
  widget's caller API: ``set_callers``, ``select_call``, ``selected_call``,
  caller picking on click (``sigCallSelected(call_id)``) and hover tooltips,
  and the pick mode: ``pick_location(callback_id)`` turns the next left
  click on the map into ``sigMapClicked(lat, lon)`` and
  ``sigLocationPicked(callback_id, lat, lon)``; Escape (or
  ``cancel_pick()``) leaves it and emits ``sigPickCancelled(callback_id)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.geo import LocalProjection
from widgets.call_queue import format_confidence, format_coordinates, format_radius
from widgets.map.contents import show_contents
from widgets.map.layers import LabelLayer
from widgets.map.pixel_markers import PixelMarkers
from widgets.map.tooltips import escape, fix_age
from widgets.symbols import (
    SELECTION_DAY,
    SELECTION_NIGHT,
    VERIFIED_DAY,
    VERIFIED_NIGHT,
    caller_source_color,
    caller_source_label,
    caller_source_style,
)
from widgets.views import CallView, LocationView

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

ACTIVE_STATES = frozenset({"ringing", "answered"})
SYMBOL_PX = 18.0
_DISC_ALPHA = 45
_DISC_ALPHA_SELECTED = 75


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapWidget", text)


def _positioned(location: LocationView | None) -> bool:
    return location is not None and location.lat is not None and location.lon is not None


def _cosmetic(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)  # width in pixels at any zoom
    pen.setStyle(style)
    return pen


class _Circles(pg.GraphicsObject):
    """Circles in map metres (true to scale), painted by one item."""

    def __init__(self, dashed: bool) -> None:
        super().__init__()
        self._dashed = dashed
        self.xyr = np.empty((0, 3))
        self.colours: list[QColor] = []
        self.selected = -1
        self._rect = QRectF()
        show_contents(self, False)  # nothing to draw yet

    def set_circles(self, xyr: np.ndarray, colours: list[QColor], selected: int) -> None:
        show_contents(self, len(xyr) > 0)
        self.prepareGeometryChange()
        self.xyr = xyr
        self.colours = colours
        self.selected = selected
        if len(xyr):
            r = xyr[:, 2]
            x0, x1 = float((xyr[:, 0] - r).min()), float((xyr[:, 0] + r).max())
            y0, y1 = float((xyr[:, 1] - r).min()), float((xyr[:, 1] + r).max())
            self._rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        else:
            self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        if not len(self.xyr):
            return QRectF()
        # A few pixels for the outline's width.
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        return self._rect.adjusted(-4 * px, -4 * px, 4 * px, 4 * px)

    def paint(
        self, p: QPainter, opt: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        style = Qt.PenStyle.DashLine if self._dashed else Qt.PenStyle.SolidLine
        for row, (x, y, r) in enumerate(self.xyr.tolist()):
            colour = QColor(self.colours[row])
            selected = row == self.selected
            p.setPen(_cosmetic(colour, 2.5 if selected else 1.5, style))
            fill = QColor(colour)
            fill.setAlpha(0 if self._dashed else _DISC_ALPHA_SELECTED if selected else _DISC_ALPHA)
            p.setBrush(fill)
            p.drawEllipse(QPointF(x, y), r, r)


class _Symbols(PixelMarkers):
    """Caller symbols in device pixels: shape, glyph, verified and selection rings."""

    def __init__(self) -> None:
        super().__init__(SYMBOL_PX, 8, 0.62)
        self.sources: list[str] = []
        self.hollow: list[bool] = []
        self.verified: list[bool] = []
        self.dark = False

    def set_symbols(
        self, xy: np.ndarray, sources: list[str], hollow: list[bool], verified: list[bool]
    ) -> None:
        self.xy, self.sources, self.hollow, self.verified = xy, sources, hollow, verified
        self._changed()

    def _paint_markers(self, p: QPainter, t: QTransform) -> None:
        half = SYMBOL_PX / 2
        outline = QColor("#000000" if self.dark else "#ffffff")
        # Hollow (offered) symbols first so the symbol in force sits on top.
        order = sorted(range(len(self.xy)), key=lambda i: (not self.hollow[i], i == self.selected))
        for row in order:
            centre = t.map(QPointF(*self.xy[row]))
            style = caller_source_style(self.sources[row])
            colour = caller_source_color(self.sources[row], self.dark)
            if row == self.selected:
                selection = QColor(SELECTION_NIGHT if self.dark else SELECTION_DAY)
                p.setPen(QPen(selection, 3.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, half + 7, half + 7)
            if self.verified[row]:
                p.setPen(QPen(QColor(VERIFIED_NIGHT if self.dark else VERIFIED_DAY), 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, half + 3.5, half + 3.5)
            if self.hollow[row]:
                p.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine))
                p.setBrush(QColor(outline.red(), outline.green(), outline.blue(), 170))
            else:
                p.setPen(QPen(outline, 1.5))
                p.setBrush(colour)
            p.drawPath(_shape_path(style.shape, centre, half))
            p.setPen(colour if self.hollow[row] else QColor("#ffffff"))
            box = QRectF(centre.x() - half, centre.y() - half, SYMBOL_PX, SYMBOL_PX)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, style.glyph)


def _shape_path(shape: str, centre: QPointF, half: float) -> QPainterPath:
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if shape == "square":
        path.addRect(QRectF(x - half * 0.9, y - half * 0.9, half * 1.8, half * 1.8))
    elif shape == "diamond":
        corners = [QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half)]
        path.addPolygon(QPolygonF([*corners, QPointF(x - half, y), QPointF(x, y - half)]))
    else:
        path.addEllipse(centre, half, half)
    return path


class CallerLayer:
    """Uncertainty discs, rebid trails, symbols and labels of active callers."""

    def __init__(self, view_box: pg.ViewBox, z_disc: float, z: float) -> None:
        self.discs = _Circles(dashed=False)
        self.offers = _Circles(dashed=True)
        self.trails = pg.PlotDataItem(antialias=True, connect="finite", dynamicRangeLimit=None)
        self.trail_dots = pg.ScatterPlotItem(pxMode=True, size=6, symbol="o")
        self.symbols = _Symbols()
        self.labels = LabelLayer(offset_px=SYMBOL_PX / 2 + 6)
        for item, zz in (
            (self.discs, z_disc),
            (self.offers, z_disc + 0.1),
            (self.trails, z),
            (self.trail_dots, z + 0.1),
            (self.symbols, z + 0.2),
            (self.labels, z + 0.3),
        ):
            item.setZValue(zz)
            view_box.addItem(item, ignoreBounds=True)
        # Units move under the callers every frame; cached pixmaps make the
        # callers a blit until set_callers, select or a pan/zoom changes them.
        for cached in (self.discs, self.offers, self.trails.curve, self.symbols, self.labels):
            cached.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._calls: tuple[CallView, ...] = ()
        self._shown: list[CallView] = []
        self._xy = np.empty((0, 2))
        self._offers: list[CallView] = []
        self._offer_xy = np.empty((0, 2))
        self._trail_parts: list[np.ndarray] = []
        self._trail_counts: dict[str, int] = {}
        self._selected: str | None = None
        self._dark = False

    # -- data -------------------------------------------------------------------

    def set_callers(
        self, calls: Sequence[CallView], projection: LocalProjection | None, force: bool = False
    ) -> bool:
        calls = tuple(calls)
        if calls == self._calls and not force:
            return False
        self._calls = calls
        latest = {c.call_id: c for c in calls if c.state in ACTIVE_STATES}
        if projection is None:
            latest = {}
        self._shown = [c for c in latest.values() if _positioned(c.location)]
        self._project(projection)
        self._restyle()
        return True

    def set_projection(self, projection: LocalProjection | None) -> None:
        self.set_callers(self._calls, projection, force=True)

    def _project(self, projection: LocalProjection | None) -> None:
        def forward(points: Sequence[LocationView]) -> np.ndarray:
            if not points or projection is None:
                return np.empty((0, 2))
            lat = np.array([p.lat for p in points], dtype=float)
            lon = np.array([p.lon for p in points], dtype=float)
            return projection.forward_array(lat, lon)

        self._xy = forward([c.location for c in self._shown])  # type: ignore[misc]
        self._offers = [c for c in self._shown if _positioned(c.pending)]
        self._offer_xy = forward([c.pending for c in self._offers])  # type: ignore[misc]
        self._trail_counts = {}
        parts: list[np.ndarray] = []
        for call in self._shown:
            points = [h for h in call.history if _positioned(h)]
            self._trail_counts[call.call_id] = len(points)
            if len(points) >= 2:
                parts.append(forward(points))
        self._trail_parts = parts

    def select(self, call_id: str | None) -> None:
        call_id = call_id or None
        if call_id != self._selected:
            self._selected = call_id
            self._restyle()

    def selected(self) -> str | None:
        return self._selected

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._restyle()

    def _restyle(self) -> None:
        ids = [c.call_id for c in self._shown]
        selected = ids.index(self._selected) if self._selected in ids else -1
        sources = [c.location.source for c in self._shown]  # type: ignore[union-attr]
        colours = [caller_source_color(s, self._dark) for s in sources]
        radii = np.array([c.location.radius_m or 0.0 for c in self._shown])  # type: ignore[union-attr]
        has_radius = radii > 0
        xyr = np.column_stack([self._xy, radii])[has_radius] if len(ids) else np.empty((0, 3))
        disc_rows = np.flatnonzero(has_radius).tolist()
        self.discs.set_circles(
            xyr,
            [colours[r] for r in disc_rows],
            disc_rows.index(selected) if selected in disc_rows else -1,
        )
        offer_radii = np.array([o.pending.radius_m or 0.0 for o in self._offers])  # type: ignore[union-attr]
        offer_xyr = (
            np.column_stack([self._offer_xy, offer_radii])[offer_radii > 0]
            if self._offers
            else np.empty((0, 3))
        )
        offer_colours = [
            caller_source_color(o.pending.source, self._dark)  # type: ignore[union-attr]
            for o, r in zip(self._offers, offer_radii.tolist(), strict=True)
            if r > 0
        ]
        self.offers.set_circles(offer_xyr, offer_colours, -1)
        self._style_trails()
        offer_sources = [o.pending.source for o in self._offers]  # type: ignore[union-attr]
        self.symbols.dark = self._dark
        self.symbols.selected = selected
        self.symbols.set_symbols(
            np.vstack([self._xy, self._offer_xy]) if self._offers else self._xy,
            sources + offer_sources,
            [False] * len(sources) + [True] * len(offer_sources),
            [bool(c.location.verified) for c in self._shown] + [False] * len(offer_sources),  # type: ignore[union-attr]
        )
        self.labels.set_labels(
            self._xy[:, 0] if len(ids) else np.empty(0),
            self._xy[:, 1] if len(ids) else np.empty(0),
            [c.number or c.call_id for c in self._shown],
            priority=selected,
        )

    def _style_trails(self) -> None:
        parts = self._trail_parts
        ink = QColor("#c8c8c8" if self._dark else "#404040")
        if not parts:
            self.trails.setData([], [])
            self.trail_dots.setData(x=[], y=[])
            self.trails.setVisible(False)  # empty items still cost a paint's call backs
            self.trail_dots.setVisible(False)
            return
        nan = np.full((1, 2), np.nan)
        line = np.vstack([row for part in parts for row in (part, nan)])
        self.trails.setData(line[:, 0], line[:, 1], connect="finite")
        self.trails.setVisible(True)
        self.trail_dots.setVisible(True)
        self.trails.setPen(_cosmetic(ink, 1.0))
        dots = np.vstack(parts)
        brushes = []
        for part in parts:
            # Fainter for older fixes, so the direction of travel reads at a glance.
            for alpha in np.linspace(110, 255, len(part)).tolist():
                fill = QColor(ink)
                fill.setAlpha(int(alpha))
                brushes.append(pg.mkBrush(fill))
        self.trail_dots.setData(x=dots[:, 0], y=dots[:, 1], brush=brushes, pen=None, size=6)

    # -- reading -------------------------------------------------------------

    def shown(self) -> list[CallView]:
        return list(self._shown)

    def xy(self) -> np.ndarray:
        return self._xy.copy()

    def circles(self) -> dict[str, tuple[float, float, float]]:
        """Call id -> (x, y, radius) of its in-force uncertainty circle, in metres."""
        ids = [c.call_id for c in self._shown if (c.location.radius_m or 0) > 0]  # type: ignore[union-attr]
        return {i: (x, y, r) for i, (x, y, r) in zip(ids, self.discs.xyr.tolist(), strict=True)}

    def offer_circles(self) -> dict[str, tuple[float, float, float]]:
        ids = [o.call_id for o in self._offers if (o.pending.radius_m or 0) > 0]  # type: ignore[union-attr]
        return {i: (x, y, r) for i, (x, y, r) in zip(ids, self.offers.xyr.tolist(), strict=True)}

    def trail_point_counts(self) -> dict[str, int]:
        return dict(self._trail_counts)

    def call(self, call_id: str) -> CallView | None:
        return next((c for c in self._shown if c.call_id == call_id), None)

    def tooltip(self, call_id: str, now: datetime | None = None) -> str:
        call = self.call(call_id)
        if call is None or call.location is None:
            return ""
        loc = call.location
        facts = [caller_source_label(loc.source), format_radius(loc.radius_m)]
        facts.append(format_confidence(loc.confidence))
        lines = [
            f"<b>{escape(call.number or _tr('(no number)'))}</b>",
            escape(" · ".join(f for f in facts if f)),
            _tr("Located {time} ({age})").format(
                time=loc.time.astimezone().strftime("%H:%M:%S"), age=fix_age(loc.time, now)
            ),
        ]
        if loc.address:
            lines.append(escape(loc.address))
        if loc.verified:
            lines.append(_tr("Verified"))
        if call.pending is not None:
            lines.append(_tr("New automatic fix offered"))
        lines.append(format_coordinates(loc.lat, loc.lon, digits=5))  # type: ignore[arg-type]
        return "<br>".join(lines)


class MapCallerMixin:
    """The caller API of ``MapWidget``: callers, their picking and the pick mode."""

    _callers: CallerLayer
    _projection: LocalProjection | None
    _canvas: pg.GraphicsView
    _pick_id: str | None
    _nearest: Callable[[np.ndarray, np.ndarray, QPointF], int]
    viewport_to_lat_lon: Callable[[QPointF], tuple[float, float] | None]
    map_to_viewport: Callable[[float, float], QPointF]
    sigCallSelected: SignalInstance
    sigMapClicked: SignalInstance
    sigLocationPicked: SignalInstance
    sigPickCancelled: SignalInstance

    def set_callers(self, calls: Sequence[CallView]) -> None:
        """Draw the active calls; a no-op when nothing changed since the last call."""
        self._callers.set_callers(calls, self._projection)

    def select_call(self, call_id: str | None) -> None:
        """Highlight a caller (or none) without emitting ``sigCallSelected``."""
        self._callers.select(call_id)

    def selected_call(self) -> str | None:
        return self._callers.selected()

    def caller_layer(self) -> CallerLayer:
        return self._callers

    def caller_at(self, viewport_pos: QPointF) -> str | None:
        xy = self._callers.xy()
        hit = self._nearest(xy[:, 0], xy[:, 1], viewport_pos) if len(xy) else -1
        return None if hit < 0 else self._callers.shown()[hit].call_id

    def caller_viewport_pos(self, call_id: str) -> QPointF | None:
        ids = [c.call_id for c in self._callers.shown()]
        if call_id not in ids:
            return None
        x, y = self._callers.xy()[ids.index(call_id)].tolist()
        return self.map_to_viewport(x, y)

    def tooltip_at(self, viewport_pos: QPointF) -> str:
        call_id = self.caller_at(viewport_pos)
        if call_id is not None:
            return self._callers.tooltip(call_id)
        return super().tooltip_at(viewport_pos)  # type: ignore[misc]

    # -- pick mode --------------------------------------------------------------

    def pick_location(self, callback_id: str) -> None:
        """Turn the next left click into ``sigMapClicked`` / ``sigLocationPicked``."""
        self._pick_id = callback_id
        self._canvas.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def picking(self) -> str | None:
        return self._pick_id

    def cancel_pick(self) -> bool:
        """Leave pick mode (emitting ``sigPickCancelled``); False when not picking."""
        if self._pick_id is None:
            return False
        callback_id = self._end_pick()
        self.sigPickCancelled.emit(callback_id)
        return True

    def _end_pick(self) -> str:
        callback_id, self._pick_id = self._pick_id or "", None
        self._canvas.viewport().unsetCursor()
        return callback_id

    def _caller_clicked(self, viewport_pos: QPointF) -> bool:
        """A left click: finish a pick, or select a caller. True when handled."""
        if self._pick_id is not None:
            where = self.viewport_to_lat_lon(viewport_pos)
            if where is None:
                return False
            callback_id = self._end_pick()
            self.sigMapClicked.emit(*where)
            self.sigLocationPicked.emit(callback_id, *where)
            return True
        call_id = self.caller_at(viewport_pos)
        if call_id is None:
            return False
        self.select_call(call_id)
        self.sigCallSelected.emit(call_id)
        return True
