"""End to end, keyboard only: a call over ALI becomes an incident, is dispatched and closed.

The real console (offscreen) on a temporary SQLite store, the caller's ALI
record arriving over a pseudo-terminal the console's serial link reads. From
then on the dispatcher uses key events only (pytest-qt ``keyClicks`` and
``keyClick`` on the focused widget): Ctrl+L to the command line, F1 for the
commands, ``ANS`` (the ringing call), ``LOC`` (verify the caller's location),
``CI`` (the incident from the call, place from the call), ``D .`` (the
recommendation), ``ER``/``OS``/``AV`` (status changes), ``NOTE``, ``CLOSE``
and ``REL``; a refusal (``ANS`` with nothing ringing) is read under the line.
It asserts what the dispatcher sees (call queue and panel, incident queue
and card, unit board, the line's answers) and the stored events, in order,
each signed by the operator.
"""

from __future__ import annotations

import os
import tty
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.app import Console
from models.calls import events as cev
from models.dispatch import events as dev
from models.store import open_store, verify_chain
from radio.codecs.ali import encode_ali
from radio.messages_location import CallerLocation
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(180)

CALLER = (60.1712, 24.9433)  # on the embedded site's road network


def _ali(number: str) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali",
            "ALI",
            "ali",
            number=number,
            lat=CALLER[0],
            lon=CALLER[1],
            radius_m=25.0,
            confidence=90,
            class_of_service="WPH2",
            time=datetime.now(UTC),
            civic=(("NAM", "MOBILE CALLER"), ("A3", "HELSINKI")),
        )
    )


def _board_status(window: Any, call_sign: str) -> str:
    model = window.unit_board.model()
    row = model.row_of(call_sign)
    assert row is not None, call_sign
    column = next(
        c
        for c in range(model.columnCount())
        if str(model.headerData(c, Qt.Orientation.Horizontal)).casefold() == "status"
    )
    return str(model.index(row, column).data())


