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
  ``format_location``, ``state_label``. In a right-to-left console the
  coordinates come isolated left to right and an address by its own
  direction (``widgets.bidi``); the number, class and incident columns too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from widgets.bidi import shown_isolated, shown_ltr
from widgets.clock import utc_now
from widgets.column_fit import ColumnSpec
from widgets.incident_queue import format_elapsed
from widgets.keyed_table import ITEM_ROLE, TimedQueueModel
from widgets.queue_dock import QueueDock
from widgets.symbols import caller_source_label
from widgets.views import CallView, LocationView

CALL_ROLE = ITEM_ROLE
ABANDONED_KEEP_S = 180.0

RINGING_FLASH = QColor("#ffb300")
_DIMMED = QColor("#8a8a8a")
_RANK = {"ringing": 0, "answered": 1, "abandoned": 2}

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
    return shown_ltr(f"{lat:.{digits}f}, {lon:.{digits}f}")


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
        return shown_isolated(location.address)
    if location.lat is None or location.lon is None:
        return _tr("No position")
    text = format_coordinates(location.lat, location.lon, digits=5)
    radius = format_radius(location.radius_m)
    return f"{text} {radius}" if radius else text


def _source_of(call: CallView) -> str:
    return call.location.source if call.location is not None else call.via


# -- model ----------------------------------------------------------------------


class CallQueueModel(TimedQueueModel):
    """Ringing, answered and recently abandoned calls in queue order, keyed by call id."""

    COLUMNS = CallColumn
    LTR_COLUMNS = frozenset({CallColumn.NUMBER, CallColumn.CLASS, CallColumn.INCIDENT})
    TICK_COLUMNS = (CallColumn.STATE, CallColumn.TIMER)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        abandoned_keep_s: float = ABANDONED_KEEP_S,
    ) -> None:
        super().__init__(parent, clock=clock, keep_s=abandoned_keep_s)

    # -- reading --------------------------------------------------------------

    def call_at(self, row: int) -> CallView:
        return self._items[row]

    def calls(self) -> list[CallView]:
        return list(self._items)

    def call_ids(self) -> list[str]:
        return [call.call_id for call in self._items]

    def timer_s(self, call: CallView) -> float:
        """Seconds on the call's timer: ringing, talking, or since abandoned."""
        if call.state == "answered" and call.answered is not None:
            start = call.answered
        elif call.state == "abandoned":
            start = self._done_since(call)
        else:
            start = call.offered
        return max(0.0, (self._now - start).total_seconds())

    # -- writing --------------------------------------------------------------

    set_calls = TimedQueueModel.set_items

    update_call = TimedQueueModel.update_item

    def _item_id(self, item: CallView) -> str:
        return item.call_id

    def _is_done(self, item: CallView) -> bool:
        return item.state == "abandoned"

    def _is_live(self, item: CallView) -> bool:
        return item.state in _RANK

    def _key(self, item: CallView) -> _Key:
        rank = _RANK.get(item.state, 3)
        if item.state == "answered":
            moment = (item.answered or item.offered).timestamp()
        elif item.state == "abandoned":
            moment = -self._done_since(item).timestamp()
        else:
            moment = item.offered.timestamp()
        return (rank, moment, item.call_id)

    # -- Qt model interface -------------------------------------------------

    def _header_labels(self) -> dict[int, str]:
        return {
            CallColumn.STATE: self.tr("State"),
            CallColumn.NUMBER: self.tr("Number"),
            CallColumn.CLASS: self.tr("Class"),
            CallColumn.SOURCE: self.tr("Source"),
            CallColumn.TIMER: self.tr("Time"),
            CallColumn.LOCATION: self.tr("Location"),
            CallColumn.INCIDENT: self.tr("Incident"),
        }

    def _role_data(self, call: CallView, column: CallColumn, role: int) -> Any:
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
            ids = shown_ltr(", ".join(call.duplicate_of))
            return self.tr("Possible duplicate of {ids}").format(ids=ids)
        return None


# -- dock -----------------------------------------------------------------------


def column_specs() -> dict[int, ColumnSpec]:
    """How the call table's columns are sized (``widgets.keyed_table.fit_columns``)."""
    states = tuple(state_label(s) for s in ("ringing", "answered", "abandoned", "released"))
    sources = tuple(caller_source_label(s) for s in ("ali", "aml", "pidf", "typed", "map"))
    return {
        CallColumn.STATE: ColumnSpec(sample=states),
        CallColumn.NUMBER: ColumnSpec(sample="+358 40 123 4567", fit_content=True),
        CallColumn.CLASS: ColumnSpec(sample="WPH2", drop=2),
        CallColumn.SOURCE: ColumnSpec(sample=sources, drop=3),
        CallColumn.TIMER: ColumnSpec(sample="0:00:00"),
        CallColumn.LOCATION: ColumnSpec(
            sample="Mannerheimintie 123 B, Helsinki", stretch=1, elide=True, min_chars=14
        ),
        CallColumn.INCIDENT: ColumnSpec(sample="≈ 2026-000001", drop=1, elide=True),
    }


class CallQueueDock(QueueDock):
    """Dock with the call table and its one-second tick."""

    ACTIVATION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    DOUBLE_CLICK_ACTIVATES = True

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
        self._model: CallQueueModel = CallQueueModel(
            self, clock=clock, abandoned_keep_s=abandoned_keep_s
        )
        self._install_table(self._model, column_specs())

    # -- accessors ------------------------------------------------------------

    def model(self) -> CallQueueModel:
        return self._model

    def oldest_ringing(self) -> str | None:
        """The call to answer next, if any call is ringing."""
        calls = self._model.calls()
        return calls[0].call_id if calls and calls[0].state == "ringing" else None

    # -- data in --------------------------------------------------------------

    set_calls = QueueDock.set_items
    update_call = QueueDock.update_item

    # -- selection ------------------------------------------------------------

    selected_call = QueueDock.selected_id
    select_call = QueueDock.select_id

    def _selection_changed_to(self, item_id: str | None) -> None:
        self.sigCallSelected.emit(item_id or "")

    def _row_activated(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            call = self._model.call_at(row)
            if call.state == "ringing":
                self.sigAnswerRequested.emit(call.call_id)
