"""Radar tracks on the map: heads, trails, speed vectors and labels.

Contract:

* ``TrackFrame`` is the plain picture the console hands over (the shape of
  ``models.alerts.tracks.TrackStore.snapshot()``, restated here so widgets
  never import models.alerts): ``ids`` ("sensor/number"), ``lat``, ``lon``,
  ``speed`` (m/s, NaN unknown), ``course`` (degrees clockwise from north,
  NaN unknown), ``labels`` (may be empty strings), ``trail_lat`` and
  ``trail_lon`` (one array per coordinate, NaN between tracks, oldest to
  newest), and optionally ``time`` (epoch seconds of each track's last
  update) or ``age_s`` (seconds since it) for the tooltip. Anything with
  those attributes (``TrackFrameLike``, e.g. ``TrackSnapshot``, whose ids and
  labels are object arrays and labels may be None) is accepted.
* ``TrackLayer(view_box, z)`` creates its items once: one ``PlotDataItem``
  for every trail (``connect='finite'``), one for every speed vector (head to
  head + velocity x ``VECTOR_S`` seconds, NaN-separated), one
  ``widgets.map.sprites.SpriteLayer`` of diamonds in each sensor's colour
  (``heads``), and one ``LabelLayer`` that is
  filled only when zoomed in to ``LABEL_MAX_M_PER_PX`` or closer; the labels
  of tracks named by an alert (``set_alarmed(ids)``) are always placed.
  ``set_frame(frame)`` only stores (any rate); ``flush(projection)`` draws
  the last stored frame and returns True, or does nothing and returns False
  when no frame arrived since the last flush (nor are trails waiting, below);
  the map calls it from its display timer.
* Trails follow at most every ``TRAIL_REFRESH_S``: heads, vectors and labels
  are drawn from every flushed frame, the trails (a radar's 200 tracks with
  60-point trails: 12,000 points whose path pyqtgraph rebuilds and bounds on
  every change, ~2 ms a frame) from the newest frame at most that often, and
  at once when the set of tracks changed, the layer was invalidated (zoom,
  projection, theme) or none were drawn yet. ``trails_waiting`` says a newer
  frame's trails are still to be drawn; a ``flush`` then draws them once due
  (the map keeps its display timer running meanwhile). ``clock`` (seconds,
  ``time.monotonic``) is given for tests.
* ``PolyProjection`` evaluates ``LocalProjection.forward`` as a cubic
  polynomial fitted to pyproj within ``FIT_SPAN_DEG`` (~55 km) of the site centre
  (pyproj costs ~1 us a point: 60 ms for 1,000 tracks with 60-point
  trails; the fit costs ~2 ms and stays within millimetres, see the tests);
  points outside the span go through pyproj.
* ``MapTrackMixin`` (a base of ``MapWidget``): ``set_track_frame``,
  ``track_layer()``, ``track_at(viewport_pos)``, ``track_tooltip(id)``, and
  hover tooltips over heads (id, label, speed in km/h, course, age).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QPen

from models.geo import LocalProjection
from widgets.map.layers import LabelLayer
from widgets.map.sprites import SpriteLayer, SpriteStyle
from widgets.map.tooltips import escape

__all__ = [
    "LABEL_MAX_M_PER_PX",
    "TRAIL_REFRESH_S",
    "VECTOR_S",
    "MapTrackMixin",
    "PolyProjection",
    "TrackFrame",
    "TrackFrameLike",
    "TrackLayer",
    "empty_track_frame",
]

VECTOR_S = 60.0
# Trails are redrawn at most this often (heads and vectors at every frame).
TRAIL_REFRESH_S = 0.25
# Labels for 1,000 tracks cost ~3 ms a frame to place (measured in
# bench_map_tracks); zoomed out they would be decluttered to a handful anyway.
LABEL_MAX_M_PER_PX = 4.0
HEAD_PX = 11
FIT_SPAN_DEG = 0.5

# Day, night: none is a discipline, caller-source or alert colour.
SENSOR_PALETTE: tuple[tuple[str, str], ...] = (
    ("#00838f", "#4dd0e1"),
    ("#827717", "#d4e157"),
    ("#5d4037", "#bcaaa4"),
    ("#3949ab", "#9fa8da"),
    ("#ef6c00", "#ffb74d"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapWidget", text)


class TrackFrameLike(Protocol):
    ids: Sequence[str] | np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    speed: np.ndarray
    course: np.ndarray
    labels: Sequence[str | None] | np.ndarray
    trail_lat: np.ndarray
    trail_lon: np.ndarray


@dataclass(frozen=True, slots=True)
class TrackFrame:
    ids: list[str]
    lat: np.ndarray
    lon: np.ndarray
    speed: np.ndarray
    course: np.ndarray
    labels: list[str]
    trail_lat: np.ndarray
    trail_lon: np.ndarray
    age_s: np.ndarray | None = field(default=None)
    time: np.ndarray | None = field(default=None)


def empty_track_frame() -> TrackFrame:
    empty = np.empty(0)
    return TrackFrame([], empty, empty, empty, empty, [], empty, empty)


def _terms(dlat: np.ndarray, dlon: np.ndarray) -> list[np.ndarray]:
    a2, b2 = dlat * dlat, dlon * dlon
    one = np.ones_like(dlat)
    return [one, dlat, dlon, a2, dlat * dlon, b2, a2 * dlat, a2 * dlon, dlat * b2, b2 * dlon]


class PolyProjection:
    """``projection.forward`` as a cubic fitted to pyproj near the site centre."""

    def __init__(self, projection: LocalProjection, span_deg: float = FIT_SPAN_DEG) -> None:
        self.projection = projection
        self.span = span_deg
        grid = np.linspace(-span_deg, span_deg, 17)
        a, b = (g.ravel() for g in np.meshgrid(grid, grid))
        x, y = projection.forward(projection.lat0 + a, projection.lon0 + b)
        terms = np.column_stack(_terms(a, b))
        self._cx = np.linalg.lstsq(terms, x, rcond=None)[0]
        self._cy = np.linalg.lstsq(terms, y, rcond=None)[0]

    def forward(self, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        dlat = np.asarray(lat, dtype=float) - self.projection.lat0
        dlon = np.asarray(lon, dtype=float) - self.projection.lon0
        terms = _terms(dlat, dlon)
        x = sum((c * t for c, t in zip(self._cx.tolist(), terms, strict=True)), np.zeros_like(dlat))
        y = sum((c * t for c, t in zip(self._cy.tolist(), terms, strict=True)), np.zeros_like(dlat))
        with np.errstate(invalid="ignore"):
            far = (np.abs(dlat) > self.span) | (np.abs(dlon) > self.span)
        if far.any():
            lat0, lon0 = self.projection.lat0, self.projection.lon0
            fx, fy = self.projection.forward(dlat[far] + lat0, dlon[far] + lon0)
            x[far], y[far] = fx, fy
        return x, y


def _as_list(values: Sequence[Any] | np.ndarray) -> list[Any]:
    return values.tolist() if isinstance(values, np.ndarray) else list(values)


def _age_of(frame: TrackFrameLike, row: int, now: float | None) -> float | None:
    ages = getattr(frame, "age_s", None)
    if ages is not None and row < len(ages) and math.isfinite(float(ages[row])):
        return float(ages[row])
    times = getattr(frame, "time", None)
    if times is not None and row < len(times) and math.isfinite(float(times[row])):
        return (time.time() if now is None else now) - float(times[row])
    return None


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen


class TrackLayer:
    """Every live track drawn by a fixed handful of items."""

    def __init__(
        self, view_box: pg.ViewBox, z: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self._trails_at = -math.inf  # clock time the trails were last drawn
        self._trail_ids: list[str] | None = None  # the tracks they were drawn for
        self._trails_forced = True  # the next flush draws the trails, due or not
        self.trails_waiting = False  # a flushed frame's trails not drawn yet
        # dynamicRangeLimit=None: pyqtgraph would rebuild the paths on every vertical pan.
        self.trails = pg.PlotDataItem(antialias=False, connect="finite", dynamicRangeLimit=None)
        self.vectors = pg.PlotDataItem(antialias=False, connect="finite", dynamicRangeLimit=None)
        # Every head by one item, one diamond style per sensor colour (widgets.map.sprites).
        self.heads = SpriteLayer([])
        self.labels = LabelLayer(offset_px=HEAD_PX / 2 + 4)
        items = (self.trails, self.vectors, self.heads, self.labels)
        for k, item in enumerate(items):
            item.setZValue(z + 0.01 * k)
            view_box.addItem(item, ignoreBounds=True)
        self._frame: TrackFrameLike = empty_track_frame()
        self._pending = False
        self._poly: PolyProjection | None = None
        self._sensor_colour: dict[str, int] = {}
        self._codes_for: list[str] | None = None
        self._codes = np.empty(0, dtype=np.intp)
        self._index: dict[str, int] | None = None
        self._m_per_px = 0.0
        self._dark = False
        self.x = np.empty(0)
        self.y = np.empty(0)
        self.labels_shown = False
        self.alarmed: frozenset[str] = frozenset()

    # -- data -------------------------------------------------------------------

    def set_frame(self, frame: TrackFrameLike) -> None:
        self._frame = frame
        self._index = None
        self._pending = True

    def frame(self) -> TrackFrameLike:
        return self._frame

    def set_alarmed(self, track_ids: frozenset[str]) -> None:
        """Tracks an alert names: their labels are always placed."""
        if track_ids != self.alarmed:
            self.alarmed = track_ids
            self._pending = True

    def invalidate(self) -> None:
        """Draw the stored frame again at the next flush (projection, zoom, theme)."""
        self._pending = True
        self._trails_forced = True

    def apply_lod(self, m_per_px: float) -> bool:
        """Note the zoom; True when the labels must be redrawn for it."""
        before = self._labels_wanted()
        self._m_per_px = m_per_px
        if before != self._labels_wanted():
            self._pending = True
        return self._pending

    def _labels_wanted(self) -> bool:
        return 0 < self._m_per_px <= LABEL_MAX_M_PER_PX

    def flush(self, projection: LocalProjection | None) -> bool:
        if not self._pending:
            if self.trails_waiting and self._trails_due() and self._poly is not None:
                self._draw_trails()  # the last frame's trails, now that they are due
                return True
            return False
        self._pending = False
        frame = self._frame
        if projection is None or len(frame.ids) == 0:
            self._clear()
            return True
        if self._poly is None or self._poly.projection is not projection:
            self._poly = PolyProjection(projection)
            self._trails_forced = True
        x, y = self._poly.forward(frame.lat, frame.lon)
        self.x, self.y = x, y
        ids = _as_list(frame.ids)
        self.heads.set_points(x, y, self._sensor_codes(ids))
        if ids != self._trail_ids:
            self._trails_forced = True  # a track came or went: its trail with it
        self.trails_waiting = True
        if self._trails_due():
            self._draw_trails()
        self.vectors.setVisible(True)
        self._draw_vectors(x, y, np.asarray(frame.speed, float), np.asarray(frame.course, float))
        self._draw_labels(x, y)
        return True

    def _trails_due(self) -> bool:
        return self._trails_forced or self._clock() - self._trails_at >= TRAIL_REFRESH_S

    def _draw_trails(self) -> None:
        frame = self._frame
        assert self._poly is not None
        tx, ty = self._poly.forward(frame.trail_lat, frame.trail_lon)
        # The connections as an array: with one NaN per 60-point trail pyqtgraph's
        # "finite" mode adds each trail in a Python loop (~7 ms for 200 trails).
        self.trails.setData(tx, ty, connect=np.isfinite(tx) & np.isfinite(ty))
        self.trails.setVisible(True)
        self._trail_ids = _as_list(frame.ids)
        self._trails_at = self._clock()
        self._trails_forced = False
        self.trails_waiting = False

    def _clear(self) -> None:
        self.x = self.y = np.empty(0)
        self._trail_ids = None
        self._trails_forced = True
        self.trails_waiting = False
        for item in (self.trails, self.vectors):
            item.setData([], [])
            item.setVisible(False)  # an empty item still costs the scene's call backs
        self.heads.set_points(np.empty(0), np.empty(0), np.empty(0, dtype=np.intp))
        self.labels.set_labels(np.empty(0), np.empty(0), [])
        self.labels_shown = False

    def _draw_vectors(
        self, x: np.ndarray, y: np.ndarray, speed: np.ndarray, course: np.ndarray
    ) -> None:
        heading = np.radians(course)
        reach = speed * VECTOR_S
        seg = np.empty((len(x), 3, 2))
        seg[:, 0, 0], seg[:, 0, 1] = x, y
        seg[:, 1, 0] = x + reach * np.sin(heading)
        seg[:, 1, 1] = y + reach * np.cos(heading)
        seg[:, 2] = np.nan
        seg[~np.isfinite(seg[:, 1, 0] + seg[:, 1, 1]), 0] = np.nan  # no vector, no dot
        flat = seg.reshape(-1, 2)
        self.vectors.setData(flat[:, 0], flat[:, 1], connect="finite")

    def _draw_labels(self, x: np.ndarray, y: np.ndarray) -> None:
        if not self._labels_wanted():
            if self.labels_shown:
                self.labels.set_labels(np.empty(0), np.empty(0), [])
                self.labels_shown = False
            return
        frame = self._frame
        texts = [
            label or str(track_id).rpartition("/")[2]
            for track_id, label in zip(_as_list(frame.ids), _as_list(frame.labels), strict=True)
        ]
        alarmed = self.alarmed
        must = (
            [row for row, track_id in enumerate(_as_list(frame.ids)) if track_id in alarmed]
            if alarmed
            else None
        )
        self.labels.set_labels(x, y, texts, must=must)
        self.labels_shown = True

    def _sensor_codes(self, ids: list[str]) -> np.ndarray:
        # Track sets mostly repeat between frames: re-derive only on change.
        if self._codes_for != ids:
            colours = self._sensor_colour
            codes = []
            for track_id in ids:
                sensor = track_id.partition("/")[0]
                code = colours.get(sensor)
                if code is None:
                    code = colours[sensor] = len(colours) % len(SENSOR_PALETTE)
                codes.append(code)
            self._codes = np.asarray(codes, dtype=np.intp)
            self._codes_for = ids
        return self._codes

    # -- style ------------------------------------------------------------------

    def sensor_colour(self, sensor: str) -> QColor:
        code = self._sensor_colour.get(sensor, 0)
        day, night = SENSOR_PALETTE[code]
        return QColor(night if self._dark else day)

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        outline = pg.mkPen("#000000" if dark else "#ffffff", width=1.0)
        self.heads.set_styles(
            [
                SpriteStyle("d", HEAD_PX, outline, pg.mkBrush(colours[1 if dark else 0]))
                for colours in SENSOR_PALETTE
            ]
        )
        trail = QColor("#9aa7b0" if dark else "#5f6b73")
        trail.setAlpha(170)
        self.trails.setPen(_pen(trail, 1.0))
        self.vectors.setPen(_pen(QColor("#e0e0e0" if dark else "#263238"), 1.2))

    # -- reading ----------------------------------------------------------------

    def row_of(self, track_id: str) -> int | None:
        if self._index is None:
            self._index = {t: i for i, t in enumerate(self._frame.ids)}
        return self._index.get(track_id)

    def drawn_counts(self) -> dict[str, int]:
        """Points in each item as drawn, for tests."""
        return {
            "heads": len(self.heads),
            "trail_points": int(np.isfinite(self.trails.xData).sum())
            if self.trails.xData is not None
            else 0,
            "vectors": int(np.isfinite(self.vectors.xData).sum() // 2)
            if self.vectors.xData is not None
            else 0,
        }

    def tooltip(self, track_id: str, now: float | None = None) -> str:
        """Rich text for one track; ``now`` (epoch seconds) ages a frame's ``time``."""
        row = self.row_of(track_id)
        if row is None:
            return ""
        frame = self._frame
        label = frame.labels[row] if row < len(frame.labels) else ""
        lines = [f"<b>{escape(track_id)}</b>"]
        if label:
            lines.append(escape(label))
        speed = float(frame.speed[row])
        course = float(frame.course[row])
        lines.append(
            _tr("Speed: {0}").format(
                _tr("unknown") if math.isnan(speed) else _tr("{0} km/h").format(round(speed * 3.6))
            )
        )
        lines.append(
            _tr("Course: {0}").format(
                _tr("unknown") if math.isnan(course) else f"{round(course) % 360:03d}°"
            )
        )
        age = _age_of(frame, row, now)
        if age is not None:
            lines.append(_tr("Last plot: {0} s ago").format(round(max(0.0, age))))
        lines.append(f"{float(frame.lat[row]):.5f}, {float(frame.lon[row]):.5f}")
        return "<br>".join(lines)


