"""Event log dock: the latest events, newest at the top, with a filter.

Contract:

* ``EventLogModel.append_events(list[EventView])`` adds a burst with a single
  ``beginInsertRows`` at row 0 and, when over ``capacity`` (default 5,000),
  a single ``beginRemoveRows`` of the oldest rows at the bottom. Rows are
  stored oldest-first and read back reversed, so an append never shifts the
  Python list.
* Times are shown in the zone given to ``set_timezone`` (default: this PC's).
* Rejected frames (``EventView.error`` set) are drawn in the error colour and
  carry the reason in their own column and in the row's tooltip.
* Language: the summaries arrive made in the console's language
  (``console.reports.event_text``); the dock shows them as they are, so a
  line keeps the language it was made in (the console changes language at
  its next start, which reloads the log). In a right-to-left console the
  time, source and kind read left to right (isolated) and a rejection reason
  keeps its own direction (``widgets.bidi``); filtering matches the plain
  texts.
* ``EventLogDock`` adds a filter line edit (matches source, kind, summary or
  error, case-insensitively) and an "Errors only" toggle.
* Under a storm (thousands of events a second, handed over in one burst per
  GUI tick by the session) an append is one insert and at most one removal,
  bounded by ``capacity``, and costs no Python call per row: while no filter
  is set the view shows the model itself, and the filter model
  (``EventLogFilterModel``, one Python ``filterAcceptsRow`` per row) is
  attached to the model only while a filter is set or once ``proxy()`` is
  asked for; clearing the filter detaches it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_isolated, shown_ltr
from widgets.column_fit import ColumnSpec, fit_columns
from widgets.views import EventView

__all__ = [
    "DEFAULT_CAPACITY",
    "EventColumn",
    "EventLogDock",
    "EventLogFilterModel",
    "EventLogModel",
]

DEFAULT_CAPACITY = 5000
ERROR_COLOUR = QColor("#e0453f")
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class EventColumn(IntEnum):
    TIME = 0
    SOURCE = 1
    KIND = 2
    SUMMARY = 3
    ERROR = 4


def column_specs() -> dict[int, ColumnSpec]:
    """How the event table's columns are sized (``widgets.keyed_table.fit_columns``):
    the summary takes the width; on a narrow log the source goes first."""
    return {
        EventColumn.TIME: ColumnSpec(sample="00:00:00"),
        EventColumn.SOURCE: ColumnSpec(sample="link:drill-http", elide=True, drop=1),
        EventColumn.KIND: ColumnSpec(sample="frame.rejected", elide=True, min_chars=10),
        EventColumn.SUMMARY: ColumnSpec(sample="x" * 40, stretch=3, elide=True, min_chars=16),
        EventColumn.ERROR: ColumnSpec(sample="x" * 20, stretch=1, elide=True, drop=2),
    }


class EventLogModel(QAbstractTableModel):
    """The newest ``capacity`` events; row 0 is the newest."""

    def __init__(self, parent: QObject | None = None, *, capacity: int = DEFAULT_CAPACITY) -> None:
        super().__init__(parent)
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._events: list[EventView] = []  # oldest first
        self._zone: tzinfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def capacity(self) -> int:
        return self._capacity

    def set_timezone(self, zone: tzinfo | None) -> None:
        """Show times in ``zone`` (``None``: this PC's zone)."""
        self._zone = zone
        if self._events:
            last = len(self._events) - 1
            self.dataChanged.emit(
                self.index(0, EventColumn.TIME),
                self.index(last, EventColumn.TIME),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def event_at(self, row: int) -> EventView:
        """The event shown at ``row`` (0 is the newest)."""
        return self._events[len(self._events) - 1 - row]

    def events(self) -> list[EventView]:
        """All kept events, newest first."""
        return self._events[::-1]

    def clear(self) -> None:
        self.beginResetModel()
        self._events.clear()
        self.endResetModel()

    def append_events(self, events: Iterable[EventView]) -> None:
        """Add a burst of events (oldest first in ``events``) at the top."""
        batch = list(events)
        if not batch:
            return
        if len(batch) > self._capacity:
            # Rows that would be dropped at once are never inserted at all.
            batch = batch[-self._capacity :]
        excess = len(self._events) + len(batch) - self._capacity
        if excess > 0:
            count = len(self._events)
            self.beginRemoveRows(QModelIndex(), count - excess, count - 1)
            del self._events[:excess]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, len(batch) - 1)
        self._events.extend(batch)
        self.endInsertRows()

    # -- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EventColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EventColumn.TIME: self.tr("Time"),
            EventColumn.SOURCE: self.tr("Source"),
            EventColumn.KIND: self.tr("Kind"),
            EventColumn.SUMMARY: self.tr("Summary"),
            EventColumn.ERROR: self.tr("Rejected because"),
        }[EventColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self.event_at(index.row())
        column = EventColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event)
        if role == Qt.ItemDataRole.ForegroundRole and event.error is not None:
            return ERROR_COLOUR
        if role == Qt.ItemDataRole.FontRole and event.error is not None:
            return self._bold if column == EventColumn.ERROR else None
        if role == EVENT_ROLE:
            return event
        return None

    def _local(self, event: EventView) -> datetime:
        return event.rx_time.astimezone(self._zone)

    def _display(self, event: EventView, column: EventColumn) -> str:
        match column:
            case EventColumn.TIME:
                return shown_ltr(self._local(event).strftime("%H:%M:%S"))
            case EventColumn.SOURCE:
                return shown_ltr(event.source)
            case EventColumn.KIND:
                if event.error is not None:
                    return self.tr("{kind} (rejected)").format(kind=shown_ltr(event.kind))
                return shown_ltr(event.kind)
            case EventColumn.SUMMARY:
                return event.summary
            case EventColumn.ERROR:
                return shown_isolated(event.error or "")
        return ""

    def _tooltip(self, event: EventView) -> str:
        when = self._local(event).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        zone = self._local(event).tzname() or ""
        text = self.tr("#{seq} received {when} {zone}\n{summary}").format(
            seq=event.seq, when=shown_ltr(when), zone=shown_ltr(zone), summary=event.summary
        )
        if event.error is not None:
            text += "\n" + self.tr("Rejected: {reason}").format(reason=shown_isolated(event.error))
        return text


