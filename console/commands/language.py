"""The language a command run from a shell writes its reports in.

Contract: ``choose_command_language(requested) -> str`` decides the
language as the console itself would (``console.config.languages.choose_language``:
the ``--lang`` value, then ``DISPATCH_LANG``, then the language the console
remembers in its ``QSettings``, then the system locale, then English), never
remembering a ``--lang`` given to a command. ``install_command_language(code,
app=None)`` installs its translators before anything is written
(``console.reports.language.install_report_language``, which the drill's
headless run in a lower layer calls itself). A command function given ``language=None``
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
    """``console.reports.language.install_report_language`` (the reports' layer)."""
    from console.reports.language import install_report_language

    return install_report_language(code, app)
