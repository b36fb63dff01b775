"""End to end: radar tracks and sensor alerts reach the map and the alert queue.

The console offscreen on a temporary store, with a radar sensor and an alarm
zone in the site. ASTERIX CAT048 over loopback UDP draws a track at the
position computed from the sensor (rho/theta); when the track enters the
zone an alert is raised; a perimeter zone alarm over TCP raises another; a
CAP alert with status Exercise POSTed over HTTP is an alert marked exercise,
never real. The dispatcher promotes the zone-entry alert to an incident.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp
import pytest

from console.app import Console
from models.alerts import events as aev
from models.sensors.geometry import nm_to_m, polar_to_latlon
from models.store import open_store, verify_chain
from radio.codecs.asterix import encode_block
from radio.codecs.zone_alarm import encode_zone_alarm
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)

TOKEN = "radar-e2e-token-123456"
RADAR = (60.1700, 24.9300)  # west of the demo area
# A box around where the track will go: 1.0 NM due east of the radar.
ZONE_TARGET = polar_to_latlon(RADAR[0], RADAR[1], nm_to_m(1.0), 90.0)
LAT, LON = float(ZONE_TARGET[0]), float(ZONE_TARGET[1])
EXTRA = f"""
[[sensors]]
id = "radar-west"
name = "West radar"
kind = "asterix"
lat = {RADAR[0]}
lon = {RADAR[1]}
range_m = 5000
sac = 25
sic = 7

[[sensors]]
id = "perimeter-1"
name = "Depot fence"
kind = "perimeter"
lat = 60.1690
lon = 24.9480

[[zones]]
id = "depot"
name = "Fuel depot"
polygon = [[{LAT - 0.001}, {LON - 0.002}], [{LAT - 0.001}, {LON + 0.002}], [{LAT + 0.001}, {LON + 0.002}], [{LAT + 0.001}, {LON - 0.002}]]
alert_on_entry = true
suggested_type = "burglary-in-progress"
severity = "severe"

[http]
host = "127.0.0.1"
port = 0

[[http.sources]]
name = "warning-service"
token = "{TOKEN}"
routes = ["cap"]
"""  # noqa: E501


def _record(track: int, rho_nm: float) -> dict:
    return {
        "010": {"SAC": 25, "SIC": 7},
        "140": {"ToD": 43200.5},
        "020": {"TYP": 5, "SIM": 0, "RDP": 0, "SPI": 0, "RAB": 0},
        "040": {"RHO": rho_nm, "THETA": 90.0},
        "161": {"TRN": track},
    }


def test_tracks_zone_entry_alarm_and_exercise_cap(
    console_loop, make_site, tmp_path: Path, samples_dir: Path
) -> None:
    site_dir = make_site(
        [
            {"name": "asterix", "transport": "udp", "protocol": "asterix", "port": 0},
            {"name": "fence", "transport": "tcp-server", "protocol": "zone-alarm", "port": 0},
        ],
        extra=EXTRA,
    )
    cap = (samples_dir / "cap" / "cap12-v1dot2_appendix_adot1.xml").read_bytes()
    cap = cap.replace(b"<status>Actual</status>", b"<status>Exercise</status>")
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    seen: dict[str, object] = {}

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day", operator="cem")
        console.window.show()
        await console.session.start()
        session = console.session
        window = console.window
        links = {r.spec.name: r.link for r in session.ingest.links}
        await wait_for(
            lambda: all(link.health.state.value == "up" for link in links.values()), "up"
        )

        # A track approaching the zone from the west, then inside it.
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for rho in (0.6, 0.8, 1.0):
            udp.sendto(
                encode_block(48, [_record(42, rho)]), ("127.0.0.1", links["asterix"].bound_port)
            )
        udp.close()
        await wait_for(lambda: window.map_widget.track_viewport_pos("radar-west/42") is not None,
                       "track on the map")  # fmt: skip
        await wait_for(lambda: session.alerts.views(), "zone-entry alert")
        (entry,) = session.alerts.views()
        assert entry.origin == "zone-entry" and entry.zone == "depot" and not entry.exercise
        lat, lon = session.sensors.tracks.positions_of(["radar-west/42"])
        assert (lat[0], lon[0]) == pytest.approx((LAT, LON), abs=1e-6)

        # A fence alarm over TCP.
        _reader, writer = await asyncio.open_connection("127.0.0.1", links["fence"].bound_port)
        writer.write(encode_zone_alarm("perimeter-1", "depot", "T7") + b"\r\n")
        await writer.drain()
        await wait_for(lambda: len(session.alerts.views()) == 2, "zone alarm")
        writer.close()

        # An exercise CAP alert over HTTP: an alert, but never a real one.
        async with aiohttp.ClientSession() as http:
            async with http.post(
                f"http://127.0.0.1:{links['http'].bound_port}/cap",
                data=cap,
                headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/cap+xml"},
            ) as response:
                seen["cap_status"] = response.status
        await wait_for(lambda: len(session.alerts.views()) == 3, "CAP alert")
        capped = next(v for v in session.alerts.views() if v.origin == "cap")
        assert capped.exercise
        assert window.alert_queue.model().new_count(exercise=False) == 2

        window.alert_panel.sigPromote.emit(entry.alert_id, "")
        await session.alert_controller.wait_idle()
        await session.controller.wait_idle()
        (incident,) = session.dispatch.state.open_incidents()
        seen["incident"] = incident
        seen["promoted"] = session.alerts.state.alert(entry.alert_id)
        await console.shutdown()

    console_loop.run_until_complete(scenario())

    assert seen["cap_status"] == 200
    incident = seen["incident"]
    assert incident.type_code == "burglary-in-progress"
    assert seen["promoted"].incident_id == incident.incident_id
    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        kinds = [e.kind for e in store.latest_events(limit=500, kinds=list(aev.ALERT_KINDS))]
        assert kinds.count(aev.ALERT_RAISED) == 3 and aev.ALERT_PROMOTED in kinds
    finally:
        store.close()
