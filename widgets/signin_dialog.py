"""The sign-in dialog of a position: a name, a password, and what became of them.

Contract: ``SignInDialog(parent, site_name, position, name="")`` is shown
with ``open()`` (never ``exec()``: the console's slots run on the qasync
loop) and registered with ``widgets.dialogs.track_dialog`` so tests find it.
It decides nothing: OK emits ``sigSignInRequested(name, password)`` and
turns the dialog busy (fields disabled, "Checking…") until the console
answers with ``refuse(message)`` (shown in red, password cleared, focus back
on it) or closes it with ``done_signed_in()``. ``offer_break_glass(minutes)``
shows the emergency-session part (a reason line and a loud button), which
emits ``sigBreakGlassRequested(name, reason)``; it is shown only when the
site allows it and sign-in failed because the database is unreachable.
Closing the dialog without signing in (Esc, the window's close button: both reject) emits
``sigDismissed``: the position stays without an operator and the console
says so. Plain text only: a message may quote what someone typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.dialogs import track_dialog

REFUSAL_STYLE = "color: #b00020; font-weight: bold;"
BREAK_GLASS_STYLE = (
    "QPushButton { background: #b00020; color: white; font-weight: bold; padding: 6px; }"
)


class SignInDialog(QDialog):
    sigSignInRequested = Signal(str, str)  # name, password
    sigBreakGlassRequested = Signal(str, str)  # name, reason
    sigDismissed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        site_name: str,
        position: str,
        name: str = "",
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.setWindowTitle(title or self.tr("Sign in — {site}").format(site=site_name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._signed_in = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Position {position}: sign in with your operator name and password.").format(
                position=position
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("name")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(REFUSAL_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)

        self.break_glass = QWidget()
        glass = QVBoxLayout(self.break_glass)
        glass.setContentsMargins(0, 8, 0, 0)
        self.break_glass_note = QLabel()
        self.break_glass_note.setWordWrap(True)
        self.break_glass_note.setTextFormat(Qt.TextFormat.PlainText)
        glass.addWidget(self.break_glass_note)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("Why (stored with the session)"))
        glass.addWidget(self.reason_edit)
        self.break_glass_button = QPushButton(self.tr("EMERGENCY SESSION (break glass)"))
        self.break_glass_button.setStyleSheet(BREAK_GLASS_STYLE)
        self.break_glass_button.clicked.connect(self._on_break_glass_clicked)
        glass.addWidget(self.break_glass_button)
        self.break_glass.hide()
        layout.addWidget(self.break_glass)

        self.setMinimumWidth(420)
        (self.password_edit if name else self.name_edit).setFocus()
        track_dialog(self)

    # -- answers from the console -------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Checking…") if busy else self.tr("&Sign in"))

    def refuse(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.message.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def offer_break_glass(self, minutes: float) -> None:
        self.break_glass_note.setText(
            self.tr(
                "The database cannot be reached, so nobody can sign in. This site allows an "
                "emergency session of {minutes} minutes with the dispatcher role: it is logged "
                "(stored when the database returns) and marked on screen throughout."
            ).format(minutes=f"{minutes:g}")
        )
        self.break_glass.show()

    def done_signed_in(self) -> None:
        self._signed_in = True
        self.accept()

    # -- the person's input ---------------------------------------------------------

    def _on_sign_in_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.refuse(self.tr("Type your operator name."))
            self.name_edit.setFocus()
            return
        self.message.hide()
        self.set_busy(True)
        self.sigSignInRequested.emit(name, self.password_edit.text())

    def _on_break_glass_clicked(self) -> None:
        name = self.name_edit.text().strip()
        reason = self.reason_edit.text().strip()
        if not name or not reason:
            self.refuse(self.tr("An emergency session needs your name and the reason."))
            return
        self.sigBreakGlassRequested.emit(name, reason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.sign_in_button.isEnabled():
                self._on_sign_in_clicked()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self._signed_in:
            self.sigDismissed.emit()
        super().reject()
