"""The map's labels, street names and landmarks, as a mixin of ``MapWidget``.

Contract (methods of ``widgets.map_widget.MapWidget``):

* ``set_street_lines(lines)``: ``list[models.places.types.StreetLine]`` (the
  places index's ``street_lines(bbox, language)``, already named in the
  console's language, or ``widgets.map.street_source.street_lines_from_roads``)
  kept in memory in a ``StreetIndex`` (culled by view with a grid) and drawn
  along the streets at suitable zooms by a ``StreetLabelLayer``. The index
  is built off the GUI thread (a city's streets take ~0.1 s per thousand
  ways) and installed when ready; a newer call (or a new site) wins over a
  build still running. ``streets_ready()`` says whether the last lines are
  in; ``wait=True`` builds in the calling thread (tests, benchmarks).
* ``set_landmarks(places)``: ``list[models.places.types.Place]`` drawn as
  signs at close zoom (``widgets.map.landmarks``); hover gives a tooltip.
* One ``LabelPlacer`` manages every label layer of the map. Priority: the
  selected (unit, caller, highlighted route) and the alarmed (alarmed zones,
  tracks an alert names) always; then incidents, callers, route ETAs,
  units, stations, zones and sensors, tracks, landmarks, streets. Labels
  avoid every symbol (units, stations, incidents, callers, alert markers,
  track heads, landmark signs). The pass runs before the scene paints when
  something changed (``_place_labels``, from the canvas), never per item.
* ``street_label_layer()``, ``landmark_layer()``, ``label_placer()`` for
  tests and benchmarks; ``landmark_at(viewport_pos)``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QColor

from models.geo import LocalProjection
from models.places.types import Place, StreetLine
from widgets.map.alert_areas import AlertAreaLayer
from widgets.map.callers import CallerLayer
from widgets.map.incidents import IncidentLayer
from widgets.map.label_placer import LabelPlacer
from widgets.map.landmarks import LandmarkLayer
from widgets.map.layers import LabelLayer
from widgets.map.routes import RouteLayer
from widgets.map.sensors import SensorLayer, ZoneLayer
from widgets.map.street_index import StreetIndex
from widgets.map.street_labels import StreetLabelLayer
from widgets.map.tracks import TrackLayer

__all__ = ["MapLabelsMixin"]

_LOGGER = logging.getLogger(__name__)

# Placement ranks (lower is placed first).
RANKS: dict[str, float] = {
    "incidents": 10,
    "callers": 20,
    "routes": 30,
    "units": 40,
    "stations": 50,
    "zones": 55,
    "sensors": 56,
    "tracks": 70,
    "landmarks": 75,
}
# Half sizes (px) of the symbols labels keep off.
_UNIT_HALF = 7.0
_STATION_HALF = 8.5
_INCIDENT_HALF = 10.0
_CALLER_HALF = 9.0
_TRACK_HALF = 5.0
_SIGN_HALF = 8.0
_ALERT_HALF = 9.0


class _StreetIndexBuilder(QObject):
    """Builds ``StreetIndex``es in one worker thread; ``sigReady(generation,
    index)`` arrives in the GUI thread (a queued signal)."""

    sigReady = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self._pool: ThreadPoolExecutor | None = None

    def build(self, generation: int, lines: list[StreetLine], lat0: float, lon0: float) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="street-index")
        self._pool.submit(self._work, generation, lines, lat0, lon0)

    def _work(self, generation: int, lines: list[StreetLine], lat0: float, lon0: float) -> None:
        try:
            # A projection of its own: pyproj transformers are not shared across threads.
            index: StreetIndex | None = StreetIndex(lines, LocalProjection(lat0, lon0))
        except Exception:  # a bad line must not take the map down
            _LOGGER.exception("street names: building the street index failed")
            index = None
        self.sigReady.emit(generation, index)


class MapLabelsMixin:
    _canvas: pg.GraphicsView
    _vb: pg.ViewBox
    _projection: LocalProjection | None
    _unit_labels: LabelLayer
    _station_labels: LabelLayer
    _incidents: IncidentLayer
    _callers: CallerLayer
    _routes: RouteLayer
    _zones: ZoneLayer
    _sensors: SensorLayer
    _tracks: TrackLayer
    _alerts: AlertAreaLayer
    _station_xy: np.ndarray
    _drawn_x: np.ndarray
    _drawn_y: np.ndarray
    _nearest: Callable[[np.ndarray, np.ndarray, QPointF], int]
    _whereabouts_hospitals: Callable[[Sequence[Place]], None]
    _request_full_frame: Callable[[], None]
    _overlay_reserved: Callable[[], list[tuple[float, float, float, float]]]

    def _init_labels(self, street_z: float, landmark_z: float) -> None:
        self._placer = LabelPlacer(
            # With the display timer's next frame: a placement never paints on its own.
            repaint=self._request_full_frame,
            later=lambda delay_s, callback: QTimer.singleShot(
                max(1, math.ceil(delay_s * 1000.0)), callback
            ),
        )
        self._street_lines: list[StreetLine] = []
        self._street_generation = 0
        self._street_ready_generation = 0
        self._street_builder = _StreetIndexBuilder()
        self._street_builder.sigReady.connect(self._on_street_index_ready)
        self._landmark_list: list[Place] = []
        self._street_labels = StreetLabelLayer()
        self._street_labels.setZValue(street_z)
        self._vb.addItem(self._street_labels, ignoreBounds=True)
        self._landmarks = LandmarkLayer(self._vb, z=landmark_z)
        placer = self._placer
        for name, layer in (
            ("incidents", self._incidents.labels),
            ("callers", self._callers.labels),
            ("routes", self._routes.labels),
            ("units", self._unit_labels),
            ("stations", self._station_labels),
            ("zones", self._zones.labels),
            ("sensors", self._sensors.labels),
            ("tracks", self._tracks.labels),
            ("landmarks", self._landmarks.labels),
        ):
            # An incident's or a caller's name matters more than a unit
            # symbol it might cover; the units' own labels give way instead.
            placer.add_layer(layer, RANKS[name], name, over_symbols=RANKS[name] <= 30)
        placer.add_obstacles(lambda: (self._drawn_x, self._drawn_y), _UNIT_HALF)
        placer.add_obstacles(lambda: _cols(self._station_xy), _STATION_HALF)
        placer.add_obstacles(lambda: _cols(self._incidents.xy), _INCIDENT_HALF)
        placer.add_obstacles(lambda: _cols(self._callers.xy()), _CALLER_HALF)
        placer.add_obstacles(lambda: _cols(self._alerts.xy), _ALERT_HALF)
        placer.add_obstacles(lambda: (self._tracks.x, self._tracks.y), _TRACK_HALF)
        placer.add_obstacles(lambda: _cols(self._landmarks.shown_xy()), _SIGN_HALF)
        placer.set_reserved(self._overlay_reserved)  # the attribution and the scale bar
        placer.set_streets(self._street_labels)

    # --- data ----------------------------------------------------------------

    def set_street_lines(self, lines: Sequence[StreetLine], wait: bool = False) -> None:
        """Street ways to name along the streets (already in the console's language)."""
        self._street_lines = list(lines)
        self._reindex_streets(wait)

    def street_lines(self) -> list[StreetLine]:
        """The street ways the map names (as last set)."""
        return list(self._street_lines)

    def landmark_places(self) -> list[Place]:
        """The landmarks the map shows at close zoom (as last set)."""
        return list(self._landmark_list)

    def streets_ready(self) -> bool:
        return self._street_ready_generation == self._street_generation

    def set_landmarks(self, places: Sequence[Place]) -> None:
        """Landmarks (hospitals, stations, schools, hydrants, ...) for close zoom."""
        self._landmark_list = list(places)
        self._landmarks.set_landmarks(self._landmark_list, self._projection)
        self._whereabouts_hospitals(self._landmark_list)
        self._placer.request()

    def _reproject_labels(self) -> None:
        self._reindex_streets()
        self._landmarks.set_landmarks(self._landmark_list, self._projection)

    def _reindex_streets(self, wait: bool = False) -> None:
        self._street_generation += 1
        generation = self._street_generation
        projection = self._projection
        if projection is None or not self._street_lines:
            self._on_street_index_ready(generation, None)
        elif wait:
            self._on_street_index_ready(generation, StreetIndex(self._street_lines, projection))
        else:
            self._street_builder.build(
                generation, self._street_lines, projection.lat0, projection.lon0
            )

    def _on_street_index_ready(self, generation: int, index: object) -> None:
        if generation != self._street_generation:
            return  # a newer set of lines (or a new site) is on its way
        self._street_ready_generation = generation
        self._street_labels.set_index(index if isinstance(index, StreetIndex) else None)
        self._placer.streets_changed()

    # --- the pass ------------------------------------------------------------

    def _labels_view_changed(self, m_per_px: float) -> None:
        self._landmarks.apply_lod(m_per_px)
        self._placer.request()

    def _place_labels(self) -> None:
        """Run the placement pass if anything changed; the canvas calls this
        once before painting the scene."""
        if not self._placer.pending:
            return
        viewport = self._canvas.viewport()
        # The view box defers its transform to just before painting; place
        # with the transform this paint will use, not the last one.
        self._vb.updateMatrix()
        transform = self._vb.childGroup.sceneTransform() * self._canvas.viewportTransform()
        m_per_px = float(self._vb.viewPixelSize()[0])
        self._placer.run(transform, viewport.width(), viewport.height(), m_per_px)

    def _theme_labels(self, dark: bool) -> None:
        ink = QColor("#d6dae0" if dark else "#333333")
        halo = QColor(21, 24, 29, 235) if dark else QColor(255, 255, 255, 235)
        self._street_labels.set_colours(ink, halo, dark)
        self._landmarks.set_dark(dark)
        self._placer.request()

    # --- reading -------------------------------------------------------------

    def street_label_layer(self) -> StreetLabelLayer:
        return self._street_labels

    def landmark_layer(self) -> LandmarkLayer:
        return self._landmarks

    def label_placer(self) -> LabelPlacer:
        return self._placer

    def landmark_at(self, viewport_pos: QPointF) -> Place | None:
        xy = self._landmarks.shown_xy()
        hit = self._nearest(xy[:, 0], xy[:, 1], viewport_pos) if len(xy) else -1
        return None if hit < 0 else self._landmarks.place_at(hit)

    def tooltip_at(self, viewport_pos: QPointF) -> str:
        text = super().tooltip_at(viewport_pos)  # type: ignore[misc]
        if text:
            return str(text)
        place = self.landmark_at(viewport_pos)
        return "" if place is None else self._landmarks.tooltip(place)


def _cols(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if len(xy) == 0:
        return np.empty(0), np.empty(0)
    return xy[:, 0], xy[:, 1]
