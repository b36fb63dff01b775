"""The command line's refusals and the event log in Hebrew and Arabic, in the real window.

Every refusal template of the grammar (``command_words``, ``command_places``,
``command_grammar``) and every help usage and summary (``command_help``) is
marked for translation and has a Hebrew and an Arabic translation; typed
into the real main window's command line in those languages, a refusal reads
in the language with the typed word and the names in it isolated (so "E99"
and "999" are never reordered), and an event-log line of a committed event
(``console.session.bridge.event_view``) reads in the language with its values
isolated. In English the refusal is the grammar's own message.
"""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from console.controllers import command_grammar
from console.controllers.command_grammar import CommandContext
from widgets.i18n import install_language

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
SCRIPT = {"he": "\u0590-\u05ff", "ar": "\u0600-\u06ff"}
MODULES = sorted(Path(command_grammar.__file__).parent.glob("command_*.py"))
CONTEXT = CommandContext(
    units=("E11", "E12", "M31"),
    incidents=("2026-000123",),
    incident_types=("structure-fire", "traffic-collision"),
)


def _marked() -> list[str]:
    found = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                assert isinstance(node.args[1], ast.Constant), f"{path.name}:{node.lineno}"
                found.append(node.args[1].value)
    return found


def _fail_templates_are_literals() -> list[str]:
    """``_Fail(token, <template>)`` calls whose template is not marked (an f-string or a
    plain literal would reach the dispatcher untranslated)."""
    loose = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_Fail":
                template = node.args[1]
                marked = isinstance(template, ast.Call) and (
                    getattr(template.func, "id", None) == "QT_TRANSLATE_NOOP"
                )
                if not marked and not isinstance(
                    template, ast.Name | ast.Subscript
                ):  # marked tables
                    loose.append(f"{path.name}:{node.lineno}")
    return loose


@pytest.fixture
def language(qapp, tmp_path):  # type: ignore[no-untyped-def]
    def install(code: str) -> None:
        install_language(qapp, code, cache_dir=tmp_path)

    yield install
    install_language(qapp, "en", cache_dir=tmp_path)


def test_every_refusal_is_a_marked_literal() -> None:
    assert not _fail_templates_are_literals()
    assert len(_marked()) > 90


@pytest.mark.parametrize("code", ["he", "ar"])
def test_every_marked_text_is_translated(language, code: str) -> None:  # type: ignore[no-untyped-def]
    language(code)
    untranslated = [
        text for text in _marked() if QCoreApplication.translate("CommandGrammar", text) == text
    ]
    assert not untranslated, "\n".join(untranslated)


def _window(qtbot):  # type: ignore[no-untyped-def]
    from console.main_window import MainWindow

    window = MainWindow("Jerusalem centre (demo)", ZoneInfo("Asia/Jerusalem"), command_grammar)
    qtbot.addWidget(window)
    window.command_line.set_context(CONTEXT)
    return window


def _refusal(window, text: str) -> str:  # type: ignore[no-untyped-def]
    line = window.command_line
    line.line_edit().setText(text)
    assert line.submit() is None
    return line.error_text()


def _own_words(text: str) -> str:
    return re.sub(f"[{LRI}{FSI}][^{PDI}]*{PDI}", " ", text)


@pytest.mark.parametrize("code", ["he", "ar"])
def test_refusals_read_in_the_language_with_values_isolated(qtbot, language, code: str) -> None:  # type: ignore[no-untyped-def]
    language(code)
    window = _window(qtbot)
    unknown = _refusal(window, "D 123 M3")
    assert f"{FSI}M3{PDI}" in unknown and f"{LRI}M31{PDI}" in unknown  # did you mean M31?
    ambiguous_type = _refusal(window, "N xyzzy")
    wrong_incident = _refusal(window, "D 999 E11")
    assert f"{FSI}999{PDI}" in wrong_incident
    out_of_range = _refusal(window, "N structure-fire @ 91,24")
    assert f"{LRI}91{PDI}" in out_of_range
    for text in (unknown, ambiguous_type, wrong_incident, out_of_range, _refusal(window, "")):
        own = _own_words(text)
        assert re.search(f"[{SCRIPT[code]}]", own), text
        assert not re.search(r"\b(unknown|did you mean|incident|out of range|type a)\b", own), text


def test_english_refusals_are_the_grammar_messages(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    window = _window(qtbot)
    assert _refusal(window, "D 123 M3") == "unknown unit 'M3' — did you mean M31?"


@pytest.mark.parametrize("code", ["he", "ar"])
def test_an_event_log_line_reads_in_the_language(qtbot, language, code: str) -> None:  # type: ignore[no-untyped-def]
    from console.session.bridge import event_view
    from models.store import StoredEvent
    from widgets.event_log import EventColumn

    language(code)
    window = _window(qtbot)
    when = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
    events = [
        StoredEvent("console", "system.start", when, {"site": "Jerusalem centre"},
                    None, None, 1, ""),
        StoredEvent("link:avl-udp", "link.state", when,
                    {"link": "avl-udp", "state": "down", "endpoint": "udp :10210",
                     "error": "connection refused"}, None, None, 2, ""),
    ]  # fmt: skip
    window.event_log.append_events([event_view(e) for e in events])
    model = window.event_log.model()
    lines = [model.index(row, EventColumn.SUMMARY).data(Qt.ItemDataRole.DisplayRole)
             for row in range(2)]  # fmt: skip
    started, link = lines[1], lines[0]  # newest first
    assert f"{FSI}Jerusalem centre{PDI}" in started
    assert f"{LRI}avl-udp{PDI}" in link and f"{FSI}connection refused{PDI}" in link
    assert QCoreApplication.translate("LinkStatusModel", "down") in link
    for line in lines:
        own = _own_words(line)
        assert re.search(f"[{SCRIPT[code]}]", own), line
        assert not re.search(r"[A-Za-z]{3,}", own), line


@pytest.mark.parametrize("code", ["he", "ar"])
def test_usage_lines_keep_their_left_to_right_order(language, code: str) -> None:  # type: ignore[no-untyped-def]
    """A usage line is command syntax: the help table shows it left to right, so every
    Hebrew or Arabic argument name in it is isolated (else the brackets around it
    resolve right to left and "D <incident> [<unit>...]" scrambles)."""
    from console.controllers.command_help import HELP

    language(code)
    loose = []
    for entry in HELP:
        shown = QCoreApplication.translate("CommandGrammar", entry.usage)
        assert shown != entry.usage and shown.lstrip("\u200f").startswith(entry.verb), shown
        if re.search(f"[{SCRIPT[code]}]", _own_words(shown)):
            loose.append(shown)
    assert not loose, "\n".join(loose)
