"""console.collector: the start-up heap frozen out of collections; later cycles collected,
just after a map frame when the collector follows the map's frames.

The frozen heap in a child interpreter: freezing the test suite's own heap would keep
every earlier test's garbage for good."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from console.collector import CycleCollector

REPO_ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import gc, json
from console.collector import settle_heap

class Node:
    def __init__(self):
        self.me = self  # a cycle: only the cycle collector frees it

gc.disable()  # as the console runs: collections only when asked (on the GUI thread)
built = [Node() for _ in range(200_000)]  # what a console builds to run: kept
walked_before = len(gc.get_objects())
settled = settle_heap()
walked_after = len(gc.get_objects())  # what a full collection now walks
for _ in range(1000):
    Node()  # garbage made after: still collected
print(json.dumps({"frozen": settled.objects, "collected": gc.collect(),
                  "before": walked_before, "after": walked_after, "kept": len(built)}))
"""


def test_settled_heap_is_not_walked_and_later_cycles_are_collected() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["frozen"] >= 200_000
    assert out["collected"] >= 1000
    assert out["kept"] == 200_000
    # A full collection no longer walks the frozen objects: a small fraction of before.
    assert out["before"] >= 200_000
    assert out["after"] < out["before"] / 20


class _Frames(QObject):
    painted = Signal(int)


class _Cycle:
    def __init__(self) -> None:
        self.me = self  # only the cycle collector frees it


_YOUNG: list[list[object]] = []


@pytest.fixture(autouse=True)
def _session_collector_paused(_main_thread_gc: Any) -> Iterator[None]:
    """The suite's own collector (tests/conftest.py) would collect the tests' cycles."""
    _main_thread_gc.timer.stop()
    yield
    _main_thread_gc.timer.start()


def _a_cycle_is_due() -> weakref.ref[_Cycle]:
    """A cycle made garbage, and enough young objects alive that a check collects."""
    cycle = weakref.ref(_Cycle())
    # Kept (a freed object counts back down): alive, they are counted until collected.
    _YOUNG.extend([] for _ in range(gc.get_threshold()[0] + 1))
    return cycle


def test_a_due_collection_runs_just_after_the_next_frame_not_before(qtbot: Any) -> None:
    frames = _Frames()
    collector = CycleCollector(interval_s=0.02, frame_wait_s=10.0)
    try:
        collector.follow_frames(frames.painted)
        cycle = _a_cycle_is_due()
        qtbot.wait(200)  # the interval passed ten times: no frame, no collection
        assert collector.collections == 0 and cycle() is not None
        seen_in_slot: list[int] = []
        frames.painted.connect(lambda _n: seen_in_slot.append(collector.collections))
        frames.painted.emit(1)
        assert seen_in_slot == [0]  # not inside the frame's own slot ...
        qtbot.waitUntil(lambda: collector.collections == 1, timeout=2000)  # ... just after it
        assert collector.after_frame == 1 and cycle() is None
    finally:
        collector.timer.stop()


def test_without_frames_a_due_collection_waits_no_longer_than_its_limit(qtbot: Any) -> None:
    frames = _Frames()
    collector = CycleCollector(interval_s=0.02, frame_wait_s=0.1)
    try:
        collector.follow_frames(frames.painted)
        cycle = _a_cycle_is_due()
        qtbot.waitUntil(lambda: cycle() is None, timeout=2000)
        assert collector.collections >= 1 and collector.after_frame == 0
        collector.follow_frames(None)  # back to plain intervals
        made = collector.collections
        frames.painted.emit(2)
        qtbot.waitUntil(lambda: collector.collections > made + 2, timeout=2000)
        assert collector.after_frame == 0
    finally:
        collector.timer.stop()


def test_a_collector_following_frames_outlives_the_display(qtbot: Any) -> None:
    """The map's window closed: its signal is gone, collections go on by the limit."""
    frames = _Frames()
    collector = CycleCollector(interval_s=0.02, frame_wait_s=0.05)
    try:
        collector.follow_frames(frames.painted)
        frames.deleteLater()
        qtbot.wait(50)
        cycle = _a_cycle_is_due()
        qtbot.waitUntil(lambda: cycle() is None, timeout=2000)
        collector.follow_frames(None)  # disconnecting from a deleted sender is harmless
    finally:
        collector.timer.stop()
