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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from models.store.engine import StoreError
from models.store.events import NewEvent

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
