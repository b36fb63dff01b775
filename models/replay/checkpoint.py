"""The working picture replay advances event by event, and its checkpoint copies.

Contract: ``Picture`` bundles the live state classes (``DispatchState``,
``CallState``, ``AlertState`` — their own ``apply``, never a copy of their
logic), unit positions (through the injected ``position_of``, e.g. the
console's ``position_update``), the last ``link.state`` per link, and an
optional radar feed. ``apply_chunk(events)`` applies committed events in seq
order; ``checkpoint(shared)`` takes a compact ``Checkpoint`` whose
``restore()`` gives an independent picture, so a seek can start from it any
number of times. Position objects and payloads must be picklable (plain
data); the states' frozen records are shared between checkpoints through
``shared``, which relies on the states replacing records, never changing
them. A payload that breaks a state's contract is logged and skipped, as the
live projections do.

``RadarFeed`` is what the console supplies for radar tracks (models cannot
import the console's sensor service): ``on_committed(events)`` takes every
event of a chunk (it picks the radar frames itself), ``tracks`` is a
``TrackStore``, ``clone()`` an independent copy.
"""

from __future__ import annotations

import io
import logging
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from models.alerts.state import AlertState
from models.alerts.tracks import TrackStore
from models.calls.state import CallState
from models.dispatch.state import DispatchState
from models.store.events import StoredEvent

_LOGGER = logging.getLogger(__name__)

FRAME_DECODED = "frame.decoded"
LINK_STATE = "link.state"

PositionOf = Callable[[StoredEvent], Any]  # -> object with call_sign, lat, lon, ... or None


class RadarFeed(Protocol):
    tracks: TrackStore

    def on_committed(self, events: Sequence[Any]) -> None: ...

    def clone(self) -> RadarFeed: ...


class _SharingPickler(pickle.Pickler):
    """Pickles frozen dataclass records by reference into ``shared``, everything else by value."""

    def __init__(self, file: io.BytesIO, shared: dict[int, Any]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._shared = shared

    def persistent_id(self, obj: Any) -> int | None:
        params = getattr(type(obj), "__dataclass_params__", None)
        if params is None or not params.frozen or isinstance(obj, type):
            return None
        key = id(obj)  # stable: ``shared`` keeps the record alive
        self._shared.setdefault(key, obj)
        return key


class _SharingUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: dict[int, Any]) -> None:
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: Any) -> Any:
        return self._shared[pid]


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A compact snapshot of a ``Picture``: its containers pickled into one blob.

    The states replace their frozen records, never change them, so records
    are shared by reference (``shared``, one table per projector) and only
    the containers are in the blob: restoring then costs little more than the
    dicts and lists, and yields containers that share nothing mutable with
    the picture they came from. One bytes object instead of a graph of
    containers also keeps hundreds of checkpoints out of the garbage
    collector's way (as live objects they made full collections, and so
    some seeks, several times slower). The blob never leaves the process.
    """

    seq: int
    blob: bytes  # the three states, records by reference
    latest: bytes  # positions and links, by value
    radar: RadarFeed | None
    shared: dict[int, Any]

    def restore(self) -> Picture:
        unpickler = _SharingUnpickler(io.BytesIO(self.blob), self.shared)
        dispatch, calls, alerts = unpickler.load()
        positions, links = pickle.loads(self.latest)
        radar = None if self.radar is None else self.radar.clone()
        return Picture(dispatch, calls, alerts, positions, links, radar, self.seq)


@dataclass
class Picture:
    dispatch: DispatchState = field(default_factory=DispatchState)
    calls: CallState = field(default_factory=CallState)
    alerts: AlertState = field(default_factory=AlertState)
    positions: dict[str, Any] = field(default_factory=dict)  # call sign -> position
    links: dict[str, StoredEvent] = field(default_factory=dict)  # link -> last link.state
    radar: RadarFeed | None = None
    seq: int = 0

    def checkpoint(self, shared: dict[int, Any]) -> Checkpoint:
        """A snapshot whose records go by reference into ``shared`` (keep one per projector)."""
        buffer = io.BytesIO()
        _SharingPickler(buffer, shared).dump((self.dispatch, self.calls, self.alerts))
        # Positions and link states are replaced by every frame: sharing them would
        # keep a record per unit per checkpoint alive (and in the collector's way).
        latest = pickle.dumps((self.positions, self.links), protocol=pickle.HIGHEST_PROTOCOL)
        radar = None if self.radar is None else self.radar.clone()
        return Checkpoint(self.seq, buffer.getvalue(), latest, radar, shared)

    def apply_chunk(self, events: Sequence[StoredEvent], position_of: PositionOf | None) -> None:
        if not events:
            return
        dispatch, calls, alerts = self.dispatch, self.calls, self.alerts
        positions, links = self.positions, self.links
        for event in events:
            kind = event.kind
            try:
                dispatch.apply(event)
            except (KeyError, TypeError, ValueError) as exc:
                _LOGGER.warning("replay: event %d (%s) skipped: %s", event.seq, kind, exc)
            calls.apply(event)
            alerts.apply(event)
            if kind == FRAME_DECODED:
                if position_of is not None:
                    position = position_of(event)
                    if position is not None:
                        positions[position.call_sign] = position
            elif kind == LINK_STATE and isinstance(event.payload, dict):
                links[str(event.payload.get("link"))] = event
        if self.radar is not None:
            self.radar.on_committed(events)
        self.seq = events[-1].seq
