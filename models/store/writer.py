"""Group-commit writer: the only path that appends to the event log.

Contract:
- One dedicated thread owns all writes; ``submit(NewEvent)`` is cheap and
  thread-safe (call it from the event loop or any thread), never blocks, and
  returns a ``CommitReceipt`` (see ``models.store.receipt``): Future-like
  ``result(timeout)``/``exception(timeout)``/``done()``/
  ``add_done_callback(fn)``, resolving with the event's ``StoredEvent``.
- Submitted events collect into the open batch (at most ``max_batch``). The
  thread takes a full batch at once, or the open one ``window_s`` after it
  saw its first event (``time.monotonic``: wall-clock steps change nothing;
  while a storm fills batch after batch the window grows to
  ``models.store.commit_window.BUSY_WINDOW_S``, fewer commits for the same
  events, and shrinks back after it);
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
  succeed. Beyond a few batches, what is held is packed into one buffer per
  batch (``models.store.packed``), so the memory goes back once it is
  committed. At the cap ``submit`` returns a receipt already failed with
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
- ``committed_seq``: the newest seq of an event this writer committed, set
  as its transaction commits, before ``on_committed`` runs (a follower fed by
  ``on_committed`` knows from it which changes to the log are its own).
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

Inside (each module states its part of this contract): ``backlog`` (the
queue, counts and life flags, under one lock; ``pressure.PressureGauge``
for the caps), ``commit_loop`` (the writer thread), ``commit`` (one
transaction: the log's lock, the head, numbering, guarded groups; why it is
fast), ``isolation`` (bisecting to the unit that fails alone, rejected
rows), ``health`` (failures reported, backoff, recovery), ``writer_spill``
(replay at start, spill at a stop). This module wires them and is the only
public face. Each logs under its own name: configure ``models.store`` to
cover all the writer says.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from models.store import content, spill
from models.store.backlog import Backlog
from models.store.commit import CLOSE_GRACE_S, BatchCommitter, RejectedGroup
from models.store.commit_loop import CommitLoop, OnCommitted
from models.store.engine import Store
from models.store.events import NewEvent
from models.store.health import OnHealth, WriterHealth
from models.store.isolation import REJECT_AFTER
from models.store.pressure import DropSummary, OnPressure, WriterLimits, event_bytes
from models.store.receipt import CommitReceipt, Guard
from models.store.writer_spill import WriterSpill

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

CLOSE_STALL_S = 10.0  # close() without a timeout gives up this long after the last commit


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
        self._close_stall_s = close_stall_s
        self.limits = limits = limits if limits is not None else WriterLimits()
        self.spill_dirs: list[Path] = (
            list(spill_dirs) if spill_dirs is not None else spill.spill_dirs(store)
        )
        self._backlog = backlog = Backlog(max_batch, limits, on_pressure, store.where)
        backlog.replaying = replay_spill and bool(self.spill_dirs)
        self._health = health = WriterHealth(store, on_health, retry_delay_s, max_retry_delay_s)
        store.attach_writer()
        try:
            head = store.last_seq_and_hash()
            committer = BatchCommitter(store, projections, fast_path, backlog, head)
        except Exception:
            store.detach_writer()
            raise
        self._committer = committer
        self._spill = WriterSpill(store, self.spill_dirs, backlog, committer, health)
        self._loop = CommitLoop(
            backlog, committer, health, self._spill, on_committed, window_s, reject_after
        )
        self._thread = self._loop.thread
        self._thread.start()

    # -- any thread -------------------------------------------------------

    def submit(self, event: NewEvent) -> CommitReceipt:
        """Queue ``event``; its receipt resolves with the ``StoredEvent`` after commit."""
        event, payload_json, _rejection = content.prepare(event)
        return self._backlog.admit(event, payload_json, event_bytes(event, payload_json))

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
            guard = RejectedGroup(rejection)
        encoded = [(event, payload_json) for event, payload_json, _ in prepared]
        sizes = [event_bytes(event, payload_json) for event, payload_json in encoded]
        return self._backlog.admit_group(encoded, sizes, guard)

    def note_dropped(self, summary: DropSummary) -> None:
        """Record what a link dropped (e.g. datagrams shed under pressure); stored as one event.

        Summaries of one source merge until the writer can commit: then one
        ``link.dropped`` event per source (count, bytes, first/last receive
        time, reason) is appended. The writer copies ``summary``: reuse it.
        """
        self._backlog.note_dropped(summary)

    def add_pressure_listener(self, listener: OnPressure) -> Callable[[], None]:
        """Call ``listener(pressure)`` on each change; returns the function that removes it."""
        return self._backlog.gauge.add_listener(listener)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until all events submitted before this call are committed."""
        return self._backlog.flushed(timeout)

    def close(self, timeout: float | None = None) -> bool:
        """Flush, stop the thread and release the store; False if events were left uncommitted.

        Returns within ``timeout`` (plus writing the spill) or, without one,
        ``close_stall_s`` after the last successful commit. Events not
        committed by then are written to the spill file and their receipts
        fail with ``EventSpilled``; the next writer on this store appends them.
        """
        backlog = self._backlog
        if backlog.begin_close():
            self._thread.join(timeout)
            if not self._thread.is_alive():
                self._store.detach_writer()  # e.g. closing a writer whose thread crashed
            return self.pending == 0
        grace = CLOSE_GRACE_S if timeout is None else min(CLOSE_GRACE_S, timeout / 4)
        deadline = None if timeout is None else time.monotonic() + timeout
        flushed = backlog.wait_settled(deadline, grace, self._close_stall_s)
        if not flushed:
            backlog.abandon_now()
            self._committer.interrupt()
            left = grace if deadline is None else max(deadline - time.monotonic(), 0.0)
            self._thread.join(max(left, 0.05))
            self._spill.spill_remaining(
                "the writer was closed while the store could not commit", self._thread
            )
            flushed = self.pending == 0
        else:
            left = grace if deadline is None else deadline - time.monotonic()
            self._thread.join(max(left, grace))
        backlog.gauge.release()
        self._store.detach_writer()
        return flushed

    def __enter__(self) -> GroupCommitWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state and diagnostics (see the module's contract) -------------------

    @property
    def pending(self) -> int:
        """Events submitted but not yet committed."""
        return self._backlog.pending

    @property
    def held_bytes(self) -> int:
        return self._backlog.held_bytes

    @property
    def pressure(self) -> bool:
        return self._backlog.gauge.pressure

    @property
    def healthy(self) -> bool:
        return self._health.healthy

    @property
    def last_error(self) -> str | None:
        return self._health.last_error

    @property
    def batches_committed(self) -> int:
        return self._backlog.batches_committed

    @property
    def commit_failures(self) -> int:
        return self._health.commit_failures

    @property
    def rejected_events(self) -> int:
        return self._loop.isolator.rejected_events

    @property
    def dropped_events(self) -> int:
        return self._backlog.gauge.dropped_events

    @property
    def spilled_events(self) -> int:
        return self._spill.spilled_events

    @property
    def replayed_events(self) -> int:
        return self._spill.replayed_events

    @property
    def spill_path(self) -> Path | None:
        return self._spill.spill_path

    @property
    def busy_cpu_s(self) -> float:
        """CPU the thread spent committing (diagnostics, benchmarks)."""
        return self._loop.busy_cpu_s

    @property
    def committed_seq(self) -> int:
        """The newest seq of an event this writer committed (0: none yet); any thread."""
        return self._committer.committed_seq

    @property
    def notify_origin(self) -> str:
        """Named in this writer's NOTIFYs, so its own followers skip them."""
        return self._committer.origin

    @property
    def foreign_appends(self) -> int:
        """Commits that found another process's events first."""
        return self._committer.foreign_appends
