"""The wallboard's feed: its projection, fed and read on a worker thread of its own.

Contract: ``WallboardFeed(projection, on_ready, threaded=True)`` owns a
``models.stats.wallboard.WallboardProjection`` and one worker thread that
alone touches it. The GUI thread only queues work, in order, and never
waits:

- ``submit(events)``: committed events, in log order, to apply (the
  projection skips those at or below its last seq);
- ``replace(projection)``: another projection from here on (replay after a
  seek, a projection seeded elsewhere);
- ``seed(loader)``: ``loader()`` runs on the worker and its projection
  replaces this one; events submitted meanwhile are queued behind it and
  applied to the seeded projection, so none is lost or applied twice (a
  loader that raises leaves the projection as it was and is logged);
- ``request(now) -> ticket``: a ``WallboardFrame`` as at ``now`` holding
  every event submitted before the call: the snapshot and the answer-time
  histogram (``HIST_BINS``), computed on the worker. When it is ready the
  worker calls ``on_ready()`` (from its thread: pass a queued Qt signal's
  ``emit``) and ``take()`` on the GUI thread returns the newest frame ready
  (None when none or already taken). A request overtaken by a later one
  before the worker reached it is answered by the later one only.

Work items run in the order queued; an exception in one is logged and the
next runs (a wallboard must never stop, nor take the console down).
Applying pauses ``PAUSE_S`` after each ``WORK_SLICE_S`` of work, so a GUI
thread that wants the interpreter lock (to paint, to answer a key) waits a
fraction of a millisecond, not a switch interval (5 ms); the worker is at
most about 40 % slower for it. ``wait_idle(timeout)`` blocks until everything queued has
run (tests and benchmarks; never the GUI). ``close()`` ends the thread.
``threaded=False`` does every item at once on the caller's thread (the old
way: a benchmark's baseline, deterministic tests). ``projection`` is the
projection in use: read it only while idle.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np

from models.stats.wallboard import WallboardProjection, WallboardSnapshot

_LOGGER = logging.getLogger(__name__)

HIST_BINS = np.arange(0.0, 65.0, 5.0)  # answer times: 5 s bins up to 60 s, then "more"
CHECK_EVERY = 20  # events applied between two looks at the clock
WORK_SLICE_S = 0.0005  # applying at most this long before a pause ...
PAUSE_S = 0.0002  # ... of this long, in which the GUI thread can take the interpreter lock
_SUBMIT, _REPLACE, _SEED, _REQUEST, _STOP = range(5)


@dataclass(frozen=True, slots=True)
class WallboardFrame:
    ticket: int
    generation: int  # which projection: a new one (replace, seed) counts up
    snapshot: WallboardSnapshot
    answer_counts: tuple[float, ...]  # today's answer times per HIST_BINS bin


class WallboardFeed:
    def __init__(
        self,
        projection: WallboardProjection,
        on_ready: Callable[[], None],
        threaded: bool = True,
    ) -> None:
        self._projection = projection
        self._on_ready = on_ready
        self.threaded = threaded
        self._generation = 0
        # (generation, day, answers binned, counts) of the histogram: see _answer_counts
        self._hist: tuple[int, date | None, int, np.ndarray] | None = None
        self._requested = 0  # the newest ticket asked for
        self._frame: WallboardFrame | None = None
        self._lock = threading.Condition()
        self._pending = 0
        self._queue: queue.SimpleQueue[tuple[int, Any]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._run, name="wallboard-feed", daemon=True)
            self._thread.start()

    @property
    def projection(self) -> WallboardProjection:
        return self._projection

    # -- the GUI thread's side ---------------------------------------------------------

    def submit(self, events: Sequence[Any]) -> None:
        if events:
            self._put(_SUBMIT, list(events))

    def replace(self, projection: WallboardProjection) -> None:
        self._put(_REPLACE, projection)

    def seed(self, loader: Callable[[], WallboardProjection]) -> None:
        self._put(_SEED, loader)

    def request(self, now: datetime) -> int:
        self._requested += 1
        ticket = self._requested
        self._put(_REQUEST, (ticket, now))
        return ticket

    def take(self) -> WallboardFrame | None:
        with self._lock:
            frame, self._frame = self._frame, None
        return frame

    def wait_idle(self, timeout: float | None = None) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        if self._thread is not None:
            self._put(_STOP, None)
            self._thread = None

    def _put(self, op: int, arg: Any) -> None:
        if not self.threaded:
            self._do(op, arg)
            return
        with self._lock:
            self._pending += 1
        self._queue.put((op, arg))

    # -- the worker's side ----------------------------------------------------------------

    def _run(self) -> None:
        while True:
            op, arg = self._queue.get()
            try:
                if op == _STOP:
                    return
                self._do(op, arg)
            finally:
                with self._lock:
                    self._pending -= 1
                    if self._pending == 0:
                        self._lock.notify_all()

    def _do(self, op: int, arg: Any) -> None:
        try:
            if op == _SUBMIT:
                self._apply(arg)
            elif op == _REPLACE:
                self._set(arg)
            elif op == _SEED:
                self._set(arg())
            elif op == _REQUEST:
                ticket, now = arg
                if ticket == self._requested:  # else a later request is queued behind it
                    self._answer(ticket, now)
        except Exception:  # a wallboard must never stop, nor take the console down
            _LOGGER.exception("wallboard feed: %s failed", ("apply", "replace", "seed",
                                                            "snapshot")[op])  # fmt: skip

    def _set(self, projection: WallboardProjection) -> None:
        self._projection = projection
        self._generation += 1

    def _apply(self, events: list[Any]) -> None:
        apply = self._projection.apply
        pause = self.threaded
        n, i = len(events), 0
        clock = time.perf_counter
        slice_end = clock() + WORK_SLICE_S
        while i < n:
            try:
                while i < n:
                    stop = min(n, i + CHECK_EVERY)
                    while i < stop:
                        apply(events[i])
                        i += 1
                    if pause and i < n and clock() >= slice_end:
                        # A real pause, not sleep(0): a GUI thread waiting for the interpreter
                        # lock gets it now, not after the 5 ms switch interval.
                        time.sleep(PAUSE_S)
                        slice_end = clock() + WORK_SLICE_S
            except Exception:
                _LOGGER.exception("wallboard: event %s not applied", getattr(events[i], "seq", i))
                i += 1

    def _answer(self, ticket: int, now: datetime) -> None:
        snapshot = self._projection.snapshot(now)
        frame = WallboardFrame(ticket, self._generation, snapshot, self._answer_counts(snapshot))
        with self._lock:
            self._frame = frame
        self._on_ready()

    def _answer_counts(self, s: WallboardSnapshot) -> tuple[float, ...]:
        """Today's answer-time histogram; within one day of one projection the answers only
        grow, so only the new ones are binned (another day or projection: all again)."""
        values = s.answer_times_today
        kept = self._hist
        if kept is None or kept[:2] != (self._generation, s.today) or len(values) < kept[2]:
            done, counts = 0, np.zeros(len(HIST_BINS) - 1, dtype=np.int64)
        else:
            done, counts = kept[2], kept[3]
        if len(values) > done:
            new = np.asarray(values[done:], dtype=float)
            add, _ = np.histogram(np.minimum(new, HIST_BINS[-1] - 0.01), bins=HIST_BINS)
            counts = counts + add
        self._hist = (self._generation, s.today, len(values), counts)
        return tuple(float(c) for c in counts)


__all__ = ["HIST_BINS", "PAUSE_S", "WORK_SLICE_S", "WallboardFeed", "WallboardFrame"]
