"""The operator desk speaks the console's language: the sign-in dialog's refusals, the
status bar after a sign-in, the operators dialog's roles and answers, through the real
console (Hebrew right to left with its values isolated, French), while the desk's
English (``DeskOutcome.english``, the log) stays as it was."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from console import app as app_module
from console.app import Console
from console.session.operator_desk import DeskOutcome, Said, worded
from models.operators.manage import add_operator
from models.operators.signin import sign_in
from models.operators.state import OperatorsState
from tests.console.session.test_operator_console import sign_in_with_dialog, until
from widgets.bidi import strip_isolates
from widgets.i18n import install_language

FSI, LRI, PDI, RLM = "\u2068", "\u2066", "\u2069", "\u200f"
HEBREW = "\u0590-\u05ff"


@pytest.fixture
def language(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    def install(code: str) -> None:
        install_language(qapp, code, cache_dir=tmp_path)

    yield install
    install_language(qapp, "en", cache_dir=tmp_path)


@pytest.fixture
def live(
    console_loop: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], Console]:
    monkeypatch.setattr(app_module, "default_operator", lambda: "olli")

    def make() -> Console:
        url = f"sqlite:///{tmp_path / 'live.sqlite'}"
        console = Console(None, url, "day", links="none", sign_in=True)
        qtbot.addWidget(console.window)
        return console

    return make


def _latin_words(text: str, *allowed: str) -> list[str]:
    plain = strip_isolates(text)
    for word in allowed:
        plain = plain.replace(word, "")
    return re.findall(r"[A-Za-z]{3,}", plain)


def test_a_hebrew_desk_refuses_and_answers_in_hebrew(
    live: Callable[[], Console], console_loop: Any, qtbot: Any, language: Any
) -> None:
    language("he")
    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        oc, desk = session.operator_console, session.desk
        # The first administrator's sign-in at start, as the status bar says it.
        start = console.window.statusBar().currentMessage()
        assert f"{FSI}olli{PDI}" in start and not _latin_words(start, "olli"), start
        # The operators dialog: roles by their Hebrew names, answers in Hebrew.
        console.window.sigOperatorsRequested.emit()
        dialog = oc.operators_dialog
        assert dialog is not None
        roles = [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())]
        assert not any(_latin_words(role) for role in roles), roles
        dispatcher = QCoreApplication.translate("Refusal", "dispatcher")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(dispatcher))
        dialog.name_edit.setText("dina")
        dialog.password_edit.setText("dina-pass-1")
        dialog.again_edit.setText("dina-pass-1")
        dialog.sigAddRequested.emit("dina", dialog.role_combo.currentData(), "dina-pass-1")
        await until(lambda: dialog.table.rowCount() == 2, "dina in the list")
        await oc.wait_idle()
        assert session.position_operator.state.operator("dina").role == "dispatcher"
        shown = dialog.message.text()
        assert f"{FSI}dina{PDI}" in shown and f"{FSI}{dispatcher}{PDI}" in shown, shown
        assert not _latin_words(shown, "dina"), shown
        row = next(r for r in range(2) if dialog.table.item(r, 0).text() == "dina")
        assert dialog.table.item(row, 1).text() == dispatcher
        dialog.close()

        # The sign-in dialog: a wrong password, refused in Hebrew, the name isolated.
        console.window.sigChangeOperatorRequested.emit()
        text = await sign_in_with_dialog(qtbot, console, "dina", "not her password")
        assert f"{FSI}dina{PDI}" in text, text
        assert re.search(f"[{HEBREW}]", text) and not _latin_words(text, "dina"), text
        # An unknown name, and the English the log keeps for the same refusal.
        text = await sign_in_with_dialog(qtbot, console, "nobody", "whatever-1")
        assert f"{FSI}nobody{PDI}" in text and not _latin_words(text, "nobody"), text
        # Signed in: the shift change read in Hebrew in the status bar.
        assert await sign_in_with_dialog(qtbot, console, "dina", "dina-pass-1") == ""
        said = console.window.statusBar().currentMessage()
        assert said.startswith(RLM) and f"{FSI}dina{PDI}" in said, said
        assert f"{FSI}olli{PDI}" in said and not _latin_words(said, "dina", "olli"), said
        # The operator's line in the status bar: the role in Hebrew.
        assert dispatcher in console.window.operator_label.text()
        # A refusal from the roles (a dispatcher may not manage operators), in Hebrew.
        outcome = await desk.manage(add_operator, "eve", "call-taker", "eve-pass-12")
        assert not outcome.ok and not _latin_words(outcome.message), outcome.message
        assert "managing operators needs" in outcome.english
        # The operators dialog, closed (and freed) before, opens again.
        console.window.sigOperatorsRequested.emit()
        assert oc.operators_dialog is not None and oc.operators_dialog.table.rowCount() == 2
        await console.shutdown()

    console_loop.run_until_complete(scenario())


def test_the_desk_words_the_sign_in_module_outcomes_as_it_did_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """Without a translator the desk's sentences are the sign-in module's own."""
    from datetime import UTC, datetime

    from models.operators import events as ev
    from models.operators.passwords import hash_password

    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    state = OperatorsState()
    state.apply(ev.ADDED, {"name": "anna", "role": "dispatcher",
                           "password_hash": hash_password("anna-pass-1")}, now)  # fmt: skip
    state.apply(ev.ADDED, {"name": "ben", "role": "supervisor", "password_hash": None}, now)
    state.apply(ev.DISABLED, {"name": "ben", "reason": "left"}, now)
    for name, password in (("anna", "anna-pass-1"), ("anna", "wrong"), ("zed", "x"),
                           ("ben", "x")):  # fmt: skip
        outcome = sign_in(state, "p1", name, password, now)
        assert str(worded(outcome, state, "p1", now)) == outcome.message
    for _ in range(6):  # into the back-off
        outcome = sign_in(state, "p1", "anna", "wrong", now)
        for event in outcome.events:
            state.apply(event.kind, event.payload, now)
    outcome = sign_in(state, "p1", "anna", "wrong", now)
    assert "try again in" in outcome.message
    assert str(worded(outcome, state, "p1", now)) == outcome.message
    # Signed in at p1: a second position is refused, and a shift change at p1 is worded.
    ok = sign_in(state, "p1", "anna", "anna-pass-1", datetime(2026, 12, 6, 13, tzinfo=UTC))
    for event in ok.events:
        state.apply(event.kind, event.payload, now)
    elsewhere = sign_in(state, "p2", "anna", "anna-pass-1", now)
    assert not elsewhere.ok
    assert str(worded(elsewhere, state, "p2", now)) == elsewhere.message


def test_a_french_desk_writes_french_typography(qapp, language) -> None:  # type: ignore[no-untyped-def]
    from console.session.operator_desk import WRONG_PASSWORD
    from models.refusal import Text

    language("fr")
    outcome = DeskOutcome(False, Said(WRONG_PASSWORD, name=Text("dina")))
    assert outcome.message == "mot de passe incorrect pour dina"
    assert outcome.english == "wrong password for dina"
    nested = DeskOutcome(False, Said("not signed in: {problem}", problem=outcome.said))
    assert nested.message == "non connecté\u00a0: mot de passe incorrect pour dina"
