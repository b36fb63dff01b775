"""End to end: ALI records over a serial line are acknowledged only once stored.

The console offscreen on a temporary store, with an ``ali`` link on a
pseudo-terminal (the 911 controller's side is the pty master). A good record
gets ACK (0x06) on the wire, and at that moment its event is already
committed (checked from a second connection to the store). A record with a
corrupt body gets NAK (0x15), and is stored too, with the reason.
"""

from __future__ import annotations

import asyncio
import os
import select
import time
import tty
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.app import Console
from models.store import open_store
from radio.codecs.ali import ACK, NAK, encode_ali
from radio.messages_location import CallerLocation
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _record(number: str, lat: float, lon: float) -> bytes:
    return encode_ali(
        CallerLocation(
            "ali",
            "ALI",
            "ali",
            number=number,
            lat=lat,
            lon=lon,
            radius_m=35.0,
            confidence=90,
            class_of_service="WPH2",
            time=datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
            civic=(("NAM", "MOBILE CALLER"), ("A3", "HELSINKI")),
        )
    )


def _read_answer(fd: int, timeout: float = 10.0) -> bytes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            return os.read(fd, 1)
    raise AssertionError("no answer from the console")


def _frames_stored(store_url: str) -> list:
    store = open_store(store_url)
    try:
        return [e for e in store.latest_events(limit=100) if e.kind.startswith("frame.")]
    finally:
        store.close()


def test_ali_ack_only_after_commit_and_nak_for_corrupt(
    console_loop, make_site, tmp_path: Path
) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    site_dir = make_site(
        [
            {
                "name": "ali-psap",
                "transport": "serial",
                "protocol": "ali",
                "url": os.ttyname(slave),
                "baudrate": 9600,
            }
        ]
    )
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    answers: list[tuple[bytes, int]] = []

    async def scenario() -> None:
        console = Console(str(site_dir), store_url, "day")
        console.window.show()
        await console.session.start()
        ingest = console.session.ingest
        await wait_for(lambda: ingest.links[0].link.health.state.value == "up", "link up")
        loop = asyncio.get_running_loop()

        good = _record("0401234567", 60.1701, 24.9415)
        os.write(master, good)
        answer = await loop.run_in_executor(None, _read_answer, master)
        # The record must already be committed when the ACK is on the wire.
        stored = await loop.run_in_executor(None, _frames_stored, store_url)
        answers.append((answer, len(stored)))

        corrupt = good.replace(b"0401234567", b"04012\x0034567")
        os.write(master, corrupt)
        answer = await loop.run_in_executor(None, _read_answer, master)
        stored = await loop.run_in_executor(None, _frames_stored, store_url)
        answers.append((answer, len(stored)))
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        os.close(master)
        os.close(slave)

    assert answers[0] == (ACK, 1)
    assert answers[1] == (NAK, 2)
    frames = _frames_stored(store_url)
    rejected = [e for e in frames if e.kind == "frame.rejected"]
    assert len(rejected) == 1 and rejected[0].error
    decoded = [e for e in frames if e.kind == "frame.decoded"]
    assert decoded[0].payload["message"]["number"] == "0401234567"
