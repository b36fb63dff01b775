"""Radar tracks on the map: heads, trails, speed vectors, labels by zoom,
tooltips, and the fitted projection the layer uses."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from models.geo import LocalProjection
from widgets.map.tracks import LABEL_MAX_M_PER_PX, VECTOR_S, PolyProjection, TrackFrame
from widgets.map_widget import MapWidget

LAT0, LON0 = 43.7300, 7.4200


def _frame(n: int, trail: int = 5, shift: float = 0.0, sensors: int = 1) -> TrackFrame:
    i = np.arange(n, dtype=float)
    lat = LAT0 + 0.0005 * (i % 10) + shift
    lon = LON0 + 0.0005 * (i // 10)
    parts_lat = []
    parts_lon = []
    for k in range(n):
        steps = np.arange(trail, 0, -1) * 0.00005
        parts_lat.append(np.append(lat[k] - steps, np.nan))
        parts_lon.append(np.append(np.full(trail, lon[k]), np.nan))
    return TrackFrame(
        ids=[f"radar{k % sensors}/{k + 1}" for k in range(n)],
        lat=lat,
        lon=lon,
        speed=np.full(n, 10.0),
        course=np.full(n, 90.0),
        labels=["" if k % 2 else f"BOAT {k}" for k in range(n)],
        trail_lat=np.concatenate(parts_lat) if n else np.empty(0),
        trail_lon=np.concatenate(parts_lon) if n else np.empty(0),
        age_s=np.full(n, 3.0),
    )


@pytest.fixture
def projection() -> LocalProjection:
    return LocalProjection(LAT0, LON0)


@pytest.fixture
def map_widget(qtbot, projection: LocalProjection) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_site(projection, None, [], "© test")
    return widget


def _paint(qtbot, widget: MapWidget) -> None:
    with qtbot.waitSignal(widget.sigFramePainted, timeout=2000):
        pass


def test_frames_arriving_fast_are_drawn_once_with_the_newest(qtbot, map_widget) -> None:
    painted = map_widget.frames_painted
    for step in range(50):
        map_widget.set_track_frame(_frame(20, shift=step * 1e-5))
    _paint(qtbot, map_widget)
    layer = map_widget.track_layer()
    assert map_widget.frames_painted == painted + 1
    counts = layer.drawn_counts()
    assert counts == {"heads": 20, "trail_points": 100, "vectors": 20}
    x, y = map_widget._projection.forward(LAT0 + 49e-5, LON0)
    assert (layer.x[0], layer.y[0]) == pytest.approx((x, y), abs=0.01)


def test_speed_vector_points_along_course_for_one_minute(qtbot, map_widget) -> None:
    frame = _frame(2)
    frame.course[1] = 0.0
    frame.speed[1] = 5.0
    map_widget.set_track_frame(frame)
    _paint(qtbot, map_widget)
    layer = map_widget.track_layer()
    vx, vy = layer.vectors.xData, layer.vectors.yData
    # Track 0 heads east at 10 m/s: 600 m east; track 1 north at 5 m/s: 300 m north.
    assert vx[1] - vx[0] == pytest.approx(10.0 * VECTOR_S, abs=1e-6)
    assert vy[1] - vy[0] == pytest.approx(0.0, abs=1e-6)
    assert vy[4] - vy[3] == pytest.approx(5.0 * VECTOR_S, abs=1e-6)
    assert np.isnan(vx[2])


def test_unknown_speed_draws_no_vector(qtbot, map_widget) -> None:
    frame = _frame(3)
    frame.speed[0] = np.nan
    frame.course[2] = np.nan
    map_widget.set_track_frame(frame)
    _paint(qtbot, map_widget)
    assert map_widget.track_layer().drawn_counts()["vectors"] == 1


def test_heads_are_split_by_sensor_colour(qtbot, map_widget) -> None:
    map_widget.set_track_frame(_frame(10, sensors=2))
    _paint(qtbot, map_widget)
    heads = map_widget.track_layer().heads
    sizes = sorted(len(heads.points_of(code)[0]) for code in range(5))
    assert sizes[-2:] == [5, 5]
    layer = map_widget.track_layer()
    assert layer.sensor_colour("radar0") != layer.sensor_colour("radar1")


def test_labels_only_when_zoomed_in(qtbot, map_widget) -> None:
    map_widget._vb.setRange(map_widget.site_rect().adjusted(-5000, -5000, 5000, 5000), padding=0)
    map_widget.set_track_frame(_frame(10))
    _paint(qtbot, map_widget)
    layer = map_widget.track_layer()
    assert map_widget._vb.viewPixelSize()[0] > LABEL_MAX_M_PER_PX
    assert not layer.labels_shown
    x, y = float(layer.x[0]), float(layer.y[0])
    map_widget._vb.setRange(map_widget.site_rect().adjusted(0, 0, 0, 0), padding=0)
    map_widget.center_on(LAT0, LON0)
    map_widget.zoom_by(0.2)
    _paint(qtbot, map_widget)
    assert map_widget._vb.viewPixelSize()[0] <= LABEL_MAX_M_PER_PX
    assert layer.labels_shown
    assert layer.labels._texts[:2] == ["BOAT 0", "2"]  # the number when no label
    map_widget.canvas.viewport().repaint()
    assert layer.labels.drawn_count >= 1
    assert (x, y) == (float(layer.x[0]), float(layer.y[0]))


def test_tooltip_over_a_head(qtbot, map_widget) -> None:
    map_widget.zoom_by(0.2)
    map_widget.center_on(LAT0, LON0)
    map_widget.set_track_frame(_frame(4))
    _paint(qtbot, map_widget)
    pos = map_widget.track_viewport_pos("radar0/1")
    assert pos is not None
    assert map_widget.track_at(pos) == "radar0/1"
    text = map_widget.tooltip_at(pos)
    assert "radar0/1" in text
    assert "BOAT 0" in text
    assert "36 km/h" in text
    assert "090°" in text
    assert "3 s ago" in text
    assert map_widget.track_at(QPointF(pos.x() + 40, pos.y() + 40)) is None


def test_empty_frame_clears(qtbot, map_widget) -> None:
    map_widget.set_track_frame(_frame(5))
    _paint(qtbot, map_widget)
    map_widget.set_track_frame(_frame(0))
    _paint(qtbot, map_widget)
    assert map_widget.track_layer().drawn_counts() == {"heads": 0, "trail_points": 0, "vectors": 0}


def test_poly_projection_matches_pyproj(projection) -> None:
    fast = PolyProjection(projection)
    rng = np.random.default_rng(5)
    lat = LAT0 + rng.uniform(-0.49, 0.49, 2000)
    lon = LON0 + rng.uniform(-0.49, 0.49, 2000)
    lat[::100] = np.nan
    x, y = fast.forward(lat, lon)
    ex, ey = projection.forward(lat, lon)
    finite = np.isfinite(lat)
    assert np.isnan(x[~finite]).all()
    assert np.hypot(x - ex, y - ey)[finite].max() < 0.01  # within 1 cm over ~110 km
    # Beyond the fitted span it is pyproj itself.
    fx, fy = fast.forward(np.array([LAT0 + 3.0]), np.array([LON0 - 2.5]))
    px, py = projection.forward(LAT0 + 3.0, LON0 - 2.5)
    assert (fx[0], fy[0]) == pytest.approx((px, py), abs=1e-6)


def test_draws_a_track_store_snapshot(qtbot, map_widget) -> None:
    from models.alerts.tracks import TrackStore

    store = TrackStore(trail_length=10)
    for step in range(4):
        store.update("radar9", 5, LAT0 + 0.0001 * step, LON0, 1000.0 + step, 7.0, 45.0, "TUG")
        store.update("radar9", 6, LAT0, LON0 + 0.0001 * step, 1000.0 + step)
    map_widget.zoom_by(0.2)
    map_widget.set_track_frame(store.snapshot())
    _paint(qtbot, map_widget)
    layer = map_widget.track_layer()
    assert layer.drawn_counts() == {"heads": 2, "trail_points": 8, "vectors": 1}
    assert layer.labels._texts == ["TUG", "6"]
    text = layer.tooltip("radar9/5", now=1010.0)
    assert "TUG" in text and "25 km/h" in text and "045°" in text and "7 s ago" in text
    pos = map_widget.track_viewport_pos("radar9/6")
    assert map_widget.track_at(pos) == "radar9/6"


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _trail_lat(layer) -> np.ndarray:
    """The trails' drawn y (northing) values, gaps left out."""
    return np.asarray(layer.trails.yData)[np.isfinite(layer.trails.yData)]


