"""Alert queue dock: sensor, zone and CAP alerts, newest unhandled on top.

Contract:

* ``AlertQueueModel`` keeps alerts in queue order: new alerts first, then
  acknowledged ones, then alerts handled (promoted, linked, dismissed,
  cancelled) within the last ``handled_keep_s`` seconds (default 180, counted
  from when this model first saw them handled; most recent first, dimmed).
  Within new and acknowledged, real alerts come before exercise ones, then
  by severity (extreme first), then by age (oldest first: the one waiting
  longest is handled first).
* Columns (``AlertColumn``): state, severity, origin, title, zone/sensor,
  age (since raised, ticking), incident. New alerts are bold and their state
  cell flashes until acknowledged. Exercise alerts read "EXERCISE" in the
  severity column and are coloured ``EXERCISE_DAY``/``EXERCISE_NIGHT``
  (grey-blue), never in the real-alert red, flashing included.
* ``set_alerts`` replaces every row; ``update_alert`` changes, moves,
  inserts or removes one; ``tick()`` takes a new snapshot of the injectable
  clock, toggles the flash phase, expires handled rows and repaints ages.
* ``AlertQueueDock`` shows the model in a dense table with a 1 Hz tick.
  ``sigAlertSelected(alert_id)`` when the user selects a row (``""`` when the
  user clears it); ``select_alert(alert_id | None)`` selects without emitting;
  Enter, Return or Space on a new alert emits ``sigAcknowledgeRequested``.
* Shared with the alert panel, the map and the cue: ``severity_color``,
  ``exercise_color``, ``severity_label``, ``alert_state_label``,
  ``origin_label``, ``HANDLED_STATES``.
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
from widgets.views import AlertView

ALERT_ROLE = ITEM_ROLE
HANDLED_KEEP_S = 180.0
HANDLED_STATES = frozenset({"promoted", "linked", "dismissed", "cancelled"})

EXERCISE_DAY = "#4f6f94"
EXERCISE_NIGHT = "#8fb3dc"
_SEVERITY_COLOURS = {  # day, night
    "extreme": ("#b00020", "#ff5c6c"),
    "severe": ("#d50000", "#ff5252"),
    "moderate": ("#e65100", "#ffa040"),
    "minor": ("#b28704", "#ffd54f"),
}
_UNKNOWN_SEVERITY = ("#6d6d6d", "#b0b0b0")
_SEVERITY_RANK = {"extreme": 0, "severe": 1, "moderate": 2, "minor": 3}
_STATE_RANK = {"new": 0, "acknowledged": 1}
_DIMMED = QColor("#8a8a8a")

_Key = tuple[int, int, int, float, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertQueue", text)


class AlertColumn(IntEnum):
    STATE = 0
    SEVERITY = 1
    ORIGIN = 2
    TITLE = 3
    WHERE = 4
    AGE = 5
    INCIDENT = 6


# -- shared look and wording ------------------------------------------------------


def severity_color(severity: str, dark: bool = False) -> QColor:
    day, night = _SEVERITY_COLOURS.get(severity, _UNKNOWN_SEVERITY)
    return QColor(night if dark else day)


def exercise_color(dark: bool = False) -> QColor:
    return QColor(EXERCISE_NIGHT if dark else EXERCISE_DAY)


def alert_color(alert: AlertView, dark: bool = False) -> QColor:
    """The one colour an alert is drawn in: exercise grey-blue, else by severity."""
    return exercise_color(dark) if alert.exercise else severity_color(alert.severity, dark)


def severity_label(severity: str) -> str:
    labels = {
        "extreme": _tr("Extreme"),
        "severe": _tr("Severe"),
        "moderate": _tr("Moderate"),
        "minor": _tr("Minor"),
        "unknown": _tr("Unknown"),
    }
    return labels.get(severity, severity)


def alert_state_label(state: str) -> str:
    labels = {
        "new": _tr("New"),
        "acknowledged": _tr("Acknowledged"),
        "promoted": _tr("Promoted"),
        "linked": _tr("Linked"),
        "dismissed": _tr("Dismissed"),
        "cancelled": _tr("Cancelled"),
    }
    return labels.get(state, state)


def origin_label(origin: str) -> str:
    labels = {
        "zone-entry": _tr("Zone entry"),
        "zone-alarm": _tr("Zone alarm"),
        "cap": _tr("CAP"),
        "radio": _tr("Radio"),
    }
    return labels.get(origin, origin)


def where_text(alert: AlertView) -> str:
    parts = [p for p in (alert.zone, alert.sensor) if p]
    # A zone's name may be in any script, a sensor id reads left to right.
    return " · ".join(shown_isolated(p) for p in parts)


# -- model ----------------------------------------------------------------------------


class AlertQueueModel(TimedQueueModel):
    """New, acknowledged and recently handled alerts in queue order."""

    COLUMNS = AlertColumn
    LTR_COLUMNS = frozenset({AlertColumn.INCIDENT})
    ISOLATED_COLUMNS = frozenset({AlertColumn.TITLE})
    TICK_COLUMNS = (0, len(AlertColumn) - 1)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        handled_keep_s: float = HANDLED_KEEP_S,
        dark: bool = False,
    ) -> None:
        super().__init__(parent, clock=clock, keep_s=handled_keep_s)
        self.dark = dark

    # -- reading ------------------------------------------------------------------

    def alert_at(self, row: int) -> AlertView:
        return self._items[row]

    def alerts(self) -> list[AlertView]:
        return list(self._items)

    def alert_ids(self) -> list[str]:
        return [a.alert_id for a in self._items]

    def new_count(self, *, exercise: bool | None = None) -> int:
        """New alerts (only real ones with ``exercise=False``, only drills with True)."""
        return sum(
            1
            for a in self._items
            if a.state == "new" and (exercise is None or a.exercise == exercise)
        )

    def age_s(self, alert: AlertView) -> float:
        return max(0.0, (self._now - alert.raised).total_seconds())

    # -- writing ------------------------------------------------------------------

    set_alerts = TimedQueueModel.set_items

    update_alert = TimedQueueModel.update_item

    def _item_id(self, item: AlertView) -> str:
        return item.alert_id

    def _is_done(self, item: AlertView) -> bool:
        return item.state in HANDLED_STATES

    def _is_live(self, item: AlertView) -> bool:
        return item.state in _STATE_RANK

    def _key(self, item: AlertView) -> _Key:
        if item.state in HANDLED_STATES:
            return (2, 0, 0, -self._done_since(item).timestamp(), item.alert_id)
        return (
            _STATE_RANK.get(item.state, 3),
            int(item.exercise),
            _SEVERITY_RANK.get(item.severity, 4),
            item.raised.timestamp(),
            item.alert_id,
        )

    # -- Qt model interface ---------------------------------------------------------

    def _header_labels(self) -> dict[int, str]:
        return {
            AlertColumn.STATE: self.tr("State"),
            AlertColumn.SEVERITY: self.tr("Severity"),
            AlertColumn.ORIGIN: self.tr("Origin"),
            AlertColumn.TITLE: self.tr("Alert"),
            AlertColumn.WHERE: self.tr("Zone / sensor"),
            AlertColumn.AGE: self.tr("Age"),
            AlertColumn.INCIDENT: self.tr("Incident"),
        }

    def _role_data(self, alert: AlertView, column: AlertColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and (alert.state == "new" or alert.exercise):
            font = QFont()
            font.setBold(alert.state == "new")
            font.setItalic(alert.exercise)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(alert, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(alert, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AlertColumn.AGE:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(alert, column)
        return None

    def _flashing(self, alert: AlertView, column: AlertColumn) -> bool:
        return column == AlertColumn.STATE and alert.state == "new" and self._flash_on

    def _background(self, alert: AlertView, column: AlertColumn) -> QColor | None:
        if alert.state in HANDLED_STATES:
            return None
        if self._flashing(alert, column) or column == AlertColumn.SEVERITY:
            return alert_color(alert, self.dark)
        return None

    def _foreground(self, alert: AlertView, column: AlertColumn) -> QColor | None:
        if alert.state in HANDLED_STATES:
            return QColor(_DIMMED)
        if self._flashing(alert, column) or column == AlertColumn.SEVERITY:
            return QColor("white" if not self.dark else "black")
        if alert.exercise:
            return exercise_color(self.dark)
        return None

    def _display(self, alert: AlertView, column: AlertColumn) -> str:
        match column:
            case AlertColumn.STATE:
                return alert_state_label(alert.state)
            case AlertColumn.SEVERITY:
                if alert.exercise:
                    return self.tr("EXERCISE · {severity}").format(
                        severity=severity_label(alert.severity)
                    )
                return severity_label(alert.severity)
            case AlertColumn.ORIGIN:
                return origin_label(alert.origin)
            case AlertColumn.TITLE:
                return alert.title
            case AlertColumn.WHERE:
                return where_text(alert)
            case AlertColumn.AGE:
                return format_elapsed(self.age_s(alert))
            case AlertColumn.INCIDENT:
                return alert.incident_id or ""
        return ""

    def _tooltip(self, alert: AlertView, column: AlertColumn) -> str | None:
        if column == AlertColumn.AGE:
            local = alert.raised.astimezone().strftime("%H:%M:%S")
            return self.tr("Raised {time}").format(time=shown_ltr(local))
        if column == AlertColumn.SEVERITY and alert.exercise:
            return self.tr("Exercise alert: not real")
        if column == AlertColumn.TITLE:
            return alert.title
        return None


# -- dock ----------------------------------------------------------------------------


def column_specs() -> dict[int, ColumnSpec]:
    """How the alert table's columns are sized (``widgets.keyed_table.fit_columns``)."""
    states = ("new", "acknowledged", "promoted", "linked", "dismissed", "cancelled")
    severities = ("extreme", "severe", "moderate", "minor", "unknown")
    return {
        AlertColumn.STATE: ColumnSpec(sample=tuple(alert_state_label(s) for s in states)),
        AlertColumn.SEVERITY: ColumnSpec(
            sample=tuple(
                _tr("EXERCISE · {severity}").format(severity=severity_label(s)) for s in severities
            ),
            elide=True,
            min_chars=10,
        ),
        AlertColumn.ORIGIN: ColumnSpec(
            sample=tuple(origin_label(o) for o in ("zone-entry", "zone-alarm", "cap")), drop=2
        ),
        AlertColumn.TITLE: ColumnSpec(sample="x" * 30, stretch=2, elide=True),
        AlertColumn.WHERE: ColumnSpec(sample="x" * 16, stretch=1, elide=True, drop=3),
        AlertColumn.AGE: ColumnSpec(sample="0:00:00"),
        AlertColumn.INCIDENT: ColumnSpec(sample="2026-000001", drop=1),
    }


class AlertQueueDock(QueueDock):
    """Dock with the alert table and its one-second tick."""

    ACTIVATION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)

    sigAlertSelected = Signal(str)  # "" when the user clears the selection
    sigAcknowledgeRequested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        handled_keep_s: float = HANDLED_KEEP_S,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AlertQueueDock")
        self.setWindowTitle(self.tr("Alerts"))
        self._model: AlertQueueModel = AlertQueueModel(
            self, clock=clock, handled_keep_s=handled_keep_s
        )
        self._install_table(self._model, column_specs())

    def model(self) -> AlertQueueModel:
        return self._model

    def set_dark(self, dark: bool) -> None:
        self._model.dark = dark
        self._view.viewport().update()

    # -- data in --------------------------------------------------------------------

    set_alerts = QueueDock.set_items
    update_alert = QueueDock.update_item

    # -- selection ------------------------------------------------------------------

    selected_alert = QueueDock.selected_id
    select_alert = QueueDock.select_id

    def _selection_changed_to(self, item_id: str | None) -> None:
        self.sigAlertSelected.emit(item_id or "")

    def _row_activated(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            alert = self._model.alert_at(row)
            if alert.state == "new":
                self.sigAcknowledgeRequested.emit(alert.alert_id)
