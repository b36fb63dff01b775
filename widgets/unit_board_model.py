"""Item models of the unit board: one row per unit, and the filter/group proxy.

Contract:

* ``UnitBoardModel.set_units(list[UnitView])`` replaces the board (a reset);
  ``update_units(iterable[UnitView])`` changes known rows in place with
  ``dataChanged`` (and appends unknown call signs), so selection and scroll
  survive the live feed. ``set_stations`` supplies station names.
* Time columns (fix age, status timer) are computed against a snapshot of
  the injectable clock taken by ``refresh_ages()``, which the dock calls once
  a second. A fix older than ``STALE_AFTER_S`` dims the row (disabled text
  colour, italic) and marks the age cell with a warning icon and tooltip.
* The status cell carries the status colour (``widgets.status_style``) as a
  swatch and a tinted background; the status timer reads "4:12" (its
  tooltip "en route 4:12") from ``UnitView.status_since``. A unit whose ``UnitView.overdue`` is set
  is drawn bold in the warning colour, with the overdue sentence as tooltip
  and a warning icon on the timer (``OVERDUE_ROLE`` gives the sentence).
* ``UnitBoardProxyModel`` filters on any column's text and keeps rows of one
  station, discipline or status together (statuses in lifecycle order), ascending,
  whichever way the sorted column goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from widgets.bidi import shown_ltr
from widgets.catalogue_labels import unit_type_label
from widgets.clock import format_age, utc_now
from widgets.keyed_table import KeyedTableModel
from widgets.status_style import (
    format_mmss,
    overdue_color,
    status_color,
    status_label,
    status_rank,
    status_swatch,
    status_timer_text,
)
from widgets.symbols import discipline_icon, discipline_label
from widgets.themes import current_theme
from widgets.views import StationView, UnitView

__all__ = [
    "OVERDUE_ROLE",
    "SORT_ROLE",
    "STALE_AFTER_S",
    "STALE_ROLE",
    "UnitBoardModel",
    "UnitBoardProxyModel",
    "UnitColumn",
]

STALE_AFTER_S = 60.0
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
_AGE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE]
# The status cell's background: enough colour to read at a glance, little
# enough that the text on it keeps its contrast in both themes.
_STATUS_TINT_ALPHA = 70

_Index = QModelIndex | QPersistentModelIndex


class UnitColumn(IntEnum):
    CALL_SIGN = 0
    TYPE = 1
    DISCIPLINE = 2
    STATION = 3
    STATUS = 4
    STATUS_TIME = 5
    INCIDENT = 6
    FIX_AGE = 7
    POSITION = 8


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted rows folded into inclusive (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class UnitBoardModel(KeyedTableModel):
    """Table model over ``UnitView`` rows, keyed by call sign."""

    COLUMNS = UnitColumn
    LTR_COLUMNS = frozenset({UnitColumn.CALL_SIGN, UnitColumn.STATUS_TIME, UnitColumn.INCIDENT})
    ISOLATED_COLUMNS = frozenset({UnitColumn.STATION, UnitColumn.TYPE})
    ITEM_ROLE = None  # UserRole + 1 is the sort key here

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self._init_rows()
        self._clock = clock
        self._now = clock()
        self._rows: dict[str, int] = {}
        self._stations: dict[str, str] = {}
        self._stale: set[str] = set()
        self._swatches: dict[tuple[str, bool], QIcon] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- reading --------------------------------------------------------------

    def unit_at(self, row: int) -> UnitView:
        return self._items[row]

    def row_of(self, call_sign: str) -> int | None:
        return self._rows.get(call_sign)

    def units(self) -> list[UnitView]:
        return list(self._items)

    def fix_age_s(self, unit: UnitView) -> float | None:
        """Seconds since ``unit``'s last fix, at the last ``refresh_ages``."""
        if unit.fix_time is None:
            return None
        return max(0.0, (self._now - unit.fix_time).total_seconds())

    def status_elapsed_s(self, unit: UnitView) -> float | None:
        """Seconds ``unit`` has been in its status, at the last ``refresh_ages``."""
        if unit.status_since is None:
            return None
        return max(0.0, (self._now - unit.status_since).total_seconds())

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
        if self._items:
            column = UnitColumn.STATION
            self.dataChanged.emit(self.index(0, column), self.index(len(self._items) - 1, column))

    def set_units(self, units: Sequence[UnitView]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._now = self._clock()
        self._items = list({unit.call_sign: unit for unit in units}.values())
        self._rows = {unit.call_sign: row for row, unit in enumerate(self._items)}
        self._stale = {unit.call_sign for unit in self._items if self.is_stale(unit)}
        self.endResetModel()

    def update_units(self, units: Iterable[UnitView]) -> None:
        """Change known rows in place; append unknown call signs at the bottom."""
        changed: list[int] = []
        added: dict[str, UnitView] = {}
        for unit in units:
            row = self._rows.get(unit.call_sign)
            if row is None:
                added[unit.call_sign] = unit
            elif self._items[row] != unit:
                self._items[row] = unit
                changed.append(row)
        last_column = len(UnitColumn) - 1
        for first, last in _runs(changed):
            for row in range(first, last + 1):
                self._track_stale(self._items[row])
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        if added:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for unit in added.values():
                self._rows[unit.call_sign] = len(self._items)
                self._items.append(unit)
                self._track_stale(unit)
            self.endInsertRows()

    def refresh_ages(self) -> None:
        """Take a new clock snapshot and repaint the ages, the status timers and
        the rows turning stale."""
        self._now = self._clock()
        if not self._items:
            return
        flipped = [
            row for row, unit in enumerate(self._items) if self._track_stale(unit) is not None
        ]
        last_row = len(self._items) - 1
        for column in (UnitColumn.STATUS_TIME, UnitColumn.FIX_AGE):
            self.dataChanged.emit(self.index(0, column), self.index(last_row, column), _AGE_ROLES)
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

    def _item_id(self, item: UnitView) -> str:
        return item.call_sign

    def _header_labels(self) -> dict[int, str]:
        return {
            UnitColumn.CALL_SIGN: self.tr("Call sign"),
            UnitColumn.TYPE: self.tr("Type"),
            UnitColumn.DISCIPLINE: self.tr("Discipline"),
            UnitColumn.STATION: self.tr("Station"),
            UnitColumn.STATUS: self.tr("Status"),
            UnitColumn.STATUS_TIME: self.tr("In status"),
            UnitColumn.INCIDENT: self.tr("Incident"),
            UnitColumn.FIX_AGE: self.tr("Last fix"),
            UnitColumn.POSITION: self.tr("Position"),
        }

    def _role_data(self, unit: UnitView, column: UnitColumn, role: int) -> Any:
        if role == SORT_ROLE:
            return self._sort_key(unit, column)
        if role == STALE_ROLE:
            return self.is_stale(unit)
        if role == OVERDUE_ROLE:
            return unit.overdue
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(unit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(unit, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == UnitColumn.STATUS:
            tint = status_color(unit.status, self._dark())
            tint.setAlpha(_STATUS_TINT_ALPHA)
            return QBrush(tint)
        if role == Qt.ItemDataRole.ForegroundRole:
            if unit.overdue:
                return overdue_color(self._dark())
            if self.is_stale(unit):
                palette = QGuiApplication.palette()
                return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if unit.overdue:
                font = QFont(self._bold)
                font.setItalic(self.is_stale(unit))
                return font
            if self.is_stale(unit):
                return self._italic
        return None

    def _decoration(self, unit: UnitView, column: UnitColumn) -> Any:
        if column == UnitColumn.DISCIPLINE:
            return self._discipline_swatch(unit.discipline)
        if column == UnitColumn.STATUS:
            return status_swatch(unit.status, 12, self._dark())
        warning = (column == UnitColumn.FIX_AGE and self.is_stale(unit)) or (
            column == UnitColumn.STATUS_TIME and unit.overdue
        )
        if warning:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _tooltip(self, unit: UnitView, column: UnitColumn) -> str | None:
        if column == UnitColumn.FIX_AGE:
            if unit.fix_time is None:
                return self.tr("No position received yet")
            if self.is_stale(unit):
                return self.tr("Stale position: last fix {age} ago").format(
                    age=format_age(self.fix_age_s(unit))
                )
        if unit.overdue:
            return self.tr("Overdue: {reason}").format(reason=unit.overdue)
        if column == UnitColumn.STATUS_TIME:
            return status_timer_text(unit.status, self.status_elapsed_s(unit)) or None
        return None

    def _dark(self) -> bool:
        return current_theme(QApplication.instance()) == "night"  # type: ignore[arg-type]

    def _display(self, unit: UnitView, column: UnitColumn) -> str:
        match column:
            case UnitColumn.CALL_SIGN:
                return unit.call_sign
            case UnitColumn.TYPE:
                return unit_type_label(unit.unit_type)
            case UnitColumn.DISCIPLINE:
                return discipline_label(unit.discipline)
            case UnitColumn.STATION:
                return self.station_name(unit)
            case UnitColumn.STATUS:
                return status_label(unit.status)
            case UnitColumn.STATUS_TIME:
                # The status is in its own column: the timer alone keeps this one narrow.
                return format_mmss(self.status_elapsed_s(unit))
            case UnitColumn.INCIDENT:
                return unit.incident_id or ""
            case UnitColumn.FIX_AGE:
                return format_age(self.fix_age_s(unit), self.tr("no fix"))
            case UnitColumn.POSITION:
                if unit.lat is None or unit.lon is None:
                    return ""
                if unit.fix_time is None:
                    # Drawn at its home station until the first AVL fix arrives.
                    return self.tr("at station (no fix)")
                return shown_ltr(f"{unit.lat:.5f}, {unit.lon:.5f}")
        return ""

    def _sort_key(self, unit: UnitView, column: UnitColumn) -> Any:
        if column == UnitColumn.FIX_AGE:
            age = self.fix_age_s(unit)
            # Units without a fix sort after the oldest fix.
            return float("inf") if age is None else age
        if column == UnitColumn.STATUS_TIME:
            elapsed = self.status_elapsed_s(unit)
            return -1.0 if elapsed is None else elapsed
        if column == UnitColumn.STATUS:
            # Lifecycle order (available ... out of service), not alphabetical.
            return f"{status_rank(unit.status):02d} {unit.status.casefold()}"
        return self._display(unit, column).casefold()

    def _discipline_swatch(self, discipline: str) -> QIcon:
        """The discipline's map symbol, so board and map read the same."""
        dark = self._dark()
        key = (discipline, dark)
        icon = self._swatches.get(key)
        if icon is None:
            icon = self._swatches[key] = discipline_icon(discipline, 14, dark)
        return icon


class UnitBoardProxyModel(QSortFilterProxyModel):
    """Filters on any column's text; sorts within groups of station or status."""

    GROUPS: tuple[str, ...] = ("", "station", "discipline", "status")

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
        column = {
            "station": UnitColumn.STATION,
            "discipline": UnitColumn.DISCIPLINE,
        }.get(self._group_by, UnitColumn.STATUS)
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
