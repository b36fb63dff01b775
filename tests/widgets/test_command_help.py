"""The shortcut table, bringing a dock forward with the focus in it, Escape back to typing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QTableWidget

from console.controllers import command_grammar as grammar
from widgets.command_help import (
    DOCK_KEYS,
    SHORTCUTS,
    bring_forward,
    command_markdown,
    install_escape,
    shortcut_lines,
    shortcut_markdown,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def _window(qtbot: Any) -> tuple[QMainWindow, QLineEdit, list[QDockWidget]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    line = QLineEdit(window)
    window.setCentralWidget(line)
    docks = []
    for name in ("incidents", "incident", "recommendation"):
        dock = QDockWidget(name, window)
        dock.setObjectName(name)
        dock.setWidget(QTableWidget(3, 2, dock))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks.append(dock)
    window.tabifyDockWidget(docks[1], docks[2])
    docks[2].raise_()  # the recommendation in front, the incident card behind it
    window.resize(900, 600)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, line, docks


def _in_front(dock: QDockWidget) -> bool:
    return not dock.visibleRegion().isEmpty()


def test_bring_forward_raises_a_tab_behind_and_focuses_it_never_hides(qtbot: Any) -> None:
    _win, _line, docks = _window(qtbot)
    card = docks[1]
    qtbot.waitUntil(lambda: not _in_front(card))
    for _ in range(2):  # twice: a dock already in front stays in front
        focused = bring_forward(card)
        qtbot.waitUntil(lambda: _in_front(card))
        assert card.isVisible()
        assert focused is card.widget() and card.widget().hasFocus()
    card.hide()
    bring_forward(card)
    qtbot.waitUntil(lambda: card.isVisible() and card.widget().hasFocus())


def test_escape_in_a_dock_goes_back_to_the_command_line(qtbot: Any) -> None:
    _win, line, docks = _window(qtbot)
    install_escape(docks, lambda: line.setFocus())
    bring_forward(docks[0])
    qtbot.waitUntil(docks[0].widget().hasFocus)
    qtbot.keyClick(docks[0].widget(), Qt.Key.Key_Escape)
    assert line.hasFocus()


def test_the_table_covers_every_dock_key_once() -> None:
    keys = [k for s in SHORTCUTS for k in s.keys]
    assert len(keys) == len(set(keys))
    assert [s.dock for s in SHORTCUTS if s.dock] == [attribute for attribute, _k, _n in DOCK_KEYS]
    for shortcut in SHORTCUTS:
        for key in shortcut.keys:
            assert not QKeySequence(key).isEmpty(), key
    lines = shortcut_lines()
    assert len(lines) == len(SHORTCUTS)
    assert any(line.startswith("Ctrl+5 — bring the incident card forward") for line in lines)


def test_the_markdown_lists_render_every_shortcut_and_command() -> None:
    text = shortcut_markdown()
    assert text.count("\n- ") + 1 == len(SHORTCUTS)
    assert "- <kbd>Ctrl+L</kbd> / <kbd>F2</kbd> — command line" in text
    table = command_markdown(grammar.HELP)
    assert table.count("\n") == len(grammar.HELP) + 2
    assert "| `ANS [<call>]` | Answer a call; alone, the one ringing longest | A, ANSWER |" in table
    assert "\\|" in table  # a | inside a usage does not split the cell


def _between(text: str, name: str) -> str | None:
    match = re.search(rf"<!-- {name}:begin -->\n(.*?)<!-- {name}:end -->", text, re.DOTALL)
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("shortcuts", shortcut_markdown), ("commands", lambda: command_markdown(grammar.HELP))],
)
def test_the_readme_lists_are_the_consoles(name: str, expected: Any) -> None:
    found = _between(README.read_text(encoding="utf-8"), name)
    assert found is not None, f"README.md lost its <!-- {name}:begin/end --> list"
    assert found == expected(), f"regenerate README's {name} list from widgets.command_help"


def test_a_window_binding_its_dock_keys_from_the_table(qtbot: Any) -> None:
    """What the console's window does with the table: Ctrl+n brings the dock forward."""
    window, line, docks = _window(qtbot)
    by_name = {"incident_queue": docks[0], "incident_panel": docks[1]}
    for attribute, key, _name in DOCK_KEYS:
        dock = by_name.get(attribute)
        if dock is None:
            continue
        action = QAction(window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False, d=dock: bring_forward(d))
        window.addAction(action)
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _in_front(docks[1]) and docks[1].widget().hasFocus())
    qtbot.keyClick(docks[1].widget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert docks[1].isVisible() and _in_front(docks[1])  # never hides it


def test_the_panels_buttons_name_the_commands_that_do_the_same(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit as _Edit
    from PySide6.QtWidgets import QPushButton

    from widgets.alert_panel import AlertPanelDock
    from widgets.call_panel import CallPanelDock
    from widgets.incident_panel import IncidentPanelDock

    verbs: set[str] = set()
    for panel in (CallPanelDock(), AlertPanelDock(), IncidentPanelDock()):
        qtbot.addWidget(panel)
        for widget in (*panel.findChildren(QPushButton), *panel.findChildren(_Edit)):
            tip = widget.toolTip()
            if not tip.startswith("Command line: "):
                continue
            usage = tip.removeprefix("Command line: ")
            entry = grammar.help_for(usage.split()[0])
            assert entry is not None, tip
            verbs.add(entry.verb)
    assert verbs == {"ANS", "ABN", "CI", "REL", "LOC", "ACK", "PROM", "LINK", "DISMISS", "R",
                     "CLOSE", "NOTE"}  # fmt: skip
