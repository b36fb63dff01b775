"""End to end: a caller's location is named, and an incident from the call records its place.

The real console offscreen on the embedded Helsinki site and its committed
places index. A wireless call arrives (the ingest path's call tracker, its
events committed through the session's writer); the call panel names the
caller's position by its nearest street; creating an incident from the call
verifies the call's civic address against the index near the fix (the
address text is kept as typed), records the reverse name and the index
build, and the queue shows it verified. A call far off the road network
creates no incident.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.app import Console
from console.services.committed_actions import await_committed
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE
from models.store import NewEvent
from radio.messages_location import CallerLocation
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _ali(number: str, lat: float, lon: float, civic: tuple[tuple[str, str], ...]) -> dict:
    return CallerLocation(
        protocol="ali",
        kind="ALI",
        source="ali",
        number=number,
        lat=lat,
        lon=lon,
        radius_m=30.0,
        confidence=90.0,
        shape="Circle",
        class_of_service="WPH2",
        civic=civic,
    ).to_dict()


def test_a_call_is_named_and_its_incident_verified(console_loop, qtbot, tmp_path: Path) -> None:
    from console.config.site import DEFAULT_SITE_DIR

    with PlacesIndex.open(DEFAULT_SITE_DIR / PLACES_FILE) as index:
        address = index.search("Aleksanterinkatu 9")[0]
        build_id = index.build_id
        expected_name = index.reverse(address.lat + 0.0001, address.lon)
    assert expected_name is not None
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", operator="anna")
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        session = console.session
        assert session.ingest is not None and session.writer is not None
        calls = session.calls
        assert calls is not None and session.call_controller is not None

        async def offer(number: str, lat: float, lon: float, civic: tuple) -> str:
            tracker = session.ingest.call_tracker
            records = tracker.on_location_frame(_ali(number, lat, lon, civic), "ali", "ali", "t")
            handles = [
                session.writer.submit(NewEvent("system", kind, datetime.now(UTC), payload))
                for kind, payload in records
            ]
            await await_committed(handles[-1])
            call_id = records[0][1]["call_id"]
            await wait_for(lambda: calls.state.call(call_id) is not None, "the call applied")
            return call_id

        civic = (("HNO", "9"), ("RD", "Aleksanterinkatu"), ("A3", "Helsinki"))
        call_id = await offer("+358401111111", address.lat + 0.0001, address.lon, civic)
        panel = console.window.call_panel
        await wait_for(lambda: panel.texts()["place"], "the caller's place name")
        assert panel.texts()["place"].startswith(f"Near: {expected_name.label}")
        assert session.controller is not None
        assert session.controller.place_hint == pytest.approx((address.lat + 0.0001, address.lon))

        session.call_controller._on_create_incident(call_id, "structure-fire")
        await session.call_controller.wait_idle()
        (incident,) = session.dispatch.state.incidents.values()
        assert incident.call_id == call_id
        assert incident.location is not None and "Aleksanterinkatu" in incident.location
        assert incident.verified is True and incident.place is not None
        assert incident.place.label == "Aleksanterinkatu 9"
        assert 5 < (incident.place.distance_m or 0) < 20  # the fix is ~11 m from the address
        assert incident.place.build_id == build_id
        assert incident.reverse is not None and incident.reverse.build_id == build_id

        # A caller far out at sea: nothing is created, the call stays unattached.
        far = await offer("+358402222222", 59.9, 24.6, ())
        session.call_controller._on_create_incident(far, "structure-fire")
        await session.call_controller.wait_idle()
        assert "outside the road network" in console.window.command_line.error_text()
        assert len(session.dispatch.state.incidents) == 1
        assert calls.state.call(far).incident_id is None
        await console.shutdown()

    console_loop.run_until_complete(scenario())
