"""Tests for the map's paint caches: the road picture (widgets.map.road_picture) and the
sprite layers of unit symbols and track heads (widgets.map.sprites)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage

from models.geo import LocalProjection
from widgets.map import road_picture
from widgets.map.road_picture import MARGIN_PX
from widgets.map.sprites import SpriteLayer, SpriteStyle
from widgets.map_widget import MapWidget

LAT0, LON0 = 43.7300, 7.4200
NAN = np.nan
BACKGROUND = QColor("#f3f1ec")


class _Roads:
    def polylines_by_class(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        lat = np.array([LAT0 - 0.004, LAT0 + 0.004, NAN, LAT0, LAT0, NAN])
        lon = np.array([LON0, LON0, NAN, LON0 - 0.006, LON0 + 0.006, NAN])
        return {"primary": (lat, lon), "residential": (lat + 0.001, lon + 0.001)}


@pytest.fixture
def map_widget(qtbot) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_site(LocalProjection(LAT0, LON0), _Roads(), [], "© test")
    return widget


def paint(qtbot, widget: MapWidget) -> None:
    qtbot.wait(50)
    widget.canvas.viewport().repaint()


def road_pixels(widget: MapWidget) -> int:
    """Pixels of the viewport that are neither background nor overlay (roads here)."""
    image = widget.canvas.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint32)
    raw = raw.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]
    return int((raw != np.uint32(BACKGROUND.rgb() & 0xFFFFFFFF)).sum())


def test_a_pan_within_the_margin_blits_the_road_picture(qtbot, map_widget, monkeypatch) -> None:
    # A site too large to hold whole at this scale: the picture is the view and its margin.
    monkeypatch.setattr(road_picture, "WHOLE_MAX_PX", 0)
    picture = map_widget._roads.picture
    map_widget.zoom_by(0.2)  # roads across the whole view and beyond
    paint(qtbot, map_widget)
    renders = picture.renders
    assert renders >= 1
    before = map_widget.view_rect()
    m_per_px = map_widget._vb.viewPixelSize()[0]
    map_widget._vb.setRange(before.translated(0.5 * MARGIN_PX * m_per_px, 0), padding=0)
    paint(qtbot, map_widget)
    assert picture.renders == renders
    assert picture.blits >= 1
    # The roads moved with the view: the same picture, shifted.
    map_widget._vb.setRange(before.translated(1.5 * MARGIN_PX * m_per_px, 0), padding=0)
    paint(qtbot, map_widget)
    assert picture.renders == renders + 1  # past the margin: drawn anew
    map_widget.zoom_by(0.5)
    paint(qtbot, map_widget)
    assert picture.renders == renders + 2  # a new scale: drawn anew


def test_a_site_that_fits_is_held_whole_so_a_pan_across_it_blits(qtbot, map_widget) -> None:
    """Every road in the picture (the site fits in WHOLE_MAX_PX at this scale): the map
    centred on the far end of the site (a unit selected there) strokes nothing anew,
    and what it shows is what a fresh render shows."""
    map_widget.zoom_by(0.5)  # the site about twice the view across
    paint(qtbot, map_widget)
    picture = map_widget._roads.picture
    renders = picture.renders
    for lat, lon in ((LAT0 + 0.0035, LON0 - 0.005), (LAT0 - 0.0035, LON0 + 0.005)):
        map_widget.center_on(lat, lon)
        paint(qtbot, map_widget)
    assert picture.renders == renders
    blitted = map_widget.canvas.viewport().grab().toImage()
    assert road_pixels(map_widget) > 200
    picture.invalidate()
    paint(qtbot, map_widget)
    assert map_widget.canvas.viewport().grab().toImage() == blitted


def test_blitted_roads_are_the_roads_drawn_afresh(qtbot, map_widget) -> None:
    paint(qtbot, map_widget)
    m_per_px = map_widget._vb.viewPixelSize()[0]
    rect = map_widget.view_rect()
    map_widget._vb.setRange(rect.translated(40 * m_per_px, -25 * m_per_px), padding=0)
    paint(qtbot, map_widget)
    blitted = map_widget.canvas.viewport().grab().toImage()
    map_widget._roads.picture.invalidate()
    paint(qtbot, map_widget)
    fresh = map_widget.canvas.viewport().grab().toImage()
    assert road_pixels(map_widget) > 500  # roads are there
    assert blitted == fresh


def test_a_resize_the_picture_covers_reuses_it(qtbot, map_widget) -> None:
    # Taller than wide: the width sets the scale, as in the console's layout.
    map_widget.resize(500, 584)
    paint(qtbot, map_widget)
    picture = map_widget._roads.picture
    renders = picture.renders
    prepares = map_widget.label_placer().street_prepares
    for height in (600, 584, 600):  # a line above the map appearing and going
        map_widget.resize(500, height)
        paint(qtbot, map_widget)
    assert picture.renders == renders
    assert map_widget.label_placer().street_prepares == prepares


def test_minor_roads_hidden_when_far_out(qtbot, map_widget) -> None:
    map_widget.zoom_by(40.0)
    paint(qtbot, map_widget)
    assert map_widget._roads.visible_classes() == frozenset({"primary"})
    map_widget.fit_to_site()
    paint(qtbot, map_widget)
    assert map_widget._roads.visible_classes() == frozenset({"primary", "residential"})


def test_render_to_an_image_draws_roads_as_vectors(qtbot, map_widget) -> None:
    paint(qtbot, map_widget)
    renders = map_widget._roads.picture.renders
    image = QImage(1200, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(Qt.GlobalColor.white)
    map_widget.render(image)
    assert map_widget._roads.picture.renders == renders  # not the screen pixmap
    raw = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(1000, 1200)
    assert int((raw != np.uint32(0xFFFFFFFF)).sum()) > 1000


def test_night_restyles_the_road_picture(qtbot, map_widget) -> None:
    paint(qtbot, map_widget)
    day = map_widget._roads.pen("primary").color()
    renders = map_widget._roads.picture.renders
    map_widget.set_dark(True)
    paint(qtbot, map_widget)
    assert map_widget._roads.pen("primary").color() != day
    assert map_widget._roads.picture.renders == renders + 1


def _scene_image(qtbot, item: pg.GraphicsObject) -> QImage:
    view = pg.GraphicsView()
    qtbot.addWidget(view)
    view.resize(200, 160)
    box = pg.ViewBox(lockAspect=True, enableMenu=False)
    view.setCentralItem(box)
    box.addItem(item)
    box.setRange(QRectF(-10, -10, 120, 100), padding=0)
    view.setBackground("w")
    view.show()
    qtbot.waitExposed(view)
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def test_sprites_look_like_the_scatter_they_replace(qtbot) -> None:
    pen = pg.mkPen("#ffffff", width=1.2)
    x = np.array([10.0, 50.0, 90.0])
    y = np.array([20.0, 60.0, 30.0])
    styles = [
        SpriteStyle("t", 12, pen, pg.mkBrush("#d32f2f")),
        SpriteStyle("s", 12, pen, pg.mkBrush("#1565c0")),
    ]
    sprites = SpriteLayer(styles)
    sprites.set_points(x, y, np.array([0, 1, 0]))
    scatter = pg.ScatterPlotItem(pxMode=True)
    scatter.setData(
        x=x,
        y=y,
        symbol=["t", "s", "t"],
        size=12,
        pen=pen,
        brush=[pg.mkBrush("#d32f2f"), pg.mkBrush("#1565c0"), pg.mkBrush("#d32f2f")],
    )
    assert _scene_image(qtbot, sprites) == _scene_image(qtbot, scatter)
    assert sprites.drawn_count == 3
    assert [len(sprites.points_of(c)[0]) for c in (0, 1)] == [2, 1]


def test_unit_symbols_cull_to_the_viewport(qtbot, map_widget) -> None:
    from tests.widgets.test_map_widget import unit

    inside = unit("IN", "fire", LAT0, LON0)
    far = unit("FAR", "police", LAT0 + 1.0, LON0 + 1.0)
    map_widget.set_units([inside, far])
    paint(qtbot, map_widget)
    assert map_widget.displayed_unit_count() == 2
    assert map_widget._unit_sprites.drawn_count == 1


def test_empty_layers_cost_the_paint_nothing_and_come_and_go(qtbot, map_widget) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    from widgets.map.contents import has_contents
    from widgets.views import ZoneView

    paint(qtbot, map_widget)
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    empty = [
        item
        for item in map_widget._vb.childGroup.childItems()
        if item.isVisible() and item.flags() & no_contents
    ]
    assert len(empty) >= 8  # callers, alerts, zones, incidents, their labels...
    zones = map_widget._zones
    before = road_pixels(map_widget)
    d = 0.001
    square = (
        (LAT0 - d, LON0 - d),
        (LAT0 - d, LON0 + d),
        (LAT0 + d, LON0 + d),
        (LAT0 + d, LON0 - d),
    )
    map_widget.set_zones([ZoneView("Z1", "Quay", square)])
    assert has_contents(zones.areas)
    paint(qtbot, map_widget)
    with_zone = road_pixels(map_widget)
    assert with_zone > before + 1000  # drawn at once
    map_widget.set_zones([])
    qtbot.wait(80)  # the repaint the emptied layer asked for, through the event loop
    assert road_pixels(map_widget) == before  # and gone at once
    assert not has_contents(zones.areas)
