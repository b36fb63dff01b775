"""What the group-commit writer may hold uncommitted, and how the ingest side is told to slow down.

Contract:
- ``WriterLimits``: the writer holds at most ``max_events`` events and
  ``max_bytes`` bytes (reckoned by ``event_bytes``, an upper estimate of the
  memory an event takes while queued: its object, payload, JSON text, raw
  bytes) submitted but not yet committed. Operator and system events
  (source not ``link:...``) and guarded groups get ``reserve`` (a fraction)
  more, so a dispatcher's action is still taken when links have filled the
  queue. Defaults: 100,000 events, 128 MiB, reserve 10%. A single event
  larger than the byte cap is still taken when nothing else is held.
- Pressure: ``pressure`` turns on when either count reaches ``pressure_on``
  (a fraction of its cap: 50%) and off again below ``pressure_off`` (25%);
  listeners are told on each change. Links that can wait (serial, TCP,
  HTTP) stop reading while it is on; datagram links drop and hand the
  writer a ``DropSummary`` (``GroupCommitWriter.note_dropped``), stored as
  one ``link.dropped`` event when commits succeed again.
- At the cap itself ``submit`` refuses: the receipt it returns has already
  failed with ``StoreOverloaded`` and the event is counted in a summary the
  writer stores as a ``store.dropped`` event (per source: count, bytes,
  first and last receive time, kinds) once it can commit again: never
  silently, but only its summary is kept.
- ``DropSummary.add(nbytes, rx_time)`` counts one dropped item; summaries of
  one source merge (``merge``) keeping the first item's time as ``first``
  and the latest item's as ``last`` in the order they were noted, never by
  comparing clock readings (a clock step back does not reorder them).
- ``PressureGauge(limits, lock, on_pressure, where, held)``: the writer's
  side of all this. It shares the writer's ``lock``; its ``*_locked``
  methods run with it held and are given the writer's counts (events and
  bytes held uncommitted). ``refuses``/``refuses_group`` apply the caps and
  the reserve; ``refuse_locked`` counts refused events into ``store.dropped``
  summaries (``dropped_events``) and returns the ``StoreOverloaded`` for
  their receipts, logging once per overload; ``note_locked`` merges a link's
  ``DropSummary``; ``take_drops_locked`` hands over the summaries to store.
  ``rise_locked``/``fall_locked`` turn ``pressure`` on or off and say
  whether it changed; the caller then calls ``tell()`` with the lock
  released, which tells every listener (``add_listener``) the pressure as it
  is then, once per change even when changes from two threads cross; a
  listener that raises is logged and the rest are still told. ``release()``
  (at close) turns it off.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from models.store.engine import StoreError
from models.store.events import NewEvent

_LOGGER = logging.getLogger(__name__)

OnPressure = Callable[[bool], None]

LINK_DROPPED = "link.dropped"
STORE_DROPPED = "store.dropped"

# Per event: the NewEvent and StoredEvent objects, the receipt slot and the
# payload's Python objects (several times its JSON text). Measured with
# tracemalloc for typical frames: ~1.1 KB for a decoded NMEA sentence, reckoned
# ~1.4 KB (tests/models/store/test_limits.py keeps the estimate above the measure).
EVENT_OVERHEAD = 600
PAYLOAD_FACTOR = 4


class StoreOverloaded(StoreError):
    """The writer holds all it may while the store cannot keep up; the event was not stored."""


@dataclass(frozen=True, slots=True)
class WriterLimits:
    max_events: int = 100_000
    max_bytes: int = 128 * 1024 * 1024
    pressure_on: float = 0.5
    pressure_off: float = 0.25
    reserve: float = 0.1

    def __post_init__(self) -> None:
        if self.max_events < 1 or self.max_bytes < 1:
            raise ValueError("writer limits must be positive")
        if not 0 < self.pressure_off < self.pressure_on <= 1:
            raise ValueError("need 0 < pressure_off < pressure_on <= 1")


def event_bytes(event: NewEvent, payload_json: str | None) -> int:
    """The memory an event is reckoned to hold while queued (an upper estimate)."""
    size = EVENT_OVERHEAD + len(event.source) + len(event.kind)
    if payload_json is not None:
        size += PAYLOAD_FACTOR * len(payload_json)
    if event.raw is not None:
        size += len(event.raw)
    if event.error is not None:
        size += len(event.error)
    return size


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(slots=True)
class DropSummary:
    """What one source dropped while the store could not take it."""

    source: str  # "link:<name>"
    count: int = 0
    nbytes: int = 0
    first: datetime | None = None
    last: datetime | None = None
    reason: str = "the store could not commit; the link shed load"
    kinds: dict[str, int] = field(default_factory=dict)

    def add(self, nbytes: int, rx_time: datetime, kind: str | None = None) -> None:
        if self.first is None:
            self.first = rx_time
        self.last = rx_time
        self.count += 1
        self.nbytes += nbytes
        if kind is not None:
            self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def merge(self, other: DropSummary) -> None:
        if other.count == 0:
            return
        if self.first is None:
            self.first = other.first
        self.last = other.last
        self.count += other.count
        self.nbytes += other.nbytes
        for kind, n in other.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + n
        if other.reason != self.reason and other.reason not in self.reason:
            self.reason = f"{self.reason}; {other.reason}"

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "count": self.count,
            "bytes": self.nbytes,
            "first_rx": None if self.first is None else _iso(self.first),
            "last_rx": None if self.last is None else _iso(self.last),
            "reason": self.reason,
        }
        if self.source.startswith("link:"):
            payload["link"] = self.source.removeprefix("link:")
        if self.kinds:
            payload["kinds"] = dict(sorted(self.kinds.items()))
        return payload

    def to_event(self, kind: str, now: datetime) -> NewEvent:
        rx_time = self.last if self.last is not None and self.last.tzinfo is not None else now
        return NewEvent(self.source, kind, rx_time, self.to_payload())


class PressureGauge:
    """The writer's caps and pressure, the listeners told of it, and the drops to store."""

    def __init__(
        self,
        limits: WriterLimits,
        lock: threading.Lock,
        on_pressure: OnPressure | None,
        where: str,
        held: Callable[[], tuple[int, int]],
    ) -> None:
        self.cap_events = limits.max_events
        self.cap_bytes = limits.max_bytes
        self.on_events = max(1, int(limits.max_events * limits.pressure_on))
        self.on_bytes = max(1, int(limits.max_bytes * limits.pressure_on))
        self.off_events = int(limits.max_events * limits.pressure_off)
        self.off_bytes = int(limits.max_bytes * limits.pressure_off)
        self.reserve_events = int(limits.max_events * (1 + limits.reserve))
        self.reserve_bytes = int(limits.max_bytes * (1 + limits.reserve))
        self._lock = lock
        self._where = where
        self._held = held  # (events, bytes) held now, for the log
        self._listeners: list[OnPressure] = [] if on_pressure is None else [on_pressure]
        self._told = False  # what the listeners were last told
        self._told_lock = threading.RLock()
        self.pressure = False
        self.drops: dict[tuple[str, str], DropSummary] = {}
        self.dropped_events = 0
        self._overloaded = False

    def refuses(self, held: int, held_bytes: int, size: int, source: str) -> bool:
        """Whether one event of ``size`` bytes from ``source`` is over the caps."""
        return (held >= self.cap_events or held_bytes + size > self.cap_bytes) and (
            source.startswith("link:")
            or held >= self.reserve_events
            or held_bytes + size > self.reserve_bytes
        )

    def refuses_group(self, held: int, held_bytes: int, count: int, total: int) -> bool:
        """Whether a guarded group (an operator action: the reserve applies) is over the caps."""
        return held + count > self.reserve_events or held_bytes + total > self.reserve_bytes

    def rise_locked(self, held: int, held_bytes: int) -> bool:
        """Turn pressure on at ``pressure_on`` of either cap; True if it changed."""
        if not self.pressure and (held >= self.on_events or held_bytes >= self.on_bytes):
            self.pressure = True
            return True
        return False

    def fall_locked(self, held: int, held_bytes: int) -> bool:
        """Turn pressure off below ``pressure_off`` of both caps; True if it changed."""
        if self.pressure and held <= self.off_events and held_bytes <= self.off_bytes:
            self.pressure = False
            return True
        return False

    def refuse_locked(
        self, events: list[NewEvent], sizes: list[int], held: int, held_bytes: int
    ) -> StoreOverloaded:
        """Count events refused at the cap into their sources' summaries (lock held)."""
        for event, size in zip(events, sizes, strict=True):
            key = (STORE_DROPPED, event.source)
            summary = self.drops.get(key)
            if summary is None:
                summary = self.drops[key] = DropSummary(
                    event.source,
                    reason="the store could not commit and the writer held all it may",
                )
            summary.add(size, event.rx_time, event.kind)
        self.dropped_events += len(events)
        if not self._overloaded:
            self._overloaded = True
            _LOGGER.error(
                "STORE WRITER FULL: %d events (%.1f MiB) held uncommitted; refusing new events "
                "(counted in store.dropped events) until the store commits again",
                held,
                held_bytes / 2**20,
            )
        return StoreOverloaded(
            f"The store at {self._where} cannot commit and the writer already holds "
            f"{held} events ({held_bytes / 2**20:.1f} MiB); this event was not stored "
            "(it is counted in a store.dropped event)."
        )

    def note_locked(self, summary: DropSummary) -> None:
        """Merge what a link dropped into its source's ``link.dropped`` summary (lock held)."""
        key = (LINK_DROPPED, summary.source)
        known = self.drops.get(key)
        if known is None:
            known = self.drops[key] = DropSummary(summary.source, reason=summary.reason)
        known.merge(summary)

    def take_drops_locked(self) -> dict[tuple[str, str], DropSummary]:
        """The summaries to store, (kind, source) -> summary; refusals are logged anew."""
        drops, self.drops = self.drops, {}
        self._overloaded = False
        return drops

    def add_listener(self, listener: OnPressure) -> Callable[[], None]:
        """Call ``listener(pressure)`` on each change; returns the function that removes it."""
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return remove

    def tell(self) -> None:
        """Tell the listeners the pressure as it is now (changes from two threads may cross)."""
        with self._told_lock:
            with self._lock:
                on = self.pressure
                listeners = list(self._listeners)
            if on == self._told:
                return
            self._told = on
            if on:
                events, nbytes = self._held()
                _LOGGER.warning(
                    "store writer under pressure: %d events / %.1f MiB uncommitted",
                    events,
                    nbytes / 2**20,
                )
            else:
                _LOGGER.warning("store writer pressure relieved")
            for listener in listeners:
                try:
                    listener(on)
                except Exception:
                    _LOGGER.exception("pressure listener failed")

    def release(self) -> None:
        """At close: pressure off, and the listeners told."""
        if self.pressure:
            self.pressure = False
            self.tell()
