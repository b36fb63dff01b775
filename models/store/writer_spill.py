"""The writer's side of the spill file: old spills appended first, what is left spilled at a stop.

The file format, where spill files live and the replay progress records are
``models.store.spill``; this module is what the group-commit writer does
with them.

Contract:
- ``WriterSpill(store, dirs, backlog, committer, health)``.
- ``replay(settle, back_off)`` runs first on the writer thread: every spill
  file of the store (``dirs``), oldest first, is appended to the log in
  order, in batches of ``max_batch`` committed by ``settle`` (as the
  writer's own ``internal`` batches: no receipt waits on them), exactly
  once: the progress is committed with the events (``batch.spill``) and
  events spilled "in doubt" whose (seq, hash) is in the log already are
  skipped, checked under the log's lock. Guarded operator actions are
  appended as rejected rows (``SPILLED_GUARD_REASON``: their checks are
  gone). Then the file is deleted and ``replayed_events`` counts them.
  While the store fails, reading the progress is retried with ``back_off``.
  Events submitted meanwhile wait behind (``Backlog.replaying``); a file
  not finished when the writer stops stays for the next writer.
- ``spill_remaining(reason, thread)``, from ``close`` or the writer thread
  as it ends: abandons the backlog and writes every submitted, uncommitted
  event (and the drop summaries not yet stored) to a new spill file
  (``spill.write_spill``); events of the transaction ``thread`` may still be
  in are written "in doubt" with the seq and hash they would have. Their
  receipts fail with ``EventSpilled`` (``spill_path``, ``spilled_events``),
  or, if the spill cannot be written (or the store is in memory), with a
  ``StoreError`` saying the events are lost; logged CRITICAL either way.
  Runs once at a time; a second call finds nothing left.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from models.store import content, spill
from models.store.commit import RejectedGroup
from models.store.engine import StoreError
from models.store.failures import describe
from models.store.locking import EVENT_LOG_LOCK, lock_for_writing
from models.store.receipt import CommitBatch
from models.store.schema import events_table
from models.store.spill import EventSpilled, SpillEvent, SpillFile

if TYPE_CHECKING:
    from models.store.backlog import Backlog
    from models.store.commit import BatchCommitter
    from models.store.engine import Store
    from models.store.events import StoredEvent
    from models.store.health import WriterHealth

_LOGGER = logging.getLogger(__name__)

SPILLED_GUARD_REASON = (
    "an operator action the writer could not commit before it stopped; "
    "its check could not be repeated later, so it is kept but not applied"
)

Settle = Callable[[CommitBatch], None]
BackOff = Callable[["CommitBatch | None", BaseException], bool]
InFlight = list[tuple[CommitBatch, int, "list[StoredEvent]", bool]]


def _spill_items(batches: list[CommitBatch], in_flight: InFlight) -> list[SpillEvent]:
    """The unsettled events of ``batches``, in order; in doubt where ``in_flight`` holds them."""
    doubt: dict[tuple[int, int], tuple[int, str]] = {}
    for flight_batch, first, rows, _ in in_flight:
        for offset, row in enumerate(rows):
            doubt[(id(flight_batch), first + offset)] = (row.seq, row.hash)
    items: list[SpillEvent] = []
    for batch in batches:
        guarded: set[int] = set()
        for s, e, guard in batch.guards or ():
            if not isinstance(guard, RejectedGroup):
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
    return items


class WriterSpill:
    """Appends the store's spill files at start; spills what the writer holds at a stop."""

    def __init__(
        self,
        store: Store,
        dirs: list[Path],
        backlog: Backlog,
        committer: BatchCommitter,
        health: WriterHealth,
    ) -> None:
        self._store = store
        self._dirs = dirs
        self._backlog = backlog
        self._committer = committer
        self._health = health
        self._lock = threading.Lock()
        self.spill_path: Path | None = None
        self.spilled_events = 0
        self.replayed_events = 0

    # -- on start: replay ---------------------------------------------------------

    def replay(self, settle: Settle, back_off: BackOff) -> None:
        try:
            for path in spill.spill_files(self._dirs):
                if self._backlog.abandon:
                    return
                handle = SpillFile.open(path)
                if handle is None:
                    continue
                try:
                    if not self._replay_file(handle, settle, back_off):
                        return
                finally:
                    handle.close()
        finally:
            self._backlog.replayed()

    def _retrying(self, fn: Callable[[Connection], Any], back_off: BackOff) -> tuple[bool, Any]:
        """``fn(conn)`` in a transaction, retried while the store fails; (False, None): stopped."""
        while not self._backlog.abandon:
            try:
                conn = self._committer.connection()
                with conn.begin():
                    return True, fn(conn)
            except Exception as exc:
                if not back_off(None, exc):
                    break
        return False, None

    def _replay_file(self, handle: SpillFile, settle: Settle, back_off: BackOff) -> bool:
        ok, done = self._retrying(lambda conn: spill.read_progress(conn, handle.id), back_off)
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

            ok, present = self._retrying(committed, back_off)
            if not ok:
                return False
            todo = [i for i in todo if i not in present]
        if todo:
            _LOGGER.warning(
                "appending %d events from the spill file %s before any new event",
                len(todo),
                handle.path,
            )
        backlog = self._backlog
        for at in range(0, len(todo), backlog.max_batch):
            chunk = todo[at : at + backlog.max_batch]
            batch = CommitBatch(backlog.done)
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
            backlog.hold_current(batch)
            settle(batch)
            if not batch._resolved():
                return False
            backlog.release_current(batch)
            self.replayed_events += len(chunk)
        handle.remove()
        try:
            conn = self._committer.connection()
            with conn.begin():
                spill.forget_progress(conn, handle.id)
        except Exception:
            self._committer.drop_connection()
            _LOGGER.debug("forgetting spill progress", exc_info=True)
        _LOGGER.warning("spill file %s appended to the log and removed", handle.path)
        return True

    # -- on a stop that could not commit: spill -------------------------------------

    def spill_remaining(self, reason: str, thread: threading.Thread) -> None:
        """Write every submitted, uncommitted event to a spill file and fail its receipt."""
        backlog = self._backlog
        committer = self._committer
        with self._lock:
            with backlog.lock:
                batches = backlog.take_unsettled_locked()
                alive = thread.is_alive() and threading.current_thread() is not thread
                in_flight = list(committer.in_flight) if alive else []
                drops = backlog.gauge.take_drops_locked()
                items = _spill_items(batches, in_flight)
                head = (committer.last_seq, committer.last_hash)
            now = backlog.now()
            for (kind, _source), summary in drops.items():
                event, payload_json, _ = content.prepare(summary.to_event(kind, now))
                items.append(SpillEvent(event, payload_json))
            if not items:
                return
            last_error = self._health.last_error
            last = f": {last_error}" if last_error else "."
            where = self._store.where
            try:
                if not self._dirs:
                    raise OSError("this store has no place for a spill (an in-memory database)")
                path = spill.write_spill(
                    self._dirs,
                    items,
                    store_where=where,
                    purpose=self._store.purpose,
                    head=head,
                    reason=reason + last,
                    now=now,
                )
            except OSError as exc:
                _LOGGER.critical(
                    "store writer stopped with %d events NOT stored: %s, and the spill failed: %s",
                    len(items),
                    last_error,
                    describe(exc),
                )
                error: StoreError = StoreError(
                    f"The store writer gave up before the event was stored in {where}"
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
                    f"The store at {where} could not commit this event before the "
                    f"writer stopped{last} It is kept in {path} and will be appended to the "
                    "log when the store is next opened by a writer.",
                    path,
                )
            for batch in batches:
                batch.resolve(error)