def _expected_trail_y(projection: LocalProjection, frame: TrackFrame) -> np.ndarray:
    _x, y = projection.forward(frame.trail_lat, frame.trail_lon)
    return np.asarray(y)[np.isfinite(y)]


def test_trails_follow_their_heads_at_most_every_refresh_interval(projection) -> None:
    import pyqtgraph as pg

    from widgets.map.tracks import TRAIL_REFRESH_S, TrackLayer

    clock = _Clock()
    view_box = pg.ViewBox()  # kept: the layer's items live in it
    layer = TrackLayer(view_box, z=6.0, clock=clock)
    assert layer.flush(projection) is False  # nothing yet
    layer.set_frame(_frame(4))
    assert layer.flush(projection) is True
    first_trails = _trail_lat(layer).copy()
    assert len(first_trails) == 20 and not layer.trails_waiting

    # The same tracks moved a moment later: heads and vectors now, trails not yet.
    clock.now += TRAIL_REFRESH_S / 3
    layer.set_frame(_frame(4, shift=0.001))
    assert layer.flush(projection) is True
    x, y = projection.forward(LAT0 + 0.001, LON0)
    assert (layer.x[0], layer.y[0]) == pytest.approx((x, y), abs=0.01)
    assert np.array_equal(_trail_lat(layer), first_trails)
    assert layer.trails_waiting
    assert layer.flush(projection) is False  # still not due: nothing drawn

    # Once due, a flush without a new frame draws the newest frame's trails.
    clock.now += TRAIL_REFRESH_S
    assert layer.flush(projection) is True
    assert not layer.trails_waiting
    moved = _expected_trail_y(projection, _frame(4, shift=0.001))
    assert _trail_lat(layer) == pytest.approx(moved, abs=0.01)
    assert layer.flush(projection) is False


