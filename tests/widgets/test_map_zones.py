"""Sensors, coverage circles, zones and alert areas on the map, including a
grab that shows a translucent zone and an exercise area in exercise style."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from models.geo import LocalProjection
from widgets.alert_queue import exercise_color, severity_color
from widgets.map.layers import BACKGROUND_DAY
from widgets.map.sensors import ZONE_FILL_ALPHA
from widgets.map_widget import MapWidget
from widgets.views import AlertView, SensorView, ZoneView

LAT0, LON0 = 43.7300, 7.4200
NOW = datetime.now(UTC)
D = 0.0009  # ~100 m of latitude


def _square(lat: float, lon: float, half: float) -> tuple[tuple[float, float], ...]:
    return ((lat - half, lon - half), (lat - half, lon + half), (lat + half, lon + half),
            (lat + half, lon - half))  # fmt: skip


def _alert(alert_id: str, **fields: object) -> AlertView:
    values: dict[str, object] = {
        "alert_id": alert_id,
        "origin": "cap",
        "state": "new",
        "exercise": False,
        "severity": "severe",
        "title": "Flood warning",
        "raised": NOW - timedelta(seconds=30),
        "lat": LAT0,
        "lon": LON0,
    }
    values.update(fields)
    return AlertView(**values)  # type: ignore[arg-type]


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
    widget.center_on(LAT0, LON0)
    return widget


def _grab(widget: MapWidget) -> QImage:
    return widget.canvas.viewport().grab().toImage()


def _pixel(image: QImage, pos: QPointF) -> QColor:
    return image.pixelColor(int(pos.x()), int(pos.y()))


def _blend(fill: QColor, alpha: int, under: QColor) -> tuple[int, int, int]:
    a = alpha / 255
    return tuple(
        round(f * a + u * (1 - a))
        for f, u in zip(fill.getRgb()[:3], under.getRgb()[:3], strict=True)
    )  # type: ignore[return-value]


def test_sensor_symbol_label_and_coverage_to_scale(map_widget, projection) -> None:
    map_widget.set_sensors(
        [
            SensorView("R1", "Harbour radar", "radar", LAT0, LON0, 750.0),
            SensorView("P1", "Fence", "perimeter", LAT0 + D, LON0, None),
        ]
    )
    layer = map_widget.sensor_layer()
    circles = layer.coverage_circles()
    assert list(circles) == ["R1"]
    x, y, r = circles["R1"]
    assert r == 750.0
    assert (x, y) == pytest.approx(projection.forward(LAT0, LON0), abs=1e-6)
    path_rect = layer.coverage.shapes[0].path.boundingRect()
    assert path_rect.width() == pytest.approx(1500.0)
    assert layer.labels._texts == ["Harbour radar", "Fence"]
    pos = map_widget.map_to_viewport(*projection.forward(LAT0 + D, LON0))
    assert map_widget.sensor_at(pos).sensor_id == "P1"
    assert "Fence" in map_widget.tooltip_at(pos)


def test_zone_fill_is_translucent_and_alarm_is_red(
    qtbot, map_widget, projection, tmp_path: Path
) -> None:
    quiet = ZoneView("Z1", "Quay", _square(LAT0 + 3 * D, LON0 - 4 * D, D))
    alarmed = ZoneView("Z2", "Depot", _square(LAT0 + 3 * D, LON0 + 4 * D, D), alarmed=True)
    exercise = _alert(
        "A000002",
        exercise=True,
        lat=None,
        lon=None,
        polygons=(_square(LAT0 - 3 * D, LON0, 1.5 * D),),
        title="Drill: chemical leak",
    )
    real = _alert("A000001", circles=((LAT0, LON0 - 6 * D, 120.0),), lat=LAT0, lon=LON0 - 6 * D)
    map_widget.set_zones([quiet, alarmed])
    map_widget.set_alert_areas([real, exercise])
    map_widget.canvas.viewport().repaint()
    image = _grab(map_widget)
    image.save(str(tmp_path / "zones_and_exercise.png"))

    zones = map_widget.zone_layer()
    assert zones.zone_style(alarmed).width > zones.zone_style(quiet).width
    assert zones.zone_style(alarmed).fill.red() > 200
    # Inside the quiet zone, away from its label: background blended with the zone fill.
    inside = map_widget.map_to_viewport(*projection.forward(LAT0 + 2.4 * D, LON0 - 4.6 * D))
    got = _pixel(image, inside).getRgb()[:3]
    want = _blend(zones.zone_style(quiet).fill, ZONE_FILL_ALPHA, QColor(BACKGROUND_DAY))
    assert got == pytest.approx(want, abs=4)
    assert got != QColor(BACKGROUND_DAY).getRgb()[:3]
    # Alarmed zone: reddish.
    red = _pixel(
        image, map_widget.map_to_viewport(*projection.forward(LAT0 + 2.4 * D, LON0 + 3.4 * D))
    )
    assert red.red() > red.green() + 40

    # Exercise area: grey-blue, dashed, captioned, never a real alert's red.
    alerts = map_widget.alert_layer()
    style = alerts.area_style(exercise)
    assert style.outline == exercise_color()
    assert style.style == Qt.PenStyle.DashLine
    assert style.caption == "EXERCISE"
    assert style.outline != severity_color("severe")
    assert alerts.area_style(real).outline == severity_color("severe")
    box = [
        _pixel(image, map_widget.map_to_viewport(*projection.forward(LAT0 - 3 * D + dy, LON0 + dx)))
        for dy in (-0.8 * D, 0.8 * D)
        for dx in (-1.2 * D, 1.2 * D)
    ]
    for colour in box:
        assert colour.blue() >= colour.red()  # tinted grey-blue, not red
    assert alerts.shape_count("A000001") == 1
    assert alerts.shape_count("A000002") == 1


def test_hidden_states_are_not_drawn(map_widget) -> None:
    map_widget.set_alert_areas(
        [_alert("A1", state="dismissed"), _alert("A2", state="cancelled"), _alert("A3")]
    )
    assert [a.alert_id for a in map_widget.alert_layer().alerts] == ["A3"]


def test_click_on_alert_marker_selects_and_emits(qtbot, map_widget, projection) -> None:
    map_widget.set_alert_areas([_alert("A000007", lat=LAT0 + D, lon=LON0 + D)])
    pos = map_widget.alert_viewport_pos("A000007")
    assert pos is not None
    with qtbot.waitSignal(map_widget.sigAlertSelected, timeout=2000) as blocker:
        qtbot.mouseClick(map_widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == ["A000007"]
    assert map_widget.selected_alert() == "A000007"
    assert map_widget.alert_layer().markers.selected == 0
    assert "Flood warning" in map_widget.tooltip_at(pos)


def test_select_alert_from_outside_highlights_without_signal(qtbot, map_widget) -> None:
    real = _alert("A1", polygons=(_square(LAT0, LON0, D),))
    map_widget.set_alert_areas([real, _alert("A2", lat=LAT0 + D)])
    with qtbot.assertNotEmitted(map_widget.sigAlertSelected):
        map_widget.select_alert("A1")
    layer = map_widget.alert_layer()
    assert layer.area_style(real).halo is not None
    assert layer.area_style(real).width > layer.area_style(_alert("A2")).width
    shapes = layer.areas.shapes
    assert shapes[-1].halo is not None
    map_widget.select_alert(None)
    assert all(s.halo is None for s in layer.areas.shapes)


def test_layers_follow_a_new_site(map_widget) -> None:
    map_widget.set_zones([ZoneView("Z1", "Quay", _square(LAT0, LON0, D))])
    before = map_widget.zone_layer().rings[0].copy()
    map_widget.set_site(LocalProjection(LAT0 + 0.01, LON0), None, [], "© test")
    after = map_widget.zone_layer().rings[0]
    assert after[0, 1] == pytest.approx(before[0, 1] - 1111.0, abs=5.0)