class MapTrackMixin:
    """The track API of ``MapWidget``."""

    _tracks: TrackLayer
    _nearest: Callable[[np.ndarray, np.ndarray, QPointF], int]
    map_to_viewport: Callable[[float, float], QPointF]
    _mark_dirty: Callable[..., None]

    def set_track_frame(self, frame: TrackFrameLike) -> None:
        """Store the newest track picture; drawn at the next display frame."""
        self._tracks.set_frame(frame)
        self._mark_dirty(units=False, live=True)

    def track_layer(self) -> TrackLayer:
        return self._tracks

    def track_at(self, viewport_pos: QPointF) -> str | None:
        layer = self._tracks
        hit = self._nearest(layer.x, layer.y, viewport_pos) if len(layer.x) else -1
        return None if hit < 0 else str(layer.frame().ids[hit])

    def track_viewport_pos(self, track_id: str) -> QPointF | None:
        row = self._tracks.row_of(track_id)
        if row is None or row >= len(self._tracks.x):
            return None
        return self.map_to_viewport(float(self._tracks.x[row]), float(self._tracks.y[row]))

    def track_tooltip(self, track_id: str) -> str:
        return self._tracks.tooltip(track_id)

    def tooltip_at(self, viewport_pos: QPointF) -> str:
        track_id = self.track_at(viewport_pos)
        if track_id is not None:
            return self._tracks.tooltip(track_id)
        return super().tooltip_at(viewport_pos)  # type: ignore[misc]
