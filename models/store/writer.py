"""Group-commit writer: the only path that appends to the event log.

Contract:
- One dedicated thread owns all writes; ``submit(NewEvent)`` is cheap and
  thread-safe (call it from the event loop or any thread) and returns a
  ``CommitReceipt`` (see ``models.store.receipt``): Future-like
  ``result(timeout)``/``exception(timeout)``/``done()``/
  ``add_done_callback(fn)``, resolving with the event's ``StoredEvent``.
- Submitted events collect into the open batch (at most ``max_batch``). The
  thread takes a full batch at once, or the open one ``window_s`` after it
  saw its first event; assigns gapless ``seq`` and chained hashes continuing
  from the log; inserts the batch and runs the projections in the same
  transaction; commits (durable: SQLite ``synchronous=FULL``); and only then
  resolves the batch's receipts (callbacks run on the writer thread, in
  submission order) and calls ``on_committed(stored_events)``.
- A receipt resolves ONLY once its event is durably committed. If a commit
  fails, the batch stays in memory and is retried with exponential backoff
  (``retry_delay_s`` doubling up to ``max_retry_delay_s``) ahead of everything
  submitted later, so order and the chain are preserved, and its receipts stay
  pending: nothing is NAKed that is stored later. The failure shows as
  ``healthy`` False and ``last_error`` (None while healthy), and
  ``on_health(healthy, error)`` is called on the writer thread when either
  changes (marshal it to the GUI thread yourself). Only ``close(timeout)``
  giving up fails the remaining receipts with ``StoreError``.
- Diagnostics: ``pending``, ``batches_committed``, ``commit_failures``,
  ``busy_cpu_s`` (CPU time the thread spent committing).
- A payload that is not JSON-serialisable, or a naive ``rx_time``, is refused
  by ``submit`` with ``ValueError``: it never reaches (or blocks) the writer.
  ``submit`` after ``close`` raises ``StoreError``.
- On SQLite the batch is bound with pre-encoded values straight to the
  driver (``fast_path``, see ``models.store.fastinsert``); elsewhere through
  Core. Both store identical rows.
- ``flush(timeout)`` waits until everything submitted so far is committed;
  ``close(timeout)`` flushes and stops (``timeout=None`` waits as long as
  commits fail). Only one writer per ``Store`` object.
- Several processes (positions, a recorder) may write one database: every
  commit takes the log's write lock (``models.store.locking``), reads the
  real head and, if another process moved it, numbers and hashes the batch
  again from there, so ``seq`` stays gapless and the chain single. On
  PostgreSQL each commit also NOTIFYs ``dispatch_events`` for the followers.
- ``submit_group(events, guard)``: events appended together only if
  ``guard(connection)`` (see ``models.store.guards``) passes under the lock,
  else their receipts fail with ``GuardRefused``; the rest of the batch is
  unaffected.

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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, text

from models.store import queries
from models.store.batch_rows import number_and_hash
from models.store.engine import Store, StoreError
from models.store.events import NewEvent, StoredEvent, canonical_json
from models.store.fastinsert import SqliteBatchInsert
from models.store.follow import EVENTS_CHANNEL
from models.store.locking import EVENT_LOG_LOCK, lock_for_writing
from models.store.receipt import CommitBatch, CommitReceipt, Guard, GuardRefused, PreparedBatch
from models.store.schema import events_table

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)

OnCommitted = Callable[[list[StoredEvent]], None]
OnHealth = Callable[[bool, "str | None"], None]


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
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
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
        self._sqlite_insert = SqliteBatchInsert.for_engine(store.engine) if fast_path else None
        lock = self._lock = threading.Lock()
        self._work = threading.Condition(lock)  # the writer waits here for events
        self._done = threading.Condition(lock)  # flush() and receipts wait here
        self._open = CommitBatch(self._done)
        self._full: deque[CommitBatch] = deque()
        self._submitted = 0
        self._committed = 0
        self._closing = False
        self._abandon = False
        self._stopped = False
        self._conn: Connection | None = None
        self.healthy = True
        self.last_error: str | None = None
        self.batches_committed = 0
        self.commit_failures = 0
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
        payload_json = self._encode(event)
        # The bare lock, not the Condition: its Python-level __enter__ costs as
        # much as the rest of this block. notify() only needs the lock held.
        with self._lock:
            if self._closing:
                raise StoreError("The store writer is closed; the event was not stored.")
            batch = self._open
            events = batch.events
            index = len(events)
            events.append(event)
            batch.payloads.append(payload_json)
            self._submitted += 1
            if index + 1 >= self._max_batch:
                self._full.append(batch)
                self._open = CommitBatch(self._done)
                self._work.notify()
            elif index == 0:
                self._work.notify()
        return CommitReceipt(batch, index)

    def submit_group(self, events: Sequence[NewEvent], guard: Guard) -> list[CommitReceipt]:
        """Queue ``events`` to be appended together, only if ``guard`` passes at commit.

        ``guard(connection)`` runs on the writer thread inside the commit's
        transaction, after the log's lock is taken and every earlier event
        (this process's or another's) is projected; it returns None to append
        the group or a reason to refuse it. A refused group appends nothing:
        its receipts fail with ``GuardRefused(reason)``. This is how two
        positions acting on the same unit at once end with one winner.
        """
        if not events:
            return []
        encoded = [(event, self._encode(event)) for event in events]
        receipts: list[CommitReceipt] = []
        with self._lock:
            if self._closing:
                raise StoreError("The store writer is closed; the event was not stored.")
            batch = self._open
            if batch.events and len(batch.events) + len(encoded) > self._max_batch:
                self._full.append(batch)
                batch = self._open = CommitBatch(self._done)
            first = len(batch.events)
            for event, payload_json in encoded:
                receipts.append(CommitReceipt(batch, len(batch.events)))
                batch.events.append(event)
                batch.payloads.append(payload_json)
            if batch.guards is None:
                batch.guards = []
            batch.guards.append((first, len(batch.events), guard))
            self._submitted += len(encoded)
            if len(batch.events) >= self._max_batch:
                self._full.append(batch)
                self._open = CommitBatch(self._done)
            self._work.notify()
        return receipts

    @staticmethod
    def _encode(event: NewEvent) -> str | None:
        if event.rx_time.tzinfo is None:
            raise ValueError(f"{event.kind} event has a naive rx_time; the store needs UTC")
        if event.payload is None:
            return None
        try:
            return canonical_json(event.payload)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{event.kind} event payload is not JSON: {exc}") from exc

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until all events submitted before this call are committed."""
        with self._done:
            target = self._submitted
            return self._done.wait_for(
                lambda: self._committed >= target or self._stopped, timeout
            ) and (self._committed >= target)

    def close(self, timeout: float | None = None) -> bool:
        """Flush, stop the thread and release the store; False if events were left unstored.

        If the flush does not finish within ``timeout`` the writer gives up:
        every receipt still pending fails with ``StoreError``.
        """
        with self._work:
            already = self._closing
            self._closing = True
            self._work.notify_all()
        if already:
            self._thread.join(timeout)
            return self.pending == 0
        flushed = self.flush(timeout)
        if not flushed:
            with self._work:
                self._abandon = True
                self._work.notify_all()
        self._thread.join()
        self._store.detach_writer()
        return flushed

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
            while not self._full and not self._open.events:
                if self._closing:
                    return None
                self._work.wait()
            if not self._full and not self._closing and self._window_s > 0:
                deadline = time.monotonic() + self._window_s
                while not self._full and not self._closing:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._work.wait(remaining)
            if self._full:
                return self._full.popleft()
            batch = self._open
            self._open = CommitBatch(self._done)
            return batch

    def _run(self) -> None:
        batch: CommitBatch | None = None
        delay = self._retry_delay_s
        try:
            while True:
                if batch is None:
                    batch = self._take_batch()
                    if batch is None:
                        return
                started = time.thread_time()
                try:
                    self._commit(batch)
                except Exception as exc:
                    self._failed(batch, exc, delay)
                    with self._work:
                        if self._work.wait_for(lambda: self._abandon, delay):
                            return
                    delay = min(delay * 2, self._max_retry_delay_s)
                    continue
                delay = self._retry_delay_s
                if not self.healthy:
                    _LOGGER.warning("store commits succeed again; the held events are stored")
                    self._set_health(True, None)
                self._acknowledge(batch)
                self.busy_cpu_s += time.thread_time() - started
                batch = None
        except Exception:
            _LOGGER.exception("store writer thread crashed")
        finally:
            self._finish(batch)

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

    def _commit(self, batch: CommitBatch) -> None:
        if batch.guards:
            self._commit_guarded(batch)
            return
        if batch.prepared is None:
            # Hashed before taking the lock: with one writer the head is unchanged.
            batch.prepared = self._prepare(batch)
        conn = self._connection()
        with conn.begin():
            # Other processes (positions, a recorder) may append to the same log:
            # take the log's write lock, then continue the chain from its real head.
            lock_for_writing(conn, EVENT_LOG_LOCK)
            if self._read_head(conn):
                batch.prepared = self._prepare(batch)
            first_seq, flat, rows, stored, last_hash = batch.prepared
            self._append(conn, flat, rows, stored)
            self._notify(conn, stored[-1].seq)
        # Only a committed batch moves the chain forward; a failed one is redone.
        self._last_seq = stored[-1].seq
        self._last_hash = last_hash
        batch.first_seq = first_seq
        batch.stored = list(stored)

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

    def _commit_guarded(self, batch: CommitBatch) -> None:
        """Append segment by segment, so each guard sees everything before it projected."""
        assert batch.guards is not None
        conn = self._connection()
        outcome: list[StoredEvent | None] = [None] * len(batch.events)
        refused: dict[int, GuardRefused] = {}
        with conn.begin():
            lock_for_writing(conn, EVENT_LOG_LOCK)
            self._read_head(conn)
            seq, prev_hash = self._last_seq, self._last_hash
            for start, end, guard in self._segments(batch):
                if guard is not None:
                    reason = guard(conn)
                    if reason is not None:
                        error = GuardRefused(reason)
                        for index in range(start, end):
                            refused[index] = error
                        continue
                _, flat, rows, stored, prev_hash = number_and_hash(
                    batch.events[start:end],
                    batch.payloads[start:end],
                    seq + 1,
                    prev_hash,
                    sqlite_values=self._sqlite_insert is not None,
                )
                self._append(conn, flat, rows, stored)
                outcome[start:end] = stored
                seq = stored[-1].seq
            if seq != self._last_seq:
                self._notify(conn, seq)
        self._last_seq, self._last_hash = seq, prev_hash
        batch.stored = outcome
        batch.refused = refused or None

    @staticmethod
    def _segments(batch: CommitBatch) -> list[tuple[int, int, Guard | None]]:
        assert batch.guards is not None
        segments: list[tuple[int, int, Guard | None]] = []
        at = 0
        for start, end, guard in batch.guards:
            if start > at:
                segments.append((at, start, None))
            segments.append((start, end, guard))
            at = end
        if at < len(batch.events):
            segments.append((at, len(batch.events), None))
        return segments

    def _prepare(self, batch: CommitBatch) -> PreparedBatch:
        """Number and hash the batch after the current head; build its rows."""
        return number_and_hash(
            batch.events,
            batch.payloads,
            self._last_seq + 1,
            self._last_hash,
            sqlite_values=self._sqlite_insert is not None,
        )

    def _failed(self, batch: CommitBatch, exc: Exception, delay: float) -> None:
        self.commit_failures += 1
        self._drop_connection()
        message = f"Cannot write to the store at {self._store.where}: {exc}"
        _LOGGER.error(
            "STORE COMMIT FAILED for %d events (seq %d..): %s; keeping them and retrying in %.1f s",
            len(batch.events),
            self._last_seq + 1,
            exc,
            delay,
            exc_info=exc if self.healthy else None,
        )
        if self.healthy or message != self.last_error:
            self._set_health(False, message)

    def _set_health(self, healthy: bool, error: str | None) -> None:
        self.healthy = healthy
        self.last_error = error
        if self._on_health is not None:
            try:
                self._on_health(healthy, error)
            except Exception:
                _LOGGER.exception("on_health callback failed")

    def _acknowledge(self, batch: CommitBatch) -> None:
        batch.resolve()
        with self._done:
            self._committed += len(batch.events)
            self.batches_committed += 1
            self._done.notify_all()
        if self._on_committed is not None:
            try:
                assert batch.stored is not None
                stored = batch.stored
                if batch.refused:
                    stored = [event for event in stored if event is not None]
                if stored:
                    self._on_committed(stored)  # type: ignore[arg-type]
            except Exception:
                _LOGGER.exception("on_committed callback failed")

    def _finish(self, in_flight: CommitBatch | None) -> None:
        self._drop_connection()
        with self._work:
            self._stopped = True
            self._closing = True  # a crashed writer refuses new events too
            left = [] if in_flight is None else [in_flight]
            left.extend(self._full)
            if self._open.events:
                left.append(self._open)
            self._full.clear()
            self._open = CommitBatch(self._done)
            lost = self._submitted - self._committed
            self._done.notify_all()
        if lost:
            _LOGGER.critical("store writer stopped with %d events NOT stored", lost)
        error = StoreError(
            f"The store writer gave up before the event was stored in {self._store.where}"
            + (f": {self.last_error}" if self.last_error else ".")
        )
        for batch in left:
            batch.resolve(error)
