"""Installing a language for reports made outside the console window.

Contract: ``install_report_language(code, app=None) -> str`` installs
``code``'s translators (``widgets.i18n.install_language``) in ``app``: the
caller's ``QApplication`` (a PDF needs one), else the existing application
instance, else a new ``QApplication`` (offscreen when there is no display:
the drill's headless run needs none, and a PDF made later in the same
process needs that kind, one kind per process). Returns the code. Call it
on the main thread before any report text is made (incident and statistics
PDFs, the drill's HTML/JSON reports, the event-log sentences of an
incident's timeline). Which code to install is
``console.commands.language.choose_command_language``'s decision.
"""

from __future__ import annotations

import os
from typing import Any

APP_NAME = "dispatch-console"


def install_report_language(code: str, app: Any = None) -> str:
    from PySide6.QtCore import QCoreApplication

    from widgets.i18n import install_language

    app = app or QCoreApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication([APP_NAME])
    install_language(app, code)
    return code
