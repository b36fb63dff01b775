"""Long fuzz runs of one codec in a process of its own: what ``python3 dev.py fuzz`` starts.

Usage (from the checkout's root)::

    python -m tests.radio.codecs.fuzz.harness CODEC --work DIR [--seconds N | --runs N]
        [--samples DIR] [--engine atheris|random] [--seed N]

The harness of a codec is :func:`one_input`: it runs the codec's target
(:mod:`tests.radio.codecs.fuzz.registry`: every decoder, the contract of
:mod:`tests.radio.codecs.fuzz.contract`) on one input, and a contract
violation is a crash: the input is saved as ``DIR/crashes/CODEC/crash-<sha1>``
with the reason beside it (``.txt``; at most three inputs per kind of
failure), and fuzzing goes on.

Engines: ``atheris`` (Linux, x86-64 wheels; macOS with a hand-built atheris)
runs libFuzzer, coverage-guided over the instrumented ``radio`` package,
with a custom mutator that alternates the target's structure-aware
mutations and libFuzzer's own byte mutations (followed by the target's
``fixup``: checksums and lengths recomputed), a corpus kept in
``DIR/corpus/CODEC`` (seeded from the target's seeds), and a dictionary
of the target's tokens; libFuzzer prints its statistics. ``random``
(everywhere, Windows included; the fallback when atheris is missing) runs
the structure-aware mutations without coverage feedback. Either way the
last line on stdout is ``FUZZ-RESULT {json}`` with ``codec``, ``engine``,
``executions``, ``seconds`` and ``crashes`` (kinds found) when the harness
can print it; libFuzzer ends the process itself, so ``dev.py fuzz`` reads
its ``stat::`` lines instead.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

__all__ = ["CrashLog", "main", "one_input"]

MAX_LEN = 65536
_PER_KIND = 3


class CrashLog:
    """Saves contract violations: each input once, at most three per kind of failure."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kinds: dict[str, int] = {}

    @staticmethod
    def kind(reason: str) -> str:
        first = reason.splitlines()[0] if reason else "?"
        return re.sub(r"\d+", "#", re.sub(r"'[^']*'|b'[^']*'|\"[^\"]*\"", "'…'", first))[:120]

    def save(self, codec: str, data: bytes, reason: str) -> None:
        kind = self.kind(reason)
        seen = self.kinds.get(kind, 0)
        self.kinds[kind] = seen + 1
        if seen >= _PER_KIND:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        name = "crash-" + hashlib.sha1(data).hexdigest()
        (self.folder / name).write_bytes(data)
        (self.folder / f"{name}.txt").write_text(
            f"codec: {codec}\nkind: {kind}\nreason: {reason}\n", encoding="utf-8"
        )


def one_input(codec: str, crashes: CrashLog) -> Callable[[bytes], None]:
    """The harness of ``codec``: run its target on one input, log what breaks the contract."""
    from tests.radio.codecs.fuzz.registry import TARGETS

    target = TARGETS[codec]

    def run(data: bytes) -> None:
        try:
            target.run(data)
        except AssertionError as exc:  # ContractViolation, or the ASTERIX test's asserts
            crashes.save(codec, data, f"{exc}\n{traceback.format_exc(limit=3)}")

    return run


def _result(codec: str, engine: str, executions: int, seconds: float, crashes: CrashLog) -> None:
    summary = {
        "codec": codec,
        "engine": engine,
        "executions": executions,
        "seconds": round(seconds, 3),
        "crashes": sorted(crashes.kinds),
    }
    print("FUZZ-RESULT " + json.dumps(summary), flush=True)


def _seeds(codec: str, samples: Path | None) -> list[bytes]:
    from tests.radio.codecs.fuzz.registry import TARGETS

    return TARGETS[codec].seeds(samples)


