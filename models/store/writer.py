"""Group-commit writer: the only path that appends to the event log.

Contract:
- One dedicated thread owns all writes; ``submit(NewEvent)`` is cheap and
  thread-safe (call it from the event loop or any thread), never blocks, and
  returns a ``CommitReceipt`` (see ``models.store.receipt``): Future-like
  ``result(timeout)``/``exception(timeout)``/``done()``/
  ``add_done_callback(fn)``, resolving with the event's ``StoredEvent``.
- Submitted events collect into the open batch (at most ``max_batch``). The
  thread takes a full batch at once, or the open one ``window_s`` after it
  saw its first event (``time.monotonic``: wall-clock steps change nothing);
  assigns gapless ``seq`` and chained hashes continuing from the log; inserts
  the batch and runs the projections in the same transaction; commits
  (durable: SQLite ``synchronous=FULL``); and only then resolves the batch's
  receipts (callbacks run on the writer thread, in submission order) and
  calls ``on_committed(stored_events)``. The log's order is ``seq``, the
  order of submission; ``rx_time`` is data, never used to order or dedup.
- Content never blocks the log (``models.store.content``): text a database
  cannot take (lone surrogates, NUL) is repaired at ``submit``; a payload
  that is not JSON (NaN, infinity, an object) is stored as a rejected row
  (``frame.rejected`` for a frame, else ``event.rejected``: raw bytes kept,
  ``error`` = why, the submitted payload as text) and the receipt resolves
  with that row. When a commit fails for any other reason that is not the
  database being unavailable (``models.store.failures``), the writer
  commits the batch in parts (bisecting, in order, so the good events are
  committed and acknowledged at once) down to the event (or guarded group)
  that fails alone; one that fails alone ``reject_after`` times in a row
  (default 3, with the usual backoff between; at the first failure when,
  in the last 5 minutes, an event of its kind was rejected for the same
  type of error) is stored as its rejected row instead, and the queue moves
  on. If even the rejected row (or its bounded form, see ``content``) cannot
  be stored, it is the store that fails, not the event: the event is kept,
  the writer waits as for a database that is down and strikes no event again
  until something commits (tests/benchmarks/bench_store_faults.py: what
  the isolation costs).
- A receipt resolves ONLY once its event is durably committed (accepted or
  as its rejected row). While the database is unavailable the events stay
  in memory and are retried with exponential backoff (``retry_delay_s``
  doubling up to ``max_retry_delay_s``) ahead of everything submitted later,
  so order and the chain are preserved, and their receipts stay pending.
  The failure shows as ``healthy`` False and ``last_error`` (None while
  healthy; a full disk is named: "the disk is full (...)"), and
  ``on_health(healthy, error)`` is called on the writer thread when either
  changes (marshal it to the GUI thread yourself).
- Memory is bounded (``models.store.pressure``): at most
  ``limits.max_events`` events / ``limits.max_bytes`` bytes held
  uncommitted (defaults 100,000 / 128 MiB; operator and system events may
  use a 10% reserve beyond). ``pressure`` turns True at half of either cap
  and False below a quarter; ``on_pressure(bool)`` and listeners added with
  ``add_pressure_listener(fn)`` are told of each change (on the thread that
  caused it: a submitter or the writer thread). Links that can wait stop
  reading while it is on; datagram links drop and hand a ``DropSummary`` to
  ``note_dropped``, stored as one ``link.dropped`` event once commits
  succeed. At the cap ``submit`` returns a receipt already failed with
  ``StoreOverloaded`` and counts the event in a ``store.dropped`` summary
  event, stored likewise: nothing is dropped silently. Once everything is
  committed the writer holds nothing more than when it started.
- ``flush(timeout)`` waits until everything submitted so far is committed.
  ``close(timeout)`` flushes and stops within a bound even while commits
  fail: with a ``timeout``, within it (plus the time to write the spill);
  without, 10 s (``close_stall_s``) after the last successful commit. Then
  every event submitted and not committed is written to the spill file
  (``models.store.spill``: beside a SQLite store, ``<file>.spill/``; for a
  server store under the user's data dir, keyed by URL) and its receipt
  fails with ``EventSpilled`` (a ``StoreError``); ``close`` returns False.
  If the thread is stuck in a database call, its transaction's events are
  spilled "in doubt" with the seq and hash they would have. On start, the
  writer thread first appends every spill file of its store to the log, in
  order (guarded operator actions as rejected rows: their checks are gone),
  exactly once (progress is committed with the events), then deletes it;
  events submitted meanwhile wait behind. Only one writer per ``Store``.
- ``submit`` refuses only a naive ``rx_time`` (``ValueError``: a programming
  error) and anything after ``close`` (``StoreError``).
- Diagnostics: ``pending``, ``held_bytes``, ``batches_committed``,
  ``commit_failures``, ``rejected_events``, ``dropped_events``,
  ``spilled_events``, ``replayed_events``, ``busy_cpu_s``, ``spill_path``.
- On SQLite the batch is bound with pre-encoded values straight to the
  driver (``fast_path``, see ``models.store.fastinsert``); elsewhere through
  Core. Both store identical rows.
- Several processes (positions, a recorder) may write one database: every
  commit takes the log's write lock (``models.store.locking``), reads the
  real head and, if another process moved it, numbers and hashes the batch
  again from there, so ``seq`` stays gapless and the chain single. On
  PostgreSQL each commit also NOTIFYs ``dispatch_events`` for the followers.
- ``submit_group(events, guard)``: events appended together only if
  ``guard(connection)`` (see ``models.store.guards``) passes under the lock,
  else their receipts fail with ``GuardRefused``; the rest of the batch is
  unaffected. A group the store cannot take is stored as rejected rows and
  its receipts fail with ``GuardRefused`` saying so.

Speed (tests/benchmarks/bench_ingest.py): the thread keeps one connection,
holds the GIL only for the per-event Python work (hash, row values), and
hands SQLite few large statements so it works with the GIL released while
the event loop decodes on the other core.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, text

from models.store import content, queries, spill
from models.store.batch_rows import number_and_hash
from models.store.engine import Store, StoreError
from models.store.events import NewEvent, StoredEvent
from models.store.failures import describe, is_unavailable
from models.store.fastinsert import SqliteBatchInsert
from models.store.follow import EVENTS_CHANNEL
from models.store.locking import EVENT_LOG_LOCK, lock_for_writing
from models.store.pressure import (
    LINK_DROPPED,
    STORE_DROPPED,
    DropSummary,
    StoreOverloaded,
    WriterLimits,
    event_bytes,
)
from models.store.receipt import CommitBatch, CommitReceipt, Guard, GuardRefused, PreparedBatch
from models.store.schema import events_table
from models.store.spill import EventSpilled, SpillEvent, SpillFile

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)

OnCommitted = Callable[[list[StoredEvent]], None]
OnHealth = Callable[[bool, "str | None"], None]
OnPressure = Callable[[bool], None]

CLOSE_STALL_S = 10.0  # close() without a timeout gives up this long after the last commit
CLOSE_GRACE_S = 1.0  # for the thread to leave a database call once told to stop
REJECT_AFTER = 3  # failures alone, in a row, before an event is stored as rejected
KNOWN_BAD_S = 300.0  # how long a (kind, error type) that was rejected is rejected at once
SPILLED_GUARD_REASON = (
    "an operator action the writer could not commit before it stopped; "
    "its check could not be repeated later, so it is kept but not applied"
)


def _utcnow() -> datetime:
    """The writer's one wall-clock reading (tests step it); never used for order or timing."""
    return datetime.now(UTC)


