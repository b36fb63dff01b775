"""Map labels pre-rendered into one atlas pixmap and drawn in one call.

Contract: ``LabelAtlas(font, line_px)``. ``slots(texts, widths)`` returns,
per text, its slot in the atlas (an int array), rendering texts it has not
seen into the atlas (each the whole string by ``QPainter.drawText``, so
scripts are shaped, on its backdrop box ``PAD_PX`` wider each side); the
atlas is rebuilt from scratch when its colours or device pixel ratio change
(``set_style``) or when it would hold more than ``MAX_TEXTS``. ``draw(p,
left, top, slots)`` paints labels whose text's top-left corners are
``left``, ``top`` (device pixels, painter without transform) with one
``drawPixmapFragments`` call. Why: ~600 track or unit labels cost two
painter calls each (backdrop, text) every frame, measured ~2.5 ms; one
fragment call costs a fraction of that.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from widgets.map.placement import PAD_PX

try:  # pyqtgraph's packed-array helper for PySide's drawPixmapFragments
    from pyqtgraph.Qt.internals import PrimitiveArray
except ImportError:  # pragma: no cover - older or newer pyqtgraph: per-label fallback
    PrimitiveArray = None

__all__ = ["MAX_TEXTS", "LabelAtlas"]

MAX_TEXTS = 4000
_ATLAS_WIDTH = 1024


class LabelAtlas:
    def __init__(self, font: QFont, line_px: float) -> None:
        self._font = QFont(font)
        self._line = float(line_px)
        self._ink = QColor("#111111")
        self._backdrop = QColor(255, 255, 255, 200)
        self._dpr = 1.0
        self._index: dict[str, int] = {}
        self._rects: list[tuple[float, float, float, float]] = []  # x, y, w, h logical px
        self._rect_array = np.empty((0, 4))
        self._pixmap: QPixmap | None = None
        self._pending: list[tuple[str, float]] = []
        self._cursor = (0.0, 0.0)
        self._fragments = (
            PrimitiveArray(QPainter.PixmapFragment, 10) if PrimitiveArray is not None else None
        )
        self.renders = 0  # times new texts were drawn into the atlas, for tests
        self.epoch = 0  # bumped when the atlas starts afresh (its slots change)

    def set_style(self, ink: QColor, backdrop: QColor, dpr: float | None = None) -> None:
        dpr = self._dpr if dpr is None else dpr
        if ink != self._ink or backdrop != self._backdrop or dpr != self._dpr:
            self._ink = QColor(ink)
            self._backdrop = QColor(backdrop)
            self._dpr = dpr
            self._clear()

    def _clear(self) -> None:
        self.epoch += 1  # slots handed out before are void
        self._index.clear()
        self._rects.clear()
        self._rect_array = np.empty((0, 4))
        self._pixmap = None
        self._cursor = (0.0, 0.0)

    def slots(self, texts: list[str], widths: np.ndarray) -> np.ndarray:
        index = self._index
        missing = {t: float(w) for t, w in zip(texts, widths.tolist(), strict=True)
                   if t not in index}  # fmt: skip
        if missing:
            if len(index) + len(missing) > MAX_TEXTS:
                self._clear()
                missing = dict(zip(texts, widths.tolist(), strict=True))
            self._add(missing)
        return np.fromiter((index[t] for t in texts), dtype=np.intp, count=len(texts))

    def _add(self, texts: dict[str, float]) -> None:
        line = self._line
        x, y = self._cursor
        fresh: list[int] = []
        for text, width in texts.items():
            w = math.ceil(width + 2 * PAD_PX) + 1
            if x + w > _ATLAS_WIDTH and x > 0:
                x, y = 0.0, y + math.ceil(line) + 1
            self._index[text] = len(self._rects)
            fresh.append(len(self._rects))
            self._rects.append((x, y, w - 1, line))
            x += w
        self._cursor = (x, y)
        self._rect_array = np.asarray(self._rects, dtype=float)
        self._render(fresh)

    def _render(self, slots: list[int]) -> None:
        """Draw new texts into the atlas, growing it (by doubling) when full."""
        self.renders += 1
        dpr = self._dpr
        needed = max(self._rects[s][1] + self._rects[s][3] for s in slots) + 1
        old = self._pixmap
        if old is None or old.height() / dpr < needed:
            height = max(needed, 2 * old.height() / dpr if old is not None else 64.0)
            pixmap = QPixmap(math.ceil(_ATLAS_WIDTH * dpr), math.ceil(height * dpr))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            if old is not None:
                copier = QPainter(pixmap)
                try:
                    copier.drawPixmap(QPointF(0, 0), old)
                finally:
                    copier.end()
            self._pixmap = pixmap
        painter = QPainter(self._pixmap)
        try:
            painter.setFont(self._font)
            painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            texts = {slot: text for text, slot in self._index.items()} if slots else {}
            for slot in slots:
                x, y, w, h = self._rects[slot]
                painter.fillRect(QRectF(x, y, w, h), self._backdrop)
                painter.setPen(self._ink)
                painter.drawText(
                    QRectF(x + PAD_PX, y, w - 2 * PAD_PX, h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    texts[slot],
                )
        finally:
            painter.end()

    def draw(self, p: QPainter, left: np.ndarray, top: np.ndarray, slots: np.ndarray) -> None:
        if self._pixmap is None or len(slots) == 0:
            return
        rects = self._rect_array[slots]
        dpr = self._dpr
        # Fragment centres: the backdrop box starts PAD_PX left of the text.
        cx = left - PAD_PX + rects[:, 2] / 2
        cy = top + rects[:, 3] / 2
        if self._fragments is None:  # pragma: no cover
            for (x, y, w, h), x0, y0 in zip(rects.tolist(), cx.tolist(), cy.tolist(), strict=True):
                source = QRectF(x * dpr, y * dpr, w * dpr, h * dpr)
                p.drawPixmap(QRectF(x0 - w / 2, y0 - h / 2, w, h), self._pixmap, source)
            return
        self._fragments.resize(len(slots))
        frags = self._fragments.ndarray()
        frags[:, 0] = cx
        frags[:, 1] = cy
        frags[:, 2:6] = rects * dpr
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]
        p.drawPixmapFragments(*self._fragments.drawargs(), self._pixmap)

    def __len__(self) -> int:
        return len(self._index)
