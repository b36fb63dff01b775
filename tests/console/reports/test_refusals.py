"""The services' refusals in the console's language (``console.reports.refusals``).

``refusal_text`` translates a ``models.refusal.Refusal`` and fills it with its values as
the console shows them: statuses by their translated names, phrases translated in
turn, call signs and incident numbers isolated left to right in a right-to-left
console; anything else is its text. Driven through the real command line of the
real console (offscreen, a temporary SQLite store) in Hebrew and French: dispatching
a unit that is already committed and a status change the state machine refuses are
shown translated with the values isolated, while the exception and the log keep the
English sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from console import app as app_module
from console.app import Console
from console.controllers.actions import refused_line
from console.reports.refusals import refusal_text
from console.services.dispatch import DispatchError
from models.dispatch.status import UnitStatus, check_change
from models.operators.roles import require
from models.refusal import Refusal, Text
from tests.polling import wait_for
from widgets.bidi import strip_isolates
from widgets.i18n import install_language

pytestmark = pytest.mark.timeout(180)

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def _status(name: str) -> str:
    return QCoreApplication.translate("status", name)


@pytest.fixture
def language(qapp, tmp_path):  # type: ignore[no-untyped-def]
    """Install a language for one test; English again afterwards."""

    def install(code: str) -> None:
        install_language(qapp, code, cache_dir=tmp_path)

    yield install
    install_language(qapp, "en", cache_dir=tmp_path)


def test_english_is_the_refusal_itself(language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    refusal = DispatchError(
        "{unit} is {status}: not available", unit="E11", status=UnitStatus.ON_SCENE
    )
    assert refusal_text(refusal) == str(refusal) == "E11 is on scene: not available"
    assert refusal_text(KeyError("x")) == "'x'"


def test_hebrew_translates_the_sentence_and_isolates_its_values(language) -> None:  # type: ignore[no-untyped-def]
    language("he")
    with pytest.raises(Exception) as caught:
        check_change("E11", UnitStatus.AVAILABLE, UnitStatus.ON_SCENE)
    shown = refusal_text(caught.value)
    assert f"{LRI}E11{PDI}" in shown
    assert f"{FSI}{_status('available')}{PDI}" in shown
    assert f"{FSI}{_status('on scene')}{PDI}" in shown
    for status in ("available on radio", "dispatched", "out of service"):
        assert _status(status) in shown
    assert not re.search(r"[A-Za-z]{3,}", strip_isolates(shown).replace("E11", "")), shown
    # The English sentence is unchanged for logs and the event log.
    assert "cannot go from available to on scene" in str(caught.value)


def test_phrases_are_translated_in_turn(language) -> None:  # type: ignore[no-untyped-def]
    language("fr")
    with pytest.raises(Exception) as caught:
        require("call-taker", "incident.close")
    shown = refusal_text(caught.value)
    assert shown == (
        "clôturer une intervention nécessite le rôle opérateur ou chef de salle\u00a0; "
        "votre rôle\u00a0: opérateur de traitement de l'alerte"  # French: no break before ; :
    ), shown
    assert str(caught.value).startswith("closing an incident needs the dispatcher or supervisor")


def test_free_text_and_untranslated_templates(language) -> None:  # type: ignore[no-untyped-def]
    language("he")
    # A template the catalogue does not hold (a sentence a controller translated itself,
    # or one added without its translation yet) is shown as it is, its values isolated.
    shown = refusal_text(Refusal("{unit} xyz {why}", unit="E11", why=Text("שבר")))
    assert shown == f"{LRI}E11{PDI} xyz {FSI}שבר{PDI}"
    # Anything else: its text, isolated by its own direction.
    assert refusal_text(ValueError("broken")) == f"{FSI}broken{PDI}"


@pytest.mark.parametrize(
    ("code", "script"), [("he", "\u0590-\u05ff"), ("fr", "A-Za-zÀ-ÿ")], ids=["he", "fr"]
)
def test_the_command_line_shows_the_services_refusals_translated(
    console_loop, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language, code, script
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    monkeypatch.setattr(app_module, "default_operator", lambda: "olli")
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", links="none")
    qtbot.addWidget(console.window)
    rtl = code == "he"

    def ltr(value: str) -> str:
        return f"{LRI}{value}{PDI}" if rtl else value

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        session = console.session
        controller, service = session.controller, session.dispatch
        assert controller is not None and service is not None
        first, second = (unit.call_sign for unit in session.site.units[:2])
        busy = await service.create_incident("structure-fire", 60.17, 24.945, "Mariankatu 9")
        await service.dispatch(busy, [first], recommended=False)
        other = await service.create_incident("structure-fire", 60.171, 24.946, "Mariankatu 11")
        line = console.window.command_line
        await wait_for(lambda: other in line.context().incidents, "the incident in context")

        # D <incident> <unit>: the unit is dispatched to another incident.
        line.line_edit().setText(f"D {other} {first}")
        assert line.submit() is not None, line.error_text()
        await controller.wait_idle()
        shown = line.refusal_text()
        dispatched = _status("dispatched")
        action = QCoreApplication.translate("DispatchController", "dispatch")
        joined = {"he": f"\u200f{action}: ", "fr": f"{action}\u00a0: "}[code]
        assert refused_line(action, "") == joined  # each language joins its way
        assert shown.startswith(joined), shown
        assert ltr(first) in shown and ltr(busy) in shown, shown
        assert (f"{FSI}{dispatched}{PDI}" if rtl else dispatched) in shown, shown
        expected = QCoreApplication.translate(
            "Refusal", "{unit} is {status} to {incident}: not available"
        )
        assert expected != "{unit} is {status} to {incident}: not available"
        plain = strip_isolates(shown)
        assert "not available" not in plain and "dispatch" not in plain, plain
        assert re.search(f"[{script}]", plain)

        # OS <unit>: available -> on scene is not a step the state machine allows.
        line.line_edit().setText(f"OS {second}")
        assert line.submit() is not None, line.error_text()
        await controller.wait_idle()
        shown = line.refusal_text()
        assert ltr(second) in shown, shown
        for status in ("available", "on scene"):
            name = _status(status)
            assert (f"{FSI}{name}{PDI}" if rtl else name) in shown, shown
        assert "cannot go from" not in shown, shown
        assert service.state.unit(second).status is UnitStatus.AVAILABLE
        await console.shutdown()

    console_loop.run_until_complete(scenario())


def test_a_reason_given_as_text_is_translated(console_loop, language, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The places service says why places are unavailable as a ``Reason`` (a str): a
    search's answer shows it translated, the path isolated; plain text stays as it is."""
    from console.services.places import PlacesService

    language("he")
    missing = tmp_path / "missing.places"
    service = PlacesService(missing)

    async def ask() -> str | None:
        service.start()
        try:
            answer = await service.search("Mariankatu 9")
        finally:
            service.close()
        return answer.unavailable

    why = console_loop.run_until_complete(ask())
    assert why == f"no places index at {missing} (run import-osm)"
    shown = refusal_text(why)  # type: ignore[arg-type]
    assert shown.startswith("אין אינדקס מקומות"), shown
    assert f"{LRI}{missing}{PDI}" in shown
    assert refusal_text("plain words") == f"{FSI}plain words{PDI}"


