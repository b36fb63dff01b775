"""Benchmark: the store writer's CPU under a 5,000 events/s storm, window fixed and grown.

Contract: a real ``GroupCommitWriter`` on a SQLite file (WAL,
``synchronous=FULL``, the default projections) is fed 5,000 radar-and-AVL
frame events a second for ``COMMIT_WINDOW_S`` seconds (default 8), paced in
5 ms slices from this thread as a recorder's links submit them. Twice in one
process, alternating (fixed, grown, fixed, grown): the window fixed at the
writer's 5 ms (the baseline, as before ``models.store.commit_window``) and
the window as shipped (grown to ``BUSY_WINDOW_S`` while the storm lasts).
Prints, per run: the writer thread's CPU per second (``/proc`` thread
times: the whole thread, waits for work included) and the commits' own CPU
(``CommitLoop.busy_cpu_s``), batches committed per second, events per batch, and
the commit latency (submit -> receipt resolved) p50/p99; then the ratios.
Checks that nothing was lost (every receipt resolved, the chain verifies).
Never asserts on time.
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.store import GroupCommitWriter, NewEvent, open_store, verify_chain

RATE = 5000
SECONDS = float(os.environ.get("COMMIT_WINDOW_S", "8"))
SLICE_S = 0.005
UNITS = 40


def _event(i: int) -> NewEvent:
    now = datetime.now(UTC)
    if i % 2:
        message = {"protocol": "nmea", "kind": "GGA", "talker": "GP",
                   "lat": 60.17 + (i % 500) / 1e5, "lon": 24.94 + (i % 300) / 1e5,
                   "fix_quality": 1, "satellites": 9}  # fmt: skip
        payload = {"unit": f"HE{i % UNITS:02d}", "message": message}
        raw = b"\\s:HE01*00\\$GPGGA,120000.00,6010.200,N,02456.400,E,1,09,0.9,12.0,M,,,,*00"
        return NewEvent("link:avl-udp", "frame.decoded", now, payload, raw)
    record = {"kind": "cat048", "sac": 246, "sic": 1, "track_number": i % 200,
              "rho_nm": 1.0 + (i % 97) / 50, "theta_deg": (i * 7) % 360,
              "speed_kt": 12.0, "heading_deg": 90.0}  # fmt: skip
    payload = {"message": {"protocol": "asterix", "records": [record]}}
    return NewEvent("link:radar", "frame.decoded", now, payload, bytes(48))


def _thread_cpu_s(native_id: int | None) -> float:
    """User + system CPU seconds of one thread of this process (``/proc``)."""
    if native_id is None:
        return 0.0
    fields = Path(f"/proc/self/task/{native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run(path: Path, grown: bool) -> dict[str, float]:
    store = open_store(f"sqlite:///{path}")
    writer = GroupCommitWriter(store)
    loop = writer._loop
    if not grown:  # the baseline: the window stays at the writer's 5 ms
        loop.window.busy_s = loop.window.base_s
    latencies: list[float] = []
    receipts = []
    thread = loop.thread.native_id
    sent = 0
    start = time.perf_counter()
    cpu0, busy0, commits0 = _thread_cpu_s(thread), loop.busy_cpu_s, writer.batches_committed
    try:
        while (elapsed := time.perf_counter() - start) < SECONDS:
            due = int((elapsed + SLICE_S) * RATE)
            while sent < due:
                submitted = time.perf_counter()
                receipt = writer.submit(_event(sent))
                receipt.add_done_callback(
                    lambda _r, t=submitted: latencies.append(time.perf_counter() - t)
                )
                receipts.append(receipt)
                sent += 1
            time.sleep(SLICE_S)
        writer.flush()
        wall = time.perf_counter() - start
        cpu, busy = _thread_cpu_s(thread) - cpu0, loop.busy_cpu_s - busy0
        commits = writer.batches_committed - commits0
        for receipt in receipts:
            receipt.result(10)  # every one resolved, none failed
    finally:
        writer.close()
    assert verify_chain(store).ok
    store.close()
    lat = sorted(latencies)
    assert len(lat) == sent
    return {
        "events": float(sent),
        "thread_ms_per_s": 1000.0 * cpu / wall,
        "commit_ms_per_s": 1000.0 * busy / wall,
        "commits_per_s": commits / wall,
        "events_per_commit": sent / max(1, commits),
        "p50_ms": 1000.0 * statistics.median(lat),
        "p99_ms": 1000.0 * lat[int(0.99 * (len(lat) - 1))],
    }


@pytest.mark.benchmark
def test_bench_commit_window(tmp_path: Path) -> None:
    runs: dict[str, list[dict[str, float]]] = {"fixed 5 ms (baseline)": [], "grown (shipped)": []}
    for i, grown in enumerate((False, True, False, True)):
        name = "grown (shipped)" if grown else "fixed 5 ms (baseline)"
        runs[name].append(_run(tmp_path / f"store{i}.sqlite", grown))
    print(f"\ncommit window: {RATE} frame events/s for {SECONDS:.0f} s into a SQLite writer,"
          " each configuration twice (alternating)")  # fmt: skip
    means: dict[str, dict[str, float]] = {}
    for name, figures in runs.items():
        mean = {k: statistics.fmean(f[k] for f in figures) for k in figures[0]}
        means[name] = mean
        print(f"  {name:22s} writer thread {mean['thread_ms_per_s']:6.1f} ms/s"
              f" (commits {mean['commit_ms_per_s']:6.1f}); {mean['commits_per_s']:6.1f}"
              f" commits/s of {mean['events_per_commit']:6.1f} events;"
              f" submit -> durable p50 {mean['p50_ms']:5.1f} ms,"
              f" p99 {mean['p99_ms']:5.1f} ms")  # fmt: skip
    base, new = means["fixed 5 ms (baseline)"], means["grown (shipped)"]
    print(f"  writer thread CPU x{new['thread_ms_per_s'] / base['thread_ms_per_s']:.2f},"
          f" commits x{new['commits_per_s'] / base['commits_per_s']:.2f},"
          f" latency p99 +{new['p99_ms'] - base['p99_ms']:.1f} ms (grown / fixed)")  # fmt: skip
