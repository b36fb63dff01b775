"""The sign-in dialog: asks, turns busy, shows refusals, offers break-glass, says when
it was dismissed; decides nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from widgets.dialogs import current_dialog
from widgets.signin_dialog import SignInDialog


def test_sign_in_request_busy_refusal_and_success(qtbot: Any) -> None:
    dialog = SignInDialog(None, "Helsinki", "pos-1", name="dina")
    qtbot.addWidget(dialog)
    dialog.open()
    assert current_dialog() is dialog
    asked: list[tuple[str, str]] = []
    dialog.sigSignInRequested.connect(lambda n, p: asked.append((n, p)))
    dialog.password_edit.setText("secret-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert asked == [("dina", "secret-1")]
    assert not dialog.name_edit.isEnabled() and not dialog.sign_in_button.isEnabled()
    dialog.refuse("wrong password for dina")
    assert dialog.message.text() == "wrong password for dina"
    assert dialog.password_edit.text() == "" and dialog.sign_in_button.isEnabled()
    dismissed: list[bool] = []
    dialog.sigDismissed.connect(lambda: dismissed.append(True))
    dialog.done_signed_in()
    assert not dialog.isVisible() and dismissed == []


def test_empty_name_is_not_sent(qtbot: Any) -> None:
    dialog = SignInDialog(None, "Helsinki", "pos-1")
    qtbot.addWidget(dialog)
    dialog.open()
    asked: list[Any] = []
    dialog.sigSignInRequested.connect(lambda *a: asked.append(a))
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert asked == [] and "operator name" in dialog.message.text()


def test_break_glass_needs_name_and_reason_and_dismissal_is_said(qtbot: Any) -> None:
    dialog = SignInDialog(None, "Helsinki", "pos-1", name="dina")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.break_glass.isHidden()
    dialog.offer_break_glass(30)
    assert not dialog.break_glass.isHidden() and "30 minutes" in dialog.break_glass_note.text()
    asked: list[tuple[str, str]] = []
    dialog.sigBreakGlassRequested.connect(lambda n, r: asked.append((n, r)))
    qtbot.mouseClick(dialog.break_glass_button, Qt.MouseButton.LeftButton)
    assert asked == [] and "reason" in dialog.message.text()
    dialog.reason_edit.setText("database down, fire in progress")
    qtbot.mouseClick(dialog.break_glass_button, Qt.MouseButton.LeftButton)
    assert asked == [("dina", "database down, fire in progress")]
    dismissed: list[bool] = []
    dialog.sigDismissed.connect(lambda: dismissed.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dismissed == [True]
