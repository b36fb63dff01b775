"""The shipped translations keep up with the code.

Every language of ``widgets.i18n.LANGUAGES`` but the source has a
``resources/translations/dispatch_<code>.ts``; no entry is unfinished or
empty; every placeholder ({name}, %1, %n) and the one mnemonic "&" of a
source come back in its translation; plural entries have as many forms as
the language has (Arabic six, Czech and Serbian three); Hebrew and Arabic are
written in their own scripts. Running the extraction (pyside6-lupdate and
resources/translations/update.py) over today's code on a copy of the files
leaves nothing new to translate: a string added or changed in a widget
without its translations fails here, naming it. Each file compiles with
pyside6-lrelease and Qt finds our translation through the loader.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from resources.translations import update as ts_update
from widgets.i18n import LANGUAGES, SOURCE_LANGUAGE, compiled_catalogue, install_language

TS_DIR = ts_update.HERE
CODES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PLURAL_FORMS = {"he": 2, "ar": 6, "cs": 3, "fr": 2, "sr": 3, "sr_Latn": 3}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n")
SCRIPT = {"he": "HEBREW", "ar": "ARABIC", "sr": "CYRILLIC"}


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message))
    return found


def _texts(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def test_one_ts_file_per_language() -> None:
    assert set(CODES) == set(PLURAL_FORMS)
    for code in CODES:
        path = ts_update.ts_path(code)
        assert path.is_file(), f"missing {path.name}"
        root = ET.parse(path).getroot()
        assert root.get("sourcelanguage") == "en"
        assert root.get("language") == code
        assert _messages(path), f"{path.name} holds no messages"


@pytest.mark.parametrize("code", CODES)
def test_every_entry_is_finished_and_keeps_its_placeholders(code: str) -> None:
    problems = []
    for context, message in _messages(ts_update.ts_path(code)):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        if tr.get("type") == "unfinished":
            problems.append(f"unfinished: {_where(context, message)}")
            continue
        numerus = message.get("numerus") == "yes"
        texts = _texts(message)
        if numerus and len(texts) != PLURAL_FORMS[code]:
            problems.append(f"{len(texts)} plural forms: {_where(context, message)}")
        for text in texts:
            if not text.strip():
                problems.append(f"empty: {_where(context, message)}")
                continue
            wanted = sorted(PLACEHOLDER.findall(source))
            got = sorted(PLACEHOLDER.findall(text))
            if numerus:  # a form may spell the number out ("one unit")
                wanted = [p for p in wanted if p != "%n"]
                got = [p for p in got if p != "%n"]
            if wanted != got:
                problems.append(f"placeholders {got} != {wanted}: {_where(context, message)}")
            if source.count("&") - source.count("&&") == 1 and text.count("&") != 1:
                problems.append(f"mnemonic '&' lost: {_where(context, message)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(SCRIPT))
def test_translations_are_written_in_the_languages_script(code: str) -> None:
    script = SCRIPT[code]
    latin_only = []
    for context, message in _messages(ts_update.ts_path(code)):
        source = message.findtext("source") or ""
        if not re.search(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", source)):
            continue  # "{0} km", "CAP", "VoIP": nothing to write in another script
        letters = [c for t in _texts(message) for c in t if c.isalpha()]
        if letters and not any(script in unicodedata.name(c, "") for c in letters):
            if source not in ("CAP", "VoIP"):
                latin_only.append(_where(context, message))
    assert not latin_only, "\n".join(latin_only)


def test_the_same_source_reads_the_same_in_every_context() -> None:
    """Column titles are matched across contexts (the window fits the panels' columns
    by their translated titles): one source text, one translation per language."""
    for code in CODES:
        seen: dict[str, tuple[str, list[str]]] = {}
        clashes = []
        for context, message in _messages(ts_update.ts_path(code)):
            source = message.findtext("source") or ""
            texts = _texts(message)
            if source in seen and seen[source][1] != texts:
                clashes.append(f"{code}: {source!r} in {seen[source][0]} and {context}")
            seen.setdefault(source, (context, texts))
        assert not clashes, "\n".join(clashes)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files re-extracted from today's code, on a copy."""
    folder = tmp_path_factory.mktemp("ts")
    for code in CODES:
        shutil.copy(ts_update.ts_path(code), folder)
    files = ts_update.source_files()
    for code in CODES:
        ts_update.update(code, files, folder)
    return folder


@pytest.mark.parametrize("code", CODES)
def test_no_source_string_in_the_code_lacks_a_translation(refreshed: Path, code: str) -> None:
    missing = [
        _where(context, message)
        for context, message in _messages(ts_update.ts_path(code, refreshed))
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not missing, (
        f"{len(missing)} strings in the code have no {code} translation; run "
        "`python -m resources.translations.update` and translate them:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("code", CODES)
def test_each_file_compiles_and_is_found_through_the_loader(
    qapp, tmp_path: Path, code: str
) -> None:
    qm = compiled_catalogue(ts_update.ts_path(code), tmp_path)
    assert qm is not None and qm.stat().st_size > 0
    try:
        installed = install_language(qapp, code, cache_dir=tmp_path)
        assert installed.catalogue == qm
        translated = QCoreApplication.translate("status", "on scene")
        assert translated and translated != "on scene"
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        install_language(qapp, SOURCE_LANGUAGE)


@pytest.mark.parametrize("code", ["he", "ar"])
def test_right_to_left_entries_open_right_to_left(code: str) -> None:
    """A Hebrew or Arabic line is laid out from its first strong letter: an entry that
    opens with a Latin word or a placeholder starts with RIGHT-TO-LEFT MARK (U+200F)."""
    wrong = []
    for context, message in _messages(ts_update.ts_path(code)):
        for text in _texts(message):
            first = next(
                (
                    "L" if ch == "{" else unicodedata.bidirectional(ch)
                    for ch in text
                    if ch == "{" or unicodedata.bidirectional(ch) in ("L", "R", "AL")
                ),
                None,
            )
            if first == "L" and not text.startswith("\u200f"):
                wrong.append(_where(context, message))
    assert not wrong, "\n".join(wrong)


def test_every_context_is_one_qt_looks_up() -> None:
    """A context is a class of the code (``self.tr``) or a literal ``translate("Ctx", ...)``
    context: ``parent.tr(...)`` or ``widget.tr(...)`` makes lupdate file the string under the
    variable's name, where Qt never looks (add the module to ``CONTEXT_FIXES`` or use
    ``QCoreApplication.translate``)."""
    import ast

    known = set(ts_update.QT_SUPPLEMENT)
    for path in ts_update.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                known.add(str(node.args[0].value))
    for code in CODES:
        names = {c.findtext("name") or "" for c in ET.parse(ts_update.ts_path(code)).getroot()}
        assert not names - known, f"{code}: contexts Qt never looks up: {sorted(names - known)}"
