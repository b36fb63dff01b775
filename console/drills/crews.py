"""Simulated crews: dispatched units turn out, drive the road route and report.

Contract: ``CrewSimulator(site, feeds, dispatch, clock, crews)`` where
``dispatch`` is the drill's crew ``DispatchService`` (operator
``CREW_OPERATOR``: crews are never trainees), ``clock`` the running
``RunClock`` and ``crews`` the scenario's ``[crews]`` settings. Feed it every
committed batch with ``on_committed(events)``. On a committed ``unit.status``
"dispatched" the unit's crew waits ``turnout_s`` drill seconds, reports "en
route" (when ``report_status``), drives the fastest road route
(``models.routing``: one reverse Dijkstra from the incident, the route
through every road node) from its last AVL fix, else its station, at the
route's road-speed ETA divided by ``speed_factor``, sending an NMEA fix to
the drill's AVL feed every ``avl_interval_s`` drill seconds, and reports "on
scene" on arrival. The position along the route advances evenly in time over
the whole route (the route's ETA already reflects each road's speed; per
segment timing is not exposed by the router). A unit stood down (available,
out of service) or sent elsewhere stops driving at once. When the incident
cannot be reached by road the crew drives straight there at
``OFFROAD_MPS``. Routing runs on a worker thread.

Over the radio (``radio``, optional: a ``console.drills.radio_crews.RadioCrews``
on the drill's TETRA pty): a unit with a radio path reports its statuses as
its radio would, the console applying them as it does a live crew's; other
units report through ``dispatch`` as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Sequence
from typing import Any

from console.drills.clock import RunClock
from console.drills.encode import avl_fix
from console.drills.polyline import Polyline
from console.services.dispatch import DispatchError
from models.dispatch import events as dev
from models.dispatch.status import UnitStatus

_LOGGER = logging.getLogger(__name__)

OFFROAD_MPS = 8.0
_STAND_DOWN = {UnitStatus.AVAILABLE.value, UnitStatus.OUT_OF_SERVICE.value}


class CrewSimulator:
    def __init__(
        self,
        site: Any,
        feeds: Any,
        dispatch: Any,
        clock: RunClock,
        crews: Any,
        radio: Any = None,
    ) -> None:
        self.site = site
        self.radio = radio
        self.feeds = feeds
        self.dispatch = dispatch
        self.clock = clock
        self.turnout_s = float(getattr(crews, "turnout_s", 45.0))
        self.speed_factor = float(getattr(crews, "speed_factor", 1.0)) or 1.0
        self.interval_s = float(getattr(crews, "avl_interval_s", 2.0))
        self.report_status = bool(getattr(crews, "report_status", True))
        self.positions: dict[str, tuple[float, float]] = {}
        self.arrived: list[tuple[str, str]] = []  # (call sign, incident id), in order
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._known = {unit.call_sign for unit in site.units}

    # -- committed events ------------------------------------------------------------

    def on_committed(self, events: Sequence[Any]) -> None:
        for event in events:
            payload = event.payload or {}
            if event.kind == "frame.decoded" and payload.get("unit") in self._known:
                message = payload.get("message") or {}
                if message.get("lat") is not None and message.get("lon") is not None:
                    self.positions[payload["unit"]] = (float(message["lat"]), float(message["lon"]))
            elif event.kind == dev.UNIT_STATUS and payload.get("unit") in self._known:
                unit, status = payload["unit"], payload.get("status")
                if status == UnitStatus.DISPATCHED.value and payload.get("incident_id"):
                    self._start(unit, str(payload["incident_id"]))
                elif status in _STAND_DOWN:
                    self._cancel(unit)

    def _start(self, call_sign: str, incident_id: str) -> None:
        self._cancel(call_sign)
        task = asyncio.get_running_loop().create_task(
            self._run(call_sign, incident_id), name=f"crew:{call_sign}"
        )
        self._tasks[call_sign] = task
        task.add_done_callback(lambda t, c=call_sign: self._forget(c, t))

    def _forget(self, call_sign: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(call_sign) is task:
            del self._tasks[call_sign]

    def _cancel(self, call_sign: str) -> None:
        task = self._tasks.pop(call_sign, None)
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    @property
    def driving(self) -> list[str]:
        return sorted(self._tasks)

    async def stop(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    # -- one crew ------------------------------------------------------------------------

    async def _run(self, call_sign: str, incident_id: str) -> None:
        try:
            await self._drive(call_sign, incident_id)
        except asyncio.CancelledError:
            raise
        except Exception:  # a crew that fails must not take the drill down
            _LOGGER.exception("drill crew %s failed", call_sign)

    async def _drive(self, call_sign: str, incident_id: str) -> None:
        incident = self.dispatch.state.incidents.get(incident_id)
        if incident is None:
            _LOGGER.warning("crew %s: unknown incident %s", call_sign, incident_id)
            return
        if not await self.clock.sleep(self.turnout_s):
            return
        if self.report_status and not await self._report(call_sign, UnitStatus.EN_ROUTE):
            return
        origin = self.positions.get(call_sign) or self._station(call_sign)
        loop = asyncio.get_running_loop()
        lat, lon, eta_s = await loop.run_in_executor(
            None, self._route, origin, (float(incident.lat), float(incident.lon))
        )
        line = Polyline(lat, lon)
        duration = max(eta_s / self.speed_factor, 1e-3)
        speed = line.length_m / duration
        start = self.clock.drill_s
        while True:
            elapsed = self.clock.drill_s - start
            done = elapsed >= duration
            here = line.at(line.length_m if done else line.length_m * elapsed / duration)
            fix = avl_fix(call_sign, here[0], here[1], 0.0 if done else speed, here[2])
            await self.feeds.send_nmea([fix])
            self.positions[call_sign] = (here[0], here[1])
            if done:
                break
            if not await self.clock.sleep(min(self.interval_s, duration - elapsed)):
                return
        self.arrived.append((call_sign, incident_id))
        if self.report_status:
            await self._report(call_sign, UnitStatus.ON_SCENE)

    async def _report(self, call_sign: str, status: UnitStatus) -> bool:
        if self.radio is not None and self.radio.report(call_sign, status):
            return True  # on the air: the console applies it (or stores its refusal)
        try:
            await self.dispatch.change_status([call_sign], status)
        except DispatchError as exc:  # stood down or re-tasked meanwhile
            _LOGGER.info("crew %s does not report %s: %s", call_sign, status, exc)
            return False
        return True

    def _station(self, call_sign: str) -> tuple[float, float]:
        station = self.site.station(self.site.unit(call_sign).station_id)
        return float(station.lat), float(station.lon)

    def _route(
        self, origin: tuple[float, float], target: tuple[float, float]
    ) -> tuple[list[float], list[float], float]:
        """The road route as a polyline and its ETA; a straight line when off the network."""
        from models.routing.snap import RoutingError, snap_points
        from models.routing.travel import times_to

        graph = self.site.graph
        try:
            times = times_to(graph, target[0], target[1])
            snaps = snap_points(graph, [origin[0]], [origin[1]])
            route = times.route(snaps, 0, origin[0], origin[1])
        except RoutingError as exc:
            _LOGGER.info("no road route %s -> %s: %s", origin, target, exc)
            route = None
        if route is not None and math.isfinite(route.eta_s):
            return list(route.lat), list(route.lon), float(route.eta_s)
        line = Polyline([origin[0], target[0]], [origin[1], target[1]])
        return [origin[0], target[0]], [origin[1], target[1]], line.length_m / OFFROAD_MPS
