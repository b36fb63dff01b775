"""In-memory picture of calls rebuilt from committed ``call.*`` events.

Contract: ``CallState.apply(event)`` takes a committed ``StoredEvent`` (any
kind; non-call kinds are ignored) and updates the calls from the event's
explicit payload (see ``models.calls.events``); no matching is re-run here,
so the live console and replay read the log the same way. ``last_seq`` is
the newest sequence applied; events at or below it are ignored, so applying
an event twice is harmless. Events naming an unknown call (or a payload
that breaks the contract) change nothing.

A call's ``history`` holds every ``call.offered``/``call.location`` location,
oldest first, with its receive time. ``verified`` is the location of the
newest ``call.location-verified``; ``pending`` is the newest automatic
location received after it (offered to the call-taker, never applied).
``location_in_force(call)`` is the verified location, else the newest
automatic one. States: ringing -> answered -> released; ringing or answered
-> abandoned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from models.calls import events as ev
from models.calls.location import has_content, number_key
from models.log_state import LogState, apply_keyed

RINGING = "ringing"
ANSWERED = "answered"
ABANDONED = "abandoned"
RELEASED = "released"

ACTIVE_STATES = frozenset({RINGING, ANSWERED})
ENDED_STATES = frozenset({ABANDONED, RELEASED})


@dataclass(frozen=True, slots=True)
class LocationRecord:
    """One location of a call as received (or as verified)."""

    location: dict[str, Any]  # the event's location object
    received: datetime  # receive time of the event that carried it
    seq: int
    rebid: bool = False
    verified: bool = False

    @property
    def source(self) -> str:
        return str(self.location.get("source"))


@dataclass(frozen=True, slots=True)
class CallRecord:
    call_id: str
    number: str | None
    via: str
    class_of_service: str | None
    offered: datetime
    state: str = RINGING
    answered: datetime | None = None
    ended: datetime | None = None
    reason: str | None = None  # why it was abandoned
    history: tuple[LocationRecord, ...] = ()
    verified: LocationRecord | None = None
    pending: LocationRecord | None = None
    incident_id: str | None = None
    frame: dict[str, Any] | None = None  # link and peer of the frame that offered it

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def newest_automatic(self) -> LocationRecord | None:
        for record in reversed(self.history):
            if has_content(record.location):
                return record
        return None


@dataclass
class CallState(LogState):
    calls: dict[str, CallRecord] = field(default_factory=dict)
    last_seq: int = 0

    # -- reading -------------------------------------------------------------

    def call(self, call_id: str) -> CallRecord | None:
        return self.calls.get(call_id)

    def active_calls(self) -> list[CallRecord]:
        """Ringing and answered calls, oldest first: in the log's order (``calls`` keeps the
        order of the events that offered them), never by a time a clock step could reorder."""
        return [c for c in self.calls.values() if c.active]

    def active_call_for(self, number: str | None) -> CallRecord | None:
        """The newest ringing or answered call from ``number`` (see ``number_key``)."""
        key = number_key(number)
        if key is None:
            return None
        found = [c for c in self.calls.values() if c.active and number_key(c.number) == key]
        return found[-1] if found else None  # the newest in the log's order

    @staticmethod
    def location_in_force(call: CallRecord) -> LocationRecord | None:
        """The verified location, else the newest automatic one that says where."""
        return call.verified or call.newest_automatic

    def highest_call_number(self) -> int:
        """The highest number among ids ``"C<digits>"`` (0 if none)."""
        numbers = [int(c[1:]) for c in self.calls if c[:1] == "C" and c[1:].isdigit()]
        return max(numbers, default=0)

    # -- applying committed events --------------------------------------------

    def _apply_new(self, event: Any) -> bool:
        return apply_keyed(self, event, _HANDLERS, self.calls, ev.CALL_OFFERED, "call_id")

    def _offered(self, p: dict[str, Any], event: Any) -> bool:
        call_id = p["call_id"]
        if not isinstance(call_id, str) or call_id in self.calls:
            return False
        location = p.get("location")
        history: tuple[LocationRecord, ...] = ()
        if isinstance(location, dict):
            history = (LocationRecord(location, event.rx_time, event.seq),)
        self.calls[call_id] = CallRecord(
            call_id=call_id,
            number=p.get("number"),
            via=str(p.get("via")),
            class_of_service=p.get("class_of_service"),
            offered=event.rx_time,
            history=history,
            frame=p.get("frame"),
        )
        return True

    def _location(self, p: dict[str, Any], event: Any) -> bool:
        location = p.get("location")
        if not isinstance(location, dict):
            return False
        call = self.calls[p["call_id"]]
        record = LocationRecord(location, event.rx_time, event.seq, rebid=bool(p.get("rebid")))
        changes: dict[str, Any] = {"history": (*call.history, record)}
        if location.get("class_of_service"):
            changes["class_of_service"] = location["class_of_service"]
        if call.verified is not None and has_content(location):
            changes["pending"] = record
        self.calls[call.call_id] = replace(call, **changes)
        return True

    def _answered(self, p: dict[str, Any], event: Any) -> bool:
        call = self.calls[p["call_id"]]
        self.calls[call.call_id] = replace(call, state=ANSWERED, answered=event.rx_time)
        return True

    def _abandoned(self, p: dict[str, Any], event: Any) -> bool:
        call = self.calls[p["call_id"]]
        self.calls[call.call_id] = replace(
            call, state=ABANDONED, ended=event.rx_time, reason=p.get("reason")
        )
        return True

    def _verified(self, p: dict[str, Any], event: Any) -> bool:
        location = p.get("location")
        if not isinstance(location, dict):
            return False
        call = self.calls[p["call_id"]]
        record = LocationRecord(location, event.rx_time, event.seq, verified=True)
        self.calls[call.call_id] = replace(call, verified=record, pending=None)
        return True

    def _attached(self, p: dict[str, Any], event: Any) -> bool:
        call = self.calls[p["call_id"]]
        self.calls[call.call_id] = replace(call, incident_id=p.get("incident_id"))
        return True

    def _released(self, p: dict[str, Any], event: Any) -> bool:
        call = self.calls[p["call_id"]]
        self.calls[call.call_id] = replace(call, state=RELEASED, ended=event.rx_time)
        return True


_HANDLERS = {
    ev.CALL_OFFERED: CallState._offered,
    ev.CALL_LOCATION: CallState._location,
    ev.CALL_ANSWERED: CallState._answered,
    ev.CALL_ABANDONED: CallState._abandoned,
    ev.CALL_LOCATION_VERIFIED: CallState._verified,
    ev.CALL_ATTACHED: CallState._attached,
    ev.CALL_RELEASED: CallState._released,
}
