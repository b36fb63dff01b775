"""The wallboard's parts that change every second, each repainting only what changed.

Contract: three parts of ``widgets.wallboard``, none of which asks its parent
for a new layout once shown (a wallboard refreshed every second must not
re-lay out the window, nor repaint more than the cells and bars that
changed):

- ``Tile(title)``: a painted tile (title, large value, wrapped detail) of a
  fixed size hint; ``show_value(text, detail, colour)`` repaints the value
  line when only the value or its colour changed, the value and detail when
  the detail did, nothing when nothing did; ``text``, ``detail`` and
  ``colour`` read what it shows. Its frame and title are painted once into
  a pixmap (again on a resize, palette, font or title change) and copied
  from it, so a repaint draws only the text that changed.
- ``CountsTable(sections, column_label=str, row_labels=())``: a painted grid of
  counts, one block per
  section title (``sections``), a row per name and a column per status
  (a status column once shown stays, empty when no unit has it; its
  heading is ``column_label(status)``, e.g. the status in the console's
  language; a section's rows are headed ``row_labels[section](name)`` when
  given, else the name).
  ``set_tables(tables)`` takes one ``{name: {status: count}}`` per section;
  while the rows and status columns stay the same, only the cells whose
  count changed are repainted; a new row or status re-computes the grid
  (``updateGeometry``) once. ``cell(section, name, status)`` reads a count
  (0 when absent: an empty cell). A repaint draws only the cells in the
  region asked for, not every cell in its bounding rectangle.
- ``BarSeries(plot, x, width)``: bars in a pyqtgraph ``PlotItem`` as one
  ``QGraphicsRectItem`` each, so a changed height repaints that bar's
  rectangle and nothing else (a ``BarGraphItem`` redraws every bar and the
  whole view); ``set_heights(values)`` moves only the bars that changed;
  the plot's ranges are set by hand once (x: the bars; y: never automatic).
  The counts' scale, ``y_max``, is widened only when a bar outgrows it, to
  1, 2 or 5 x 10^k, with its few labelled ticks given to the left axis
  (``fixed_range`` keeps it). A growing series draws its bars in a view
  whose y range stays 0..1 (a bar of ``h`` is ``h / y_max`` high, the ticks
  placed alike, ``to_view(values)`` scales any other values drawn in it; in a
  second that does not widen it, the axis draws ahead the labels of the next
  scale, ``CountAxis.prepare``): a
  wider scale only moves the bars and relabels the axis, pixel for pixel
  as a wider view range would, without the view's transform changing (which
  made every item of the chart, its lines and cached pictures, work again);
  ``heights()`` reads the counts;
  ``set_brush(brush)`` restyles. ``legend_item`` is an empty
  ``BarGraphItem`` styled alike, for a legend entry.

Colours come from the widget's palette (the applied theme) and the
colour passed; all text is given already translated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QGraphicsRectItem, QSizePolicy, QWidget

VALUE_PT = 30
LABEL_PT = 13
PAD = 10
# Unit statuses in the order a supervisor reads them; any other status after these.
STATUS_ORDER = (
    "available", "available on radio", "dispatched", "en route", "on scene", "transporting",
    "at hospital", "out of service",
)  # fmt: skip


def _font(base: QFont, points: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(points)
    font.setBold(bold)
    return font


class Tile(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.text, self.detail, self.colour = "—", "", None
        self._frame: QPixmap | None = None  # see _background
        self._title_font = _font(self.font(), LABEL_PT)
        self._value_font = _font(self.font(), VALUE_PT, bold=True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # It fills its own background: the window under it is never repainted for it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:
        small, big = QFontMetrics(self._title_font), QFontMetrics(self._value_font)
        return QSize(16 * small.averageCharWidth() + 2 * PAD,
                     3 * small.lineSpacing() + big.lineSpacing() + 3 * PAD)  # fmt: skip

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def show_value(self, text: str, detail: str = "", colour: str | None = None) -> None:
        if (text, detail, colour) == (self.text, self.detail, self.colour):
            return
        detail_changed = detail != self.detail
        self.text, self.detail, self.colour = text, detail, colour
        top = self._value_top()
        line = QFontMetrics(self._value_font).lineSpacing()
        self.update(QRect(0, top, self.width(), self.height() - top if detail_changed else line))

    def _value_top(self) -> int:
        return PAD + QFontMetrics(self._title_font).lineSpacing() + PAD // 2

    def set_title(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self._frame = None
            self.update()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                    QEvent.Type.LayoutDirectionChange):  # fmt: skip
            self._frame = None
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        self._frame = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _background(self) -> QPixmap:
        """The frame and title, painted once for this size, palette and title."""
        ratio = self.devicePixelRatioF()
        frame = self._frame
        if frame is not None and frame.devicePixelRatio() == ratio:
            return frame
        frame = QPixmap(self.size() * ratio)
        frame.setDevicePixelRatio(ratio)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        frame.fill(palette.color(QPalette.ColorRole.Window))
        painter = QPainter(frame)
        painter.setLayoutDirection(self.layoutDirection())  # a pixmap's painter is left to right
        edge = QColor(ink)
        edge.setAlpha(90)  # the text's colour, faint: visible on day and night backgrounds
        painter.setPen(QPen(edge, 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        small = QFontMetrics(self._title_font)
        width = self.width() - 2 * PAD
        painter.setFont(self._title_font)
        painter.setPen(ink)
        title = small.elidedText(self.title, Qt.TextElideMode.ElideRight, width)
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRect(PAD, PAD, width, small.lineSpacing()), flags, title)
        painter.end()
        self._frame = frame
        return frame

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        clip = event.rect()  # type: ignore[attr-defined]
        background = self._background()
        painter.drawPixmap(clip, background, _scaled(clip, background.devicePixelRatio()))
        big = QFontMetrics(self._value_font)
        width = self.width() - 2 * PAD
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        y = self._value_top()
        if clip.top() < y + big.lineSpacing() and clip.bottom() >= y:
            painter.setFont(self._value_font)
            painter.setPen(QColor(self.colour) if self.colour else ink)
            painter.drawText(QRect(PAD, y, width, big.lineSpacing()), flags, self.text)
        y += big.lineSpacing()
        if self.detail and clip.bottom() >= y:
            painter.setFont(self._title_font)
            painter.setPen(ink)
            box = QRect(PAD, y, width, self.height() - y - PAD // 2)
            painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, self.detail)
        painter.end()


def _scaled(rect: QRect, ratio: float) -> QRect:
    """``rect`` in a pixmap's pixels (its device pixel ratio ``ratio``)."""
    if ratio == 1.0:
        return rect
    return QRectF(rect.x() * ratio, rect.y() * ratio,
                  rect.width() * ratio, rect.height() * ratio).toAlignedRect()  # fmt: skip


