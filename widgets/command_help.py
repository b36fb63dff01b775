"""The console's keyboard: one table of shortcuts, and moving focus between docks.

Contract (widgets only; the window and the README read it, nothing is copied):

* ``SHORTCUTS`` is the one table of the console's keys: each ``Shortcut`` has
  its key sequences (portable text, as ``QKeySequence`` reads it), what it
  does, for a dock key the window attribute of the dock it brings forward
  (``dock``), and whether a window action binds it (``window``; Esc, Tab,
  Up/Down and Menu are handled by the widgets). The window binds its dock
  keys from it (``DOCK_KEYS``), the F1 list shows ``shortcut_lines()`` and
  the README's list is ``shortcut_markdown()``; tests check the window's
  actions and the README against it.
* ``bring_forward(dock)`` shows the dock, raises its tab and puts the focus
  in it (its first widget that takes keyboard focus): Ctrl+1 … Ctrl+9 do
  that, whether the dock was hidden, behind another tab or already in front
  (never hide it: View ▸ <dock> still toggles).
* ``install_escape(docks, target)`` makes Escape in any of ``docks`` (or a
  widget inside one) call ``target`` (the window passes the command line's
  ``focus_command_line``): the dispatcher goes back to typing with one key.
  A widget that uses Escape itself (a popup, a completer) still gets it.
* ``command_tip(usage)`` is a button's tooltip naming the command that does
  what the button does ("Command line: ANS [<call>]"), so the mouse teaches
  the keyboard.
* ``command_markdown(help_entries)`` renders the grammar's ``HELP`` table
  (commands, aliases, examples) for the README.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QWidget

__all__ = [
    "DOCK_KEYS",
    "SHORTCUTS",
    "Shortcut",
    "bring_forward",
    "command_markdown",
    "command_tip",
    "install_escape",
    "shortcut_lines",
    "shortcut_markdown",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


@dataclass(frozen=True, slots=True)
class Shortcut:
    keys: tuple[str, ...]  # portable QKeySequence text ("Ctrl+5", "F1", "Esc")
    text: str  # what it does (translated when shown)
    dock: str | None = None  # the window attribute of the dock this key brings forward
    window: bool = True  # a window action binds it (False: a widget handles the key)


#: (window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.
DOCK_KEYS: tuple[tuple[str, str, str], ...] = (
    ("unit_board", "Ctrl+1", "unit board"),
    ("event_log", "Ctrl+2", "event log"),
    ("link_status", "Ctrl+3", "link status"),
    ("incident_queue", "Ctrl+4", "incident list"),
    ("incident_panel", "Ctrl+5", "incident card"),
    ("recommendation_panel", "Ctrl+6", "recommendation"),
    ("call_queue", "Ctrl+7", "call list"),
    ("call_panel", "Ctrl+8", "call card"),
    ("alert_queue", "Ctrl+9", "alert list"),
)

# What each dock key does, spelled out so each sentence is translated whole.
_DOCK_TEXTS: dict[str, str] = {
    "unit_board": QT_TRANSLATE_NOOP("Shortcuts", "bring the unit board forward and focus it"),
    "event_log": QT_TRANSLATE_NOOP("Shortcuts", "bring the event log forward and focus it"),
    "link_status": QT_TRANSLATE_NOOP("Shortcuts", "bring the link status forward and focus it"),
    "incident_queue": QT_TRANSLATE_NOOP(
        "Shortcuts", "bring the incident list forward and focus it"
    ),
    "incident_panel": QT_TRANSLATE_NOOP(
        "Shortcuts", "bring the incident card forward and focus it"
    ),
    "recommendation_panel": QT_TRANSLATE_NOOP(
        "Shortcuts", "bring the recommendation forward and focus it"
    ),
    "call_queue": QT_TRANSLATE_NOOP("Shortcuts", "bring the call list forward and focus it"),
    "call_panel": QT_TRANSLATE_NOOP("Shortcuts", "bring the call card forward and focus it"),
    "alert_queue": QT_TRANSLATE_NOOP("Shortcuts", "bring the alert list forward and focus it"),
}

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(("Ctrl+L", "F2"), QT_TRANSLATE_NOOP("Shortcuts", "command line")),
    Shortcut(
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "back to the command line from any dock"),
        window=False,
    ),
    Shortcut(
        ("F1",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "in the command line: the commands; elsewhere: the shortcut list"
        ),
    ),
    Shortcut(
        ("Tab",),
        QT_TRANSLATE_NOOP("Shortcuts", "in the command line: complete the word"),
        window=False,
    ),
    Shortcut(
        ("Up", "Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "in the command line: earlier lines, or the place list"),
        window=False,
    ),
    *(Shortcut((key,), _DOCK_TEXTS[attribute], dock=attribute) for attribute, key, _ in DOCK_KEYS),
    Shortcut(
        ("Menu",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "on a unit (board, tiles or map): the status changes it allows"
        ),
        window=False,
    ),
    Shortcut(
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "find a place (address, corner, landmark) and centre the map on it"
        ),
    ),
    Shortcut(("Home", "Ctrl+0"), QT_TRANSLATE_NOOP("Shortcuts", "fit the map to the site")),
    Shortcut(("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "day / night theme")),
    Shortcut(
        ("Ctrl+Alt+M",), QT_TRANSLATE_NOOP("Shortcuts", "mute or unmute this position's sounds")
    ),
    Shortcut(
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP("Shortcuts", "the map in its own window (second screen) and back"),
    ),
    Shortcut(
        ("Ctrl+Shift+W",),
        QT_TRANSLATE_NOOP("Shortcuts", "the supervisor's wallboard (full screen: F11)"),
    ),
    Shortcut(
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Shortcuts", "change operator (another dispatcher signs in here)"),
    ),
    Shortcut(("Ctrl+Shift+K",), QT_TRANSLATE_NOOP("Shortcuts", "lock this position")),
    Shortcut(("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "open a replay")),
    Shortcut(
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Shortcuts", "quit (links are closed and the store is flushed)"),
    ),
)


def command_tip(usage: str) -> str:
    """A button's tooltip naming the command that does the same ("Command line: ANS")."""
    return _tr("Command line: {usage}").format(usage=usage)


