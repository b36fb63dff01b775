"""Column sizing for the docks' tables: no key column cut, no sideways scroll bar.

Contract:

* ``ColumnSpec`` says how one column is sized (the widest expected text, a
  floor, a stretch share, whether it may elide, when it is hidden first).
* ``fit_columns(view, specs)`` installs (or replaces) a ``ColumnFitter`` on a
  table or tree view: on show, resize, font or style change, model reset and
  new rows it gives each column what its spec needs, shares what is left by
  ``stretch``; when the viewport is too narrow the ``elide`` columns shrink
  toward their floor, then the ``drop`` columns are hidden, highest first; the
  view never needs a horizontal scroll bar unless even the floors of the
  columns never dropped do not fit. ``column_fitter(view)`` returns the
  installed fitter (its ``minimum_width()`` is what the key columns need: the
  designed layout sizes the docks by it).
* An elided cell shows its full text as a tooltip (``cell_tooltip``,
  ``elided_text``).
* ``specs_from_widths(widths, columns)`` reads the older pixel-width form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
)

__all__ = [
    "ColumnFitter",
    "ColumnSpec",
    "cell_tooltip",
    "column_fitter",
    "elided_text",
    "fit_columns",
    "specs_from_widths",
]


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """How one column of a table is sized by ``fit_columns``.

    ``sample``: the widest text the column is expected to show, or several
    texts of which the widest counts (translated labels: their width,
    with the cell's margins and an ``icon`` if the cells carry one, is what
    the column needs); ``min_px`` a floor in pixels. ``fit_content``: measure
    the rows' real text too (on a model reset or new rows; for columns whose
    values are not known in advance, such as call signs). ``elide``: the
    column may get narrower than it needs, down to ``min_chars`` characters;
    its text is elided and the full text shown as a tooltip. ``stretch``:
    the column's share of width left over once every column has what it
    needs. ``drop`` > 0: the column is hidden when the table is too narrow
    for every column's need (elided columns counted at their floor), highest
    ``drop`` first; 0: never hidden.
    """

    sample: str | tuple[str, ...] = ""
    min_px: int = 0
    stretch: int = 0
    elide: bool = False
    min_chars: int = 8
    drop: int = 0
    icon: bool = False
    fit_content: bool = False


def _header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    raise TypeError(f"no horizontal header on {type(view).__name__}")


def _cell_margin(view: QAbstractItemView) -> int:
    """What a styled item delegate adds on each side of a cell's text."""
    style = view.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


