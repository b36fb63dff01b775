"""The operators dialog: lists operators, sends one request at a time, checks that a new
password was typed twice alike, shows the console's answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from widgets.operators_dialog import OperatorRow, OperatorsDialog

ROLES = ("call-taker", "dispatcher", "supervisor", "trainer", "administrator")


def test_rows_requests_and_answers(qtbot: Any) -> None:
    dialog = OperatorsDialog(None, ROLES)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_operators(
        [
            OperatorRow("dina", "dispatcher", False, True, ("pos-1",)),
            OperatorRow("olli", "administrator", False, False),
        ]
    )
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 3).text() == "pos-1"
    assert "no password" in dialog.table.item(1, 2).text()
    dialog.table.selectRow(0)
    assert dialog.name_edit.text() == "dina" and dialog.role_combo.currentText() == "dispatcher"
    seen: list[tuple[str, ...]] = []
    dialog.sigAddRequested.connect(lambda *a: seen.append(("add", *a)))
    dialog.sigRoleRequested.connect(lambda *a: seen.append(("role", *a)))
    dialog.sigDisableRequested.connect(lambda *a: seen.append(("disable", *a)))
    dialog.sigPasswordRequested.connect(lambda *a: seen.append(("passwd", *a)))
    by_text = {b.text().replace("&", ""): b for b in dialog.findChildren(QPushButton)}
    dialog.role_combo.setCurrentText("supervisor")
    qtbot.mouseClick(by_text["Set role"], Qt.MouseButton.LeftButton)
    dialog.password_edit.setText("new-pass-1")
    dialog.again_edit.setText("new-pass-2")
    qtbot.mouseClick(by_text["Reset password"], Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text()
    dialog.again_edit.setText("new-pass-1")
    qtbot.mouseClick(by_text["Reset password"], Qt.MouseButton.LeftButton)
    dialog.reason_edit.setText("left the service")
    qtbot.mouseClick(by_text["Disable"], Qt.MouseButton.LeftButton)
    dialog.name_edit.setText("eve")
    dialog.role_combo.setCurrentText("call-taker")
    dialog.password_edit.setText("eve-pass-12")
    dialog.again_edit.setText("eve-pass-12")
    qtbot.mouseClick(by_text["Add"], Qt.MouseButton.LeftButton)
    assert seen == [
        ("role", "dina", "supervisor"),
        ("passwd", "dina", "new-pass-1"),
        ("disable", "dina", "left the service"),
        ("add", "eve", "call-taker", "eve-pass-12"),
    ]
    dialog.show_result(False, "managing operators needs the supervisor or administrator role")
    assert "needs the supervisor" in dialog.message.text()
    dialog.show_result(True, "eve added (call-taker)")
    assert dialog.password_edit.text() == ""
