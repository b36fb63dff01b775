"""What the group-commit writer holds: events submitted and not yet committed, in batches.

Contract:
- ``Backlog(max_batch, limits, on_pressure, where)`` is shared by the
  submitting threads and the writer thread. Its state is read and written
  under ``lock``; ``work`` (the writer thread waits there for events) and
  ``done`` (``flush``, ``close`` and receipts wait there for commits) are
  conditions on it. ``gauge`` is its ``PressureGauge``
  (``models.store.pressure``): caps, pressure, drop summaries.
- ``admit(event, payload_json, size)`` queues one prepared event into the
  open batch (a full batch, ``max_batch`` events, is handed to the writer
  at once) and returns its receipt; ``admit_group`` queues a guarded group
  whole into one batch. Both raise ``StoreError`` once closing; at the cap
  they return receipts already failed with ``StoreOverloaded`` (counted in
  the gauge's drop summaries); they tell the pressure listeners, lock
  released, when pressure turned on. ``note_dropped`` merges a link's
  ``DropSummary``.
- Packing: once ``pack_after`` events are held uncommitted (``PACK_AFTER``,
  5,000, or a twentieth of ``max_events`` if less: the writer is an
  outage behind, not a few batches), each new batch keeps its events packed
  in one buffer (``models.store.packed``) instead of as objects, so a long
  backlog leaves no fragmented heap behind when it is committed; a guarded
  group is never packed (it starts a batch of its own). ``take`` unpacks
  the batch it hands to the writer (outside the lock: submitters go on),
  ``take_unsettled_locked`` the batches it hands to the spill; either way
  the events, their order and their receipts' positions are as submitted.
- ``take(window_s)`` (writer thread): waits for work and returns the next
  batch (a full one at once, else the open one ``window_s`` after it saw
  work, ``time.monotonic``, or as soon as it holds a guarded group: a
  person's action does not wait for a link's events to gather), with the
  drop summaries appended as events (their time from ``utcnow``, the
  writer's one wall-clock reading); None
  once closing with nothing left, or abandoned. The batch is ``current``
  until ``release_current`` after it resolved.
- ``record_commit(batch, count, released)``: ``count`` events of ``batch``
  are committed (not counted for the writer's own ``internal`` batches) and
  ``released`` bytes no longer held; wakes ``flush``/``close`` and tells the
  listeners when pressure is relieved.
- Closing: ``begin_close`` (True if already closing), ``wait_settled``,
  ``abandon_now`` (the writer stops at its next step), ``take_unsettled_locked``
  (every batch not yet settled, for the spill), ``holds_unsettled``
  (thread ended with work left: it crashed) and ``stop``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Sequence
from datetime import UTC, datetime

from models.store import content
from models.store.engine import StoreError
from models.store.events import NewEvent
from models.store.packed import PackedEvents
from models.store.pressure import (
    DropSummary,
    OnPressure,
    PressureGauge,
    WriterLimits,
    event_bytes,
)
from models.store.receipt import CommitBatch, CommitReceipt, Guard

_LOGGER = logging.getLogger(__name__)

CLOSED = "The store writer is closed; the event was not stored."
# Events held uncommitted from which new batches are packed: a few batches
# behind is the normal jitter of a busy writer; beyond, it is an outage.
PACK_AFTER = 5_000


def utcnow() -> datetime:
    """The writer's one wall-clock reading (tests step it); never used for order or timing."""
    return datetime.now(UTC)


