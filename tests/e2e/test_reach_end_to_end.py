"""End to end: a dispatch reaches the units over a paging line and a TETRA radio line.

The real console (offscreen) on a temporary store, a site whose ``[reach]`` table names
an ESPA 4.4.4 paging line and a TETRA PEI line, each a pseudo-terminal with the project's
simulator as the far end (``radio.simulators``). The dispatcher types ``N`` and ``D``;
the page goes out on the ESPA line and the SDS on the radio line, HE11's crew answers
with statuses 3 and 4 over the radio and the unit board follows; HE12 never
acknowledges, so the alarm banner goes up and names it, the card shows where each
unit stands, and ``VOICE HE12`` takes the alarm down. The stored events say who did
what: the crew's statuses are signed ``radio:radio:<issi>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.app import Console
from models.dispatch import events as dev
from models.dispatch.reach import notice_base
from models.store import open_store, verify_chain
from radio.simulators.paging_system import PagingSystem
from radio.simulators.pty import PtyPeer
from radio.simulators.tetra_gateway import TetraGateway
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(180)

INCIDENT_AT = (60.1712, 24.9433)  # on the embedded site's road network
EN_ROUTE, ON_SCENE = 32773, 32774


def _reach_toml(pager: str, radio: str) -> str:
    return f"""
[reach]
link_limit_s = 5
crew_limit_s = 1

[[reach.links]]
name = "pager"
kind = "espa"
url = "{pager}"

[[reach.links]]
name = "radio"
kind = "tetra"
url = "{radio}"

[[reach.paths]]
unit = "HE11"
link = "pager"
address = "1011"

[[reach.paths]]
unit = "HE11"
link = "radio"
address = "2011"

[[reach.paths]]
unit = "HE12"
link = "radio"
address = "2012"
"""


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


def _reached(window: Any) -> dict[str, str]:
    table = window.incident_panel.units_table()
    return {table.item(r, 0).text(): table.item(r, 5).text() for r in range(table.rowCount())}


def test_a_dispatch_pages_and_texts_the_units_and_hears_their_radios(
    console_loop: Any, qtbot: Any, make_site: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    paging = PagingSystem()
    gateway = TetraGateway(never_acknowledge=frozenset({"2012"}))
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    seen: dict[str, Any] = {}
    with PtyPeer(paging) as pager, PtyPeer(gateway) as radio:
        site_dir = make_site([], extra=_reach_toml(pager.path, radio.path))

        async def scenario() -> None:
            console = Console(str(site_dir), store_url, "day", operator="kim")
            window = console.window
            qtbot.addWidget(window)
            window.show()
            with qtbot.waitActive(window):
                window.activateWindow()
            await console.session.start()
            session = console.session
            assert session.reach is not None
            line = window.command_line
            edit = line.line_edit()

            async def type_line(text: str) -> None:
                assert QApplication.focusWidget() is edit, QApplication.focusWidget()
                qtbot.keyClicks(edit, text)
                qtbot.keyClick(edit, Qt.Key.Key_Return)
                await session.controller.wait_idle()
                assert line.refusal_text() == "", (text, line.refusal_text())

            window.map_widget.setFocus()
            qtbot.keyClick(window.map_widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            await type_line(f"N structure-fire @ {INCIDENT_AT[0]},{INCIDENT_AT[1]}")
            (incident,) = session.dispatch.state.open_incidents()
            await type_line("D . HE11 HE12")

            # The page on the ESPA line, the SDS on the radio line: type first.
            await wait_for(lambda: pager.call(lambda: list(paging.calls)), "paged")
            call = pager.call(lambda: paging.calls[0])
            assert call.call_address == "1011"
            assert call.text.startswith("Structure fire")
            await wait_for(lambda: radio.call(lambda: len(gateway.texts)) == 2, "texted")
            assert sorted(t[0] for t in radio.call(lambda: list(gateway.texts))) == [
                "2011",
                "2012",
            ]

            # HE11's crew: status 3 then 4 over the radio move the unit on the board.
            radio.call(gateway.send_status, "2011", EN_ROUTE)
            await wait_for(lambda: _board_status(window, "HE11") == "en route", "board: 3")
            radio.call(gateway.send_status, "2011", ON_SCENE)
            await wait_for(lambda: _board_status(window, "HE11") == "on scene", "board: 4")

            # HE12 never reads its text: the alarm goes up and names it.
            await wait_for(lambda: "NOT ACKNOWLEDGED: HE12" in window.banner.text(), "alarm")
            assert window.banner.isVisible()
            await wait_for(lambda: "NO CREW" in _reached(window).get("HE12", ""), "card")
            assert _reached(window)["HE11"] == "radio 2011: accepted"
            await type_line("VOICE HE12")
            await wait_for(lambda: not window.banner.isVisible(), "alarm down")
            assert _reached(window)["HE12"] == "radio 2012: reached by voice"
            seen["incident"] = incident.incident_id
            await console.shutdown()

        console_loop.run_until_complete(scenario())

    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        events = sorted(store.latest_events(limit=1000), key=lambda e: e.seq)
    finally:
        store.close()
    statuses = [e for e in events if e.kind == dev.UNIT_STATUS and e.payload["unit"] == "HE11"]
    assert [(e.payload["status"], e.source) for e in statuses] == [
        ("dispatched", "operator:kim"),
        ("en route", "radio:radio:2011"),
        ("on scene", "radio:radio:2011"),
    ]
    first = f"{seen['incident']}/HE12/1"
    kinds = [e.kind for e in events if notice_base(e.payload.get("notice_id", "")) == first]
    assert kinds[:4] == [dev.REACH_QUEUED, dev.REACH_SENT, dev.REACH_LINK_ACK, dev.REACH_TIMED_OUT]
    assert kinds[-1] == dev.REACH_VOICE
