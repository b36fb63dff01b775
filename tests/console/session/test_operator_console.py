"""Operators at a live position, through the real console: the first administrator,
sign-in and its refusals, shift change, roles refused by the services, the idle lock,
sign-out at close; every step an event in the one log (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console import app as app_module
from console.app import Console
from console.services.calls import CallError
from console.services.dispatch import DispatchError
from models.operators.manage import add_operator, change_password, change_role
from models.store import NewEvent, open_store
from models.store.schema import events_table

PASSWORDS = {"carl": "carl-pass-1", "dina": "dina-pass-1", "sami": "sami-pass-1"}
LAT, LON = 60.1700, 24.9450


async def until(condition: Callable[[], Any], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.01)


def operator_events(store_url: str) -> list[tuple[str, str, dict]]:
    store = open_store(store_url)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(events_table.c.source, events_table.c.kind, events_table.c.payload)
                .where(events_table.c.kind.like("operator.%"))
                .order_by(events_table.c.seq)
            ).all()
    finally:
        store.close()
    return [(r.source, r.kind, r.payload) for r in rows]


def sources_of(store_url: str, kind: str) -> list[str]:
    store = open_store(store_url)
    try:
        with store.engine.connect() as conn:
            return list(
                conn.execute(
                    select(events_table.c.source).where(events_table.c.kind == kind)
                ).scalars()
            )
    finally:
        store.close()


@pytest.fixture
def live(
    console_loop: Any, qtbot: Any, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], Console]:
    monkeypatch.setattr(app_module, "default_operator", lambda: "olli")

    def make() -> Console:
        console = Console(None, store_url, "day", links="none", sign_in=True)
        qtbot.addWidget(console.window)
        return console

    return make


async def sign_in_with_dialog(qtbot: Any, console: Console, name: str, password: str) -> str:
    """Type into the sign-in dialog as a person would; the dialog's text when it stays."""
    oc = console.session.operator_console
    await until(lambda: oc.dialog is not None, "the sign-in dialog")
    dialog = oc.dialog
    dialog.name_edit.setText(name)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    await until(
        lambda: oc.dialog is None or dialog.message.isVisibleTo(dialog), "the sign-in answer"
    )
    await oc.wait_idle()
    return "" if oc.dialog is None else dialog.message.text()


