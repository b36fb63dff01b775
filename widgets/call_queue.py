"""Call queue dock: incoming calls, longest-ringing first, with ticking timers.

Contract:

* ``CallQueueModel`` keeps the calls a call-taker acts on, in queue order:
  ringing calls first, oldest offered first (the longest-ringing call is
  answered first); then answered calls, oldest answer first; then calls
  abandoned within the last ``abandoned_keep_s`` seconds (default 180),
  most recent first, dimmed. Released calls are not shown. ``CallView``
  carries no end time, so an abandoned call's age counts from when this
  model first saw it abandoned.
* Columns (``CallColumn``): state, number, class of service, location
  source (ALI / AML / PIDF-LO / typed / map click), timer (ringing: since
  offered; answered: talk time; abandoned: since abandoned), location
  summary (address, else "lat, lon ± radius"), incident (the attached one,
  else "≈ <id>" for a possible duplicate).
* ``set_calls`` replaces every row (a reset); ``update_call`` changes one in
  place (``dataChanged``, or a row move so selection follows it; an insert
  when new; a removal when released). ``tick()`` takes a new snapshot of the
  injectable clock, toggles the flash phase of ringing rows, drops expired
  abandoned calls and repaints the timers; the dock calls it once a second.
* ``CallQueueDock`` shows the model in a dense table. ``sigCallSelected(
  call_id)`` when the user selects a row, ``""`` when the user clears it;
  ``select_call(call_id | None)`` selects from outside without emitting.
  Enter, Return or a double-click on a ringing call emits
  ``sigAnswerRequested(call_id)``. Rows moving or disappearing never emit.
* Formatting helpers shared with the call panel and the map:
  ``format_coordinates``, ``format_radius``, ``format_confidence``,
  ``format_location``, ``state_label``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.clock import utc_now
from widgets.incident_queue import format_elapsed
from widgets.symbols import caller_source_label
from widgets.views import CallView, LocationView

__all__ = [
    "ABANDONED_KEEP_S",
    "CALL_ROLE",
    "CallColumn",
    "CallQueueDock",
    "CallQueueModel",
    "format_confidence",
    "format_coordinates",
    "format_location",
    "format_radius",
    "state_label",
]

CALL_ROLE = Qt.ItemDataRole.UserRole + 1
ABANDONED_KEEP_S = 180.0

RINGING_FLASH = QColor("#ffb300")
_DIMMED = QColor("#8a8a8a")
_RANK = {"ringing": 0, "answered": 1, "abandoned": 2}

_Index = QModelIndex | QPersistentModelIndex
_Key = tuple[int, float, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallQueue", text)


class CallColumn(IntEnum):
    STATE = 0
    NUMBER = 1
    CLASS = 2
    SOURCE = 3
    TIMER = 4
    LOCATION = 5
    INCIDENT = 6


# -- formatting shared with the panel and the map ------------------------------


def state_label(state: str) -> str:
    labels = {
        "ringing": _tr("Ringing"),
        "answered": _tr("Answered"),
        "abandoned": _tr("Abandoned"),
        "released": _tr("Released"),
    }
    return labels.get(state, state)


def format_coordinates(lat: float, lon: float, digits: int = 6) -> str:
    """ "60.170000, 24.940000": the form dispatchers paste into other systems."""
    return f"{lat:.{digits}f}, {lon:.{digits}f}"


def format_radius(radius_m: float | None) -> str:
    """ "± 35 m", "± 1.2 km"; empty when unknown."""
    if radius_m is None:
        return ""
    if radius_m < 1000:
        return _tr("± {n} m").format(n=round(radius_m))
    return _tr("± {n} km").format(n=f"{radius_m / 1000:.1f}")


def format_confidence(confidence: float | None) -> str:
    """ "90%". Sources send percent (0-100); a value up to 1 is taken as a fraction."""
    if confidence is None:
        return ""
    percent = confidence * 100 if 0 < confidence <= 1 else confidence
    return _tr("{n}%").format(n=round(percent))


def format_location(location: LocationView | None) -> str:
    """One line: the civic address, else "lat, lon ± radius"."""
    if location is None:
        return _tr("No location yet")
    if location.address:
        return location.address
    if location.lat is None or location.lon is None:
        return _tr("No position")
    text = format_coordinates(location.lat, location.lon, digits=5)
    radius = format_radius(location.radius_m)
    return f"{text} {radius}" if radius else text


def _source_of(call: CallView) -> str:
    return call.location.source if call.location is not None else call.via


# -- model ----------------------------------------------------------------------


class CallQueueModel(QAbstractTableModel):
    """Ringing, answered and recently abandoned calls in queue order, keyed by call id."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        abandoned_keep_s: float = ABANDONED_KEEP_S,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._keep = timedelta(seconds=abandoned_keep_s)
        self._calls: list[CallView] = []
        self._keys: list[_Key] = []
        self._abandoned_at: dict[str, datetime] = {}
        self._flash_on = True

    # -- reading --------------------------------------------------------------

    def call_at(self, row: int) -> CallView:
        return self._calls[row]

    def calls(self) -> list[CallView]:
        return list(self._calls)

    def call_ids(self) -> list[str]:
        return [call.call_id for call in self._calls]

    def row_of(self, call_id: str | None) -> int | None:
        for row, call in enumerate(self._calls):
            if call.call_id == call_id:
                return row
        return None

    def flash_on(self) -> bool:
        return self._flash_on

    def timer_s(self, call: CallView) -> float:
        """Seconds on the call's timer: ringing, talking, or since abandoned."""
        if call.state == "answered" and call.answered is not None:
            start = call.answered
        elif call.state == "abandoned":
            start = self._abandoned_at.get(call.call_id, self._now)
        else:
            start = call.offered
        return max(0.0, (self._now - start).total_seconds())

    # -- writing --------------------------------------------------------------

    def set_calls(self, calls: Sequence[CallView]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._now = self._clock()
        latest = {call.call_id: call for call in calls}
        for call in latest.values():
            self._note_abandoned(call)
        shown = [call for call in latest.values() if self._shown(call)]
        self._abandoned_at = {
            call_id: at
            for call_id, at in self._abandoned_at.items()
            if call_id in latest and latest[call_id].state == "abandoned"
        }
        self._calls = sorted(shown, key=self._key)
        self._keys = [self._key(call) for call in self._calls]
        self.endResetModel()

    def update_call(self, call: CallView) -> None:
        """Change, move, insert or (when released or expired) remove one call."""
        self._note_abandoned(call)
        if call.state != "abandoned":
            self._abandoned_at.pop(call.call_id, None)
        row = self.row_of(call.call_id)
        if not self._shown(call):
            if row is not None:
                self._remove_row(row)
            return
        key = self._key(call)
        if row is None:
            target = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), target, target)
            self._calls.insert(target, call)
            self._keys.insert(target, key)
            self.endInsertRows()
            return
        others = self._keys[:row] + self._keys[row + 1 :]
        target = bisect.bisect_left(others, key)
        if target != row:
            # Qt counts the destination before the move: one further when moving down.
            destination = target if target < row else target + 1
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            del self._calls[row], self._keys[row]
            self._calls.insert(target, call)
            self._keys.insert(target, key)
            self.endMoveRows()
        else:
            self._calls[row] = call
            self._keys[row] = key
        self.dataChanged.emit(self.index(target, 0), self.index(target, len(CallColumn) - 1))

    def tick(self) -> None:
        """New clock snapshot: flash ringing rows, expire abandoned ones, repaint timers."""
        self._now = self._clock()
        self._flash_on = not self._flash_on
        for row in range(len(self._calls) - 1, -1, -1):
            if not self._shown(self._calls[row]):
                self._remove_row(row)
        if self._calls:
            self.dataChanged.emit(
                self.index(0, CallColumn.STATE), self.index(len(self._calls) - 1, CallColumn.TIMER)
            )

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        # The abandon time stays: a later update of an expired call must not
        # bring it back as freshly abandoned.
        del self._calls[row], self._keys[row]
        self.endRemoveRows()

    def _note_abandoned(self, call: CallView) -> None:
        if call.state == "abandoned" and call.call_id not in self._abandoned_at:
            self._abandoned_at[call.call_id] = self._clock()

    def _shown(self, call: CallView) -> bool:
        if call.state not in _RANK:
            return False
        if call.state == "abandoned":
            since = self._abandoned_at.get(call.call_id, self._now)
            return self._now - since < self._keep
        return True

    def _key(self, call: CallView) -> _Key:
        rank = _RANK.get(call.state, 3)
        if call.state == "answered":
            moment = (call.answered or call.offered).timestamp()
        elif call.state == "abandoned":
            moment = -self._abandoned_at.get(call.call_id, self._now).timestamp()
        else:
            moment = call.offered.timestamp()
        return (rank, moment, call.call_id)

    # -- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CallColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CallColumn.STATE: self.tr("State"),
            CallColumn.NUMBER: self.tr("Number"),
            CallColumn.CLASS: self.tr("Class"),
            CallColumn.SOURCE: self.tr("Source"),
            CallColumn.TIMER: self.tr("Time"),
            CallColumn.LOCATION: self.tr("Location"),
            CallColumn.INCIDENT: self.tr("Incident"),
        }[CallColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._calls):
            return None
        call = self._calls[index.row()]
        column = CallColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(call, column)
        if role == CALL_ROLE:
            return call
        if role == Qt.ItemDataRole.FontRole and call.state == "ringing":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and call.state == "abandoned":
            return QColor(_DIMMED)
        if column == CallColumn.STATE and call.state == "ringing" and self._flash_on:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(RINGING_FLASH)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("black")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CallColumn.TIMER:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(call, column)
        return None

    def _display(self, call: CallView, column: CallColumn) -> str:
        match column:
            case CallColumn.STATE:
                return state_label(call.state)
            case CallColumn.NUMBER:
                return call.number or self.tr("(no number)")
            case CallColumn.CLASS:
                return call.class_of_service or ""
            case CallColumn.SOURCE:
                return caller_source_label(_source_of(call))
            case CallColumn.TIMER:
                return format_elapsed(self.timer_s(call))
            case CallColumn.LOCATION:
                return format_location(call.location)
            case CallColumn.INCIDENT:
                if call.incident_id:
                    return call.incident_id
                if call.duplicate_of:
                    return self.tr("≈ {id}").format(id=call.duplicate_of[0])
        return ""

    def _tooltip(self, call: CallView, column: CallColumn) -> str | None:
        if column == CallColumn.TIMER:
            elapsed = format_elapsed(self.timer_s(call))
            texts = {
                "ringing": self.tr("Ringing for {t}"),
                "answered": self.tr("Talking for {t}"),
                "abandoned": self.tr("Abandoned {t} ago"),
            }
            return texts.get(call.state, "{t}").format(t=elapsed)
        if column == CallColumn.LOCATION and call.location is not None:
            location = call.location
            lines = [format_location(location)]
            if location.lat is not None and location.lon is not None:
                lines.append(format_coordinates(location.lat, location.lon))
            if location.verified:
                lines.append(self.tr("Verified by the call-taker"))
            return "\n".join(lines)
        if column == CallColumn.INCIDENT and not call.incident_id and call.duplicate_of:
            return self.tr("Possible duplicate of {ids}").format(ids=", ".join(call.duplicate_of))
        return None


