"""Unit board dock: every unit with its status and the age of its last fix.

Contract:

* ``UnitBoardModel.set_units(list[UnitView])`` replaces the board (a reset);
  ``update_units(iterable[UnitView])`` changes known rows in place with
  ``dataChanged`` (and appends unknown call signs), so selection and scroll
  survive the live feed. ``set_stations`` supplies station names.
* The fix-age column is computed against a snapshot of the injectable clock
  taken by ``refresh_ages()``, which the dock calls once a second; a fix
  older than ``STALE_AFTER_S`` dims the row (disabled text colour, italic)
  and marks the age cell with a warning icon and tooltip.
* ``UnitBoardDock`` shows the model through ``UnitBoardProxyModel``: a
  filter line edit, column sorting and grouping by station or status (rows
  of a group kept together, ascending, whichever way the column sorts).
* Selection is shared with the map: ``sigUnitSelected(call_sign)`` when the
  user selects a row, ``sigSelectionCleared()`` when the user clears it,
  ``sigUnitActivated(call_sign)`` on double-click; ``select_unit(call_sign |
  None)`` selects from outside without emitting any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.clock import format_age, utc_now
from widgets.symbols import discipline_icon, discipline_label
from widgets.themes import current_theme
from widgets.views import StationView, UnitView

__all__ = [
    "SORT_ROLE",
    "STALE_AFTER_S",
    "STALE_ROLE",
    "UnitBoardDock",
    "UnitBoardModel",
    "UnitBoardProxyModel",
    "UnitColumn",
]

STALE_AFTER_S = 60.0
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2
_AGE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE]

_Index = QModelIndex | QPersistentModelIndex


class UnitColumn(IntEnum):
    CALL_SIGN = 0
    TYPE = 1
    DISCIPLINE = 2
    STATION = 3
    STATUS = 4
    FIX_AGE = 5
    POSITION = 6


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted rows folded into inclusive (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class UnitBoardModel(QAbstractTableModel):
    """Table model over ``UnitView`` rows, keyed by call sign."""

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._units: list[UnitView] = []
        self._rows: dict[str, int] = {}
        self._stations: dict[str, str] = {}
        self._stale: set[str] = set()
        self._swatches: dict[tuple[str, bool], QIcon] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- reading --------------------------------------------------------------

    def unit_at(self, row: int) -> UnitView:
        return self._units[row]

    def row_of(self, call_sign: str) -> int | None:
        return self._rows.get(call_sign)

    def units(self) -> list[UnitView]:
        return list(self._units)

    def fix_age_s(self, unit: UnitView) -> float | None:
        """Seconds since ``unit``'s last fix, at the last ``refresh_ages``."""
        if unit.fix_time is None:
            return None
        return max(0.0, (self._now - unit.fix_time).total_seconds())

    def is_stale(self, unit: UnitView) -> bool:
        age = self.fix_age_s(unit)
        return age is not None and age > STALE_AFTER_S

    def station_name(self, unit: UnitView) -> str:
        if unit.station_id is None:
            return ""
        return self._stations.get(unit.station_id, unit.station_id)

    # -- writing --------------------------------------------------------------

    def set_stations(self, stations: Sequence[StationView]) -> None:
        self._stations = {station.station_id: station.name for station in stations}
        if self._units:
            column = UnitColumn.STATION
            self.dataChanged.emit(self.index(0, column), self.index(len(self._units) - 1, column))

    def set_units(self, units: Sequence[UnitView]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._now = self._clock()
        self._units = list({unit.call_sign: unit for unit in units}.values())
        self._rows = {unit.call_sign: row for row, unit in enumerate(self._units)}
        self._stale = {unit.call_sign for unit in self._units if self.is_stale(unit)}
        self.endResetModel()

    def update_units(self, units: Iterable[UnitView]) -> None:
        """Change known rows in place; append unknown call signs at the bottom."""
        changed: list[int] = []
        added: dict[str, UnitView] = {}
        for unit in units:
            row = self._rows.get(unit.call_sign)
            if row is None:
                added[unit.call_sign] = unit
            elif self._units[row] != unit:
                self._units[row] = unit
                changed.append(row)
        last_column = len(UnitColumn) - 1
        for first, last in _runs(changed):
            for row in range(first, last + 1):
                self._track_stale(self._units[row])
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        if added:
            first = len(self._units)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for unit in added.values():
                self._rows[unit.call_sign] = len(self._units)
                self._units.append(unit)
                self._track_stale(unit)
            self.endInsertRows()

    def refresh_ages(self) -> None:
        """Take a new clock snapshot and repaint the ages (and rows turning stale)."""
        self._now = self._clock()
        if not self._units:
            return
        flipped = [
            row for row, unit in enumerate(self._units) if self._track_stale(unit) is not None
        ]
        column = UnitColumn.FIX_AGE
        self.dataChanged.emit(
            self.index(0, column), self.index(len(self._units) - 1, column), _AGE_ROLES
        )
        last_column = len(UnitColumn) - 1
        for first, last in _runs(flipped):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _track_stale(self, unit: UnitView) -> bool | None:
        """Record ``unit``'s staleness; return it if it changed, else ``None``."""
        stale = self.is_stale(unit)
        if stale == (unit.call_sign in self._stale):
            return None
        if stale:
            self._stale.add(unit.call_sign)
        else:
            self._stale.discard(unit.call_sign)
        return stale

    # -- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(UnitColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            UnitColumn.CALL_SIGN: self.tr("Call sign"),
            UnitColumn.TYPE: self.tr("Type"),
            UnitColumn.DISCIPLINE: self.tr("Discipline"),
            UnitColumn.STATION: self.tr("Station"),
            UnitColumn.STATUS: self.tr("Status"),
            UnitColumn.FIX_AGE: self.tr("Last fix"),
            UnitColumn.POSITION: self.tr("Position"),
        }[UnitColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._units):
            return None
        unit = self._units[index.row()]
        column = UnitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(unit, column)
        if role == SORT_ROLE:
            return self._sort_key(unit, column)
        if role == STALE_ROLE:
            return self.is_stale(unit)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == UnitColumn.DISCIPLINE:
                return self._discipline_swatch(unit.discipline)
            if column == UnitColumn.FIX_AGE and self.is_stale(unit):
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == UnitColumn.FIX_AGE:
            if unit.fix_time is None:
                return self.tr("No position received yet")
            if self.is_stale(unit):
                return self.tr("Stale position: last fix {age} ago").format(
                    age=format_age(self.fix_age_s(unit))
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and self.is_stale(unit):
            palette = QGuiApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and self.is_stale(unit):
            return self._italic
        return None

    def _display(self, unit: UnitView, column: UnitColumn) -> str:
        match column:
            case UnitColumn.CALL_SIGN:
                return unit.call_sign
            case UnitColumn.TYPE:
                return unit.unit_type
            case UnitColumn.DISCIPLINE:
                return discipline_label(unit.discipline)
            case UnitColumn.STATION:
                return self.station_name(unit)
            case UnitColumn.STATUS:
                return unit.status
            case UnitColumn.FIX_AGE:
                return format_age(self.fix_age_s(unit), self.tr("no fix"))
            case UnitColumn.POSITION:
                if unit.lat is None or unit.lon is None:
                    return ""
                if unit.fix_time is None:
                    # Drawn at its home station until the first AVL fix arrives.
                    return self.tr("at station (no fix)")
                return f"{unit.lat:.5f}, {unit.lon:.5f}"
        return ""

    def _sort_key(self, unit: UnitView, column: UnitColumn) -> Any:
        if column == UnitColumn.FIX_AGE:
            age = self.fix_age_s(unit)
            # Units without a fix sort after the oldest fix.
            return float("inf") if age is None else age
        return self._display(unit, column).casefold()

    def _discipline_swatch(self, discipline: str) -> QIcon:
        """The discipline's map symbol, so board and map read the same."""
        dark = current_theme(QApplication.instance()) == "night"  # type: ignore[arg-type]
        key = (discipline, dark)
        icon = self._swatches.get(key)
        if icon is None:
            icon = self._swatches[key] = discipline_icon(discipline, 14, dark)
        return icon


_COLUMN_WIDTHS = {
    UnitColumn.CALL_SIGN: 80,
    UnitColumn.TYPE: 110,
    UnitColumn.DISCIPLINE: 85,
    UnitColumn.STATION: 85,
    UnitColumn.STATUS: 80,
    UnitColumn.FIX_AGE: 70,
}


class UnitBoardProxyModel(QSortFilterProxyModel):
    """Filters on any column's text; sorts within groups of station or status."""

    GROUPS: tuple[str, ...] = ("", "station", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group_by = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def group_by(self) -> str:
        return self._group_by

    def set_group_by(self, group: str) -> None:
        """Keep rows of one station or status together (``""``: no grouping)."""
        if group not in self.GROUPS:
            raise ValueError(f"unknown grouping {group!r}")
        if group != self._group_by:
            self._group_by = group
            self.invalidate()

    def _group_key(self, row: int) -> str:
        column = UnitColumn.STATION if self._group_by == "station" else UnitColumn.STATUS
        return str(self.sourceModel().index(row, column).data(SORT_ROLE))

    def lessThan(self, left: _Index, right: _Index) -> bool:
        if self._group_by:
            left_group, right_group = self._group_key(left.row()), self._group_key(right.row())
            if left_group != right_group:
                # Qt swaps the arguments for a descending sort; undo that for groups.
                if self.sortOrder() == Qt.SortOrder.DescendingOrder:
                    return left_group > right_group
                return left_group < right_group
        return bool(super().lessThan(left, right))


class UnitBoardDock(QDockWidget):
    """Dock with the unit table, a filter box and a grouping selector."""

    sigUnitSelected = Signal(str)
    sigSelectionCleared = Signal()
    sigUnitActivated = Signal(str)

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
            (self.tr("No grouping"), self.tr("Group by station"), self.tr("Group by status")),
            UnitBoardProxyModel.GROUPS,
            strict=True,
        ):
            self._group_combo.addItem(label, group)
        self._group_combo.currentIndexChanged.connect(self._on_group_combo_index_changed)

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
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setAlternatingRowColors(True)
        self._view.setWordWrap(False)
        self._view.verticalHeader().setVisible(False)
        # Dense rows: a control room wants every unit visible without scrolling.
        rows = self._view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._view.fontMetrics().height() + 6)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._view.doubleClicked.connect(self._on_view_double_clicked)
        self._model.modelReset.connect(self._on_model_reset)

        bar = QHBoxLayout()
        bar.addWidget(self._filter_edit, 1)
        bar.addWidget(self._group_combo)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)
        self.setWidget(content)

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
        """Select ``call_sign``'s row (``None``: clear) without emitting signals."""
        self._selected = call_sign
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
                self.sigUnitSelected.emit(call_sign)
        elif self._proxy_index_of(self._selected).isValid():
            # Still on screen yet unselected: the user cleared it. A row hidden by
            # the filter keeps the shared selection, restored when it reappears.
            self._selected = None
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
        self._proxy.set_group_by(str(self._group_combo.currentData()))

    def _on_age_timer_timeout(self) -> None:
        self._model.refresh_ages()