class CountsTable(QWidget):
    def __init__(
        self,
        sections: Sequence[str],
        column_label: Callable[[str], str] = str,
        row_labels: Sequence[Callable[[str], str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sections = list(sections)
        self.column_label = column_label
        self._row_label = [row_labels[i] if i < len(row_labels) else str
                           for i in range(len(self.sections))]  # fmt: skip
        self._tables: list[dict[str, dict[str, int]]] = [{} for _ in self.sections]
        self._rows: list[list[str]] = [[] for _ in self.sections]
        self._columns: list[str] = []
        self._font = _font(self.font(), LABEL_PT)
        self._bold = _font(self.font(), LABEL_PT, bold=True)
        self._name_w = self._cell_w = 0
        self._line_h = 0
        self._tops: list[int] = [0]  # each section's top, then the bottom: see _measure
        self._measure()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # fills its own

    # -- data ---------------------------------------------------------------------------

    def set_tables(self, tables: Sequence[Mapping[str, Mapping[str, int]]]) -> None:
        rows = [sorted(t) for t in tables]
        # A status column, once shown, stays (empty when no unit has it): a unit changing
        # status must not re-lay out the grid, only repaint two cells.
        seen = {status for t in tables for counts in t.values() for status in counts}
        seen.update(self._columns)
        columns = [s for s in STATUS_ORDER if s in seen] + sorted(seen - set(STATUS_ORDER))
        new = [{name: dict(counts) for name, counts in t.items()} for t in tables]
        if rows != self._rows or columns != self._columns:
            self._rows, self._columns, self._tables = rows, columns, new
            self._measure()
            self.updateGeometry()
            self.update()
            return
        for s, (old, table) in enumerate(zip(self._tables, new, strict=True)):
            for r, name in enumerate(rows[s]):
                before, after = old.get(name, {}), table.get(name, {})
                if before == after:
                    continue
                for c, status in enumerate(columns):
                    if before.get(status, 0) != after.get(status, 0):
                        self.update(self._cell_rect(s, r, c))
        self._tables = new

    def cell(self, section: int, name: str, status: str) -> int:
        return self._tables[section].get(name, {}).get(status, 0)

    # -- geometry -----------------------------------------------------------------------

    def _measure(self) -> None:
        bold, plain = QFontMetrics(self._bold), QFontMetrics(self._font)
        self._line_h = bold.lineSpacing() + 4
        self._tops = [0]
        for rows in self._rows:
            self._tops.append(self._tops[-1] + (len(rows) + 1) * self._line_h)
        names = [self._row_label[s](n) for s, rows in enumerate(self._rows) for n in rows]
        names += self.sections
        self._name_w = max((bold.horizontalAdvance(n) for n in names), default=0) + 2 * PAD
        self._cell_w = max(
            [plain.horizontalAdvance(self.column_label(c)) for c in self._columns]
            + [plain.horizontalAdvance("000")]
        ) + 2 * PAD  # fmt: skip

    def _line(self) -> int:
        return self._line_h

    def _row_top(self, section: int, row: int) -> int:
        return self._tops[section] + (row + 1) * self._line_h

    def _cell_x(self, column: int) -> int:
        x = self._name_w + column * self._cell_w
        return self.width() - x - self._cell_w if self.isRightToLeft() else x

    def _cell_rect(self, section: int, row: int, column: int) -> QRect:
        return QRect(self._cell_x(column), self._row_top(section, row), self._cell_w, self._line())

    def sizeHint(self) -> QSize:
        lines = sum(len(rows) + 1 for rows in self._rows)
        return QSize(self._name_w + len(self._columns) * self._cell_w, lines * self._line())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        region = event.region()  # type: ignore[attr-defined]
        clip = region.boundingRect()
        painter.fillRect(clip, self.palette().color(QPalette.ColorRole.Window))  # clipped
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        line = self._line()
        rtl = self.isRightToLeft()
        lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        centre = Qt.AlignmentFlag.AlignCenter
        name_x = self.width() - self._name_w if rtl else 0
        for s, title in enumerate(self.sections):
            top = self._row_top(s, -1)
            if region.intersects(QRect(0, top, self.width(), line)):
                box = QRect(name_x, top, self._name_w, line)
                if region.intersects(box):
                    painter.setFont(self._bold)
                    painter.drawText(box, lead, title)
                painter.setFont(self._font)
                for c, status in enumerate(self._columns):
                    box = QRect(self._cell_x(c), top, self._cell_w, line)
                    if region.intersects(box):
                        painter.drawText(box, centre, self.column_label(status))
            for r, name in enumerate(self._rows[s]):
                y = self._row_top(s, r)
                if not region.intersects(QRect(0, y, self.width(), line)):
                    continue
                box = QRect(name_x, y, self._name_w, line)
                if region.intersects(box):
                    painter.setFont(self._bold)
                    painter.drawText(box, lead, self._row_label[s](name))
                painter.setFont(self._font)
                counts = self._tables[s].get(name, {})
                for c, status in enumerate(self._columns):
                    n = counts.get(status, 0)
                    box = self._cell_rect(s, r, c)
                    if n and region.intersects(box):
                        painter.drawText(box, centre, str(n))
        painter.end()


class BarSeries:
    def __init__(
        self,
        plot: pg.PlotItem,
        x: Sequence[float],
        width: float,
        y_max: float = 1.0,
        fixed_range: bool = False,
    ) -> None:
        self.plot = plot
        self.x = [float(v) for v in x]
        self.width = width
        self.fixed_range = fixed_range
        self._heights = [0.0] * len(self.x)
        self._brush = QBrush(QColor("gray"))
        self.bars: list[QGraphicsRectItem] = []
        for centre in self.x:
            bar = QGraphicsRectItem(QRectF(centre - width / 2, 0.0, width, 0.0))
            bar.setPen(QPen(Qt.PenStyle.NoPen))
            bar.setBrush(self._brush)
            plot.addItem(bar)
            self.bars.append(bar)
        self.legend_item = pg.BarGraphItem(x=[], height=[], width=width)
        # Ranges by hand, once: an automatic range re-reads every item's bounds on each
        # change, and a moving view range makes every item of the plot work again.
        plot.disableAutoRange()
        plot.setXRange(min(self.x) - width, max(self.x) + width, padding=0.0)
        self._view_top = float(y_max) if fixed_range else 1.0
        plot.setYRange(0.0, self._view_top, padding=0.02)
        self.y_max = 0.0
        self._scale = 1.0
        self._prepared = 0.0  # the scale whose axis labels were last drawn ahead
        self._set_y_max(y_max)

    def _set_y_max(self, top: float) -> None:
        if top != self.y_max:
            self.y_max = top
            self._scale = self._view_top / top
            # Ticks given, not searched for: the axis only lays out these few labels again.
            self.plot.getAxis("left").setTicks(_ticks(top, self._scale))
            for i, h in enumerate(self._heights):  # an unchanged rectangle costs nothing
                self._place(i, h)

    def _place(self, i: int, height: float) -> None:
        self.bars[i].setRect(
            QRectF(self.x[i] - self.width / 2, 0.0, self.width, height * self._scale)
        )

    def to_view(self, values: Sequence[float] | np.ndarray) -> np.ndarray:
        """``values`` in the counts' scale as the plot's view coordinates (a line over bars)."""
        return np.asarray(values, dtype=float) * self._scale

    def set_heights(self, values: Sequence[float] | np.ndarray) -> None:
        heights = [float(v) for v in values]
        old = self._heights
        self._heights = heights
        highest = max(heights, default=0.0)
        if not self.fixed_range and highest > self.y_max:
            self.fit(highest)  # every bar placed again in the wider scale
            return
        for i, (was, new) in enumerate(zip(old, heights, strict=True)):
            if was != new:
                self._place(i, new)
        self._prepare_next()

    def _prepare_next(self) -> None:
        """In a second that did not widen it, have the axis draw ahead the labels of the
        scale the next whole count over the top would widen it to (``CountAxis.prepare``),
        so that second only moves the bars and copies the axis."""
        if self.fixed_range:
            return
        top = _nice_ceiling((math.floor(self.y_max) + 1) * 1.2)
        if top == self._prepared:
            return
        self._prepared = top
        axis = self.plot.getAxis("left")
        prepare = getattr(axis, "prepare", None)
        if prepare is not None:
            prepare(_ticks(top, self._view_top / top))

    def fit(self, highest: float) -> None:
        """Widen the scale when ``highest`` no longer fits (never narrowed but by reset)."""
        if highest > self.y_max:
            self._set_y_max(_nice_ceiling(highest * 1.2))

    def reset_range(self, highest: float) -> None:
        """Narrow the scale again (a new day, another projection)."""
        if not self.fixed_range:
            self._set_y_max(_nice_ceiling(max(highest * 1.2, 1.0)))

    def heights(self) -> list[float]:
        return list(self._heights)

    def set_brush(self, brush: QBrush) -> None:
        self._brush = brush
        for bar in self.bars:
            bar.setBrush(brush)
        self.legend_item.setOpts(brush=brush)


def _ticks(top: float, scale: float = 1.0) -> list[list[tuple[float, str]]]:
    """The left axis's ticks from 0 to ``top`` (1, 2 or 5 x 10^k): 4 or 5 labelled steps of
    whole numbers, and unlabelled minor ticks between them (as pyqtgraph would place them),
    each at its value times ``scale`` (the view's coordinate)."""
    power = 10.0 ** math.floor(math.log10(top)) if top > 0 else 1.0
    step = max(1.0, top / (4 if round(top / power) == 2 else 5))
    steps = round(top / step)
    major = [(k * step * scale, f"{k * step:g}") for k in range(steps + 1)]
    lead = round(step / 10.0 ** math.floor(math.log10(step)))
    minor_step = step / (4 if lead == 2 else 5)
    minor = [(k * minor_step * scale, "") for k in range(round(top / minor_step) + 1)]
    return [major, minor]


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 x 10^k at or above ``value``."""
    if value <= 1.0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if value <= step * power:
            return step * power
    return 10.0 * power


__all__ = ["STATUS_ORDER", "BarSeries", "CountsTable", "Tile"]
