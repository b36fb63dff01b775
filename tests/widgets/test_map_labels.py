"""Map labels placed, not piled: the placement pass, street names along streets,
landmarks at close zoom."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QFontMetricsF

from models.geo import LocalProjection
from models.places.types import Place, StreetLine
from models.roads import ROAD_CLASSES, RoadLayer, RoadMeta
from widgets.map.landmarks import HYDRANT_MAX_M_PER_PX, LANDMARK_MAX_M_PER_PX
from widgets.map.placement import OccupancyGrid, label_origin, place_points, point_boxes
from widgets.map.street_index import StreetIndex
from widgets.map.street_source import street_lines_from_roads
from widgets.map_widget import MapWidget
from widgets.views import CallView, IncidentView, LocationView, StationView, UnitView, ZoneView

LAT0, LON0 = 60.1700, 24.9400
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
M_LAT = 1 / 111_320.0
M_LON = 1 / (111_320.0 * np.cos(np.radians(LAT0)))


def at(east_m: float, north_m: float) -> tuple[float, float]:
    return LAT0 + north_m * M_LAT, LON0 + east_m * M_LON


def make_roads(ways: list[tuple[str, str, list[tuple[float, float]]]]) -> RoadLayer:
    """A RoadLayer from (name, class, [(east_m, north_m), ...]) ways."""
    lat: list[float] = []
    lon: list[float] = []
    index: dict[tuple[float, float], int] = {}
    way_nodes: list[int] = []
    offsets = [0]
    names = sorted({name for name, _c, _p in ways if name})
    name_idx = []
    classes = []
    for name, road_class, points in ways:
        for point in points:
            if point not in index:
                index[point] = len(lat)
                a, b = at(*point)
                lat.append(a)
                lon.append(b)
            way_nodes.append(index[point])
        offsets.append(len(way_nodes))
        name_idx.append(names.index(name) if name else -1)
        classes.append(ROAD_CLASSES.index(road_class))
    n, w = len(lat), len(ways)
    bbox = (min(lat), min(lon), max(lat), max(lon))
    return RoadLayer(
        nodes_lat=np.asarray(lat),
        nodes_lon=np.asarray(lon),
        node_ids=np.arange(n, dtype=np.int64),
        way_ids=np.arange(w, dtype=np.int64),
        way_offsets=np.asarray(offsets, dtype=np.int64),
        way_nodes=np.asarray(way_nodes, dtype=np.int32),
        way_class=np.asarray(classes, dtype=np.uint8),
        way_oneway=np.zeros(w, dtype=np.int8),
        way_maxspeed_kmh=np.full(w, np.nan, dtype=np.float32),
        way_name_idx=np.asarray(name_idx, dtype=np.int32),
        names=np.asarray(names, dtype=np.str_),
        meta=RoadMeta("test", "2026-03-01T12:00:00Z", bbox),
    )


# A grid town: east-west avenues and north-south streets, 1.2 km square;
# "Long Avenue" is split into three ways end to end, plus one unnamed way.
WAYS: list[tuple[str, str, list[tuple[float, float]]]] = [
    ("Long Avenue", "primary", [(-600.0, 0.0), (-200.0, 0.0)]),
    ("Long Avenue", "primary", [(-200.0, 0.0), (200.0, 0.0)]),
    ("Long Avenue", "primary", [(200.0, 0.0), (600.0, 0.0)]),
    ("North Street", "residential", [(-300.0, -600.0), (-300.0, 0.0), (-300.0, 600.0)]),
    ("Quiet Lane", "residential", [(300.0, -600.0), (300.0, 600.0)]),
    ("Diagonal Road", "secondary", [(-600.0, -600.0), (600.0, 600.0)]),
    ("", "residential", [(-600.0, 300.0), (600.0, 300.0)]),
]


def unit(call_sign: str, east: float, north: float, **fields: object) -> UnitView:
    lat, lon = at(east, north)
    values: dict[str, object] = {
        "call_sign": call_sign,
        "unit_type": "engine",
        "discipline": "fire",
        "station_id": None,
        "status": "available",
        "lat": lat,
        "lon": lon,
        "fix_time": T0,
    }
    values.update(fields)
    return UnitView(**values)  # type: ignore[arg-type]


def incident(
    incident_id: str, east: float, north: float, units: tuple[str, ...] = ()
) -> IncidentView:
    lat, lon = at(east, north)
    return IncidentView(
        incident_id, "structure-fire", "Structure fire", "fire", 1, lat, lon, None, T0, "open",
        units,
    )  # fmt: skip


@pytest.fixture
def roads() -> RoadLayer:
    return make_roads(WAYS)


@pytest.fixture
def map_widget(qtbot, roads) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_site(LocalProjection(LAT0, LON0), roads, [], "© test")
    return widget


def paint(qtbot, widget: MapWidget) -> None:
    """Let the display timer run, then paint the viewport once."""
    qtbot.wait(80)
    widget.canvas.viewport().repaint()


def placed_boxes(widget: MapWidget) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    """(layer, text, box in viewport pixels) of every point label drawn."""
    out = []
    placer = widget.label_placer()
    for _rank, name, layer in placer._layers:
        rows = layer.placed_rows
        if len(rows) == 0:
            continue
        points = [widget.map_to_viewport(float(layer.x[r]), float(layer.y[r])) for r in rows]
        dx = np.array([p.x() for p in points])
        dy = np.array([p.y() for p in points])
        widths = layer.widths[rows]
        left, top = label_origin(
            dx, dy, widths, layer.line_px, layer.offset_px, layer.right_to_left, layer.placed_pos
        )
        for r, x0, y0, w in zip(
            rows.tolist(), left.tolist(), top.tolist(), widths.tolist(), strict=True
        ):
            out.append((name, layer.texts[r], (x0 - 2, y0, x0 + w + 2, y0 + layer.line_px)))
    return out


def overlap(a: tuple[float, ...], b: tuple[float, ...], slack: float = 0.5) -> bool:
    return (
        a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack
    )


def assert_no_overlaps(boxes: list[tuple[float, float, float, float]]) -> None:
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlap(a, b), (a, b)


# --- the placement engine -----------------------------------------------------


def test_grid_marks_and_tests_boxes() -> None:
    grid = OccupancyGrid(100, 50)
    assert grid.is_free(10, 10, 30, 20)
    grid.take(10, 10, 30, 20)
    assert not grid.is_free(25, 15, 40, 25)
    assert grid.is_free(40, 10, 60, 20)
    mask = grid.free_mask(np.array([[0, 0, 6, 6], [12, 12, 14, 14], [90, 40, 110, 48]]))
    assert mask.tolist() == [True, False, False]  # the last leaves the viewport
    grid.take_boxes(np.array([[50.0, 30.0, 70.0, 45.0]]))
    assert not grid.is_free(55, 35, 60, 40)


def test_point_labels_never_overlap_and_must_rows_always_win() -> None:
    rng = np.random.default_rng(1)
    n = 300
    dx = rng.uniform(0, 400, n)
    dy = rng.uniform(0, 300, n)
    widths = rng.uniform(20, 80, n)
    boxes = point_boxes(dx, dy, widths, 14.0, 9.0)
    grid = OccupancyGrid(400, 300)
    rows, pos = place_points(grid, boxes, np.arange(n), must=np.array([250, 260]))
    assert 250 in rows.tolist() and 260 in rows.tolist()
    assert 20 < len(rows) < n  # crowded: fewer labels rather than a heap
    chosen = [tuple(boxes[r, p]) for r, p in zip(rows.tolist(), pos.tolist(), strict=True)]
    assert_no_overlaps(chosen)
    # Every label placed by order (not forced) lies inside the viewport.
    for r, (x0, y0, x1, y1) in zip(rows.tolist(), chosen, strict=True):
        if r not in (250, 260):
            assert x0 >= 0 and y0 >= 0 and x1 <= 400 and y1 <= 300


def test_a_label_moves_to_another_side_before_it_is_dropped() -> None:
    grid = OccupancyGrid(300, 200)
    boxes = point_boxes(
        np.array([100.0, 160.0]), np.array([100.0, 100.0]), np.array([50.0, 50]), 14, 9
    )
    rows, pos = place_points(grid, boxes, np.arange(2))
    # The first takes the trailing side, the second (whose trailing side is
    # free but whose leading side would hit the first) keeps its trailing side.
    assert rows.tolist() == [0, 1] and pos.tolist() == [0, 0]
    grid = OccupancyGrid(300, 200)
    boxes = point_boxes(
        np.array([100.0, 100.0]), np.array([100.0, 100.0]), np.array([50.0, 50]), 14, 9
    )
    rows, pos = place_points(grid, boxes, np.arange(2))
    assert pos.tolist() == [0, 1]  # same anchor: the second goes to the other side


# --- the map's pass ------------------------------------------------------------


def test_crowded_units_stations_incidents_and_callers_never_overlap(qtbot, map_widget) -> None:
    rng = np.random.default_rng(5)
    units = [unit(f"U{i:03d}", float(e), float(n)) for i, (e, n) in
             enumerate(rng.normal(0, 120, (200, 2)).tolist())]  # fmt: skip
    map_widget.set_units(units)
    map_widget._set_stations(
        [StationView(f"S{i}", f"Station number {i}", "fire", *at(i * 30.0, 10.0)) for i in range(5)]
    )
    map_widget.set_incidents([incident(f"2026-00000{i}", i * 20.0, -15.0) for i in range(4)])
    call_lat, call_lon = at(5.0, 90.0)
    location = LocationView("ali", call_lat, call_lon, 30.0, 0.9, T0)
    map_widget.set_callers(
        [CallView("c1", "+358401234567", "ringing", "ali", None, T0, None, location)]
    )
    map_widget.select_unit("U123")
    paint(qtbot, map_widget)
    boxes = placed_boxes(map_widget)
    layers = {name for name, _t, _b in boxes}
    assert {"units", "incidents", "callers"} <= layers
    assert_no_overlaps([b for _n, _t, b in boxes])
    texts = [t for _n, t, _b in boxes]
    assert "U123" in texts  # the selected unit always keeps its label
    assert all(f"2026-00000{i} Structure fire" in texts for i in range(4))
    assert len([t for t in texts if t.startswith("U")]) < 200
    # Unit labels keep off other units' symbols (a symbol's core, give or take
    # a cell); incident and caller labels may cover a symbol, never a label.
    for _n, _t, (x0, y0, x1, y1) in (b for b in boxes if b[0] == "units" and b[1] != "U123"):
        for x, y in zip(map_widget._drawn_x.tolist(), map_widget._drawn_y.tolist(), strict=True):
            p = map_widget.map_to_viewport(x, y)
            assert not (x0 + 4 < p.x() < x1 - 4 and y0 + 4 < p.y() < y1 - 4)


def test_labels_keep_clear_of_the_attribution_and_the_scale_bar(qtbot, map_widget) -> None:
    """A station or an incident beside the map's bottom corners: its label goes to a free
    side or is left out, never under the attribution or the scale bar."""
    paint(qtbot, map_widget)
    reserved = map_widget._overlay_reserved()
    assert len(reserved) == 2  # the attribution, then the scale bar

    def at_viewport(x: float, y: float) -> tuple[float, float]:
        scene = map_widget.canvas.mapToScene(QPointF(x, y).toPoint())
        point = map_widget._vb.mapSceneToView(scene)
        return map_widget._projection.inverse(point.x(), point.y())

    credit, scale = reserved
    # Where each label's first choice, right of its anchor, would run into the box.
    near_credit = at_viewport(credit[0] - 30, credit[1] + 2)
    near_scale = at_viewport(scale[0] + 80, scale[1] - 4)
    map_widget._set_stations([StationView("S1", "Pasila", "fire", *near_credit)])
    lat, lon = near_scale
    fire = IncidentView(
        "2026-000001", "structure-fire", "Structure fire", "fire", 1, lat, lon, None, T0, "open"
    )
    map_widget.set_incidents([fire])
    paint(qtbot, map_widget)
    boxes = placed_boxes(map_widget)
    assert {name for name, _t, _b in boxes} == {"incidents", "stations"}  # moved, not lost
    for name, text, box in boxes:
        for taken in reserved:
            assert not overlap(box, taken), (name, text, box, taken)


def test_alarmed_zone_label_always_placed(qtbot, map_widget) -> None:
    ring = tuple(at(e, n) for e, n in ((-20, -20), (20, -20), (20, 20), (-20, 20)))
    map_widget.set_units([unit(f"U{i}", (i % 4) * 4.0, (i // 4) * 4.0 - 8) for i in range(16)])
    map_widget.set_zones([ZoneView("z1", "Harbour gate", ring, alarmed=True)])
    paint(qtbot, map_widget)
    texts = [t for _n, t, _b in placed_boxes(map_widget)]
    assert "Harbour gate" in texts


def test_placement_runs_once_per_paint_not_per_item(qtbot, map_widget) -> None:
    map_widget.set_units([unit(f"U{i}", i * 50.0, 0.0) for i in range(10)])
    paint(qtbot, map_widget)
    placer = map_widget.label_placer()
    runs = placer.runs
    for _ in range(3):
        map_widget.canvas.viewport().repaint()
    assert placer.runs == runs  # nothing changed: no pass
    map_widget.zoom_by(0.8)
    map_widget.canvas.viewport().repaint()
    assert placer.runs == runs + 1


# --- street names --------------------------------------------------------------


def test_street_lines_from_a_road_layer(roads) -> None:
    lines = street_lines_from_roads(roads)
    assert [line.name for line in lines] == [name for name, _c, _p in WAYS if name]
    assert lines[0].road_class == "primary"
    assert len(lines[3].lat) == 3


def test_street_index_merges_a_street_split_into_ways_and_culls_by_grid(roads) -> None:
    index = StreetIndex(street_lines_from_roads(roads), LocalProjection(LAT0, LON0))
    assert sorted(index.names) == ["Diagonal Road", "Long Avenue", "North Street", "Quiet Lane"]
    long_avenue = index.names.index("Long Avenue")
    assert index.length[long_avenue] == pytest.approx(1200.0, rel=0.01)
    found = {index.names[c] for c in index.chains_in((250.0, -50.0, 350.0, 50.0))}
    assert "Quiet Lane" in found and "North Street" not in found
    # A view on the middle of a long straight segment finds it too.
    assert "Quiet Lane" in {index.names[c] for c in index.chains_in((295.0, 100.0, 305.0, 110.0))}


def test_street_names_drawn_along_streets_upright_and_clear(qtbot, map_widget, roads) -> None:
    map_widget.set_street_lines(street_lines_from_roads(roads), wait=True)
    map_widget.zoom_by(0.6)
    map_widget.set_units([unit(f"U{i}", -450.0 + 100 * i, 0.0) for i in range(4)])
    paint(qtbot, map_widget)
    layer = map_widget.street_label_layer()
    shown = layer.shown()
    names = [name for name, _x, _y, _a in shown]
    assert {"Long Avenue", "North Street", "Quiet Lane", "Diagonal Road"} <= set(names)
    assert layer.drawn_count == len(shown)
    for name, _x, y, angle in shown:
        assert -90.0 <= angle <= 90.0  # never upside down
        if name == "Long Avenue":
            assert angle == pytest.approx(0.0, abs=1.0) and y == pytest.approx(0.0, abs=1.0)
        if name == "Diagonal Road":
            assert abs(angle) == pytest.approx(45.0, abs=2.0)
    # Once per stretch at this zoom: the 1.2 km avenue split into three ways
    # is not labelled once per way.
    assert names.count("Long Avenue") <= 2
    # Street boxes clear of each other and of the point labels.
    street_boxes = [tuple(b) for boxes in layer.placed_boxes() for b in boxes.tolist()]
    owners = [i for i, boxes in enumerate(layer.placed_boxes()) for _ in range(len(boxes))]
    for i, a in enumerate(street_boxes):
        for j, b in enumerate(street_boxes[i + 1 :], start=i + 1):
            if owners[i] != owners[j]:
                assert not overlap(a, b)
    for _n, _t, box in placed_boxes(map_widget):
        for a in street_boxes:
            assert not overlap(a, box)


def test_street_names_only_at_suitable_zoom_and_in_view(qtbot, map_widget, roads) -> None:
    map_widget.set_street_lines(street_lines_from_roads(roads), wait=True)
    map_widget.zoom_by(30.0)  # far out: ~50 m a pixel
    paint(qtbot, map_widget)
    assert map_widget.street_label_layer().shown() == []
    map_widget.fit_to_site()
    map_widget.center_on(*at(300.0, 300.0))
    map_widget.zoom_by(0.15)
    paint(qtbot, map_widget)
    names = {name for name, *_ in map_widget.street_label_layer().shown()}
    assert names and names <= {"Quiet Lane", "Diagonal Road"}


def test_a_pan_keeps_the_street_set_and_its_labels_clear(qtbot, map_widget, roads) -> None:
    map_widget.set_street_lines(street_lines_from_roads(roads), wait=True)
    map_widget.zoom_by(0.6)
    map_widget.set_units([unit(f"U{i}", -450.0 + 100 * i, 0.0) for i in range(4)])
    paint(qtbot, map_widget)
    placer = map_widget.label_placer()
    prepares = placer.street_prepares
    m_per_px = map_widget._vb.viewPixelSize()[0]
    for dx_px, dy_px in ((60, 0), (0, -45), (-120, 30)):  # SELs centring the map
        rect = map_widget.view_rect()
        map_widget._vb.setRange(rect.translated(dx_px * m_per_px, dy_px * m_per_px), padding=0)
        paint(qtbot, map_widget)
        layer = map_widget.street_label_layer()
        assert layer.shown()
        viewport = map_widget.canvas.viewport()
        street_boxes = [tuple(b) for boxes in layer.placed_boxes() for b in boxes.tolist()]
        for box in street_boxes:  # inside the viewport after the pan
            assert box[0] >= 0 and box[1] >= 0
            assert box[2] <= viewport.width() and box[3] <= viewport.height()
        for _n, _t, box in placed_boxes(map_widget):
            for a in street_boxes:
                assert not overlap(a, box)
    assert placer.street_prepares == prepares  # the same set, moved with the view
    map_widget.zoom_by(0.8)
    paint(qtbot, map_widget)
    assert placer.street_prepares == prepares + 1  # a new scale: chosen anew


def assert_street_names_inside(map_widget: MapWidget) -> None:
    """Every street name drawn lies inside the viewport, left to right."""
    width = map_widget.canvas.viewport().width()
    for boxes in map_widget.street_label_layer().placed_boxes():
        for box in boxes.tolist():
            assert box[0] >= 0 and box[2] <= width


def assert_street_names_clear(map_widget: MapWidget) -> None:
    """No street name drawn overlaps a point label."""
    layer = map_widget.street_label_layer()
    street_boxes = [tuple(b) for boxes in layer.placed_boxes() for b in boxes.tolist()]
    for _n, _t, box in placed_boxes(map_widget):
        for a in street_boxes:
            assert not overlap(a, box)


def test_a_pan_past_the_margin_chooses_the_new_street_set_for_the_next_frame(
    qtbot, map_widget, roads, monkeypatch
) -> None:
    """A SEL of a unit far off pans past the prepared margin (streets too many to be
    chosen for all at once at this scale): that frame places the names it has in view
    (inside, clear), the set for the new view comes right after."""
    from widgets.map import street_labels
    from widgets.map.street_labels import MARGIN_PX

    monkeypatch.setattr(street_labels, "WHOLE_MAX_PX", 0)
    map_widget.set_street_lines(street_lines_from_roads(roads), wait=True)
    map_widget.zoom_by(0.6)
    paint(qtbot, map_widget)
    placer = map_widget.label_placer()
    layer = map_widget.street_label_layer()
    prepares = placer.street_prepares
    m_per_px = map_widget._vb.viewPixelSize()[0]
    rect = map_widget.view_rect()
    far = (MARGIN_PX + 150) * m_per_px
    map_widget._vb.setRange(rect.translated(far, 0), padding=0)
    map_widget.canvas.viewport().repaint()  # the frame that answers
    assert placer.street_prepares == prepares
    assert_street_names_inside(map_widget)
    qtbot.waitUntil(lambda: placer.street_prepares == prepares + 1, timeout=2000)
    paint(qtbot, map_widget)
    assert layer.shown()
    assert_street_names_clear(map_widget)
    # Without a way to ask for it later, the set is chosen at once.
    placer._later = None
    map_widget._vb.setRange(map_widget.view_rect().translated(-far, 0), padding=0)
    map_widget.canvas.viewport().repaint()
    assert placer.street_prepares == prepares + 2


def test_streets_chosen_for_the_whole_site_serve_a_pan_anywhere_over_it(
    qtbot, map_widget, roads
) -> None:
    """Every street fits in WHOLE_MAX_PX at this scale: the set is chosen once for all of
    them, and a pan to the other end of the site (a SEL there) places from it: no new
    set, the names in view inside the viewport and clear of the point labels."""
    map_widget.set_street_lines(street_lines_from_roads(roads), wait=True)
    map_widget.zoom_by(0.6)
    paint(qtbot, map_widget)
    placer = map_widget.label_placer()
    layer = map_widget.street_label_layer()
    prepares = placer.street_prepares
    m_per_px = map_widget._vb.viewPixelSize()[0]
    viewport = map_widget.canvas.viewport()
    far = 0.4 * viewport.width() * m_per_px
    for dx in (far, -2 * far):
        map_widget._vb.setRange(map_widget.view_rect().translated(dx, 0), padding=0)
        paint(qtbot, map_widget)
        assert placer.street_prepares == prepares
        assert layer.shown()
        assert_street_names_inside(map_widget)
        assert_street_names_clear(map_widget)


def test_street_index_is_built_off_the_gui_thread(qtbot, map_widget, roads) -> None:
    map_widget.set_street_lines(street_lines_from_roads(roads))
    qtbot.waitUntil(map_widget.streets_ready, timeout=5000)
    assert map_widget.street_label_layer().index is not None
    # A newer set wins over an older build still running.
    map_widget.set_street_lines(street_lines_from_roads(roads)[:1])
    map_widget.set_street_lines([])
    qtbot.waitUntil(map_widget.streets_ready, timeout=5000)
    qtbot.wait(100)
    assert map_widget.street_label_layer().index is None


def street_line(name: str, points: list[tuple[float, float]]) -> StreetLine:
    lat, lon = zip(*[at(e, n) for e, n in points], strict=True)
    return StreetLine(name, "primary", np.asarray(lat), np.asarray(lon))


def test_hebrew_and_arabic_names_are_shaped_whole(qtbot, map_widget) -> None:
    hebrew, arabic = "רחוב יפו", "شارع الواد"
    lines = [
        street_line(hebrew, [(-400, 50), (400, 50)]),
        street_line(arabic, [(-400, -80), (400, -80)]),
    ]
    map_widget.set_street_lines(lines, wait=True)
    paint(qtbot, map_widget)
    layer = map_widget.street_label_layer()
    assert {hebrew, arabic} <= {name for name, *_ in layer.shown()}
    metrics = QFontMetricsF(layer._font)
    # The whole string is measured (and drawn) as one shaped run: Arabic
    # letters join, so it differs from the sum of the isolated letters.
    whole = metrics.horizontalAdvance(arabic)
    letters = sum(metrics.horizontalAdvance(ch) for ch in arabic)
    assert abs(whole - letters) > 1.0
    assert layer.text_width(arabic) == pytest.approx(whole + 4)
    pixmap = layer._pixmap(arabic, 1.0)
    assert pixmap.width() >= whole


# --- landmarks -------------------------------------------------------------------


def landmark(label: str, category: str, east: float, north: float) -> Place:
    lat, lon = at(east, north)
    return Place(label, "landmark", lat, lon, 1.0, category=category)


def test_landmarks_at_close_zoom_hydrants_closer(qtbot, map_widget) -> None:
    places = [
        landmark("Central Hospital", "hospital", 50.0, 50.0),
        landmark("Fire Station 1", "fire_station", -80.0, 40.0),
        landmark("", "fire_hydrant", 10.0, -10.0),
    ]
    map_widget.set_landmarks(places)
    map_widget.zoom_by(10.0)
    paint(qtbot, map_widget)
    layer = map_widget.landmark_layer()
    assert map_widget._vb.viewPixelSize()[0] > LANDMARK_MAX_M_PER_PX
    assert len(layer.shown_xy()) == 0
    map_widget.fit_to_site()
    map_widget.center_on(LAT0, LON0)
    map_widget.zoom_by(0.8)
    paint(qtbot, map_widget)
    px = map_widget._vb.viewPixelSize()[0]
    assert HYDRANT_MAX_M_PER_PX < px <= LANDMARK_MAX_M_PER_PX
    assert len(layer.shown_xy()) == 2
    texts = [t for _n, t, _b in placed_boxes(map_widget)]
    assert "Central Hospital" in texts and "Fire Station 1" in texts
    map_widget.zoom_by(0.2)
    paint(qtbot, map_widget)
    assert len(layer.shown_xy()) == 3
    pos = map_widget.map_to_viewport(*map(float, layer.xy[0]))
    assert "Central Hospital" in map_widget.tooltip_at(pos)
    assert "Hospital" in map_widget.tooltip_at(pos)


def test_landmark_signs_differ_by_category(qtbot, map_widget) -> None:
    from widgets.symbols import landmark_style

    styles = {c: landmark_style(c) for c in ("hospital", "fire_station", "police", "school",
                                              "fire_hydrant")}  # fmt: skip
    assert len({(s.glyph, s.shape, s.day) for s in styles.values()}) == 5
    assert landmark_style("unheard_of").glyph == "•"
    assert QPointF(0, 0) is not None


def test_labels_follow_a_zoom_in_the_same_paint(qtbot, map_widget) -> None:
    map_widget.set_units([unit("U1", 0.0, 0.0), unit("U2", 40.0, 0.0)])
    paint(qtbot, map_widget)
    map_widget.zoom_by(0.25)  # the view box applies it only when it paints
    map_widget.canvas.viewport().repaint()
    layer = map_widget._unit_labels
    placer = map_widget.label_placer()
    assert not placer.pending
    # The placement used this paint's transform: U2's label sits beside U2.
    row = layer.texts.index("U2")
    assert row in layer.placed_rows.tolist()
    pos = map_widget.unit_viewport_pos("U2")
    assert pos is not None
    boxes = {t: b for _n, t, b in placed_boxes(map_widget)}
    x0, y0, x1, y1 = boxes["U2"]
    assert abs((y0 + y1) / 2 - pos.y()) < 20 and min(abs(x0 - pos.x()), abs(x1 - pos.x())) < 20


def test_alarmed_track_label_always_placed(qtbot, map_widget) -> None:
    from widgets.map.tracks import TrackFrame
    from widgets.views import AlertView

    n = 30
    lat, lon = zip(*[at((k % 6) * 3.0, (k // 6) * 3.0) for k in range(n)], strict=True)
    ids = [f"radar/{k}" for k in range(n)]
    nan = np.full(n, np.nan)
    frame = TrackFrame(
        ids, np.asarray(lat), np.asarray(lon), nan, nan, [f"T{k}" for k in range(n)],
        np.empty(0), np.empty(0),
    )  # fmt: skip
    map_widget.center_on(LAT0, LON0)
    map_widget.zoom_by(0.5)
    map_widget.set_track_frame(frame)
    paint(qtbot, map_widget)
    assert "T17" not in [t for _n, t, _b in placed_boxes(map_widget)]  # crowded out
    alert = AlertView(
        "a1", "zone-entry", "new", False, "severe", "Entry", T0, lat[17], lon[17],
        track="radar/17",
    )  # fmt: skip
    map_widget.set_alert_areas([alert])
    paint(qtbot, map_widget)
    assert "T17" in [t for _n, t, _b in placed_boxes(map_widget)]


def test_label_atlas_draws_new_texts_only_and_grows(qapp) -> None:
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from widgets.map.label_atlas import LabelAtlas

    font = QFont()
    atlas = LabelAtlas(font, 14.0)
    metrics = QFontMetricsF(font)
    texts = [f"TRACK {k}" for k in range(300)]
    widths = np.array([metrics.horizontalAdvance(t) for t in texts])
    slots = atlas.slots(texts, widths)
    assert len(set(slots.tolist())) == 300 and atlas.renders == 1
    again = atlas.slots(texts[:10], widths[:10])
    assert again.tolist() == slots[:10].tolist() and atlas.renders == 1  # nothing new drawn
    atlas.slots(["شارع يافا"], np.array([metrics.horizontalAdvance("شارع يافا")]))
    assert atlas.renders == 2 and len(atlas) == 301
    atlas.set_style(QColor("#eeeeee"), QColor(0, 0, 0, 200))  # night: starts afresh
    assert len(atlas) == 0
    image = QImage(400, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    slots = atlas.slots(["U1", "U2"], np.array([20.0, 20.0]))
    atlas.draw(painter, np.array([10.0, 200.0]), np.array([10.0, 50.0]), slots)
    painter.end()
    # Each label's dark backdrop lands where its text starts.
    assert image.pixelColor(9, 11).lightness() < 60
    assert image.pixelColor(199, 51).lightness() < 60
    assert image.pixelColor(100, 80).lightness() > 100


def test_sub_pixel_moves_keep_the_placement(qtbot, map_widget) -> None:
    units = [unit(f"U{i}", i * 30.0, 0.0) for i in range(20)]
    map_widget.set_units(units)
    paint(qtbot, map_widget)
    placer = map_widget.label_placer()
    skipped, runs = placer.skipped, placer.runs
    m_per_px = map_widget._vb.viewPixelSize()[0]
    creep = 0.2 * m_per_px  # a fifth of a pixel
    map_widget.update_units([unit(f"U{i}", i * 30.0 + creep, 0.0) for i in range(20)])
    paint(qtbot, map_widget)
    assert placer.runs > runs and placer.skipped > skipped
    before = placer.skipped
    map_widget.update_units([unit(f"U{i}", i * 30.0 + 5 * m_per_px, 0.0) for i in range(20)])
    paint(qtbot, map_widget)
    assert placer.skipped == before  # five pixels: placed afresh
    assert_no_overlaps([b for _n, _t, b in placed_boxes(map_widget)])


def test_moving_anchors_reuse_the_placement_until_the_next_full_pass(qtbot, map_widget) -> None:
    """A storm moving every symbol each frame: one full pass per REUSE_S, labels follow."""
    from widgets.map.label_placer import REUSE_PX, REUSE_S

    placer = map_widget.label_placer()
    now = [1000.0]
    placer._clock = lambda: now[0]  # a slow test machine must not outrun REUSE_S
    live = [0.0]
    map_widget._clock = lambda: live[0]  # new fixes are due at each tick called below
    units = [unit(f"U{i}", i * 30.0, 0.0) for i in range(20)]
    map_widget.set_units(units)
    paint(qtbot, map_widget)
    m_per_px = map_widget._vb.viewPixelSize()[0]
    full, reused = placer.full_runs, placer.reused
    placed = [(name, text) for name, text, _box in placed_boxes(map_widget)]
    assert placed

    # Five pixels: the placement of the last full pass stands, each label on its side.
    map_widget.update_units([unit(f"U{i}", i * 30.0 + 5 * m_per_px, 0.0) for i in range(20)])
    live[0] += 1.0
    map_widget._on_timer_timeout()
    map_widget.canvas.viewport().repaint()
    assert (placer.full_runs, placer.reused) == (full, reused + 1)
    assert [(name, text) for name, text, _box in placed_boxes(map_widget)] == placed
    assert_no_overlaps([b for _n, _t, b in placed_boxes(map_widget)])

    # Nothing else changes: the map asks for the full pass itself, REUSE_S after the last.
    now[0] += REUSE_S
    qtbot.waitUntil(lambda: placer.full_runs == full + 1, timeout=int(REUSE_S * 1000) + 2000)
    assert_no_overlaps([b for _n, _t, b in placed_boxes(map_widget)])

    # A move over REUSE_PX, a selection (a new must) and a zoom: placed afresh at once.
    full = placer.full_runs
    far = (REUSE_PX + 8) * m_per_px
    map_widget.update_units([unit(f"U{i}", i * 30.0 + far, 0.0) for i in range(20)])
    live[0] += 1.0
    map_widget._on_timer_timeout()
    map_widget.canvas.viewport().repaint()
    assert placer.full_runs == full + 1
    map_widget.select_unit("U7")
    map_widget._on_timer_timeout()
    map_widget.canvas.viewport().repaint()
    assert placer.full_runs == full + 2
    assert ("units", "U7") in [(name, text) for name, text, _box in placed_boxes(map_widget)]
    map_widget.zoom_by(0.8)
    map_widget.canvas.viewport().repaint()
    assert placer.full_runs == full + 3
    assert_no_overlaps([b for _n, _t, b in placed_boxes(map_widget)])


@pytest.mark.parametrize("rtl", [False, True])
def test_candidate_boxes_are_the_label_origins_with_their_backdrops(rtl: bool) -> None:
    rng = np.random.default_rng(5)
    dx, dy = rng.uniform(0, 800, 50), rng.uniform(0, 600, 50)
    widths = rng.uniform(10, 120, 50)
    boxes = point_boxes(dx, dy, widths, 14.0, 9.0, rtl)
    for pos in range(4):
        left, top = label_origin(dx, dy, widths, 14.0, 9.0, rtl, pos)
        expected = np.column_stack([left - 2.0, top, left + widths + 2.0, top + 14.0])
        assert boxes[:, pos, :] == pytest.approx(expected)


class _PaintCounter(QObject):
    def __init__(self, widget: MapWidget) -> None:
        super().__init__()
        self.paints = 0
        widget.canvas.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_frame_that_moves_a_street_name_is_one_paint(qtbot, map_widget, roads) -> None:
    """The placement runs inside the map's paint; a street name it drops or moves is
    drawn by that same paint (the layer's own picture), never by a second full paint
    asked for afterwards (what a Qt item cache costs: every other paint in a storm)."""
    map_widget.set_street_lines(street_lines_from_roads(roads), wait=True)
    map_widget.zoom_by(0.6)
    map_widget.set_units([unit("E1", -450.0, 300.0)])
    paint(qtbot, map_widget)
    layer = map_widget.street_label_layer()
    avenue = [(x, y) for name, x, y, _a in layer.shown() if name == "Long Avenue"]
    assert avenue
    renders = layer.renders
    counter = _PaintCounter(map_widget)
    # The unit drives onto the avenue's name: its symbol and label take that spot.
    x, y = avenue[0]
    with qtbot.waitSignal(map_widget.sigFramePainted):
        map_widget.update_units([unit("E1", x, y)])
    qtbot.wait(200)  # several display ticks: nothing more moves
    assert (x, y) not in [(sx, sy) for name, sx, sy, _a in layer.shown() if name == "Long Avenue"]
    assert layer.renders == renders + 1
    assert counter.paints == 1
    # Frames where nothing but the units move blit the names' picture.
    with qtbot.waitSignal(map_widget.sigFramePainted):
        map_widget.update_units([unit("E1", -450.0, 300.0)])  # off the avenue again
    qtbot.wait(200)
    renders, blits = layer.renders, layer.blits
    with qtbot.waitSignal(map_widget.sigFramePainted):
        map_widget.update_units([unit("E1", -450.0, 330.0)])
    qtbot.wait(200)
    assert layer.renders == renders
    assert layer.blits > blits
