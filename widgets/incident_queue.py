"""Incident queue dock: open incidents, most urgent first, with ticking ages.

Contract:

* ``IncidentQueueModel`` keeps open incidents in queue order: priority
  ascending (1 first), then oldest first, then id. ``set_incidents`` replaces
  them (a reset; closed ones dropped). ``update_incident`` changes one in
  place: ``dataChanged`` when its place holds, ``beginMoveRows`` when its
  priority moves it (so selection follows it), an insert when new, a removal
  when closed.
* The age column ("4:12", "1:04:12") is computed against a snapshot of the
  injectable clock taken by ``refresh_ages()``, which the dock calls once a
  second.
* Priority cells are coloured: 1 red, 2 orange, 3 amber, 4 blue, 5 grey.
* ``IncidentQueueDock`` shows the model in a dense table. Selection is shared:
  ``sigIncidentSelected(incident_id)`` when the user selects a row,
  ``sigSelectionCleared()`` when the user clears it,
  ``sigIncidentActivated(incident_id)`` on double-click;
  ``select_incident(incident_id | None)`` selects from outside without
  emitting any of them. Rows moving or disappearing never emit either.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.clock import utc_now
from widgets.views import IncidentView

__all__ = [
    "INCIDENT_ROLE",
    "PRIORITY_COLOURS",
    "IncidentColumn",
    "IncidentQueueDock",
    "IncidentQueueModel",
    "format_elapsed",
]

INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1

#: Background of the priority cell; text is drawn white on 1, 2 and 4.
PRIORITY_COLOURS: dict[int, QColor] = {
    1: QColor("#d32f2f"),
    2: QColor("#ef6c00"),
    3: QColor("#f9a825"),
    4: QColor("#1e6fc8"),
    5: QColor("#8a8a8a"),
}
_LIGHT_TEXT = frozenset({1, 2, 4, 5})

_Index = QModelIndex | QPersistentModelIndex


class IncidentColumn(IntEnum):
    ID = 0
    PRIORITY = 1
    TYPE = 2
    LOCATION = 3
    AGE = 4
    UNITS = 5


def format_elapsed(seconds: float) -> str:
    """A running timer: "0:07", "4:12", "1:04:12" (negative clock skew shows 0:00)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def _key(incident: IncidentView) -> tuple[int, datetime, str]:
    return (incident.priority, incident.created, incident.incident_id)


class IncidentQueueModel(QAbstractTableModel):
    """Open incidents in queue order, keyed by incident id."""

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._incidents: list[IncidentView] = []
        self._keys: list[tuple[int, datetime, str]] = []

    # -- reading --------------------------------------------------------------

    def incident_at(self, row: int) -> IncidentView:
        return self._incidents[row]

    def incidents(self) -> list[IncidentView]:
        return list(self._incidents)

    def row_of(self, incident_id: str | None) -> int | None:
        for row, incident in enumerate(self._incidents):
            if incident.incident_id == incident_id:
                return row
        return None

    def age_s(self, incident: IncidentView) -> float:
        return max(0.0, (self._now - incident.created).total_seconds())

    # -- writing --------------------------------------------------------------

    def set_incidents(self, incidents: Sequence[IncidentView]) -> None:
        """Replace every row (a model reset); closed incidents are left out."""
        self.beginResetModel()
        self._now = self._clock()
        unique = {i.incident_id: i for i in incidents if i.status != "closed"}
        self._incidents = sorted(unique.values(), key=_key)
        self._keys = [_key(i) for i in self._incidents]
        self.endResetModel()

    def update_incident(self, incident: IncidentView) -> None:
        """Change, move, insert or (when closed) remove one incident."""
        row = self.row_of(incident.incident_id)
        if incident.status == "closed":
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._incidents[row], self._keys[row]
                self.endRemoveRows()
            return
        key = _key(incident)
        if row is None:
            target = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), target, target)
            self._incidents.insert(target, incident)
            self._keys.insert(target, key)
            self.endInsertRows()
            return
        others = self._keys[:row] + self._keys[row + 1 :]
        target = bisect.bisect_left(others, key)
        if target != row:
            # Qt counts the destination before the move: one further when moving down.
            destination = target if target < row else target + 1
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            del self._incidents[row], self._keys[row]
            self._incidents.insert(target, incident)
            self._keys.insert(target, key)
            self.endMoveRows()
        else:
            self._incidents[row] = incident
            self._keys[row] = key
        self.dataChanged.emit(self.index(target, 0), self.index(target, len(IncidentColumn) - 1))

    def refresh_ages(self) -> None:
        """Take a new clock snapshot and repaint the age column."""
        self._now = self._clock()
        if self._incidents:
            column = IncidentColumn.AGE
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._incidents) - 1, column),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._incidents)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(IncidentColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            IncidentColumn.ID: self.tr("Incident"),
            IncidentColumn.PRIORITY: self.tr("P"),
            IncidentColumn.TYPE: self.tr("Type"),
            IncidentColumn.LOCATION: self.tr("Location"),
            IncidentColumn.AGE: self.tr("Age"),
            IncidentColumn.UNITS: self.tr("Units"),
        }[IncidentColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._incidents):
            return None
        incident = self._incidents[index.row()]
        column = IncidentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(incident, column)
        if role == INCIDENT_ROLE:
            return incident
        if column == IncidentColumn.PRIORITY:
            colour = PRIORITY_COLOURS.get(incident.priority)
            if role == Qt.ItemDataRole.BackgroundRole:
                return colour
            if role == Qt.ItemDataRole.ForegroundRole and colour is not None:
                light = incident.priority in _LIGHT_TEXT
                return QColor("white") if light else QColor("black")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Priority {n} (1 is the highest)").format(n=incident.priority)
        if role == Qt.ItemDataRole.ToolTipRole and column == IncidentColumn.LOCATION:
            return f"{incident.location or ''}\n{incident.lat:.5f}, {incident.lon:.5f}".strip()
        return None

    def _display(self, incident: IncidentView, column: IncidentColumn) -> str:
        match column:
            case IncidentColumn.ID:
                return incident.incident_id
            case IncidentColumn.PRIORITY:
                return str(incident.priority)
            case IncidentColumn.TYPE:
                return incident.type_name
            case IncidentColumn.LOCATION:
                return incident.location or f"{incident.lat:.5f}, {incident.lon:.5f}"
            case IncidentColumn.AGE:
                return format_elapsed(self.age_s(incident))
            case IncidentColumn.UNITS:
                return " ".join(incident.units)
        return ""


