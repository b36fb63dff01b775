"""End to end: the console offscreen on a temporary store, fed over real links.

NMEA written to a pseudo-terminal bound to a unit moves that unit on the map
model; a TAG-block sentence over loopback UDP moves the unit it names;
garbage is stored and rejected with a reason; the store's hash chain is valid
and every frame written is in the log with its raw bytes.
"""

from __future__ import annotations

import os
import socket
import tty
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.app import Console
from models.store import open_store, verify_chain
from radio.codecs.nmea_encode import encode_gga, encode_rmc, with_tag_block
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _near(position: tuple[float, float] | None, lat: float, lon: float) -> bool:
    return position is not None and abs(position[0] - lat) < 1e-5 and abs(position[1] - lon) < 1e-5


def test_unit_moves_on_map_from_pty_and_udp(console_loop, make_site, tmp_path: Path) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    site_dir = make_site(
        [
            {
                "name": "gps-he11",
                "transport": "serial",
                "protocol": "nmea",
                "url": os.ttyname(slave),
                "baudrate": 4800,
                "unit": "HE11",
            },
            {"name": "avl-udp", "transport": "udp", "protocol": "nmea", "port": 0},
        ]
    )
    store_path = tmp_path / "live.sqlite"
    store_url = f"sqlite:///{store_path}"
    written: list[bytes] = []

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day")
        console.window.show()
        assert console.session is not None
        await console.session.start()
        ingest = console.session.ingest
        assert ingest is not None
        map_widget = console.window.map_widget
        await wait_for(
            lambda: all(rt.link.health.state.value == "up" for rt in ingest.links), "links up"
        )

        # 1. Serial GPS in HE11: two fixes, the second one split across writes.
        now = datetime.now(UTC)
        first = encode_gga(60.16800, 24.94100, now.time()) + b"\r\n"
        second = encode_rmc(60.16900, 24.94300, now, speed_knots=12.0, course_deg=90.0)
        second += b"\r\n"
        os.write(master, first)
        written.append(first)
        await wait_for(lambda: _near(map_widget.unit_position("HE11"), 60.168, 24.941), "fix 1")
        os.write(master, second[:20])
        os.write(master, second[20:])
        written.append(second)
        await wait_for(lambda: _near(map_widget.unit_position("HE11"), 60.169, 24.943), "fix 2")

        # 2. A TAG block names the unit on a shared UDP feed.
        udp_link = next(rt.link for rt in ingest.links if rt.spec.name == "avl-udp")
        tagged = with_tag_block(encode_gga(60.17000, 24.94500, now.time()), "HEP111") + b"\r\n"
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.sendto(tagged, ("127.0.0.1", udp_link.bound_port))
        written.append(tagged)
        await wait_for(lambda: _near(map_widget.unit_position("HEP111"), 60.17, 24.945), "udp fix")

        # 3. Garbage and a bad checksum are stored and counted, not shown as moves.
        garbage = b"\x00\xffnot nmea at all\r\n"
        bad = encode_gga(61.0, 25.0, now.time())[:-2] + b"00\r\n"
        os.write(master, garbage + bad)
        written.extend([garbage, bad])
        serial_health = next(rt.link.health for rt in ingest.links if rt.spec.name == "gps-he11")
        await wait_for(lambda: serial_health.errors >= 2, "two rejected frames counted")
        assert _near(map_widget.unit_position("HE11"), 60.169, 24.943)
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        os.close(master)
        os.close(slave)

    store = open_store(store_url)
    try:
        report = verify_chain(store)
        assert report.ok, report.reason
        events = store.latest_events(limit=1000)
        frames = [e for e in events if e.kind in ("frame.decoded", "frame.rejected")]
        raws = sorted(e.raw for e in frames)
        assert raws == sorted(w.rstrip(b"\r\n") for w in written)
        rejected = {e.raw: e.error for e in frames if e.kind == "frame.rejected"}
        assert len(rejected) == 2 and all(rejected.values())
        assert "checksum" in rejected[written[-1].rstrip(b"\r\n")].lower()
        positions = store.unit_positions()
        assert positions["HE11"].lat == pytest.approx(60.169)
        assert positions["HEP111"].lon == pytest.approx(24.945)
        kinds = [e.kind for e in events]
        assert "system.start" in kinds and "system.stop" in kinds
    finally:
        store.close()
