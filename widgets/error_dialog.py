"""Every dialog the console shows, in one module so tests can find and answer them.

Contract:

* Nothing here blocks: dialogs are shown with ``open()``, never ``exec()``,
  because callers include async slots running on the qasync loop, where a
  nested event loop would re-enter the asyncio scheduler.
* ``show_error_dialog`` keeps one error dialog at a time. While it is showing,
  further errors are appended to its details (and counted in its text) rather
  than stacking a pile of dialogs in front of a dispatcher.
* ``show_exception_dialog`` formats an exception (for ``sys.excepthook``).
* ``show_message`` shows a plain, non-blocking information box.
* ``current_dialog()`` returns the most recently opened dialog that is still
  showing, so a test can read it and ``accept()`` it (the registry of
  ``widgets.dialogs``, shared by every dialog of the console).

All text passed in is shown as plain text: an error message may quote a
hostile frame, and must never be interpreted as rich text.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from widgets.dialogs import current_dialog, open_dialogs, track_dialog

__all__ = [
    "ErrorDialog",
    "current_dialog",
    "current_error_dialog",
    "open_dialogs",
    "show_error_dialog",
    "show_exception_dialog",
    "show_message",
]

_LOGGER = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class ErrorDialog(QDialog):
    """An error report: summary text, expandable details, Copy and Close.

    ``append_error`` adds a further error to the same dialog.
    """

    sigCopied = Signal(str)

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self._count = 1
        self._first_text = text

        icon = QLabel(self)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(pixmap.pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self._text_label = QLabel(self)
        self._text_label.setTextFormat(Qt.TextFormat.PlainText)
        self._text_label.setWordWrap(True)
        self._text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._details = QPlainTextEdit(self)
        self._details.setReadOnly(True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setMinimumHeight(160)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._copy_button = QPushButton(self.tr("Copy"), self)
        self._copy_button.setToolTip(self.tr("Copy the error and its details to the clipboard"))
        self._buttons.addButton(self._copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        self._buttons.rejected.connect(self.reject)
        self._buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self._text_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._details, 1)
        layout.addWidget(self._buttons)

        self._details.setPlainText(self._entry(title, text, details))
        self._update_text()

    @staticmethod
    def _entry(title: str, text: str, details: str) -> str:
        lines = [title, text]
        if details:
            lines.append(details.rstrip("\n"))
        return "\n".join(lines)

    def _update_text(self) -> None:
        if self._count == 1:
            self._text_label.setText(self._first_text)
        else:
            more = self.tr("%n error(s) occurred; see the details below.", "", self._count)
            self._text_label.setText(f"{self._first_text}\n\n{more}")

    def append_error(self, title: str, text: str, details: str = "") -> None:
        """Add another error to this dialog's details."""
        self._count += 1
        self._details.appendPlainText("\n" + "—" * 20 + "\n" + self._entry(title, text, details))
        self._update_text()

    def copy_button(self) -> QPushButton:
        return self._copy_button

    def error_count(self) -> int:
        return self._count

    def text(self) -> str:
        return self._text_label.text()

    def details(self) -> str:
        return self._details.toPlainText()

    def report(self) -> str:
        """Everything shown, as copied to the clipboard."""
        return f"{self.windowTitle()}\n{self.text()}\n\n{self.details()}"

    def _on_copy_button_clicked(self) -> None:
        report = self.report()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(report)
        self.sigCopied.emit(report)


def current_error_dialog() -> ErrorDialog | None:
    """The error dialog that is showing, if any."""
    for dialog in reversed(open_dialogs()):
        if isinstance(dialog, ErrorDialog):
            return dialog
    return None


def show_error_dialog(
    parent: QWidget | None, title: str, text: str, details: str = ""
) -> ErrorDialog:
    """Show an error without blocking; folds into the error dialog already showing."""
    _LOGGER.error("%s: %s", title, text)
    existing = current_error_dialog()
    if existing is not None:
        existing.append_error(title, text, details)
        return existing
    dialog = ErrorDialog(parent, title, text, details)
    track_dialog(dialog)
    dialog.open()
    return dialog


def show_exception_dialog(
    parent: QWidget | None, exc: BaseException, title: str | None = None
) -> ErrorDialog:
    """Show an uncaught exception: its message in the text, the traceback in the details."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    text = f"{type(exc).__name__}: {exc}"
    return show_error_dialog(parent, title or _tr("Unexpected error"), text, details)


def show_message(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show an information box without blocking."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    track_dialog(box)
    box.open()
    return box