class Backlog:
    """The writer's queue of batches, its counts and the flags of its life, under one lock."""

    def __init__(
        self, max_batch: int, limits: WriterLimits, on_pressure: OnPressure | None, where: str
    ) -> None:
        lock = self.lock = threading.Lock()
        self.work = threading.Condition(lock)  # the writer waits here for events
        self.done = threading.Condition(lock)  # flush() and receipts wait here
        self.max_batch = max_batch
        # Held beyond this, new batches are packed (``models.store.packed``).
        self.pack_after = min(PACK_AFTER, max(1, limits.max_events // 20))
        self.gauge = PressureGauge(
            limits, lock, on_pressure, where, held=lambda: (self.pending, self.held_bytes)
        )
        self.open = CommitBatch(self.done)
        self.full: deque[CommitBatch] = deque()
        self.submitted = 0
        self.committed = 0
        self.held_bytes = 0
        self.batches_committed = 0
        self.closing = False
        self.abandon = False
        self.stopped = False
        self.replaying = False
        self.current: CommitBatch | None = None
        self.last_progress = time.monotonic()

    @property
    def pending(self) -> int:
        """Events submitted but not yet committed."""
        with self.work:
            return self.submitted - self.committed

    def now(self) -> datetime:
        return utcnow()

    # -- any thread: in -------------------------------------------------------

    def admit(self, event: NewEvent, payload_json: str | None, size: int) -> CommitReceipt:
        """Queue one prepared event; its receipt (already failed at the cap)."""
        gauge = self.gauge
        fire = False
        # The bare lock, not the Condition: its Python-level __enter__ costs as
        # much as the rest of this block. notify() only needs the lock held.
        with self.lock:
            if self.closing:
                raise StoreError(CLOSED)
            held = self.submitted - self.committed
            if held and gauge.refuses(held, self.held_bytes, size, event.source):
                overloaded = gauge.refuse_locked([event], [size], held, self.held_bytes)
            else:
                overloaded = None
                batch = self.open
                packed = batch.packed
                if packed is None and held >= self.pack_after and not batch.events:
                    packed = batch.packed = PackedEvents()
                if packed is not None:
                    index = packed.append(event, payload_json)
                else:
                    events = batch.events
                    index = len(events)
                    events.append(event)
                    batch.payloads.append(payload_json)
                batch.nbytes += size
                self.held_bytes += size
                self.submitted += 1
                fire = gauge.rise_locked(held + 1, self.held_bytes)
                if index + 1 >= self.max_batch:
                    self.full.append(batch)
                    self.open = CommitBatch(self.done)
                    self.work.notify()
                elif index == 0:
                    self.work.notify()
        if overloaded is not None:
            return self._failed_receipt(event, overloaded)
        if fire:
            gauge.tell()
        return CommitReceipt(batch, index)

    def admit_group(
        self, encoded: list[tuple[NewEvent, str | None]], sizes: Sequence[int], guard: Guard
    ) -> list[CommitReceipt]:
        """Queue a guarded group whole into one batch; its receipts."""
        gauge = self.gauge
        total = sum(sizes)
        receipts: list[CommitReceipt] = []
        fire = False
        with self.lock:
            if self.closing:
                raise StoreError(CLOSED)
            held = self.submitted - self.committed
            if held and gauge.refuses_group(held, self.held_bytes, len(encoded), total):
                overloaded = gauge.refuse_locked(
                    [event for event, _ in encoded], list(sizes), held, self.held_bytes
                )
            else:
                overloaded = None
                self._add_group_locked(encoded, guard, total, receipts)
                fire = gauge.rise_locked(held + len(encoded), self.held_bytes)
        if overloaded is not None:
            return [self._failed_receipt(event, overloaded) for event, _ in encoded]
        if fire:
            gauge.tell()
        return receipts

    def _add_group_locked(
        self,
        encoded: list[tuple[NewEvent, str | None]],
        guard: Guard,
        total: int,
        receipts: list[CommitReceipt],
    ) -> None:
        batch = self.open
        # A guarded group is never packed: it starts a batch of its own after a packed one.
        if batch.packed is not None or (
            batch.events and len(batch.events) + len(encoded) > self.max_batch
        ):
            self.full.append(batch)
            batch = self.open = CommitBatch(self.done)
        first = len(batch.events)
        for event, payload_json in encoded:
            receipts.append(CommitReceipt(batch, len(batch.events)))
            batch.events.append(event)
            batch.payloads.append(payload_json)
        batch.nbytes += total
        self.held_bytes += total
        if batch.guards is None:
            batch.guards = []
        batch.guards.append((first, len(batch.events), guard))
        self.submitted += len(encoded)
        if len(batch.events) >= self.max_batch:
            self.full.append(batch)
            self.open = CommitBatch(self.done)
        self.work.notify()

    def _failed_receipt(self, event: NewEvent, error: BaseException) -> CommitReceipt:
        batch = CommitBatch(self.done)
        batch.events.append(event)
        batch.resolve(error)
        return CommitReceipt(batch, 0)

    def note_dropped(self, summary: DropSummary) -> None:
        if summary.count <= 0:
            return
        with self.work:
            if self.closing and self.stopped:
                _LOGGER.error(
                    "%s dropped %d items (%d bytes) after the store writer stopped",
                    summary.source,
                    summary.count,
                    summary.nbytes,
                )
                return
            self.gauge.note_locked(summary)
            self.work.notify()

    # -- the writer thread: out -----------------------------------------------

    def take(self, window_s: float) -> CommitBatch | None:
        with self.work:
            while not self.full and not self.open.held() and not self.gauge.drops:
                if self.closing or self.abandon:
                    return None
                self.work.wait()
            if self.abandon:
                return None
            if not self.full and self.open.held() and not self.closing and window_s > 0:
                deadline = time.monotonic() + window_s
                # A guarded group is a person's action (a dispatcher's, a crew's): taken
                # as soon as it is there, never left to wait out the window.
                while not self.full and not self.closing and self.open.guards is None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self.work.wait(remaining)
            if self.full:
                batch = self.full.popleft()
            else:
                batch = self.open
                self.open = CommitBatch(self.done)
            if self.gauge.drops:
                self._add_summaries_locked(batch)
            self.current = batch
            packed = batch.packed
        if packed is not None:
            # Rebuilt outside the lock (submitters go on meanwhile); a spill that
            # took the batch first has unpacked it itself.
            events, payloads = packed.unpack()
            with self.lock:
                batch.adopt_locked(packed, events, payloads)
        return batch

    def _add_summaries_locked(self, batch: CommitBatch) -> None:
        drops = self.gauge.take_drops_locked()
        now = utcnow()
        for (kind, _source), summary in drops.items():
            event, payload_json, _ = content.prepare(summary.to_event(kind, now))
            size = event_bytes(event, payload_json)
            batch.events.append(event)
            batch.payloads.append(payload_json)
            batch.nbytes += size
            self.held_bytes += size
            self.submitted += 1
            _LOGGER.warning(
                "%s: %s dropped %d items (%d bytes) while the store could not take them",
                kind,
                summary.source,
                summary.count,
                summary.nbytes,
            )

    def hold_current(self, batch: CommitBatch) -> None:
        with self.lock:
            self.current = batch

    def release_current(self, batch: CommitBatch) -> None:
        with self.lock:
            if batch._resolved():
                self.current = None

    def record_commit(self, batch: CommitBatch, count: int, released: int) -> None:
        with self.done:
            batch.nbytes -= released
            if not batch.internal:
                self.committed += count
                self.held_bytes -= released
            self.batches_committed += 1
            self.last_progress = time.monotonic()
            relieved = self.gauge.fall_locked(self.submitted - self.committed, self.held_bytes)
            self.done.notify_all()
        if relieved:
            self.gauge.tell()

    def replayed(self) -> None:
        """The spill files are appended (or given up): ``close`` may settle."""
        with self.done:
            self.replaying = False
            self.done.notify_all()

    # -- waiting and closing ----------------------------------------------------

    def flushed(self, timeout: float | None) -> bool:
        """Wait until all events submitted before this call are committed."""
        with self.done:
            target = self.submitted
            return self.done.wait_for(
                lambda: self.committed >= target or self.stopped, timeout
            ) and (self.committed >= target)

    def begin_close(self) -> bool:
        """Refuse new events from now on; True if already closing."""
        with self.work:
            already = self.closing
            self.closing = True
            self.last_progress = max(self.last_progress, time.monotonic())
            self.work.notify_all()
        return already

    def wait_settled(self, deadline: float | None, grace: float, stall_s: float) -> bool:
        """Until everything is committed (True), or the deadline or a stall ends the wait."""
        with self.done:
            while True:
                if self.committed >= self.submitted and not self.replaying and not self.gauge.drops:
                    return True
                if self.stopped:
                    return self.committed >= self.submitted
                now = time.monotonic()
                if deadline is not None:
                    left = deadline - grace - now
                else:
                    left = self.last_progress + stall_s - now
                if left <= 0:
                    return False
                self.done.wait(min(left, 0.25))

    def abandon_now(self) -> None:
        with self.work:
            self.abandon = True
            self.work.notify_all()

    def take_unsettled_locked(self) -> list[CommitBatch]:
        """Abandon, and take every batch of the callers' not yet settled (lock held)."""
        self.abandon = True
        self.closing = True
        batches: list[CommitBatch] = []
        current = self.current
        if current is not None and not current.internal and not current._resolved():
            batches.append(current)
        batches.extend(b for b in self.full if b is not current)
        self.full.clear()
        if self.open.held():
            batches.append(self.open)
            self.open = CommitBatch(self.done)
        for batch in batches:
            batch.unpack_locked()
        return batches

    def holds_unsettled(self) -> bool:
        """The writer thread ends (not abandoned) while something is left: it crashed."""
        with self.lock:
            return not self.abandon and (
                bool(self.full)
                or bool(self.open.held())
                or bool(self.gauge.drops)
                or (self.current is not None and not self.current._resolved())
            )

    def stop(self) -> None:
        with self.work:
            self.stopped = True
            self.closing = True  # a crashed writer refuses new events too
            self.done.notify_all()
