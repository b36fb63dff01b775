"""End to end: the recorder on a disk that fills up, stopped by SIGTERM, loses nothing acknowledged.

A real ``dispatch-console record`` process with an ALI link (TCP) stores into
a SQLite file on a small tmpfs. A controller sends ALI records and keeps
every ACK. The disk fills: the recorder holds what arrives and stops
acknowledging, and SIGTERM still stops it within 10 s, spilling what it
held. The disk is then made larger (as an operator would free space) and
the store is opened again: the spill is replayed into the log first, the
hash chain is intact, and every acknowledged record is in the log, and so
is every record it held when it was stopped.

Needs root on Linux to mount a tmpfs; skipped elsewhere.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.store import GroupCommitWriter, open_store, verify_chain
from radio.codecs.ali import ACK, encode_ali
from radio.messages_location import CallerLocation

pytestmark = pytest.mark.timeout(180)

STOP_WITHIN_S = 10.0


@pytest.fixture
def small_disk(make_small_disk: Callable[[str], Path]) -> Path:
    return make_small_disk("3m")


def _record(n: int) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali", "ALI", "ali", number=f"0400{n:06d}", lat=60.17, lon=24.94,
            radius_m=35.0, confidence=90, class_of_service="WPH2",
            time=datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
            civic=(("NAM", "CALLER " + "X" * 20), ("A3", "HELSINKI")),
        )
    )  # fmt: skip


def test_sigterm_on_a_full_disk_stops_in_time_and_loses_nothing_acknowledged(
    small_disk: Path, make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site([{"name": "ali", "transport": "tcp-server", "protocol": "ali",
                       "host": "127.0.0.1", "port": 0}])  # fmt: skip
    store_path = small_disk / "live.sqlite"
    data_home = tmp_path / "data"  # the spill's fallback places, kept inside the test
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data_home))
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    recorder = subprocess.Popen(
        [sys.executable, "-m", "console", "--site", str(site), "record", "--store",
         str(store_path)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    assert recorder.stdout is not None
    lines: list[str] = []
    port = None
    for line in recorder.stdout:
        lines.append(line)
        found = re.search(r"link ali \(tcp-server 127\.0\.0\.1:(\d+)\) up", line)
        if found:
            port = int(found.group(1))
            break
    assert port, "".join(lines)
    threading.Thread(target=lambda: lines.extend(recorder.stdout), daemon=True).start()

    acked: list[int] = []
    held: list[int] = []
    with socket.create_connection(("127.0.0.1", port), timeout=10) as controller:
        controller.settimeout(5)
        for n in range(20_000):
            controller.sendall(_record(n))
            try:
                answer = controller.recv(1)
            except TimeoutError:
                held.append(n)  # the recorder holds it: not stored, so not acknowledged
                break
            assert answer == ACK, answer
            acked.append(n)
        for n in range(held[0] + 1, held[0] + 6):  # more arrive while the disk is full
            controller.sendall(_record(n))
            held.append(n)
    assert acked and held, "the disk never filled up"
    assert any("disk is full" in line for line in lines), "".join(lines[-20:])

    started = time.monotonic()
    recorder.send_signal(signal.SIGTERM)
    recorder.wait(timeout=60)
    took = time.monotonic() - started
    assert took <= STOP_WITHIN_S, f"stopped after {took:.1f} s:\n" + "".join(lines[-30:])

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    store = open_store(f"sqlite:///{store_path}")
    GroupCommitWriter(store).close()  # the next start: its writer replays the spill first
    try:
        assert verify_chain(store).ok
        numbers = {
            (e.payload["message"] or {}).get("number")
            for e in store.latest_events(limit=100_000)
            if e.kind == "frame.decoded"
        }
        assert [n for n in acked if f"0400{n:06d}" not in numbers] == []
        # What it held when it was stopped was spilled and is in the log now too.
        assert [n for n in held if f"0400{n:06d}" not in numbers] == []
    finally:
        store.close()
