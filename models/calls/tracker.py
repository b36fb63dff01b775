"""Call tracker: turns decoded caller locations into ``call.offered`` / ``call.location`` events.

Contract (Qt-free, synchronous; called by the ingest path for every decoded
caller-location frame, on the loop's thread):

``CallTracker(state)``; ``on_location_frame(message, protocol, link, peer)``
takes the frame's ``message`` dict (``CallerLocation.to_dict()`` or
``PidfDocument.to_dict()``) and returns the ``(kind, payload)`` pairs to
append, in order, right after the frame's own event (source ``system``):

- no ringing/answered call for the caller's number, or no number at all:
  ``call.offered`` for a new call (its first location, or None), then a
  ``call.location`` for each further location of the same frame (a PIDF-LO
  document with several locations gives one call);
- else ``call.location`` for the active call, one per location, ``rebid``
  true when the call already had a location. A frame without any usable
  location adds nothing to an active call.

The tracker is the single writer of these two kinds, so it keeps its own
view of the calls it offered (they are active before their events are even
committed: two frames in one batch still make one call). For operator
outcomes it reads the shared ``CallState`` (rebuilt from committed events):
a call that state shows abandoned or released is no longer active, and a
caller's next frame offers a new call. Ids are ``"C"`` + 6 digits,
continuing after the highest id the state knows, or ``last_number`` if
higher (``calls_queries.highest_call_number``: the state may be rebuilt from
only the newest part of the log).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models.calls import events as ev
from models.calls.location import location_from_message, number_key
from models.calls.state import CallState

Record = tuple[str, dict[str, Any]]

_VIA = ("ali", "aml", "pidf")


@dataclass
class _Tracked:
    key: str | None  # number_key of the caller's number
    had_location: bool


def format_call_id(number: int) -> str:
    return f"C{number:06d}"


class CallTracker:
    def __init__(self, state: CallState, last_number: int = 0) -> None:
        self._state = state
        self._calls: dict[str, _Tracked] = {}
        self._last_number = max(last_number, state.highest_call_number())
        for call in state.active_calls():
            self._calls[call.call_id] = _Tracked(number_key(call.number), bool(call.history))

    def on_location_frame(
        self, message: Mapping[str, Any], protocol: str, link: str, peer: str
    ) -> list[Record]:
        """The call events one decoded caller-location frame brings (see module doc)."""
        items = _items(message)
        locations = [loc for loc in map(location_from_message, items) if loc is not None]
        number = _first(items, "number") or _entity_number(message)
        frame = {"link": link, "peer": peer}
        self._forget_ended()
        call_id = self._active_call(number)
        records: list[Record] = []
        if call_id is None:
            call_id = self._new_call_id()
            first = locations.pop(0) if locations else None
            records.append(
                (
                    ev.CALL_OFFERED,
                    {
                        "call_id": call_id,
                        "number": number,
                        "via": _via(message, items, protocol),
                        "class_of_service": _first(items, "class_of_service"),
                        "location": first,
                        "frame": frame,
                    },
                )
            )
            self._calls[call_id] = _Tracked(number_key(number), first is not None)
        tracked = self._calls[call_id]
        for location in locations:
            records.append(
                (
                    ev.CALL_LOCATION,
                    {
                        "call_id": call_id,
                        "location": location,
                        "rebid": tracked.had_location,
                        "frame": frame,
                    },
                )
            )
            tracked.had_location = True
        return records

    # -- matching --------------------------------------------------------------

    def _forget_ended(self) -> None:
        for call_id in list(self._calls):
            call = self._state.call(call_id)
            if call is not None and not call.active:
                del self._calls[call_id]

    def _active_call(self, number: str | None) -> str | None:
        key = number_key(number)
        if key is None:
            return None
        mine = [call_id for call_id, t in self._calls.items() if t.key == key]
        if mine:
            return max(mine, key=lambda c: (len(c), c))  # ids grow with time: the newest
        # A call offered before this tracker existed (state built after it).
        known = self._state.active_call_for(number)
        if known is None:
            return None
        self._calls[known.call_id] = _Tracked(key, bool(known.history))
        return known.call_id

    def _new_call_id(self) -> str:
        self._last_number = max(self._last_number, self._state.highest_call_number()) + 1
        return format_call_id(self._last_number)


def _items(message: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    locations = message.get("locations")
    if isinstance(locations, list):
        return [item for item in locations if isinstance(item, Mapping)]
    return [message]


def _first(items: list[Mapping[str, Any]], key: str) -> Any:
    for item in items:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _entity_number(message: Mapping[str, Any]) -> str | None:
    entity = message.get("entity")
    if isinstance(entity, str) and entity.lower().startswith("tel:"):
        return entity[4:] or None
    return None


def _via(message: Mapping[str, Any], items: list[Mapping[str, Any]], protocol: str) -> str:
    for candidate in (message.get("source"), _first(items, "source"), protocol.split("-", 1)[0]):
        if candidate in _VIA:
            return str(candidate)
    return "pidf" if "locations" in message else protocol
