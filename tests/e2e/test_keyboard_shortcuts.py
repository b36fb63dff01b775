"""The console window's keys are the shortcut table's: Ctrl+n brings a dock forward with the
focus in it (never hides it), Escape goes back to the command line, F1 is the command help in
the command line and the shortcut list elsewhere.

On the real ``MainWindow`` (offscreen, settings in a temporary folder). Until the window binds
its dock keys from ``widgets.command_help`` (its ``dock_actions``) the tests are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox

from console.controllers import command_grammar
from console.main_window import MainWindow
from widgets.command_help import DOCK_KEYS, SHORTCUTS


@pytest.fixture
def window(qtbot: Any, qapp: Any, tmp_path: Path) -> Iterator[MainWindow]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    window = MainWindow("Helsinki (demo)", ZoneInfo("Europe/Helsinki"), command_grammar)
    qtbot.addWidget(window)
    if not hasattr(window, "dock_actions"):
        pytest.skip("the window does not bind its keys from widgets.command_help yet")
    window.resize(1920, 1080)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    yield window


def _in_front(dock: Any) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_the_windows_keys_are_the_tables(window: MainWindow) -> None:
    bound: set[str] = set()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            bound.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))
    for shortcut in window.findChildren(QShortcut):  # a widget's own (Ctrl+F: place search)
        if shortcut.context() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            bound.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    table = {
        QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        for shortcut in SHORTCUTS
        if shortcut.window
        for key in shortcut.keys
    }
    if not QKeySequence.keyBindings(QKeySequence.StandardKey.Quit):
        table.discard("Ctrl+Q")  # Quit is the platform's key; some (offscreen, Windows) have none
    assert bound == table


def test_ctrl_n_brings_each_dock_forward_and_focuses_it(window: MainWindow, qtbot: Any) -> None:
    edit = window.command_line.line_edit()
    for attribute, key, _name in DOCK_KEYS:
        dock = getattr(window, attribute)
        window.command_line.focus_command_line()
        for _ in range(2):  # pressed again it stays (Ctrl+5 used to hide the Incident panel)
            focused = QApplication.focusWidget() or edit
            qtbot.keyClick(focused, QKeySequence(key)[0].key(), Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda d=dock: _in_front(d), timeout=2000)
            focus = QApplication.focusWidget()
            assert focus is not None and dock.isAncestorOf(focus), (key, focus)
        # Escape: back to the command line.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is edit, attribute


def test_f1_lists_commands_in_the_line_and_shortcuts_elsewhere(
    window: MainWindow, qtbot: Any
) -> None:
    line = window.command_line
    line.focus_command_line()
    qtbot.keyClick(line.line_edit(), Qt.Key.Key_F1)
    assert line.help_panel().isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    qtbot.keyClick(line.line_edit(), Qt.Key.Key_Escape)
    window.map_widget.setFocus()
    qtbot.keyClick(window.map_widget, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert "Ctrl+5 — bring the incident card forward and focus it" in box.text()
    box.close()
