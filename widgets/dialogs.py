"""Dispatch dialogs, in one module so tests can find and answer them.

Contract:

* Nothing here blocks: dialogs are shown with ``open()``, never ``exec()``
  (callers include async slots on the qasync loop). Answers arrive by signal.
* ``open_close_incident_dialog(parent, incident_id)`` asks for a disposition
  from a short list (``DISPOSITIONS``) plus optional free text ("Other"
  requires the text). On OK it emits
  ``CloseIncidentDialog.sigDisposition(incident_id, disposition)`` where the
  disposition is the chosen entry, with ": <text>" appended when text was
  given. At most one such dialog per incident: asking again raises the open one.
* ``open_incident_type_dialog(parent, call_id, types)`` asks which incident
  to create from a call: ``types`` are ``(code, name, discipline)``; a filter
  line narrows the list as the dispatcher types (code, name or discipline,
  case-insensitive), Up/Down move in the list, Enter takes the highlighted
  type. On OK it emits ``IncidentTypeDialog.sigTypeChosen(call_id, code)``.
  At most one such dialog per call. ``title`` replaces the window title and
  ``preselect`` highlights a type (the alert panel reuses it to promote an
  alert, passing the alert id as ``call_id``).
* ``open_dismiss_alert_dialog(parent, alert_id)`` asks why an alert is
  dismissed: a common reason (``DISMISS_REASONS``) and/or free text; a reason
  is required ("Other" requires the text). On OK it emits
  ``DismissAlertDialog.sigDismiss(alert_id, reason)``. One per alert.
* ``open_link_incident_dialog(parent, alert_id, candidates)`` asks which
  incident (or call) to link an alert to: the ``candidates`` listed (ids,
  e.g. ``AlertView.related``) or an id typed in the line above them, which
  wins when not empty. On OK it emits
  ``LinkIncidentDialog.sigIncidentChosen(alert_id, incident_id)``. One per alert.
* ``current_dialog()`` returns the most recently opened dialog still
  showing; ``open_dialogs()`` all of them, oldest first. Every dialog of the
  console (the error dialogs of ``widgets.error_dialog`` too) is registered
  with ``track_dialog(dialog)`` (``widgets.dialog_registry``, re-exported
  here): one place for tests to find them. The stored frame's dialog is
  ``widgets.frame_detail_dialog``'s (re-exported here too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.catalogue_labels import incident_type_label
from widgets.dialog_registry import current_dialog, open_dialogs, track_dialog
from widgets.frame_detail_dialog import FrameDetailDialog, open_frame_detail_dialog
from widgets.symbols import discipline_icon, discipline_label

__all__ = [
    "DISMISS_REASONS",
    "DISPOSITIONS",
    "CloseIncidentDialog",
    "DismissAlertDialog",
    "FrameDetailDialog",
    "IncidentTypeDialog",
    "LinkIncidentDialog",
    "current_dialog",
    "dismiss_reason_label",
    "disposition_label",
    "open_close_incident_dialog",
    "open_dialogs",
    "open_dismiss_alert_dialog",
    "open_frame_detail_dialog",
    "open_incident_type_dialog",
    "open_link_incident_dialog",
    "open_store_file_dialog",
    "track_dialog",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchDialogs", text)


#: The short list a dispatcher picks from; the last entry needs free text.
DISPOSITIONS: tuple[str, ...] = (
    "Handled on scene",
    "Transported",
    "False alarm",
    "Cancelled by caller",
    "Unable to locate",
    "Referred to other agency",
    "Other",
)
_OTHER = DISPOSITIONS[-1]


def disposition_label(code: str) -> str:
    """A disposition (stored in English, as listed in ``DISPOSITIONS``, or a drill's
    "drill ended") as the dispatcher reads it; an unknown one (typed) as stored."""
    labels = {
        "Handled on scene": _tr("Handled on scene"),
        "Transported": _tr("Transported"),
        "False alarm": _tr("False alarm"),
        "Cancelled by caller": _tr("Cancelled by caller"),
        "Unable to locate": _tr("Unable to locate"),
        "Referred to other agency": _tr("Referred to other agency"),
        "Other": _tr("Other"),
        # Not offered: what a drill's responder writes when the drill ends.
        "drill ended": _tr("Drill ended"),
    }
    return labels.get(code, code)


class _AnswerDialog(QDialog):
    """OK/Cancel about one id: OK is enabled, and accepts, only with an answer."""

    def __init__(self, parent: QWidget | None, key: str, title: str) -> None:
        super().__init__(parent)
        self._key = key
        self.setWindowTitle(title)

    def _make_buttons(self, ok_text: str) -> QDialogButtonBox:
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button().setText(ok_text)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        return self._buttons

    def ok_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _answer(self) -> str | None:
        """What OK would send; ``None`` while there is no answer."""
        raise NotImplementedError

    def _send(self, answer: str) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        answer = self._answer()
        if answer is None:
            return
        super().accept()
        self._send(answer)

    def _update_ok(self, *_args: object) -> None:
        self.ok_button().setEnabled(self._answer() is not None)

    def _on_list_item_double_clicked(self, *_args: object) -> None:
        self.accept()


class CloseIncidentDialog(_AnswerDialog):
    """Disposition list, free text, OK/Cancel; emits ``sigDisposition`` on OK."""

    sigDisposition = Signal(str, str)  # incident_id, disposition

    def __init__(self, parent: QWidget | None, incident_id: str) -> None:
        super().__init__(parent, incident_id, self.tr("Close incident {id}").format(id=incident_id))

        prompt = QLabel(self.tr("How did incident {id} end?").format(id=incident_id), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._list = QListWidget(self)
        for code in DISPOSITIONS:
            self._list.addItem(disposition_label(code))
        self._list.setCurrentRow(0)
        self._list.currentRowChanged.connect(self._update_ok)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._text = QLineEdit(self)
        self._text.setPlaceholderText(self.tr("Details (optional)"))
        self._text.textChanged.connect(self._update_ok)
        self._make_buttons(self.tr("Close incident"))

        form = QFormLayout()
        form.addRow(self.tr("Details"), self._text)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self._list, 1)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._update_ok()

    def incident_id(self) -> str:
        return self._key

    def choose(self, disposition: str, text: str = "") -> None:
        """Pick ``disposition`` (an entry of ``DISPOSITIONS``) and type ``text``."""
        self._list.setCurrentRow(DISPOSITIONS.index(disposition))
        self._text.setText(text)

    def disposition(self) -> str:
        """What OK would send: the entry, plus ": <text>" when text was typed."""
        row = self._list.currentRow()
        choice = DISPOSITIONS[row] if 0 <= row < len(DISPOSITIONS) else _OTHER
        text = " ".join(self._text.text().split())
        if choice == _OTHER:
            return text
        return f"{choice}: {text}" if text else choice

    def _answer(self) -> str | None:
        return self.disposition() or None

    def _send(self, answer: str) -> None:
        self.sigDisposition.emit(self._key, answer)


class IncidentTypeDialog(_AnswerDialog):
    """Filterable list of incident types; emits ``sigTypeChosen`` on OK."""

    sigTypeChosen = Signal(str, str)  # call_id, type_code

    def __init__(
        self,
        parent: QWidget | None,
        call_id: str,
        types: Sequence[tuple[str, str, str]],
        *,
        title: str | None = None,
    ) -> None:
        super().__init__(
            parent, call_id, title or self.tr("Create incident from call {id}").format(id=call_id)
        )
        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText(self.tr("Type to filter incident types"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._filter.installEventFilter(self)
        self._list = QListWidget(self)
        for code, name, discipline in types:
            shown = incident_type_label(name)
            item = QListWidgetItem(
                discipline_icon(discipline),
                self.tr("{name} ({discipline})").format(
                    name=shown, discipline=discipline_label(discipline)
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, code)
            # Filtered by the shown name and by the stored English one and code.
            haystack = f"{code} {name} {shown} {discipline} {discipline_label(discipline)}"
            item.setData(Qt.ItemDataRole.UserRole + 1, haystack.casefold())
            item.setToolTip(code)
            self._list.addItem(item)
        self._list.currentRowChanged.connect(self._update_ok)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._make_buttons(self.tr("Create incident"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._filter)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._buttons)
        self._on_filter_text_changed("")

    def call_id(self) -> str:
        return self._key

    def filter_edit(self) -> QLineEdit:
        return self._filter

    def visible_codes(self) -> list[str]:
        return [
            self._list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self._list.count())
            if not self._list.item(row).isHidden()
        ]

    def chosen_code(self) -> str | None:
        item = self._list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, code: str) -> None:
        for row in range(self._list.count()):
            if self._list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self._list.item(row).setHidden(False)
                self._list.setCurrentRow(row)
                return
        raise KeyError(code)

    def _answer(self) -> str | None:
        return self.chosen_code()

    def _send(self, answer: str) -> None:
        self.sigTypeChosen.emit(self._key, answer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keyboard-first: the caret stays in the filter while Up/Down pick.
        if watched is self._filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        visible = [r for r in range(self._list.count()) if not self._list.item(r).isHidden()]
        if not visible:
            return
        current = self._list.currentRow()
        at = visible.index(current) if current in visible else -1
        self._list.setCurrentRow(visible[max(0, min(len(visible) - 1, at + delta))])

    def _on_filter_text_changed(self, text: str) -> None:
        words = text.casefold().split()
        first = -1
        for row in range(self._list.count()):
            item = self._list.item(row)
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = row
        current = self._list.currentItem()
        if current is None or current.isHidden():
            self._list.setCurrentRow(first)
        self._update_ok()


#: Common reasons to dismiss an alert; the last entry needs free text.
DISMISS_REASONS: tuple[str, ...] = (
    "False alarm",
    "Known activity",
    "Duplicate of another alert",
    "Outside our area",
    "Sensor fault",
    "Other",
)


def dismiss_reason_label(reason: str) -> str:
    """A reason of ``DISMISS_REASONS`` (stored in English) as the dispatcher reads it."""
    labels = {
        "False alarm": _tr("False alarm"),
        "Known activity": _tr("Known activity"),
        "Duplicate of another alert": _tr("Duplicate of another alert"),
        "Outside our area": _tr("Outside our area"),
        "Sensor fault": _tr("Sensor fault"),
        "Other": _tr("Other"),
        # Not offered: what a drill's responder writes when the drill ends.
        "drill ended": _tr("Drill ended"),
    }
    return labels.get(reason, reason)


class DismissAlertDialog(_AnswerDialog):
    """Reason list and free text; OK only with a reason; emits ``sigDismiss``."""

    sigDismiss = Signal(str, str)  # alert_id, reason

    def __init__(self, parent: QWidget | None, alert_id: str) -> None:
        super().__init__(parent, alert_id, self.tr("Dismiss alert {id}").format(id=alert_id))
        prompt = QLabel(self.tr("Why is alert {id} dismissed?").format(id=alert_id), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._list = QListWidget(self)
        for reason in DISMISS_REASONS:
            self._list.addItem(dismiss_reason_label(reason))
        self._list.currentRowChanged.connect(self._update_ok)
        self._text = QLineEdit(self)
        self._text.setPlaceholderText(self.tr("Details"))
        self._text.textChanged.connect(self._update_ok)
        self._make_buttons(self.tr("Dismiss alert"))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._text)
        layout.addWidget(self._buttons)
        self._update_ok()

    def alert_id(self) -> str:
        return self._key

    def choose(self, reason: str | None, text: str = "") -> None:
        """Pick ``reason`` (an entry of ``DISMISS_REASONS``, or None) and type ``text``."""
        self._list.setCurrentRow(-1 if reason is None else DISMISS_REASONS.index(reason))
        self._text.setText(text)

    def reason(self) -> str:
        """What OK would send; empty while no reason is given."""
        row = self._list.currentRow()
        choice = DISMISS_REASONS[row] if 0 <= row < len(DISMISS_REASONS) else None
        text = " ".join(self._text.text().split())
        if choice is None or choice == DISMISS_REASONS[-1]:
            return text
        return f"{choice}: {text}" if text else choice

    def _answer(self) -> str | None:
        return self.reason() or None

    def _send(self, answer: str) -> None:
        self.sigDismiss.emit(self._key, answer)


class LinkIncidentDialog(_AnswerDialog):
    """Candidate incidents plus a typed id; emits ``sigIncidentChosen``."""

    sigIncidentChosen = Signal(str, str)  # alert_id, incident_id

    def __init__(self, parent: QWidget | None, alert_id: str, candidates: Sequence[str]) -> None:
        super().__init__(
            parent, alert_id, self.tr("Link alert {id} to an incident").format(id=alert_id)
        )
        self._typed = QLineEdit(self)
        self._typed.setPlaceholderText(self.tr("Incident or call id"))
        self._typed.textChanged.connect(self._update_ok)
        self._list = QListWidget(self)
        self._list.addItems(list(candidates))
        if candidates:
            self._list.setCurrentRow(0)
        self._list.currentRowChanged.connect(self._update_ok)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._make_buttons(self.tr("Link"))
        form = QFormLayout()
        form.addRow(self.tr("Id"), self._typed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Nearby incidents and calls"), self))
        layout.addWidget(self._list, 1)
        layout.addWidget(self._buttons)
        self._update_ok()

    def alert_id(self) -> str:
        return self._key

    def candidates(self) -> list[str]:
        return [self._list.item(row).text() for row in range(self._list.count())]

    def type_id(self, text: str) -> None:
        self._typed.setText(text)

    def choose(self, incident_id: str) -> None:
        self._list.setCurrentRow(self.candidates().index(incident_id))

    def chosen(self) -> str:
        typed = self._typed.text().strip()
        if typed:
            return typed
        item = self._list.currentItem()
        return item.text() if item is not None else ""

    def _answer(self) -> str | None:
        return self.chosen() or None

    def _send(self, answer: str) -> None:
        self.sigIncidentChosen.emit(self._key, answer)


_D = TypeVar("_D", bound=_AnswerDialog)


def _open_once(kind: type[_D], key: str, make: Callable[[], _D]) -> _D:
    """Raise the open ``kind`` dialog about ``key``, else open a new one from ``make``."""
    for dialog in open_dialogs():
        if isinstance(dialog, kind) and dialog._key == key:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = make()
    track_dialog(dialog)
    dialog.open()
    return dialog


def open_close_incident_dialog(parent: QWidget | None, incident_id: str) -> CloseIncidentDialog:
    """Ask for ``incident_id``'s disposition without blocking."""
    return _open_once(
        CloseIncidentDialog, incident_id, lambda: CloseIncidentDialog(parent, incident_id)
    )


