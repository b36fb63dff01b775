"""Call panel dock: who is calling, from where and how sure, and the call-taker's actions.

Contract:

* ``show_call(call | None)`` shows one ``CallView`` (or an empty, disabled
  panel): number, class of service with its description when known
  (``set_class_of_service_descriptions`` adds to a short built-in list),
  state and timers (ringing / talk time, against the injectable clock,
  ticking once a second), and the location in force: source, lat/lon,
  uncertainty ("± 35 m"), confidence ("90%"), time (local, zone from
  ``set_timezone``), civic address, verified or not. Calling it again for
  the same call refreshes in place.
* ``set_place_name(call_id, lat, lon, text)`` names the location in force
  ("Near: Mariankatu 12, 8 m", from reverse geocoding); it is shown only
  while that call's location in force is at (lat, lon), so a name never
  labels a newer fix.
* "Copy coordinates" puts "60.170000, 24.940000" on the clipboard and emits
  ``sigCoordinatesCopied(text)``.
* The rebid history lists every location (time, source, position, radius),
  oldest first, the one in force in bold.
* When ``CallView.pending`` is set, a highlighted box offers the newer
  automatic fix (a verified location is never overwritten silently) with
  "Use this location" -> ``sigUseOfferedLocation(call_id)``.
* When ``CallView.duplicate_of`` is non-empty and the call is not attached,
  an amber banner per incident reads "Possible duplicate of <id> (<details>)"
  with details from ``set_duplicate_details({incident_id: text})`` and an
  "Attach" button -> ``sigAttach(call_id, incident_id)``.
* Actions, each enabled only when it applies: "Answer" -> ``sigAnswer``,
  "Abandoned" -> ``sigAbandon``, "Release" -> ``sigRelease``, "Verify
  location" -> ``sigVerifyLocation``, "Pick on map" -> ``sigPickOnMap``,
  all with the call id; "Create incident…" opens
  ``widgets.dialogs.IncidentTypeDialog`` over the types given to
  ``set_incident_types([(code, name, discipline)])`` and its answer emits
  ``sigCreateIncident(call_id, type_code)``. Each action's tooltip names the
  command that does the same (``widgets.command_help.command_tip``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo

from pyproj import Geod
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_isolated, shown_ltr
from widgets.call_queue import (
    format_confidence,
    format_coordinates,
    format_location,
    format_radius,
    state_label,
)
from widgets.clock import utc_now
from widgets.column_fit import ColumnSpec, fit_columns
from widgets.command_help import command_tip
from widgets.dialogs import open_incident_type_dialog
from widgets.incident_queue import format_elapsed
from widgets.panel_dock import PanelDock, plain_label
from widgets.symbols import caller_source_label
from widgets.themes import current_theme
from widgets.views import CallView, LocationView

__all__ = ["CallPanelDock"]

_GEOD = Geod(ellps="WGS84")

_AMBER_DAY = ("#7a4a00", "#ffe8b0", "#e0a800")  # text, fill, border
_AMBER_NIGHT = ("#ffd27a", "#3d2e00", "#b38600")
_OFFER_DAY = ("#0b3d91", "#dbe9ff", "#1e6fc8")
_OFFER_NIGHT = ("#cfe3ff", "#0f2747", "#5c9dff")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallPanelDock", text)


def _cos_descriptions() -> dict[str, str]:
    # Common NENA class-of-service codes; sites add their own.
    return {
        "RESD": _tr("Residence"),
        "BUSN": _tr("Business"),
        "PBXB": _tr("PBX, business"),
        "PAY$": _tr("Pay phone"),
        "WRLS": _tr("Wireless"),
        "WPH1": _tr("Wireless phase I (tower)"),
        "WPH2": _tr("Wireless phase II (handset)"),
        "VOIP": _tr("VoIP"),
        "VRES": _tr("VoIP residence"),
        "VBUS": _tr("VoIP business"),
        "VMBL": _tr("VoIP mobile"),
    }


def _button(text: str, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.clicked.connect(slot)
    return button


def _box(parent: QWidget, name: str) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setVisible(False)
    return frame


def _style_box(frame: QFrame, colours: tuple[str, str, str], border_px: int) -> None:
    text, fill, border = colours
    frame.setStyleSheet(
        f"QFrame#{frame.objectName()} {{ background: {fill}; border: {border_px}px solid"
        f" {border}; border-radius: 3px; }} QFrame#{frame.objectName()} QLabel {{ color: {text}; }}"
    )


class CallPanelDock(PanelDock):
    """Number, location in force, rebids, offers, duplicates and call actions."""

    sigAnswer = Signal(str)
    sigAbandon = Signal(str)
    sigRelease = Signal(str)
    sigVerifyLocation = Signal(str)
    sigUseOfferedLocation = Signal(str)
    sigPickOnMap = Signal(str)
    sigCreateIncident = Signal(str, str)  # call_id, type_code
    sigAttach = Signal(str, str)  # call_id, incident_id

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        timezone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent, clock=clock, timezone=timezone)
        self.setObjectName("CallPanelDock")
        self.setWindowTitle(self.tr("Call"))
        self._call: CallView | None = None
        self._types: list[tuple[str, str, str]] = []
        self._duplicate_details: dict[str, str] = {}
        self._cos = _cos_descriptions()
        self._shown_duplicates: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
        self._attach_buttons: dict[str, QPushButton] = {}
        self._place_name: tuple[str, float, float, str] | None = None

        content = QWidget(self)
        self._labels = {name: plain_label(content) for name in _FIELDS}
        bold = QFont(self._labels["number"].font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self._labels["number"].setFont(bold)
        self._labels["address"].setWordWrap(True)
        self._labels["place"].setWordWrap(True)
        self._labels["place"].setObjectName("CallPlaceName")

        self._copy_button = _button(
            self.tr("Copy coordinates"), content, self._on_copy_button_clicked
        )
        self._verify_button = _button(
            self.tr("Verify location"), content, self._on_verify_button_clicked
        )
        self._pick_button = _button(self.tr("Pick on map"), content, self._on_pick_button_clicked)

        self._pending_box = _box(content, "pendingBox")
        self._pending_label = plain_label(self._pending_box)
        self._pending_label.setWordWrap(True)
        self._use_offered_button = _button(
            self.tr("Use this location"), self._pending_box, self._on_use_offered_button_clicked
        )
        pending = QHBoxLayout(self._pending_box)
        pending.setContentsMargins(6, 4, 6, 4)
        pending.addWidget(self._pending_label, 1)
        pending.addWidget(self._use_offered_button)

        self._duplicate_banner = _box(content, "duplicateBanner")
        self._duplicate_rows = QVBoxLayout(self._duplicate_banner)
        self._duplicate_rows.setContentsMargins(6, 4, 6, 4)

        self._history = QTableWidget(0, 4, content)
        self._history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Source"), self.tr("Position"), self.tr("Radius")]
        )
        self._history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._history.setWordWrap(False)
        rows = self._history.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._history.fontMetrics().height() + 6)
        fit_columns(
            self._history,
            {
                0: ColumnSpec(sample="00:00:00"),
                1: ColumnSpec(sample=("PIDF-LO", "Map click"), drop=1),
                2: ColumnSpec(sample="60.00000, 24.00000", stretch=2, elide=True),
                3: ColumnSpec(sample="± 1.2 km", stretch=1),
            },
        )

        self._answer_button = _button(self.tr("Answer"), content, self._on_answer_button_clicked)
        self._abandon_button = _button(
            self.tr("Abandoned"), content, self._on_abandon_button_clicked
        )
        self._create_button = _button(
            self.tr("Create incident…"), content, self._on_create_button_clicked
        )
        self._release_button = _button(self.tr("Release"), content, self._on_release_button_clicked)

        for button, usage in (
            (self._answer_button, "ANS [<call>]"),
            (self._abandon_button, "ABN [<call>] [reason]"),
            (self._create_button, "CI [<type>] [<call>]"),
            (self._release_button, "REL [<call>]"),
            (self._verify_button, "LOC [<call>]"),
            (self._use_offered_button, "LOC [<call>] @ offered"),
            (self._pick_button, "LOC [<call>] @ place | lat,lon"),
        ):
            button.setToolTip(command_tip(usage))

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._labels["number"], 0, 0, 1, 2)
        grid.addWidget(self._labels["state"], 0, 2)
        grid.addWidget(self._labels["class"], 1, 0, 1, 3)
        grid.addWidget(self._labels["source"], 2, 0, 1, 3)
        grid.addWidget(self._labels["coordinates"], 3, 0, 1, 2)
        grid.addWidget(self._copy_button, 3, 2)
        grid.addWidget(self._labels["accuracy"], 4, 0, 1, 3)
        grid.addWidget(self._labels["time"], 5, 0, 1, 3)
        grid.addWidget(self._labels["address"], 6, 0, 1, 3)
        grid.addWidget(self._labels["place"], 7, 0, 1, 3)
        grid.addWidget(self._labels["language"], 8, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        location_buttons = QHBoxLayout()
        location_buttons.addWidget(self._verify_button)
        location_buttons.addWidget(self._pick_button)
        location_buttons.addStretch(1)
        actions = QHBoxLayout()
        for button in (self._answer_button, self._abandon_button, self._create_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self._release_button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(location_buttons)
        layout.addWidget(self._pending_box)
        layout.addWidget(self._duplicate_banner)
        layout.addWidget(self._history, 1)
        layout.addLayout(actions)
        self.setWidget(content)

        self._start_ticking()
        self.show_call(None)

    # -- accessors for the window and tests -----------------------------------

    def call(self) -> CallView | None:
        return self._call

    def texts(self) -> dict[str, str]:
        """The shown field texts: number, state, class, source, coordinates,
        accuracy, time, address, place, language (the caller's), pending."""
        texts = {name: label.text() for name, label in self._labels.items()}
        texts["pending"] = self._pending_label.text() if self._pending_box.isVisibleTo(self) else ""
        return texts

    def buttons(self) -> dict[str, QPushButton]:
        return {
            "answer": self._answer_button,
            "abandon": self._abandon_button,
            "release": self._release_button,
            "verify": self._verify_button,
            "pick": self._pick_button,
            "create": self._create_button,
            "copy": self._copy_button,
            "use_offered": self._use_offered_button,
        }

    def attach_buttons(self) -> dict[str, QPushButton]:
        return dict(self._attach_buttons)

    def pending_box(self) -> QFrame:
        return self._pending_box

    def duplicate_banner(self) -> QFrame:
        return self._duplicate_banner

    def duplicate_texts(self) -> list[str]:
        labels = self._duplicate_banner.findChildren(QLabel)
        return (
            [label.text() for label in labels] if self._duplicate_banner.isVisibleTo(self) else []
        )

    def history_table(self) -> QTableWidget:
        return self._history

    # -- data in --------------------------------------------------------------

    def set_timezone(self, zone: tzinfo | None) -> None:
        self._zone = zone
        self.show_call(self._call)

    def set_incident_types(self, types: Sequence[tuple[str, str, str]]) -> None:
        self._types = [tuple(t) for t in types]  # type: ignore[misc]
        self._update_buttons()

    def set_duplicate_details(self, details: Mapping[str, str]) -> None:
        self._duplicate_details = dict(details)
        self._shown_duplicates = None
        self._show_duplicates()

    def set_place_name(self, call_id: str, lat: float, lon: float, text: str) -> None:
        self._place_name = (call_id, lat, lon, text)
        self._show_place_name()

    def _show_place_name(self) -> None:
        call = self._call
        location = call.location if call is not None else None
        named = self._place_name
        if (
            call is None
            or location is None
            or named is None
            or (named[0], named[1], named[2]) != (call.call_id, location.lat, location.lon)
        ):
            self._labels["place"].setText("")
            return
        place = shown_isolated(named[3])
        self._labels["place"].setText(self.tr("Near: {place}").format(place=place))

    def set_class_of_service_descriptions(self, descriptions: Mapping[str, str]) -> None:
        self._cos.update(descriptions)
        self.show_call(self._call)

    def show_call(self, call: CallView | None) -> None:
        self._call = call
        labels = self._labels
        if call is None:
            for label in labels.values():
                label.setText("")
            labels["number"].setText(self.tr("No call selected"))
            self._history.setRowCount(0)
        else:
            labels["number"].setText(shown_ltr(call.number) or self.tr("(no number)"))
            cos = shown_ltr(call.class_of_service or "")
            description = self._cos.get(cos or "")
            labels["class"].setText(
                self.tr("Class of service: {cos} — {text}").format(cos=cos, text=description)
                if cos and description
                else self.tr("Class of service: {cos}").format(cos=cos or self.tr("unknown"))
            )
            self._labels["language"].setText(self._language_text(call.language))
            self._show_location(call.location)
            self._show_history(call)
        self._show_pending()
        self._show_duplicates()
        self._refresh_times()
        self._update_buttons()

    # -- rendering ------------------------------------------------------------

    def _language_text(self, tag: str | None) -> str:
        """ "Caller's language: العربية (ar-IL)": the handset's language by its own name."""
        if not tag:
            return ""
        locale = QLocale(tag.replace("-", "_"))
        if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            name = shown_ltr(tag)
        else:
            own = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
            name = f"{shown_isolated(own)} ({shown_ltr(tag)})"
        return self.tr("Caller's language: {language}").format(language=name)

    def _local(self, when: datetime) -> str:
        return shown_ltr(when.astimezone(self._zone).strftime("%H:%M:%S"))

    def _dark(self) -> bool:
        app = QApplication.instance()
        return isinstance(app, QApplication) and current_theme(app) == "night"

    def _show_location(self, location: LocationView | None) -> None:
        labels = self._labels
        if location is None:
            for name in ("source", "coordinates", "accuracy", "time", "address", "place"):
                labels[name].setText("")
            labels["source"].setText(self.tr("No location yet"))
            return
        verified = self.tr("verified") if location.verified else self.tr("not verified")
        labels["source"].setText(
            self.tr("Location: {source} · {verified}").format(
                source=caller_source_label(location.source), verified=verified
            )
        )
        if location.lat is not None and location.lon is not None:
            labels["coordinates"].setText(format_coordinates(location.lat, location.lon))
        else:
            labels["coordinates"].setText(self.tr("No position"))
        parts = [format_radius(location.radius_m), format_confidence(location.confidence)]
        labels["accuracy"].setText(" · ".join(p for p in parts if p) or self.tr("accuracy unknown"))
        labels["time"].setText(self.tr("Located at {time}").format(time=self._local(location.time)))
        labels["address"].setText(shown_isolated(location.address or ""))
        self._show_place_name()

    def _show_history(self, call: CallView) -> None:
        table = self._history
        history = call.history
        table.setRowCount(len(history))
        for row, location in enumerate(history):
            position = (
                format_coordinates(location.lat, location.lon, digits=5)
                if location.lat is not None and location.lon is not None
                else shown_isolated(location.address or "")
            )
            cells = (
                self._local(location.time),
                caller_source_label(location.source),
                position,
                format_radius(location.radius_m),
            )
            for column, value in enumerate(cells):
                item = table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(row, column, item)
                item.setText(value)
                font = item.font()
                font.setBold(location == call.location)
                item.setFont(font)

    def _show_pending(self) -> None:
        call = self._call
        offer = call.pending if call is not None else None
        if offer is None:
            self._pending_box.setVisible(False)
            self._pending_label.setText("")
            return
        _style_box(self._pending_box, _OFFER_NIGHT if self._dark() else _OFFER_DAY, 2)
        where = format_location(offer)
        details = [caller_source_label(offer.source), where, format_confidence(offer.confidence)]
        text = self.tr("New automatic fix offered: {details}, {time}").format(
            details=", ".join(d for d in details if d), time=self._local(offer.time)
        )
        current = call.location if call is not None else None
        if current is not None and None not in (current.lat, current.lon, offer.lat, offer.lon):
            _az, _back, metres = _GEOD.inv(current.lon, current.lat, offer.lon, offer.lat)
            text += "\n" + self.tr("{n} m from the location in force").format(n=round(metres))
        self._pending_label.setText(text)
        self._pending_box.setVisible(True)

    def _show_duplicates(self) -> None:
        call = self._call
        ids = call.duplicate_of if call is not None and not call.incident_id else ()
        details = tuple(self._duplicate_details.get(i, "") for i in ids)
        key = (call.call_id if call else "", ids, details)
        if key == self._shown_duplicates:
            return
        self._shown_duplicates = key
        while self._duplicate_rows.count():
            child = self._duplicate_rows.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self._attach_buttons = {}
        for incident_id, detail in zip(ids, details, strict=True):
            row = QWidget(self._duplicate_banner)
            label = plain_label(row)
            label.setWordWrap(True)
            shown_id = shown_ltr(incident_id)
            label.setText(
                self.tr("Possible duplicate of {id} ({details})").format(
                    id=shown_id, details=shown_isolated(detail)
                )
                if detail
                else self.tr("Possible duplicate of {id}").format(id=shown_id)
            )
            button = QPushButton(self.tr("Attach"), row)
            button.setToolTip(command_tip(f"ATT {incident_id}"))
            button.clicked.connect(lambda _c=False, i=incident_id: self._on_attach_clicked(i))
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label, 1)
            line.addWidget(button)
            self._duplicate_rows.addWidget(row)
            self._attach_buttons[incident_id] = button
        _style_box(self._duplicate_banner, _AMBER_NIGHT if self._dark() else _AMBER_DAY, 1)
        self._duplicate_banner.setVisible(bool(ids))

    def _refresh_times(self) -> None:
        call = self._call
        if call is None:
            self._labels["state"].setText("")
            return
        now = self._clock()
        rang_until = call.answered if call.answered is not None else now
        ring = format_elapsed((rang_until - call.offered).total_seconds())
        if call.state == "ringing":
            text = self.tr("Ringing {ring}").format(ring=ring)
        elif call.state == "answered" and call.answered is not None:
            talk = format_elapsed((now - call.answered).total_seconds())
            text = self.tr("Answered · talking {talk} (rang {ring})").format(talk=talk, ring=ring)
        else:
            text = self.tr("{state} · offered {time}").format(
                state=state_label(call.state), time=self._local(call.offered)
            )
        self._labels["state"].setText(text)

    def _update_buttons(self) -> None:
        call = self._call
        state = call.state if call is not None else ""
        live = state in ("ringing", "answered")
        location = call.location if call is not None else None
        positioned = location is not None and location.lat is not None and location.lon is not None
        self._answer_button.setEnabled(state == "ringing")
        self._abandon_button.setEnabled(live)
        self._release_button.setEnabled(state in ("answered", "abandoned"))
        verified = location is not None and location.verified
        self._verify_button.setEnabled(live and positioned and not verified)
        self._pick_button.setEnabled(live)
        self._copy_button.setEnabled(positioned)
        self._use_offered_button.setEnabled(call is not None and call.pending is not None)
        can_create = call is not None and state != "released" and not call.incident_id
        self._create_button.setEnabled(can_create and bool(self._types))

    # -- handlers -------------------------------------------------------------

    def _emit_for_call(self, signal: SignalInstance) -> None:
        if self._call is not None:
            signal.emit(self._call.call_id)

    def _on_answer_button_clicked(self) -> None:
        self._emit_for_call(self.sigAnswer)

    def _on_abandon_button_clicked(self) -> None:
        self._emit_for_call(self.sigAbandon)

    def _on_release_button_clicked(self) -> None:
        self._emit_for_call(self.sigRelease)

    def _on_verify_button_clicked(self) -> None:
        self._emit_for_call(self.sigVerifyLocation)

    def _on_pick_button_clicked(self) -> None:
        self._emit_for_call(self.sigPickOnMap)

    def _on_use_offered_button_clicked(self) -> None:
        if self._call is not None and self._call.pending is not None:
            self.sigUseOfferedLocation.emit(self._call.call_id)

    def _on_attach_clicked(self, incident_id: str) -> None:
        if self._call is not None:
            self.sigAttach.emit(self._call.call_id, incident_id)

    def _on_create_button_clicked(self) -> None:
        if self._call is None or not self._types:
            return
        dialog = open_incident_type_dialog(self, self._call.call_id, self._types)
        # The module hands back a dialog already open for this call: connect once.
        if not dialog.property("callPanelConnected"):
            dialog.setProperty("callPanelConnected", True)
            dialog.sigTypeChosen.connect(self.sigCreateIncident.emit)

    def _on_copy_button_clicked(self) -> None:
        location = self._call.location if self._call is not None else None
        if location is None or location.lat is None or location.lon is None:
            return
        self._copy_coordinates(location.lat, location.lon)

    def _tick(self) -> None:
        self._refresh_times()


_FIELDS = (
    "language",
    "number",
    "state",
    "class",
    "source",
    "coordinates",
    "accuracy",
    "time",
    "address",
    "place",
)
