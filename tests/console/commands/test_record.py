"""``dispatch-console record``: a headless recorder over a real TCP link.

The test runs a TCP server on loopback; the recorder (a separate process)
connects to it as a ``tcp-client`` link, receives NMEA, and on SIGTERM
closes its links and flushes the store: every sentence sent is in the store
and the hash chain is valid. A broken site ends with a clear message.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.store import open_store, verify_chain
from radio.codecs.nmea_encode import encode_gga, with_tag_block
from tests.polling import poll_until

DEADLINE_S = 30.0


def test_record_stores_everything_and_stops_cleanly(make_site, tmp_path: Path) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    site_dir = make_site(
        [{"name": "feed", "transport": "tcp-client", "protocol": "nmea", "port": port}]
    )
    store_url = f"sqlite:///{tmp_path / 'rec.sqlite'}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "record", "--site", str(site_dir), "--store", store_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    try:
        server.settimeout(DEADLINE_S)
        conn, _ = server.accept()
        now = datetime.now(UTC).time()
        lines = [
            with_tag_block(encode_gga(60.165 + i * 1e-4, 24.94, now), "HE11") + b"\r\n"
            for i in range(200)
        ]
        lines.append(b"$GPGGA,broken*00\r\n")
        conn.sendall(b"".join(lines))

        # The recorder commits in another process: poll the store from outside.
        def stored_frames() -> bool:
            store = open_store(store_url)
            try:
                events = store.latest_events(limit=1000)
            finally:
                store.close()
            return sum(e.kind.startswith("frame.") for e in events) == len(lines)

        poll_until(stored_frames, f"{len(lines)} frames in the store", DEADLINE_S)
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=DEADLINE_S)
        conn.close()
    finally:
        server.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    assert "store flushed" in output
    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        events = store.latest_events(limit=1000)
        assert events[0].kind == "system.stop"
        assert store.unit_positions()["HE11"].lat == pytest.approx(60.165 + 199e-4)
        assert sum(e.kind == "frame.rejected" for e in events) == 1
    finally:
        store.close()


def test_record_with_broken_site_says_why(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.toml").write_text('[site]\nname = "x"\ntimezone = "Mars/Olympus"\n')
    result = subprocess.run(
        [sys.executable, "-m", "console", "record", "--site", str(site)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "site.toml" in result.stderr and "timezone" in result.stderr


def test_an_alarm_received_as_the_links_open_still_raises_its_alert(
    make_site, tmp_path: Path
) -> None:
    """The recorder opens its links before it builds the alert engine (a sender waits
    for none of that): a zone alarm sent the moment the link connects is stored and,
    once the engine is up, raises its alert all the same."""
    from types import SimpleNamespace

    from console.config.site import DEFAULT_SITE_DIR
    from console.drills.encode import zone_alarm_line

    demo = (DEFAULT_SITE_DIR / "site.toml").read_text(encoding="utf-8")
    sensors_and_zones = demo[demo.index("[[sensors]]") :]  # the demo site's fence and zones
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    site_dir = make_site(
        [{"name": "fence", "transport": "tcp-client", "protocol": "zone-alarm", "port": port,
          "sensor": "HE-FENCE-1"}],
        sensors_and_zones,
    )  # fmt: skip
    store_url = f"sqlite:///{tmp_path / 'rec.sqlite'}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "record", "--site", str(site_dir), "--store", store_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    try:
        server.settimeout(DEADLINE_S)
        try:
            conn, _ = server.accept()
        except TimeoutError:
            proc.kill()
            raise AssertionError(proc.communicate()[0]) from None
        fence = {"sensor": "HE-FENCE-1", "zone": "HE-ZONE-TERMINAL", "state": "alarm"}
        conn.sendall(zone_alarm_line(SimpleNamespace(fields=fence)) + b"\r\n")

        def kinds() -> list[str]:
            store = open_store(store_url)
            try:
                return [e.kind for e in store.latest_events(limit=1000)]
            finally:
                store.close()

        poll_until(lambda: "alert.raised" in kinds(), "the fence's alert raised", DEADLINE_S)
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=DEADLINE_S)
        conn.close()
    finally:
        server.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    assert kinds().count("alert.raised") == 1
