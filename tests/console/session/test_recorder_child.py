"""The recorder child: the site's links in their own process, stopped and restarted.

A real ``dispatch-console record`` child on a real SQLite store and a real
UDP link: its link comes up (a ``link.state`` event in the store), a
datagram sent to it is stored, a child killed from outside is started
again (and says so), and ``stop`` ends it with the recorder's clean exit.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.session.recorder_child import (
    AUTOGROUP_NICE_FILE,
    RECORDER_NICE,
    RecorderChild,
    lower_session_group,
    pid_alive,
)
from radio.codecs.nmea_encode import encode_gga, with_tag_block
from tests.polling import poll_until

pytestmark = pytest.mark.timeout(180)
REPO_ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _count(path: Path, where: str) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (n,) = conn.execute(f"SELECT count(*) FROM events WHERE {where}").fetchone()
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()
    return int(n)


def test_links_run_in_the_child_which_restarts_and_stops_cleanly(make_site, tmp_path) -> None:
    port = _free_port()
    site = make_site([{"name": "avl-udp", "transport": "udp", "protocol": "nmea", "port": port}])
    store = tmp_path / "live.sqlite"
    exits: list[tuple[int, list[str]]] = []
    child = RecorderChild(site, f"sqlite:///{store}", cwd=REPO_ROOT,
                          on_exit=lambda code, lines: exits.append((code, lines)))  # fmt: skip
    up = "kind = 'link.state' AND source = 'link:avl-udp' AND payload LIKE '%\"up\"%'"
    try:
        child.start()
        child.start()  # idempotent: one child
        assert child.wait_links_up(lambda: _count(store, up) >= 1, timeout_s=90)
        first = child.pid
        assert first is not None and child.running and first != os.getpid()
        # Below the console, so the screen wins the cores under a storm.
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, first) == min(ours + RECORDER_NICE, 19)
        # Its own session's scheduling group too, where the kernel groups by session.
        group = Path(f"/proc/{first}/autogroup")
        if group.exists():
            assert group.read_text().split()[-1] == str(min(ours + RECORDER_NICE, 19))

        now = datetime.now(UTC).time()
        fix = with_tag_block(encode_gga(60.17, 24.94, now), "HE11") + b"\r\n"
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.sendto(fix, ("127.0.0.1", port))
        poll_until(lambda: _count(store, "kind = 'frame.decoded'") == 1, "the fix stored", 60)

        os.kill(first, signal.SIGKILL)  # a recorder that dies is started again
        poll_until(lambda: child.restarts == 1 and child.running, "the child restarted", 60)
        assert child.pid != first and not pid_alive(first)
        assert child.pid is not None
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(ours + RECORDER_NICE, 19)
        assert exits and exits[0][0] == -signal.SIGKILL
        poll_until(lambda: _count(store, up) >= 2, "its link up again", 90)
    finally:
        code = child.stop()
    assert code == 0  # SIGTERM: the recorder closed its links and flushed the store
    assert not child.running
    assert child.stop() == 0  # idempotent
    assert _count(store, "kind = 'system.stop'") >= 1


def test_without_a_site_or_store_the_child_uses_the_consoles_defaults() -> None:
    """``--recorder`` with no ``--site``/``--store``: the embedded site, the default store."""
    child = RecorderChild(None, None, "avl-udp")
    assert "--site" not in child.args and "--store" not in child.args
    assert child.args[-2:] == ["--links", "avl-udp"]
    named = RecorderChild("/srv/site", "sqlite:////srv/live.sqlite")
    assert named.args[named.args.index("--site") + 1] == "/srv/site"
    assert named.args[named.args.index("--store") + 1] == "sqlite:////srv/live.sqlite"


def test_a_missing_session_group_is_no_fault(tmp_path, monkeypatch) -> None:
    """Where the kernel has no session groups (not Linux, a cgroup desktop) the child
    keeps its niceness alone and nothing is raised; where it has, the group gets it."""
    import console.session.recorder_child as recorder_child

    monkeypatch.setattr(recorder_child, "AUTOGROUP_NICE_FILE", str(tmp_path / "no" / "{pid}"))
    assert not lower_session_group(os.getpid(), 10)
    (tmp_path / "groups").mkdir()
    monkeypatch.setattr(recorder_child, "AUTOGROUP_NICE_FILE", str(tmp_path / "groups" / "{pid}"))
    assert lower_session_group(4242, 10)
    assert (tmp_path / "groups" / "4242").read_text() == "10\n"
    assert AUTOGROUP_NICE_FILE.startswith("/proc/")
