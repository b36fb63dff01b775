"""The console's cyclic garbage collection: on the GUI thread, never over its start-up heap.

Why: Python's cycle collector runs on whichever thread happens to allocate;
collecting a Qt object on a store or link thread destroys it off its thread
and crashes Qt later. So automatic collection is off and the GUI thread
collects on a timer (pyqtgraph's ``GarbageCollector``: each second, each
generation whose count passed its threshold). A full collection walks every
object the interpreter tracks, and a console holds a great many that live
as long as it does: the site's roads and routing graph, the place index,
the window's widgets and the map's scene. On the demo site a full
collection took 162 ms under a radar storm (tests/benchmarks/bench_storm.py):
a frozen screen every hundred seconds or so of a busy shift.

Contract:

- ``start_collector(interval_s)`` (GUI thread, with a QApplication): turns
  automatic collection off and returns the collector whose timer collects
  on this thread; ``collector.timer.stop()`` ends it.
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

import gc
import logging
import time
from dataclasses import dataclass
from typing import Any

_LOGGER = logging.getLogger(__name__)

COLLECT_INTERVAL_S = 1.0


@dataclass(frozen=True, slots=True)
class Settled:
    objects: int
    collect_ms: float


def start_collector(interval_s: float = COLLECT_INTERVAL_S) -> Any:
    """Automatic collection off; collect on this (the GUI) thread every ``interval_s``."""
    from pyqtgraph.util.garbage_collector import GarbageCollector

    return GarbageCollector(interval=interval_s)


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
