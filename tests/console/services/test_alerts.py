"""AlertService: handling alerts on a real store and group-commit writer, and its refusals."""

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
from console.services.alerts import AlertError, AlertService
from console.services.calls import CallService
from console.services.committed_actions import await_committed
from console.services.dispatch import DispatchService
from models.alerts import events as ev
from models.alerts.engine import AlertEngine
from models.alerts.state import AlertState
from models.calls.state import CallState
from models.dispatch.events import INCIDENT_CREATED
from models.sensors.config import Sensor, Zone
from models.store import GroupCommitWriter, NewEvent, Store, open_store
from models.store import alerts_queries as aq
from models.store import dispatch_queries as dq
from radio.messages_sensor import CapAlert, CapArea, CapInfo

NOW = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
RING = ((60.165, 24.94), (60.170, 24.94), (60.170, 24.95), (60.165, 24.95), (60.165, 24.94))
QUAY = Zone("quay", "Market quay", RING, True, "person-in-water", "severe")
RADAR = Sensor("radar-1", "Harbour radar", "radar", 60.16, 24.945)


@dataclass
class Desk:
    store: Store
    writer: GroupCommitWriter
    alerts: AlertService
    dispatch: DispatchService
    calls: CallService
    engine: AlertEngine

    async def ingest(self, records: list[tuple[str, dict[str, Any]]]) -> list[str]:
        """What ingest does with the engine's records: append them, then wait until applied."""
        receipts = [
            self.writer.submit(NewEvent("system", kind, datetime.now(UTC), payload))
            for kind, payload in records
        ]
        if receipts:
            last = await await_committed(receipts[-1])
            deadline = time.monotonic() + 30
            while self.alerts.state.last_seq < last.seq:
                assert time.monotonic() < deadline, "alert events were not applied"
                await asyncio.sleep(0.005)
        return [payload["alert_id"] for _, payload in records]

    async def entry(self, number: int, lat: float = 60.1675, lon: float = 24.945) -> str:
        (alert_id,) = await self.ingest(
            self.engine.on_track_positions([f"radar-1/{number}"], [lat], [lon], NOW)
        )
        return alert_id

    async def cap(self, identifier: str, status: str = "Actual", **area: Any) -> str:
        info = CapInfo(
            ("Fire",),
            "Building fire",
            "Immediate",
            "Extreme",
            "Observed",
            areas=(CapArea("Kauppatori", **area),),
        )
        message = CapAlert(
            "cap", "alert", identifier, "cap@hel.fi", NOW, status, "Alert", "Public", infos=(info,)
        ).to_dict()
        (alert_id,) = await self.ingest(self.engine.on_cap(message, "http", "10.0.0.1"))
        return alert_id


@pytest.fixture
def run_desk(tmp_path: Path) -> Iterator[Callable[[Callable[[Desk], Awaitable[None]]], None]]:
    stores: list[Store] = []

    def run(body: Callable[[Desk], Awaitable[None]]) -> None:
        async def main() -> None:
            loop = asyncio.get_running_loop()
            site = load_site(DEFAULT_SITE_DIR)
            store = open_store(f"sqlite:///{tmp_path / 'alerts.sqlite'}")
            stores.append(store)
            clock = iter(NOW + timedelta(seconds=i) for i in range(10_000))
            now = lambda: next(clock)  # noqa: E731
            dispatch = DispatchService(site, site_catalogue(site), None, "anna", now=now)
            calls = CallService(site, None, "anna", CallState(), now=now)
            state = AlertState()
            alerts = AlertService(
                site,
                None,
                "anna",
                state,
                now=now,
                dispatch_state=dispatch.state,
                call_state=calls.state,
            )

            def on_committed(events: list[Any]) -> None:  # writer thread -> loop
                for service in (dispatch, calls, alerts):
                    loop.call_soon_threadsafe(service.on_committed, events)

            writer = GroupCommitWriter(store, on_committed=on_committed)
            dispatch.writer = calls.writer = alerts.writer = writer
            engine = AlertEngine(state, [RADAR], [QUAY])
            try:
                await body(Desk(store, writer, alerts, dispatch, calls, engine))
            finally:
                await loop.run_in_executor(None, writer.close)

        asyncio.run(main())

    yield run
    for store in stores:
        store.close()


def query(store: Store, fn: Any, *args: Any) -> Any:
    with store.engine.connect() as conn:
        return fn(conn, *args)


