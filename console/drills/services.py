"""The console's own services on a drill store, without a window (headless drills).

Contract: ``DrillServices(site, store, operator)`` builds what the console
session and the recorder build — the group-commit writer, ``IngestService``
with the call tracker, ``DispatchService``, ``CallService``,
``AlertService`` (``allow_exercise``: a drill store holds only exercises),
``SensorService`` with the ``AlertEngine`` — plus a second
``DispatchService`` for the simulated crews (operator ``CREW_OPERATOR``).
States are rebuilt from the store's log (empty for a new drill store).
Committed batches are handed, on the loop's thread and in order, to every
service (each gets its own kinds, as the bridge does in the GUI) and then to
every listener added with ``add_listener(fn)``. ``await start()`` starts the
links; ``await wait_links_up()`` (also a module function on any ``IngestService``,
for the GUI drill) waits until every link is UP (so the first
injection is not sent into a port nobody listens on yet); ``await stop()``
closes the links and flushes and closes the writer (not the store).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from console.config.site import Site, site_catalogue
from console.services.alerts import AlertService
from console.services.calls import CallService
from console.services.dispatch import DispatchService
from console.services.ingest import STORE_CLOSE_TIMEOUT_S, IngestService
from console.services.pictures import load_pictures
from console.services.sensors import SensorService
from models.alerts.engine import AlertEngine
from models.alerts.events import ALERT_KINDS, is_sensor_event
from models.calls.events import CALL_KINDS
from models.calls.tracker import CallTracker
from models.dispatch.events import DISPATCH_KINDS
from models.dispatch.state import DispatchState
from models.drills.events import CREW_OPERATOR
from models.store import GroupCommitWriter, Store, StoredEvent

_LOGGER = logging.getLogger(__name__)

Listener = Callable[[list[StoredEvent]], None]


class DrillServices:
    def __init__(self, site: Site, store: Store, operator: str = "responder") -> None:
        self.site = site
        self.store = store
        self.operator = operator
        self.catalogue = site_catalogue(site)
        try:
            self.loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # built off the loop: start() sets it
            self.loop = None
        self._listeners: list[Listener] = []

        pictures = load_pictures(store, site)
        self.writer = GroupCommitWriter(store, on_committed=self._on_writer_committed)
        self.dispatch = DispatchService(
            site, self.catalogue, self.writer, operator, state=pictures.dispatch
        )
        self.crew_dispatch = crew_dispatch_service(
            site, self.catalogue, self.writer, self.dispatch.state
        )
        call_state = pictures.calls
        self.calls = CallService(
            site, self.writer, operator, call_state, dispatch_state=self.dispatch.state
        )
        alert_state = pictures.alerts
        self.alerts = AlertService(
            site, self.writer, operator, alert_state,
            dispatch_state=self.dispatch.state, call_state=call_state, allow_exercise=True,
        )  # fmt: skip
        engine = AlertEngine(
            alert_state,
            site.sensors,
            site.zones,
            incident_types=[t.code for t in self.catalogue.incident_types()],
        )
        self.sensors = SensorService(site, self.writer, engine)
        self.ingest = IngestService(site, self.writer, call_tracker=CallTracker(call_state))

    def add_listener(self, listener: Listener) -> None:
        """``listener(events)`` for every committed batch, after the services applied it."""
        self._listeners.append(listener)

    def _on_writer_committed(self, events: Sequence[StoredEvent]) -> None:
        loop = self.loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(self._on_committed, list(events))
        except RuntimeError:  # the loop has ended: nothing left to derive
            pass

    def _on_committed(self, events: list[StoredEvent]) -> None:
        dispatch = [e for e in events if e.kind in DISPATCH_KINDS]
        if dispatch:
            self.dispatch.on_committed(dispatch)
            self.crew_dispatch.on_committed(dispatch)
        calls = [e for e in events if e.kind in CALL_KINDS]
        if calls:
            self.calls.on_committed(calls)
        alerts = [e for e in events if e.kind in ALERT_KINDS]
        if alerts:
            self.alerts.on_committed(alerts)
        frames = [e for e in events if is_sensor_event(e)]
        if frames:
            self.sensors.on_committed(frames)
        for listener in self._listeners:
            try:
                listener(events)
            except Exception:  # one faulty listener must not starve the others
                _LOGGER.exception("drill listener failed")

    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        await self.ingest.start()

    async def wait_links_up(self, timeout_s: float = 20.0) -> None:
        await wait_links_up(self.ingest, timeout_s)

    async def stop(self) -> None:
        await self.ingest.stop()
        await asyncio.get_running_loop().run_in_executor(
            None, self.writer.close, STORE_CLOSE_TIMEOUT_S
        )

    def submit(self, event: Any) -> Any:
        return self.writer.submit(event)


async def wait_links_up(ingest: IngestService, timeout_s: float = 20.0) -> None:
    """Wait until every link of ``ingest`` is UP (the GUI drill uses it too)."""
    deadline = time.monotonic() + timeout_s
    while True:
        down = [r.spec.name for r in ingest.links if r.link.health.state.value != "up"]
        if not down:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"drill links not up: {', '.join(down)}")
        await asyncio.sleep(0.02)


def crew_dispatch_service(
    site: Site, catalogue: Any, writer: Any, dispatch_state: DispatchState
) -> DispatchService:
    """The simulated crews' dispatch service (operator ``CREW_OPERATOR``).

    It starts from a copy of the dispatchers' picture (not a second read of
    the log) and is fed the same committed batches afterwards; a copy, not the
    same object, so each service learns what changed from its own ``apply``.
    """
    service = DispatchService(site, catalogue, writer, CREW_OPERATOR)
    service.state = copy.deepcopy(dispatch_state)
    return service
