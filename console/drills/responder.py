"""The scripted dispatcher of headless drills (operator ``responder``).

Contract: ``Responder(services, scenario, clock)`` acts only through the
console's own services (``CallService``, ``DispatchService``,
``AlertService`` of a ``DrillServices``) and the console's recommendation
(``models.dispatch.recommend``), so a headless drill exercises what a
trainee's clicks do. Feed it every committed batch with
``on_committed(events)``; think times are drill seconds on ``clock``.

- A call offered is answered after ``answer_after_s``; ``process_after_s``
  later it is attached to an open incident the console flags as a possible
  duplicate (``CallService.duplicates_of``), else an incident is created from
  it (type: the nearest ``[[expect]]`` entry's, else ``DEFAULT_TYPE``) and
  the recommendation is dispatched as recommended, then any unit types that
  entry asks for beyond the plan are added (the briefing said "several
  injured"), as not recommended. A call without a position
  waits for its first located rebid. Calls are processed one at a time, so a
  second caller finds the first caller's incident.
- An alert raised is handled after ``alert_after_s`` as the matching
  ``[[expect_alert]]`` says (first of its ``handling`` that works: promote
  and dispatch, link to a related incident or call, acknowledge, dismiss);
  an alert nothing expects is acknowledged. A link with nothing related yet
  is retried until the expectation's ``within_s``, then acknowledged.
- ``await finish()`` (before the drill ends) stands down the units and
  closes every open incident. Refusals by the services are logged, never
  raised: a scripted dispatcher must not stop a drill.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from console.drills.clock import RunClock
from console.services.alerts import AlertError
from console.services.calls import CallError
from console.services.dispatch import DispatchError
from models.alerts import events as aev
from models.calls import events as cev
from models.calls.state import RINGING, CallState
from models.dispatch.catalogue import Slot
from models.dispatch.recommend import UnitRecord, recommend
from models.dispatch.status import UnitStatus
from models.routing.snap import RoutingError

_LOGGER = logging.getLogger(__name__)

RESPONDER = "responder"
DEFAULT_TYPE = "medical-emergency"
_ALERT_KIND = {"zone_entry": "zone-entry", "zone_alarm": "zone-alarm", "cap": "cap"}
_REFUSED = (CallError, DispatchError, AlertError, RoutingError, LookupError)


def _metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Equirectangular: exact enough to pick the nearest expectation inside a town.
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6_371_000.0 * math.hypot(x, math.radians(lat2 - lat1))


class Responder:
    def __init__(
        self,
        services: Any,
        scenario: Any,
        clock: RunClock,
        *,
        answer_after_s: float = 5.0,
        process_after_s: float = 10.0,
        alert_after_s: float = 8.0,
    ) -> None:
        self.services = services
        self.scenario = scenario
        self.clock = clock
        self.answer_after_s = answer_after_s
        self.process_after_s = process_after_s
        self.alert_after_s = alert_after_s
        self.fixes: dict[str, tuple[float, float, datetime]] = {}
        self.errors: list[str] = []
        self._waiting: set[str] = set()  # answered calls without a position yet
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()

    # -- committed events ------------------------------------------------------------

    def on_committed(self, events: Sequence[Any]) -> None:
        for event in events:
            payload = event.payload or {}
            if event.kind == cev.CALL_OFFERED:
                self._spawn(self._call(str(payload["call_id"])))
            elif event.kind == cev.CALL_LOCATION and payload.get("call_id") in self._waiting:
                self._waiting.discard(payload["call_id"])
                self._spawn(self._process(str(payload["call_id"])))
            elif event.kind == aev.ALERT_RAISED:
                self._spawn(self._alert(str(payload["alert_id"])))
            elif event.kind == "frame.decoded" and payload.get("unit"):
                message = payload.get("message") or {}
                if message.get("lat") is not None and message.get("lon") is not None:
                    fix = (float(message["lat"]), float(message["lon"]), event.rx_time)
                    self.fixes[str(payload["unit"])] = fix

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(self._guard(coro))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _guard(self, coro: Any) -> None:
        try:
            await coro
        except _REFUSED as exc:
            _LOGGER.info("responder: %s", exc)
            self.errors.append(str(exc))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            _LOGGER.exception("responder failed")
            self.errors.append(f"{type(exc).__name__}: {exc}")

    async def stop(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- calls --------------------------------------------------------------------------

    async def _call(self, call_id: str) -> None:
        if not await self.clock.sleep(self.answer_after_s):
            return
        calls = self.services.calls
        call = calls.state.call(call_id)
        if call is None or call.state != RINGING:
            return
        await calls.answer(call_id)
        if await self.clock.sleep(self.process_after_s):
            await self._process(call_id)

    async def _process(self, call_id: str) -> None:
        calls = self.services.calls
        async with self._lock:
            call = calls.state.call(call_id)
            if call is None or call.incident_id is not None:
                return
            in_force = CallState.location_in_force(call)
            location = in_force.location if in_force is not None else {}
            if location.get("lat") is None or location.get("lon") is None:
                self._waiting.add(call_id)
                return
            duplicates = calls.duplicates_of(call)
            if duplicates:
                await calls.attach(call_id, duplicates[0])
                return
            lat, lon = float(location["lat"]), float(location["lon"])
            expected = self._expected_near(lat, lon)
            type_code = expected.incident_type if expected is not None else DEFAULT_TYPE
            incident_id = await calls.create_incident_from_call(
                self.services.dispatch, call_id, type_code
            )
            await self.dispatch_recommended(incident_id)
            if expected is not None:
                await self._top_up(incident_id, expected)

    def _expected_near(self, lat: float, lon: float) -> Any:
        expect = list(getattr(self.scenario, "expect", ()))
        if not expect:
            return None
        return min(expect, key=lambda e: _metres(lat, lon, e.lat, e.lon))

    def _type_near(self, lat: float, lon: float) -> str:
        expected = self._expected_near(lat, lon)
        return str(expected.incident_type) if expected is not None else DEFAULT_TYPE

    async def dispatch_recommended(self, incident_id: str) -> list[str]:
        """Recommend for the incident (on a worker thread) and dispatch the recommendation."""
        incident = self.services.dispatch.state.incidents[incident_id]
        plan = self.services.catalogue.plan(incident.type_code)
        return await self._recommend_and_send(incident_id, plan.slots, recommended=True)

    async def _top_up(self, incident_id: str, expected: Any) -> list[str]:
        """Add the unit types the briefing asks for beyond the plan (several injured, ...)."""
        site = self.services.site
        committed = self.services.dispatch.state.committed_units(incident_id)
        sent = Counter(site.unit(c).unit_type for c in committed)
        slots = []
        for key, count in dict(getattr(expected, "unit_types", {})).items():
            types = str(key).split("|")
            missing = int(count) - sum(sent[t] for t in types)
            if missing > 0:
                slots.append(Slot(types[0], missing, tuple(types[1:])))
        if not slots:
            return []
        return await self._recommend_and_send(incident_id, slots, recommended=False)

    async def _recommend_and_send(
        self, incident_id: str, slots: Sequence[Any], *, recommended: bool
    ) -> list[str]:
        dispatch = self.services.dispatch
        incident = dispatch.state.incidents[incident_id]
        records = self._unit_records()
        graph = self.services.site.graph
        now = datetime.now(UTC)
        rec = await asyncio.get_running_loop().run_in_executor(
            None, lambda: recommend(graph, slots, records, incident.lat, incident.lon, now)
        )
        chosen = [c.call_sign for c in rec.chosen()]
        if not chosen:
            _LOGGER.info("responder: no unit free for %s", incident_id)
            return []
        etas = {
            c.call_sign: (c.eta_s, c.route_m, c.reason) for s in rec.slots for c in s.candidates
        }
        await dispatch.dispatch(incident_id, chosen, recommended=recommended, etas=etas)
        return chosen

    def _unit_records(self) -> list[UnitRecord]:
        site = self.services.site
        state = self.services.dispatch.state
        records = []
        for unit in site.units:
            station = site.station(unit.station_id)
            fix = self.fixes.get(unit.call_sign)
            records.append(
                UnitRecord(
                    call_sign=unit.call_sign,
                    unit_type=unit.unit_type,
                    status=state.unit(unit.call_sign).status.value,
                    lat=fix[0] if fix else None,
                    lon=fix[1] if fix else None,
                    fix_time=fix[2] if fix else None,
                    station_lat=station.lat,
                    station_lon=station.lon,
                )
            )
        return records

    # -- alerts -------------------------------------------------------------------------

    def _expectation(self, alert: Any) -> Any:
        for expected in getattr(self.scenario, "expect_alerts", ()):
            if _ALERT_KIND.get(expected.kind) != alert.origin:
                continue
            if alert.origin == "cap":
                if expected.event is None or (alert.cap or {}).get("event") == expected.event:
                    return expected
            elif expected.zone is None or expected.zone == alert.zone:
                return expected
        return None

    async def _alert(self, alert_id: str) -> None:
        if not await self.clock.sleep(self.alert_after_s):
            return
        alerts = self.services.alerts
        alert = alerts.state.alert(alert_id)
        if alert is None or alert.state not in ("new", "acknowledged"):
            return
        expected = self._expectation(alert)
        handling = tuple(expected.handling) if expected is not None else ("acknowledge",)
        deadline = self.clock.drill_s + float(getattr(expected, "within_s", 60.0))
        for how in handling:
            if await self._handle(alert_id, how, deadline):
                return
        if alerts.state.alert(alert_id).state == "new":
            await alerts.acknowledge(alert_id)

    async def _handle(self, alert_id: str, how: str, deadline: float) -> bool:
        alerts = self.services.alerts
        alert = alerts.state.alert(alert_id)
        if how == "promote":
            if alert.lat is None or alert.lon is None:
                return False
            code = alert.suggested_type or self._type_near(alert.lat, alert.lon)
            async with self._lock:
                incident_id = await alerts.promote(self.services.dispatch, alert_id, code)
                await self.dispatch_recommended(incident_id)
                expected = self._expected_near(alert.lat, alert.lon)
                if expected is not None and expected.incident_type == code:
                    await self._top_up(incident_id, expected)
            return True
        if how == "link":
            while True:
                related = alerts.related_to(alerts.state.alert(alert_id))
                if related:
                    await alerts.link(alert_id, related[0])
                    return True
                if self.clock.drill_s >= deadline or not await self.clock.sleep(5.0):
                    return False
        if how == "acknowledge":
            if alert.state == "new":
                await alerts.acknowledge(alert_id)
            return True
        if how == "dismiss":
            await alerts.dismiss(alert_id, "drill: scripted responder dismissed it")
            return True
        return False

    # -- the end ------------------------------------------------------------------------

    async def finish(self) -> None:
        """Stand the units down and close every open incident."""
        await self.stop()
        dispatch = self.services.dispatch
        for incident in list(dispatch.state.open_incidents()):
            try:
                committed = list(dispatch.state.committed_units(incident.incident_id))
                if committed:
                    await dispatch.change_status(committed, UnitStatus.AVAILABLE)
                await dispatch.close_incident(incident.incident_id, "drill ended")
            except DispatchError as exc:
                _LOGGER.info("responder could not close %s: %s", incident.incident_id, exc)
