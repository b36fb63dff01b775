"""Benchmark: the wallboard's cost on the GUI thread at 1,000 events a second (target p99 <= 5 ms).

The events: a day of a city (``bench_stats``'s generator: 300 incidents
with their calls, units and closes, abandoned calls, alerts, link and radar
health; only the kinds the wallboard reads, about 4,600), replayed with
fresh seqs at ``WALLBOARD_BENCH_RATE`` events a second (default 1,000) for
``WALLBOARD_BENCH_SECONDS`` seconds (default 300): the worst case, every
event one the wallboard reads, so calls keep ringing and being answered and
the charts' ranges keep growing. No store is needed.

A shown 1920x1080 ``WallboardWidget`` is driven by hand, one refresh per
second of events, two ways in the same run:

- **old** (``threaded=False``): the feed on the GUI thread, as before:
  applying the second's events, the snapshot and histogram, setting the
  tiles and charts, and the paint that follows (``processEvents``); the
  painting is today's in both ways, so the ratio is the feed's share only
  (the code before this benchmark, feed and painting, measured p50 5.3 ms,
  p99 13.3 ms of CPU at load 6.7 on the shared machine);
- **new** (the default): the GUI thread queues the second's events (in
  ten batches, as the bridge hands them over) and asks for a refresh; the
  widget's worker applies them and computes the frame; the GUI thread then
  sets the tiles and charts that changed and paints. The worker is fed the
  next second's first batch while the GUI thread shows and paints, so the
  wall time includes waiting for the interpreter lock.

Printed per way, per second on the GUI thread: CPU time
(``time.thread_time``, this thread's own work) and wall time (also holds
other processes' time slices on a shared machine), p50 / p95 / p99 / max,
with the load average; the old way's parts (apply, refresh, paint); how
many seconds changed a chart's y range (the costliest: every bar moved to
the new scale and the y labels drawn again; the view itself never moves),
their median, and how many seconds went over 5 ms; the ratio old/new.
The first second (the window's first full paint) is left out. Never
asserts on time; asserts that both ways show the same snapshot at the end.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest
tests/benchmarks/bench_wallboard.py -m benchmark -s -p no:cacheprovider``
(about half a minute), or ``PYTHONPATH=. .venv/bin/python
tests/benchmarks/bench_wallboard.py``.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
from dataclasses import asdict
from datetime import timedelta
from typing import Any

import pytest

RATE = int(os.environ.get("WALLBOARD_BENCH_RATE", "1000"))
SECONDS = int(os.environ.get("WALLBOARD_BENCH_SECONDS", "300"))
BATCHES_PER_SECOND = 10


def day_events(rate: int = RATE, seconds: int = SECONDS) -> list[Any]:
    """A generated day's events of the wallboard's kinds, replayed at ``rate`` a second from
    the middle of 2025 with fresh seqs, ``rate * seconds`` of them."""
    from models.stats.wallboard import WALLBOARD_KINDS
    from models.store.events import stored_event
    from tests.benchmarks.bench_stats import T0, _Day

    counters = {"n": 0, "call": 0, "incident": 0, "alert": 0}
    items = sorted(_Day(random.Random(19), 0, counters).build())
    day = [i for i in items if i[3] in WALLBOARD_KINDS]
    start = T0 + timedelta(days=182)
    return [
        stored_event(e[2], e[3], start + timedelta(seconds=k / rate), e[4], None, None, k + 1, "")
        for k in range(rate * seconds)
        for e in (day[k % len(day)],)
    ]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _figures(values: list[float]) -> str:
    return (f"p50 {statistics.median(values):5.2f}  p95 {_pct(values, 0.95):5.2f}  "
            f"p99 {_pct(values, 0.99):5.2f}  max {max(values):6.2f} ms")  # fmt: skip


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def run(threaded: bool, events: list[Any], rate: int = RATE) -> dict[str, Any]:
    """One way (see the module docstring); the per-second figures and the last snapshot."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from models.stats.wallboard import WallboardProjection
    from tests.benchmarks.bench_stats import UNITS
    from widgets.wallboard import WallboardWidget

    app = QApplication.instance() or QApplication([])
    seconds = len(events) // rate
    units = [(call_sign, discipline, f"S{i % 3 + 1}")
             for i, (call_sign, discipline) in enumerate(UNITS)]  # fmt: skip
    now = [events[0].rx_time]
    board = WallboardWidget(WallboardProjection(units), clock=lambda: now[0], threaded=threaded)
    board.timer.stop()  # driven by hand: one refresh per second of events
    board.resize(1920, 1080)
    board.show()
    app.processEvents()
    out: dict[str, Any] = {"cpu": [], "wall": [], "apply": [], "refresh": [], "paint": [],
                           "ranged": []}  # fmt: skip
    # The synthetic events are this benchmark's scaffolding, not the console's state: kept out
    # of the collector's full passes, which would be charged to whichever second they hit.
    gc.collect()
    gc.freeze()
    step = rate // BATCHES_PER_SECOND
    carried = (0.0, 0.0)  # new way: (cpu, wall) of the next second's first batch, queued early
    for second in range(seconds):
        batch = events[second * rate : (second + 1) * rate]
        now[0] = batch[-1].rx_time
        ranges = (board.calls_series.y_max, board.answer_series.y_max)
        if not threaded:
            c, t = time.thread_time(), time.perf_counter()
            board.on_committed(batch)  # applied at once
            t1 = time.perf_counter()
            board.refresh()  # snapshot and showing, at once
            t2 = time.perf_counter()
            app.processEvents()  # the repaint the refresh asked for
            t3 = time.perf_counter()
            cpu, wall = (time.thread_time() - c) * 1e3, (t3 - t) * 1e3
            parts = ((t1 - t) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3)
        else:
            c, t = time.thread_time(), time.perf_counter()
            first = 0 if second == 0 else step  # the first batch went in with the last paint
            for k in range(first, rate, step):
                board.on_committed(batch[k : k + step])
            board.refresh()
            cpu = (time.thread_time() - c) * 1e3 + carried[0]
            wall = (time.perf_counter() - t) * 1e3 + carried[1]
            board.feed.wait_idle(30)  # the worker's time: not the GUI thread's
            c, t = time.thread_time(), time.perf_counter()
            if second + 1 < seconds:  # the next events keep coming while this one paints
                board.on_committed(events[(second + 1) * rate : (second + 1) * rate + step])
            t1 = time.perf_counter()
            c1 = time.thread_time()
            carried = ((c1 - c) * 1e3, (t1 - t) * 1e3)
            app.processEvents()  # the frame shown (queued signal), then its repaint
            app.processEvents()
            cpu += (time.thread_time() - c1) * 1e3
            t2 = time.perf_counter()
            wall += (t2 - t1) * 1e3
            parts = (0.0, 0.0, (t2 - t1) * 1e3)
            assert board.settled
        if second == 0:  # the window's first full paint
            continue
        out["cpu"].append(cpu)
        out["wall"].append(wall)
        for key, value in zip(("apply", "refresh", "paint"), parts, strict=True):
            out[key].append(value)
        out["ranged"].append(ranges != (board.calls_series.y_max, board.answer_series.y_max))
    gc.unfreeze()
    board.feed.wait_idle(30)
    out["snapshot"] = board.snapshot
    board.stop()
    board.close()
    board.deleteLater()
    app.processEvents()
    return out


