"""End to end: a radar's own service messages (ASTERIX CAT034) tell its health on map and link.

The console offscreen on a temporary store with a radar whose link carries
its north markers over loopback UDP. While markers arrive the radar is ok;
when they stop (the radar, or its link, is down while the link itself stays
up) a ``sensor.health`` event is stored, the map draws the radar as down and
the link status says which radar is down and why.
"""

from __future__ import annotations

import socket

import pytest

from console.app import Console
from models.sensors.health import MIN_SILENCE_S, SENSOR_HEALTH
from models.store import open_store
from radio.codecs.asterix import encode_block
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)

EXTRA = """
[[sensors]]
id = "radar-west"
name = "West radar"
kind = "asterix"
lat = 60.17
lon = 24.93
range_m = 5000
sac = 25
sic = 7
"""


def north_marker() -> bytes:
    record = {
        "010": {"SAC": 25, "SIC": 7},
        "000": {"MT": 1},
        "030": {"ToD": 43200.0},
        "041": {"ARS": 1.0},
    }
    return encode_block(34, [record])


def test_a_radar_that_stops_its_north_marker_is_down(console_loop, make_site, tmp_path) -> None:
    site_dir = make_site(
        [{"name": "asterix", "transport": "udp", "protocol": "asterix", "port": 0}], extra=EXTRA
    )
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day", operator="cem")
        console.window.show()
        await console.session.start()
        session, window = console.session, console.window
        (runtime,) = [r for r in session.ingest.links if r.spec.name == "asterix"]
        await wait_for(lambda: runtime.link.health.state.value == "up", "link up")

        def drawn() -> str | None:
            (view,) = window.map_widget.sensor_views()
            return view.health

        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.sendto(north_marker(), ("127.0.0.1", runtime.link.bound_port))
        await wait_for(lambda: drawn() == "ok", "radar ok on the map")
        udp.close()

        # Silence: the link stays up, the radar does not answer.
        await wait_for(lambda: drawn() == "down", "radar down", timeout=MIN_SILENCE_S + 15)
        assert runtime.link.health.state.value == "up"
        session._on_link_timer_timeout()
        model = window.link_status.model()
        link = model.link(model.row_of("asterix"))
        assert any(note.startswith("West radar DOWN: no north marker") for note in link.notes)
        (view,) = window.map_widget.sensor_views()
        assert "no north marker" in view.health_reason
        await console.shutdown()

    console_loop.run_until_complete(scenario())

    store = open_store(store_url)
    try:
        health = [e for e in store.latest_events(limit=200) if e.kind == SENSOR_HEALTH][::-1]
        assert [e.payload["state"] for e in health] == ["ok", "down"]
        assert {e.payload["sensor"] for e in health} == {"radar-west"}
    finally:
        store.close()