def open_incident_type_dialog(
    parent: QWidget | None,
    call_id: str,
    types: Sequence[tuple[str, str, str]],
    *,
    title: str | None = None,
    preselect: str | None = None,
) -> IncidentTypeDialog:
    """Ask which incident type to create from ``call_id`` without blocking."""

    def make() -> IncidentTypeDialog:
        dialog = IncidentTypeDialog(parent, call_id, types, title=title)
        if preselect is not None and preselect in [code for code, _n, _d in types]:
            dialog.choose(preselect)
        return dialog

    return _open_once(IncidentTypeDialog, call_id, make)


def open_dismiss_alert_dialog(parent: QWidget | None, alert_id: str) -> DismissAlertDialog:
    """Ask why ``alert_id`` is dismissed without blocking."""
    return _open_once(DismissAlertDialog, alert_id, lambda: DismissAlertDialog(parent, alert_id))


def open_link_incident_dialog(
    parent: QWidget | None, alert_id: str, candidates: Sequence[str]
) -> LinkIncidentDialog:
    """Ask which incident to link ``alert_id`` to without blocking."""
    return _open_once(
        LinkIncidentDialog, alert_id, lambda: LinkIncidentDialog(parent, alert_id, candidates)
    )


def open_store_file_dialog(parent: QWidget | None, on_chosen: Callable[[str], None]) -> QFileDialog:
    """Choose a store file to replay (non-blocking); ``on_chosen(path)`` once picked."""
    dialog = QFileDialog(parent, _tr("Open a store to replay"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([_tr("Stores (*.sqlite *.db)"), _tr("All files (*)")])
    dialog.fileSelected.connect(on_chosen)
    track_dialog(dialog)
    dialog.open()
    return dialog