class _Abandoned(Exception):
    """close() gave up while this transaction was being built: do not commit it."""


class _RejectedGroup:
    """Stands for the guard of a group stored as rejected rows: refuse its receipts, append it."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __call__(self, conn: Any) -> str | None:  # never run: the writer appends the rows
        return None


class GroupCommitWriter:
    """Batches submitted events into few durable transactions on its own thread."""

    def __init__(
        self,
        store: Store,
        max_batch: int = 1000,
        window_s: float = 0.005,
        on_committed: OnCommitted | None = None,
        projections: ProjectionRegistry | None = None,
        retry_delay_s: float = 0.2,
        max_retry_delay_s: float = 5.0,
        fast_path: bool = True,
        on_health: OnHealth | None = None,
        *,
        limits: WriterLimits | None = None,
        on_pressure: OnPressure | None = None,
        spill_dirs: Sequence[Path] | None = None,
        replay_spill: bool = True,
        close_stall_s: float = CLOSE_STALL_S,
        reject_after: int = REJECT_AFTER,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        if reject_after < 1:
            raise ValueError("reject_after must be at least 1")
        if projections is None:
            # Imported here: projections import the store's schema.
            from models.projections import default_registry

            projections = default_registry()
        self._store = store
        self._max_batch = max_batch
        self._window_s = window_s
        self._on_committed = on_committed
        self._on_health = on_health
        self._projections = projections
        self._retry_delay_s = retry_delay_s
        self._max_retry_delay_s = max_retry_delay_s
        self._delay = retry_delay_s
        self._close_stall_s = close_stall_s
        self._reject_after = reject_after
        self._sqlite_insert = SqliteBatchInsert.for_engine(store.engine) if fast_path else None
        self.limits = limits = limits if limits is not None else WriterLimits()
        self._cap_events = limits.max_events
        self._cap_bytes = limits.max_bytes
        self._on_events = max(1, int(limits.max_events * limits.pressure_on))
        self._on_bytes = max(1, int(limits.max_bytes * limits.pressure_on))
        self._off_events = int(limits.max_events * limits.pressure_off)
        self._off_bytes = int(limits.max_bytes * limits.pressure_off)
        self._reserve_events = int(limits.max_events * (1 + limits.reserve))
        self._reserve_bytes = int(limits.max_bytes * (1 + limits.reserve))
        self._pressure_listeners: list[OnPressure] = [] if on_pressure is None else [on_pressure]
        self.spill_dirs: list[Path] = (
            list(spill_dirs) if spill_dirs is not None else spill.spill_dirs(store)
        )
        self._replay = replay_spill
        lock = self._lock = threading.Lock()
        self._work = threading.Condition(lock)  # the writer waits here for events
        self._done = threading.Condition(lock)  # flush() and receipts wait here
        self._open = CommitBatch(self._done)
        self._full: deque[CommitBatch] = deque()
        self._submitted = 0
        self._committed = 0
        self.held_bytes = 0
        self.pressure = False
        self._pressure_told = False  # what the listeners were last told
        self._pressure_told_lock = threading.RLock()
        self._drops: dict[tuple[str, str], DropSummary] = {}
        self._overloaded = False
        self._closing = False
        self._abandon = False
        self._stopped = False
        self._replaying = replay_spill and bool(self.spill_dirs)
        self._current: CommitBatch | None = None
        # (batch, first index, rows, guarded) appended in the transaction now running.
        self._in_flight: list[tuple[CommitBatch, int, list[StoredEvent], bool]] = []
        self._in_db = False
        self._last_progress = time.monotonic()
        self._known_bad: dict[tuple[str, str], float] = {}
        self._strike_note: str | None = None
        self._store_failing = False  # a rejected row failed too since the last commit
        self._spill_lock = threading.Lock()
        self._conn: Connection | None = None
        self.healthy = True
        self.last_error: str | None = None
        self.batches_committed = 0
        self.commit_failures = 0
        self.rejected_events = 0
        self.dropped_events = 0
        self.spilled_events = 0
        self.replayed_events = 0
        self.spill_path: Path | None = None
        self.busy_cpu_s = 0.0  # CPU the thread spent committing (diagnostics, benchmarks)
        self.foreign_appends = 0  # commits that found another process's events first
        store.attach_writer()
        try:
            self._last_seq, self._last_hash = store.last_seq_and_hash()
        except Exception:
            store.detach_writer()
            raise
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()

    # -- any thread -------------------------------------------------------

    def submit(self, event: NewEvent) -> CommitReceipt:
        """Queue ``event``; its receipt resolves with the ``StoredEvent`` after commit."""
        event, payload_json, _rejection = content.prepare(event)
        size = event_bytes(event, payload_json)
        fire = False
        # The bare lock, not the Condition: its Python-level __enter__ costs as
        # much as the rest of this block. notify() only needs the lock held.
        with self._lock:
            if self._closing:
                raise StoreError("The store writer is closed; the event was not stored.")
            held = self._submitted - self._committed
            if (
                held
                and (held >= self._cap_events or self.held_bytes + size > self._cap_bytes)
                and (
                    event.source.startswith("link:")
                    or held >= self._reserve_events
                    or self.held_bytes + size > self._reserve_bytes
                )
            ):
                overloaded = self._refuse_locked([event], [size])
            else:
                overloaded = None
                batch = self._open
                events = batch.events
                index = len(events)
                events.append(event)
                batch.payloads.append(payload_json)
                batch.nbytes += size
                self.held_bytes += size
                self._submitted += 1
                if not self.pressure and (
                    held + 1 >= self._on_events or self.held_bytes >= self._on_bytes
                ):
                    self.pressure = fire = True
                if index + 1 >= self._max_batch:
                    self._full.append(batch)
                    self._open = CommitBatch(self._done)
                    self._work.notify()
                elif index == 0:
                    self._work.notify()
        if overloaded is not None:
            return self._failed_receipt(event, overloaded)
        if fire:
            self._tell_pressure(True)
        return CommitReceipt(batch, index)

    def submit_group(self, events: Sequence[NewEvent], guard: Guard) -> list[CommitReceipt]:
        """Queue ``events`` to be appended together, only if ``guard`` passes at commit.

        ``guard(connection)`` runs on the writer thread inside the commit's
        transaction, after the log's lock is taken and every earlier event
        (this process's or another's) is projected; it returns None to append
        the group or a reason to refuse it. A refused group appends nothing:
        its receipts fail with ``GuardRefused(reason)``. This is how two
        positions acting on the same unit at once end with one winner. A
        group with content the store cannot take is stored as rejected rows
        (not applied) and its receipts fail with ``GuardRefused`` saying so.
        """
        if not events:
            return []
        prepared = [content.prepare(event) for event in events]
        rejection = next((reason for _, _, reason in prepared if reason is not None), None)
        if rejection is not None:
            prepared = [(*content.rejected(event, rejection), rejection) for event in events]
            guard = _RejectedGroup(rejection)
        encoded = [(event, payload_json) for event, payload_json, _ in prepared]
        sizes = [event_bytes(event, payload_json) for event, payload_json in encoded]
        total = sum(sizes)
        receipts: list[CommitReceipt] = []
        fire = False
        with self._lock:
            if self._closing:
                raise StoreError("The store writer is closed; the event was not stored.")
            held = self._submitted - self._committed
            if held and (
                held + len(encoded) > self._reserve_events
                or self.held_bytes + total > self._reserve_bytes
            ):
                overloaded: StoreOverloaded | None = self._refuse_locked(
                    [event for event, _ in encoded], sizes
                )
            else:
                overloaded = None
                self._append_group_locked(encoded, guard, total, receipts)
                if not self.pressure and (
                    held + len(encoded) >= self._on_events or self.held_bytes >= self._on_bytes
                ):
                    self.pressure = fire = True
        if overloaded is not None:
            return [self._failed_receipt(event, overloaded) for event, _ in encoded]
        if fire:
            self._tell_pressure(True)
        return receipts

    def _append_group_locked(
        self,
        encoded: list[tuple[NewEvent, str | None]],
        guard: Guard,
        total: int,
        receipts: list[CommitReceipt],
    ) -> None:
        batch = self._open
        if batch.events and len(batch.events) + len(encoded) > self._max_batch:
            self._full.append(batch)
            batch = self._open = CommitBatch(self._done)
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
        self._submitted += len(encoded)
        if len(batch.events) >= self._max_batch:
            self._full.append(batch)
            self._open = CommitBatch(self._done)
        self._work.notify()

    def _refuse_locked(self, events: list[NewEvent], sizes: list[int]) -> StoreOverloaded:
        """Count events refused at the cap into their sources' summaries (lock held)."""
        held = self._submitted - self._committed
        for event, size in zip(events, sizes, strict=True):
            key = (STORE_DROPPED, event.source)
            summary = self._drops.get(key)
            if summary is None:
                summary = self._drops[key] = DropSummary(
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
                self.held_bytes / 2**20,
            )
        return StoreOverloaded(
            f"The store at {self._store.where} cannot commit and the writer already holds "
            f"{held} events ({self.held_bytes / 2**20:.1f} MiB); this event was not stored "
            "(it is counted in a store.dropped event)."
        )

    def _failed_receipt(self, event: NewEvent, error: BaseException) -> CommitReceipt:
        batch = CommitBatch(self._done)
        batch.events.append(event)
        batch.resolve(error)
        return CommitReceipt(batch, 0)

    def note_dropped(self, summary: DropSummary) -> None:
        """Record what a link dropped (e.g. datagrams shed under pressure); stored as one event.

        Summaries of one source merge until the writer can commit: then one
        ``link.dropped`` event per source (count, bytes, first/last receive
        time, reason) is appended. The writer copies ``summary``: reuse it.
        """
        if summary.count <= 0:
            return
        with self._work:
            if self._closing and self._stopped:
                _LOGGER.error(
                    "%s dropped %d items (%d bytes) after the store writer stopped",
                    summary.source,
                    summary.count,
                    summary.nbytes,
                )
                return
            key = (LINK_DROPPED, summary.source)
            known = self._drops.get(key)
            if known is None:
                known = self._drops[key] = DropSummary(summary.source, reason=summary.reason)
            known.merge(summary)
            self._work.notify()

    def add_pressure_listener(self, listener: OnPressure) -> Callable[[], None]:
        """Call ``listener(pressure)`` on each change; returns the function that removes it."""
        with self._lock:
            self._pressure_listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._pressure_listeners:
                    self._pressure_listeners.remove(listener)

        return remove

    def _tell_pressure(self, _changed_to: bool) -> None:
        """Tell the listeners the pressure as it is now (changes from two threads may cross)."""
        with self._pressure_told_lock:
            with self._lock:
                on = self.pressure
                listeners = list(self._pressure_listeners)
            if on == self._pressure_told:
                return
            self._pressure_told = on
            if on:
                _LOGGER.warning(
                    "store writer under pressure: %d events / %.1f MiB uncommitted",
                    self.pending,
                    self.held_bytes / 2**20,
                )
            else:
                _LOGGER.warning("store writer pressure relieved")
            for listener in listeners:
                try:
                    listener(on)
                except Exception:
                    _LOGGER.exception("pressure listener failed")

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until all events submitted before this call are committed."""
        with self._done:
            target = self._submitted
            return self._done.wait_for(
                lambda: self._committed >= target or self._stopped, timeout
            ) and (self._committed >= target)

    def close(self, timeout: float | None = None) -> bool:
        """Flush, stop the thread and release the store; False if events were left uncommitted.

        Returns within ``timeout`` (plus writing the spill) or, without one,
        ``close_stall_s`` after the last successful commit. Events not
        committed by then are written to the spill file and their receipts
        fail with ``EventSpilled``; the next writer on this store appends them.
        """
        with self._work:
            already = self._closing
            self._closing = True
            self._last_progress = max(self._last_progress, time.monotonic())
            self._work.notify_all()
        if already:
            self._thread.join(timeout)
            if not self._thread.is_alive():
                self._store.detach_writer()  # e.g. closing a writer whose thread crashed
            return self.pending == 0
        grace = CLOSE_GRACE_S if timeout is None else min(CLOSE_GRACE_S, timeout / 4)
        deadline = None if timeout is None else time.monotonic() + timeout
        flushed = self._wait_settled(deadline, grace)
        if not flushed:
            with self._work:
                self._abandon = True
                self._work.notify_all()
            self._interrupt_db()
            left = grace if deadline is None else max(deadline - time.monotonic(), 0.0)
            self._thread.join(max(left, 0.05))
            self._spill_remaining("the writer was closed while the store could not commit")
            flushed = self.pending == 0
        else:
            left = grace if deadline is None else deadline - time.monotonic()
            self._thread.join(max(left, grace))
        if self.pressure:
            self.pressure = False
            self._tell_pressure(False)
        self._store.detach_writer()
        return flushed

    def _wait_settled(self, deadline: float | None, grace: float) -> bool:
        with self._done:
            while True:
                if self._committed >= self._submitted and not self._replaying and not self._drops:
                    return True
                if self._stopped:
                    return self._committed >= self._submitted
                now = time.monotonic()
                if deadline is not None:
                    left = deadline - grace - now
                else:
                    left = self._last_progress + self._close_stall_s - now
                if left <= 0:
                    return False
                self._done.wait(min(left, 0.25))

    def _interrupt_db(self) -> None:
        """Break the database call the writer thread is stuck in, if any (off this thread)."""
        if not self._in_db:
            return
        conn = self._conn
        if conn is None:
            return

        def interrupt() -> None:
            try:
                driver = conn.connection.driver_connection
                if hasattr(driver, "interrupt"):
                    driver.interrupt()  # sqlite3: thread-safe, aborts the running statement
                elif hasattr(driver, "cancel_safe"):
                    driver.cancel_safe(timeout=CLOSE_GRACE_S)
                elif hasattr(driver, "cancel"):
                    driver.cancel()
            except Exception:
                _LOGGER.debug("interrupting the store writer's database call", exc_info=True)

        threading.Thread(target=interrupt, name="store-writer-interrupt", daemon=True).start()

    @property
    def pending(self) -> int:
        """Events submitted but not yet committed."""
        with self._work:
            return self._submitted - self._committed

    def __enter__(self) -> GroupCommitWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writer thread ----------------------------------------------------

    def _take_batch(self) -> CommitBatch | None:
        with self._work:
            while not self._full and not self._open.events and not self._drops:
                if self._closing or self._abandon:
                    return None
                self._work.wait()
            if self._abandon:
                return None
            if not self._full and self._open.events and not self._closing and self._window_s > 0:
                deadline = time.monotonic() + self._window_s
                while not self._full and not self._closing:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._work.wait(remaining)
            if self._full:
                batch = self._full.popleft()
            else:
                batch = self._open
                self._open = CommitBatch(self._done)
            if self._drops:
                self._add_summaries_locked(batch)
            self._current = batch
            return batch

    def _add_summaries_locked(self, batch: CommitBatch) -> None:
        drops, self._drops = self._drops, {}
        self._overloaded = False
        now = _utcnow()
        for (kind, _source), summary in drops.items():
            event, payload_json, _ = content.prepare(summary.to_event(kind, now))
            size = event_bytes(event, payload_json)
            batch.events.append(event)
            batch.payloads.append(payload_json)
            batch.nbytes += size
            self.held_bytes += size
            self._submitted += 1
            _LOGGER.warning(
                "%s: %s dropped %d items (%d bytes) while the store could not take them",
                kind,
                summary.source,
                summary.count,
                summary.nbytes,
            )

    def _run(self) -> None:
        try:
            if self._replaying:
                self._replay_spills()
            while not self._abandon:
                batch = self._take_batch()
                if batch is None:
                    return
                self._settle(batch)
                with self._lock:
                    if batch._resolved():
                        self._current = None
                # Not kept while waiting for the next one: its events are the caller's now.
                del batch
        except Exception:
            _LOGGER.exception("store writer thread crashed")
        finally:
            self._finish()

    # -- committing, in parts when content fails ---------------------------

    def _settle(self, batch: CommitBatch) -> None:
        """Commit all of ``batch`` (isolating content that cannot be stored) or until abandoned."""
        n = len(batch.events)
        while batch.settled < n and not batch._resolved():
            if self._abandon:
                return
            start = batch.settled
            unit_end = self._unit_end(batch, start)
            end = unit_end if batch.strikes and start in batch.strikes else n
            started = time.thread_time()
            try:
                self._attempt(batch, start, end)
                self.busy_cpu_s += time.thread_time() - started
                continue
            except _Abandoned:
                return
            except Exception as exc:
                failure: BaseException | None = exc
            if self._abandon:
                return
            assert failure is not None
            if not is_unavailable(failure):
                try:
                    failure = self._isolate(batch, start, end, failure)
                except _Abandoned:
                    return
                if failure is None:
                    continue
            if not self._back_off(batch, failure):
                return

    def _attempt(self, batch: CommitBatch, start: int, end: int) -> None:
        """Commit events ``[start, end)`` of ``batch`` in one transaction and settle them."""
        try:
            outcome, refused = self._commit_range(batch, start, end)
        except BaseException:
            with self._lock:
                self._in_flight = []
            self._drop_connection()
            raise
        # Cleared only once settled: until then a spill marks these events "in doubt".
        self._progress(batch, start, end, outcome, refused)
        with self._lock:
            self._in_flight = []

    def _isolate(
        self, batch: CommitBatch, lo: int, hi: int, exc: BaseException
    ) -> BaseException | None:
        """``[lo, hi)`` failed for content: commit what can be, find the unit that cannot.

        Returns None once progress was made (the caller goes on), or the
        failure to wait on (the database, or a unit not yet rejected).
        """
        alone = hi == self._unit_end(batch, lo)
        while not alone:
            mid = self._middle(batch, lo, hi)
            try:
                self._attempt(batch, lo, mid)
            except _Abandoned:
                raise
            except Exception as failure:
                if is_unavailable(failure):
                    return failure
                exc, hi = failure, mid
                alone = hi == self._unit_end(batch, lo)
                continue
            lo = mid
            if hi == self._unit_end(batch, lo):
                try:
                    self._attempt(batch, lo, hi)
                    return None  # it passes alone: what failed was the company it kept
                except _Abandoned:
                    raise
                except Exception as failure:
                    if is_unavailable(failure):
                        return failure
                    exc, alone = failure, True
        if self._store_failing:
            # Even a rejected row failed since the last commit: it is the store, not this event.
            return exc
        strikes = batch.strikes if batch.strikes is not None else {}
        batch.strikes = strikes
        strikes[lo] = strikes.get(lo, 0) + 1
        signature = (batch.events[lo].kind, type(exc).__name__)
        seen = self._known_bad.get(signature)
        known = seen is not None and time.monotonic() - seen < KNOWN_BAD_S
        if strikes[lo] < self._reject_after and not known:
            event = batch.events[lo]
            self._strike_note = (
                f"event {lo} of the batch ({event.kind} from {event.source}) fails alone "
                f"({strikes[lo]} of {self._reject_after} before it is stored as rejected)"
            )
            return exc
        failure = self._reject_unit(batch, lo, hi, exc)
        if failure is None:
            self._known_bad[signature] = time.monotonic()
        return failure

    def _reject_unit(
        self, batch: CommitBatch, lo: int, hi: int, exc: BaseException
    ) -> BaseException | None:
        """Store ``[lo, hi)`` as rejected rows; None when done, else the store's failure."""
        reason = describe(exc)
        with self._lock:
            events = batch.events[lo:hi]
            payloads = batch.payloads[lo:hi]
            guards = list(batch.guards) if batch.guards else None
        failure: BaseException = exc
        for minimal in (False, True):
            rows = [content.rejected(event, reason, minimal) for event in events]
            with self._lock:
                batch.events[lo:hi] = [row for row, _ in rows]
                batch.payloads[lo:hi] = [payload for _, payload in rows]
                batch.prepared = None
                if batch.guards:
                    batch.guards = [
                        (s, e, _RejectedGroup(reason) if (s, e) == (lo, hi) else g)
                        for s, e, g in batch.guards
                    ]
            try:
                self._attempt(batch, lo, hi)
            except _Abandoned:
                self._restore(batch, lo, hi, events, payloads, guards)
                raise
            except Exception as error:
                self._restore(batch, lo, hi, events, payloads, guards)
                if is_unavailable(error):
                    return error
                failure = error
                continue
            self.rejected_events += hi - lo
            _LOGGER.error(
                "STORE REJECTED %d event(s) (%s from %s): %s; kept as %s row(s)%s",
                hi - lo,
                events[0].kind,
                events[0].source,
                reason,
                rows[0][0].kind,
                " (bounded: too large to keep whole)" if minimal else "",
            )
            return None
        # Not even a rejected row could be stored: the store fails for everything.
        # Strike no event again until something commits.
        self._store_failing = True
        return failure

    def _restore(
        self,
        batch: CommitBatch,
        lo: int,
        hi: int,
        events: list[NewEvent],
        payloads: list[str | None],
        guards: list[tuple[int, int, Guard]] | None,
    ) -> None:
        with self._lock:
            batch.events[lo:hi] = events
            batch.payloads[lo:hi] = payloads
            batch.guards = guards
            batch.prepared = None

    @staticmethod
    def _unit_end(batch: CommitBatch, start: int) -> int:
        """End of the unit starting at ``start``: one event, or a whole guarded group."""
        if batch.guards:
            for s, e, _ in batch.guards:
                if s <= start < e:
                    return e
        return start + 1

    @staticmethod
    def _middle(batch: CommitBatch, lo: int, hi: int) -> int:
        """A unit boundary strictly inside ``(lo, hi)``, near the middle."""
        mid = (lo + hi) // 2
        if batch.guards:
            for s, e, _ in batch.guards:
                if s < mid < e:
                    mid = e if e < hi else s
                    break
        if not lo < mid < hi:
            mid = GroupCommitWriter._unit_end(batch, lo)
        return mid

    def _back_off(self, batch: CommitBatch | None, exc: BaseException) -> bool:
        """Report the failure and wait before retrying; False if told to stop meanwhile."""
        self._failed(batch, exc, self._delay)
        with self._work:
            if self._work.wait_for(lambda: self._abandon, self._delay):
                return False
        self._delay = min(self._delay * 2, self._max_retry_delay_s)
        return True

    def _progress(
        self,
        batch: CommitBatch,
        start: int,
        end: int,
        outcome: list[StoredEvent | None],
        refused: dict[int, BaseException] | None,
    ) -> None:
        n = len(batch.events)
        whole = start == 0 and end == n
        if whole:
            batch.stored = outcome
        else:
            if batch.stored is None:
                batch.stored = [None] * n
            batch.stored[start:end] = outcome
        if refused:
            batch.refused = {**(batch.refused or {}), **refused}
        if outcome and outcome[0] is not None:
            batch.first_seq = batch.first_seq or outcome[0].seq
        self._delay = self._retry_delay_s
        self._store_failing = False
        if not self.healthy:
            _LOGGER.warning("store commits succeed again; the held events are stored")
            self._set_health(True, None)
        if end >= n:
            released = batch.nbytes
        else:
            released = min(
                batch.nbytes,
                sum(
                    event_bytes(event, payload)
                    for event, payload in zip(
                        batch.events[start:end], batch.payloads[start:end], strict=True
                    )
                ),
            )
        # Receipts first, then the count flush() waits on: once flush returns,
        # every receipt it covered is resolved.
        if end >= n:
            batch.resolve()
            # Receipts keep the batch alive: keep only what they read (``stored``).
            batch.prepared = None
            batch.events = []
            batch.payloads = []
        else:
            batch.settle(end)
        relieved = False
        with self._done:
            batch.nbytes -= released
            if not batch.internal:
                self._committed += end - start
                self.held_bytes -= released
            self.batches_committed += 1
            self._last_progress = time.monotonic()
            if self.pressure:
                held = self._submitted - self._committed
                if held <= self._off_events and self.held_bytes <= self._off_bytes:
                    self.pressure = False
                    relieved = True
            self._done.notify_all()
        if relieved:
            self._tell_pressure(False)
        if self._on_committed is not None:
            stored = [event for event in outcome if event is not None]
            if stored:
                try:
                    self._on_committed(stored)  # type: ignore[arg-type]
                except Exception:
                    _LOGGER.exception("on_committed callback failed")

    def _connection(self) -> Connection:
        conn = self._conn
        if conn is None:
            conn = self._conn = self._store.engine.connect()
        return conn

    def _drop_connection(self) -> None:
        """After a failure start over on a new connection: the old one may be broken."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.invalidate()
            conn.close()
        except Exception:
            _LOGGER.debug("closing the failed store connection", exc_info=True)

    def _register(
        self, batch: CommitBatch, start: int, stored: list[StoredEvent], guarded: bool
    ) -> None:
        """Note rows about to be inserted (spilled "in doubt" if close gives up meanwhile)."""
        with self._lock:
            if self._abandon:
                raise _Abandoned
            self._in_flight.append((batch, start, stored, guarded))

    def _commit_range(
        self, batch: CommitBatch, start: int, end: int
    ) -> tuple[list[StoredEvent | None], dict[int, BaseException] | None]:
        if batch.guards:
            return self._commit_guarded(batch, start, end)
        whole = start == 0 and end == len(batch.events)
        if whole and batch.prepared is None:
            # Hashed before taking the lock: with one writer the head is unchanged.
            batch.prepared = self._prepare(batch, 0, end)
        conn = self._connection()
        self._in_db = True
        try:
            with conn.begin():
                # Other processes (positions, a recorder) may append to the same log:
                # take the log's write lock, then continue the chain from its real head.
                lock_for_writing(conn, EVENT_LOG_LOCK)
                moved = self._read_head(conn)
                if not whole:
                    prepared = self._prepare(batch, start, end)
                else:
                    if moved or batch.prepared is None or batch.prepared[0] != self._last_seq + 1:
                        batch.prepared = self._prepare(batch, 0, end)
                    prepared = batch.prepared
                _, flat, rows, stored, last_hash = prepared
                self._register(batch, start, stored, False)
                self._append(conn, flat, rows, stored)
                if batch.spill is not None:
                    spill.write_progress(conn, batch.spill[0], batch.spill[1][end - 1] + 1)
                self._notify(conn, stored[-1].seq)
        finally:
            self._in_db = False
        # Only a committed transaction moves the chain forward; a failed one is redone.
        self._last_seq = stored[-1].seq
        self._last_hash = last_hash
        return list(stored), None

    def _read_head(self, conn: Connection) -> bool:
        """Continue from the log's real head; True if another process moved it."""
        head = queries.last_seq_and_hash(conn)
        if head == (self._last_seq, self._last_hash):
            return False
        self.foreign_appends += 1
        self._last_seq, self._last_hash = head
        return True

    def _append(
        self,
        conn: Connection,
        flat: list[Any],
        rows: list[dict[str, Any]],
        stored: list[StoredEvent],
    ) -> None:
        if self._sqlite_insert is not None:
            self._sqlite_insert.execute(conn.connection.driver_connection, flat)
        else:
            conn.execute(insert(events_table), rows)
        self._projections.apply(conn, stored)

    @staticmethod
    def _notify(conn: Connection, last_seq: int) -> None:
        if conn.dialect.name == "postgresql":
            # Delivered to every listening position when (and only if) this commits.
            conn.execute(
                text("SELECT pg_notify(:channel, :seq)"),
                {"channel": EVENTS_CHANNEL, "seq": str(last_seq)},
            )

    def _commit_guarded(
        self, batch: CommitBatch, start: int, end: int
    ) -> tuple[list[StoredEvent | None], dict[int, BaseException] | None]:
        """Append segment by segment, so each guard sees everything before it projected."""
        conn = self._connection()
        outcome: list[StoredEvent | None] = [None] * (end - start)
        refused: dict[int, BaseException] = {}
        self._in_db = True
        try:
            with conn.begin():
                lock_for_writing(conn, EVENT_LOG_LOCK)
                self._read_head(conn)
                seq, prev_hash = self._last_seq, self._last_hash
                for s, e, guard in self._segments(batch, start, end):
                    rejected_group = isinstance(guard, _RejectedGroup)
                    if guard is not None and not rejected_group:
                        reason = guard(conn)
                        if reason is not None:
                            error = GuardRefused(reason)
                            for index in range(s, e):
                                refused[index] = error
                            continue
                    _, flat, rows, stored, prev_hash = number_and_hash(
                        batch.events[s:e],
                        batch.payloads[s:e],
                        seq + 1,
                        prev_hash,
                        sqlite_values=self._sqlite_insert is not None,
                    )
                    self._register(batch, s, stored, guard is not None and not rejected_group)
                    self._append(conn, flat, rows, stored)
                    outcome[s - start : e - start] = stored
                    if rejected_group:
                        assert isinstance(guard, _RejectedGroup)
                        first, last = stored[0].seq, stored[-1].seq
                        error = GuardRefused(
                            f"The store could not take this action ({guard.reason}); it is "
                            f"kept in the log as rejected event(s) {first}..{last}, not applied."
                        )
                        for index in range(s, e):
                            refused[index] = error
                    seq = stored[-1].seq
                if batch.spill is not None:
                    spill.write_progress(conn, batch.spill[0], batch.spill[1][end - 1] + 1)
                if seq != self._last_seq:
                    self._notify(conn, seq)
        finally:
            self._in_db = False
        self._last_seq, self._last_hash = seq, prev_hash
        return outcome, refused or None

    @staticmethod
    def _segments(batch: CommitBatch, start: int, end: int) -> list[tuple[int, int, Guard | None]]:
        assert batch.guards is not None
        segments: list[tuple[int, int, Guard | None]] = []
        at = start
        for s, e, guard in batch.guards:
            if e <= start or s >= end:
                continue
            if s > at:
                segments.append((at, s, None))
            segments.append((s, e, guard))
            at = e
        if at < end:
            segments.append((at, end, None))
        return segments

    def _prepare(self, batch: CommitBatch, start: int, end: int) -> PreparedBatch:
        """Number and hash events ``[start, end)`` after the current head; build their rows."""
        whole = start == 0 and end == len(batch.events)
        return number_and_hash(
            batch.events if whole else batch.events[start:end],
            batch.payloads if whole else batch.payloads[start:end],
            self._last_seq + 1,
            self._last_hash,
            sqlite_values=self._sqlite_insert is not None,
        )

    def _failed(self, batch: CommitBatch | None, exc: BaseException, delay: float) -> None:
        self.commit_failures += 1
        self._drop_connection()
        reason = describe(exc, self._store.path)
        message = f"Cannot write to the store at {self._store.where}: {reason}"
        was_healthy = self.healthy
        # Health first: whoever watches it must see the failure before the log is written.
        if was_healthy or message != self.last_error:
            self._set_health(False, message)
        note, self._strike_note = self._strike_note, None
        _LOGGER.error(
            "STORE COMMIT FAILED for %d events (seq %d..): %s; keeping them, retrying in %.1f s%s",
            0 if batch is None else len(batch.events) - batch.settled,
            self._last_seq + 1,
            reason,
            delay,
            f"; {note}" if note else "",
            exc_info=exc if was_healthy else None,
        )

    def _set_health(self, healthy: bool, error: str | None) -> None:
        self.healthy = healthy
        self.last_error = error
        if self._on_health is not None:
            try:
                self._on_health(healthy, error)
            except Exception:
                _LOGGER.exception("on_health callback failed")

    # -- spill: replay on start, write on a stop that could not commit ------

    def _retrying(self, fn: Callable[[Connection], Any]) -> tuple[bool, Any]:
        """``fn(conn)`` in a transaction, retried while the store fails; (False, None): stopped."""
        while not self._abandon:
            try:
                conn = self._connection()
                with conn.begin():
                    return True, fn(conn)
            except Exception as exc:
                if not self._back_off(None, exc):
                    break
        return False, None

    def _replay_spills(self) -> None:
        try:
            for path in spill.spill_files(self.spill_dirs):
                if self._abandon:
                    return
                handle = SpillFile.open(path)
                if handle is None:
                    continue
                try:
                    if not self._replay_file(handle):
                        return
                finally:
                    handle.close()
        finally:
            with self._done:
                self._replaying = False
                self._done.notify_all()

    def _replay_file(self, handle: SpillFile) -> bool:
        ok, done = self._retrying(lambda conn: spill.read_progress(conn, handle.id))
        if not ok:
            return False
        items = handle.events
        todo = list(range(done, len(items)))
        doubtful = [i for i in todo if items[i].doubt is not None]
        if doubtful:

            def committed(conn: Connection) -> set[int]:
                # Under the log's lock: a transaction still running (a stuck writer
                # of this process, or another's) is finished, committed or not.
                lock_for_writing(conn, EVENT_LOG_LOCK)
                found = set()
                for i in doubtful:
                    seq, digest = items[i].doubt  # type: ignore[misc]
                    row = conn.execute(
                        select(events_table.c.hash).where(events_table.c.seq == seq)
                    ).scalar_one_or_none()
                    if row == digest:
                        found.add(i)
                return found

            ok, present = self._retrying(committed)
            if not ok:
                return False
            todo = [i for i in todo if i not in present]
        if todo:
            _LOGGER.warning(
                "appending %d events from the spill file %s before any new event",
                len(todo),
                handle.path,
            )
        for at in range(0, len(todo), self._max_batch):
            chunk = todo[at : at + self._max_batch]
            batch = CommitBatch(self._done)
            batch.internal = True
            batch.spill = (handle.id, chunk)
            for i in chunk:
                item = items[i]
                if item.guarded:
                    event, payload_json = content.rejected(item.event, SPILLED_GUARD_REASON)
                else:
                    event, payload_json = item.event, item.payload_json
                batch.events.append(event)
                batch.payloads.append(payload_json)
            with self._lock:
                self._current = batch
            self._settle(batch)
            if not batch._resolved():
                return False
            with self._lock:
                self._current = None
            self.replayed_events += len(chunk)
        handle.remove()
        try:
            conn = self._connection()
            with conn.begin():
                spill.forget_progress(conn, handle.id)
        except Exception:
            self._drop_connection()
            _LOGGER.debug("forgetting spill progress", exc_info=True)
        _LOGGER.warning("spill file %s appended to the log and removed", handle.path)
        return True

    def _spill_remaining(self, reason: str) -> None:
        """Write every submitted, uncommitted event to a spill file and fail its receipt."""
        with self._spill_lock:
            with self._lock:
                self._abandon = True
                self._closing = True
                batches: list[CommitBatch] = []
                current = self._current
                if current is not None and not current.internal and not current._resolved():
                    batches.append(current)
                batches.extend(b for b in self._full if b is not current)
                self._full.clear()
                if self._open.events:
                    batches.append(self._open)
                    self._open = CommitBatch(self._done)
                alive = self._thread.is_alive() and threading.current_thread() is not self._thread
                in_flight = list(self._in_flight) if alive else []
                drops, self._drops = self._drops, {}
                items: list[SpillEvent] = []
                doubt: dict[tuple[int, int], tuple[int, str]] = {}
                for flight_batch, first, rows, _ in in_flight:
                    for offset, row in enumerate(rows):
                        doubt[(id(flight_batch), first + offset)] = (row.seq, row.hash)
                for batch in batches:
                    guarded: set[int] = set()
                    for s, e, guard in batch.guards or ():
                        if not isinstance(guard, _RejectedGroup):
                            guarded.update(range(s, e))
                    for i in range(batch.settled, len(batch.events)):
                        items.append(
                            SpillEvent(
                                batch.events[i],
                                batch.payloads[i],
                                doubt.get((id(batch), i)),
                                i in guarded,
                            )
                        )
                head = (self._last_seq, self._last_hash)
            now = _utcnow()
            for (kind, _source), summary in drops.items():
                event, payload_json, _ = content.prepare(summary.to_event(kind, now))
                items.append(SpillEvent(event, payload_json))
            if not items:
                return
            last = f": {self.last_error}" if self.last_error else "."
            try:
                if not self.spill_dirs:
                    raise OSError("this store has no place for a spill (an in-memory database)")
                path = spill.write_spill(
                    self.spill_dirs,
                    items,
                    store_where=self._store.where,
                    purpose=self._store.purpose,
                    head=head,
                    reason=reason + last,
                    now=now,
                )
            except OSError as exc:
                _LOGGER.critical(
                    "store writer stopped with %d events NOT stored: %s, and the spill failed: %s",
                    len(items),
                    self.last_error,
                    describe(exc),
                )
                error: StoreError = StoreError(
                    f"The store writer gave up before the event was stored in {self._store.where}"
                    f"{last} It could not be spilled either ({describe(exc)})."
                )
            else:
                self.spill_path = path
                self.spilled_events += len(items)
                _LOGGER.critical(
                    "store writer stopped with %d events not committed%s; spilled to %s, "
                    "appended when the store is next opened by a writer",
                    len(items),
                    last.rstrip("."),
                    path,
                )
                error = EventSpilled(
                    f"The store at {self._store.where} could not commit this event before the "
                    f"writer stopped{last} It is kept in {path} and will be appended to the "
                    "log when the store is next opened by a writer.",
                    path,
                )
            for batch in batches:
                batch.resolve(error)

    def _finish(self) -> None:
        self._drop_connection()
        with self._lock:
            crashed = not self._abandon and (
                bool(self._full)
                or bool(self._open.events)
                or bool(self._drops)
                or (self._current is not None and not self._current._resolved())
            )
        if crashed:
            self._spill_remaining("the store writer thread stopped unexpectedly")
        with self._work:
            self._stopped = True
            self._closing = True  # a crashed writer refuses new events too
            self._done.notify_all()