def test_the_stores_rejected_events_message_is_translated(language, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A group the store could not take is kept as rejected rows; its refusal reads in
    the console's language (the rows' numbers and the store's reason as values) while its
    English ``str`` is as before."""
    from datetime import UTC, datetime

    from models.store import GroupCommitWriter, NewEvent, open_store
    from models.store.receipt import GuardRefused

    store = open_store(f"sqlite:///{tmp_path / 'live.sqlite'}")
    rx = datetime.now(UTC)
    group = [NewEvent("operator:anna", "unit.assigned", rx, {"unit": "P-1", "eta_s": float("inf")})]
    with GroupCommitWriter(store, window_s=0) as writer:
        (receipt,) = writer.submit_group(group, lambda conn: None)
        with pytest.raises(GuardRefused) as caught:
            receipt.result(timeout=10)
    store.close()
    english = str(caught.value)
    assert english.startswith("The store could not take this action (")
    assert "kept in the log as rejected event(s) 1..1, not applied." in english
    language("fr")
    shown = refusal_text(caught.value)
    assert shown.startswith("La base n'a pas pu prendre cette action (") and "1..1" in shown, shown
    language("he")
    shown = refusal_text(caught.value)
    assert f"{LRI}{LRI}1{PDI}..{LRI}1{PDI}{PDI}" in shown, shown
    assert not re.search(r"[A-Za-z]{3,}", re.sub(f"{FSI}[^{PDI}]*{PDI}", "", shown)), shown
