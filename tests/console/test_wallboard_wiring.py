"""View > Wallboard in the live console: seeded from the store, then fed every commit."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from console.app import Console
from models.store import NewEvent


def test_wallboard_opens_seeded_and_follows_commits(console_loop, tmp_path: Path) -> None:
    console = Console(None, f"sqlite:///{tmp_path / 'live.sqlite'}", "day")
    session = console.session
    assert session is not None

    async def scenario() -> None:
        await session.start()
        offered = {"call_id": "C000001", "number": "1", "via": "pidf", "class_of_service": None,
                   "location": None, "frame": {"link": "x", "peer": "y"}}  # fmt: skip
        session.writer.submit(NewEvent("system", "call.offered", datetime.now(UTC), offered))
        session.writer.flush(10)
        await asyncio.sleep(0.5)
        console.window.wallboard_action.trigger()
        for _ in range(100):
            await asyncio.sleep(0.05)
            board = session.wallboard
            if board is not None and board.snapshot and board.snapshot.calls_waiting == 1:
                break
        assert session.wallboard is not None and session.wallboard.isVisible()
        assert session.wallboard.snapshot.calls_waiting == 1
        session.writer.submit(NewEvent("operator:ann", "call.answered", datetime.now(UTC),
                                       {"call_id": "C000001"}))  # fmt: skip
        session.writer.flush(10)
        for _ in range(100):
            await asyncio.sleep(0.05)
            session.wallboard.refresh()
            if session.wallboard.snapshot.answered_hour == 1:
                break
        assert session.wallboard.snapshot.calls_waiting == 0
        assert session.wallboard.snapshot.answered_hour == 1
        await console.shutdown()

    console_loop.run_until_complete(scenario())
