"""Incident panel dock: everything about the selected incident, and its actions.

Contract:

* ``show_incident(incident | None, notes, units, assigned=None)`` shows one
  incident (or an empty, disabled panel): header (id, type, priority,
  location, lat/lon with a copy button, created time in local time and its
  age), the committed units with status, time in status, time since they
  were dispatched and the ETA left (``assigned``: call sign -> (dispatch
  time, eta_s or None)), and the narrative (notes in local time with
  operator, newest last). The location shows what the dispatcher typed and,
  when the incident is a ``PlacedIncidentView``, the place it was verified to
  (kind, distance), or "UNVERIFIED" (with "forced point" for an override)
  and the position's nearest street; the places build in the tooltip.
  Calling it again for the same incident refreshes in place and keeps what
  the dispatcher is typing; the note draft of each incident is kept while
  another is shown. ``reach`` (optional: call sign -> (text, alarm)) fills
  the "Reached" column: where each unit stands in its notification chain
  (path and furthest step, e.g. "radio 2011: read"); a row whose alarm
  stands (no acknowledgement in time) is shown bold on the alarm colour.
  A ``reach`` key that is not one of the units shown is a partner control
  room the incident was handed over to (CAD-to-CAD): it gets a row of its
  own below the units, "Partner b — accepted" (``partner_rows()``), on the
  alarm colour while its alarm stands.
* Enter in the note field emits ``sigAddNote(incident_id, text)`` and clears
  it. "Recommend" emits ``sigRecommend(incident_id)``. "Close…" opens
  ``widgets.dialogs.CloseIncidentDialog`` (non-blocking); its answer emits
  ``sigClose(incident_id, disposition)``.
* Ages tick once a second against the injectable clock; times show in the
  zone given to ``set_timezone`` (default: this PC's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_isolated, shown_ltr
from widgets.call_queue import format_coordinates
from widgets.catalogue_labels import incident_type_label
from widgets.clock import utc_now
from widgets.column_fit import ColumnSpec, fit_columns
from widgets.command_help import command_tip
from widgets.dialogs import open_close_incident_dialog
from widgets.incident_queue import PRIORITY_COLOURS, format_elapsed
from widgets.panel_dock import PanelDock, plain_label
from widgets.place_views import describe_place_name, incident_place
from widgets.status_style import STATUS_ORDER, status_label
from widgets.views import IncidentView, NoteView, UnitView

__all__ = ["ALARM_COLOUR", "IncidentPanelDock"]

#: A unit's row while its notification alarm stands (red, readable with white text).
ALARM_COLOUR = "#b00020"


class IncidentPanelDock(PanelDock):
    """Header, committed units, narrative, note entry and actions of one incident."""

    sigAddNote = Signal(str, str)  # incident_id, text
    sigRecommend = Signal(str)  # incident_id
    sigClose = Signal(str, str)  # incident_id, disposition

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        timezone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent, clock=clock, timezone=timezone)
        self.setObjectName("IncidentPanelDock")
        self.setWindowTitle(self.tr("Incident"))
        self._incident: IncidentView | None = None
        self._units: list[UnitView] = []
        self._assigned: dict[str, tuple[datetime, float | None]] = {}
        self._reach: dict[str, tuple[str, bool]] = {}
        self._drafts: dict[str, str] = {}

        content = QWidget(self)
        self._title = plain_label(content)
        bold = QFont(self._title.font())
        bold.setBold(True)
        self._title.setFont(bold)
        self._priority = plain_label(content)
        self._priority.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._priority.setAutoFillBackground(True)
        self._priority.setMinimumWidth(self._priority.fontMetrics().horizontalAdvance("P5") + 10)
        self._location = plain_label(content)
        self._location.setWordWrap(True)
        self._place = plain_label(content)
        self._place.setObjectName("IncidentPlace")
        self._place.setWordWrap(True)
        self._coordinates = plain_label(content)
        self._copy_button = QToolButton(content)
        self._copy_button.setText(self.tr("Copy"))
        self._copy_button.setToolTip(self.tr("Copy latitude, longitude"))
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        self._created = plain_label(content)

        self._units_table = QTableWidget(0, 6, content)
        self._units_table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Status"),
                self.tr("In status"),
                self.tr("Dispatched"),
                self.tr("ETA"),
                self.tr("Reached"),
            ]
        )
        self._units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._units_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._units_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._units_table.verticalHeader().setVisible(False)
        rows = self._units_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._units_table.fontMetrics().height() + 6)
        statuses = tuple(status_label(s.value) for s in STATUS_ORDER)
        fit_columns(
            self._units_table,
            {
                0: ColumnSpec(sample="HEP000", fit_content=True),
                1: ColumnSpec(sample=statuses, icon=True),
                2: ColumnSpec(sample="0:00:00", stretch=1),
                3: ColumnSpec(sample="00:00:00", drop=1),
                4: ColumnSpec(sample="00:00", stretch=1),
            },
        )
        self._units_table.setMaximumHeight(6 * (self._units_table.fontMetrics().height() + 6))

        self._narrative = QPlainTextEdit(content)
        self._narrative.setReadOnly(True)
        self._narrative.setPlaceholderText(self.tr("No notes yet"))
        self._note_edit = QLineEdit(content)
        self._note_edit.setPlaceholderText(self.tr("Add a note, Enter to save"))
        self._note_edit.returnPressed.connect(self._on_note_edit_return_pressed)
        self._recommend_button = QPushButton(self.tr("Recommend"), content)
        self._recommend_button.clicked.connect(self._on_recommend_button_clicked)
        self._close_button = QPushButton(self.tr("Close…"), content)
        self._close_button.clicked.connect(self._on_close_button_clicked)
        self._recommend_button.setToolTip(command_tip("R <incident>"))
        self._close_button.setToolTip(command_tip("CLOSE <incident> <disposition>"))
        self._note_edit.setToolTip(command_tip("NOTE <incident> <text>"))

        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._priority, 0, 0)
        header.addWidget(self._title, 0, 1, 1, 2)
        header.addWidget(self._location, 1, 0, 1, 3)
        header.addWidget(self._place, 2, 0, 1, 3)
        header.addWidget(self._coordinates, 3, 0, 1, 2)
        header.addWidget(self._copy_button, 3, 2)
        header.addWidget(self._created, 4, 0, 1, 3)
        header.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._recommend_button)
        buttons.addStretch(1)
        buttons.addWidget(self._close_button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self._units_table)
        layout.addWidget(self._narrative, 1)
        layout.addWidget(self._note_edit)
        layout.addLayout(buttons)
        self.setWidget(content)

        self._start_ticking()
        self.show_incident(None, [], [])

    # -- accessors for the window and tests -----------------------------------

    def incident(self) -> IncidentView | None:
        return self._incident

    def title_text(self) -> str:
        return self._title.text()

    def header_texts(self) -> dict[str, str]:
        return {
            "title": self._title.text(),
            "priority": self._priority.text(),
            "location": self._location.text(),
            "place": self._place.text(),
            "coordinates": self._coordinates.text(),
            "created": self._created.text(),
        }

    def units_table(self) -> QTableWidget:
        return self._units_table

    def narrative_text(self) -> str:
        return self._narrative.toPlainText()

    def note_edit(self) -> QLineEdit:
        return self._note_edit

    def recommend_button(self) -> QPushButton:
        return self._recommend_button

    def close_button(self) -> QPushButton:
        return self._close_button

    def copy_button(self) -> QToolButton:
        return self._copy_button

    # -- data in --------------------------------------------------------------

    def show_incident(
        self,
        incident: IncidentView | None,
        notes: Sequence[NoteView],
        units: Sequence[UnitView],
        assigned: Mapping[str, tuple[datetime, float | None]] | None = None,
        reach: Mapping[str, tuple[str, bool]] | None = None,
    ) -> None:
        previous = self._incident.incident_id if self._incident else None
        current = incident.incident_id if incident else None
        if previous != current:
            if previous is not None:
                self._drafts[previous] = self._note_edit.text()
            self._note_edit.setText(self._drafts.pop(current, "") if current else "")
        self._incident = incident
        self._units = list(units)
        self._assigned = dict(assigned or {})
        self._reach = dict(reach or {})
        enabled = incident is not None
        for widget in (
            self._note_edit,
            self._recommend_button,
            self._close_button,
            self._copy_button,
        ):
            widget.setEnabled(enabled)
        self._show_header(incident)
        self._show_notes(notes, scroll=previous != current)
        self._refresh_times()

    # -- rendering ------------------------------------------------------------

    def _local(self, when: datetime) -> str:
        """``when`` as shown: "17:52:48" in the panel's zone, isolated left to right."""
        return shown_ltr(when.astimezone(self._zone).strftime("%H:%M:%S"))

    def _show_header(self, incident: IncidentView | None) -> None:
        palette = self._priority.palette()
        if incident is None:
            self._title.setText(self.tr("No incident selected"))
            self._priority.setText("")
            self._location.setText("")
            self._place.setText("")
            self._place.setToolTip("")
            self._coordinates.setText("")
            self._priority.setPalette(self.palette())
            return
        self._title.setText(
            self.tr("{id} · {type}").format(
                id=shown_ltr(incident.incident_id),
                type=shown_isolated(incident_type_label(incident.type_name)),
            )
        )
        self._priority.setText(self.tr("P{n}").format(n=incident.priority))
        self._priority.setToolTip(
            self.tr("Priority {n} (1 is the highest)").format(n=incident.priority)
        )
        colour = PRIORITY_COLOURS.get(incident.priority)
        if colour is not None:
            palette.setColor(QPalette.ColorRole.Window, colour)
            palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self._priority.setPalette(palette)
        self._location.setText(shown_isolated(incident.location or "") or self.tr("(no address)"))
        self._show_place(incident)
        self._coordinates.setText(format_coordinates(incident.lat, incident.lon))

    def _show_place(self, incident: IncidentView) -> None:
        info = incident_place(incident)
        if info is None or (info.verified is None and info.place is None and info.reverse is None):
            self._place.setText("")
            self._place.setToolTip("")
            return
        near = describe_place_name(info.reverse)
        if info.verified and info.place is not None:
            kind = info.place.kind
            distance = info.place.distance_m or 0.0
            text = self.tr("✓ Verified: {label} ({kind}, {distance} m)").format(
                label=shown_isolated(info.place.label), kind=kind, distance=f"{distance:.0f}"
            )
            if info.place.locality:
                text += f" · {info.place.locality}"
        else:
            why = self.tr("forced point") if info.override else self.tr("automatic position")
            text = self.tr("⚠ UNVERIFIED ({why})").format(why=why)
        same = info.place is not None and info.reverse is not None
        if near and not (same and info.place.label == info.reverse.label):
            text += "\n" + self.tr("Nearest: {near}").format(near=shown_isolated(near))
        self._place.setText(text)
        builds = {n.build_id for n in (info.place, info.reverse) if n is not None and n.build_id}
        typed = info.typed or self.tr("(nothing typed)")
        tip = self.tr("Typed: {typed}").format(typed=shown_isolated(typed))
        if builds:
            tip += "\n" + self.tr("Places index: {build}").format(build=", ".join(sorted(builds)))
        self._place.setToolTip(tip)

    def _show_notes(self, notes: Sequence[NoteView], *, scroll: bool) -> None:
        bar = self._narrative.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        lines = [
            self.tr("{time}  {operator}: {text}").format(
                time=self._local(note.time),
                operator=shown_isolated(note.operator),
                text=shown_isolated(note.text),
            )
            for note in sorted(notes, key=lambda note: note.time)
        ]
        text = "\n".join(lines)
        if text != self._narrative.toPlainText():
            self._narrative.setPlainText(text)
            # Follow new notes unless the dispatcher scrolled up to read.
            if scroll or at_bottom:
                bar.setValue(bar.maximum())

    def _refresh_times(self) -> None:
        now = self._clock()
        incident = self._incident
        if incident is None:
            self._created.setText("")
        else:
            self._created.setText(
                self.tr("Created {time} · open {age}").format(
                    time=self._local(incident.created),
                    age=format_elapsed((now - incident.created).total_seconds()),
                )
            )
        partners = self._partner_lines()
        self._units_table.clearSpans()
        self._units_table.setRowCount(len(self._units) + len(partners))
        for row, unit in enumerate(self._units):
            since = (
                format_elapsed((now - unit.status_since).total_seconds())
                if unit.status_since is not None
                else ""
            )
            dispatched, eta = "", ""
            if unit.call_sign in self._assigned:
                when, eta_s = self._assigned[unit.call_sign]
                elapsed = (now - when).total_seconds()
                dispatched = format_elapsed(elapsed)
                if eta_s is not None and unit.status in ("dispatched", "en route"):
                    left = eta_s - elapsed
                    eta = format_elapsed(left) if left > 0 else self.tr("due")
            reached, alarm = self._reach.get(unit.call_sign, ("", False))
            status = status_label(unit.status)
            cells = (shown_ltr(unit.call_sign), status, since, dispatched, eta, reached)
            for column, value in enumerate(cells):
                item = self._units_table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self._units_table.setItem(row, column, item)
                item.setText(value)
                item.setToolTip(reached if column == 5 else unit.overdue or "")
                font = item.font()
                font.setBold(unit.overdue is not None or alarm)
                item.setFont(font)
                if alarm:
                    item.setBackground(QColor(ALARM_COLOUR))
                    item.setForeground(QColor("white"))
                else:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
        columns = self._units_table.columnCount()
        for offset, (line, full, alarm) in enumerate(partners):
            row = len(self._units) + offset
            for column in range(columns):
                item = self._units_table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self._units_table.setItem(row, column, item)
                item.setText(line if column == 0 else "")
                item.setToolTip(full)
                font = item.font()
                font.setBold(alarm)
                item.setFont(font)
                if alarm:
                    item.setBackground(QColor(ALARM_COLOUR))
                    item.setForeground(QColor("white"))
                else:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
            if columns > 1:
                self._units_table.setSpan(row, 0, 1, columns)

    def _partner_lines(self) -> list[tuple[str, str, bool]]:
        """(row text, full notice, alarm) of each partner the incident was handed over to."""
        units = {unit.call_sign for unit in self._units}
        lines = []
        for name, (text, alarm) in sorted(self._reach.items()):
            if name in units:
                continue
            step = text.partition(": ")[2] or text
            line = self.tr("Partner {name} — {step}").format(name=shown_ltr(name), step=step)
            lines.append((line, text, alarm))
        return lines

    def partner_rows(self) -> list[tuple[str, bool]]:
        """The partner rows shown: (text, alarm standing)."""
        return [(line, alarm) for line, _full, alarm in self._partner_lines()]

    # -- handlers -------------------------------------------------------------

    def _on_note_edit_return_pressed(self) -> None:
        text = self._note_edit.text().strip()
        if self._incident is None or not text:
            return
        self._note_edit.clear()
        self.sigAddNote.emit(self._incident.incident_id, text)

    def _on_recommend_button_clicked(self) -> None:
        if self._incident is not None:
            self.sigRecommend.emit(self._incident.incident_id)

    def _on_close_button_clicked(self) -> None:
        if self._incident is None:
            return
        dialog = open_close_incident_dialog(self, self._incident.incident_id)
        # The module hands back a dialog already open for this incident: connect once.
        if not dialog.property("incidentPanelConnected"):
            dialog.setProperty("incidentPanelConnected", True)
            dialog.sigDisposition.connect(self._on_close_dialog_disposition)

    def _on_close_dialog_disposition(self, incident_id: str, disposition: str) -> None:
        self.sigClose.emit(incident_id, disposition)

    def _on_copy_button_clicked(self) -> None:
        if self._incident is None:
            return
        self._copy_coordinates(self._incident.lat, self._incident.lon)

    def _tick(self) -> None:
        self._refresh_times()
