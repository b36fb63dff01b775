"""Benchmark: start time against the log's length, with and without picture snapshots.

For each size (10,000 and 1,000,000 events; add 10,000,000 with
``START_BENCH_BIG=1``) a store is built by bulk-inserting pre-chained rows
(``number_and_hash`` and plain ``executemany``, not the writer): 98% AVL
frames, 2% dispatch events (incidents created, dispatched, closed). Then,
each in a fresh process on that store:

- the recorder (``dispatch-console record``): spawn -> "recording link";
- the console (``--screenshot``): spawn -> first painted map, and spawn ->
  session started (picture loaded, links running).

Each is measured on the store as built (no snapshot: the picture is rebuilt
from the whole log, as before snapshots existed: the baseline) and again
after that start wrote its snapshots; printed side by side with the ratio,
and beside the time a bare interpreter takes to start and print, and one
that only imports the recorder's modules, measured in the same run (the
floors: how loaded the machine is, and what of the recorder's start is
imports).
Each figure is the median of ``START_BENCH_REPEAT`` starts (default 3; the
floors too), so one start slowed by a busy machine does not decide it;
``START_BENCH_SIZES=10000000`` picks the sizes.
Targets (10M events): first painted map <= 2 s, recorder's links open <= 1 s.
Never asserts on time.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete

from models.store import NewEvent, open_store
from models.store.batch_rows import number_and_hash
from models.store.chain import GENESIS_HASH
from models.store.events import canonical_json
from models.store.schema_snapshots import snapshots_table

pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(3600)]  # 10M events: minutes to build

SIZES = [10_000, 1_000_000] + ([10_000_000] if os.environ.get("START_BENCH_BIG") else [])
if os.environ.get("START_BENCH_SIZES"):
    SIZES = [int(n) for n in os.environ["START_BENCH_SIZES"].split(",")]
REPEAT = max(1, int(os.environ.get("START_BENCH_REPEAT", "3")))
CHUNK = 50_000
T0 = datetime(2025, 1, 1, tzinfo=UTC)
COLUMNS = "seq, rx_time, source, kind, payload, raw, error, prev_hash, hash"
UNITS = ["HE11", "HE12", "HE14", "HE221", "HE31"]


def _events(start: int, count: int) -> list[NewEvent]:
    out = []
    for i in range(start, start + count):
        at = T0 + timedelta(milliseconds=100 * i)
        story, step = divmod(i, 50)
        incident = f"2025-{story:06d}"
        unit = UNITS[story % len(UNITS)]
        if step == 0:
            kind = "incident.created"
            payload = {"incident_id": incident, "type": "fall", "priority": 3,
                       "lat": 60.17, "lon": 24.94}  # fmt: skip
        elif step == 1:
            kind, payload = "unit.status", {"unit": unit, "status": "dispatched",
                                            "incident_id": incident}  # fmt: skip
        elif step == 2:
            kind, payload = "incident.closed", {"incident_id": incident, "disposition": "done"}
        elif step == 3:
            kind, payload = "unit.status", {"unit": unit, "status": "available"}
        else:
            out.append(NewEvent("link:avl-udp", "frame.decoded", at, {
                "protocol": "nmea", "unit": unit, "peer": "127.0.0.1:5000",
                "message": {"kind": "RMC", "lat": 60.17, "lon": 24.94, "speed_kn": 12.5},
            }, raw=b"$GPRMC,120000.00,A,6010.2,N,02456.4,E,12.5,90.0,010125,,,A*00"))  # fmt: skip
            continue
        out.append(NewEvent("operator:bench", kind, at, payload))
    return out


def _build(path: Path, size: int) -> float:
    open_store(f"sqlite:///{path}").close()  # the schema, by the migrations
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # building a test fixture, not storing frames
    prev, seq = GENESIS_HASH, 1
    marks = ",".join("?" * 9)
    for start in range(0, size, CHUNK):
        events = _events(start, min(CHUNK, size - start))
        payloads = [canonical_json(e.payload) for e in events]
        _, flat, _, _, prev = number_and_hash(events, payloads, seq, prev, sqlite_values=True)
        rows = [flat[i : i + 9] for i in range(0, len(flat), 9)]
        conn.executemany(f"INSERT INTO events ({COLUMNS}) VALUES ({marks})", rows)
        conn.commit()
        seq += len(events)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def _time_until(cmd: list[str], markers: list[str], stop: bool) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env)  # fmt: skip
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    output: list[str] = []
    for line in proc.stdout:
        output.append(line)
        for marker in markers:
            if marker not in seen and marker in line:
                seen[marker] = time.perf_counter() - started
        if len(seen) == len(markers):
            if stop:
                proc.send_signal(signal.SIGTERM)
            break
    proc.communicate(timeout=600)
    assert len(seen) == len(markers), (
        f"{cmd}: {set(markers) - set(seen)} never printed:\n" + "".join(output[-30:])
    )
    return [seen[m] for m in markers]


def _drop_snapshots(path: Path) -> None:
    store = open_store(f"sqlite:///{path}")
    with store.engine.begin() as conn:
        conn.execute(delete(snapshots_table))
    store.close()


@pytest.mark.parametrize("size", SIZES)
def test_start_time_against_log_length(size: int, make_site) -> None:
    site = make_site([{"name": "avl-udp", "transport": "udp", "protocol": "nmea",
                       "host": "127.0.0.1", "port": 0}])  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.sqlite"
        built = _build(path, size)
        mb = path.stat().st_size / 1e6
        cli = [sys.executable, "-m", "console"]
        record = [*cli, "--site", str(site), "record", "--store", str(path)]
        shot = [*cli, "--site", str(site), "--store", str(path),
                "--screenshot", str(Path(tmp) / "s.png")]  # fmt: skip
        paint = ["first map frame painted", "session started"]
        # The floors on this machine, now: an interpreter that starts and prints, and one
        # that imports the recorder's modules (no store, no site) and prints.
        bare = [sys.executable, "-c", "print('ready')"]
        floor = statistics.median(
            _time_until(bare, ["ready"], stop=False)[0] for _ in range(REPEAT)
        )
        imports = [sys.executable, "-c", "import console.commands.record; print('ready')"]
        imported = statistics.median(
            _time_until(imports, ["ready"], stop=False)[0] for _ in range(REPEAT)
        )
        figures = {}
        for label in ("no snapshot", "snapshot"):
            runs = []
            for _ in range(REPEAT):
                if label == "no snapshot":
                    _drop_snapshots(path)
                (links,) = _time_until(record, ["recording link"], stop=True)
                if label == "no snapshot":
                    _drop_snapshots(path)  # the console's first start rebuilds from the log too
                painted, started = _time_until(shot, paint, stop=False)
                runs.append((links, painted, started))
            figures[label] = tuple(statistics.median(column) for column in zip(*runs, strict=True))
        print()
        print(f"{size:,} events ({mb:.0f} MB, built in {built:.1f} s); medians of {REPEAT} "
              f"starts; a bare interpreter starts in {floor:.2f} s, one importing the "
              f"recorder in {imported:.2f} s:")  # fmt: skip
        for i, what in enumerate(("recorder: links open", "console: first map frame",
                                  "console: session started")):  # fmt: skip
            base, ours = figures["no snapshot"][i], figures["snapshot"][i]
            print(f"  {what:28s} {base:6.2f} s without snapshot, {ours:6.2f} s with "
                  f"(x{base / ours:.2f})")  # fmt: skip
