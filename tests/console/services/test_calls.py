"""CallService: call-taker actions and refusals on a real store and group-commit writer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from console.services.calls import CallError, CallService
from console.services.committed_actions import await_committed
from console.services.dispatch import DispatchService
from models.calls import events as ev
from models.calls.state import CallState
from models.calls.tracker import CallTracker
from models.store import GroupCommitWriter, NewEvent, Store, open_store
from models.store import calls_queries as cq
from models.store import dispatch_queries as dq
from radio.messages_location import CallerLocation

NOW = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
LAT, LON = 60.1699, 24.9384


def ali(number: str | None, lat: float = LAT, lon: float = LON, cos: str = "WPH2") -> dict:
    return CallerLocation(
        protocol="ali",
        kind="ALI",
        source="ali",
        number=number,
        lat=lat,
        lon=lon,
        radius_m=40.0,
        confidence=90.0,
        shape="Circle",
        class_of_service=cos,
        civic=(("HNO", "5"), ("RD", "Aleksanterinkatu"), ("A3", "Helsinki")),
    ).to_dict()


@dataclass
class Desk:
    """A call-taker's desk: store, writer, services and the ingest-side tracker."""

    store: Store
    writer: GroupCommitWriter
    calls: CallService
    dispatch: DispatchService
    tracker: CallTracker

    async def frame(self, message: dict, link: str = "ali-a") -> list[str]:
        """What ingest does for a decoded caller location: the tracker's events, committed."""
        records = self.tracker.on_location_frame(message, "ali", link, "COM3")
        receipts = [
            self.writer.submit(NewEvent("system", kind, datetime.now(UTC), payload))
            for kind, payload in records
        ]
        if receipts:
            last = await await_committed(receipts[-1])
            deadline = time.monotonic() + 30
            while self.calls.state.last_seq < last.seq:  # applied on the loop, after commit
                assert time.monotonic() < deadline, "call events were not applied"
                await asyncio.sleep(0.005)
        return [payload["call_id"] for _, payload in records]


@pytest.fixture
def run_desk(tmp_path: Path) -> Iterator[Callable[[Callable[[Desk], Awaitable[None]]], None]]:
    stores: list[Store] = []

    def run(body: Callable[[Desk], Awaitable[None]]) -> None:
        async def main() -> None:
            loop = asyncio.get_running_loop()
            site = load_site(DEFAULT_SITE_DIR)
            store = open_store(f"sqlite:///{tmp_path / 'calls.sqlite'}")
            stores.append(store)
            clock = iter(NOW + timedelta(seconds=i) for i in range(10_000))
            dispatch = DispatchService(site, site_catalogue(site), None, "anna")
            state = CallState()
            calls = CallService(
                site, None, "anna", state, now=lambda: next(clock), dispatch_state=dispatch.state
            )

            def on_committed(events: list[Any]) -> None:  # writer thread -> loop
                loop.call_soon_threadsafe(dispatch.on_committed, events)
                loop.call_soon_threadsafe(calls.on_committed, events)

            writer = GroupCommitWriter(store, on_committed=on_committed)
            dispatch.writer = calls.writer = writer
            try:
                await body(Desk(store, writer, calls, dispatch, CallTracker(state)))
            finally:
                await loop.run_in_executor(None, writer.close)

        asyncio.run(main())

    yield run
    for store in stores:
        store.close()


def query(store: Store, fn: Any, *args: Any) -> Any:
    with store.engine.connect() as conn:
        return fn(conn, *args)


