"""The wallboard's worker thread: every event applied once, in order, whatever the batching,
seeding or requests; the frames equal a projection fed on one thread."""

from __future__ import annotations

import itertools
import threading
from dataclasses import asdict
from datetime import timedelta
from typing import Any

from models.stats.wallboard import WallboardProjection
from tests.models.stats.handmade import T0, Log
from tests.polling import poll_until
from widgets.wallboard_feed import WallboardFeed

UNITS = [("HE11", "fire", "HE-PE-1"), ("HE221", "medical", "HE-EH-1")]


def _room() -> list[Any]:
    log = Log()
    for k in range(40):  # calls answered after 3 .. 42 s, some abandoned, incidents, units
        log.offer(10 * k, f"C{k}")
        if k % 7 == 3:
            log.abandon(10 * k + 5, f"C{k}")
        else:
            log.answer(10 * k + 3 + k, f"C{k}")
        if k % 5 == 0:
            log.create(10 * k + 50, f"2026-{k:06d}", f"C{k}", priority=1 + k % 3)
            log.dispatch(10 * k + 60, "HE11" if k % 2 else "HE221", f"2026-{k:06d}")
    log.alert(90, "A1").alert(95, "A2").op(99, "alert.acknowledged", {"alert_id": "A2"})
    log.add(120, "link:avl", "link.state", {"link": "avl", "state": "down", "endpoint": "u",
                                           "error": "x"})  # fmt: skip
    log.events.sort(key=lambda e: e.rx_time)
    return log.stored()


def _expected(events: list[Any], at: Any) -> dict[str, Any]:
    projection = WallboardProjection(UNITS)
    for event in events:
        projection.apply(event)
    return asdict(projection.snapshot(at))


class _Frames:
    def __init__(self) -> None:
        self.ready = threading.Event()
        self.threads: set[str] = set()

    def __call__(self) -> None:
        self.threads.add(threading.current_thread().name)
        self.ready.set()


def test_worker_applies_every_event_in_order_and_answers_each_refresh() -> None:
    events = _room()
    at = events[-1].rx_time + timedelta(seconds=1)
    ready = _Frames()
    feed = WallboardFeed(WallboardProjection(UNITS), ready)
    try:
        # Batches of every size, one a repeat of events already applied (skipped by seq).
        cuts = [0, 1, 2, 9, 30, 31, 80, len(events)]
        for a, b in itertools.pairwise(cuts):
            feed.submit(events[a:b])
        feed.submit(events[5:20])
        ticket = feed.request(at)
        assert ready.ready.wait(10)
        frame = feed.take()
        assert frame is not None and frame.ticket == ticket
        assert asdict(frame.snapshot) == _expected(events, at)
        assert sum(frame.answer_counts) == len(frame.snapshot.answer_times_today) > 0
        assert ready.threads == {"wallboard-feed"}  # computed off the caller's thread
        assert feed.take() is None  # taken once
    finally:
        feed.close()


def test_a_request_overtaken_is_answered_by_the_later_one_with_everything_before_it() -> None:
    events = _room()
    gate = threading.Event()
    ready = _Frames()
    feed = WallboardFeed(WallboardProjection(UNITS), ready)
    try:
        feed.seed(lambda: (gate.wait(10), WallboardProjection(UNITS))[1])  # the worker is busy
        first = feed.request(T0)
        feed.submit(events)
        second = feed.request(events[-1].rx_time)
        gate.set()
        assert feed.wait_idle(10)
        frame = feed.take()
        assert frame is not None and frame.ticket == second != first
        assert asdict(frame.snapshot) == _expected(events, events[-1].rx_time)
    finally:
        feed.close()


def test_events_arriving_during_a_seed_are_applied_after_it_once() -> None:
    events = _room()
    half = len(events) // 2
    gate = threading.Event()

    def load() -> WallboardProjection:  # the store's part, read while commits keep coming
        gate.wait(10)
        return WallboardProjection(UNITS, history=events[:half])

    feed = WallboardFeed(WallboardProjection(UNITS), _Frames())
    try:
        feed.seed(load)
        feed.submit(events[half - 5 : half + 10])  # overlaps the seed: those skipped by seq
        feed.submit(events[half + 10 :])
        gate.set()
        feed.request(events[-1].rx_time)
        assert feed.wait_idle(10)
        frame = feed.take()
        assert frame is not None and frame.generation == 1
        assert asdict(frame.snapshot) == _expected(events, events[-1].rx_time)
    finally:
        feed.close()


def test_a_failing_seed_or_event_is_logged_and_the_feed_goes_on(caplog: Any) -> None:
    events = _room()

    def broken() -> WallboardProjection:
        raise OSError("database lost")

    class Bad:  # a call offered at a time that is not one
        seq = 10**9
        kind = "call.offered"
        source = "system"
        rx_time = "not a time"

        @property
        def payload(self) -> dict[str, str]:
            return {"call_id": "X"}

    feed = WallboardFeed(WallboardProjection(UNITS), _Frames())
    try:
        feed.seed(broken)
        feed.submit([*events[:10], Bad()])
        feed.submit(events[10:])  # below the bad one's seq: skipped, as a projection does
        feed.request(events[-1].rx_time)
        assert feed.wait_idle(10)
        frame = feed.take()
        assert frame is not None and frame.generation == 0  # the seed's failure kept it
        assert asdict(frame.snapshot) == _expected(events[:10], events[-1].rx_time)
        assert "database lost" in caplog.text and "not applied" in caplog.text
    finally:
        feed.close()


def test_inline_feed_is_the_same_on_the_callers_thread() -> None:
    events = _room()
    ready = _Frames()
    inline = WallboardFeed(WallboardProjection(UNITS), ready, threaded=False)
    inline.submit(events)
    inline.request(events[-1].rx_time)
    frame = inline.take()
    assert frame is not None and ready.threads == {threading.current_thread().name}
    assert asdict(frame.snapshot) == _expected(events, events[-1].rx_time)


def test_close_ends_the_thread() -> None:
    feed = WallboardFeed(WallboardProjection(UNITS), _Frames())
    thread = feed._thread
    assert thread is not None and thread.is_alive()
    feed.close()
    poll_until(lambda: not thread.is_alive(), "the worker to end", 10)


def test_pausing_between_slices_changes_nothing(monkeypatch: Any) -> None:
    import widgets.wallboard_feed as wallboard_feed

    monkeypatch.setattr(wallboard_feed, "WORK_SLICE_S", 0.0)  # a pause after every look
    events = _room()
    pauses: list[float] = []
    sleep = wallboard_feed.time.sleep

    def counted(seconds: float) -> None:
        pauses.append(seconds)
        sleep(seconds)

    monkeypatch.setattr(wallboard_feed.time, "sleep", counted)
    feed = WallboardFeed(WallboardProjection(UNITS), _Frames())
    try:
        feed.submit(events)
        feed.request(events[-1].rx_time)
        assert feed.wait_idle(10)
        frame = feed.take()
        assert frame is not None
        assert asdict(frame.snapshot) == _expected(events, events[-1].rx_time)
        assert len(pauses) >= len(events) // wallboard_feed.CHECK_EVERY - 1
    finally:
        feed.close()