def run_random(args: argparse.Namespace, crashes: CrashLog) -> int:
    """Structure-aware mutation without coverage feedback (no atheris needed)."""
    from tests.radio.codecs.fuzz.registry import TARGETS

    target = TARGETS[args.codec]
    harness = one_input(args.codec, crashes)
    seeds = _seeds(args.codec, args.samples)
    rng = random.Random(args.seed)
    start = time.perf_counter()
    deadline = start + args.seconds if args.seconds else float("inf")
    executions = 0
    while executions < (args.runs or sys.maxsize) and time.perf_counter() < deadline:
        data = target.mutate(rng.choice(seeds), rng)
        harness(data)
        executions += 1
    _result(args.codec, "random", executions, time.perf_counter() - start, crashes)
    return 0


def _dictionary(path: Path, tokens: tuple[bytes, ...]) -> None:
    lines = []
    for token in tokens:
        escaped = "".join(
            chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02X}" for b in token
        )
        lines.append(f'"{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


def run_atheris(args: argparse.Namespace, crashes: CrashLog) -> int:
    import atheris

    # Instrumented: every radio module, imported here for the first time.
    with atheris.instrument_imports(include=["radio"]):
        from tests.radio.codecs.fuzz.registry import TARGETS
    if args.codec not in TARGETS:
        print(f"unknown codec {args.codec!r}; known: {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    target = TARGETS[args.codec]
    corpus = args.work / "corpus" / args.codec
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in _seeds(args.codec, args.samples):
        path = corpus / ("seed-" + hashlib.sha1(seed).hexdigest())
        if not path.exists():
            path.write_bytes(seed)
    harness = one_input(args.codec, crashes)

    def mutator(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if rng.random() < 0.5:
            out = target.mutate(data, rng)
        else:
            out = target.fixup(atheris.Mutate(data, max_size))
        return out[:max_size]

    libfuzzer = [
        sys.argv[0],
        str(corpus),
        f"-artifact_prefix={crashes.folder}{os.sep}",
        "-print_final_stats=1",
        "-timeout=10",
        "-rss_limit_mb=2048",
        f"-max_len={MAX_LEN}",
        f"-seed={args.seed}",
    ]
    if target.tokens:
        dictionary = args.work / f"{args.codec}.dict"
        _dictionary(dictionary, target.tokens)
        libfuzzer.append(f"-dict={dictionary}")
    if args.runs:
        libfuzzer.append(f"-runs={args.runs}")
    if args.seconds:
        libfuzzer.append(f"-max_total_time={args.seconds}")
    crashes.folder.mkdir(parents=True, exist_ok=True)
    atheris.Setup(libfuzzer, harness, custom_mutator=mutator)
    atheris.Fuzz()  # libFuzzer ends the process
    return 0  # pragma: no cover


def atheris_available() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codec", nargs="?", default="")
    parser.add_argument("--list", action="store_true", help="print the codecs' names and stop")
    parser.add_argument("--work", type=Path, default=Path(".fuzz"), help="corpus and crashes")
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--runs", type=int, default=0)
    parser.add_argument("--samples", type=Path, default=None)
    parser.add_argument("--engine", choices=("atheris", "random"), default="atheris")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.samples is not None and not args.samples.is_dir():
        args.samples = None
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.list:
        from tests.radio.codecs.fuzz.registry import TARGETS

        print(" ".join(TARGETS))
        return 0
    crashes = CrashLog(args.work / "crashes" / args.codec)
    if args.engine == "atheris" and not atheris_available():
        print("atheris is not installed here: structure-aware random fuzzing instead", flush=True)
        args.engine = "random"
    if args.engine == "atheris":
        return run_atheris(args, crashes)  # imports the codecs instrumented: nothing before
    from tests.radio.codecs.fuzz.registry import TARGETS

    if args.codec not in TARGETS:
        print(f"unknown codec {args.codec!r}; known: {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    return run_random(args, crashes)


if __name__ == "__main__":
    import logging

    # The codecs log their own crashes with a traceback: the crash log has them already.
    logging.disable(logging.CRITICAL)
    sys.exit(main())
