"""console.collector: the start-up heap frozen out of collections; later cycles collected.

In a child interpreter: freezing the test suite's own heap would keep every earlier
test's garbage for good."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
