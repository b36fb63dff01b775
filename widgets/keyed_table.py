"""Shared table-model base for the docks: rows keyed by id, updated in place.

Contract:

* ``KeyedTableModel`` is a flat ``QAbstractTableModel`` over a list of view
  items. A subclass sets ``COLUMNS`` (an ``IntEnum`` of its columns) and
  implements ``_header_labels()`` (column -> translated title) and
  ``_item_id(item)``; the base answers ``rowCount``, ``columnCount``,
  ``headerData`` (horizontal display titles only) and ``row_of(item_id)``.
  ``data`` answers the display role with ``_display(item, column)``, the
  ``ITEM_ROLE`` (``None``: not answered) with the row's whole view item, and
  every other role with ``_role_data(item, column, role)`` (``None`` by
  default: fonts, colours, tooltips, alignment are the subclass's).
  The display text of a column in ``LTR_COLUMNS`` (call signs, numbers, ids,
  timers, coordinates) is isolated left to right, of one in
  ``ISOLATED_COLUMNS`` (names that may be in any script) by its first strong
  letter, while the console is right to left (``widgets.bidi.shown_ltr``):
  the one place a table keeps "+972 2 625 0000" from reading backwards.
  ``tick()`` repaints what ages; nothing by default.
* Sorted queues also implement ``_key(item)`` (the sort key, unique per item)
  and use ``_reset_sorted(items)`` (inside a model reset) and
  ``_place(item, row_of(id))``:
  insert a new item where its key sorts, move a known one with
  ``beginMoveRows`` when its key moves it (so the selection follows it), else
  replace it in place, then ``dataChanged`` over its whole row.
  ``_remove_row(row)`` removes one row; ``item_id_at(row)`` reads an id.
* ``TimedQueueModel`` adds what the call and alert queues share: a snapshot
  of an injectable clock (``_now``), a flash phase (``flash_on()``) and
  "done" rows (``_is_done``) kept for ``keep_s`` seconds counted from when
  the model first saw them done (``_done_since``), then dropped. Other rows
  are shown while ``_is_live``. ``set_items`` replaces every row (a reset),
  ``update_item`` changes, moves, inserts or removes one, and ``tick()``
  takes a new snapshot, toggles the flash phase, drops expired rows and
  repaints the columns ``TICK_COLUMNS`` (first, last) of every row.
* ``setup_dense_table(view, columns)`` gives a ``QTableView`` the docks' look:
  single whole-row selection, no editing, no word wrap, no row header, fixed
  dense rows, interactive column widths from ``widths``, last column stretched.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from widgets.bidi import shown_isolated, shown_ltr
from widgets.column_fit import ColumnSpec, fit_columns, specs_from_widths

__all__ = [
    "ITEM_ROLE",
    "KeyedTableModel",
    "TimedQueueModel",
    "setup_dense_table",
]

_Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's whole view item


class KeyedTableModel(QAbstractTableModel):
    """Rows of view items in ``_items``, found by id; sorted by ``_key`` when used so."""

    COLUMNS: ClassVar[type[IntEnum]]
    ITEM_ROLE: ClassVar[int | None] = ITEM_ROLE
    LTR_COLUMNS: ClassVar[frozenset[int]] = frozenset()
    ISOLATED_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    _items: list[Any]
    _keys: list[Any]

    def _init_rows(self) -> None:
        self._items = []
        self._keys = []

    # -- hooks ------------------------------------------------------------------

    def _header_labels(self) -> Mapping[int, str]:
        raise NotImplementedError

    def _item_id(self, item: Any) -> str:
        raise NotImplementedError

    def _key(self, item: Any) -> Any:
        raise NotImplementedError

    def _display(self, item: Any, column: Any) -> str:
        raise NotImplementedError

    def _role_data(self, item: Any, column: Any, role: int) -> Any:
        """Any role but display and ``ITEM_ROLE``: fonts, colours, tooltips, alignment."""
        return None

    def tick(self) -> None:
        """Repaint what ages (timers); nothing by default."""

    # -- reading ------------------------------------------------------------------

    def row_of(self, item_id: str | None) -> int | None:
        for row, item in enumerate(self._items):
            if self._item_id(item) == item_id:
                return row
        return None

    def item_id_at(self, row: int) -> str:
        return self._item_id(self._items[row])

    # -- writing ------------------------------------------------------------------

    def _reset_sorted(self, items: Iterable[Any]) -> None:
        """Hold ``items`` in key order; the caller wraps this in a model reset."""
        self._items = sorted(items, key=self._key)
        self._keys = [self._key(item) for item in self._items]

    def _place(self, item: Any, row: int | None) -> None:
        """Insert ``item`` (``row`` None), or move/replace its ``row``, where its key sorts."""
        key = self._key(item)
        if row is None:
            target = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), target, target)
            self._items.insert(target, item)
            self._keys.insert(target, key)
            self.endInsertRows()
            return
        others = self._keys[:row] + self._keys[row + 1 :]
        target = bisect.bisect_left(others, key)
        if target != row:
            # Qt counts the destination before the move: one further when moving down.
            destination = target if target < row else target + 1
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            del self._items[row], self._keys[row]
            self._items.insert(target, item)
            self._keys.insert(target, key)
            self.endMoveRows()
        else:
            self._items[row] = item
            self._keys[row] = key
        self.dataChanged.emit(self.index(target, 0), self.index(target, len(self.COLUMNS) - 1))

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row], self._keys[row]
        self.endRemoveRows()

    # -- Qt model interface -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(item, column)
            if column in self.LTR_COLUMNS:
                return shown_ltr(text)
            if column in self.ISOLATED_COLUMNS:
                return shown_isolated(text)
            return text
        if role == self.ITEM_ROLE:
            return item
        return self._role_data(item, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._header_labels()[self.COLUMNS(section)]


class TimedQueueModel(KeyedTableModel):
    """A sorted queue with a ticking clock, a flash phase and done rows that linger."""

    #: First and last column ``tick()`` repaints.
    TICK_COLUMNS: ClassVar[tuple[int, int]]

    def __init__(
        self, parent: QObject | None, *, clock: Callable[[], datetime], keep_s: float
    ) -> None:
        super().__init__(parent)
        self._init_rows()
        self._clock = clock
        self._now = clock()
        self._keep = timedelta(seconds=keep_s)
        self._done_at: dict[str, datetime] = {}
        self._flash_on = True

    # -- hooks ------------------------------------------------------------------

    def _is_done(self, item: Any) -> bool:
        raise NotImplementedError

    def _is_live(self, item: Any) -> bool:
        raise NotImplementedError

    # -- reading ------------------------------------------------------------------

    def flash_on(self) -> bool:
        return self._flash_on

    def _done_since(self, item: Any) -> datetime:
        return self._done_at.get(self._item_id(item), self._now)

    # -- writing ------------------------------------------------------------------

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._now = self._clock()
        latest = {self._item_id(item): item for item in items}
        for item in latest.values():
            self._note_done(item)
        self._done_at = {
            item_id: at
            for item_id, at in self._done_at.items()
            if item_id in latest and self._is_done(latest[item_id])
        }
        self._reset_sorted(item for item in latest.values() if self._shown(item))
        self.endResetModel()

    def update_item(self, item: Any) -> None:
        item_id = self._item_id(item)
        if self._is_done(item):
            self._note_done(item)
        else:
            self._done_at.pop(item_id, None)
        row = self.row_of(item_id)
        if not self._shown(item):
            if row is not None:
                # The done time stays: a later update of an expired row must
                # not bring it back as freshly done.
                self._remove_row(row)
            return
        self._place(item, row)

    def tick(self) -> None:
        """New clock snapshot: flash, expire done rows, repaint the timers."""
        self._now = self._clock()
        self._flash_on = not self._flash_on
        for row in range(len(self._items) - 1, -1, -1):
            if not self._shown(self._items[row]):
                self._remove_row(row)
        if self._items:
            first, last = self.TICK_COLUMNS
            self.dataChanged.emit(self.index(0, first), self.index(len(self._items) - 1, last))

    def _note_done(self, item: Any) -> None:
        item_id = self._item_id(item)
        if self._is_done(item) and item_id not in self._done_at:
            self._done_at[item_id] = self._clock()

    def _shown(self, item: Any) -> bool:
        if self._is_done(item):
            return self._now - self._done_since(item) < self._keep
        return self._is_live(item)


def setup_dense_table(
    view: QTableView, columns: Mapping[int, int] | Mapping[int, ColumnSpec]
) -> None:
    """Dense, read-only, single-row-selection table whose columns ``fit_columns`` sizes.

    ``columns`` maps columns to ``ColumnSpec``s, or (the older form) to pixel
    widths, read as ``specs_from_widths``. Call it once the model is set.
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    # Dense rows: a control room wants every row visible without scrolling.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    model = view.model()
    count = model.columnCount() if model is not None else 0
    specs = {c: v for c, v in columns.items() if isinstance(v, ColumnSpec)}
    if len(specs) != len(columns):
        widths = {c: int(v) for c, v in columns.items() if not isinstance(v, ColumnSpec)}
        specs.update(specs_from_widths(widths, count))
    fit_columns(view, specs)
