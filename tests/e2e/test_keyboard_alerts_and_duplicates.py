"""End to end, keyboard only: alerts acknowledged, promoted, dismissed and linked; a second
caller's location replaced and verified, the call attached to the incident as a duplicate.

The real console (offscreen) on a temporary SQLite store. Fence alarms arrive over a TCP link
(the zone-alarm protocol), callers over ALI on a pseudo-terminal. The dispatcher types every
action (``ACK``, ``PROM``, ``DISMISS``, ``LINK``, ``ANS``, ``LOC``, ``ATT``, ``REL``); refusals
are read under the command line and store nothing. The stored events are checked at the end.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tty
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from console.app import Console
from console.config.site import DEFAULT_SITE_DIR
from models.alerts import events as aev
from models.calls import events as cev
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE
from models.store import open_store, verify_chain
from radio.codecs.ali import encode_ali
from radio.codecs.zone_alarm import encode_zone_alarm
from radio.messages_location import CallerLocation
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(180)

DEPOT = (60.1712, 24.9433)  # the zone's centre, on the embedded site's road network
EXTRA = f"""
[[sensors]]
id = "perimeter-1"
name = "Depot fence"
kind = "perimeter"
lat = {DEPOT[0]}
lon = {DEPOT[1] - 0.0015}

[[zones]]
id = "depot"
name = "Fuel depot"
polygon = [[{DEPOT[0] - 0.001}, {DEPOT[1] - 0.002}], [{DEPOT[0] - 0.001}, {DEPOT[1] + 0.002}], [{DEPOT[0] + 0.001}, {DEPOT[1] + 0.002}], [{DEPOT[0] + 0.001}, {DEPOT[1] - 0.002}]]
suggested_type = "burglary-in-progress"
severity = "severe"
"""  # noqa: E501


def _ali(number: str, lat: float, lon: float) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali",
            "ALI",
            "ali",
            number=number,
            lat=lat,
            lon=lon,
            radius_m=40.0,
            confidence=90,
            class_of_service="WPH2",
            time=datetime.now(UTC),
            civic=(("A3", "HELSINKI"),),
        )
    )


def test_alerts_and_a_duplicate_call_with_the_keyboard_only(
    console_loop: Any, qtbot: Any, make_site: Any, tmp_path: Path
) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    site_dir = make_site(
        [
            {"name": "ali", "transport": "serial", "protocol": "ali", "url": os.ttyname(slave)},
            {"name": "fence", "transport": "tcp-server", "protocol": "zone-alarm", "port": 0},
        ],
        extra=EXTRA,
    )
    # The embedded site's places index beside this site's file: LOC @ place resolves.
    shutil.copyfile(DEFAULT_SITE_DIR / PLACES_FILE, site_dir / PLACES_FILE)
    with PlacesIndex.open(site_dir / PLACES_FILE) as index:
        address = index.search("Aleksanterinkatu 9")[0]
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day", operator="ida")
        window = console.window
        qtbot.addWidget(window)
        window.show()
        await console.session.start()
        session = console.session
        line = window.command_line
        edit = line.line_edit()
        controllers = (session.controller, session.call_controller, session.alert_controller)
        links = {r.spec.name: r.link for r in session.ingest.links}
        await wait_for(lambda: all(k.health.state.value == "up" for k in links.values()), "up")
        line.focus_command_line()

        async def type_line(text: str, refused: str = "") -> None:
            qtbot.keyClicks(edit, text)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            for controller in controllers:
                await controller.wait_idle()
            if refused:
                assert refused in line.error_text(), (text, line.error_text())
                qtbot.keyClick(edit, Qt.Key.Key_Escape)
                edit.clear()
            else:
                assert line.error_text() == "", (text, line.error_text())

        _reader, fence = await asyncio.open_connection("127.0.0.1", links["fence"].bound_port)

        async def alarm(target: str) -> str:
            before = {v.alert_id for v in session.alerts.views()}
            fence.write(encode_zone_alarm("perimeter-1", "depot", target) + b"\r\n")
            await fence.drain()
            await wait_for(lambda: {v.alert_id for v in session.alerts.views()} - before, target)
            (alert_id,) = {v.alert_id for v in session.alerts.views()} - before
            return alert_id

        first = await alarm("T7")
        await type_line("ACK", refused="no alert is selected")
        await type_line(f"ACK {first}")
        assert session.alerts.state.alert(first).state == "acknowledged"
        assert window.alert_panel.isVisible()  # the alert acted on is on screen
        await type_line("PROM")  # the selected alert, its suggested type
        (incident,) = session.dispatch.state.open_incidents()
        assert incident.type_code == "burglary-in-progress"
        assert session.alerts.state.alert(first).state == "promoted"
        number = str(int(incident.incident_id.rsplit("-", 1)[-1]))
        await type_line(f"ACK {first}", refused=f"was promoted to {incident.incident_id}")

        second = await alarm("T8")
        await type_line(f"DISMISS {second}", refused="DISMISS needs more")
        await type_line(f"DISMISS {second} a fox on the camera")
        assert session.alerts.state.alert(second).state == "dismissed"
        third = await alarm("T9")
        await type_line(f"LINK {third} {number}")
        assert session.alerts.state.alert(third).state == "linked"

        # A second caller near the incident: a duplicate.
        os.write(master, _ali("0401112223", DEPOT[0] + 0.0004, DEPOT[1]))
        await wait_for(lambda: session.calls.state.active_calls(), "the call rings")
        (call,) = session.calls.state.active_calls()
        await type_line("ANS")
        await wait_for(lambda: incident.incident_id in session.calls.views()[0].duplicate_of, "dup")
        # The caller names an address: found in the places index, it becomes the call's
        # verified location (typed, the text as typed kept).
        short = f"C{int(call.call_id[1:])}"
        await type_line(f"LOC {short} @ aleksanterinkatu 9")
        verified = session.calls.state.call(call.call_id).verified
        assert verified is not None and verified.source == "typed"
        assert (verified.location["lat"], verified.location["lon"]) == pytest.approx(
            (address.lat, address.lon)
        )
        assert "aleksanterinkatu 9" in str(verified.location["civic"])
        await type_line(f"LOC {short} @ nowhere-street-that-is-not", refused="no place found")
        # Then exactly where: the position typed replaces it, verified.
        await type_line(f"LOC {short} @ {DEPOT[0]:.5f},{DEPOT[1]:.5f} gate 2")
        verified = session.calls.state.call(call.call_id).verified
        assert verified is not None and verified.source == "typed"
        assert (verified.location["lat"], verified.location["lon"]) == pytest.approx(DEPOT)
        assert window.call_panel.call().location.source == "typed"
        await type_line(f"ATT {number}")
        assert session.calls.state.call(call.call_id).incident_id == incident.incident_id
        await type_line(f"ATT {number}", refused="already attached")
        await type_line("REL")
        assert session.calls.state.call(call.call_id).state == "released"
        seen.update(alerts=(first, second, third), call=call.call_id)
        fence.close()
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        os.close(master)
        os.close(slave)

    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        events = sorted(store.latest_events(limit=1000), key=lambda e: e.seq)
    finally:
        store.close()
    mine = [(e.kind, e.payload or {}) for e in events if e.source == "operator:ida"]
    first, second, third = seen["alerts"]
    assert [
        (k, p.get("alert_id") or p.get("call_id")) for k, p in mine if k != "incident.created"
    ] == [
        (aev.ALERT_ACKNOWLEDGED, first),
        (aev.ALERT_PROMOTED, first),
        (aev.ALERT_DISMISSED, second),
        (aev.ALERT_LINKED, third),
        (cev.CALL_ANSWERED, seen["call"]),
        (cev.CALL_LOCATION_VERIFIED, seen["call"]),
        (cev.CALL_LOCATION_VERIFIED, seen["call"]),
        (cev.CALL_ATTACHED, seen["call"]),
        (cev.CALL_RELEASED, seen["call"]),
    ]
    dismissed = next(p for k, p in mine if k == aev.ALERT_DISMISSED)
    assert dismissed.get("reason") == "a fox on the camera"
