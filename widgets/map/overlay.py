"""Scale bar and attribution painted over the map in viewport pixels.

Contract: ``nice_length(max_m)`` is the largest 1-2-5 x 10^k metre length not
above ``max_m``; ``scale_label(metres)`` formats it ("200 m", "2 km");
``ScaleBar.layout(metres_per_pixel)`` picks the length for a bar of at most
``max_px`` pixels. ``paint_overlay`` draws the bar in the bottom leading
corner and the attribution in the bottom trailing corner (swapped for
right-to-left layouts), so the attribution stays visible at any zoom.
``overlay_boxes`` gives the same two boxes (attribution, then bar; either
left out when not drawn), in the viewport's pixels: what map labels keep
clear of (``widgets.map.label_placer.LabelPlacer.set_reserved``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

_MARGIN = 8
_PAD = 3


def nice_length(max_m: float) -> float:
    if not math.isfinite(max_m) or max_m <= 0:
        return 0.0
    exponent = math.floor(math.log10(max_m))
    for mantissa in (5.0, 2.0, 1.0):
        length = mantissa * 10.0**exponent
        if length <= max_m * (1 + 1e-9):
            return length
    return 10.0 ** (exponent - 1) * 5.0


def scale_label(metres: float) -> str:
    if metres >= 1000:
        return QCoreApplication.translate("MapWidget", "{0} km").format(f"{metres / 1000:g}")
    return QCoreApplication.translate("MapWidget", "{0} m").format(f"{metres:g}")


@dataclass(frozen=True, slots=True)
class ScaleBar:
    metres: float
    pixels: float
    label: str

    @classmethod
    def layout(cls, metres_per_pixel: float, max_px: float = 120.0) -> ScaleBar:
        if not math.isfinite(metres_per_pixel) or metres_per_pixel <= 0:
            return cls(0.0, 0.0, "")
        metres = nice_length(metres_per_pixel * max_px)
        return cls(metres, metres / metres_per_pixel, scale_label(metres))


def overlay_boxes(
    viewport: QRect,
    bar: ScaleBar,
    attribution: str,
    metrics: QFontMetrics,
    right_to_left: bool,
) -> tuple[QRectF | None, QRectF | None]:
    """(attribution box, scale bar box) as ``paint_overlay`` draws them; None: not drawn."""
    bottom = viewport.bottom() - _MARGIN
    credit = None
    if attribution:
        width = metrics.horizontalAdvance(attribution) + 2 * _PAD
        height = metrics.height() + 2 * _PAD
        left = viewport.left() + _MARGIN if right_to_left else viewport.right() - _MARGIN - width
        credit = QRectF(left, bottom - height, width, height)
    scale = None
    if bar.pixels > 0:
        width = max(bar.pixels, metrics.horizontalAdvance(bar.label)) + 2 * _PAD
        height = metrics.height() + 10 + 2 * _PAD
        left = viewport.right() - _MARGIN - width if right_to_left else viewport.left() + _MARGIN
        scale = QRectF(left, bottom - height, width, height)
    return credit, scale


def paint_overlay(
    painter: QPainter,
    viewport: QRect,
    bar: ScaleBar,
    attribution: str,
    dark: bool,
    right_to_left: bool,
) -> None:
    ink = QColor("#e8e8e8" if dark else "#202020")
    backdrop = QColor("#15181d" if dark else "#ffffff")
    backdrop.setAlpha(190)
    metrics = QFontMetrics(painter.font())
    credit, scale = overlay_boxes(viewport, bar, attribution, metrics, right_to_left)

    if credit is not None:
        painter.fillRect(credit, backdrop)
        painter.setPen(ink)
        painter.drawText(credit, Qt.AlignmentFlag.AlignCenter, attribution)

    if scale is not None:
        painter.fillRect(scale, backdrop)
        x0 = scale.left() + _PAD
        x1 = x0 + bar.pixels
        y = scale.bottom() - _PAD - 2
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        painter.drawLine(QPointF(x0, y), QPointF(x0, y - 6))
        painter.drawLine(QPointF(x1, y), QPointF(x1, y - 6))
        painter.setPen(ink)
        text_box = QRectF(x0, scale.top() + _PAD, scale.width() - 2 * _PAD, metrics.height())
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, bar.label
        )
