"""Committing one range of a batch: the log's lock, the real head, numbering, guarded groups.

Contract:
- ``BatchCommitter(store, projections, fast_path, backlog, head)`` is used
  by the writer thread only (``interrupt`` excepted; a spill reads
  ``in_flight`` and the head under the backlog's lock) and keeps its one
  connection (``connection()``; ``drop_connection()`` after any failure, as
  the old one may be broken).
- ``commit_range(batch, start, end) -> (outcome, refused)`` appends events
  ``[start, end)`` of ``batch`` in ONE transaction: takes the log's write lock
  (``models.store.locking``, so several processes may write one database),
  reads the real head and, if another process moved it (counted in
  ``foreign_appends``), numbers and hashes again from there
  (``models.store.batch_rows``), so ``seq`` stays gapless and the chain
  single; inserts (pre-encoded straight to the SQLite driver with
  ``fast_path``, see ``models.store.fastinsert``; else through Core: both
  store identical rows), runs the projections, records spill-replay progress
  (``batch.spill``) and, on PostgreSQL, NOTIFYs ``dispatch_events`` for the
  followers, naming the commit's last seq and this committer's ``origin``.
  Only a committed transaction moves ``last_seq``/``last_hash`` and
  ``committed_seq`` (the newest seq of this writer's own events);
  a failed one raises and is redone from the same head. ``outcome[i]`` is
  the ``StoredEvent`` of event ``start + i`` (None where its guarded group
  was refused); ``refused`` maps event indices to ``GuardRefused``, or is None.
- A batch with guarded groups (``batch.guards``) is appended segment by
  segment, so each guard sees everything before it projected; a refused
  group appends nothing. A ``RejectedGroup`` stands for the guard of a group
  already turned into rejected rows: appended as they are, its receipts
  refused with ``GuardRefused`` naming the rows' seq (``rejected_reason``: a
  ``models.refusal.Reason``, English as ``str``, translated where shown).
- Rows about to be inserted are listed in ``in_flight`` (under the backlog's
  lock) until the caller has settled them (``clear_in_flight``): a spill
  written meanwhile marks them "in doubt" with the seq and hash they would
  have. Once the backlog is abandoned (``close`` gave up) no new row is
  registered: ``Abandoned`` is raised and the transaction rolls back.
- ``interrupt()``, from any thread: breaks the database call the writer is
  stuck in (sqlite3 ``interrupt``, psycopg ``cancel``), if any.

Speed (tests/benchmarks/bench_ingest.py): the thread keeps one connection,
holds the GIL only for the per-event Python work (hash, row values), and
hands SQLite few large statements so it works with the GIL released while
the event loop decodes on the other core. A whole batch is numbered and
hashed before the lock is taken: with one writer the head is unchanged.
"""

from __future__ import annotations

import logging
import secrets
import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, text

from models.refusal import QT_TRANSLATE_NOOP, Reason, Text, reason
from models.store import queries, spill
from models.store.batch_rows import number_and_hash
from models.store.events import StoredEvent
from models.store.fastinsert import SqliteBatchInsert
from models.store.follow import EVENTS_CHANNEL, notify_payload
from models.store.locking import EVENT_LOG_LOCK, lock_for_writing
from models.store.receipt import CommitBatch, Guard, GuardRefused, PreparedBatch
from models.store.schema import events_table

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry
    from models.store.backlog import Backlog
    from models.store.engine import Store

_LOGGER = logging.getLogger(__name__)

CLOSE_GRACE_S = 1.0  # for the thread to leave a database call once told to stop

Outcome = tuple[list[StoredEvent | None], dict[int, BaseException] | None]


class Abandoned(Exception):
    """close() gave up while this transaction was being built: do not commit it."""


def rejected_reason(why: str, first: int, last: int) -> Reason:
    """Why a group stored as rejected rows was refused: English as ``str``, translated
    where the console shows it (``models.refusal.reason``; the store's ``why`` as text)."""
    return reason(
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The store could not take this action ({why}); it is kept in the log as"
            " rejected event(s) {first}..{last}, not applied.",
        ),
        why=Text(why),
        first=first,
        last=last,
    )