class ColumnFitter(QObject):
    """Keeps a view's columns within its viewport: see ``fit_columns``."""

    def __init__(self, view: QAbstractItemView, specs: Mapping[int, ColumnSpec]) -> None:
        super().__init__(view)
        self.setObjectName("columnFitter")
        self._view = view
        self._header = _header_of(view)
        self._specs = dict(specs)
        self._dropped: set[int] = set()
        self._content: dict[int, int] = {}
        self._pending = False
        header = self._header
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(min(header.minimumSectionSize(), 16))
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        model = view.model()
        if model is not None and any(spec.fit_content for spec in self._specs.values()):
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self._on_model_changed)
        if model is not None:
            model.headerDataChanged.connect(self._on_model_changed)
            model.columnsInserted.connect(self._on_model_changed)
        self.fit()

    # -- reading --------------------------------------------------------------------

    def specs(self) -> dict[int, ColumnSpec]:
        return dict(self._specs)

    def dropped(self) -> set[int]:
        """Columns hidden because the table is too narrow for them."""
        return set(self._dropped)

    def needed_width(self, column: int) -> int:
        """Pixels ``column`` needs to show its header and content whole."""
        spec = self._specs.get(column, ColumnSpec())
        # Measured bold: rows that need attention (ringing calls, overdue units) are.
        font = QFont(self._view.font())
        font.setBold(True)
        samples = (spec.sample,) if isinstance(spec.sample, str) else spec.sample
        width = max((self._cell_width(text, font, spec.icon) for text in samples), default=0)
        return max(width, spec.min_px, self._header_width(column), self._content.get(column, 0))

    def _cell_width(self, text: str, font: QFont, icon: bool) -> int:
        """What a styled item delegate asks for ``text`` (and an icon) in ``font``."""
        if not text and not icon:
            return 0
        view = self._view
        style = view.style()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = font
        option.fontMetrics = QFontMetrics(font)
        option.text = text
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if icon:
            size = view.iconSize()
            if not size.isValid() or size.width() <= 0:
                side = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
                size = QSize(side, side)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = size
            option.decorationPosition = QStyleOptionViewItem.Position.Left
        hint = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
        return hint.width() + 1  # the grid line

    def minimum_width(self) -> int:
        """The narrowest the view can be with no horizontal scroll bar: the floors of
        the columns never dropped, the frame and a vertical scroll bar."""
        header = self._header
        columns = [
            c
            for c in range(header.count())
            if (c in self._dropped or not header.isSectionHidden(c)) and self._spec(c).drop == 0
        ]
        frame = 2 * self._view.frameWidth()
        bar = self._view.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self._view
        )
        return sum(self.floor_width(c) for c in columns) + frame + bar

    def floor_width(self, column: int) -> int:
        spec = self._specs.get(column, ColumnSpec())
        need = self.needed_width(column)
        if not spec.elide:
            return need
        fm = self._view.fontMetrics()
        floor = fm.horizontalAdvance("x" * spec.min_chars) + 2 * _cell_margin(self._view)
        return min(need, max(floor, self._header_floor(column)))

    def _header_width(self, column: int) -> int:
        model = self._view.model()
        if model is None:
            return 0
        text = model.headerData(column, Qt.Orientation.Horizontal)
        if not text:
            return 0
        fm = self._header.fontMetrics()
        style = self._header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self._header)
        sort = 0
        if self._header.isSortIndicatorShown():
            sort = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self._header)
            sort += margin
        return fm.horizontalAdvance(str(text)) + 4 * margin + sort

    def _header_floor(self, column: int) -> int:
        """An elided column still shows a few letters of its title."""
        fm = self._header.fontMetrics()
        return fm.horizontalAdvance("xxxx")

    # -- fitting --------------------------------------------------------------------

    def fit(self) -> None:
        """Lay the columns out for the viewport's width now."""
        self._pending = False
        header = self._header
        count = header.count()
        if count == 0:
            return
        self._measure_content()
        columns = [c for c in range(count) if c in self._dropped or not header.isSectionHidden(c)]
        available = self._view.viewport().width()
        need = {c: self.needed_width(c) for c in columns}
        floor = {c: self.floor_width(c) for c in columns}
        shown = list(columns)
        droppable = sorted(
            (c for c in columns if self._spec(c).drop > 0), key=lambda c: -self._spec(c).drop
        )
        while droppable and self._tight_width(shown, need, floor) > available:
            shown.remove(droppable.pop(0))
        widths = self._share(shown, need, floor, available)
        dropped = set(columns) - set(shown)
        for column in columns:
            header.setSectionHidden(column, column in dropped)
        self._dropped = dropped
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _spec(self, column: int) -> ColumnSpec:
        return self._specs.get(column, ColumnSpec())

    def _tight_width(self, shown: list[int], need: dict[int, int], floor: dict[int, int]) -> int:
        """What ``shown`` takes before an optional column must go: only columns that
        both stretch and elide count at their floor; other columns elide only once
        every optional column is gone."""
        return sum(floor[c] if self._absorbs(c) else need[c] for c in shown)

    def _absorbs(self, column: int) -> bool:
        spec = self._spec(column)
        return spec.elide and spec.stretch > 0

    def _share(
        self, shown: list[int], need: dict[int, int], floor: dict[int, int], available: int
    ) -> dict[int, int]:
        widths = {c: need[c] for c in shown}
        deficit = sum(widths.values()) - available
        if deficit > 0:
            # Too narrow: the optional columns still shown give way first (a unit
            # list, an error text), then every other elidable column in proportion.
            for group in (
                [c for c in shown if self._spec(c).elide and self._spec(c).drop > 0],
                [c for c in shown if self._spec(c).elide and self._spec(c).drop == 0],
            ):
                deficit -= _shrink(widths, group, floor, deficit)
            return widths
        spare = -deficit
        weights = {c: self._spec(c).stretch for c in shown if self._spec(c).stretch > 0}
        if not weights and shown:
            weights = {shown[-1]: 1}
        weight_sum = sum(weights.values())
        given = 0
        for column, weight in weights.items():
            share = spare * weight // weight_sum
            widths[column] += share
            given += share
        if weights:
            widths[max(weights)] += spare - given  # rounding: the last stretching column
        return widths

    def _measure_content(self) -> None:
        self._content = {}
        for column, spec in self._specs.items():
            if spec.fit_content and column < self._header.count():
                self._content[column] = self._view.sizeHintForColumn(column)

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit_if_pending)

    def _fit_if_pending(self) -> None:
        if self._pending and shiboken6.isValid(self._view) and shiboken6.isValid(self._header):
            self.fit()

    # -- handlers -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Destroy or not shiboken6.isValid(self._view):
            return False
        if watched is self._viewport:
            if kind == QEvent.Type.Resize:
                self.fit()
            elif kind == QEvent.Type.ToolTip:
                return self._show_elided_tooltip(event)
        elif watched is self._view and kind in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            # The viewport's last size change while the view is being shown does
            # not always reach this filter: fit again once the view has settled.
            QEvent.Type.Show,
            QEvent.Type.Resize,
        ):
            self._schedule()
        return False

    def _show_elided_tooltip(self, event: QEvent) -> bool:
        assert isinstance(event, QHelpEvent)
        index = self._view.indexAt(event.pos())
        if not index.isValid():
            return False
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        text = cell_tooltip(self._view, index)
        if not text or text == own:
            return False  # the model's own tooltip (or none), shown by the view
        QToolTip.showText(event.globalPos(), text, self._view.viewport())
        return True

    def _on_model_changed(self, *_args: object) -> None:
        self._schedule()


