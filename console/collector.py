"""The console's cyclic garbage collection: on the GUI thread, never over its start-up heap.

Why: Python's cycle collector runs on whichever thread happens to allocate;
collecting a Qt object on a store or link thread destroys it off its thread
and crashes Qt later. So automatic collection is off and the GUI thread
collects on a timer. A full collection walks every object the interpreter
tracks, and a console holds a great many that live as long as it does: the
site's roads and routing graph, the place index, the window's widgets and
the map's scene. On the demo site a full collection took 162 ms under a
radar storm (tests/benchmarks/bench_storm.py): a frozen screen every hundred
seconds or so of a busy shift.

Contract:

- ``start_collector(interval_s)`` (GUI thread, with a QApplication): turns
  automatic collection off and returns the ``CycleCollector`` whose timer
  collects on this thread: every ``interval_s``, each generation whose count
  passed its threshold (``check()``, as pyqtgraph's ``GarbageCollector``);
  ``collector.timer.stop()`` ends it.
- ``collector.follow_frames(painted)``: from then on a collection that is due
  waits for the next frame the display paints (``painted``: the map's
  ``sigFramePainted``) and runs just after it, once the frame's slot has
  returned; at most ``FRAME_WAIT_S`` (0.5 s) when no frame comes (a map with
  nothing moving paints none). Why: under a radar storm the event log's
  young rows make a collection 7-20 ms of the GUI thread; at a random moment
  it delays the map frame due meanwhile by as much, while just after a frame
  the next one is 33 ms away or more (the storm benchmark's frames p99 was
  42-47 ms collecting on the timer, 18-25 ms collecting nothing at all).
  ``follow_frames(None)`` goes back to plain intervals.
  ``collections``/``after_frame`` count the checks made and those made in a
  frame's wake; ``last_ms`` is how long the last one took.
- ``settle_heap()`` (GUI thread, once the console has started: the site
  drawn, the store open, the links up): one full collection, then
  ``gc.freeze()``: what survives (what the console built to run, live for
  as long as it runs) moves to the permanent generation and no later
  collection walks it again; later full collections walk only what came
  since. Cycles made after it are collected as before. Returns
  ``Settled(objects, collect_ms)``: the objects frozen and what the
  collection before took. Calling it again freezes what came since.
  Never for a process that runs many consoles one after another (a test
  suite): what a frozen object drops in a cycle is never reclaimed.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer

_LOGGER = logging.getLogger(__name__)

COLLECT_INTERVAL_S = 1.0
FRAME_WAIT_S = 0.5


@dataclass(frozen=True, slots=True)
class Settled:
    objects: int
    collect_ms: float


class CycleCollector:
    """Collects cycles on the GUI thread, by generation thresholds (see the module doc)."""

    def __init__(
        self, interval_s: float = COLLECT_INTERVAL_S, frame_wait_s: float = FRAME_WAIT_S
    ) -> None:
        self.threshold = gc.get_threshold()
        gc.disable()
        self.collections = 0
        self.after_frame = 0
        self.last_ms = 0.0
        self._painted: Any = None  # the followed frames' signal
        self._due = False  # the interval passed: collect after the next frame
        self.timer = QTimer()
        self.timer.timeout.connect(self._on_timer_timeout)
        self._frame_wait = QTimer()
        self._frame_wait.setSingleShot(True)
        self._frame_wait.setInterval(round(frame_wait_s * 1000))
        self._frame_wait.timeout.connect(self._on_frame_wait_timeout)
        self.timer.start(round(interval_s * 1000))

    def follow_frames(self, painted: Any) -> None:
        """Collect just after the frames ``painted`` signals (None: on the interval)."""
        if self._painted is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # its sender may be gone
                self._painted.disconnect(self._on_frame_painted)
        self._painted = painted
        if painted is not None:
            painted.connect(self._on_frame_painted)
        elif self._due:
            self._collect_now()

    def _on_timer_timeout(self) -> None:
        if self._painted is None:
            self.check()
        elif not self._due:
            self._due = True
            self._frame_wait.start()

    def _on_frame_painted(self, *_frame: object) -> None:
        if self._due:
            self._due = False
            self._frame_wait.stop()
            # After the frame's slot has returned (and its foreground moment ended).
            QTimer.singleShot(0, self._collect_after_frame)

    def _collect_after_frame(self) -> None:
        self.after_frame += 1
        self.check()

    def _on_frame_wait_timeout(self) -> None:
        if self._due:  # no frame came: nothing on screen to keep smooth
            self._collect_now()

    def _collect_now(self) -> None:
        self._due = False
        self._frame_wait.stop()
        self.check()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as the
        interpreter's own collection picks it (those younger with it, in one walk)."""
        started = time.perf_counter()
        counts = gc.get_count()
        oldest = -1
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                break
            oldest = generation
        if oldest >= 0:
            gc.collect(oldest)
        self.collections += 1
        self.last_ms = (time.perf_counter() - started) * 1000.0


def start_collector(interval_s: float = COLLECT_INTERVAL_S) -> CycleCollector:
    """Automatic collection off; collect on this (the GUI) thread every ``interval_s``."""
    return CycleCollector(interval_s)


def settle_heap() -> Settled:
    """Collect once, then freeze what survived (see the module doc)."""
    started = time.perf_counter()
    gc.collect()
    collect_ms = (time.perf_counter() - started) * 1000.0
    gc.freeze()
    settled = Settled(gc.get_freeze_count(), collect_ms)
    _LOGGER.info(
        "start-up heap settled: %d objects frozen out of later collections (the full"
        " collection before took %.0f ms)",
        settled.objects,
        settled.collect_ms,
    )
    return settled