class RejectedGroup:
    """Stands for the guard of a group stored as rejected rows: refuse its receipts, append it."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __call__(self, conn: Any) -> str | None:  # never run: the writer appends the rows
        return None


class BatchCommitter:
    """Appends ranges of batches to the log, one transaction each, continuing the chain."""

    def __init__(
        self,
        store: Store,
        projections: ProjectionRegistry,
        fast_path: bool,
        backlog: Backlog,
        head: tuple[int, str],
    ) -> None:
        self._store = store
        self._projections = projections
        self._backlog = backlog
        self._sqlite_insert = SqliteBatchInsert.for_engine(store.engine) if fast_path else None
        self.last_seq, self.last_hash = head
        # The newest seq of an event of ours committed (read by a follower's thread).
        self.committed_seq = 0
        self.conn: Connection | None = None
        # (batch, first index, rows, guarded) appended in the transaction now running.
        self.in_flight: list[tuple[CommitBatch, int, list[StoredEvent], bool]] = []
        self.in_db = False
        self.foreign_appends = 0  # commits that found another process's events first
        # Named in every NOTIFY this committer sends: a follower of this process knows
        # the commit as its own (offered already) and does not read it back.
        self.origin = secrets.token_hex(8)

    # -- the connection -----------------------------------------------------

    def connection(self) -> Connection:
        conn = self.conn
        if conn is None:
            conn = self.conn = self._store.engine.connect()
        return conn

    def drop_connection(self) -> None:
        """After a failure start over on a new connection: the old one may be broken."""
        conn, self.conn = self.conn, None
        if conn is None:
            return
        try:
            conn.invalidate()
            conn.close()
        except Exception:
            _LOGGER.debug("closing the failed store connection", exc_info=True)

    def interrupt(self) -> None:
        """Break the database call the writer thread is stuck in, if any (off this thread)."""
        if not self.in_db:
            return
        conn = self.conn
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

    def clear_in_flight(self) -> None:
        with self._backlog.lock:
            self.in_flight = []

    # -- one transaction ----------------------------------------------------

    def commit_range(self, batch: CommitBatch, start: int, end: int) -> Outcome:
        if batch.guards:
            return self._commit_guarded(batch, start, end)
        whole = start == 0 and end == len(batch.events)
        if whole and batch.prepared is None:
            # Hashed before taking the lock: with one writer the head is unchanged.
            batch.prepared = self._prepare(batch, 0, end)
        conn = self.connection()
        self.in_db = True
        try:
            with conn.begin():
                # Other processes (positions, a recorder) may append to the same log:
                # take the log's write lock, then continue the chain from its real head.
                lock_for_writing(conn, EVENT_LOG_LOCK)
                moved = self._read_head(conn)
                if not whole:
                    prepared = self._prepare(batch, start, end)
                else:
                    if moved or batch.prepared is None or batch.prepared[0] != self.last_seq + 1:
                        batch.prepared = self._prepare(batch, 0, end)
                    prepared = batch.prepared
                _, flat, rows, stored, last_hash = prepared
                self._register(batch, start, stored, False)
                self._append(conn, flat, rows, stored)
                if batch.spill is not None:
                    spill.write_progress(conn, batch.spill[0], batch.spill[1][end - 1] + 1)
                self._notify(conn, stored[-1].seq, self.origin)
        finally:
            self.in_db = False
        # Only a committed transaction moves the chain forward; a failed one is redone.
        self.last_seq = stored[-1].seq
        self.last_hash = last_hash
        self.committed_seq = self.last_seq
        return list(stored), None

    def _commit_guarded(self, batch: CommitBatch, start: int, end: int) -> Outcome:
        """Append segment by segment, so each guard sees everything before it projected."""
        conn = self.connection()
        outcome: list[StoredEvent | None] = [None] * (end - start)
        refused: dict[int, BaseException] = {}
        self.in_db = True
        try:
            with conn.begin():
                lock_for_writing(conn, EVENT_LOG_LOCK)
                self._read_head(conn)
                seq, prev_hash = self.last_seq, self.last_hash
                for s, e, guard in self._segments(batch, start, end):
                    rejected_group = isinstance(guard, RejectedGroup)
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
                        assert isinstance(guard, RejectedGroup)
                        first, last = stored[0].seq, stored[-1].seq
                        error = GuardRefused(rejected_reason(guard.reason, first, last))
                        for index in range(s, e):
                            refused[index] = error
                    seq = stored[-1].seq
                if batch.spill is not None:
                    spill.write_progress(conn, batch.spill[0], batch.spill[1][end - 1] + 1)
                if seq != self.last_seq:
                    self._notify(conn, seq, self.origin)
        finally:
            self.in_db = False
        self.last_seq, self.last_hash = seq, prev_hash
        if any(stored is not None for stored in outcome):
            self.committed_seq = seq
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
            self.last_seq + 1,
            self.last_hash,
            sqlite_values=self._sqlite_insert is not None,
        )

    def _read_head(self, conn: Connection) -> bool:
        """Continue from the log's real head; True if another process moved it."""
        head = queries.last_seq_and_hash(conn)
        if head == (self.last_seq, self.last_hash):
            return False
        self.foreign_appends += 1
        self.last_seq, self.last_hash = head
        return True

    def _register(
        self, batch: CommitBatch, start: int, stored: list[StoredEvent], guarded: bool
    ) -> None:
        """Note rows about to be inserted (spilled "in doubt" if close gives up meanwhile)."""
        backlog = self._backlog
        with backlog.lock:
            if backlog.abandon:
                raise Abandoned
            self.in_flight.append((batch, start, stored, guarded))

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
    def _notify(conn: Connection, last_seq: int, origin: str) -> None:
        if conn.dialect.name == "postgresql":
            # Delivered to every listening position when (and only if) this commits.
            conn.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": EVENTS_CHANNEL, "payload": notify_payload(last_seq, origin)},
            )