def test_acknowledge_then_promote_creates_the_incident_at_the_alert(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        alert_id = await desk.entry(7)
        assert alert_id == "A000001"
        await desk.alerts.acknowledge(alert_id)
        assert desk.alerts.state.alert(alert_id).state == "acknowledged"
        incident_id = await desk.alerts.promote(desk.dispatch, alert_id)  # suggested type
        incident = desk.dispatch.state.incidents[incident_id]
        assert (incident.type_code, incident.lat, incident.lon, incident.location) == (
            "person-in-water",
            60.1675,
            24.945,
            "Track radar-1/7 entered Market quay",
        )
        alert = desk.alerts.state.alert(alert_id)
        assert (alert.state, alert.incident_id, alert.handled_by) == (
            "promoted",
            incident_id,
            "anna",
        )
        events = desk.store.events_since(0)
        assert [(e.source, e.kind) for e in events] == [
            ("system", ev.ALERT_RAISED),
            ("operator:anna", ev.ALERT_ACKNOWLEDGED),
            ("operator:anna", INCIDENT_CREATED),
            ("operator:anna", ev.ALERT_PROMOTED),
        ]
        row = query(desk.store, aq.alert, alert_id)
        assert (row.state, row.incident_id, row.acknowledged_by) == (
            "promoted",
            incident_id,
            "anna",
        )
        assert query(desk.store, dq.open_incidents)[0].incident_id == incident_id
        assert desk.alerts.views() == []
        with pytest.raises(
            AlertError, match=f"alert A000001 was promoted to {incident_id}: it cannot be dismissed"
        ):
            await desk.alerts.dismiss(alert_id, "oops")

    run_desk(body)


def test_refusals_append_nothing(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        alert_id = await desk.entry(1)
        drill = await desk.cap("X-1", status="Exercise", polygons=(RING,))
        nowhere = await desk.cap("G-1")  # geocode-only area: no position
        await desk.alerts.acknowledge(alert_id)
        count = desk.store.event_count()
        refusals: list[tuple[Awaitable[Any], str]] = [
            (desk.alerts.acknowledge("A000099"), "unknown alert 'A000099'"),
            (desk.alerts.acknowledge(alert_id), "alert A000001 is already acknowledged"),
            (desk.alerts.dismiss(alert_id, "  "), "say why alert A000001 is dismissed"),
            (
                desk.alerts.promote(desk.dispatch, drill),
                "alert A000002 is an exercise: it cannot become a live incident",
            ),
            (
                desk.alerts.promote(desk.dispatch, nowhere),
                "alert A000003 has no position: create the incident by hand",
            ),
            (desk.alerts.promote(desk.dispatch, alert_id, "not-a-type"), "not-a-type"),
            (desk.alerts.link(alert_id, "2026-999999"), "unknown incident or call '2026-999999'"),
            (desk.alerts.link(alert_id, " "), "link needs an incident or a call"),
        ]
        for action, message in refusals:
            with pytest.raises(AlertError) as info:
                await action
            assert message in str(info.value)
        assert desk.store.event_count() == count
        await desk.alerts.dismiss(alert_id, "a gull")
        assert desk.alerts.state.alert(alert_id).reason == "a gull"
        with pytest.raises(AlertError, match="alert A000001 was dismissed: it cannot be linked"):
            await desk.alerts.link(alert_id, "x")

    run_desk(body)


def test_link_to_incident_or_call_and_related_views(run_desk: Any) -> None:
    async def body(desk: Desk) -> None:
        incident_id = await desk.dispatch.create_incident("structure-fire", 60.1676, 24.9451)
        fire = await desk.cap("F-1", polygons=(RING,))
        entry = await desk.entry(2)
        (view_fire, view_entry) = desk.alerts.views()
        assert (view_fire.alert_id, view_fire.origin, view_fire.severity) == (
            fire,
            "cap",
            "extreme",
        )
        assert view_fire.polygons == (RING,) and view_fire.related == (incident_id,)
        assert view_fire.suggested_type == "structure-fire"
        assert (view_entry.track, view_entry.zone, view_entry.related) == (
            "radar-1/2",
            "quay",
            (incident_id,),
        )
        await desk.alerts.link(fire, incident_id)
        assert desk.alerts.state.alert(fire).incident_id == incident_id
        with pytest.raises(AlertError, match=f"is linked to {incident_id}: it cannot be promoted"):
            await desk.alerts.promote(desk.dispatch, fire)
        # A call the call state knows is linked as a call.
        await desk.calls._append(
            [
                (
                    "call.offered",
                    {
                        "call_id": "C000001",
                        "number": "1",
                        "via": "ali",
                        "class_of_service": None,
                        "location": None,
                        "frame": None,
                    },
                )
            ]
        )
        await desk.alerts.link(entry, "C000001")
        alert = desk.alerts.state.alert(entry)
        assert (alert.state, alert.call_id, alert.incident_id) == ("linked", "C000001", None)
        assert query(desk.store, aq.alert, entry).call_id == "C000001"
        assert desk.alerts.views() == []

    run_desk(body)


def test_a_promoted_alert_is_named_by_its_reverse_name(run_desk: Any) -> None:
    from console.services.places import PlacesService, site_places_path

    async def body(desk: Desk) -> None:
        places = PlacesService(site_places_path(load_site(DEFAULT_SITE_DIR)))
        places.start(asyncio.get_running_loop())
        try:
            expected = await places.reverse(60.1675, 24.945)
            assert expected.name is not None
            alert_id = await desk.entry(7)
            incident_id = await desk.alerts.promote(desk.dispatch, alert_id, places=places)
        finally:
            await asyncio.get_running_loop().run_in_executor(None, places.close)
        incident = desk.dispatch.state.incidents[incident_id]
        assert incident.reverse is not None
        assert (incident.reverse.label, incident.reverse.kind) == (expected.name.label, "reverse")
        assert incident.reverse.build_id == expected.build_id
        assert incident.location == "Track radar-1/7 entered Market quay"  # the alert's words stay

    run_desk(body)
