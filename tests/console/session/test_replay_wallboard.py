"""The replay window's wallboard: the room as it was at the replayed moment, from the log alone.

A hand-made log (calls ringing, answered late, one from ALI, abandoned; incidents opened
and closed; units dispatched, en route, reassigned; a link down and up; alerts; calls a
week earlier for the same weekday's average) is written to a real SQLite store and
replayed. At each moment T the replay window's wallboard must show what a live console's
wallboard showed at T: the projection fed every event received up to T, looked at at T.
Seeking forward feeds it the events in between; seeking back rebuilds it.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.app import Console
from models.stats import site_targets
from models.stats.wallboard import WallboardProjection
from tests.models.stats.handmade import T0, Log
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _room() -> Log:
    log = Log(T0 - timedelta(days=7))  # last Monday, same hour: the weekday average
    for k in range(4):
        log.offer(60 * k, f"C9{k}").answer(60 * k + 8, f"C9{k}")
    room = Log()
    room.events = list(log.events)
    room.offer(0, "C1").answer(10, "C1").create(20, "2026-000001", "C1", priority=1)
    room.offer(5, "C2").answer(30, "C2")  # 25 s: over 20 s
    room.offer(40, "C3", via="ali").answer(41, "C3")  # answered, not timed (no ring start)
    room.offer(50, "C4").abandon(75, "C4")
    room.create(60, "2026-000002", priority=3).close(90, "2026-000002")
    room.dispatch(70, "HE11", "2026-000001").status(
        80, "HE11", "en route", "2026-000001", "dispatched"
    )
    room.add(85, "link:avl", "link.state",
             {"link": "avl", "state": "down", "endpoint": "u", "error": "x"})  # fmt: skip
    room.alert(87, "A1").alert(88, "A2").op(89, "alert.acknowledged", {"alert_id": "A2"})
    room.dispatch(100, "HE12", "2026-000001").status(
        110, "HE11", "on scene", "2026-000001", "en route"
    )
    room.dispatch(120, "HE11", "2026-000003")  # reassigned to an incident not in the log
    room.offer(130, "C5")  # ringing at the end
    room.add(140, "link:avl", "link.state",
             {"link": "avl", "state": "up", "endpoint": "u", "error": None})  # fmt: skip
    room.close(150, "2026-000001")
    # As a console writes them: in the order received (the log's order is its time order).
    room.events.sort(key=lambda e: e.rx_time)
    return room


def _as_live(log: Log, site: Any, at: datetime) -> dict[str, Any]:
    """What a live console's wallboard showed at ``at``: every event committed by then."""
    units = [(u.call_sign, u.discipline, u.station_id) for u in site.units]
    projection = WallboardProjection(units, site.tzinfo, site_targets(site))
    for event in log.stored():
        if event.rx_time <= at:
            projection.apply(event)
    return _figures(projection.snapshot(at))


def _figures(snapshot: Any) -> dict[str, Any]:
    figures = asdict(snapshot)
    figures.pop("at")
    return figures


def test_replay_wallboard_shows_the_room_as_it_was_at_t(console_loop, tmp_path: Path) -> None:
    log = _room()
    path = log.write(tmp_path / "shift.sqlite")

    async def scenario() -> None:
        console = Console(None, None, "day", replay=str(path))
        console.window.show()
        session = console.session
        await session.start()
        await wait_for(lambda: session.states_shown >= 1, "first state")
        assert session.wallboard is None  # nothing read for it until it is asked for
        console.window.wallboard_action.trigger()
        board = session.wallboard
        assert board is not None and board.isVisible()
        assert "REPLAY" in board.windowTitle()
        await wait_for(lambda: session._wallboard_seq is not None, "wallboard at the end")
        await wait_for(lambda: board.settled, "the wallboard's worker")
        assert _figures(board.snapshot) == _as_live(log, session.site, session.time)

        async def at(seconds: float) -> dict[str, Any]:
            shown = session.states_shown
            session.seek(T0 + timedelta(seconds=seconds))
            await wait_for(lambda: session.states_shown > shown, f"state at +{seconds}s")
            # Its own worker applied what the state brought and computed the snapshot.
            await wait_for(lambda: board.settled, f"wallboard at +{seconds}s")
            assert board.snapshot is not None and board.snapshot.at == session.time
            return _figures(board.snapshot)

        for seconds in (86, 95, 112, 135, 45, 86, 160):  # forward, forward, ..., back, forward
            shown = await at(seconds)
            assert shown == _as_live(log, session.site, T0 + timedelta(seconds=seconds))
            board.refresh()  # its own 1 s refresh reads the replay clock, not this PC's
            await wait_for(lambda: board.settled, "a refresh")
            assert _figures(board.snapshot) == shown

        # Spot checks against the story itself, not only against a live projection.
        s = await at(86)
        assert (s["calls_waiting"], s["answered_hour"], s["no_ring_start_hour"]) == (0, 2, 1)
        assert (s["within_15"], s["within_20"]) == (0.5, 0.5)
        assert s["links_down"] == ("avl",) and s["incidents_open"] == {1: 1, 3: 1}
        assert s["calls_weekday_avg"] is not None and sum(s["calls_weekday_avg"]) == 4
        assert s["units_by_discipline"]["fire"]["en route"] == 1
        s = await at(45)
        assert (s["calls_waiting"], s["longest_ring_s"]) == (0, None)
        assert s["links_down"] == () and s["incidents_open"] == {1: 1}
        s = await at(135)
        assert (s["calls_waiting"], s["longest_ring_s"]) == (1, 5.0)
        assert s["links_down"] == ("avl",) and s["alerts_open"] == 2
        s = await at(145)
        assert s["links_down"] == () and s["units_by_discipline"]["fire"].get("en route") is None
        await console.shutdown()
        assert not board.isVisible()

    console_loop.run_until_complete(scenario())
