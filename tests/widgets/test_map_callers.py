"""Callers on the map: symbols per active call, uncertainty circles to scale,
rebid trails, offered fixes, selection, tooltips and the pick mode."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from models.geo import LocalProjection
from widgets.map.layers import BACKGROUND_DAY
from widgets.map_widget import MapWidget
from widgets.symbols import caller_source_color
from widgets.views import CallView, LocationView

LAT0, LON0 = 60.1700, 24.9400
NOW = datetime.now(UTC)


def _location(**fields: object) -> LocationView:
    values: dict[str, object] = {
        "source": "aml",
        "lat": LAT0,
        "lon": LON0,
        "radius_m": 60.0,
        "confidence": 90.0,
        "time": NOW - timedelta(seconds=20),
    }
    values.update(fields)
    return LocationView(**values)  # type: ignore[arg-type]


def _call(call_id: str, state: str = "answered", **fields: object) -> CallView:
    location = fields.pop("location", _location())
    values: dict[str, object] = {
        "call_id": call_id,
        "number": f"+35840{call_id[1:]}",
        "state": state,
        "via": "aml",
        "class_of_service": "WPH2",
        "offered": NOW - timedelta(seconds=60),
        "answered": NOW - timedelta(seconds=50),
        "location": location,
        "history": (location,) if location is not None else (),
    }
    values.update(fields)
    return CallView(**values)  # type: ignore[arg-type]


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
    widget.zoom_by(0.2)  # about 530 m x 400 m: 1.5 px per metre
    return widget


def test_circle_radius_in_map_units_is_radius_m(map_widget, projection) -> None:
    map_widget.set_callers([_call("C1", location=_location(radius_m=37.5))])
    x, y, r = map_widget.caller_layer().circles()["C1"]
    assert r == pytest.approx(37.5)
    assert (x, y) == pytest.approx(projection.forward(LAT0, LON0), abs=1e-6)
    # True to scale in the scene: the radius spans radius / (metres per pixel).
    discs = map_widget.caller_layer().discs
    centre = discs.mapToScene(QPointF(x, y))
    edge = discs.mapToScene(QPointF(x + r, y))
    px, _py = map_widget._vb.viewPixelSize()
    assert edge.x() - centre.x() == pytest.approx(37.5 / px, rel=1e-6)
    bounds = discs.boundingRect()
    assert bounds.width() >= 75.0 and bounds.width() < 75.0 + 20 * px


def test_one_symbol_per_active_call_with_a_position(map_widget) -> None:
    calls = [
        _call("C1", "ringing", location=_location(lat=LAT0 + 0.001)),
        _call("C2", "answered", location=_location(source="ali", lon=LON0 + 0.002)),
        _call("C3", "abandoned"),
        _call("C4", "released"),
        _call("C5", "ringing", location=None),
        _call("C6", "answered", location=_location(lat=None, lon=None, address="Somewhere 1")),
    ]
    map_widget.set_callers(calls)
    layer = map_widget.caller_layer()
    assert [c.call_id for c in layer.shown()] == ["C1", "C2"]
    assert len(layer.symbols.xy) == 2
    assert layer.symbols.sources == ["aml", "ali"]
    assert sorted(layer.circles()) == ["C1", "C2"]


def test_history_polyline_has_a_point_per_rebid(map_widget) -> None:
    rebids = tuple(
        _location(source="ali" if i == 0 else "aml", lat=LAT0 + 0.0003 * i, radius_m=300 - 50 * i)
        for i in range(4)
    )
    two = (_location(lon=LON0 + 0.003), _location(lon=LON0 + 0.0032))
    map_widget.set_callers(
        [
            _call("C1", location=rebids[-1], history=rebids),
            _call("C2", location=two[-1], history=two),
            _call("C3"),
        ]
    )
    layer = map_widget.caller_layer()
    assert layer.trail_point_counts() == {"C1": 4, "C2": 2, "C3": 1}
    xs, ys = layer.trails.getData()
    # Both trails in one item, NaN between them; the single fix draws no line.
    assert len(xs) == 4 + 1 + 2 + 1
    assert int((~(xs == xs)).sum()) == 2
    assert len(layer.trail_dots.data) == 6
    # Oldest first: the first dot is the southern-most, the fourth the in-force fix.
    assert ys[0] < ys[1] < ys[2] < ys[3]
    assert (xs[3], ys[3]) == pytest.approx(layer.circles()["C1"][:2])


def test_verified_ring_and_dashed_pending_fix(map_widget, projection) -> None:
    verified = _location(source="typed", radius_m=15.0, verified=True)
    offer = _location(lat=LAT0 + 0.002, radius_m=40.0)
    map_widget.set_callers([_call("C1", location=verified, pending=offer)])
    layer = map_widget.caller_layer()
    assert layer.symbols.verified == [True, False]
    assert layer.symbols.hollow == [False, True]
    ox, oy, r = layer.offer_circles()["C1"]
    assert r == pytest.approx(40.0)
    assert (ox, oy) == pytest.approx(projection.forward(LAT0 + 0.002, LON0), abs=1e-6)
    assert layer.circles()["C1"][2] == pytest.approx(15.0)


def test_layer_repaints_only_when_the_calls_change(map_widget) -> None:
    calls = [_call("C1"), _call("C2", location=_location(lat=LAT0 + 0.001))]
    map_widget.set_callers(calls)
    layer = map_widget.caller_layer()
    restyles: list[int] = []
    original = layer.symbols.set_symbols

    def counting(*args: object) -> None:
        restyles.append(1)
        original(*args)  # type: ignore[arg-type]

    layer.symbols.set_symbols = counting  # type: ignore[method-assign]
    map_widget.set_callers(list(calls))
    map_widget.set_callers(tuple(calls))
    assert restyles == []
    map_widget.set_callers([calls[0]])
    assert restyles == [1]
    assert [c.call_id for c in layer.shown()] == ["C1"]


def test_click_on_caller_selects_it_and_emits(qtbot, map_widget) -> None:
    map_widget.set_callers([_call("C1"), _call("C2", location=_location(lon=LON0 + 0.001))])
    pos = map_widget.caller_viewport_pos("C2")
    assert pos is not None
    with qtbot.waitSignal(map_widget.sigCallSelected) as blocker:
        qtbot.mouseClick(map_widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == ["C2"]
    assert map_widget.selected_call() == "C2"
    assert map_widget.caller_layer().symbols.selected == 1


def test_select_call_highlights_without_emitting(qtbot, map_widget) -> None:
    map_widget.set_callers([_call("C1")])
    with qtbot.assertNotEmitted(map_widget.sigCallSelected):
        map_widget.select_call("C1")
    assert map_widget.caller_layer().discs.selected == 0
    map_widget.select_call(None)
    assert map_widget.caller_layer().discs.selected == -1


def test_caller_tooltip(map_widget) -> None:
    location = _location(radius_m=35.0, confidence=90.0, address="Mannerheimintie 1")
    map_widget.set_callers([_call("C1", location=location)])
    pos = map_widget.caller_viewport_pos("C1")
    assert pos is not None
    text = map_widget.tooltip_at(pos)
    for part in ("+358401", "AML", "± 35 m", "90%", "Mannerheimintie 1", "60.17000, 24.94000"):
        assert part in text
    assert "(20 s ago)" in map_widget.caller_layer().tooltip("C1", now=NOW)
    assert map_widget.tooltip_at(pos + QPointF(200, 200)) == ""


def test_pick_mode_emits_the_clicked_lat_lon_once(qtbot, map_widget, projection) -> None:
    target_lat, target_lon = LAT0 + 0.0005, LON0 - 0.0008
    pos = map_widget.map_to_viewport(*projection.forward(target_lat, target_lon)).toPoint()
    viewport = map_widget.canvas.viewport()
    with qtbot.assertNotEmitted(map_widget.sigMapClicked):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    map_widget.pick_location("C000042")
    assert map_widget.picking() == "C000042"
    with (
        qtbot.waitSignal(map_widget.sigMapClicked) as clicked,
        qtbot.waitSignal(map_widget.sigLocationPicked) as picked,
    ):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    px, _py = map_widget._vb.viewPixelSize()
    tolerance_deg = 2 * px / 111_000 / 0.49  # two pixels, in degrees of longitude at 60 N
    lat, lon = clicked.args
    assert lat == pytest.approx(target_lat, abs=tolerance_deg)
    assert lon == pytest.approx(target_lon, abs=tolerance_deg)
    assert picked.args == ["C000042", lat, lon]
    assert map_widget.picking() is None
    with qtbot.assertNotEmitted(map_widget.sigMapClicked):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)


def test_pick_mode_wins_over_a_caller_under_the_click(qtbot, map_widget) -> None:
    map_widget.set_callers([_call("C1")])
    pos = map_widget.caller_viewport_pos("C1")
    assert pos is not None
    map_widget.pick_location("C1")
    with (
        qtbot.assertNotEmitted(map_widget.sigCallSelected),
        qtbot.waitSignal(map_widget.sigMapClicked) as clicked,
    ):
        qtbot.mouseClick(map_widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert clicked.args[0] == pytest.approx(LAT0, abs=1e-4)


def test_escape_cancels_pick_mode(qtbot, map_widget) -> None:
    map_widget.pick_location("C7")
    map_widget.canvas.setFocus()
    with qtbot.waitSignal(map_widget.sigPickCancelled) as blocker:
        qtbot.keyClick(map_widget.canvas, Qt.Key.Key_Escape)
    assert blocker.args == ["C7"]
    assert map_widget.picking() is None
    assert map_widget.cancel_pick() is False
    with qtbot.assertNotEmitted(map_widget.sigMapClicked):
        qtbot.mouseClick(
            map_widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(300, 300)
        )


def _close(a: QColor, b: QColor, tolerance: int) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_grab_shows_the_translucent_disc_around_the_caller(qtbot, map_widget) -> None:
    map_widget.set_callers([_call("C1", location=_location(radius_m=60.0))])
    x, y, r = map_widget.caller_layer().circles()["C1"]
    centre = map_widget.map_to_viewport(x, y)
    r_px = map_widget.map_to_viewport(x + r, y).x() - centre.x()
    assert r_px > 60  # big enough to sample inside and outside
    image = map_widget.grab().toImage()
    ratio = image.devicePixelRatio()

    def pixel(dy: float) -> QColor:
        return image.pixelColor(QPoint(round(centre.x() * ratio), round((centre.y() + dy) * ratio)))

    background = QColor(BACKGROUND_DAY)
    inside = pixel(0.7 * r_px)
    outside = pixel(1.3 * r_px)
    assert _close(outside, background, 3)
    # Translucent: tinted towards the source colour, yet far from the opaque colour.
    source = caller_source_color("aml")
    assert not _close(inside, background, 10)
    assert not _close(inside, source, 40)
    assert inside.red() < background.red() - 20  # the teal tint takes out red
    assert inside.green() > inside.red()
    # The symbol itself sits on the centre, opaque in the source colour.
    assert _close(pixel(-6), source, 30)


def test_callers_follow_a_new_site(map_widget) -> None:
    map_widget.set_callers([_call("C1")])
    map_widget.set_site(LocalProjection(LAT0 + 0.01, LON0), None, [], "© test")
    x, y, _r = map_widget.caller_layer().circles()["C1"]
    assert x == pytest.approx(0.0, abs=1.0)
    assert y == pytest.approx(-1113.0, abs=5.0)
