"""Map dispatch layers: incidents by priority, unit routes with ETA, route highlight."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest
from PySide6.QtCore import Qt

from models.geo import LocalProjection
from widgets.map.incidents import priority_color
from widgets.map_widget import MapWidget
from widgets.symbols import discipline_color
from widgets.views import IncidentView, RouteView, UnitView

LAT0, LON0 = 43.7300, 7.4200
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def incident(incident_id: str, priority: int, lat: float, lon: float, **fields) -> IncidentView:
    values = {
        "incident_id": incident_id,
        "type_code": "structure-fire",
        "type_name": "Structure fire",
        "discipline": "fire",
        "priority": priority,
        "lat": lat,
        "lon": lon,
        "location": None,
        "created": T0,
        "status": "open",
    }
    values.update(fields)
    return IncidentView(**values)  # type: ignore[arg-type]


def unit(call_sign: str, discipline: str, lat: float, lon: float) -> UnitView:
    return UnitView(call_sign, "engine", discipline, None, "en route", lat, lon, T0)


ROUTES = [
    RouteView("E1", (43.7290, 43.7295, 43.7300, 43.7305), (7.4180, 7.4190, 7.4195, 7.4200), 252.0),
    RouteView("P1", (43.7310, 43.7305), (7.4220, 7.4210), 65.0),
]


@pytest.fixture
def map_widget(qtbot) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_site(LocalProjection(LAT0, LON0), None, [], "© test")
    with qtbot.waitSignal(widget.sigFramePainted, timeout=3000):
        widget.set_units(
            [unit("E1", "fire", 43.7290, 7.4180), unit("P1", "police", 43.7310, 7.4220)]
        )
    return widget


def test_incidents_drawn_as_priority_stars_with_labels(map_widget) -> None:
    map_widget.set_incidents(
        [
            incident("2026-000001", 1, 43.7300, 7.4200),
            incident("2026-000002", 3, 43.7270, 7.4215, type_name="Traffic accident"),
            incident("2026-000003", 2, 43.7302, 7.4190, status="closed"),
        ]
    )
    layer = map_widget._incidents
    xs, _ys = layer.scatter.getData()
    assert len(xs) == 2  # the closed one is not drawn
    assert [i.incident_id for i in map_widget.shown_incidents()] == ["2026-000001", "2026-000002"]
    assert layer.scatter.opts["symbol"] == "star"
    brushes = [spot.brush().color().name() for spot in layer.scatter.points()]
    assert brushes == [priority_color(1).name(), priority_color(3).name()]
    assert layer.labels._texts == ["2026-000001 Structure fire", "2026-000002 Traffic accident"]
    map_widget.grab()
    assert layer.labels.drawn_count == 2
    # Picking finds the incident under the pointer.
    pos = map_widget.incident_viewport_pos("2026-000002")
    assert pos is not None
    found = map_widget.incident_at(pos)
    assert found is not None and found.incident_id == "2026-000002"
    map_widget.set_incidents([])
    assert len(layer.scatter.getData()[0]) == 0


def test_incident_symbol_is_visible_in_priority_colour(map_widget) -> None:
    map_widget.set_incidents([incident("2026-000001", 1, 43.7300, 7.4200)])
    pos = map_widget.incident_viewport_pos("2026-000001")
    assert pos is not None
    image = map_widget.grab().toImage()
    centre = map_widget.canvas.viewport().mapTo(map_widget, pos.toPoint())
    pixel = image.pixelColor(centre)
    wanted = priority_color(1)
    assert abs(pixel.red() - wanted.red()) < 30 and pixel.green() < 60 and pixel.blue() < 60


def test_routes_drawn_with_point_counts_and_eta(map_widget) -> None:
    map_widget.set_routes(ROUTES)
    layer = map_widget.route_layer()
    assert layer.point_counts() == {"E1": 4, "P1": 2}
    e1 = layer.item("E1")
    assert e1 is not None and e1.isVisible()
    pen = e1.opts["pen"]
    assert pen.style() == Qt.PenStyle.DashLine
    assert pen.color().rgb() == discipline_color("fire").rgb()
    assert pen.color().alpha() < 255
    assert layer.item("P1").opts["pen"].color().rgb() == discipline_color("police").rgb()
    # The ETA label sits at the route's start.
    x, y, texts = layer._starts
    assert texts == ["E1 ETA 4:12", "P1 ETA 1:05"]
    start = LocalProjection(LAT0, LON0).forward(43.7290, 7.4180)
    assert (x[0], y[0]) == pytest.approx(start)


def test_route_items_are_created_once_and_reused(map_widget) -> None:
    map_widget.set_routes(ROUTES)
    layer = map_widget.route_layer()
    e1, p1 = layer.item("E1"), layer.item("P1")
    items_before = len(map_widget._vb.addedItems)
    moved = RouteView("E1", (43.7295, 43.7300, 43.7305), (7.4190, 7.4195, 7.4200), 200.0)
    map_widget.set_routes([moved, ROUTES[1]])
    assert layer.item("E1") is e1 and layer.item("P1") is p1
    assert layer.point_counts() == {"E1": 3, "P1": 2}
    # A route that ends is hidden; its item serves the next new route.
    map_widget.set_routes([moved])
    assert not p1.isVisible()
    map_widget.set_routes([moved, RouteView("M1", (43.73, 43.731), (7.42, 7.421), 30.0)])
    assert layer.item("M1") is p1 and p1.isVisible()
    assert len(map_widget._vb.addedItems) == items_before
    assert np.asarray(p1.xData).size == 2


def test_highlight_route(map_widget) -> None:
    map_widget.set_routes(ROUTES)
    layer = map_widget.route_layer()
    map_widget.highlight_route("P1")
    assert map_widget.highlighted_route() == "P1"
    p1, e1 = layer.item("P1"), layer.item("E1")
    assert p1.opts["pen"].widthF() > e1.opts["pen"].widthF()
    assert p1.opts["pen"].style() == Qt.PenStyle.SolidLine
    assert p1.opts["pen"].color().alpha() == 255
    assert e1.opts["pen"].color().alpha() < 100  # the others fade
    assert p1.zValue() > e1.zValue()
    map_widget.highlight_route(None)
    assert map_widget.highlighted_route() is None
    assert p1.opts["pen"].widthF() == e1.opts["pen"].widthF()
    map_widget.highlight_route("nobody")
    assert map_widget.highlighted_route() is None
    # A highlighted route that goes away takes the highlight with it.
    map_widget.highlight_route("E1")
    map_widget.set_routes([ROUTES[1]])
    assert map_widget.highlighted_route() is None


def test_routes_set_before_the_site_appear_with_it(qtbot) -> None:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.set_routes(ROUTES)
    widget.set_incidents([incident("2026-000001", 1, 43.7300, 7.4200)])
    assert widget.route_layer().point_counts() == {}
    widget.set_site(LocalProjection(LAT0, LON0), None, [], "")
    assert widget.route_layer().point_counts() == {"E1": 4, "P1": 2}
    assert len(widget.shown_incidents()) == 1


# --- after dispatch -------------------------------------------------------------


def _paint(qtbot, widget: MapWidget) -> None:
    qtbot.wait(80)
    widget.canvas.viewport().repaint()


def test_dispatched_routes_stay_until_the_unit_arrives(qtbot, map_widget) -> None:
    map_widget.add_dispatched_routes(ROUTES)
    map_widget.set_routes([])  # the recommendation closes after dispatch
    _paint(qtbot, map_widget)
    assert sorted(map_widget.dispatched_routes()) == ["E1", "P1"]
    item = map_widget.dispatched_route_layer().item("E1")
    assert item is not None and item.isVisible()
    assert item.opts["pen"].style() == Qt.PenStyle.SolidLine
    # E1 drives along its route (it has fixes): the part behind it is cut off.
    lat, lon = ROUTES[0].lat[2], ROUTES[0].lon[2]
    map_widget.update_units([UnitView("E1", "engine", "fire", None, "en route", lat, lon, T0)])
    _paint(qtbot, map_widget)
    xs, ys = item.getData()
    assert len(xs) == 2
    assert (float(xs[0]), float(ys[0])) == map_widget._store.xy("E1")
    # It arrives: its route goes; P1's stays.
    map_widget.update_units([UnitView("E1", "engine", "fire", None, "on scene", lat, lon, T0)])
    _paint(qtbot, map_widget)
    assert map_widget.dispatched_routes() == ["P1"]
    # Stood down on the way: gone too.
    map_widget.update_units(
        [UnitView("P1", "car", "police", None, "available", 43.7310, 7.4220, T0)]
    )
    _paint(qtbot, map_widget)
    assert map_widget.dispatched_routes() == []


def test_unit_without_fix_is_drawn_where_its_status_puts_it(qtbot, map_widget) -> None:
    station_lat, station_lon = 43.7250, 7.4100  # where the console parks it
    map_widget.set_incidents([incident("2026-000001", 1, 43.7300, 7.4200, units=("E9",))])

    def e9(status: str) -> UnitView:
        return UnitView(
            "E9", "engine", "fire", "S1", status, station_lat, station_lon, None,
            incident_id="2026-000001",
        )  # fmt: skip

    map_widget.update_units([e9("en route")])
    _paint(qtbot, map_widget)
    assert map_widget.unit_position("E9") == (station_lat, station_lon)
    assert "E9 · no fix" in map_widget._unit_labels.texts
    map_widget.update_units([e9("on scene")])
    _paint(qtbot, map_widget)
    lat, lon = map_widget.unit_position("E9")  # type: ignore[misc]
    assert abs(lat - 43.7300) < 0.0004 and abs(lon - 7.4200) < 0.0005  # on the incident's ring
    assert "E9 · no fix" in map_widget._unit_labels.texts
    assert "No fix: shown at incident 2026-000001" in map_widget.unit_tooltip("E9")
    # A unit with a fix is drawn at its fix whatever its status.
    map_widget.update_units([UnitView("E9", "engine", "fire", "S1", "on scene", 43.7, 7.4, T0)])
    _paint(qtbot, map_widget)
    assert map_widget.unit_position("E9") == (43.7, 7.4)
    assert "E9" in map_widget._unit_labels.texts
    # Back to no fix and available: at the station again, no mark.
    map_widget.update_units([e9("available")])
    _paint(qtbot, map_widget)
    assert map_widget.unit_position("E9") == (station_lat, station_lon)
    assert "E9" in map_widget._unit_labels.texts


def test_unit_at_hospital_without_fix_is_drawn_at_the_nearest_hospital(qtbot, map_widget) -> None:
    from models.places.types import Place

    map_widget.set_landmarks(
        [
            Place("Far Hospital", "landmark", 43.80, 7.50, 1.0, category="hospital"),
            Place("Near Hospital", "landmark", 43.7320, 7.4230, 1.0, category="hospital"),
            Place("School", "landmark", 43.7301, 7.4201, 1.0, category="school"),
        ]
    )
    map_widget.set_incidents([incident("2026-000001", 1, 43.7300, 7.4200, units=("M1",))])
    map_widget.update_units(
        [UnitView("M1", "ALS", "medical", None, "at hospital", 43.72, 7.41, None,
                  incident_id="2026-000001")]
    )  # fmt: skip
    _paint(qtbot, map_widget)
    assert map_widget.unit_position("M1") == (43.7320, 7.4230)


def test_selected_incident_label_always_placed(qtbot, map_widget) -> None:
    # Twelve incidents on one spot: only a few labels fit; the selected one always.
    incidents = [incident(f"2026-0000{k:02d}", 3, 43.7300, 7.4200) for k in range(12)]
    map_widget.set_incidents(incidents)
    _paint(qtbot, map_widget)
    layer = map_widget._incidents.labels
    drawn = {layer.texts[r] for r in layer.placed_rows.tolist()}
    assert "2026-000011 Structure fire" not in drawn
    map_widget.select_incident("2026-000011")
    _paint(qtbot, map_widget)
    drawn = {layer.texts[r] for r in layer.placed_rows.tolist()}
    assert "2026-000011 Structure fire" in drawn