def _native(keys: Sequence[str]) -> str:
    """ "Ctrl+L / F2" as this platform spells the keys."""
    return " / ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
    )


def shortcut_lines() -> list[str]:
    """The window's F1 list: one line per shortcut ("Ctrl+5 — bring the incident card …")."""
    return [f"{_native(s.keys)} — {_tr(s.text)}" for s in SHORTCUTS]


def shortcut_markdown() -> str:
    """The README's shortcut list (portable key names, untranslated)."""
    lines = []
    for shortcut in SHORTCUTS:
        keys = " / ".join(f"<kbd>{k}</kbd>" for k in shortcut.keys)
        lines.append(f"- {keys} — {shortcut.text}")
    return "\n".join(lines) + "\n"


def command_markdown(help_entries: Iterable[Any]) -> str:
    """The README's command table from the grammar's ``HELP`` (usage, meaning, aliases,
    example)."""
    rows = ["| command | meaning | also | example |", "| --- | --- | --- | --- |"]
    for entry in help_entries:
        usage = entry.usage.replace("|", "\\|")
        aliases = ", ".join(entry.aliases).replace("|", "\\|")
        rows.append(f"| `{usage}` | {entry.summary} | {aliases} | `{entry.example}` |")
    return "\n".join(rows) + "\n"


def _focus_target(dock: QDockWidget) -> QWidget:
    root = dock.widget()
    if root is None:
        return dock
    for widget in (root, *root.findChildren(QWidget)):
        takes_keys = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_keys and widget.isEnabled() and widget.isVisibleTo(dock):
            return widget
    return root


def bring_forward(dock: QDockWidget) -> QWidget:
    """Show ``dock``, raise its tab and focus it; returns the widget that has the focus."""
    dock.show()
    dock.raise_()
    if dock.isFloating():
        dock.activateWindow()
    target = _focus_target(dock)
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


def install_escape(docks: Iterable[QDockWidget], target: Callable[[], None]) -> list[QShortcut]:
    """Escape inside any of ``docks`` calls ``target`` (back to the command line)."""
    shortcuts = []
    for dock in docks:
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), dock)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(target)
        shortcuts.append(shortcut)
    return shortcuts
