"""How long the store writer waits to gather a batch: short when quiet, longer in a storm.

Contract:
- ``CommitWindow(base_s, busy_s=BUSY_WINDOW_S, busy_events=BUSY_EVENTS)``;
  ``seconds`` is the window for the writer's next ``Backlog.take``.
- ``taken(n)`` after each batch taken, ``n`` its events: a batch of at least
  ``busy_events`` (a link flooding the store, thousands of events a second)
  doubles the window, up to ``busy_s``; one of fewer than half that halves
  it, down to ``base_s``. In between it stays: the window does not swing
  with each batch of a steady load.
- A ``base_s`` of 0 or less is no window at all, whatever the load (the
  writer takes each batch as soon as it is there); ``busy_s`` is never
  below ``base_s``.

Why: each commit costs a fixed share whatever it holds (the transaction, the
log's lock, the head read, SQLite's write and sync of its journal). A
recorder committing a 5,000 events/s radar storm every 5 ms spends ~0.3 of a
core on its writer thread; every 20 ms, about a third less
(tests/benchmarks/bench_commit_window.py). Only a storm grows the window: a
quiet console still commits 5 ms after an event, a person's action (a
guarded group) is never held for the window at all (``Backlog.take``), and
a full batch is taken at once.
"""

from __future__ import annotations

BUSY_WINDOW_S = 0.02
BUSY_EVENTS = 20


class CommitWindow:
    """The writer's gathering window, grown by a storm and shrunk back after it."""

    __slots__ = ("base_s", "busy_events", "busy_s", "seconds")

    def __init__(
        self, base_s: float, busy_s: float = BUSY_WINDOW_S, busy_events: int = BUSY_EVENTS
    ) -> None:
        self.base_s = base_s
        self.busy_s = max(base_s, busy_s)
        self.busy_events = max(1, busy_events)
        self.seconds = base_s

    def taken(self, events: int) -> None:
        """The writer took a batch of ``events``: set the next window."""
        if self.base_s <= 0:
            return
        if events >= self.busy_events:
            self.seconds = min(self.busy_s, self.seconds * 2.0)
        elif events < self.busy_events / 2:
            self.seconds = max(self.base_s, self.seconds / 2.0)