def test_answer_verify_release(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        assert await desk.frame(ali("3125551234", cos="WPH1")) == ["C000001"]
        assert await desk.frame(ali("3125551234", LAT + 0.0001)) == ["C000001"]  # rebid
        await desk.calls.answer("C000001")
        call = desk.calls.state.calls["C000001"]
        assert (call.state, call.answered, call.class_of_service) == (
            "answered",
            NOW,
            "WPH2",
        )
        await desk.calls.verify_location("C000001")  # the one in force: the rebid
        verified = desk.calls.state.calls["C000001"].verified
        assert verified is not None and verified.location["lat"] == LAT + 0.0001
        await desk.calls.release("C000001")
        assert desk.calls.state.calls["C000001"].state == "released"
        # In the store: every action with the operator, the projection up to date.
        events = desk.store.events_since(0)
        assert [(e.source, e.kind) for e in events] == [
            ("system", ev.CALL_OFFERED),
            ("system", ev.CALL_LOCATION),
            ("operator:anna", ev.CALL_ANSWERED),
            ("operator:anna", ev.CALL_LOCATION_VERIFIED),
            ("operator:anna", ev.CALL_RELEASED),
        ]
        detail = query(desk.store, cq.call, "C000001")
        assert (detail.call.state, detail.call.verified_by) == ("released", "anna")
        assert [(x.rebid, x.verified) for x in detail.locations] == [
            (False, False),
            (True, False),
            (False, True),
        ]
        # The caller rings again: a new call.
        assert await desk.frame(ali("3125551234")) == ["C000002"]

    run_desk(body)


def test_refusals_append_nothing(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        await desk.frame(ali("3125551234"))
        await desk.frame(ali("3125559999"))
        await desk.calls.abandon("C000002", "  caller hung up ")
        assert desk.calls.state.calls["C000002"].reason == "caller hung up"
        before = desk.store.last_seq()
        refusals = [
            (desk.calls.answer("C000002"), "call C000002 was abandoned: it cannot be answered"),
            (desk.calls.abandon("C000002"), "call C000002 is already abandoned"),
            (desk.calls.release("C000001"), "call C000001 is still ringing: answer it or mark"),
            (desk.calls.answer("C000404"), "unknown call 'C000404'"),
            (desk.calls.attach("C000001", "2026-000404"), "unknown incident '2026-000404'"),
            (desk.calls.attach("C000001", " "), "attach needs an incident"),
            (
                desk.calls.verify_location("C000002"),
                "call C000002 was abandoned: its location can no longer be verified",
            ),
            (
                desk.calls.verify_location("C000001", {"source": "ali", "lat": 1.0}),
                "not a location: lat and lon go together",
            ),
            (
                desk.calls.type_location("C000001", 60.0, 200.0, "x"),
                "not a location: lat/lon out of range",
            ),
            (
                desk.calls.type_location("C000001", 60.0, 24.0, "x", source="ali"),
                "not a location: source must be 'typed' or 'map'",
            ),
            (
                desk.calls.create_incident_from_call(desk.dispatch, "C000001", "no-such-type"),
                "unknown incident type",
            ),
        ]
        for action, sentence in refusals:
            with pytest.raises(CallError) as info:
                await action
            assert str(info.value).startswith(sentence)
        await desk.calls.answer("C000001")
        with pytest.raises(CallError, match="call C000001 is already answered"):
            await desk.calls.answer("C000001")
        await desk.calls.release("C000001")
        with pytest.raises(CallError, match="call C000001 is already released"):
            await desk.calls.release("C000001")
        with pytest.raises(CallError, match="C000001 is released: it cannot be abandoned"):
            await desk.calls.abandon("C000001")
        kinds = [e.kind for e in desk.store.events_since(before)]
        assert kinds == [ev.CALL_ANSWERED, ev.CALL_RELEASED]

    run_desk(body)


def test_verified_location_is_not_overwritten_by_a_later_fix(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        await desk.frame(ali("+358401234567"))
        await desk.calls.answer("C000001")
        await desk.calls.type_location("C000001", 60.1710, 24.9410, "Kauppatori", "map")
        await desk.frame(ali("0401234567", 60.2, 24.9))  # a later automatic fix
        call = desk.calls.state.calls["C000001"]
        assert call.verified is not None and call.verified.location["source"] == "map"
        assert call.pending is not None and call.pending.location["lat"] == 60.2
        (view,) = desk.calls.views()
        assert view.location is not None
        assert (view.location.source, view.location.verified, view.location.address) == (
            "map",
            True,
            "Kauppatori",
        )
        assert view.pending is not None and view.pending.lat == 60.2
        assert [h.source for h in view.history] == ["ali", "ali"]
        with pytest.raises(CallError, match="already verified"):
            await desk.calls.verify_location("C000001")
        # The call-taker accepts the offered fix explicitly.
        await desk.calls.verify_location("C000001", call.pending.location)
        call = desk.calls.state.calls["C000001"]
        assert call.pending is None and call.verified.location["lat"] == 60.2  # type: ignore[union-attr]

    run_desk(body)


def test_create_incident_from_call_and_duplicates(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        await desk.frame(ali("3125551234"))
        incident_id = await desk.calls.create_incident_from_call(
            desk.dispatch, "C000001", "structure-fire"
        )
        incident = desk.dispatch.state.incidents[incident_id]
        assert (incident.lat, incident.lon, incident.call_id, incident.type_code) == (
            LAT,
            LON,
            "C000001",
            "structure-fire",
        )
        assert incident.location == "5 Aleksanterinkatu, Helsinki"
        assert desk.calls.state.calls["C000001"].incident_id == incident_id
        with pytest.raises(CallError, match=f"call C000001 is already attached to {incident_id}"):
            await desk.calls.create_incident_from_call(desk.dispatch, "C000001", "vehicle-fire")
        # A second caller 100 m away: a possible duplicate of that incident.
        await desk.frame(ali("3125550000", LAT + 0.0009, LON))
        # A third one 5 km away is not.
        await desk.frame(ali("3125550001", LAT + 0.045, LON))
        views = {v.call_id: v for v in desk.calls.views()}
        assert views["C000001"].duplicate_of == ()  # its own incident is not a duplicate
        assert views["C000002"].duplicate_of == (incident_id,)
        assert views["C000003"].duplicate_of == ()
        await desk.calls.attach("C000002", incident_id)
        assert desk.calls.state.calls["C000002"].incident_id == incident_id
        rows = query(desk.store, cq.calls_for_incident, incident_id)
        assert [r.call_id for r in rows] == ["C000001", "C000002"]
        (stored,) = query(desk.store, dq.open_incidents)
        assert (stored.incident_id, stored.call_id) == (incident_id, "C000001")
        # A closed incident takes no more calls.
        await desk.dispatch.close_incident(incident_id, "false alarm")
        with pytest.raises(CallError, match=f"incident {incident_id} is closed"):
            await desk.calls.attach("C000003", incident_id)

    run_desk(body)


def test_create_incident_needs_a_position(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        civic_only = ali("3125551234")
        for key in ("lat", "lon", "radius_m", "confidence", "shape"):
            civic_only.pop(key)
        await desk.frame(civic_only)
        with pytest.raises(CallError, match="C000001 has no position: type the location"):
            await desk.calls.create_incident_from_call(desk.dispatch, "C000001", "assault")
        assert desk.dispatch.state.incidents == {}
        await desk.calls.type_location("C000001", LAT, LON, "Aleksanterinkatu 5")
        incident_id = await desk.calls.create_incident_from_call(
            desk.dispatch, "C000001", "assault"
        )
        assert desk.dispatch.state.incidents[incident_id].location == "Aleksanterinkatu 5"

    run_desk(body)
