"""End to end: calls reach the call-taker with their location, and become incidents.

The console offscreen on a temporary store. An ALI record over a pseudo-
terminal rings a call: it is in the call queue and selected, its circle is on
the map; a rebid for the same number adds to the call's history; the
call-taker answers it and creates an incident from it (location prefilled,
call attached). An AML POST over loopback HTTP is answered 200 only once
stored and puts that caller's circle on the map.
"""

from __future__ import annotations

import os
import tty
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest

from console.app import Console
from models.calls import events as cev
from models.store import open_store, verify_chain
from radio.codecs.ali import encode_ali
from radio.messages_location import CallerLocation
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)

TOKEN = "e2e-token-0123456789"
HTTP_TABLE = f"""
[http]
host = "127.0.0.1"
port = 0

[[http.sources]]
name = "mno"
token = "{TOKEN}"
routes = ["aml", "pidf"]
"""


def _ali(number: str, lat: float, lon: float, radius: float, cos: str) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali",
            "ALI",
            "ali",
            number=number,
            lat=lat,
            lon=lon,
            radius_m=radius,
            confidence=90,
            class_of_service=cos,
            time=datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
            civic=(("NAM", "MOBILE CALLER"), ("A3", "HELSINKI")),
        )
    )


def test_ali_call_to_incident_and_aml_over_http(
    console_loop, make_site, tmp_path: Path, samples_dir: Path
) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    site_dir = make_site(
        [{"name": "ali", "transport": "serial", "protocol": "ali", "url": os.ttyname(slave)}],
        extra=HTTP_TABLE,
    )
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    body = next(
        line
        for line in (samples_dir / "aml" / "aml_https_post_bodies.txt").read_bytes().splitlines()
        if line.startswith(b"v=")
    )
    results: dict[str, object] = {}

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day", operator="bea")
        console.window.show()
        await console.session.start()
        session = console.session
        window = console.window
        ingest = session.ingest
        await wait_for(lambda: all(r.link.health.state.value == "up" for r in ingest.links), "up")

        # Phase I, then phase II for the same caller: one call, two locations.
        os.write(master, _ali("0401234567", 60.1700, 24.9420, 900.0, "WPH1"))
        await wait_for(lambda: session.calls.state.active_calls(), "call offered")
        (call,) = session.calls.state.active_calls()
        await wait_for(lambda: window.call_queue.selected_call() == call.call_id, "selected")
        assert window.map_widget.selected_call() == call.call_id
        os.write(master, _ali("0401234567", 60.1712, 24.9433, 25.0, "WPH2"))
        await wait_for(lambda: len(session.calls.state.call(call.call_id).history) == 2, "rebid")

        window.call_panel.sigAnswer.emit(call.call_id)
        await session.call_controller.wait_idle()
        assert session.calls.state.call(call.call_id).state == "answered"
        window.call_panel.sigCreateIncident.emit(call.call_id, "traffic-collision-injury")
        await session.call_controller.wait_idle()
        await session.controller.wait_idle()
        (incident,) = session.dispatch.state.open_incidents()
        results["incident"] = incident
        results["call"] = session.calls.state.call(call.call_id)
        assert window.recommendation_panel.recommendation() is not None

        # AML over HTTP: 200 only once stored, then a second call on the map.
        port = next(r.link for r in ingest.links if r.spec.transport == "http").bound_port
        async with aiohttp.ClientSession() as http:
            async with http.post(
                f"http://127.0.0.1:{port}/aml",
                data=body,
                headers={
                    "Authorization": f"Bearer {TOKEN}",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            ) as response:
                results["status"] = response.status
                results["text"] = await response.text()
        await wait_for(lambda: len(session.calls.state.active_calls()) == 2, "AML call")
        aml_call = next(c for c in session.calls.state.active_calls() if c.via == "aml")
        await wait_for(
            lambda: window.map_widget.caller_viewport_pos(aml_call.call_id) is not None,
            "the AML caller drawn on the map",
        )
        results["aml_call"] = aml_call
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        os.close(master)
        os.close(slave)

    incident = results["incident"]
    call = results["call"]
    assert call.incident_id == incident.incident_id
    assert incident.call_id == call.call_id
    # The incident starts at the location in force: the phase II fix.
    assert (incident.lat, incident.lon) == pytest.approx((60.1712, 24.9433))
    assert results["status"] == 200 and "stored as event" in str(results["text"])
    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        kinds = [e.kind for e in store.latest_events(limit=500, kinds=list(cev.CALL_KINDS))]
        assert kinds.count(cev.CALL_OFFERED) == 2
        assert cev.CALL_LOCATION in kinds and cev.CALL_ATTACHED in kinds
    finally:
        store.close()
