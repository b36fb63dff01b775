"""Benchmark: start of the ``dispatch-console`` process to its first painted map frame.

Spawns the real console (``--screenshot``, offscreen, temporary store, the
embedded default site) and reads the wall time from spawn to the log line
``first map frame painted``. Baseline in the same run: a bare PySide6
process that shows one empty window and paints it. Target: <= 2 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

RUNS = 3
BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
w = QWidget(); w.resize(1400, 900); w.show()
QTimer.singleShot(0, lambda: (w.grab(), print('painted', flush=True), app.quit()))
app.exec()
"""


def _time_until(cmd: list[str], marker: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if elapsed is None and marker in line:
            elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    assert proc.returncode == 0, f"{cmd} exited with {proc.returncode}"
    assert elapsed is not None, f"{marker!r} never printed"
    return elapsed


def test_start_to_first_paint(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    console = [sys.executable, "-m", "console", "--screenshot", str(tmp_path / "s.png")]
    baseline = [sys.executable, "-c", BASELINE]
    _time_until(console, "first map frame painted", env)  # warm the file cache
    ours = [_time_until(console, "first map frame painted", env) for _ in range(RUNS)]
    bare = [_time_until(baseline, "painted", env) for _ in range(RUNS)]
    print()
    print(
        f"console start -> first map frame: median {statistics.median(ours):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in ours)})"
    )
    print(f"bare PySide6 window start -> paint: median {statistics.median(bare):.2f} s")
    print(
        f"ratio console / bare Qt: {statistics.median(ours) / statistics.median(bare):.2f}x"
        "   (target: console <= 2 s)"
    )
