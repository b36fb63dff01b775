"""Every dialog of the console that is showing, in one place (for tests and the window).

Contract: ``track_dialog(dialog)`` keeps a reference to a dialog while it shows
and frees it (``deleteLater``) once answered; ``open_dialogs()`` the tracked
dialogs still showing, oldest first; ``current_dialog()`` the newest of them,
or None. ``widgets.dialogs`` re-exports all three: every dialog of the console
(the error dialogs of ``widgets.error_dialog`` too) registers here.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialog

# Dialogs opened and not yet finished, oldest first.
_open: list[QDialog] = []


def track_dialog(dialog: QDialog) -> None:
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