# -- dock -----------------------------------------------------------------------

_COLUMN_WIDTHS = {
    CallColumn.STATE: 80,
    CallColumn.NUMBER: 120,
    CallColumn.CLASS: 60,
    CallColumn.SOURCE: 65,
    CallColumn.TIMER: 55,
    CallColumn.LOCATION: 220,
}


class CallQueueDock(QDockWidget):
    """Dock with the call table and its one-second tick."""

    sigCallSelected = Signal(str)  # "" when the user clears the selection
    sigAnswerRequested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        abandoned_keep_s: float = ABANDONED_KEEP_S,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CallQueueDock")
        self.setWindowTitle(self.tr("Calls"))
        self._model = CallQueueModel(self, clock=clock, abandoned_keep_s=abandoned_keep_s)
        self._selected: str | None = None
        self._quiet = False

        # Connected before the view attaches so these run first: when the
        # selected row leaves, Qt moves the selection to a neighbour, and the
        # shared selection must not follow it.
        self._model.rowsAboutToBeRemoved.connect(self._on_model_rows_about_to_change)
        self._model.rowsAboutToBeMoved.connect(self._on_model_rows_about_to_change)
        self._model.modelAboutToBeReset.connect(self._on_model_rows_about_to_change)
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
        rows = self._view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._view.fontMetrics().height() + 6)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._view.doubleClicked.connect(self._on_view_double_clicked)
        self._view.installEventFilter(self)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self._view, 1)
        self.setWidget(content)
        self.setFocusProxy(self._view)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self._on_tick_timer_timeout)
        self._tick_timer.start()

    # -- accessors ------------------------------------------------------------

    def model(self) -> CallQueueModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def tick_timer(self) -> QTimer:
        return self._tick_timer

    def oldest_ringing(self) -> str | None:
        """The call to answer next, if any call is ringing."""
        calls = self._model.calls()
        return calls[0].call_id if calls and calls[0].state == "ringing" else None

    # -- data in --------------------------------------------------------------

    def set_calls(self, calls: Sequence[CallView]) -> None:
        self._model.set_calls(calls)

    def update_call(self, call: CallView) -> None:
        self._model.update_call(call)

    # -- selection ------------------------------------------------------------

    def selected_call(self) -> str | None:
        return self._selected

    def select_call(self, call_id: str | None) -> None:
        """Select ``call_id``'s row (``None``: clear) without emitting signals."""
        self._selected = call_id or None
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

    def _request_answer(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            call = self._model.call_at(row)
            if call.state == "ringing":
                self.sigAnswerRequested.emit(call.call_id)

    # -- handlers -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self._view.currentIndex()
                if current.isValid():
                    self._request_answer(current.row())
                return True
        return super().eventFilter(watched, event)

    def _on_selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        rows = self._view.selectionModel().selectedRows()
        if rows:
            call_id = self._model.call_at(rows[0].row()).call_id
            if call_id != self._selected:
                self._selected = call_id
                self.sigCallSelected.emit(call_id)
        elif self._selected is not None:
            self._selected = None
            self.sigCallSelected.emit("")

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._request_answer(index.row())

    def _on_model_rows_about_to_change(self, *_args: object) -> None:
        self._quiet = True

    def _on_model_rows_changed(self, *_args: object) -> None:
        self._quiet = False
        self._sync_selection(scroll=False)

    def _on_tick_timer_timeout(self) -> None:
        self._model.tick()
