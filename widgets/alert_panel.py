"""Alert panel dock: what the selected alert says, and the dispatcher's actions on it.

Contract:

* ``show_alert(alert | None, *, cap=None)`` shows one ``AlertView`` (or an
  empty, disabled panel): an "EXERCISE — not a real alert" banner for
  exercise alerts (grey-blue, never red), origin, severity, state, title,
  raised time (local, zone from ``set_timezone``) with its age (ticking once
  a second against the injectable clock), sensor, zone, track, incident, a
  summary of the area (polygons, circles, radius), the CAP identifier,
  sender and event when ``cap`` (a mapping with ``identifier``, ``sender``,
  ``event``: ``AlertView`` carries none of these) is given, and the related
  incidents and calls (``AlertView.related``, with details from
  ``set_related_details({id: text})``). Calling it again for the same alert
  refreshes in place.
* Actions, enabled only while the alert is new or acknowledged:
  "Acknowledge" (new only) -> ``sigAcknowledge(alert_id)``; "Promote to
  incident…" opens ``widgets.dialogs.IncidentTypeDialog`` over the types of
  ``set_incident_types([(code, name, discipline)])``, prefilled with
  ``suggested_type``, -> ``sigPromote(alert_id, type_code)``; "Link to
  incident…" opens ``LinkIncidentDialog`` over ``related`` (or a typed id)
  -> ``sigLink(alert_id, incident_id)``; "Dismiss…" opens
  ``DismissAlertDialog`` (a reason is required) -> ``sigDismiss(alert_id,
  reason)``. Nothing here blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.alert_queue import (
    alert_state_label,
    exercise_color,
    origin_label,
    severity_color,
    severity_label,
)
from widgets.bidi import shown_isolated, shown_ltr
from widgets.call_queue import format_coordinates
from widgets.clock import format_age, utc_now
from widgets.command_help import command_tip
from widgets.dialogs import (
    open_dismiss_alert_dialog,
    open_incident_type_dialog,
    open_link_incident_dialog,
)
from widgets.panel_dock import PanelDock
from widgets.views import AlertView

__all__ = ["ACTIVE_STATES", "AlertPanelDock", "area_summary"]

ACTIVE_STATES = frozenset({"new", "acknowledged"})
_FIELDS = (
    "origin",
    "severity",
    "state",
    "raised",
    "sensor",
    "zone",
    "track",
    "incident",
    "area",
    "cap_identifier",
    "cap_sender",
    "cap_event",
    "related",
)


# Values that read left to right (ids, sensor names); the rest may be in any script.
_LTR_FIELDS = frozenset({"sensor", "track", "incident", "cap_identifier", "cap_sender"})
# Already composed by this module from isolated parts, or a translated label.
_PLAIN_FIELDS = frozenset({"origin", "severity", "state", "raised", "area", "related"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertPanel", text)


class _AreaWords(QObject):
    """Plural words of the area summary (lupdate sees plurals only in ``self.tr``)."""

    def polygons(self, count: int) -> str:
        return self.tr("%n polygon(s)", "", count)


def area_summary(alert: AlertView) -> str:
    """ "2 polygons, 1 circle (r 500 m)"; the point when there is no area."""
    parts = []
    if alert.polygons:
        parts.append(_AreaWords().polygons(len(alert.polygons)))
    for _lat, _lon, radius in alert.circles:
        radius_text = (
            _tr("{n} km").format(n=f"{radius / 1000:.1f}")
            if radius >= 1000
            else _tr("{n} m").format(n=round(radius))
        )
        parts.append(_tr("circle r {r}").format(r=radius_text))
    if not parts and alert.lat is not None and alert.lon is not None:
        return format_coordinates(alert.lat, alert.lon, digits=5)  # isolated
    return ", ".join(parts) if parts else _tr("No area")


class AlertPanelDock(PanelDock):
    """Details and actions for the alert selected in the queue or on the map."""

    sigAcknowledge = Signal(str)
    sigPromote = Signal(str, str)  # alert_id, type_code
    sigLink = Signal(str, str)  # alert_id, incident_id
    sigDismiss = Signal(str, str)  # alert_id, reason

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        super().__init__(parent, clock=clock)
        self.setObjectName("AlertPanelDock")
        self.setWindowTitle(self.tr("Alert"))
        self._alert: AlertView | None = None
        self._cap: Mapping[str, object] = {}
        self._types: list[tuple[str, str, str]] = []
        self._related_details: dict[str, str] = {}

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        self._banner = QLabel(self.tr("EXERCISE — not a real alert"), content)
        self._banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colour = exercise_color().name()
        self._banner.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: bold; padding: 4px; }}"
        )
        self._banner.setVisible(False)
        self._title = QLabel(content)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        captions = {
            "origin": self.tr("Origin"),
            "severity": self.tr("Severity"),
            "state": self.tr("State"),
            "raised": self.tr("Raised"),
            "sensor": self.tr("Sensor"),
            "zone": self.tr("Zone"),
            "track": self.tr("Track"),
            "incident": self.tr("Incident"),
            "area": self.tr("Area"),
            "cap_identifier": self.tr("CAP identifier"),
            "cap_sender": self.tr("CAP sender"),
            "cap_event": self.tr("CAP event"),
            "related": self.tr("Nearby"),
        }
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        for row, name in enumerate(_FIELDS):
            caption = QLabel(captions[name], content)
            value = QLabel(content)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self._values[name] = value
            self._captions[name] = caption
        grid.setColumnStretch(1, 1)

        self._acknowledge = QPushButton(self.tr("Acknowledge"), content)
        self._promote = QPushButton(self.tr("Promote to incident…"), content)
        self._link = QPushButton(self.tr("Link to incident…"), content)
        self._dismiss = QPushButton(self.tr("Dismiss…"), content)
        for button, usage in (
            (self._acknowledge, "ACK [<alert>]"),
            (self._promote, "PROM [<alert>] [<type>]"),
            (self._link, "LINK [<alert>] <incident|call>"),
            (self._dismiss, "DISMISS [<alert>] <reason>"),
        ):
            button.setToolTip(command_tip(usage))
        self._acknowledge.clicked.connect(self._on_acknowledge_clicked)
        self._promote.clicked.connect(self._on_promote_clicked)
        self._link.clicked.connect(self._on_link_clicked)
        self._dismiss.clicked.connect(self._on_dismiss_clicked)
        buttons = QHBoxLayout()
        for button in (self._acknowledge, self._promote, self._link, self._dismiss):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout.addWidget(self._banner)
        layout.addWidget(self._title)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(content)

        self._start_ticking()
        self._refresh()

    # -- configuration --------------------------------------------------------------

    def set_incident_types(self, types: Sequence[tuple[str, str, str]]) -> None:
        self._types = list(types)
        self._update_actions()

    def set_timezone(self, zone: tzinfo | None) -> None:
        self._zone = zone
        self._refresh()

    def set_related_details(self, details: Mapping[str, str]) -> None:
        self._related_details = dict(details)
        self._refresh()

    # -- data in ---------------------------------------------------------------------

    def show_alert(
        self, alert: AlertView | None, *, cap: Mapping[str, object] | None = None
    ) -> None:
        if alert is None or self._alert is None or alert.alert_id != self._alert.alert_id:
            self._cap = {}
        if cap is not None:
            self._cap = dict(cap)
        self._alert = alert
        self._refresh()

    def alert(self) -> AlertView | None:
        return self._alert

    # -- reading (tests) -------------------------------------------------------------

    def field_text(self, name: str) -> str:
        return self._values[name].text()

    def field_visible(self, name: str) -> bool:
        return not self._values[name].isHidden()

    def title_text(self) -> str:
        return self._title.text()

    def banner_visible(self) -> bool:
        return not self._banner.isHidden()

    def banner(self) -> QLabel:
        return self._banner

    def buttons(self) -> dict[str, QPushButton]:
        return {
            "acknowledge": self._acknowledge,
            "promote": self._promote,
            "link": self._link,
            "dismiss": self._dismiss,
        }

    # -- painting ----------------------------------------------------------------------

    def _refresh(self) -> None:
        alert = self._alert
        self._banner.setVisible(alert is not None and alert.exercise)
        if alert is None:
            self._title.setText(self.tr("No alert selected"))
            for name in _FIELDS:
                self._set_field(name, "")
            self._update_actions()
            return
        self._title.setText(alert.title)
        self._set_field("origin", origin_label(alert.origin))
        severity = severity_label(alert.severity)
        if alert.exercise:
            severity = self.tr("{severity} (exercise)").format(severity=severity)
        self._set_field("severity", severity)
        colour = exercise_color() if alert.exercise else severity_color(alert.severity)
        self._values["severity"].setStyleSheet(f"QLabel {{ color: {colour.name()}; }}")
        self._set_field("state", alert_state_label(alert.state))
        self._set_field("raised", self._raised_text(alert))
        self._set_field("sensor", alert.sensor or "")
        self._set_field("zone", alert.zone or "")
        self._set_field("track", alert.track or "")
        self._set_field("incident", alert.incident_id or "")
        self._set_field("area", area_summary(alert))
        for key in ("identifier", "sender", "event"):
            value = self._cap.get(key)
            self._set_field(f"cap_{key}", "" if value is None else str(value))
        related = [
            f"{shown_ltr(r)} — {shown_isolated(self._related_details[r])}"
            if r in self._related_details
            else shown_ltr(r)
            for r in alert.related
        ]
        self._set_field("related", "\n".join(related))
        self._update_actions()

    def _raised_text(self, alert: AlertView) -> str:
        local = shown_ltr(alert.raised.astimezone(self._zone).strftime("%H:%M:%S"))
        age = (self._clock() - alert.raised).total_seconds()
        return self.tr("{time} ({age} ago)").format(time=local, age=format_age(age))

    def _set_field(self, name: str, text: str) -> None:
        # The one place values are isolated for a right-to-left console (widgets.bidi).
        shown = shown_ltr(text) if name in _LTR_FIELDS else shown_isolated(text)
        self._values[name].setText(shown if name not in _PLAIN_FIELDS else text)
        # Empty rows hide, so a zone alert does not list blank CAP lines.
        shown = bool(text)
        self._values[name].setVisible(shown)
        self._captions[name].setVisible(shown)

    def _update_actions(self) -> None:
        alert = self._alert
        active = alert is not None and alert.state in ACTIVE_STATES
        self._acknowledge.setEnabled(alert is not None and alert.state == "new")
        self._promote.setEnabled(active and bool(self._types))
        self._link.setEnabled(active)
        self._dismiss.setEnabled(active)

    # -- handlers -----------------------------------------------------------------------

    def _tick(self) -> None:
        if self._alert is not None:
            self._set_field("raised", self._raised_text(self._alert))

    def _on_acknowledge_clicked(self) -> None:
        if self._alert is not None and self._alert.state == "new":
            self.sigAcknowledge.emit(self._alert.alert_id)

    def _on_promote_clicked(self) -> None:
        alert = self._alert
        if alert is None or alert.state not in ACTIVE_STATES:
            return
        dialog = open_incident_type_dialog(
            self,
            alert.alert_id,
            self._types,
            title=self.tr("Promote alert {id} to an incident").format(id=alert.alert_id),
            preselect=alert.suggested_type,
        )
        if not dialog.property("alertPanelWired"):
            dialog.setProperty("alertPanelWired", True)
            dialog.sigTypeChosen.connect(self.sigPromote.emit)

    def _on_link_clicked(self) -> None:
        alert = self._alert
        if alert is None or alert.state not in ACTIVE_STATES:
            return
        dialog = open_link_incident_dialog(self, alert.alert_id, alert.related)
        if not dialog.property("alertPanelWired"):
            dialog.setProperty("alertPanelWired", True)
            dialog.sigIncidentChosen.connect(self.sigLink.emit)

    def _on_dismiss_clicked(self) -> None:
        alert = self._alert
        if alert is None or alert.state not in ACTIVE_STATES:
            return
        dialog = open_dismiss_alert_dialog(self, alert.alert_id)
        if not dialog.property("alertPanelWired"):
            dialog.setProperty("alertPanelWired", True)
            dialog.sigDismiss.connect(self.sigDismiss.emit)
