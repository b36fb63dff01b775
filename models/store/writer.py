"""Group-commit writer: the only path that appends to the event log.

Contract:
- One dedicated thread owns all writes; ``submit(NewEvent)`` is cheap and
  thread-safe (call it from the event loop or any thread) and returns a
  ``concurrent.futures.Future[StoredEvent]``.
- The thread takes what is queued, waits at most ``window_s`` after the first
  event for more (up to ``max_batch``), assigns gapless ``seq`` and chained
  hashes continuing from the log, inserts the batch with one executemany and
  runs the projections in the same transaction, commits (durable: SQLite
  ``synchronous=FULL``), and only then resolves the futures and calls
  ``on_committed(batch)`` on the writer thread.
- Events are committed in submission order. If a commit fails, the batch's
  futures get a ``StoreError`` right away (so callers do not acknowledge),
  but the events stay in memory and are retried with backoff ahead of
  everything submitted later, so order and the chain are preserved; once they
  commit, ``on_committed`` and ``flush`` see them.
- A payload that is not JSON-serialisable, or a naive ``rx_time``, is refused
  by ``submit`` with ``ValueError``: it never reaches (or blocks) the writer.
- On SQLite the batch is bound with pre-encoded values straight to the
  driver (``fast_path``, see ``models.store.fastinsert``); elsewhere through
  Core. Both store identical rows.
- ``flush(timeout)`` waits until everything submitted so far is committed;
  ``close(timeout)`` flushes and stops. Only one writer per ``Store``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import insert

from models.store.chain import hash_fields
from models.store.engine import Store, StoreError
from models.store.events import NewEvent, StoredEvent, canonical_json
from models.store.fastinsert import SqliteBatchInsert, sqlite_datetime_text
from models.store.schema import PreEncodedJSON, events_table

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)

OnCommitted = Callable[[list[StoredEvent]], None]


class _Pending(NamedTuple):
    event: NewEvent
    payload_json: str | None
    future: Future[StoredEvent]


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
        self._projections = projections
        self._retry_delay_s = retry_delay_s
        self._max_retry_delay_s = max_retry_delay_s
        self._sqlite_insert = SqliteBatchInsert.for_engine(store.engine) if fast_path else None
        lock = threading.Lock()
        self._work = threading.Condition(lock)  # the writer waits here for events
        self._done = threading.Condition(lock)  # flush() waits here for commits
        self._queue: deque[_Pending] = deque()
        self._submitted = 0
        self._committed = 0
        self._closing = False
        self._abandon = False
        self._stopped = False
        self.batches_committed = 0
        self.commit_failures = 0
        store.attach_writer()
        try:
            self._last_seq, self._last_hash = store.last_seq_and_hash()
        except Exception:
            store.detach_writer()
            raise
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()

    # -- any thread -------------------------------------------------------

    def submit(self, event: NewEvent) -> Future[StoredEvent]:
        """Queue ``event``; the future resolves with its ``StoredEvent`` after commit."""
        if event.rx_time.tzinfo is None:
            raise ValueError(f"{event.kind} event has a naive rx_time; the store needs UTC")
        payload_json = None
        if event.payload is not None:
            try:
                payload_json = canonical_json(event.payload)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{event.kind} event payload is not JSON: {exc}") from exc
        future: Future[StoredEvent] = Future()
        with self._work:
            if self._closing:
                raise StoreError("The store writer is closed; the event was not stored.")
            self._queue.append(_Pending(event, payload_json, future))
            self._submitted += 1
            queued = len(self._queue)
            if queued == 1 or queued >= self._max_batch:
                self._work.notify()
        return future

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until all events submitted before this call are committed."""
        with self._done:
            target = self._submitted
            return self._done.wait_for(
                lambda: self._committed >= target or self._stopped, timeout
            ) and (self._committed >= target)

    def close(self, timeout: float | None = None) -> bool:
        """Flush, stop the thread and release the store; False if events were left unstored."""
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

    def _take_batch(self) -> list[_Pending] | None:
        with self._work:
            while not self._queue:
                if self._closing:
                    return None
                self._work.wait()
            if len(self._queue) < self._max_batch and not self._closing:
                deadline = time.monotonic() + self._window_s
                while len(self._queue) < self._max_batch and not self._closing:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._work.wait(remaining)
            queue = self._queue
            return [queue.popleft() for _ in range(min(len(queue), self._max_batch))]

    def _run(self) -> None:
        retry: list[_Pending] | None = None
        delay = self._retry_delay_s
        try:
            while True:
                batch = retry if retry is not None else self._take_batch()
                if batch is None:
                    return
                try:
                    stored = self._commit(batch)
                except Exception as exc:
                    self.commit_failures += 1
                    _LOGGER.error(
                        "STORE COMMIT FAILED for %d events (seq %d..): %s; "
                        "keeping them and retrying in %.1f s",
                        len(batch),
                        self._last_seq + 1,
                        exc,
                        delay,
                        exc_info=exc,
                    )
                    error = StoreError(
                        f"Could not store the event in {self._store.where}: {exc}. "
                        "It is kept in memory and retried; it is not acknowledged yet."
                    )
                    for item in batch:
                        if not item.future.done():
                            item.future.set_exception(error)
                    retry = batch
                    with self._work:
                        if self._work.wait_for(lambda: self._abandon, delay):
                            return
                    delay = min(delay * 2, self._max_retry_delay_s)
                    continue
                retry = None
                delay = self._retry_delay_s
                self._acknowledge(batch, stored)
        except Exception:
            _LOGGER.exception("store writer thread crashed")
        finally:
            self._finish()

    def _commit(self, batch: list[_Pending]) -> list[StoredEvent]:
        seq = self._last_seq
        prev_hash = self._last_hash
        fast = self._sqlite_insert is not None
        rows: list[Any] = []
        stored: list[StoredEvent] = []
        for event, payload_json, _future in batch:
            seq += 1
            rx_time = event.rx_time
            if rx_time.tzinfo is not UTC:
                rx_time = rx_time.astimezone(UTC)
            iso = rx_time.isoformat(timespec="microseconds")
            source, kind, raw, error = event.source, event.kind, event.raw, event.error
            digest = hash_fields(prev_hash, seq, iso, source, kind, payload_json, raw, error)
            if fast:
                rows.extend(
                    (
                        seq,
                        sqlite_datetime_text(iso),
                        source,
                        kind,
                        payload_json,
                        raw,
                        error,
                        prev_hash,
                        digest,
                    )
                )
            else:
                rows.append(
                    {
                        "seq": seq,
                        "rx_time": rx_time,
                        "source": source,
                        "kind": kind,
                        "payload": None if payload_json is None else PreEncodedJSON(payload_json),
                        "raw": raw,
                        "error": error,
                        "prev_hash": prev_hash,
                        "hash": digest,
                    }
                )
            stored.append(
                StoredEvent(source, kind, rx_time, event.payload, raw, error, seq, digest)
            )
            prev_hash = digest
        with self._store.engine.begin() as conn:
            if self._sqlite_insert is not None:
                self._sqlite_insert.execute(conn, rows)
            else:
                conn.execute(insert(events_table), rows)
            self._projections.apply(conn, stored)
        # Only a committed batch moves the chain forward; a failed one is redone as is.
        self._last_seq = seq
        self._last_hash = prev_hash
        return stored

    def _acknowledge(self, batch: list[_Pending], stored: list[StoredEvent]) -> None:
        for item, result in zip(batch, stored, strict=True):
            if not item.future.done():
                item.future.set_result(result)
        with self._done:
            self._committed += len(batch)
            self.batches_committed += 1
            self._done.notify_all()
        if self._on_committed is not None:
            try:
                self._on_committed(stored)
            except Exception:
                _LOGGER.exception("on_committed callback failed")

    def _finish(self) -> None:
        with self._work:
            self._stopped = True
            left = list(self._queue)
            self._queue.clear()
            lost = self._submitted - self._committed
            self._done.notify_all()
        if lost:
            _LOGGER.critical("store writer stopped with %d events NOT stored", lost)
        error = StoreError("The store writer stopped before the event was stored.")
        for item in left:
            if not item.future.done():
                item.future.set_exception(error)
