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
* ``current_dialog()`` returns the most recently opened dialog of this module
  still showing; ``open_dialogs()`` all of them, oldest first.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "DISPOSITIONS",
    "CloseIncidentDialog",
    "current_dialog",
    "open_close_incident_dialog",
    "open_dialogs",
]

# Dialogs opened by this module and not yet finished, oldest first.
_open: list[QDialog] = []


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


class CloseIncidentDialog(QDialog):
    """Disposition list, free text, OK/Cancel; emits ``sigDisposition`` on OK."""

    sigDisposition = Signal(str, str)  # incident_id, disposition

    def __init__(self, parent: QWidget | None, incident_id: str) -> None:
        super().__init__(parent)
        self._incident_id = incident_id
        self.setWindowTitle(self.tr("Close incident {id}").format(id=incident_id))

        prompt = QLabel(self.tr("How did incident {id} end?").format(id=incident_id), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._list = QListWidget(self)
        for code in DISPOSITIONS:
            self._list.addItem(_tr(code))
        self._list.setCurrentRow(0)
        self._list.currentRowChanged.connect(self._on_list_row_changed)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._text = QLineEdit(self)
        self._text.setPlaceholderText(self.tr("Details (optional)"))
        self._text.textChanged.connect(self._on_text_changed)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close incident"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Details"), self._text)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self._list, 1)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._update_ok()

    def incident_id(self) -> str:
        return self._incident_id

    def ok_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

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

    def accept(self) -> None:
        disposition = self.disposition()
        if not disposition:
            return
        super().accept()
        self.sigDisposition.emit(self._incident_id, disposition)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.disposition()))

    def _on_list_row_changed(self, _row: int) -> None:
        self._update_ok()

    def _on_text_changed(self, _text: str) -> None:
        self._update_ok()

    def _on_list_item_double_clicked(self, *_args: object) -> None:
        self.accept()


def _track(dialog: QDialog) -> None:
    """Keep a reference while showing; drop it and free the dialog when answered."""
    _open.append(dialog)

    def _on_dialog_finished(_result: int) -> None:
        if dialog in _open:
            _open.remove(dialog)
        dialog.deleteLater()

    dialog.finished.connect(_on_dialog_finished)


def open_dialogs() -> list[QDialog]:
    """Dialogs of this module that are showing, oldest first."""
    _open[:] = [d for d in _open if shiboken6.isValid(d)]
    return [d for d in _open if d.isVisible()]


def current_dialog() -> QDialog | None:
    """The most recently opened dialog that is still showing, if any."""
    showing = open_dialogs()
    return showing[-1] if showing else None


def open_close_incident_dialog(parent: QWidget | None, incident_id: str) -> CloseIncidentDialog:
    """Ask for ``incident_id``'s disposition without blocking."""
    for dialog in open_dialogs():
        if isinstance(dialog, CloseIncidentDialog) and dialog.incident_id() == incident_id:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = CloseIncidentDialog(parent, incident_id)
    _track(dialog)
    dialog.open()
    return dialog
