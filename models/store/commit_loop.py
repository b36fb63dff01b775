"""The writer thread: takes batches from the backlog and commits each whole, whatever fails.

Contract:
- ``CommitLoop(backlog, committer, health, spill, on_committed, window_s,
  reject_after)`` owns the thread ``thread`` ("store-writer", a daemon; the
  facade starts it). The thread first appends the store's spill files
  (``WriterSpill.replay``) when ``backlog.replaying``, then takes batch after
  batch (``Backlog.take``) until the backlog is closed and empty, or
  abandoned. The window it gives ``take`` is ``window``
  (``models.store.commit_window.CommitWindow`` from ``window_s``): grown while
  a storm fills batch after batch, back to ``window_s`` when it is over.
- ``settle(batch)`` commits all of ``batch`` or returns when abandoned:
  the whole batch in one transaction (``BatchCommitter.commit_range``);
  when that fails for content, the range in parts
  (``models.store.isolation``) so content never blocks the log; while the
  database is unavailable (``models.store.failures.is_unavailable``), the
  same events are retried after ``WriterHealth.back_off``, ahead of
  everything submitted later, so order and the chain are preserved.
- After each commit, and only then: receipts resolve (``settle(upto)`` for
  part of a batch, ``resolve()`` for the rest; callbacks run here, in
  submission order), the backlog counts the events committed (``flush``
  waits on that, so once it returns every receipt it covered is resolved),
  health recovers, and ``on_committed(stored_events)`` is called (an
  exception it raises is logged). A resolved batch keeps only what its
  receipts read.
- ``busy_cpu_s``: the thread CPU time spent in successful commits.
- If the thread ends with work left without being abandoned (it crashed:
  logged as "store writer thread crashed"), what it held is spilled
  (``WriterSpill.spill_remaining``); either way the backlog is stopped, so
  ``submit`` refuses and ``flush`` returns.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from models.store.backlog import Backlog
from models.store.commit import Abandoned, BatchCommitter
from models.store.commit_window import CommitWindow
from models.store.events import StoredEvent
from models.store.failures import is_unavailable
from models.store.health import WriterHealth
from models.store.isolation import Isolator, unit_end
from models.store.pressure import event_bytes
from models.store.receipt import CommitBatch
from models.store.writer_spill import WriterSpill

_LOGGER = logging.getLogger(__name__)

OnCommitted = Callable[[list[StoredEvent]], None]


class CommitLoop:
    """The one thread that writes: batches in, durable commits and resolved receipts out."""

    def __init__(
        self,
        backlog: Backlog,
        committer: BatchCommitter,
        health: WriterHealth,
        spill: WriterSpill,
        on_committed: OnCommitted | None,
        window_s: float,
        reject_after: int,
    ) -> None:
        self._backlog = backlog
        self._committer = committer
        self._health = health
        self._spill = spill
        self._on_committed = on_committed
        self.window = CommitWindow(window_s)
        self.isolator = Isolator(backlog.lock, self.attempt, health, reject_after)
        self.busy_cpu_s = 0.0  # CPU the thread spent committing (diagnostics, benchmarks)
        self.thread = threading.Thread(target=self.run, name="store-writer", daemon=True)

    def run(self) -> None:
        backlog = self._backlog
        try:
            if backlog.replaying:
                self._spill.replay(self.settle, self.back_off)
            while not backlog.abandon:
                batch = backlog.take(self.window.seconds)
                if batch is None:
                    return
                self.window.taken(len(batch.events))
                self.settle(batch)
                backlog.release_current(batch)
                # Not kept while waiting for the next one: its events are the caller's now.
                del batch
        except Exception:
            _LOGGER.exception("store writer thread crashed")
        finally:
            self._finish()

    def _finish(self) -> None:
        self._committer.drop_connection()
        if self._backlog.holds_unsettled():
            self._spill.spill_remaining("the store writer thread stopped unexpectedly", self.thread)
        self._backlog.stop()

    # -- committing, in parts when content fails ---------------------------

    def settle(self, batch: CommitBatch) -> None:
        """Commit all of ``batch`` (isolating content that cannot be stored) or until abandoned."""
        backlog = self._backlog
        n = len(batch.events)
        while batch.settled < n and not batch._resolved():
            if backlog.abandon:
                return
            start = batch.settled
            end = unit_end(batch, start) if batch.strikes and start in batch.strikes else n
            started = time.thread_time()
            try:
                self.attempt(batch, start, end)
                self.busy_cpu_s += time.thread_time() - started
                continue
            except Abandoned:
                return
            except Exception as exc:
                failure: BaseException | None = exc
            if backlog.abandon:
                return
            assert failure is not None
            if not is_unavailable(failure):
                try:
                    failure = self.isolator.isolate(batch, start, end, failure)
                except Abandoned:
                    return
                if failure is None:
                    continue
            if not self.back_off(batch, failure):
                return

    def attempt(self, batch: CommitBatch, start: int, end: int) -> None:
        """Commit events ``[start, end)`` of ``batch`` in one transaction and settle them."""
        committer = self._committer
        try:
            outcome, refused = committer.commit_range(batch, start, end)
        except BaseException:
            committer.clear_in_flight()
            committer.drop_connection()
            raise
        # Cleared only once settled: until then a spill marks these events "in doubt".
        self._progress(batch, start, end, outcome, refused)
        committer.clear_in_flight()

    def back_off(self, batch: CommitBatch | None, exc: BaseException) -> bool:
        """Report the failure and wait before retrying; False if told to stop meanwhile."""
        backlog = self._backlog
        self._committer.drop_connection()
        return self._health.back_off(
            exc,
            0 if batch is None else len(batch.events) - batch.settled,
            self._committer.last_seq + 1,
            backlog.work,
            lambda: backlog.abandon,
        )

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
        self.isolator.committed()
        self._health.recovered()
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
        self._backlog.record_commit(batch, end - start, released)
        if self._on_committed is not None:
            stored = [event for event in outcome if event is not None]
            if stored:
                try:
                    self._on_committed(stored)  # type: ignore[arg-type]
                except Exception:
                    _LOGGER.exception("on_committed callback failed")