def test_first_start_signs_in_the_os_user_then_roles_apply(
    live: Callable[[], Console], console_loop: Any, qtbot: Any, store_url: str
) -> None:
    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        op = session.position_operator
        # A new store: the OS user is its first administrator, signed in without a prompt.
        assert session.operator_console.dialog is None
        assert op.session().name == "olli" and op.session().role == "administrator"
        assert op.holds_store == store_url.startswith("sqlite")
        assert "olli (administrator)" in console.window.operator_label.text()
        desk = session.desk
        for name, role in (("carl", "call-taker"), ("dina", "dispatcher"), ("sami", "supervisor")):
            outcome = await desk.manage(add_operator, name, role, PASSWORDS[name])
            assert outcome.ok, outcome.message
        outcome = await desk.manage(change_password, "olli", "olli-pass-1")
        assert outcome.ok, outcome.message
        # With a password the administrator's role applies: no incidents for them.
        assert not op.holds_store
        with pytest.raises(DispatchError, match="needs the call-taker, dispatcher or supervisor"):
            await session.dispatch.create_incident("structure-fire", LAT, LON)

        # Shift change to a call-taker through the dialog: an operator.changed event.
        console.window.sigChangeOperatorRequested.emit()
        assert await sign_in_with_dialog(qtbot, console, "carl", PASSWORDS["carl"]) == ""
        assert op.session().name == "carl"
        incident_id = await session.dispatch.create_incident("structure-fire", LAT, LON)
        # A call-taker is refused a dispatch by the service, naming the role needed.
        with pytest.raises(DispatchError, match="dispatching units needs the dispatcher or"):
            await session.dispatch.dispatch(incident_id, ["HE11"], recommended=False)
        # ... and from the command line, shown where refusals are shown.
        session.controller._run(session.controller._dispatch(incident_id, ["HE11"]), "dispatch")
        await session.controller.wait_idle()
        assert "needs the dispatcher or supervisor role; you are call-taker" in (
            console.window.statusBar().currentMessage()
        )

        # A wrong password: refused in the dialog, logged, still carl at the position.
        console.window.sigChangeOperatorRequested.emit()
        text = await sign_in_with_dialog(qtbot, console, "dina", "not her password")
        assert "wrong password for dina" in text
        text = await sign_in_with_dialog(qtbot, console, "nobody", "whatever-1")
        assert "no operator is named 'nobody'" in text
        assert op.session().name == "carl"
        assert await sign_in_with_dialog(qtbot, console, "dina", PASSWORDS["dina"]) == ""
        await session.dispatch.dispatch(incident_id, ["HE11"], recommended=False)
        # A supervisor's action through the real service: refused to a dispatcher.
        outcome = await desk.manage(add_operator, "eve", "call-taker", "eve-pass-12")
        assert not outcome.ok
        assert "managing operators needs the supervisor or administrator role" in outcome.message
        assert "you are dispatcher" in outcome.message
        # A role changed while signed in applies at the next action (changed elsewhere).
        sami = session.position_operator.state.operator("sami")
        assert sami is not None
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    events = operator_events(store_url)
    kinds = [kind for _source, kind, _payload in events]
    assert kinds[:2] == ["operator.added", "operator.signed_in"]
    assert events[0][0] == "system" and events[0][2]["first"] is True
    assert events[1][2]["method"] == "os-user"
    changed = [p for _s, k, p in events if k == "operator.changed"]
    assert [(c["previous"], c["name"]) for c in changed] == [("olli", "carl"), ("carl", "dina")]
    failed = [p["reason"] for _s, k, p in events if k == "operator.sign_in_failed"]
    assert failed == ["wrong password", "unknown operator"]
    assert kinds[-1] == "operator.signed_out"  # closing the console signs dina out
    assert events[-1][2]["reason"] == "console closed"
    # Every action carries the signed-in operator, never a free-text name.
    assert sources_of(store_url, "incident.created") == ["operator:carl"]
    assert set(sources_of(store_url, "unit.assigned")) == {"operator:dina"}


def test_a_role_change_applies_at_the_next_action(
    live: Callable[[], Console], console_loop: Any, qtbot: Any, store_url: str
) -> None:
    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        desk = session.desk
        assert (await desk.manage(add_operator, "dina", "dispatcher", PASSWORDS["dina"])).ok
        assert (await desk.manage(change_password, "olli", "olli-pass-1")).ok
        console.window.sigChangeOperatorRequested.emit()
        assert await sign_in_with_dialog(qtbot, console, "dina", PASSWORDS["dina"]) == ""
        incident_id = await session.dispatch.create_incident("structure-fire", LAT, LON)
        # Another position's administrator demotes dina: an event in the shared log.
        store = open_store(store_url)
        try:
            from models.operators.manage import Actor
            from models.operators.state import load_operators
            from models.store import GroupCommitWriter

            events = change_role(
                load_operators(store), Actor("olli", "administrator"), "dina", "call-taker",
                datetime.now(UTC),
            )  # fmt: skip
            with GroupCommitWriter(store, window_s=0) as writer:
                writer.submit(events[0]).result(30)
        finally:
            store.close()
        await until(
            lambda: session.position_operator.session().role == "call-taker", "the new role"
        )
        with pytest.raises(DispatchError, match="you are call-taker"):
            await session.dispatch.dispatch(incident_id, ["HE11"], recommended=False)
        await console.shutdown()

    console_loop.run_until_complete(scenario())


