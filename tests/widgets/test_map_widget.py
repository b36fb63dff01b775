"""Tests for the map widget: roads, units, frames, picking, scale bar, rendering,
status tint and context menus."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication

from models.dispatch.status import ALLOWED, UnitStatus
from models.geo import LocalProjection
from models.roads import RoadLayer, RoadMeta
from widgets.map.overlay import ScaleBar, nice_length
from widgets.map_widget import MapWidget
from widgets.status_style import status_color
from widgets.symbols import discipline_color
from widgets.views import IncidentView, StationView, UnitView

LAT0, LON0 = 43.7300, 7.4200
NAN = np.nan


class FakeRoads:
    """RoadLayer-like: two primary ways (3 + 2 points), one residential (4 points)."""

    def __init__(self) -> None:
        self.data = {
            "primary": (
                np.array([43.728, 43.729, 43.730, NAN, 43.731, 43.732, NAN]),
                np.array([7.418, 7.419, 7.420, NAN, 7.421, 7.422, NAN]),
            ),
            "residential": (
                np.array([43.7285, 43.7290, 43.7295, 43.7300, NAN]),
                np.array([7.4225, 7.4225, 7.4230, 7.4235, NAN]),
            ),
        }

    def polylines_by_class(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return self.data


def unit(
    call_sign: str,
    discipline: str = "police",
    lat: float | None = LAT0,
    lon: float | None = LON0,
    fix_time: datetime | None = None,
) -> UnitView:
    return UnitView(
        call_sign=call_sign,
        unit_type="patrol car",
        discipline=discipline,
        station_id=None,
        status="available",
        lat=lat,
        lon=lon,
        fix_time=fix_time,
    )


@pytest.fixture
def projection() -> LocalProjection:
    return LocalProjection(LAT0, LON0)


@pytest.fixture
def stations() -> list[StationView]:
    return [StationView("S1", "Fire HQ", "fire", 43.7310, 7.4190)]


@pytest.fixture
def map_widget(qtbot, projection, stations) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_site(projection, FakeRoads(), stations, "© OpenStreetMap contributors")
    return widget


def set_units_and_wait(qtbot, widget: MapWidget, units: list[UnitView]) -> None:
    with qtbot.waitSignal(widget.sigFramePainted, timeout=3000):
        widget.set_units(units)


def scatter_xy(widget: MapWidget) -> dict[str, tuple[float, float]]:
    """Call sign -> drawn x/y, read back from the scatter items."""
    drawn: dict[str, tuple[float, float]] = {}
    for code in range(10):
        xs, ys = widget._unit_sprites.points_of(code)
        for x, y in zip(xs, ys, strict=True):
            for call_sign in widget._store.index:
                if widget._store.xy(call_sign) == (float(x), float(y)):
                    drawn[call_sign] = (float(x), float(y))
    return drawn


def test_road_items_per_class_with_point_counts(map_widget: MapWidget) -> None:
    counts = map_widget._roads.point_counts()
    assert counts == {"primary": 7, "residential": 5}
    roads = map_widget._roads
    # NaN separates ways: the primary class's 7 points are more than one stroke.
    path = roads.classes["primary"].path
    moves = sum(path.elementAt(i).isMoveTo() for i in range(path.elementCount()))
    assert moves >= 2
    # Major roads are drawn wider than minor ones.
    assert roads.pen("primary").widthF() > roads.pen("residential").widthF()


def test_real_road_layer_is_accepted(qtbot, projection: LocalProjection) -> None:
    layer = RoadLayer(
        nodes_lat=np.array([43.729, 43.730, 43.731]),
        nodes_lon=np.array([7.419, 7.420, 7.421]),
        node_ids=np.array([1, 2, 3], dtype=np.int64),
        way_ids=np.array([10], dtype=np.int64),
        way_offsets=np.array([0, 3], dtype=np.int64),
        way_nodes=np.array([0, 1, 2], dtype=np.int32),
        way_class=np.array([2], dtype=np.uint8),  # primary
        way_oneway=np.array([0], dtype=np.int8),
        way_maxspeed_kmh=np.array([np.nan], dtype=np.float32),
        way_name_idx=np.array([-1], dtype=np.int32),
        names=np.array([], dtype=np.str_),
        meta=RoadMeta("t", "now", (43.729, 7.419, 43.731, 7.421)),
    )
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.set_site(projection, layer, [], layer.meta.attribution)
    assert widget._roads.point_counts() == {"primary": 4}
    assert widget.attribution() == "© OpenStreetMap contributors"


def test_units_appear_at_projected_coordinates(qtbot, map_widget, projection) -> None:
    units = [unit("P1", "police", 43.7305, 7.4210), unit("F1", "fire", 43.7290, 7.4185)]
    set_units_and_wait(qtbot, map_widget, units)
    assert map_widget.displayed_unit_count() == 2
    drawn = scatter_xy(map_widget)
    for u in units:
        x, y = projection.forward(u.lat, u.lon)
        assert drawn[u.call_sign] == pytest.approx((x, y), abs=1e-6)
        assert map_widget.unit_position(u.call_sign) == pytest.approx((u.lat, u.lon))
    police_x, _ = map_widget._unit_sprites.points_of(0)
    fire_x, _ = map_widget._unit_sprites.points_of(1)
    assert len(police_x) == 1 and len(fire_x) == 1


def test_update_moves_a_unit(qtbot, map_widget, projection) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1"), unit("P2", lat=43.731)])
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
        map_widget.update_units([unit("P1", lat=43.7320, lon=7.4230)])
    assert map_widget.unit_position("P1") == pytest.approx((43.7320, 7.4230))
    assert map_widget.unit_position("P2") == pytest.approx((43.731, LON0))
    assert scatter_xy(map_widget)["P1"] == pytest.approx(projection.forward(43.7320, 7.4230))


def test_update_of_unknown_unit_adds_it(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1")])
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
        map_widget.update_units([unit("M9", "medical", 43.7295, 7.4215)])
    assert map_widget.displayed_unit_count() == 2
    assert map_widget.unit_position("M9") == pytest.approx((43.7295, 7.4215))


def test_hundred_updates_between_frames_cause_one_frame(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1")])
    qtbot.waitUntil(lambda: not map_widget._timer.isActive(), timeout=3000)
    before = map_widget.frames_painted
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
        for i in range(100):
            map_widget.update_units([unit("P1", lat=LAT0 + i * 1e-5)])
    # The timer stops on its first idle tick: no further frame was painted.
    qtbot.waitUntil(lambda: not map_widget._timer.isActive(), timeout=3000)
    assert map_widget.frames_painted == before + 1
    assert map_widget.unit_position("P1") == pytest.approx((LAT0 + 99e-5, LON0))


def test_units_without_position_are_not_drawn(qtbot, map_widget) -> None:
    set_units_and_wait(
        qtbot, map_widget, [unit("P1"), unit("P2", lat=None, lon=None), unit("F1", "fire")]
    )
    assert map_widget.displayed_unit_count() == 2
    assert map_widget.unit_position("P2") is None
    assert set(scatter_xy(map_widget)) == {"P1", "F1"}
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
        map_widget.update_units([unit("P1", lat=None, lon=None)])
    assert map_widget.displayed_unit_count() == 1


def test_click_on_unit_emits_selection(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1"), unit("F1", "fire", 43.7290, 7.4185)])
    pos = map_widget.unit_viewport_pos("F1")
    assert pos is not None
    with qtbot.waitSignal(map_widget.sigUnitSelected, timeout=3000) as blocker:
        qtbot.mouseClick(map_widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == ["F1"]
    assert map_widget.selected_unit() == "F1"


def test_click_on_empty_map_selects_nothing(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1")])
    pos = map_widget.unit_viewport_pos("P1")
    assert pos is not None
    with qtbot.assertNotEmitted(map_widget.sigUnitSelected):
        away = (pos + QPointF(60, 60)).toPoint()
        qtbot.mouseClick(map_widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=away)
    assert map_widget.selected_unit() is None


def test_select_unit_highlights_without_emitting(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1"), unit("F1", "fire", 43.7290, 7.4185)])
    with qtbot.assertNotEmitted(map_widget.sigUnitSelected):
        with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
            map_widget.select_unit("F1")
    xs, ys = map_widget._highlight.points_of(0)
    assert (float(xs[0]), float(ys[0])) == pytest.approx(map_widget._store.xy("F1"))
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
        map_widget.select_unit(None)
    assert len(map_widget._highlight.points_of(0)[0]) == 0


def test_escape_clears_selection_and_emits_empty(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1")])
    map_widget.select_unit("P1")
    with qtbot.waitSignal(map_widget.sigUnitSelected, timeout=3000) as blocker:
        qtbot.keyClick(map_widget.canvas, Qt.Key.Key_Escape)
    assert blocker.args == [""]
    assert map_widget.selected_unit() is None


def test_fit_to_site_shows_the_whole_bbox(qtbot, map_widget) -> None:
    site = map_widget.site_rect()
    map_widget.zoom_by(0.05)
    map_widget.center_on(43.74, 7.44)
    assert not map_widget.view_rect().contains(site)
    map_widget.fit_to_site()
    assert map_widget.view_rect().contains(site)
    # Home key does the same from the keyboard.
    map_widget.zoom_by(0.05)
    qtbot.keyClick(map_widget.canvas, Qt.Key.Key_Home)
    assert map_widget.view_rect().contains(site)


def test_center_on_moves_the_view(map_widget, projection) -> None:
    map_widget.center_on(43.7310, 7.4190)
    centre = map_widget.view_rect().center()
    x, y = projection.forward(43.7310, 7.4190)
    assert (centre.x(), centre.y()) == pytest.approx((x, y), abs=1.0)


def test_scale_bar_label_changes_with_zoom(map_widget) -> None:
    before = map_widget.scale_bar_text()
    map_widget.zoom_by(0.1)
    after = map_widget.scale_bar_text()
    assert before and after and before != after
    assert after.endswith(" m")


@pytest.mark.parametrize(
    ("max_m", "expected"),
    [(130.0, 100.0), (60.0, 50.0), (499.0, 200.0), (1000.0, 1000.0), (4900.0, 2000.0)],
)
def test_nice_lengths(max_m: float, expected: float) -> None:
    assert nice_length(max_m) == pytest.approx(expected)


def test_scale_bar_layout_formats_kilometres() -> None:
    bar = ScaleBar.layout(metres_per_pixel=20.0, max_px=120.0)
    assert bar.label == "2 km"
    assert bar.pixels == pytest.approx(100.0)


def test_unit_tooltip_text(qtbot, map_widget) -> None:
    fix = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    set_units_and_wait(qtbot, map_widget, [unit("P1", lat=43.73012, lon=7.42034, fix_time=fix)])
    text = map_widget.unit_tooltip("P1", now=fix + timedelta(seconds=12))
    assert "P1" in text
    assert "patrol car" in text and "Police" in text
    assert "available" in text
    assert "12 s ago" in text
    assert "43.73012, 7.42034" in text
    pos = map_widget.unit_viewport_pos("P1")
    assert pos is not None
    assert "P1" in map_widget.tooltip_at(pos)


def test_station_tooltip_on_hover(map_widget, stations) -> None:
    xy = map_widget._station_xy[0]
    pos = map_widget.map_to_viewport(float(xy[0]), float(xy[1]))
    text = map_widget.tooltip_at(pos)
    assert "Fire HQ" in text and "Fire" in text
    assert map_widget.tooltip_at(pos + QPointF(80, 80)) == ""


def _near_colour(image: QImage, centre: QPoint, colour: QColor, radius: int = 3) -> bool:
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            pixel = image.pixelColor(centre.x() + dx, centre.y() + dy)
            if (
                abs(pixel.red() - colour.red()) <= 24
                and abs(pixel.green() - colour.green()) <= 24
                and abs(pixel.blue() - colour.blue()) <= 24
            ):
                return True
    return False


def test_units_are_rendered_in_discipline_colours(qtbot, map_widget) -> None:
    units = [
        unit("P1", "police", 43.7305, 7.4210),
        unit("F1", "fire", 43.7290, 7.4185),
        unit("M1", "medical", 43.7295, 7.4225),
    ]
    set_units_and_wait(qtbot, map_widget, units)
    image = map_widget.grab().toImage()
    viewport = map_widget.canvas.viewport()
    for u in units:
        pos = map_widget.unit_viewport_pos(u.call_sign)
        assert pos is not None
        centre = viewport.mapTo(map_widget, pos.toPoint())
        # Fire's triangle has its centroid below the point: look one px lower.
        centre += QPoint(0, 1)
        expected = discipline_color(u.discipline)
        assert _near_colour(image, centre, expected), u.call_sign
        others = [d for d in ("police", "fire", "medical") if d != u.discipline]
        for other in others:
            assert not _near_colour(image, centre, discipline_color(other), radius=1)


def test_dark_mode_switches_background(qtbot, map_widget) -> None:
    corner = QPoint(400, 20)
    light = map_widget.grab().toImage().pixelColor(corner)
    map_widget.set_dark(True)
    dark = map_widget.grab().toImage().pixelColor(corner)
    assert light.lightness() > 180
    assert dark.lightness() < 60
    assert map_widget.is_dark()


def test_labels_drawn_for_visible_units(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1"), unit("F1", "fire", 43.7290, 7.4185)])
    map_widget.grab()
    assert map_widget._unit_labels.drawn_count == 2


def _status_unit(call_sign: str, status: str, lat: float, lon: float) -> UnitView:
    return UnitView(call_sign, "engine", "fire", None, status, lat, lon, None)


def test_units_are_tinted_by_status(qtbot, map_widget) -> None:
    units = [
        _status_unit("F1", "on scene", 43.7305, 7.4210),
        _status_unit("F2", "transporting", 43.7290, 7.4185),
        _status_unit("F3", "available", 43.7295, 7.4225),
    ]
    set_units_and_wait(qtbot, map_widget, units)
    image = map_widget.grab().toImage()
    viewport = map_widget.canvas.viewport()
    assert map_widget._halos.drawn_count == 3
    for u in units:
        pos = map_widget.unit_viewport_pos(u.call_sign)
        assert pos is not None
        centre = viewport.mapTo(map_widget, pos.toPoint())
        # The halo shows in the ring between the symbol (12 px) and its edge (20 px).
        ring = [centre + QPoint(dx, dy) for dx, dy in ((0, -8), (-8, 0), (8, 0), (-6, -6))]
        wanted = status_color(u.status)
        hits = [p for p in ring if _near_colour(image, p, wanted, radius=1)]
        assert len(hits) >= 2, u.call_sign
    # A status change recolours the halo on the next frame.
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=3000):
        map_widget.update_units([_status_unit("F3", "out of service", 43.7295, 7.4225)])
    image = map_widget.grab().toImage()
    pos = map_widget.unit_viewport_pos("F3")
    centre = viewport.mapTo(map_widget, pos.toPoint())
    assert _near_colour(image, centre + QPoint(0, -8), status_color("out of service"), radius=1)
    assert not _near_colour(image, centre + QPoint(0, -8), status_color("available"), radius=1)


def _enabled_data(menu) -> list[str]:
    return [a.data() for a in menu.actions() if a.isEnabled()]


def test_unit_context_menu_offers_allowed_statuses(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [_status_unit("F1", "en route", LAT0, LON0)])
    menu = map_widget.unit_menu_for("F1")
    assert menu is not None
    assert set(_enabled_data(menu)) == {s.value for s in ALLOWED[UnitStatus.EN_ROUTE]}
    assert map_widget.unit_menu_for("nobody") is None
    action = next(a for a in menu.actions() if a.data() == "on scene")
    with qtbot.waitSignal(map_widget.sigStatusChangeRequested) as blocker:
        action.trigger()
    assert blocker.args == ["F1", "on scene"]
    # What is under the pointer decides the menu.
    pos = map_widget.unit_viewport_pos("F1")
    under = map_widget.context_menu_at(pos)
    assert set(_enabled_data(under)) == set(_enabled_data(menu))


def test_incident_context_menu_requests_recommendation(qtbot, map_widget) -> None:
    map_widget.set_incidents(
        [
            IncidentView(
                "2026-000007", "structure-fire", "Structure fire", "fire", 1,
                43.7295, 7.4215, None, datetime(2026, 1, 1, tzinfo=UTC), "open",
            )
        ]
    )  # fmt: skip
    pos = map_widget.incident_viewport_pos("2026-000007")
    assert pos is not None
    menu = map_widget.context_menu_at(pos)
    assert menu is not None and _enabled_data(menu) == ["recommend"]
    assert menu.actions()[0].text() == "Recommend units"
    with qtbot.waitSignal(map_widget.sigRecommendRequested) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args == ["2026-000007"]


def test_empty_map_context_menu_offers_new_incident_there(qtbot, map_widget, projection) -> None:
    set_units_and_wait(qtbot, map_widget, [unit("P1")])
    target = (43.7280, 7.4170)
    pos = map_widget.map_to_viewport(*projection.forward(*target))
    menu = map_widget.context_menu_at(pos)
    assert menu is not None and _enabled_data(menu) == ["new-incident"]
    assert menu.actions()[0].text() == "New incident here…"
    with qtbot.waitSignal(map_widget.sigNewIncidentRequested) as blocker:
        menu.actions()[0].trigger()
    lat, lon = blocker.args
    # Within a pixel or so of where the pointer was.
    assert (lat, lon) == pytest.approx(target, abs=5e-5)


def _popup():
    from PySide6.QtWidgets import QApplication, QMenu

    widget = QApplication.activePopupWidget()
    return widget if isinstance(widget, QMenu) else None


def test_menu_key_opens_the_selected_units_menu(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [_status_unit("F1", "on scene", LAT0, LON0)])
    map_widget.select_unit("F1")
    map_widget.canvas.setFocus()
    qtbot.keyClick(map_widget.canvas, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: _popup() is not None, timeout=3000)
    menu = _popup()
    assert set(_enabled_data(menu)) == {s.value for s in ALLOWED[UnitStatus.ON_SCENE]}
    with qtbot.waitSignal(map_widget.sigStatusChangeRequested) as blocker:
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    call_sign, status = blocker.args
    assert call_sign == "F1" and status in {s.value for s in ALLOWED[UnitStatus.ON_SCENE]}
    qtbot.waitUntil(lambda: _popup() is None, timeout=3000)


def test_right_click_opens_the_context_menu(qtbot, map_widget) -> None:
    set_units_and_wait(qtbot, map_widget, [_status_unit("F1", "available", LAT0, LON0)])
    pos = map_widget.unit_viewport_pos("F1")
    viewport = map_widget.canvas.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos.toPoint(), viewport.mapToGlobal(pos.toPoint())
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: _popup() is not None, timeout=3000)
    menu = _popup()
    assert set(_enabled_data(menu)) == {s.value for s in ALLOWED[UnitStatus.AVAILABLE]}
    menu.close()


def test_live_fixes_wait_for_their_frame_a_dispatchers_change_paints_at_once(
    qtbot, projection, stations
) -> None:
    """Fixes of known units are painted at most every LIVE_FRAME_INTERVAL_S; a status
    change or a selection paints at the next tick and shows the fixes that waited."""
    now = [100.0]
    widget = MapWidget(clock=lambda: now[0])
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_site(projection, FakeRoads(), stations, "© OpenStreetMap contributors")
    fix = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
    set_units_and_wait(qtbot, widget, [unit("P1", fix_time=fix), unit("P2", fix_time=fix)])
    frames = widget.frames_painted
    before = widget._drawn_x.copy()

    # A new fix inside the interval (the clock stands still): no frame for it yet.
    widget.update_units([unit("P1", lat=LAT0 + 0.001, fix_time=fix)])
    qtbot.wait(5 * MapWidget.FRAME_INTERVAL_MS)
    assert widget.frames_painted == frames
    assert np.array_equal(widget._drawn_x, before, equal_nan=True)
    assert widget.frame_clock().isActive()  # it keeps ticking for the fix's frame

    # A selection is the dispatcher's: painted at the next tick, with the waiting fix.
    with qtbot.waitSignal(widget.sigFramePainted, timeout=1000):
        widget.select_unit("P2")
    moved = widget.unit_position("P1")
    assert moved is not None and moved[0] == pytest.approx(LAT0 + 0.001)
    frames = widget.frames_painted

    # A status change paints at once as well, interval or not.
    with qtbot.waitSignal(widget.sigFramePainted, timeout=1000):
        widget.update_units([dataclasses.replace(unit("P2", fix_time=fix), status="dispatched")])
    frames = widget.frames_painted

    # Once the interval has passed, the next fix has its frame.
    widget.update_units([unit("P1", lat=LAT0 + 0.002, fix_time=fix)])
    qtbot.wait(3 * MapWidget.FRAME_INTERVAL_MS)
    assert widget.frames_painted == frames
    now[0] += 2 * MapWidget.LIVE_FRAME_INTERVAL_S
    with qtbot.waitSignal(widget.sigFramePainted, timeout=1000):
        pass
    assert widget.frames_painted == frames + 1

    # The interval is kept to the nearest tick: three ticks (99 ms) are ten frames a
    # second, not a fourth tick's wait; half the interval is not.
    widget.update_units([unit("P1", lat=LAT0 + 0.003, fix_time=fix)])
    now[0] += 0.05
    qtbot.wait(3 * MapWidget.FRAME_INTERVAL_MS)
    assert widget.frames_painted == frames + 1
    now[0] += 0.049
    with qtbot.waitSignal(widget.sigFramePainted, timeout=1000):
        pass


def test_centring_on_a_unit_answers_with_one_paint_at_once(qtbot, map_widget) -> None:
    """SEL of a unit selects it and centres the map on it: one paint, made before the
    command returns (not the pan's paint and then the display tick's)."""
    from tests.widgets.test_map_labels import _PaintCounter

    fix = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
    far = unit("P2", lat=LAT0 + 0.002, lon=LON0 + 0.003, fix_time=fix)
    set_units_and_wait(qtbot, map_widget, [unit("P1", fix_time=fix), far])
    qtbot.wait(3 * MapWidget.FRAME_INTERVAL_MS)
    placer = map_widget.label_placer()
    prepares = placer.street_prepares
    counter = _PaintCounter(map_widget)
    map_widget.select_unit("P2")
    map_widget.center_on(LAT0 + 0.002, LON0 + 0.003)
    assert counter.paints == 1
    centre = map_widget.view_rect().center()
    position = map_widget.map_to_viewport(centre.x(), centre.y())
    assert map_widget.unit_viewport_pos("P2") is not None
    assert (map_widget.unit_viewport_pos("P2") - position).manhattanLength() < 2.0
    qtbot.wait(4 * MapWidget.FRAME_INTERVAL_MS)
    # The display ticks find nothing more, but the street names chosen for the new view
    # (a pan past the set held, chosen after the answer: label_placer's ``later``).
    assert counter.paints == 1 + (placer.street_prepares - prepares)


def test_every_frame_paints_inside_the_frame_guard(qtbot, map_widget) -> None:
    """The console's foreground gate: a ticked frame and one made at once for a command
    both paint while the guard is held (the log follower's reads wait for it)."""
    held = [False]
    painted: list[bool] = []

    @contextlib.contextmanager
    def guard() -> Iterator[None]:
        held[0] = True
        try:
            yield
        finally:
            held[0] = False

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(held[0])
            return False

    watch = Watch()
    map_widget.canvas.viewport().installEventFilter(watch)
    map_widget.set_frame_guard(guard)
    fix = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=1000):
        map_widget.set_units([unit("P1", fix_time=fix), unit("P2", fix_time=fix)])
    qtbot.wait(6 * MapWidget.FRAME_INTERVAL_MS)
    assert painted and painted[0]
    # (The loop paints once more after a site's first units: not a frame; noticed.)
    painted.clear()
    with qtbot.waitSignal(map_widget.sigFramePainted, timeout=1000):
        map_widget.select_unit("P1")  # the next tick's frame
    map_widget.center_on(LAT0 + 0.002, LON0 + 0.003)  # a frame at once
    assert painted == [True, True]
    assert not held[0]