def test_a_whole_call_to_close_with_the_keyboard_only(
    console_loop: Any, qtbot: Any, make_site: Any, tmp_path: Path
) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    site_dir = make_site(
        [{"name": "ali", "transport": "serial", "protocol": "ali", "url": os.ttyname(slave)}]
    )
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day", operator="kim")
        window = console.window
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        cues: list[tuple[str, str]] = []
        window.sound_cues.sigCue.connect(lambda cue, subject: cues.append((cue, subject)))
        await console.session.start()
        session = console.session
        line = window.command_line
        edit = line.line_edit()
        controllers = (session.controller, session.call_controller, session.alert_controller)

        async def type_line(text: str) -> None:
            """The dispatcher types a line and presses Enter; the console acts on it."""
            assert QApplication.focusWidget() is edit, QApplication.focusWidget()
            qtbot.keyClicks(edit, text)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            for controller in controllers:
                await controller.wait_idle()
            assert line.refusal_text() == "", (text, line.refusal_text())

        await wait_for(
            lambda: all(r.link.health.state.value == "up" for r in session.ingest.links), "up"
        )
        # Focus is anywhere (the map); Ctrl+L goes to the command line.
        window.map_widget.setFocus()
        qtbot.keyClick(window.map_widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is edit

        # F1 in the line lists the commands (not the window's shortcut list).
        qtbot.keyClick(edit, Qt.Key.Key_F1)
        assert line.help_panel().isVisible()
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        assert not line.help_panel().isVisible()

        # Nothing rings yet: ANS is refused with the reason, under the line.
        qtbot.keyClicks(edit, "ANS")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert line.refusal_text() == "no call is ringing"
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        edit.clear()

        # The caller: an ALI record over the serial link.
        os.write(master, _ali("0409876543"))
        await wait_for(lambda: session.calls.state.active_calls(), "the call rings")
        (call,) = session.calls.state.active_calls()
        await wait_for(lambda: window.call_queue.selected_call() == call.call_id, "selected")
        assert window.call_panel.call() is not None
        assert window.call_panel.call().state == "ringing"
        assert ("call", call.call_id) in cues  # the position hears it ring

        await type_line("ANS")
        assert session.calls.state.call(call.call_id).state == "answered"
        await wait_for(lambda: window.call_panel.call().state == "answered", "panel: answered")

        await type_line("VERIFY")  # the caller confirms where they are
        assert session.calls.state.call(call.call_id).verified is not None

        # The incident from the call: the type typed (completed with Tab), the place the call's.
        # CI alone: the line comes back as "CI _ <call>" and says where the incident goes.
        await type_line("CI")
        assert edit.text() == f"CI  {call.call_id}" and edit.cursorPosition() == 3
        assert line.error_label().text().startswith(f"{call.call_id} at ")
        qtbot.keyClicks(edit, "traffic-collision-i")
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.text() == f"CI traffic-collision-injury {call.call_id}"
        await type_line("")
        (incident,) = session.dispatch.state.open_incidents()
        assert incident.call_id == call.call_id
        assert (incident.lat, incident.lon) == pytest.approx(CALLER)
        assert session.calls.state.call(call.call_id).incident_id == incident.incident_id
        assert [i.incident_id for i in window.incident_queue.model().incidents()] == [
            incident.incident_id
        ]
        await wait_for(lambda: window.recommendation_panel.recommendation() is not None, "rec")
        chosen = window.recommendation_panel.checked_call_signs()
        assert chosen, "the recommendation proposes units"

        await type_line("D .")
        assigned = sorted(session.dispatch.state.committed_units(incident.incident_id))
        assert assigned == sorted(chosen)
        # The card shows the incident with the units sent.
        assert window.incident_panel.incident() is not None
        assert window.incident_panel.incident().incident_id == incident.incident_id
        await wait_for(
            lambda: window.incident_panel.units_table().rowCount() == len(chosen), "card"
        )

        units = " ".join(chosen)
        await type_line(f"ER {units}")
        await wait_for(lambda: _board_status(window, chosen[0]) != "dispatched", "board: en route")
        seen["en_route"] = _board_status(window, chosen[0])
        await type_line(f"OS {units}")
        await wait_for(lambda: "scene" in _board_status(window, chosen[0]), "board: on scene")
        await type_line(f"NOTE {incident.incident_id[-1]} two cars, one person trapped")
        await type_line("CARD .")
        assert "one person trapped" in window.incident_panel.narrative_text()
        await type_line(f"AV {units}")
        await wait_for(lambda: _board_status(window, chosen[0]) == "available", "available")
        await type_line("CLOSE . handled")
        assert session.dispatch.state.incidents[incident.incident_id].status == "closed"
        assert window.incident_queue.model().incidents() == []
        await type_line("REL")
        assert session.calls.state.call(call.call_id).state == "released"
        seen.update(call=call.call_id, incident=incident.incident_id, units=chosen)
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        os.close(master)
        os.close(slave)

    assert "route" in seen["en_route"]
    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        events = sorted(store.latest_events(limit=1000), key=lambda e: e.seq)
    finally:
        store.close()
    mine = [e for e in events if e.source == "operator:kim"]
    kinds = [e.kind for e in mine]
    order = [
        cev.CALL_ANSWERED,
        cev.CALL_LOCATION_VERIFIED,
        dev.INCIDENT_CREATED,
        cev.CALL_ATTACHED,
        dev.UNIT_ASSIGNED,
        dev.UNIT_STATUS,
        dev.INCIDENT_NOTE,
        dev.INCIDENT_CLOSED,
        cev.CALL_RELEASED,
    ]
    assert [k for k in order if k in kinds] == order, kinds
    positions = [kinds.index(kind) for kind in order]
    assert positions == sorted(positions), kinds
    statuses = [(e.payload or {}).get("status") for e in mine if e.kind == dev.UNIT_STATUS]
    for status in ("dispatched", "en route", "on scene", "available"):
        assert statuses.count(status) == len(seen["units"]), statuses
    assert all(e.kind != cev.CALL_ABANDONED for e in events)
