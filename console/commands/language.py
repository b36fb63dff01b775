"""The language a command run from a shell writes its reports in.

Contract: ``choose_command_language(requested) -> str`` decides the
language as the console itself would (``console.config.languages.choose_language``:
the ``--lang`` value, then ``DISPATCH_LANG``, then the language the console
remembers in its ``QSettings``, then the system locale, then English), never
remembering a ``--lang`` given to a command. ``install_command_language(code,
app=None)`` installs its translators (``widgets.i18n.install_language``) in
``app`` (the caller's ``QApplication`` for a PDF; else the existing instance
or a new ``QApplication``, offscreen without a display: the drill's headless
run needs none, and a later PDF in the same process needs that kind)
before anything is written. A command function given ``language=None``
installs nothing (it speaks whatever is installed: English in a test);
``console.cli`` always passes the chosen code. Incident and statistics PDFs,
the drill's HTML/JSON reports and the event-log sentences of an incident's
timeline then follow it.
:func:`add_lang_argument` adds ``--lang CODE`` to a sub-command (the same
parser as the console's ``--lang``), stored in ``dest``.
"""

from __future__ import annotations

import argparse
from typing import Any

APP_NAME = "dispatch-console"  # QSettings: the console's own (console.app.APP_NAME)
LANG_HELP = (
    "language of the report: en, he, ar, cs, fr, sr (Cyrillic), sr_Latn (default: the "
    "console's remembered language, else the system's when supported, else en)"
)


def _lang_argument(text: str) -> str:
    from console.config.languages import parse_language

    return parse_language(text)


def add_lang_argument(parser: argparse.ArgumentParser, dest: str) -> None:
    parser.add_argument(
        "--lang", dest=dest, type=_lang_argument, metavar="CODE", help=LANG_HELP, default=None
    )


def choose_command_language(requested: str | None) -> str:
    """The language a command speaks: as the console would choose, never remembered."""
    from PySide6.QtCore import QSettings

    from console.config.languages import choose_language

    settings = QSettings(APP_NAME, APP_NAME)  # the console's organisation and name
    return choose_language(requested, settings, remember=False)


def install_command_language(code: str, app: Any = None) -> str:
    """Install ``code``'s translators in ``app`` (a ``QCoreApplication`` made when none
    exists) before a report is made; returns the code."""
    import os

    from PySide6.QtCore import QCoreApplication

    from widgets.i18n import install_language

    app = app or QCoreApplication.instance()
    if app is None:  # a QApplication, as report/stats make: one kind per process
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication([APP_NAME])
    install_language(app, code)
    return code
