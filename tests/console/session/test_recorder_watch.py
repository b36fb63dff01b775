"""``--recorder``: the links in a recorder child beside the console, its crash shown and mended.

The real console (offscreen) on a temporary SQLite store and a site with a UDP
NMEA link, started as ``dispatch-console --recorder`` starts it: the console
runs no link itself, the ``dispatch-console record`` child receives and stores,
and the console follows the store (a fix sent to the child moves the unit on
the console's map). The child killed from outside is restarted; meanwhile the
banner says the recorder stopped, and once it is back the banner is the
session's own again. Closing the console stops the child cleanly.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from console.app import Console
from console.cli import _build_parser
from console.session.link_ownership import parse_links
from console.session.recorder_child import pid_alive
from radio.codecs.nmea_encode import encode_gga, with_tag_block
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(240)
REPO_ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _links_up(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (n,) = conn.execute(
            "SELECT count(*) FROM events WHERE kind = 'link.state' AND source = 'link:avl-udp'"
            " AND payload LIKE '%\"up\"%'"
        ).fetchone()
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()
    return int(n)


def test_the_option_is_on_the_command_line() -> None:
    assert _build_parser().parse_args(["--recorder", "--links", "avl-udp"]).recorder is True
    assert _build_parser().parse_args([]).recorder is False


def test_a_console_with_a_recorder_beside_it_follows_it_and_shows_its_crash(
    console_loop: Any, qtbot: Any, make_site: Any, tmp_path: Path
) -> None:
    port = _free_port()
    site = make_site([{"name": "avl-udp", "transport": "udp", "protocol": "nmea", "port": port}])
    store = tmp_path / "live.sqlite"
    console = Console(str(site), f"sqlite:///{store}", "day", operator="t", recorder=True)
    qtbot.addWidget(console.window)
    watch = console.recorder
    assert watch is not None
    watch.child.cwd = str(REPO_ROOT)
    assert console.session.wanted_links == parse_links("none")  # the console runs none
    window = console.window
    stopped: list[tuple[int, str]] = []
    watch.sigStopped.connect(lambda code, last: stopped.append((code, last)))

    async def scenario() -> None:
        await console.session.start()
        console.start_recorder()
        await wait_for(lambda: _links_up(store) >= 1, "the recorder's link up", 90)
        assert console.session.ingest.links == []
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            fix = with_tag_block(encode_gga(60.1712, 24.9391, datetime.now(UTC).time()), "HE11")
            udp.sendto(fix + b"\r\n", ("127.0.0.1", port))

        def moved() -> bool:
            unit = console.session.roster.get("HE11")
            return unit is not None and unit.lat is not None and abs(unit.lat - 60.1712) < 1e-4

        await wait_for(moved, "the recorder's fix on the console's map", 30)
        # The Links dock shows the recorder's link from the log: up, its frame counted.
        links = window.link_status.model()

        def shown_up() -> bool:
            console.session._on_link_timer_timeout()
            row = links.row_of("avl-udp")
            return row is not None and links.link(row).state == "up" and links.link(row).frames >= 1

        await wait_for(shown_up, "the recorder's link in the Links dock", 30)

        first = watch.child.pid
        os.kill(first, signal.SIGKILL)
        await wait_for(lambda: watch.down, "the crash seen", 30)
        assert window.banner.isVisibleTo(window)
        assert "RECORDER STOPPED" in window.banner.text()
        assert str(-signal.SIGKILL) in window.banner.text()
        assert stopped and stopped[0][0] == -signal.SIGKILL
        await wait_for(lambda: not watch.down, "the recorder back", 90)
        assert watch.child.pid != first and not pid_alive(first)
        assert not window.banner.isVisibleTo(window)  # the session's own banner: none
        await wait_for(lambda: _links_up(store) >= 2, "its link up again", 90)
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    assert not watch.child.running
    assert watch.child.restarts == 1
    assert len(stopped) == 1  # the stop at close is no crash
