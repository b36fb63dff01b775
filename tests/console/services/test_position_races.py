"""Two positions acting on the same call or alert at the same moment: one wins, one is told.

Each position has its own store connection, writer and log follower on one
database (SQLite file and PostgreSQL), as two consoles in a control room do;
a third writer plays the recorder that offers the calls and raises the
alerts. The services are the console's own; only the windows are left out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from console.services.alerts import AlertError, AlertService
from console.services.calls import CallError, CallService
from console.services.committed_actions import await_committed
from console.services.dispatch import DispatchService
from models.alerts.engine import AlertEngine
from models.alerts.state import AlertState
from models.calls.state import CallState
from models.calls.tracker import CallTracker
from models.sensors.config import Sensor, Zone
from models.store import GroupCommitWriter, NewEvent, open_store, verify_chain
from models.store.follow import LogFollower
from radio.messages_location import CallerLocation
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)

RING = ((60.165, 24.94), (60.170, 24.94), (60.170, 24.95), (60.165, 24.95), (60.165, 24.94))
QUAY = Zone("quay", "Market quay", RING, True, "person-in-water", "severe")
RADAR = Sensor("radar-1", "Harbour radar", "radar", 60.16, 24.945)


class Position:
    def __init__(self, url: str, operator: str, site: Any, loop: asyncio.AbstractEventLoop):
        self.store = open_store(url)
        self.dispatch = DispatchService(site, site_catalogue(site), None, operator)
        self.calls = CallService(
            site, None, operator, CallState(), dispatch_state=self.dispatch.state
        )
        self.alerts = AlertService(
            site,
            None,
            operator,
            AlertState(),
            dispatch_state=self.dispatch.state,
            call_state=self.calls.state,
        )
        self.follower = LogFollower(
            self.store, 0, lambda events: loop.call_soon_threadsafe(self._apply, events)
        )
        self.writer = GroupCommitWriter(self.store, on_committed=self.follower.offer)
        for service in (self.dispatch, self.calls, self.alerts):
            service.writer = self.writer
        self.follower.start()

    def _apply(self, events: list[Any]) -> None:
        for service in (self.dispatch, self.calls, self.alerts):
            service.on_committed(events)

    def close(self) -> None:
        self.writer.close()
        self.follower.stop()
        self.store.close()


def _run(store_url: str, body: Callable[[Position, Position, GroupCommitWriter], Awaitable[None]]):
    async def main() -> None:
        loop = asyncio.get_running_loop()
        site = load_site(DEFAULT_SITE_DIR)
        anna = Position(store_url, "anna", site, loop)
        ben = Position(store_url, "ben", site, loop)
        recorder_store = open_store(store_url)
        recorder = GroupCommitWriter(recorder_store)
        try:
            await body(anna, ben, recorder)
        finally:
            recorder.close()
            recorder_store.close()
            await loop.run_in_executor(None, anna.close)
            await loop.run_in_executor(None, ben.close)

    asyncio.run(main())


async def _append(writer: GroupCommitWriter, records: list[tuple[str, dict[str, Any]]]) -> int:
    receipts = [
        writer.submit(NewEvent("system", kind, datetime.now(UTC), payload))
        for kind, payload in records
    ]
    return (await await_committed(receipts[-1])).seq


def _one_winner(results: list[Any], error_type: type[Exception]) -> tuple[int, Exception]:
    assert sorted(r is None for r in results) == [False, True], results
    winner = results.index(None)
    error = results[1 - winner]
    assert isinstance(error, error_type), error
    return winner, error


def test_two_call_takers_answer_one_call(store_url: str) -> None:
    async def body(anna: Position, ben: Position, recorder: GroupCommitWriter) -> None:
        location = CallerLocation(
            protocol="ali", kind="ALI", source="ali", number="3125551234", lat=60.17,
            lon=24.94, radius_m=40.0, confidence=90.0, shape="Circle", class_of_service="WPH2",
        ).to_dict()  # fmt: skip
        records = CallTracker(CallState()).on_location_frame(location, "ali", "ali-a", "COM3")
        (call_id,) = {payload["call_id"] for _, payload in records}
        seq = await _append(recorder, records)
        for position in (anna, ben):
            await wait_for(lambda p=position: p.calls.state.last_seq >= seq, "the call rings")
        results = await asyncio.gather(
            anna.calls.answer(call_id), ben.calls.answer(call_id), return_exceptions=True
        )
        winner, error = _one_winner(results, CallError)
        name = ["anna", "ben"][winner]
        assert f"call {call_id} is now answered (set by {name} at" in str(error)
        assert verify_chain(anna.store).ok
        answered = anna.store.latest_events(10, kinds=["call.answered"])
        assert [e.source for e in answered] == [f"operator:{name}"]

    _run(store_url, body)


def test_two_dispatchers_handle_one_alert(store_url: str) -> None:
    async def body(anna: Position, ben: Position, recorder: GroupCommitWriter) -> None:
        engine = AlertEngine(AlertState(), (RADAR,), (QUAY,), incident_types=["person-in-water"])
        records = engine.on_track_positions(["radar-1/7"], [60.1675], [24.945], datetime.now(UTC))
        (alert_id,) = [payload["alert_id"] for _, payload in records]
        seq = await _append(recorder, records)
        for position in (anna, ben):
            await wait_for(lambda p=position: p.alerts.state.last_seq >= seq, "the alert")
        results = await asyncio.gather(
            anna.alerts.promote(anna.dispatch, alert_id),
            ben.alerts.dismiss(alert_id, "a gull on the radar"),
            return_exceptions=True,
        )
        assert sorted(isinstance(r, str) or r is None for r in results) == [False, True]
        if isinstance(results[0], str):  # anna promoted first: ben's dismissal refused
            assert isinstance(results[1], AlertError)
            assert f"alert {alert_id} is now promoted (set by anna at" in str(results[1])
            assert len(anna.store.latest_events(10, kinds=["incident.created"])) == 1
        else:  # ben dismissed first: anna's incident is created, then taken back
            assert isinstance(results[0], AlertError)
            assert f"alert {alert_id} is now dismissed (set by ben at" in str(results[0])
            (closed,) = anna.store.latest_events(10, kinds=["incident.closed"])
            assert "handled at another position" in closed.payload["disposition"]
        assert verify_chain(anna.store).ok

    _run(store_url, body)