_COLUMN_WIDTHS = {
    IncidentColumn.ID: 95,
    IncidentColumn.PRIORITY: 28,
    IncidentColumn.TYPE: 150,
    IncidentColumn.LOCATION: 170,
    IncidentColumn.AGE: 60,
}


class IncidentQueueDock(QDockWidget):
    """Dock with the queue table and its one-second age timer."""

    sigIncidentSelected = Signal(str)
    sigSelectionCleared = Signal()
    sigIncidentActivated = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IncidentQueueDock")
        self.setWindowTitle(self.tr("Incidents"))
        self._model = IncidentQueueModel(self, clock=clock)
        self._selected: str | None = None
        self._quiet = False

        # Connected before the view attaches so these run first (see _on_rows_*).
        self._model.rowsAboutToBeRemoved.connect(self._on_model_rows_about_to_change)
        self._model.rowsAboutToBeMoved.connect(self._on_model_rows_about_to_change)
        self._view = QTableView(self)
        self._view.setModel(self._model)
        self._model.rowsRemoved.connect(self._on_model_rows_changed)
        self._model.rowsMoved.connect(self._on_model_rows_changed)
        self._model.rowsInserted.connect(self._on_model_rows_changed)
        self._model.modelReset.connect(self._on_model_rows_changed)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setWordWrap(False)
        self._view.verticalHeader().setVisible(False)
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

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self._view, 1)
        self.setWidget(content)

        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._on_age_timer_timeout)
        self._age_timer.start()

    # -- accessors ------------------------------------------------------------

    def model(self) -> IncidentQueueModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def age_timer(self) -> QTimer:
        return self._age_timer

    # -- data in --------------------------------------------------------------

    def set_incidents(self, incidents: Sequence[IncidentView]) -> None:
        self._model.set_incidents(incidents)

    def update_incident(self, incident: IncidentView) -> None:
        self._model.update_incident(incident)

    # -- selection --------------------------------------------------------------

    def selected_incident(self) -> str | None:
        return self._selected

    def select_incident(self, incident_id: str | None) -> None:
        """Select ``incident_id``'s row (``None``: clear) without emitting signals."""
        self._selected = incident_id
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

    def _on_selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        rows = self._view.selectionModel().selectedRows()
        if rows:
            incident_id = self._model.incident_at(rows[0].row()).incident_id
            if incident_id != self._selected:
                self._selected = incident_id
                self.sigIncidentSelected.emit(incident_id)
        elif self._selected is not None:
            self._selected = None
            self.sigSelectionCleared.emit()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sigIncidentActivated.emit(self._model.incident_at(index.row()).incident_id)

    def _on_model_rows_about_to_change(self, *_args: object) -> None:
        self._quiet = True

    def _on_model_rows_changed(self, *_args: object) -> None:
        self._quiet = False
        self._sync_selection(scroll=False)

    def _on_age_timer_timeout(self) -> None:
        self._model.refresh_ages()