def test_idle_lock_refuses_actions_and_unlocks_with_the_same_password(
    live: Callable[[], Console], console_loop: Any, qtbot: Any, store_url: str
) -> None:
    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        oc = session.operator_console
        assert (await session.desk.manage(change_password, "olli", "olli-pass-1")).ok
        assert (await session.desk.manage(add_operator, "sami", "supervisor", "sami-pass-1")).ok
        console.window.sigChangeOperatorRequested.emit()
        assert await sign_in_with_dialog(qtbot, console, "sami", "sami-pass-1") == ""
        # A ringing call: the position must not lock.
        session.writer.submit(
            NewEvent(
                "system", "call.offered", datetime.now(UTC) - timedelta(seconds=5),
                {"call_id": "C000001", "number": "3125551234", "via": "ali",
                 "class_of_service": None, "location": None, "frame": None},
            )
        )  # fmt: skip
        await until(lambda: session.calls.state.active_calls(), "the ringing call")
        assert oc.lock_forbidden() == "a call is ringing"
        oc.idle.timeout_s = 0.01
        await asyncio.sleep(0.02)
        oc.idle.check()
        assert not session.position_operator.locked
        await session.calls.answer("C000001")
        assert oc.lock_forbidden() == "a call is in progress at this position"
        await asyncio.sleep(0.02)
        oc.idle.check()
        assert not session.position_operator.locked
        await session.calls.abandon("C000001", "hung up")
        await until(lambda: not session.calls.state.active_calls(), "the call over")
        await asyncio.sleep(0.02)
        oc.idle.check()
        assert session.position_operator.locked and oc.overlay.locked
        with pytest.raises(CallError, match="the position is locked"):
            await session.calls.answer("C000001")
        # Unlock: a wrong password is refused (and logged), the right one unlocks.
        oc.overlay.password_edit.setText("wrong-password")
        qtbot.mouseClick(oc.overlay.unlock_button, Qt.MouseButton.LeftButton)
        await until(lambda: oc.overlay.message.isVisibleTo(oc.overlay), "the refusal")
        assert "wrong password for sami" in oc.overlay.message.text()
        assert session.position_operator.locked
        oc.overlay.password_edit.setText("sami-pass-1")
        qtbot.mouseClick(oc.overlay.unlock_button, Qt.MouseButton.LeftButton)
        await until(lambda: not session.position_operator.locked, "unlocked")
        assert not oc.overlay.isVisible()
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    failed = [p for _s, k, p in operator_events(store_url) if k == "operator.sign_in_failed"]
    assert [(p["name"], p["reason"]) for p in failed] == [("sami", "wrong password")]


def test_break_glass_when_the_database_is_lost_during_sign_in(
    live: Callable[[], Console], console_loop: Any, qtbot: Any, store_url: str
) -> None:
    import dataclasses

    from console.config.site import OperatorPolicy

    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        oc, op = session.operator_console, session.position_operator
        assert (await session.desk.manage(change_password, "olli", "olli-pass-1")).ok
        console.window.sigSignOutRequested.emit()
        await until(lambda: oc.dialog is not None, "the sign-in dialog after sign-out")
        assert "NOBODY SIGNED IN" in console.window.operator_label.text()
        op.policy = OperatorPolicy(break_glass_minutes=15, position=op.position)
        session._on_bridge_connection(False, "server closed the connection")
        text = await sign_in_with_dialog(qtbot, console, "olli", "olli-pass-1")
        assert "cannot sign in: the database connection is lost" in text
        dialog = oc.dialog
        assert not dialog.break_glass.isHidden()
        dialog.reason_edit.setText("database down during a structure fire")
        qtbot.mouseClick(dialog.break_glass_button, Qt.MouseButton.LeftButton)
        await until(lambda: oc.dialog is None, "the emergency session")
        assert "EMERGENCY SESSION: olli (dispatcher)" in console.window.operator_label.text()
        assert "BREAK-GLASS" in console.window.banner.text()
        assert "DATABASE CONNECTION LOST" in console.window.banner.text()
        # Still, nothing is recorded while the database is away: refused, never queued.
        with pytest.raises(DispatchError, match="NOT RECORDED"):
            await session.dispatch.create_incident("structure-fire", LAT, LON)
        session._on_bridge_connection(True, None)
        incident_id = await session.dispatch.create_incident("structure-fire", LAT, LON)
        assert incident_id
        # Time is up: the session ends (an event) and the position asks for a sign-in.
        op.break_glass = dataclasses.replace(
            op.break_glass, until=datetime.now(UTC) - timedelta(seconds=1)
        )
        oc._on_glass_timer_timeout()
        await until(lambda: oc.dialog is not None, "the sign-in dialog after the time")
        await oc.wait_idle()
        assert op.break_glass is None and op.session() is None
        banner = console.window.banner
        assert banner.isHidden() or "BREAK-GLASS" not in banner.text()
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    kinds = [k for _s, k, _p in operator_events(store_url)]
    assert kinds[-2:] == ["operator.break_glass", "operator.break_glass_ended"]
    assert sources_of(store_url, "incident.created") == ["operator:olli"]