class EventLogFilterModel(QSortFilterProxyModel):
    """Keeps the source order; filters on text and on errors only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._errors_only = False

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._change_filter(lambda: setattr(self, "_needle", needle))

    def set_errors_only(self, errors_only: bool) -> None:
        if errors_only != self._errors_only:
            self._change_filter(lambda: setattr(self, "_errors_only", errors_only))

    def _change_filter(self, apply: Callable[[], None]) -> None:
        # Qt >= 6.9 wants the begin/end pair; older Qt only has the invalidate call.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def errors_only(self) -> bool:
        return self._errors_only

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, EventLogModel):
            return True
        event = source.event_at(source_row)
        if self._errors_only and event.error is None:
            return False
        if not self._needle:
            return True
        return any(
            self._needle in field.casefold()
            for field in (event.source, event.kind, event.summary, event.error or "")
        )


class EventLogDock(QDockWidget):
    """Dock with the event table, a filter box and an "Errors only" toggle.

    Double-click or Enter on a row emits ``sigEventActivated(seq)``: the
    console shows that event's raw bytes beside its decode.
    """

    sigEventActivated = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        capacity: int = DEFAULT_CAPACITY,
        timezone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EventLogDock")
        self.setWindowTitle(self.tr("Event log"))
        self._model = EventLogModel(self, capacity=capacity)
        self._model.set_timezone(timezone)
        # Attached to the model only while filtering (see the module doc).
        self._proxy = EventLogFilterModel(self)

        self._filter_edit = QLineEdit(self)
        self._filter_edit.setPlaceholderText(self.tr("Filter by source, kind, text or error"))
        self._filter_edit.setClearButtonEnabled(True)
        self._filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self._errors_check = QCheckBox(self.tr("Errors only"), self)
        self._errors_check.toggled.connect(self._on_errors_check_toggled)

        self._view = QTableView(self)
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setWordWrap(False)
        self._view.verticalHeader().setVisible(False)
        self._view.activated.connect(self._on_view_activated)
        # Uniform row heights keep bursts cheap: no per-row size hints.
        self._view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._view.verticalHeader().setDefaultSectionSize(self._view.fontMetrics().height() + 6)
        fit_columns(self._view, column_specs())

        bar = QHBoxLayout()
        bar.addWidget(self._filter_edit, 1)
        bar.addWidget(self._errors_check)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)
        self.setWidget(content)

    def model(self) -> EventLogModel:
        return self._model

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.model() is self._proxy:
            index = self._proxy.mapToSource(index)
        row = index.row()
        if 0 <= row < self._model.rowCount():
            self.sigEventActivated.emit(self._model.event_at(row).seq)

    def proxy(self) -> EventLogFilterModel:
        """The filter model, attached to the event model (see the module doc)."""
        if self._proxy.sourceModel() is not self._model:
            self._proxy.setSourceModel(self._model)
        return self._proxy

    def _show_filtered(self) -> None:
        """The view on the filter model while a filter is set, else on the model itself."""
        filtering = bool(self._filter_edit.text().strip()) or self._errors_check.isChecked()
        wanted = self.proxy() if filtering else self._model
        if self._view.model() is not wanted:
            self._view.setModel(wanted)
            fit_columns(self._view, column_specs())
        if not filtering and self._proxy.sourceModel() is not None:
            self._proxy.setSourceModel(None)  # no per-row filter calls on every append

    def view(self) -> QTableView:
        return self._view

    def filter_edit(self) -> QLineEdit:
        return self._filter_edit

    def errors_only_check(self) -> QCheckBox:
        return self._errors_check

    def append_events(self, events: Iterable[EventView]) -> None:
        self._model.append_events(events)

    def set_timezone(self, zone: tzinfo | None) -> None:
        self._model.set_timezone(zone)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._proxy.set_text(text)
        self._show_filtered()

    def _on_errors_check_toggled(self, checked: bool) -> None:
        self._proxy.set_errors_only(checked)
        self._show_filtered()
