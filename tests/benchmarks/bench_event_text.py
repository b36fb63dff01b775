"""Benchmark: event-log summaries in the console's language, against English with no
translator in the same run.

``console.reports.event_text.summarize`` runs for every committed event shown
(on the GUI thread for batches the log follower hands over), so a storm of
decoded radar and AVL frames is its hot path. The mix: 90 % ``frame.decoded``
(the storm), the rest unit statuses, link states, calls and reach steps.
Printed per language (none installed = the baseline; en, he, ar, cs):
microseconds per summary for the mix and for ``frame.decoded`` alone, the
ratio to the baseline, and the thread CPU time (``time.thread_time``). The
machine's load average is printed beside them. Never asserts on time.

Run: ``python3 dev.py bench tests/benchmarks/bench_event_text.py`` (or
``pytest -m benchmark tests/benchmarks/bench_event_text.py -s``).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.reports.event_text import summarize
from models.store import StoredEvent
from widgets.i18n import install_language

T = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
ROUNDS = 3


def _events() -> tuple[list[StoredEvent], list[StoredEvent]]:
    frames = [
        StoredEvent("link:avl", "frame.decoded", T,
                    {"protocol": "nmea", "unit": f"JF{i % 40}",
                     "message": {"talker": "GP", "kind": "RMC", "lat": 31.7 + i * 1e-5,
                                 "lon": 35.2}}, b"$GP", None, i, "")
        for i in range(9000)
    ]  # fmt: skip
    others = []
    for i in range(250):
        others += [
            StoredEvent("operator:anna", "unit.status", T,
                        {"unit": "JF11", "status": "en route", "previous": "dispatched",
                         "incident_id": "2026-000123"}, None, None, i, ""),
            StoredEvent("link:avl", "link.state", T,
                        {"link": "avl-udp", "state": "down", "endpoint": "udp :10210",
                         "error": "connection refused"}, None, None, i, ""),
            StoredEvent("link:ali", "call.offered", T,
                        {"call_id": "C000042", "number": "+972 2 555 0000", "via": "aml",
                         "location": {"lat": 31.77, "lon": 35.21, "radius_m": 35}},
                        None, None, i, ""),
            StoredEvent("reach", "reach.timed_out", T,
                        {"notice_id": "2026-000123/JF11/1@ab", "stage": "crew",
                         "limit_s": 60}, None, None, i, ""),
        ]  # fmt: skip
    return frames, frames + others


def _per_event_us(events: list[StoredEvent]) -> tuple[float, float]:
    """Best of ``ROUNDS``: wall and thread CPU microseconds per summary."""
    best_wall = best_cpu = float("inf")
    for _ in range(ROUNDS):
        wall, cpu = time.perf_counter(), time.thread_time()
        for event in events:
            summarize(event)
        best_wall = min(best_wall, (time.perf_counter() - wall) / len(events) * 1e6)
        best_cpu = min(best_cpu, (time.thread_time() - cpu) / len(events) * 1e6)
    return best_wall, best_cpu


@pytest.mark.benchmark
def test_bench_event_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from widgets.i18n import _remove_installed  # the loader's own undo

    frames, mix = _events()
    install_language(qapp, "en", cache_dir=tmp_path)  # left to right
    _remove_installed(qapp)  # the baseline: the English source, no catalogue at all
    rows = []
    base_mix, base_cpu = _per_event_us(mix)
    base_frames, _ = _per_event_us(frames)
    rows.append(("none", base_mix, base_cpu, base_frames))
    for code in ("en", "he", "ar", "cs"):
        install_language(qapp, code, cache_dir=tmp_path)
        mix_us, cpu_us = _per_event_us(mix)
        frame_us, _ = _per_event_us(frames)
        rows.append((code, mix_us, cpu_us, frame_us))
    install_language(qapp, "en", cache_dir=tmp_path)
    print(f"\nevent-log summaries, {len(mix)} events (90 % frame.decoded), best of {ROUNDS}; "
          f"load average {os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"{'language':<9}{'mix us':>9}{'x base':>8}{'cpu us':>9}{'frame us':>10}{'x base':>8}")
    for code, mix_us, cpu_us, frame_us in rows:
        print(f"{code:<9}{mix_us:>9.2f}{mix_us / base_mix:>8.2f}{cpu_us:>9.2f}"
              f"{frame_us:>10.2f}{frame_us / base_frames:>8.2f}")  # fmt: skip
