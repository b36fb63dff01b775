"""ASTERIX under the long fuzz runs and the benchmark, reusing the suite's ASTERIX fuzz test.

``tests/radio/codecs/asterix/test_fuzz_asterix.py`` already fuzzes every
category in the normal suite (Hypothesis, its own seeds and mutations); this
target only lends its seeds, its check and its block-length repair to
``dev.py fuzz`` and ``bench_fuzz.py``, so there is no second in-suite test.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from radio.codecs.asterix import decode
from tests.radio.codecs.asterix.test_fuzz_asterix import SEEDS, _check
from tests.radio.codecs.fuzz.mutators import Rng, mutate_bytes
from tests.radio.codecs.fuzz.target import Target

__all__ = ["ASTERIX"]


@cache
def seeds(samples: Path | None) -> list[bytes]:
    out = list(SEEDS.values())
    if samples is not None:
        out += [path.read_bytes() for path in sorted((samples / "asterix").glob("*.bin"))]
    return out


def fixup(data: bytes) -> bytes:
    """LEN (octets 2-3) set to the block's length, as the suite's fuzz test does."""
    if len(data) < 3:
        return data
    return data[:1] + min(len(data), 0xFFFF).to_bytes(2, "big") + data[3:]


def mutate(data: bytes, rng: Rng) -> bytes:
    out = mutate_bytes(data, rng)
    return fixup(out) if rng.random() < 0.9 else out


ASTERIX = Target(
    name="asterix",
    seeds=seeds,
    mutate=mutate,
    fixup=fixup,
    run=_check,
    decode=decode,
)
