"""The bounding rectangle of a map item drawn at points: one rule for every such layer.

Contract: ``points_rect(x, y, margin)`` is the rectangle, in scene units, around the
points (``x``, ``y``: equal-length arrays; NaN coordinates are ignored) grown by
``margin`` on every side (a symbol's or label's half extent in pixels times the
view's pixel length); an empty rectangle when there are no points. Items call it
from their ``_update_rect`` (on new data and on ``viewTransformChanged``, as the
margin is in pixels) and answer ``boundingRect`` with it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF


def points_rect(x: np.ndarray, y: np.ndarray, margin: float) -> QRectF:
    if len(x) == 0 or np.isnan(x).all():
        return QRectF()
    x0, x1 = float(np.nanmin(x)), float(np.nanmax(x))
    y0, y1 = float(np.nanmin(y)), float(np.nanmax(y))
    return QRectF(x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin)
