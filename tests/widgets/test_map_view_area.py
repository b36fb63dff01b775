"""Tests for widgets.map.view_area: the area a view-dependent picture is made for."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from widgets.map.view_area import ViewArea

W, H = 800.0, 600.0


def view(scale: float, dx: float, dy: float) -> QTransform:
    """Metres to device pixels, y up as on the map."""
    return QTransform(scale, 0.0, 0.0, -scale, dx, dy)


def test_data_that_fits_is_held_whole_and_serves_a_pan_anywhere_over_it() -> None:
    data = QRectF(-1000.0, -1000.0, 2000.0, 2000.0)  # 800 px across at 0.4 px/m
    t = view(0.4, 400.0, 300.0)
    area = ViewArea.around(t, W, H, 100.0, data, 4_000_000)
    assert area.rect.contains(t.mapRect(data))
    for dx in (-400.0, 0.0, 400.0):
        for dy in (-400.0, 400.0):
            assert area.serves(view(0.4, 400.0 + dx, 300.0 + dy), W, H)
    # The area's corner follows the pan.
    assert area.offset(view(0.4, 450.0, 300.0)) == area.offset(t) + QPointF(50.0, 0.0)


def test_too_large_to_hold_is_the_view_and_its_margin() -> None:
    data = QRectF(-100_000.0, -100_000.0, 200_000.0, 200_000.0)
    t = view(0.4, 400.0, 300.0)
    area = ViewArea.around(t, W, H, 100.0, data, 4_000_000)
    assert area.rect == QRectF(-100.0, -100.0, W + 200.0, H + 200.0)
    assert area.serves(view(0.4, 480.0, 300.0), W, H)  # within the margin
    assert not area.serves(view(0.4, 520.0, 300.0), W, H)  # past it
    # HiDPI counts device pixels: a 2x screen holds a quarter of the area.
    site = QRectF(-2000.0, -2000.0, 4000.0, 4000.0)  # 1,600 px across
    assert ViewArea.around(t, W, H, 100.0, site, 3_000_000).rect.width() > W + 200.0
    assert ViewArea.around(t, W, H, 100.0, site, 3_000_000, dpr=2.0).rect.width() == W + 200.0


def test_another_scale_is_never_served_and_a_view_without_data_always_is() -> None:
    data = QRectF(0.0, 0.0, 100.0, 100.0)
    t = view(1.0, 0.0, 600.0)
    area = ViewArea.around(t, W, H, 50.0, data, 0)
    assert not area.serves(view(1.5, 0.0, 600.0), W, H)
    # Panned far from the data: nothing to draw in view, nothing to make anew.
    assert area.serves(view(1.0, 5000.0, 600.0), W, H)


def test_the_transform_draws_into_the_areas_pixmap() -> None:
    data = QRectF(-1000.0, -1000.0, 2000.0, 2000.0)
    t = view(0.4, 400.0, 300.0)
    area = ViewArea.around(t, W, H, 100.0, data, 4_000_000)
    # A point lands where the view put it, less the area's corner.
    for point in (QPointF(-1000.0, 1000.0), QPointF(250.0, -40.0)):
        assert area.transform(t).map(point) == t.map(point) - area.rect.topLeft()
    assert area.rect.contains(t.mapRect(data))