def _shrink(widths: dict[int, int], columns: list[int], floor: dict[int, int], deficit: int) -> int:
    """Take up to ``deficit`` pixels from ``columns`` toward their floors, in proportion
    to what each can give; return what was taken."""
    give = {c: widths[c] - floor[c] for c in columns if widths[c] > floor[c]}
    can = sum(give.values())
    wanted = min(deficit, can)
    if wanted <= 0:
        return 0
    taken = 0
    for column, amount in give.items():
        cut = wanted * amount // can
        widths[column] -= cut
        taken += cut
    for column in reversed(list(give)):  # rounding: from the last that can still give
        cut = min(wanted - taken, widths[column] - floor[column])
        widths[column] -= cut
        taken += cut
    return taken


def elided_text(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """The full text of ``index`` when its cell is too narrow to show it, else ``None``."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not text:
        return None
    text = str(text)
    width = view.visualRect(index).width()
    needed = view.sizeHintForIndex(index).width()
    if needed <= width:
        return None
    return text


def cell_tooltip(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """The tooltip a fitted view shows for ``index``: the model's, with the cell's
    full text first when the cell is elided and the model's tooltip lacks it."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    own = str(own) if own else None
    full = elided_text(view, index)
    if full is None or (own is not None and full in own):
        return own
    return f"{full}\n{own}" if own else full


def fit_columns(view: QAbstractItemView, specs: Mapping[int, ColumnSpec]) -> ColumnFitter:
    """Size ``view``'s columns from ``specs`` and keep them within its viewport.

    Every column gets what it needs (header, sample, icon, measured content)
    if the viewport is wide enough, the rest goes to ``stretch`` columns (the
    last column when none stretches); when it is not, ``elide`` columns
    shrink toward their floor, then ``drop`` columns are hidden. The view
    never needs a horizontal scroll bar unless even the floors of the
    columns that are never dropped do not fit. A cell whose text is elided
    and whose model gives no tooltip shows its full text as one. Columns
    without a spec are sized by their header. Called again on a view, it
    replaces the previous specs.
    """
    previous = view.findChild(ColumnFitter, "columnFitter")
    if previous is not None:
        view.viewport().removeEventFilter(previous)
        view.removeEventFilter(previous)
        previous.setParent(None)
        previous.deleteLater()
    return ColumnFitter(view, specs)


def column_fitter(view: QAbstractItemView) -> ColumnFitter | None:
    """The fitter ``fit_columns`` attached to ``view``, if any."""
    return view.findChild(ColumnFitter, "columnFitter")


def specs_from_widths(widths: Mapping[int, int], columns: int) -> dict[int, ColumnSpec]:
    """Specs for a table that declares plain pixel widths: each a floor that may
    elide, the last column stretching (how the docks sized columns before specs)."""
    specs = {
        column: ColumnSpec(min_px=width, elide=True, min_chars=4)
        for column, width in widths.items()
    }
    last = columns - 1
    floor = specs[last].min_px if last in specs else 0
    specs[last] = ColumnSpec(min_px=floor, stretch=1, elide=True, min_chars=4)
    return specs