def test_a_new_track_brings_its_trail_at_once(projection) -> None:
    import pyqtgraph as pg

    from widgets.map.tracks import TRAIL_REFRESH_S, TrackLayer

    clock = _Clock()
    view_box = pg.ViewBox()  # kept: the layer's items live in it
    layer = TrackLayer(view_box, z=6.0, clock=clock)
    layer.set_frame(_frame(4))
    layer.flush(projection)
    clock.now += TRAIL_REFRESH_S / 10
    layer.set_frame(_frame(5))  # a fifth track appeared
    layer.flush(projection)
    assert layer.drawn_counts() == {"heads": 5, "trail_points": 25, "vectors": 5}
    assert not layer.trails_waiting
    clock.now += TRAIL_REFRESH_S / 10
    layer.invalidate()  # a zoom or a theme: drawn again, trails included
    layer.set_frame(_frame(5, shift=0.001))
    layer.flush(projection)
    assert not layer.trails_waiting


def test_the_map_draws_the_last_frames_trails_when_the_frames_stop(qtbot, map_widget) -> None:
    map_widget.set_track_frame(_frame(3))
    _paint(qtbot, map_widget)
    layer = map_widget.track_layer()
    before = _trail_lat(layer).copy()
    map_widget.set_track_frame(_frame(3, shift=0.001))  # the last frame of a burst
    _paint(qtbot, map_widget)
    assert layer.trails_waiting  # heads moved; trails a moment later, with no new frame
    qtbot.waitUntil(lambda: not layer.trails_waiting, timeout=3000)
    assert not np.array_equal(_trail_lat(layer), before)
    moved = _expected_trail_y(map_widget._projection, _frame(3, shift=0.001))
    assert _trail_lat(layer) == pytest.approx(moved, abs=0.01)
    qtbot.waitUntil(lambda: not map_widget._timer.isActive(), timeout=3000)  # then idle
