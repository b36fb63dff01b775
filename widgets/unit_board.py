"""Unit board dock: every unit with its status, status timer and fix age.

Contract:

* ``UnitBoardDock`` shows ``UnitBoardModel`` (see ``widgets.unit_board_model``
  for the columns, colours, timers and overdue marking) through
  ``UnitBoardProxyModel``: a filter line edit, column sorting and grouping by
  station, discipline or status. The dock refreshes the time columns once a
  second. Beside the table, ``UnitTilesWidget`` (``widgets.unit_tiles``) shows
  the same rows (same filter and grouping) as status tiles;
  ``set_view_mode("table" | "tiles" | "both")`` (a menu button in the dock's
  bar)
  chooses what is shown and emits ``sigViewModeChanged``; ``set_group_by``
  groups both (as the grouping selector does).
* Selection is shared with the map: ``sigUnitSelected(call_sign)`` when the
  user selects a row, ``sigSelectionCleared()`` when the user clears it,
  ``sigUnitActivated(call_sign)`` on double-click, the same from the tiles;
  ``select_unit(call_sign | None)`` selects row and tile from outside without
  emitting any of them.
* Status changes: a context menu on a row (right-click, or the Menu key /
  Shift+F10 on the current row) offers exactly the statuses
  ``models.dispatch.status.ALLOWED`` permits next (on a tile too); choosing one emits
  ``sigStatusChangeRequested(call_sign, status)``. The board never changes a
  status itself: the console appends the event and the update comes back.
  ``status_menu_for(call_sign)`` builds that menu (for tests and callers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.clock import format_age, utc_now
from widgets.column_fit import ColumnSpec
from widgets.keyed_table import setup_dense_table
from widgets.status_style import STATUS_ORDER, build_status_menu, status_label
from widgets.symbols import discipline_label
from widgets.themes import current_theme
from widgets.unit_board_model import (
    OVERDUE_ROLE,
    SORT_ROLE,
    STALE_AFTER_S,
    STALE_ROLE,
    UnitBoardModel,
    UnitBoardProxyModel,
    UnitColumn,
)
from widgets.unit_tiles import UnitTilesWidget
from widgets.views import StationView, UnitView

__all__ = [
    "OVERDUE_ROLE",
    "SORT_ROLE",
    "STALE_AFTER_S",
    "STALE_ROLE",
    "VIEW_MODES",
    "UnitBoardDock",
    "UnitBoardModel",
    "UnitBoardProxyModel",
    "UnitColumn",
]


VIEW_MODES = ("table", "tiles", "both")


def column_specs() -> dict[int, ColumnSpec]:
    """How the unit table's columns are sized (``widgets.keyed_table.fit_columns``).

    Call sign, status, its timer and incident are never dropped nor cut; on a
    narrow board position, discipline (the tiles and the map show it), type,
    station and fix age go, in that order.
    """
    statuses = tuple(status_label(s.value) for s in STATUS_ORDER)
    return {
        UnitColumn.CALL_SIGN: ColumnSpec(sample="HEP000", fit_content=True),
        UnitColumn.TYPE: ColumnSpec(sample="ALS ambulance", stretch=1, elide=True, drop=4),
        UnitColumn.DISCIPLINE: ColumnSpec(
            sample=tuple(discipline_label(d) for d in ("police", "fire", "medical")),
            icon=True,
            drop=5,
        ),
        UnitColumn.STATION: ColumnSpec(
            sample="HE-POL-1", fit_content=True, stretch=1, elide=True, min_chars=6, drop=3
        ),
        UnitColumn.STATUS: ColumnSpec(sample=statuses, icon=True),
        UnitColumn.STATUS_TIME: ColumnSpec(sample="0:00:00", icon=True),
        UnitColumn.INCIDENT: ColumnSpec(sample="2026-000001"),
        UnitColumn.FIX_AGE: ColumnSpec(
            sample=(format_age(59 * 60), format_age(None, "no fix")), icon=True, drop=2
        ),
        UnitColumn.POSITION: ColumnSpec(sample="60.00000, 24.00000", stretch=2, elide=True, drop=6),
    }


class UnitBoardDock(QDockWidget):
    """Dock with the unit table, a filter box and a grouping selector."""

    sigUnitSelected = Signal(str)
    sigSelectionCleared = Signal()
    sigUnitActivated = Signal(str)
    sigStatusChangeRequested = Signal(str, str)
    sigViewModeChanged = Signal(str)  # "table", "tiles" or "both"

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnitBoardDock")
        self.setWindowTitle(self.tr("Units"))
        self._model = UnitBoardModel(self, clock=clock)
        self._proxy = UnitBoardProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._selected: str | None = None
        self._quiet = False

        self._filter_edit = QLineEdit(self)
        self._filter_edit.setPlaceholderText(self.tr("Filter units"))
        self._filter_edit.setClearButtonEnabled(True)
        self._filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self._group_combo = QComboBox(self)
        for label, group in zip(
            (
                self.tr("No grouping"),
                self.tr("Group by station"),
                self.tr("Group by discipline"),
                self.tr("Group by status"),
            ),
            UnitBoardProxyModel.GROUPS,
            strict=True,
        ):
            self._group_combo.addItem(label, group)
        self._group_combo.currentIndexChanged.connect(self._on_group_combo_index_changed)
        # Its whole text when there is room; on a narrow board it may elide.
        self._group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._group_combo.setMinimumWidth(
            self._group_combo.fontMetrics().horizontalAdvance("Group by") + 30
        )

        # Connected before the view attaches so these run first: when the selected
        # row leaves the proxy, Qt moves the selection to a neighbour, and the
        # shared selection must not follow it.
        self._proxy.rowsAboutToBeRemoved.connect(self._on_proxy_rows_about_to_be_removed)
        self._view = QTableView(self)
        self._view.setModel(self._proxy)
        self._proxy.rowsRemoved.connect(self._on_proxy_rows_changed)
        self._proxy.rowsInserted.connect(self._on_proxy_rows_changed)
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(UnitColumn.CALL_SIGN, Qt.SortOrder.AscendingOrder)
        self._view.setAlternatingRowColors(True)
        setup_dense_table(self._view, column_specs())
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._view.doubleClicked.connect(self._on_view_double_clicked)
        # Custom policy: the keyboard's Menu key / Shift+F10 reach the same
        # slot as a right-click, and the slot falls back to the current row.
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self._model.modelReset.connect(self._on_model_reset)

        self._tiles = UnitTilesWidget(self._model, self._proxy, self)
        self._tiles.sigUnitSelected.connect(self._on_tiles_unit_selected)
        self._tiles.sigUnitActivated.connect(self.sigUnitActivated)
        self._tiles.sigContextMenuRequested.connect(self._on_tiles_context_menu_requested)
        self._tiles_area = QScrollArea(self)
        self._tiles_area.setObjectName("UnitTilesArea")
        self._tiles_area.setWidgetResizable(True)
        self._tiles_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._tiles_area.setWidget(self._tiles)
        self._tiles_area.setFocusProxy(self._tiles)
        self._split = QSplitter(Qt.Orientation.Vertical, self)
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(self._view)
        self._split.addWidget(self._tiles_area)
        # Until the user drags the handle, "both" keeps the table as tall as its rows.
        self._split_auto = True
        self._split.splitterMoved.connect(self._on_split_splitter_moved)
        self._split.installEventFilter(self)
        for signal in (self._proxy.rowsInserted, self._proxy.rowsRemoved, self._proxy.modelReset):
            signal.connect(self._on_proxy_row_count_changed)

        # One button with a menu: the board's bar stays narrow on a 1366 screen.
        self._mode_button = QToolButton(self)
        self._mode_button.setObjectName("unitViewButton")
        self._mode_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._mode_button.setToolTip(self.tr("Show the units as a table, status tiles or both"))
        self._mode_menu = QMenu(self._mode_button)
        self._mode_actions: dict[str, QAction] = {}
        self._mode_labels = {
            "table": self.tr("Table"),
            "tiles": self.tr("Tiles"),
            "both": self.tr("Both"),
        }
        choices = QActionGroup(self)
        for mode, text in (
            ("table", self.tr("&Table")),
            ("tiles", self.tr("T&iles")),
            ("both", self.tr("&Both: table above tiles")),
        ):
            action = self._mode_menu.addAction(text)
            action.setCheckable(True)
            action.setActionGroup(choices)
            action.triggered.connect(lambda _=False, m=mode: self.set_view_mode(m))
            self._mode_actions[mode] = action
        self._mode_button.setMenu(self._mode_menu)
        self._mode = ""

        bar = QHBoxLayout()
        bar.addWidget(self._filter_edit, 1)
        bar.addWidget(self._group_combo)
        bar.addWidget(self._mode_button)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self._split, 1)
        self.setWidget(content)
        self.set_view_mode("table")

        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._on_age_timer_timeout)
        self._age_timer.start()

    # -- accessors for the window and tests -------------------------------------

    def model(self) -> UnitBoardModel:
        return self._model

    def proxy(self) -> UnitBoardProxyModel:
        return self._proxy

    def view(self) -> QTableView:
        return self._view

    def filter_edit(self) -> QLineEdit:
        return self._filter_edit

    def group_combo(self) -> QComboBox:
        return self._group_combo

    def age_timer(self) -> QTimer:
        return self._age_timer

    def tiles(self) -> UnitTilesWidget:
        return self._tiles

    def mode_actions(self) -> dict[str, QAction]:
        """The view menu's actions by mode ("table", "tiles", "both")."""
        return dict(self._mode_actions)

    # -- table, tiles or both ------------------------------------------------------

    def view_mode(self) -> str:
        return self._mode

    def set_view_mode(self, mode: str) -> None:
        """Show the table, the status tiles or both (table above tiles)."""
        if mode not in VIEW_MODES:
            raise ValueError(f"unknown unit board view {mode!r}")
        if mode == self._mode:
            return
        self._mode = mode
        self._view.setVisible(mode in ("table", "both"))
        self._tiles_area.setVisible(mode in ("tiles", "both"))
        self._mode_actions[mode].setChecked(True)
        self._mode_button.setText(self._mode_labels[mode])
        self.setFocusProxy(self._tiles if mode == "tiles" else self._view)
        if mode == "both":
            self._split_auto = True
            self._share_split()
        self.sigViewModeChanged.emit(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._split
            and event.type() == QEvent.Type.Resize
            and self._mode == "both"
            and self._split_auto
        ):
            # After the splitter's own resize handling, which would redistribute.
            QTimer.singleShot(0, self, self._share_split_if_auto)
        return super().eventFilter(watched, event)

    def _on_proxy_row_count_changed(self, *_args: object) -> None:
        if self._mode == "both" and self._split_auto:
            QTimer.singleShot(0, self, self._share_split_if_auto)

    def _share_split_if_auto(self) -> None:
        if self._mode == "both" and self._split_auto:
            self._share_split()

    def _on_split_splitter_moved(self, *_args: object) -> None:
        self._split_auto = False

    def _share_split(self) -> None:
        """Table above tiles: the table as tall as its rows, at most half the height."""
        total = max(self._split.height(), 2)
        rows = self._view.verticalHeader()
        table = (
            self._view.horizontalHeader().height()
            + rows.defaultSectionSize() * self._proxy.rowCount()
            + 2 * self._view.frameWidth()
            + 2
        )
        table = min(table, total // 2)
        self._split.setSizes([table, total - table])

    def set_group_by(self, group: str) -> None:
        """Group the table's rows and the tiles: "", "station", "discipline" or "status"."""
        index = self._group_combo.findData(group)
        if index < 0:
            raise ValueError(f"unknown grouping {group!r}")
        self._group_combo.setCurrentIndex(index)

    # -- data in --------------------------------------------------------------

    def set_units(self, units: Sequence[UnitView]) -> None:
        self._model.set_units(units)

    def update_units(self, units: Iterable[UnitView]) -> None:
        self._model.update_units(units)

    def set_stations(self, stations: Sequence[StationView]) -> None:
        self._model.set_stations(stations)

    # -- selection --------------------------------------------------------------

    def selected_unit(self) -> str | None:
        return self._selected

    def select_unit(self, call_sign: str | None) -> None:
        """Select ``call_sign``'s row and tile (``None``: clear) without emitting signals."""
        self._selected = call_sign
        self._tiles.set_selected(call_sign)
        self._sync_selection(scroll=True)

    def _proxy_index_of(self, call_sign: str | None) -> QModelIndex:
        """The first-column proxy index of ``call_sign``; invalid if absent or filtered out."""
        row = self._model.row_of(call_sign) if call_sign else None
        if row is None:
            return QModelIndex()
        return self._proxy.mapFromSource(self._model.index(row, 0))

    def _sync_selection(self, *, scroll: bool) -> None:
        """Make the view's selection show ``self._selected`` (if on screen), quietly."""
        selection = self._view.selectionModel()
        target = self._proxy_index_of(self._selected)
        shown = [index.row() for index in selection.selectedRows()]
        if shown == ([target.row()] if target.isValid() else []):
            return
        self._quiet = True
        try:
            if target.isValid():
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(target, flags)
            else:
                selection.clearSelection()
        finally:
            self._quiet = False
        if scroll and target.isValid():
            self._view.scrollTo(target)

    def _on_selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        rows = self._view.selectionModel().selectedRows()
        if rows:
            source = self._proxy.mapToSource(rows[0])
            call_sign = self._model.unit_at(source.row()).call_sign
            if call_sign != self._selected:
                self._selected = call_sign
                self._tiles.set_selected(call_sign)
                self.sigUnitSelected.emit(call_sign)
        elif self._proxy_index_of(self._selected).isValid():
            # Still on screen yet unselected: the user cleared it. A row hidden by
            # the filter keeps the shared selection, restored when it reappears.
            self._selected = None
            self._tiles.set_selected(None)
            self.sigSelectionCleared.emit()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        source = self._proxy.mapToSource(index)
        if source.isValid():
            self.sigUnitActivated.emit(self._model.unit_at(source.row()).call_sign)

    def _on_model_reset(self) -> None:
        self._sync_selection(scroll=True)

    def _on_proxy_rows_about_to_be_removed(self, *_args: object) -> None:
        self._quiet = True

    def _on_proxy_rows_changed(self, *_args: object) -> None:
        self._quiet = False
        # Also brings the selection back when a filtered-out row reappears.
        self._sync_selection(scroll=False)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())

    def _on_group_combo_index_changed(self, _index: int) -> None:
        group = str(self._group_combo.currentData())
        self._proxy.set_group_by(group)
        self._tiles.set_group_by(group)

    def _on_tiles_unit_selected(self, call_sign: str) -> None:
        if call_sign != self._selected:
            self._selected = call_sign
            self._sync_selection(scroll=True)
            self.sigUnitSelected.emit(call_sign)

    def _on_tiles_context_menu_requested(self, call_sign: str, pos: QPoint) -> None:
        menu = self.status_menu_for(call_sign)
        if menu is not None:
            menu.popup(pos)

    def _on_age_timer_timeout(self) -> None:
        self._model.refresh_ages()

    # -- status changes -------------------------------------------------------

    def status_menu_for(self, call_sign: str) -> QMenu | None:
        """The status menu of ``call_sign``'s row (``None``: unknown unit)."""
        row = self._model.row_of(call_sign)
        if row is None:
            return None
        unit = self._model.unit_at(row)
        dark = current_theme(self.window()) == "night"
        menu = build_status_menu(
            self, call_sign, unit.status, self.sigStatusChangeRequested.emit, dark
        )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        return menu

    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        if not index.isValid():
            # Keyboard request (Menu key): the row the cursor is on.
            index = self._view.currentIndex()
            if not index.isValid():
                return
            pos = self._view.visualRect(index).center()
        source = self._proxy.mapToSource(index)
        if not source.isValid():
            return
        menu = self.status_menu_for(self._model.unit_at(source.row()).call_sign)
        if menu is not None:
            menu.popup(self._view.viewport().mapToGlobal(pos))
