"""Benchmark: fuzzing throughput per codec, without Hypothesis, against a json.loads baseline.

For every fuzz target (``tests/radio/codecs/fuzz/registry.py``: NMEA, ALI,
AML, PIDF-LO, CAP, zone alarms, ASTERIX, the framers) the inputs are its
seed corpus (our fixtures and the real samples) plus MUTATIONS structure-
aware mutations of it (a seeded ``random.Random``, so the same inputs every
run). Measured on those inputs, in the same run:

- ``decode``: the registry's decoder alone over the inputs (frames/s);
- ``run``: every entry point of the codec plus the contract check (what a
  fuzz execution costs);
- ``mutate+run``: one mutation and one run per input: the throughput of
  ``dev.py fuzz --engine random``;
- the baseline: ``json.loads`` of a small JSON object, as many times, in a
  plain loop: the cost of the most trivial per-frame parse.

Each contender runs ROUNDS times, interleaved, and the best round counts.
Prints frames/s and the ratio to the baseline; asserts only that every input
went through.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.radio.codecs.fuzz.registry import TARGETS

pytestmark = pytest.mark.benchmark

MUTATIONS = 3000
ROUNDS = 3
BASELINE_DOCUMENT = b'{"lat": 60.1699, "lon": 24.9384, "unit": "HE11", "speed": [1, 2.5]}'


def best_seconds(func: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def test_bench_fuzz_throughput(samples_dir: Path) -> None:
    loads = json.loads
    print(
        f"\n{'codec':11s} {'inputs':>7s} {'decode/s':>11s} {'run/s':>10s} "
        f"{'mutate+run/s':>13s} {'json.loads/s':>13s} {'decode/json':>12s} {'fuzz/json':>10s}"
    )
    for name, target in TARGETS.items():
        seeds = target.seeds(samples_dir)
        rng = random.Random(1)
        inputs = seeds + [target.mutate(rng.choice(seeds), rng) for _ in range(MUTATIONS)]
        pairs = [(rng.choice(seeds), random.Random(index)) for index in range(len(inputs))]
        decode, run, mutate = target.decode, target.run, target.mutate
        count = len(inputs)

        def decode_all(decode: Any = decode, inputs: list[bytes] = inputs) -> None:
            for data in inputs:
                decode(data)

        def run_all(run: Any = run, inputs: list[bytes] = inputs) -> None:
            for data in inputs:
                run(data)

        def fuzz_all(run: Any = run, mutate: Any = mutate, pairs: list[Any] = pairs) -> None:
            for seed, seeded in pairs:
                run(mutate(seed, seeded))

        def baseline(count: int = count) -> None:
            for _ in range(count):
                loads(BASELINE_DOCUMENT)

        times = {
            "decode": best_seconds(decode_all),
            "run": best_seconds(run_all),
            "fuzz": best_seconds(fuzz_all),
            "json": best_seconds(baseline),
        }
        rate = {key: count / seconds for key, seconds in times.items()}
        print(
            f"{name:11s} {count:7d} {rate['decode']:11,.0f} {rate['run']:10,.0f} "
            f"{rate['fuzz']:13,.0f} {rate['json']:13,.0f} "
            f"{rate['decode'] / rate['json']:11.3f}x {rate['fuzz'] / rate['json']:9.3f}x"
        )
        assert count == len(seeds) + MUTATIONS
