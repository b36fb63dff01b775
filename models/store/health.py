"""The writer's health: failing commits reported and waited out with backoff, and recovery.

Contract:
- ``WriterHealth(store, on_health, retry_delay_s, max_retry_delay_s)`` is
  written by the writer thread only. ``healthy`` is False from a failed
  commit until the next commit succeeds; ``last_error`` is None while
  healthy, else "Cannot write to the store at <where>: <reason>" (the
  reason from ``models.store.failures.describe``: a full disk is named);
  ``commit_failures`` counts every failed attempt. ``on_health(healthy,
  error)`` is called on the writer thread when either changes (an exception
  it raises is logged, never propagated).
- ``back_off(exc, held, first_seq, work, stopped)`` reports one failed
  commit and waits before the retry: health first (whoever watches it must
  see the failure before the log line), then one ERROR line ("STORE COMMIT
  FAILED", with the traceback only for the first failure after healthy, and
  the note of an event that failed alone, ``note_strike``), then waits the
  current delay on the condition ``work`` (its lock not held by the caller)
  unless ``stopped()`` turns True meanwhile (returns False). The delay
  starts at ``retry_delay_s`` and doubles after each wait up to
  ``max_retry_delay_s``.
- ``recovered()`` after any successful commit: the delay starts over and,
  if it was unhealthy, health turns True again (logged).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from models.store.failures import describe

if TYPE_CHECKING:
    from models.store.engine import Store

_LOGGER = logging.getLogger(__name__)

OnHealth = Callable[[bool, "str | None"], None]


class WriterHealth:
    """Whether the writer's commits succeed, the reason if not, and how long to wait."""

    def __init__(
        self,
        store: Store,
        on_health: OnHealth | None,
        retry_delay_s: float,
        max_retry_delay_s: float,
    ) -> None:
        self._store = store
        self._on_health = on_health
        self._retry_delay_s = retry_delay_s
        self._max_retry_delay_s = max_retry_delay_s
        self._delay = retry_delay_s
        self._strike_note: str | None = None
        self.healthy = True
        self.last_error: str | None = None
        self.commit_failures = 0

    def note_strike(self, note: str) -> None:
        """Say, in the next failure's log line, which event failed alone and how often."""
        self._strike_note = note

    def back_off(
        self,
        exc: BaseException,
        held: int,
        first_seq: int,
        work: threading.Condition,
        stopped: Callable[[], bool],
    ) -> bool:
        """Report the failure and wait before retrying; False if told to stop meanwhile."""
        self._failed(exc, held, first_seq)
        with work:
            if work.wait_for(stopped, self._delay):
                return False
        self._delay = min(self._delay * 2, self._max_retry_delay_s)
        return True

    def recovered(self) -> None:
        self._delay = self._retry_delay_s
        if not self.healthy:
            _LOGGER.warning("store commits succeed again; the held events are stored")
            self._set(True, None)

    def _failed(self, exc: BaseException, held: int, first_seq: int) -> None:
        self.commit_failures += 1
        reason = describe(exc, self._store.path)
        message = f"Cannot write to the store at {self._store.where}: {reason}"
        was_healthy = self.healthy
        # Health first: whoever watches it must see the failure before the log is written.
        if was_healthy or message != self.last_error:
            self._set(False, message)
        note, self._strike_note = self._strike_note, None
        _LOGGER.error(
            "STORE COMMIT FAILED for %d events (seq %d..): %s; keeping them, retrying in %.1f s%s",
            held,
            first_seq,
            reason,
            self._delay,
            f"; {note}" if note else "",
            exc_info=exc if was_healthy else None,
        )

    def _set(self, healthy: bool, error: str | None) -> None:
        self.healthy = healthy
        self.last_error = error
        if self._on_health is not None:
            try:
                self._on_health(healthy, error)
            except Exception:
                _LOGGER.exception("on_health callback failed")
