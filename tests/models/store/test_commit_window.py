"""The writer's gathering window: grown by a storm, back to its base after it."""

from __future__ import annotations

import time
from collections.abc import Callable

from models.store import GroupCommitWriter, NewEvent, Store
from models.store.commit_window import BUSY_EVENTS, BUSY_WINDOW_S, CommitWindow

Factory = Callable[..., NewEvent]


def test_full_batches_double_the_window_up_to_the_busy_one() -> None:
    window = CommitWindow(0.005)
    seen = [window.seconds]
    for _ in range(5):
        window.taken(BUSY_EVENTS)
        seen.append(window.seconds)
    assert seen == [0.005, 0.01, BUSY_WINDOW_S, BUSY_WINDOW_S, BUSY_WINDOW_S, BUSY_WINDOW_S]


def test_a_steady_middling_load_keeps_the_window_and_a_quiet_one_shrinks_it() -> None:
    window = CommitWindow(0.005)
    window.taken(BUSY_EVENTS)
    window.taken(BUSY_EVENTS)
    window.taken(BUSY_EVENTS // 2)  # between half and busy: stays
    assert window.seconds == BUSY_WINDOW_S
    window.taken(1)
    assert window.seconds == BUSY_WINDOW_S / 2
    for _ in range(4):
        window.taken(0)
    assert window.seconds == 0.005  # never below the base


def test_no_window_stays_none_and_a_long_base_is_never_cut() -> None:
    none = CommitWindow(0.0)
    none.taken(10 * BUSY_EVENTS)
    assert none.seconds == 0.0
    long = CommitWindow(60.0)
    long.taken(10 * BUSY_EVENTS)
    long.taken(0)
    assert long.seconds == 60.0


def test_a_storm_is_committed_in_fewer_larger_batches_and_the_quiet_after_it_at_once(
    store: Store, event_factory: Factory
) -> None:
    """A real writer: 2,000 events submitted in 5 ms slices (a storm) are committed
    many to a batch with the window grown; after it, a lone event is durable in well
    the base window again, and nothing was lost or reordered."""
    with GroupCommitWriter(store, window_s=0.005) as writer:
        window = writer._loop.window
        receipts = []
        for i in range(2000):
            receipts.append(writer.submit(event_factory(i)))
            if i % 50 == 49:
                time.sleep(0.005)
        assert [r.result(timeout=30).seq for r in receipts] == list(range(1, 2001))
        assert window.seconds > window.base_s  # the storm grew it
        assert writer.batches_committed < 2000 / BUSY_EVENTS
        for i in range(8):  # quiet: one event at a time, each waited for
            writer.submit(event_factory(2000 + i)).result(timeout=30)
        assert window.seconds == window.base_s
    assert store.last_seq() == 2008