def test_a_sign_in_confirmed_late_counts_only_once_stored(
    live: Callable[[], Console],
    console_loop: Any,
    qtbot: Any,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from console.session import operator_desk

    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        oc, op = session.operator_console, session.position_operator
        assert (await session.desk.manage(add_operator, "dina", "dispatcher", "dina-pass-1")).ok
        # The database does not confirm in time (no time at all): not signed in yet...
        monkeypatch.setattr(operator_desk, "COMMIT_TIMEOUT_S", 0.0)
        outcome = await session.desk.sign_in("dina", "dina-pass-1")
        assert not outcome.ok and outcome.pending and "not signed in" in outcome.message
        # ... through the dialog too: refused there, and then stored a moment later.
        console.window.sigChangeOperatorRequested.emit()
        await sign_in_with_dialog(qtbot, console, "dina", "dina-pass-1")
        await until(lambda: op.session() is not None and op.session().name == "dina", "dina")
        await until(lambda: oc.dialog is None, "the dialog closed")
        await console.shutdown()

    console_loop.run_until_complete(scenario())


def test_operators_are_managed_from_the_dialog(
    live: Callable[[], Console], console_loop: Any, qtbot: Any, store_url: str
) -> None:
    from PySide6.QtWidgets import QPushButton

    console = live()

    async def scenario() -> None:
        console.window.show()
        session = console.session
        await session.start()
        oc = session.operator_console
        assert console.window.operator_menu.menuAction().isVisible()
        oc.lock()  # olli has no password yet: nothing to unlock with, so no lock
        assert not session.position_operator.locked and not oc.overlay.locked
        assert "cannot lock" in console.window.statusBar().currentMessage()
        console.window.sigOperatorsRequested.emit()
        dialog = oc.operators_dialog
        assert dialog is not None and dialog.table.rowCount() == 1  # olli
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QPushButton)}
        dialog.name_edit.setText("dina")
        dialog.role_combo.setCurrentText("dispatcher")
        dialog.password_edit.setText("dina-pass-1")
        dialog.again_edit.setText("dina-pass-1")
        qtbot.mouseClick(buttons["Add"], Qt.MouseButton.LeftButton)
        await until(lambda: dialog.table.rowCount() == 2, "dina in the list")
        await oc.wait_idle()
        assert dialog.message.text() == "dina added (dispatcher)"
        dialog.name_edit.setText("dina")
        dialog.password_edit.setText("short")
        dialog.again_edit.setText("short")
        qtbot.mouseClick(buttons["Reset password"], Qt.MouseButton.LeftButton)
        await until(lambda: "at least 8 characters" in dialog.message.text(), "the refusal")
        dialog.reason_edit.setText("left the service")
        qtbot.mouseClick(buttons["Disable"], Qt.MouseButton.LeftButton)
        await until(lambda: dialog.message.text() == "dina disabled", "dina disabled")
        assert session.position_operator.state.operator("dina").disabled
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    added = [(s, p["name"]) for s, k, p in operator_events(store_url) if k == "operator.added"]
    assert added == [("system", "olli"), ("operator:olli", "dina")]
