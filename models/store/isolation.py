"""Content never blocks the log: a failing range is bisected to the unit that fails alone.

Contract:
- A *unit* is one event, or a whole guarded group (``submit_group``): it is
  committed or rejected whole. ``unit_end(batch, start)`` is where the unit
  starting at ``start`` ends; ``middle(batch, lo, hi)`` a unit boundary
  strictly inside ``(lo, hi)``, near the middle.
- ``Isolator(lock, attempt, health, reject_after)``: ``isolate(batch, lo,
  hi, exc)`` is called by the writer thread when committing ``[lo, hi)``
  failed with ``exc`` for a reason other than the database being
  unavailable (``models.store.failures.is_unavailable``). It commits the
  range in parts with ``attempt(batch, start, end)`` (which commits and
  settles, or raises), in order, so the good events are committed and
  acknowledged at once, down to the unit that fails alone, and returns None
  once progress was made (the caller goes on) or the failure to back off on
  (the database, or a unit not yet to be rejected).
- A unit that fails alone is struck (``batch.strikes``); at ``reject_after``
  strikes in a row (or at the first when, in the last ``KNOWN_BAD_S``, an
  event of its kind was rejected for the same type of error) it is stored
  as its rejected rows (``models.store.content.rejected``: the full form,
  else the bounded one) and counted in ``rejected_events``; a rejected
  group keeps a ``RejectedGroup`` guard, so its receipts fail with
  ``GuardRefused``. Each strike short of that is noted for the failure's
  log line (``WriterHealth.note_strike``).
- If even the rejected rows cannot be stored, it is the store that fails,
  not the event: the unit is restored as submitted and no unit is struck
  again until something commits (``committed()``, called after every
  commit), so a failing store never turns good events into rejected rows.
- ``Abandoned`` (close gave up) passes through, with the batch restored.

Cost of the isolation: tests/benchmarks/bench_store_faults.py.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from models.store import content
from models.store.commit import Abandoned, RejectedGroup
from models.store.events import NewEvent
from models.store.failures import describe, is_unavailable
from models.store.health import WriterHealth
from models.store.receipt import CommitBatch, Guard

_LOGGER = logging.getLogger(__name__)

REJECT_AFTER = 3  # failures alone, in a row, before an event is stored as rejected
KNOWN_BAD_S = 300.0  # how long a (kind, error type) that was rejected is rejected at once

Attempt = Callable[[CommitBatch, int, int], None]


def unit_end(batch: CommitBatch, start: int) -> int:
    """End of the unit starting at ``start``: one event, or a whole guarded group."""
    if batch.guards:
        for s, e, _ in batch.guards:
            if s <= start < e:
                return e
    return start + 1


def middle(batch: CommitBatch, lo: int, hi: int) -> int:
    """A unit boundary strictly inside ``(lo, hi)``, near the middle."""
    mid = (lo + hi) // 2
    if batch.guards:
        for s, e, _ in batch.guards:
            if s < mid < e:
                mid = e if e < hi else s
                break
    if not lo < mid < hi:
        mid = unit_end(batch, lo)
    return mid


class Isolator:
    """Finds the unit of a batch that the store cannot take, and stores it as rejected."""

    def __init__(
        self,
        lock: threading.Lock,
        attempt: Attempt,
        health: WriterHealth,
        reject_after: int = REJECT_AFTER,
    ) -> None:
        self._lock = lock
        self._attempt = attempt
        self._health = health
        self._reject_after = reject_after
        self._known_bad: dict[tuple[str, str], float] = {}
        self._store_failing = False  # a rejected row failed too since the last commit
        self.rejected_events = 0

    def committed(self) -> None:
        """Something committed: the store works, units may be struck again."""
        self._store_failing = False

    def isolate(
        self, batch: CommitBatch, lo: int, hi: int, exc: BaseException
    ) -> BaseException | None:
        """``[lo, hi)`` failed for content: commit what can be, find the unit that cannot.

        Returns None once progress was made (the caller goes on), or the
        failure to wait on (the database, or a unit not yet rejected).
        """
        alone = hi == unit_end(batch, lo)
        while not alone:
            mid = middle(batch, lo, hi)
            failure = self._try(batch, lo, mid)
            if failure is not None:
                if is_unavailable(failure):
                    return failure
                exc, hi = failure, mid
                alone = hi == unit_end(batch, lo)
                continue
            lo = mid
            if hi == unit_end(batch, lo):
                failure = self._try(batch, lo, hi)
                if failure is None:
                    return None  # it passes alone: what failed was the company it kept
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
            self._health.note_strike(
                f"event {lo} of the batch ({event.kind} from {event.source}) fails alone "
                f"({strikes[lo]} of {self._reject_after} before it is stored as rejected)"
            )
            return exc
        failure = self._reject_unit(batch, lo, hi, exc)
        if failure is None:
            self._known_bad[signature] = time.monotonic()
        return failure

    def _try(self, batch: CommitBatch, lo: int, hi: int) -> BaseException | None:
        """Commit ``[lo, hi)``: None if it did, else why not (``Abandoned`` is raised)."""
        try:
            self._attempt(batch, lo, hi)
        except Abandoned:
            raise
        except Exception as failure:
            return failure
        return None

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
                        (s, e, RejectedGroup(reason) if (s, e) == (lo, hi) else g)
                        for s, e, g in batch.guards
                    ]
            try:
                self._attempt(batch, lo, hi)
            except Abandoned:
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