def report(old: dict[str, Any], new: dict[str, Any], rate: int = RATE) -> str:
    lines = [f"wallboard at {rate} events/s for {len(old['cpu']) + 1} s, GUI thread per second:"]
    for name, r in (("old (feed on the GUI thread)", old), ("new (feed on its worker)", new)):
        ranged = [c for c, g in zip(r["cpu"], r["ranged"], strict=True) if g]
        over = [c for c in r["cpu"] if c > 5.0]
        lines += [
            f"  {name}; {r['load']}",
            f"    CPU  {_figures(r['cpu'])}   (target p99 <= 5 ms)",
            f"    wall {_figures(r['wall'])}",
            f"    {len(ranged)} seconds changed a chart's y range"
            + (f" (CPU p50 {statistics.median(ranged):.2f} ms)" if ranged else "")
            + f"; {len(over)} of {len(r['cpu'])} seconds over 5 ms of CPU, "
            f"{sum(1 for c, g in zip(r['cpu'], r['ranged'], strict=True) if g and c > 5.0)}"
            " of them changing a range",
        ]
    lines.append(
        f"  old parts (wall): apply {_figures(old['apply'])}; refresh {_figures(old['refresh'])};"
        f" paint {_figures(old['paint'])}"
    )
    lines.append(
        f"  old/new: CPU p50 {statistics.median(old['cpu']) / statistics.median(new['cpu']):.1f}x,"
        f" p99 {_pct(old['cpu'], 0.99) / _pct(new['cpu'], 0.99):.1f}x; wall p99 "
        f"{_pct(old['wall'], 0.99) / _pct(new['wall'], 0.99):.1f}x"
    )
    return "\n".join(lines)


def measure(rate: int = RATE, seconds: int = SECONDS) -> tuple[dict[str, Any], dict[str, Any]]:
    events = day_events(rate, seconds)
    results = []
    for threaded in (False, True):
        load = _load()
        result = run(threaded, events, rate)
        result["load"] = f"{load} before, {_load()} after"
        results.append(result)
    old, new = results
    shown = [asdict(r["snapshot"]) for r in results]
    assert shown[0] == shown[1]  # the same room either way
    return old, new


@pytest.mark.benchmark
def test_bench_wallboard() -> None:
    old, new = measure()
    print("\n" + report(old, new))


if __name__ == "__main__":
    print(report(*measure()))
