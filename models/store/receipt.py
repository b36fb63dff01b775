"""Commit receipts: what ``GroupCommitWriter.submit`` returns, one per event.

Contract:
- A ``CommitReceipt`` resolves once, on the writer thread, when the
  transaction holding its event has been durably committed; then
  ``result()`` is the ``StoredEvent`` committed for it and ``seq`` its
  sequence number. That is the event itself, or, when the store could not
  take its content, the rejected row stored in its place (kind
  ``frame.rejected``/``event.rejected``, ``error`` saying why, see
  ``models.store.content``): either way it is in the log. It never resolves
  while the store cannot commit (the writer keeps retrying): it fails, with
  ``StoreError``, only when the writer stops first (``EventSpilled``: kept
  in the spill file, appended at the next start) or refuses the event at
  its memory cap (``StoreOverloaded``, counted in a drop summary event).
  So an ACK sent from a receipt always means "durably stored".
- Future-like and thread-safe: ``done()``, ``result(timeout)``,
  ``exception(timeout)`` (``TimeoutError`` when the wait runs out),
  ``add_done_callback(fn)`` where ``fn(receipt)`` (an equal receipt, not
  necessarily the same object) runs on the writer thread
  after the commit (or at once, on the caller's thread, if already resolved),
  in submission order; ``as_future()`` gives a ``concurrent.futures.Future``
  for ``asyncio.wrap_future``.
- An event submitted in a guarded group (``GroupCommitWriter.submit_group``)
  may instead fail with ``GuardRefused``: its group was checked under the
  log's lock and not appended (nothing of the group is in the log as the
  action; if the store could not take the group's content, its events are
  in the log as rejected rows and the reason says so).

Why not one ``Future`` per event: a future costs a ``Condition`` to create
and to resolve; at tens of thousands of events per second that was a large
part of the writer's time. Every event of a transaction shares one
``CommitBatch``; a receipt is just (batch, position).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from models.store.events import NewEvent, StoredEvent
from models.store.packed import PackedEvents

_LOGGER = logging.getLogger(__name__)

ReceiptCallback = Callable[["CommitReceipt"], object]


# first seq, flat SQLite values, Core rows, the stored events, the last hash.
PreparedBatch = tuple[int, list[Any], list[dict[str, Any]], list[StoredEvent], str]
# Run in the writer's transaction, under the log's lock: a refusal reason, or None.
Guard = Callable[[Any], "str | None"]


class GuardRefused(Exception):
    """A guarded group of events was not appended: the log had moved on (the reason says how)."""


class CommitBatch:
    """The events of one transaction and their shared outcome (writer internals).

    ``events``/``payloads`` grow under the writer's lock until the batch is
    taken; the writer fills ``first_seq``/``stored`` and resolves it once.
    When a commit fails for the content of some of its events, the writer
    commits the batch in parts, in order: ``settle(upto)`` resolves the
    receipts of the first ``upto`` events early (``stored`` holds their
    outcome), and ``resolve(error)`` then fails only the events not settled.
    """

    __slots__ = (
        "_callbacks",
        "_cond",
        "_indices",
        "error",
        "events",
        "first_seq",
        "guards",
        "internal",
        "nbytes",
        "packed",
        "payloads",
        "prepared",
        "refused",
        "settled",
        "spill",
        "stored",
        "strikes",
    )

    def __init__(self, cond: threading.Condition) -> None:
        self._cond = cond  # the writer's "done" condition, shared by all batches
        self.events: list[NewEvent] = []
        self.payloads: list[str | None] = []
        # While the writer is behind, its events are packed here instead of in
        # ``events``/``payloads`` (``models.store.packed``) until it takes the batch.
        self.packed: PackedEvents | None = None
        self.first_seq = 0
        # Per event: its stored form, or None when its guarded group was refused.
        self.stored: list[StoredEvent | None] | None = None
        self.prepared: PreparedBatch | None = None  # numbered and hashed, not yet committed
        # Guarded groups (first index, end index, guard) and the refusals they met.
        self.guards: list[tuple[int, int, Guard]] | None = None
        self.refused: dict[int, BaseException] | None = None
        self.error: BaseException | None = None
        self.settled = 0  # events [0, settled) are resolved (committed in parts)
        self.nbytes = 0  # what its events are reckoned to hold in memory (writer limits)
        self.internal = False  # the writer's own (spill replay): no caller counts on it
        self.spill: tuple[str, list[int]] | None = None  # spill id, record index per event
        self.strikes: dict[int, int] | None = None  # failures alone, per unit start
        # Callbacks and their events' positions in parallel lists: no tuple and no
        # receipt kept per event, so fewer objects live on into the GC's old
        # generation (full collections cost a few us per surviving object).
        self._callbacks: list[ReceiptCallback] | None = []
        self._indices: list[int] = []

    def unpack_locked(self) -> None:
        """Events packed while the writer was behind, back into ``events``/``payloads``
        (ahead of any appended since); the backlog's lock is held."""
        packed = self.packed
        if packed is not None:
            self.adopt_locked(packed, *packed.unpack())

    def adopt_locked(
        self, packed: PackedEvents, events: list[NewEvent], payloads: list[str | None]
    ) -> None:
        """Take ``packed``'s unpacked events, unless another thread already did (lock held)."""
        if self.packed is packed:
            self.events[:0] = events
            self.payloads[:0] = payloads
            self.packed = None

    def held(self) -> int:
        """How many events it holds, packed or not."""
        packed = self.packed
        return len(self.events) + (0 if packed is None else packed.count)

    def _resolved(self) -> bool:
        return self._callbacks is None

    def done_at(self, index: int) -> bool:
        return self._callbacks is None or index < self.settled

    def settle(self, upto: int) -> None:
        """Resolve the receipts of events ``[0, upto)``; ``stored`` already holds them."""
        with self._cond:
            callbacks = self._callbacks
            if callbacks is None or upto <= self.settled:
                return
            self.settled = upto
            pairs = list(zip(callbacks, self._indices, strict=True))
            ready = [(fn, i) for fn, i in pairs if i < upto]
            if ready:
                keep = [(fn, i) for fn, i in pairs if i >= upto]
                self._callbacks = [fn for fn, _ in keep]
                self._indices = [i for _, i in keep]
            self._cond.notify_all()
        for fn, index in ready:
            try:
                fn(CommitReceipt(self, index))
            except Exception:
                _LOGGER.exception("commit receipt callback failed")

    def resolve(self, error: BaseException | None = None) -> None:
        """Mark committed (or, with ``error``, abandoned); run the callbacks here.

        After ``settle``, ``error`` fails only the events not settled yet.
        """
        with self._cond:
            if self._callbacks is None:
                return
            if error is not None and self.settled:
                refused = self.refused if self.refused is not None else {}
                for index in range(self.settled, len(self.events)):
                    refused.setdefault(index, error)
                self.refused = refused
            else:
                self.error = error
            if error is None:
                self.settled = len(self.events)
            callbacks, self._callbacks = self._callbacks, None
            indices, self._indices = self._indices, []
            self._cond.notify_all()
        for fn, index in zip(callbacks, indices, strict=True):
            try:
                fn(CommitReceipt(self, index))
            except Exception:
                _LOGGER.exception("commit receipt callback failed")

    def wait(self, timeout: float | None, index: int | None = None) -> None:
        """Until resolved (or, with ``index``, until that event is settled)."""
        with self._cond:
            ready = self._resolved if index is None else (lambda: self.done_at(index))
            if not self._cond.wait_for(ready, timeout):
                raise TimeoutError("the event is not committed yet")

    def add_callback(self, index: int, fn: ReceiptCallback) -> None:
        with self._cond:
            callbacks = self._callbacks
            if callbacks is not None and index >= self.settled:
                callbacks.append(fn)
                self._indices.append(index)
                return
        fn(CommitReceipt(self, index))


