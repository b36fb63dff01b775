"""Benchmark: ASTERIX CAT048 decode throughput (records/s) on a realistic stream.

The stream is 100k CAT048 target reports of 500 tracks built with our
encoder, in blocks of 20 records, each record carrying the items a Mode S
radar typically sends (010, 140, 020, 040, 070, 090, 130, 220, 240, 250 x1,
161, 042, 200, 170, 230).

Baselines measured in the same run, on the same blocks:

- ``walk_block``: the same tables walking FSPECs and item lengths without
  converting any value (the cost of structure alone);
- ``struct only``: a hand-unrolled ``struct.unpack_from`` of the same fixed
  layout (knowing the layout in advance, no FSPEC interpretation): the
  floor for pure-Python unpacking of these bytes.

Each contender runs ROUNDS times, interleaved; the best round counts.
Prints records/s and ratios; asserts only correctness.
"""

from __future__ import annotations

import struct
import time
from typing import Any

import pytest

from radio.codecs.asterix import decode_block, encode_block, encode_record, walk_block
from radio.messages_sensor import RadarTarget

pytestmark = pytest.mark.benchmark

RECORDS = 100_000
PER_BLOCK = 20
ROUNDS = 3


def _items(n: int) -> dict[str, Any]:
    track = n % 500
    return {
        "010": {"SAC": 25, "SIC": 7},
        "140": {"ToD": (n // 500) * 4.0 + track * 0.0078125},
        "020": {"TYP": 5, "SIM": 0, "RDP": 0, "SPI": 0, "RAB": 0},
        "040": {"RHO": 5 + track * 0.25, "THETA": (track * 7.2) % 360},
        "070": {"V": 0, "G": 0, "L": 0, "MODE": f"{track % 4096:04o}"},
        "090": {"V": 0, "G": 0, "FL": 100 + track % 300},
        "130": {"SAM": {"SAM": -60}, "PAM": {"PAM": -70}},
        "220": {"ADR": f"{0x400000 + track:06x}"},
        "240": {"IDENT": f"TST{track:04d}"},
        "250": [{"MBDATA": "c8480030a80000", "BDS1": 4, "BDS2": 0}],
        "161": {"TRN": track},
        "042": {"X": track * 0.5 - 100, "Y": 50 - track * 0.25},
        "200": {"GSP": 0.1, "HDG": (track * 3.1) % 360},
        "170": {"CNF": 0, "RAD": 2, "DOU": 0, "MAH": 0, "CDM": 0},
        "230": {"COM": 1, "STAT": 0, "SI": 0, "MSSC": 1, "ARC": 1, "AIC": 1, "B1A": 1, "B1B": 13},
    }


_LAYOUT = struct.Struct(">3s2B3sBHHHHB2b3s6sB7sBHhhHHB2B")


def _struct_only(blocks: list[bytes]) -> int:
    size = _LAYOUT.size
    unpack = _LAYOUT.unpack_from
    count = 0
    for block in blocks:
        pos = 3
        end = len(block)
        while pos < end:
            unpack(block, pos)
            pos += size
            count += 1
    return count


def _run_decode(blocks: list[bytes]) -> int:
    return sum(len(decode_block(b)) for b in blocks)


def _run_walk(blocks: list[bytes]) -> int:
    return sum(walk_block(b) for b in blocks)  # type: ignore[misc]


def test_cat048_decode_throughput() -> None:
    records = [_items(n) for n in range(RECORDS)]
    assert len(encode_record(48, records[0])) == _LAYOUT.size
    blocks = [encode_block(48, records[i : i + PER_BLOCK]) for i in range(0, RECORDS, PER_BLOCK)]
    sample = decode_block(blocks[1])
    assert all(isinstance(t, RadarTarget) for t in sample)
    first = sample[0]
    assert isinstance(first, RadarTarget)
    assert (first.track_number, first.callsign, first.mode3a) == (20, "TST0020", "0024")
    assert first.theta_deg == pytest.approx(144.0, abs=0.006)

    contenders = {
        "decode_block": _run_decode,
        "walk_block (lengths only)": _run_walk,
        "struct only (fixed layout)": _struct_only,
    }
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(ROUNDS):
        for name, run in contenders.items():
            start = time.perf_counter()
            count = run(blocks)
            best[name] = min(best[name], time.perf_counter() - start)
            assert count == RECORDS, name
    mb = sum(map(len, blocks)) / 1e6
    print(f"\nASTERIX CAT048: {RECORDS} records in {len(blocks)} blocks ({mb:.1f} MB)")
    for name, seconds in best.items():
        print(f"  {name:28s} {RECORDS / seconds:12,.0f} records/s  ({seconds * 1e3:7.1f} ms)")
    ours = best["decode_block"]
    print(
        f"  decode_block / walk_block cost ratio: {ours / best['walk_block (lengths only)']:.1f}x"
    )
    print(
        f"  decode_block / struct-only cost ratio: {ours / best['struct only (fixed layout)']:.1f}x"
    )
