"""Shared skeleton of the queue docks (incidents, calls, alerts).

Contract:

* ``QueueDock`` is a ``QDockWidget`` holding one ``KeyedTableModel`` in a
  dense ``QTableView`` (``widgets.keyed_table.setup_dense_table``) and a
  1 Hz timer (``tick_timer()``) calling the model's ``tick()``. A subclass
  builds its model, then calls ``_install_table(model, columns)`` once from
  its constructor; ``columns`` maps each column to a ``ColumnSpec`` (minimum
  width from a sample text, stretch, elide with tooltip, dropped when too
  narrow: ``widgets.keyed_table.fit_columns``), or to a pixel width (older
  form, read by ``specs_from_widths``). The table never needs a horizontal
  scroll bar while the floors of its never-dropped columns fit.
* Data in: ``set_items(items)`` replaces every row, ``update_item(item)``
  changes, moves, inserts or removes one (the model's methods of the same
  names); ``selected_id()`` is the selected row's id. Subclasses name them
  for their items (``set_calls = QueueDock.set_items``).
* Selection is shared by id: a user selecting a row calls
  ``_selection_changed_to(item_id)``, clearing it calls
  ``_selection_changed_to(None)``; ``_select(item_id | None)`` selects from
  outside without calling it. Rows moving, disappearing or a model reset
  never call it: the selection stays on the id, re-shown when its row is.
* Activation: a double-click calls ``_row_activated(row)`` when
  ``DOUBLE_CLICK_ACTIVATES``; a key in ``ACTIVATION_KEYS`` on the view calls
  it for the current row (the key is consumed even without one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QTableView, QVBoxLayout, QWidget

from widgets.column_fit import ColumnSpec
from widgets.keyed_table import KeyedTableModel, setup_dense_table

__all__ = ["QueueDock"]


class QueueDock(QDockWidget):
    """A queue table with shared, quietly synced selection and a one-second tick."""

    ACTIVATION_KEYS: ClassVar[tuple[Qt.Key, ...]] = ()
    DOUBLE_CLICK_ACTIVATES: ClassVar[bool] = False

    _model: KeyedTableModel
    _view: QTableView
    _timer: QTimer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: str | None = None
        self._quiet = False

    def _install_table(
        self, model: KeyedTableModel, columns: Mapping[int, int] | Mapping[int, ColumnSpec]
    ) -> None:
        self._model = model
        # Connected before the view attaches so these run first: when the
        # selected row leaves, Qt moves the selection to a neighbour, and the
        # shared selection must not follow it.
        model.rowsAboutToBeRemoved.connect(self._on_model_rows_about_to_change)
        model.rowsAboutToBeMoved.connect(self._on_model_rows_about_to_change)
        model.modelAboutToBeReset.connect(self._on_model_rows_about_to_change)
        self._view = QTableView(self)
        self._view.setModel(model)
        model.rowsRemoved.connect(self._on_model_rows_changed)
        model.rowsMoved.connect(self._on_model_rows_changed)
        model.rowsInserted.connect(self._on_model_rows_changed)
        model.modelReset.connect(self._on_model_rows_changed)
        setup_dense_table(self._view, columns)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if self.DOUBLE_CLICK_ACTIVATES:
            self._view.doubleClicked.connect(self._on_view_double_clicked)
        if self.ACTIVATION_KEYS:
            self._view.installEventFilter(self)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self._view, 1)
        self.setWidget(content)
        self.setFocusProxy(self._view)  # focusing the dock focuses its table

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    # -- hooks ------------------------------------------------------------------

    def _selection_changed_to(self, item_id: str | None) -> None:
        raise NotImplementedError

    def _row_activated(self, row: int) -> None:
        """A double-click or an activation key on ``row``."""

    def tick_timer(self) -> QTimer:
        return self._timer

    # -- data in and selection ----------------------------------------------------

    def set_items(self, items: Sequence[Any]) -> None:
        self._model.set_items(items)  # type: ignore[attr-defined]

    def update_item(self, item: Any) -> None:
        self._model.update_item(item)  # type: ignore[attr-defined]

    def selected_id(self) -> str | None:
        return self._selected

    def select_id(self, item_id: str | None) -> None:
        """Select ``item_id``'s row (``None``: clear) without emitting signals."""
        self._select(item_id or None)

    # -- selection ----------------------------------------------------------------

    def view(self) -> QTableView:
        return self._view

    def _select(self, item_id: str | None) -> None:
        self._selected = item_id
        self._sync_selection(scroll=True)

    def _sync_selection(self, *, scroll: bool) -> None:
        selection = self._view.selectionModel()
        row = self._model.row_of(self._selected) if self._selected else None
        shown = [index.row() for index in selection.selectedRows()]
        if shown == ([] if row is None else [row]):
            return
        self._quiet = True
        try:
            if row is None:
                selection.clearSelection()
            else:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(self._model.index(row, 0), flags)
        finally:
            self._quiet = False
        if scroll and row is not None:
            self._view.scrollTo(self._model.index(row, 0))

    # -- handlers -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in self.ACTIVATION_KEYS:
                current = self._view.currentIndex()
                if current.isValid():
                    self._row_activated(current.row())
                return True
        return super().eventFilter(watched, event)

    def _on_selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        rows = self._view.selectionModel().selectedRows()
        if rows:
            item_id = self._model.item_id_at(rows[0].row())
            if item_id != self._selected:
                self._selected = item_id
                self._selection_changed_to(item_id)
        elif self._selected is not None:
            self._selected = None
            self._selection_changed_to(None)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._row_activated(index.row())

    def _on_model_rows_about_to_change(self, *_args: object) -> None:
        self._quiet = True

    def _on_model_rows_changed(self, *_args: object) -> None:
        self._quiet = False
        self._sync_selection(scroll=False)

    def _on_timer_timeout(self) -> None:
        self._model.tick()
