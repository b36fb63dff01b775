"""What the fuzzers need to know about one codec: a :class:`Target`.

Role: one ``Target`` per codec (``nmea``, ``ali``, ``aml``, ``pidf``,
``cap``, ``zone-alarm``, ``framing``), built in the ``*_target`` modules
and listed in :mod:`tests.radio.codecs.fuzz.registry`. The Hypothesis fuzz
tests, the atheris harnesses (``dev.py fuzz``) and the fuzz benchmark all
drive codecs through it, so the three exercise the same seeds, the same
structure-aware mutations and the same contract.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.radio.codecs.fuzz.mutators import Rng

__all__ = ["Target"]


@dataclass(frozen=True)
class Target:
    """One codec under fuzzing.

    ``seeds(samples)`` gives the seed corpus: our own fixtures, plus the
    real-world samples when ``samples`` (``../shared/samples``) is given.
    ``mutate(data, rng)`` applies structure-aware mutations and ``fixup``;
    ``fixup(data)`` repairs checksums and lengths after any mutation (the
    atheris custom mutator calls it after libFuzzer's own byte mutations);
    ``run(data)`` decodes with every entry point of the codec and checks
    the contract (raises ``ContractViolation``); ``decode`` is the
    registry's decoder alone, for the benchmark; ``tokens`` is a libFuzzer
    dictionary.
    """

    name: str
    seeds: Callable[[Path | None], list[bytes]]
    mutate: Callable[[bytes, Rng], bytes]
    fixup: Callable[[bytes], bytes]
    run: Callable[[bytes], None]
    decode: Callable[[bytes], Any]
    tokens: tuple[bytes, ...] = field(default=())


def sample_lines(path: Path, column: int | None = None) -> list[bytes]:
    """Non-comment lines of a sample file (``column``: that tab-separated column only)."""
    out = []
    for line in path.read_bytes().splitlines():
        if not line.strip() or line.startswith(b"#"):
            continue
        if column is not None:
            parts = line.split(b"\t")
            if len(parts) <= column:
                continue
            line = parts[column]
        out.append(line)
    return out
