"""Dialogs are non-blocking, fold repeated errors into one, and can be answered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from widgets import error_dialog
from widgets.error_dialog import (
    ErrorDialog,
    current_dialog,
    current_error_dialog,
    show_error_dialog,
    show_exception_dialog,
    show_message,
)


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for dialog in error_dialog.open_dialogs():
        dialog.reject()


def test_three_errors_make_one_dialog_with_all_details(qtbot, parent: QWidget) -> None:
    first = show_error_dialog(parent, "Link down", "serial COM3 vanished", "trace one")
    second = show_error_dialog(parent, "Decode failed", "bad checksum", "trace two")
    third = show_error_dialog(parent, "Store", "disk full", "trace three")
    assert first is second is third
    assert isinstance(first, ErrorDialog)
    assert first.isVisible()
    assert [d for d in error_dialog.open_dialogs() if isinstance(d, ErrorDialog)] == [first]
    assert first.error_count() == 3
    details = first.details()
    for expected in (
        "Link down",
        "serial COM3 vanished",
        "trace one",
        "Decode failed",
        "bad checksum",
        "trace two",
        "Store",
        "disk full",
        "trace three",
    ):
        assert expected in details
    assert details.index("trace one") < details.index("trace two") < details.index("trace three")
    assert "3 errors" in first.text()
    assert current_dialog() is first


def test_answered_dialog_is_forgotten_and_next_error_opens_new_one(qtbot, parent) -> None:
    first = show_error_dialog(parent, "One", "first failure")
    assert current_error_dialog() is first
    with qtbot.waitSignal(first.finished):
        first.reject()
    assert current_dialog() is None
    second = show_error_dialog(parent, "Two", "second failure")
    assert second is not first
    assert second.error_count() == 1
    assert second.text() == "second failure"


def test_text_is_plain_not_rich(qtbot, parent) -> None:
    dialog = show_error_dialog(parent, "Hostile", "<b>frame</b> <img src=x>")
    assert dialog.text() == "<b>frame</b> <img src=x>"


def test_copy_button_puts_report_on_clipboard(qtbot, parent) -> None:
    dialog = show_error_dialog(parent, "Copy me", "something broke", "line 42")
    with qtbot.waitSignal(dialog.sigCopied) as blocker:
        dialog.copy_button().click()
    report = blocker.args[0]
    assert "something broke" in report
    assert "line 42" in report
    assert QGuiApplication.clipboard().text() == report


def test_exception_dialog_carries_traceback(qtbot, parent) -> None:
    try:
        raise RuntimeError("projection failed")
    except RuntimeError as exc:
        dialog = show_exception_dialog(parent, exc)
    assert dialog.text() == "RuntimeError: projection failed"
    assert "Traceback" in dialog.details()
    assert "test_exception_dialog_carries_traceback" in dialog.details()
    assert dialog.windowTitle() == "Unexpected error"


def test_show_message_is_non_blocking_and_answerable(qtbot, parent) -> None:
    box = show_message(parent, "Drill", "Drill finished: 12 of 12 calls handled")
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert current_dialog() is box
    assert box.text() == "Drill finished: 12 of 12 calls handled"
    with qtbot.waitSignal(box.finished):
        current_dialog().accept()
    assert current_dialog() is None


def test_message_and_error_coexist(qtbot, parent) -> None:
    box = show_message(parent, "Info", "hello")
    error = show_error_dialog(parent, "Oops", "bad")
    assert current_dialog() is error
    assert current_error_dialog() is error
    assert error_dialog.open_dialogs() == [box, error]
