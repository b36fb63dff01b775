"""Benchmark: NMEA decode throughput, ours vs pynmea2, on the same sentences.

The mix is 100k GGA/RMC sentences: every GGA/RMC line of the real sample
logs (including the firefly GGA lines with bad checksums) plus a generated
fleet of units reporting once a second, half of them behind TAG blocks.

Baselines measured in the same run, on the same sentences:

- ``pynmea2 equal work`` (the target: ours >= 2x): ``pynmea2.parse`` with
  ``check=True`` and then reading every value our typed message holds for
  that sentence (GGA: timestamp, latitude, longitude, gps_qual, num_sats,
  horizontal_dil, altitude; RMC: timestamp, datestamp, latitude, longitude,
  spd_over_grnd, true_course, status). pynmea2 converts on attribute access,
  so this is what a consumer pays to get what ``decode`` returns. It is
  still less work than ours: pynmea2 leaves num_sats and horizontal_dil as
  ``str``, validates no field, and gets no TAG blocks.
- ``pynmea2 parse only`` (secondary): ``pynmea2.parse(check=True)`` alone,
  which only checks and splits and converts nothing.

pynmea2 has no TAG block support, so it is handed the bare sentence, and it
is handed an already decoded ``str``; ours takes the raw ``bytes`` frame with
its TAG block. Each contender runs ROUNDS times, interleaved, and the best
round counts. Prints sentences/s and the ratios; asserts only on
correctness (same fixes, same coordinates as pynmea2).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pynmea2
import pytest

from radio.codecs.nmea import decode, encode_gga, encode_rmc, with_tag_block
from radio.messages import DecodeError, PositionFix

TOTAL = 100_000
ROUNDS = 3


def build_mix(samples_dir: Path) -> list[bytes]:
    real: list[bytes] = []
    for path in sorted((samples_dir / "nmea").glob("*.log")):
        for line in path.read_bytes().splitlines():
            line = line.strip()
            if line[3:6] in (b"GGA", b"RMC") and line.startswith(b"$"):
                real.append(line)
    rng = random.Random(1)
    units = [
        (f"UNIT-{i:03d}", rng.uniform(47.0, 49.0), rng.uniform(10.0, 12.0)) for i in range(200)
    ]
    start = datetime(2024, 5, 1, 8, 0, 0, tzinfo=UTC)
    generated: list[bytes] = []
    second = 0
    while len(generated) + len(real) * 4 < TOTAL:
        when = start + timedelta(seconds=second)
        for index, (name, lat, lon) in enumerate(units):
            lat += rng.uniform(-1e-4, 1e-4)
            lon += rng.uniform(-1e-4, 1e-4)
            talker = ("GP", "GN", "GL", "GA")[index % 4]
            gga = encode_gga(lat, lon, when.timetz(), talker, 1, 9, 0.8, 512.0)
            rmc = encode_rmc(lat, lon, when, rng.uniform(0, 60), rng.uniform(0, 359), talker)
            if index % 2:
                unix = int(when.timestamp())
                gga = with_tag_block(gga, name, unix)
                rmc = with_tag_block(rmc, name, unix)
            generated += (gga, rmc)
        second += 1
    mix = real * 4 + generated
    random.Random(2).shuffle(mix)
    return mix[:TOTAL]


def bare_str(frame: bytes) -> str:
    text = frame.decode("ascii")
    return text[text.rfind("\\") + 1 :]


def run_ours(frames: list[bytes]) -> tuple[float, int]:
    began = time.perf_counter()
    fixes = 0
    for frame in frames:
        if type(decode(frame)) is PositionFix:
            fixes += 1
    return time.perf_counter() - began, fixes


def run_pynmea2_parse_only(texts: list[str]) -> tuple[float, int]:
    began = time.perf_counter()
    parsed = 0
    parse = pynmea2.parse
    for text in texts:
        try:
            parse(text, check=True)
            parsed += 1
        except pynmea2.ParseError:
            pass
    return time.perf_counter() - began, parsed


def run_pynmea2_equal_work(texts: list[str]) -> tuple[float, int]:
    """Parse, then read what our message holds (pynmea2 never raises on reads)."""
    began = time.perf_counter()
    parsed = 0
    parse = pynmea2.parse
    for text in texts:
        try:
            msg = parse(text, check=True)
        except pynmea2.ParseError:
            continue
        if msg.sentence_type == "GGA":
            _ = (msg.timestamp, msg.latitude, msg.longitude, msg.gps_qual, msg.num_sats,
                 msg.horizontal_dil, msg.altitude)  # fmt: skip
        else:
            _ = (msg.timestamp, msg.datestamp, msg.latitude, msg.longitude, msg.spd_over_grnd,
                 msg.true_course, msg.status)  # fmt: skip
        parsed += 1
    return time.perf_counter() - began, parsed


def assert_same_positions(frames: list[bytes], texts: list[str]) -> None:
    """Both decoders agree on the coordinates and time of every sentence we accept."""
    for frame, text in zip(frames[:5000], texts[:5000], strict=True):
        ours = decode(frame)
        if type(ours) is not PositionFix:
            continue
        try:
            theirs = pynmea2.parse(text, check=True)
        except pynmea2.ChecksumError:  # a sentence without one: we accept it, pynmea2 not
            continue
        assert ours.lat == pytest.approx(theirs.latitude, abs=1e-9), text
        assert ours.lon == pytest.approx(theirs.longitude, abs=1e-9), text
        assert ours.fix_time == theirs.timestamp, text


@pytest.mark.benchmark
def test_bench_nmea_decode(samples_dir: Path) -> None:
    frames = build_mix(samples_dir)
    texts = [bare_str(frame) for frame in frames]
    tagged = sum(1 for frame in frames if frame.startswith(b"\\"))
    results = [decode(frame) for frame in frames]
    errors = sum(1 for r in results if isinstance(r, DecodeError))
    fixes = sum(1 for r in results if isinstance(r, PositionFix))
    assert fixes > TOTAL * 0.8
    assert 0 < errors < TOTAL * 0.05  # the firefly GGA lines
    assert_same_positions(frames, texts)

    contenders = {
        "ours": lambda: run_ours(frames),
        "pynmea2 equal work": lambda: run_pynmea2_equal_work(texts),
        "pynmea2 parse only": lambda: run_pynmea2_parse_only(texts),
    }
    best = dict.fromkeys(contenders, float("inf"))
    counts: dict[str, int] = {}
    for _ in range(ROUNDS):
        for name, run in contenders.items():
            elapsed, counts[name] = run()
            best[name] = min(best[name], elapsed)
    assert counts["ours"] == fixes
    assert counts["pynmea2 parse only"] == counts["pynmea2 equal work"] >= fixes

    n = len(frames)
    print()
    print(
        f"NMEA decode: {n} sentences ({tagged} with TAG blocks), {fixes} fixes, {errors} rejected"
    )
    for name, elapsed in best.items():
        print(
            f"  {name:<20} {n / elapsed:>10,.0f} sentences/s  {elapsed / n * 1e6:6.2f} us/sentence"
        )
    equal = best["pynmea2 equal work"] / best["ours"]
    parse_only = best["pynmea2 parse only"] / best["ours"]
    print(f"  ratio ours / pynmea2 equal work:  {equal:.2f}x  (target >= 2x)")
    print(f"  ratio ours / pynmea2 parse only:  {parse_only:.2f}x")