class CommitReceipt:
    """One submitted event's handle: resolves when its transaction is durable."""

    __slots__ = ("_batch", "_index")

    def __init__(self, batch: CommitBatch, index: int) -> None:
        self._batch = batch
        self._index = index

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommitReceipt):
            return NotImplemented
        return self._batch is other._batch and self._index == other._index

    def __hash__(self) -> int:
        return hash((id(self._batch), self._index))

    def __repr__(self) -> str:
        state = "pending" if not self.done() else "failed" if self._batch.error else "committed"
        return f"<CommitReceipt {state} seq={self.seq}>"

    def done(self) -> bool:
        batch = self._batch
        return batch._callbacks is None or self._index < batch.settled

    @property
    def seq(self) -> int | None:
        """The event's sequence number once committed, else None."""
        batch = self._batch
        if not self.done() or batch.error is not None:
            return None
        if batch.stored is None or self._index >= len(batch.stored):
            return None
        stored = batch.stored[self._index]
        return None if stored is None else stored.seq

    def result(self, timeout: float | None = None) -> StoredEvent:
        """The stored event; raises ``StoreError`` if abandoned, ``TimeoutError`` on timeout."""
        batch = self._batch
        if batch._callbacks is not None and self._index >= batch.settled:
            batch.wait(timeout, self._index)
        if batch.error is not None:
            raise batch.error
        if batch.refused is not None and self._index in batch.refused:
            raise batch.refused[self._index]
        stored = batch.stored[self._index]  # type: ignore[index]
        assert stored is not None
        return stored

    def exception(self, timeout: float | None = None) -> BaseException | None:
        batch = self._batch
        if batch._callbacks is not None and self._index >= batch.settled:
            batch.wait(timeout, self._index)
        if batch.error is None and batch.refused is not None:
            return batch.refused.get(self._index)
        return batch.error

    def add_done_callback(self, fn: ReceiptCallback) -> None:
        self._batch.add_callback(self._index, fn)

    def as_future(self) -> Future[StoredEvent]:
        """A ``concurrent.futures.Future`` that mirrors this receipt."""
        future: Future[StoredEvent] = Future()

        def copy(receipt: CommitReceipt) -> Any:
            error = receipt.exception()
            if error is None:
                future.set_result(receipt.result())
            else:
                future.set_exception(error)

        self.add_done_callback(copy)
        return future
