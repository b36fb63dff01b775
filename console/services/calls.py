"""Call service: the call-taker's actions -> validated ``call.*`` events -> committed state.

Contract (Qt-free; runs on the console's asyncio loop), like ``DispatchService``:
- ``CallService(site, writer, operator, state, *, now, dispatch_state)``.
  ``state`` is the ``CallState`` shared with the ingest path's
  ``CallTracker`` (a fresh one if None); ``dispatch_state`` (optional, the
  ``DispatchService.state``) lets ``attach`` check the incident and
  ``views`` flag possible duplicates. Duplicate rules are ``site.duplicates``
  when the site has them, else the defaults.
- Every action validates against ``self.state`` (rebuilt only from committed
  events), appends ONE event with the operator's name (source
  ``operator:<name>``) through the group-commit writer and returns once it
  is committed AND applied to ``self.state``. Actions run one at a time.
- A refused action raises ``CallError`` (a ``models.refusal.Refusal``: a
  template marked for translation and its values) with a sentence a
  call-taker reads; nothing is appended then.
- ``on_committed(events)`` must be called (on the loop's thread) with every
  committed batch, in order; it is the only way ``self.state`` changes.
- ``create_incident_from_call(dispatch_service, call_id, type_code, *,
  expect=None, places=None)`` creates the incident at the location in force
  (``DispatchService.create_incident`` with ``call_id``), then appends
  ``call.attached``; returns the incident id. ``places`` (keyword arguments
  of ``create_incident``: place, verified, override, reverse) records what
  the caller's controller resolved for the position ``expect`` (lat, lon);
  when the location in force has moved since, the action is refused (the
  place would name another position) and nothing is appended.
- ``views()`` gives ``CallView`` values of the active calls for the widgets.
- Who: ``operator`` is the position's ``OperatorIdentity``
  (``console.services.committed_actions``): answering, abandoning,
  attaching and releasing need ``call.answer``, locating ``call.locate``,
  an incident from a call ``incident.create``; a refusal names the role.
  ``active_here()``: the calls answered at this position still in progress
  (the idle lock waits for them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from console.services.committed_actions import CommittedActions, OperatorIdentity, utc_now
from console.services.dispatch import DispatchError
from models.calls import events as ev
from models.calls.duplicates import DuplicateRules, possible_duplicates
from models.calls.location import (
    LocationError,
    check_location,
    has_content,
    has_position,
    location_text,
    typed_location,
)
from models.calls.state import (
    ABANDONED,
    ANSWERED,
    RELEASED,
    RINGING,
    CallRecord,
    CallState,
    LocationRecord,
)
from models.refusal import QT_TRANSLATE_NOOP, Refusal
from models.store import guards
from widgets.views import CallView, LocationView

_LOGGER = logging.getLogger(__name__)


class CallError(Refusal):
    """An action the console refuses, with the reason for the call-taker."""


def _not_a_location(exc: LocationError) -> CallError:
    """A location that breaks the contract (the model's refusal, a phrase of this one)."""
    return CallError(QT_TRANSLATE_NOOP("Refusal", "not a location: {reason}"), reason=exc)


def location_view(record: LocationRecord) -> LocationView:
    location = record.location
    return LocationView(
        source=str(location.get("source")),
        lat=location.get("lat"),
        lon=location.get("lon"),
        radius_m=location.get("radius_m"),
        confidence=location.get("confidence"),
        time=record.received,
        address=location_text(location),
        shape=location.get("shape"),
        verified=record.verified,
    )


def caller_language(call: CallRecord) -> str | None:
    """The handset's language the newest location carrying one gave (AML v2 ``lg``)."""
    for record in reversed(call.history):
        extras = record.location.get("extras")
        if isinstance(extras, dict) and extras.get("language"):
            return str(extras["language"])
    return None


def call_view(call: CallRecord, duplicate_of: Sequence[str] = ()) -> CallView:
    in_force = CallState.location_in_force(call)
    return CallView(
        call_id=call.call_id,
        number=call.number,
        state=call.state,
        via=call.via,
        class_of_service=call.class_of_service,
        offered=call.offered,
        answered=call.answered,
        location=None if in_force is None else location_view(in_force),
        history=tuple(location_view(r) for r in call.history),
        pending=None if call.pending is None else location_view(call.pending),
        incident_id=call.incident_id,
        duplicate_of=tuple(duplicate_of),
        language=caller_language(call),
    )


class CallService(CommittedActions):
    error_type = CallError

    def __init__(
        self,
        site: Any,
        writer: Any,
        operator: str | OperatorIdentity,
        state: CallState | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
        dispatch_state: Any = None,
    ) -> None:
        super().__init__(writer, operator, state if state is not None else CallState(), now)
        self.site = site
        self.dispatch_state = dispatch_state
        self.rules: DuplicateRules = getattr(site, "duplicates", None) or DuplicateRules()
        self.answered_here: set[str] = set()  # calls answered at this position

    async def _append_one(self, kind: str, payload: dict[str, Any], guard: Any = None) -> None:
        await self._append([(kind, payload)], guard)

    @staticmethod
    def _still(call: CallRecord) -> Any:
        """Guard: the call is still in the state this position saw (another may act on it)."""
        return guards.call_state_is(call.call_id, {call.state})

    # -- reading -------------------------------------------------------------

    def _call(self, call_id: str) -> CallRecord:
        call = self.state.call(call_id)
        if call is None:
            raise CallError(QT_TRANSLATE_NOOP("Refusal", "unknown call '{call}'"), call=call_id)
        return call

    def duplicates_of(self, call: CallRecord) -> list[str]:
        """Open incidents the call may duplicate (none without ``dispatch_state``)."""
        if self.dispatch_state is None:
            return []
        in_force = CallState.location_in_force(call)
        if in_force is None:
            return []
        found = possible_duplicates(
            in_force.location, self.dispatch_state.open_incidents(), self._now(), self.rules
        )
        return [incident_id for incident_id in found if incident_id != call.incident_id]

    def views(self) -> list[CallView]:
        """The active calls as the call panel shows them, oldest first."""
        return [call_view(c, self.duplicates_of(c)) for c in self.state.active_calls()]

    # -- actions ----------------------------------------------------------------

    async def answer(self, call_id: str) -> None:
        async with self._lock:
            self._authorize("call.answer")
            call = self._call(call_id)
            if call.state == ANSWERED:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is already answered"), call=call_id
                )
            if call.state == ABANDONED:
                raise CallError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "call {call} was abandoned: it cannot be answered"
                    ),
                    call=call_id,
                )
            if call.state == RELEASED:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is released: it cannot be answered"),
                    call=call_id,
                )
            await self._append_one(ev.CALL_ANSWERED, {"call_id": call_id}, self._still(call))
            self.answered_here.add(call_id)

    def active_here(self) -> list[CallRecord]:
        """Calls this position answered that are still in progress (the idle lock waits)."""
        return [
            call
            for call_id in self.answered_here
            if (call := self.state.calls.get(call_id)) is not None and call.state == ANSWERED
        ]

    async def abandon(self, call_id: str, reason: str | None = None) -> None:
        async with self._lock:
            self._authorize("call.answer")
            call = self._call(call_id)
            if call.state == ABANDONED:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is already abandoned"), call=call_id
                )
            if call.state == RELEASED:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is released: it cannot be abandoned"),
                    call=call_id,
                )
            text = (reason or "").strip() or None
            await self._append_one(
                ev.CALL_ABANDONED, {"call_id": call_id, "reason": text}, self._still(call)
            )

    async def verify_location(self, call_id: str, location: dict[str, Any] | None = None) -> None:
        """Confirm ``location`` (default: the one in force) as the call's location."""
        async with self._lock:
            self._authorize("call.locate")
            call = self._open_call(
                call_id,
                Refusal(QT_TRANSLATE_NOOP("Refusal", "its location can no longer be verified")),
            )
            if location is None:
                in_force = CallState.location_in_force(call)
                if in_force is None:
                    raise CallError(
                        QT_TRANSLATE_NOOP(
                            "Refusal",
                            "call {call} has no location to verify: type it or click it on the map",
                        ),
                        call=call_id,
                    )
                if in_force.verified:
                    raise CallError(
                        QT_TRANSLATE_NOOP(
                            "Refusal", "the location of call {call} is already verified"
                        ),
                        call=call_id,
                    )
                location = in_force.location
            try:
                checked = check_location(location)
            except LocationError as exc:
                raise _not_a_location(exc) from None
            if not has_content(checked):
                raise CallError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "not a location: it has neither coordinates nor an address"
                    )
                )
            await self._append_one(
                ev.CALL_LOCATION_VERIFIED, {"call_id": call_id, "location": checked}
            )

    async def type_location(
        self,
        call_id: str,
        lat: float | None,
        lon: float | None,
        address: str | None = None,
        source: str = "typed",
    ) -> None:
        """Set the call's location to one typed (``"typed"``) or clicked (``"map"``); verified.

        An address without coordinates is accepted (the caller said where;
        nothing geocodes it yet), but an incident needs a position.
        """
        try:
            location = typed_location(lat, lon, address, source)
        except LocationError as exc:
            raise _not_a_location(exc) from None
        await self.verify_location(call_id, location)

    async def attach(self, call_id: str, incident_id: str) -> None:
        async with self._lock:
            self._authorize("call.answer")
            call = self._call(call_id)
            incident_id = incident_id.strip()
            if not incident_id:
                raise CallError(QT_TRANSLATE_NOOP("Refusal", "attach needs an incident"))
            if call.incident_id == incident_id:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is already attached to {incident}"),
                    call=call_id,
                    incident=incident_id,
                )
            if self.dispatch_state is not None:
                incident = self.dispatch_state.incidents.get(incident_id)
                if incident is None:
                    raise CallError(
                        QT_TRANSLATE_NOOP("Refusal", "unknown incident '{incident}'"),
                        incident=incident_id,
                    )
                if incident.status != "open":
                    raise CallError(
                        QT_TRANSLATE_NOOP("Refusal", "incident {incident} is closed"),
                        incident=incident_id,
                    )
            await self._append_one(
                ev.CALL_ATTACHED, {"call_id": call_id, "incident_id": incident_id}
            )

    async def release(self, call_id: str) -> None:
        async with self._lock:
            self._authorize("call.answer")
            call = self._call(call_id)
            if call.state == RINGING:
                raise CallError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "call {call} is still ringing: answer it or mark it abandoned"
                    ),
                    call=call_id,
                )
            if call.state == ABANDONED:
                raise CallError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "call {call} was abandoned: there is nothing to release"
                    ),
                    call=call_id,
                )
            if call.state == RELEASED:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is already released"), call=call_id
                )
            await self._append_one(ev.CALL_RELEASED, {"call_id": call_id}, self._still(call))

    async def create_incident_from_call(
        self,
        dispatch_service: Any,
        call_id: str,
        type_code: str,
        *,
        expect: tuple[float, float] | None = None,
        places: dict[str, Any] | None = None,
    ) -> str:
        """Create an incident at the call's location in force and attach the call to it."""
        async with self._lock:
            self._authorize("incident.create")
            call = self._call(call_id)
            if call.incident_id is not None:
                raise CallError(
                    QT_TRANSLATE_NOOP("Refusal", "call {call} is already attached to {incident}"),
                    call=call_id,
                    incident=call.incident_id,
                )
            in_force = CallState.location_in_force(call)
            if in_force is None or not has_position(in_force.location):
                raise CallError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "call {call} has no position: type the location or click it on the map",
                    ),
                    call=call_id,
                )
            location = in_force.location
            if expect is not None and (
                abs(float(location["lat"]) - expect[0]) > 1e-9
                or abs(float(location["lon"]) - expect[1]) > 1e-9
            ):
                raise CallError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "the location of call {call} changed meanwhile: check it and try again",
                    ),
                    call=call_id,
                )
            try:
                # Checked here too: DispatchService lets the catalogue's
                # LookupError through (it catches KeyError only).
                dispatch_service.catalogue.incident_type(type_code)
            except LookupError as exc:
                raise CallError.of(exc) from None
            try:
                incident_id: str = await dispatch_service.create_incident(
                    type_code,
                    float(location["lat"]),
                    float(location["lon"]),
                    location_text(location),
                    call_id=call_id,
                    **(places or {}),
                )
            except DispatchError as exc:
                raise CallError.of(exc) from None
            await self._append_one(
                ev.CALL_ATTACHED, {"call_id": call_id, "incident_id": incident_id}
            )
            return incident_id

    def _open_call(self, call_id: str, consequence: Refusal) -> CallRecord:
        call = self._call(call_id)
        if call.state == ABANDONED:
            raise CallError(
                QT_TRANSLATE_NOOP("Refusal", "call {call} was abandoned: {consequence}"),
                call=call_id,
                consequence=consequence,
            )
        if call.state == RELEASED:
            raise CallError(
                QT_TRANSLATE_NOOP("Refusal", "call {call} is released: {consequence}"),
                call=call_id,
                consequence=consequence,
            )
        return call
