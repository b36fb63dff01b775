"""Benchmark: caller-location decode throughput (records/s) per codec.

Each codec is measured against a baseline doing the least work that still
reads the same input, in the same run, on the same inputs:

- ALI: full ``decode_ali`` (framing checks, BCC, 16 fields validated) vs
  splitting the record body into lines and slicing the same 16 fields out
  (no checks, no conversion).
- AML SMS: full ``decode_aml_sms`` vs a plain ``split(";")`` into a dict.
- AML HTTPS: full ``decode_aml_http`` vs ``urllib.parse.parse_qsl`` alone.
- PIDF-LO: full ``decode_pidf`` vs ``defusedxml`` parsing alone (the floor
  the codec cannot go under, since it must parse safely).

Inputs are the real samples plus generated variants. Each contender runs
ROUNDS times, interleaved, the best round counts. Prints records/s and the
ratio codec/baseline; asserts only correctness.
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import defusedxml.ElementTree as SafeET
import pytest

from radio.codecs.ali import decode_ali, encode_ali
from radio.codecs.ali_profile import DEFAULT_PROFILE
from radio.codecs.aml import decode_aml_http, decode_aml_sms, encode_aml_http, encode_aml_sms
from radio.codecs.pidf import decode_pidf, encode_pidf
from radio.messages_location import CallerLocation

pytestmark = pytest.mark.benchmark

ROUNDS = 3
XOR = dataclasses.replace(DEFAULT_PROFILE, bcc="xor")


def best_rate(func: Callable[[Any], Any], items: list[Any]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for item in items:
            func(item)
        best = min(best, time.perf_counter() - start)
    return len(items) / best


def report(
    name: str,
    items: list[Any],
    codec: Callable[[Any], Any],
    base: Callable[[Any], Any],
    base_name: str,
) -> None:
    ours = best_rate(codec, items)
    floor = best_rate(base, items)
    print(
        f"\n{name:10s} {len(items):6d} records: codec {ours:12,.0f}/s | {base_name} "
        f"{floor:12,.0f}/s | codec/baseline {ours / floor:5.2f}x"
    )


def generated(count: int, seed: int) -> list[CallerLocation]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    out = []
    for index in range(count):
        wireless = index % 3 != 0
        out.append(
            CallerLocation(
                "x", "x", "x",
                number=f"555{rng.randrange(10**7):07d}",
                lat=round(rng.uniform(-60, 60), 5) if wireless else None,
                lon=round(rng.uniform(-170, 170), 5) if wireless else None,
                radius_m=float(rng.randrange(5, 2000)) if wireless else None,
                confidence=rng.randrange(50, 100),
                class_of_service="WPH2" if wireless else "RESD",
                time=start + timedelta(seconds=index),
                method="GNSS",
                civic=(("NAM", "CALLER"), ("HNO", str(index % 999)), ("RD", "MAIN ST")),
                extras=(("esn", f"{index % 99999:05d}"), ("imsi", "234150999999999")),
            )
        )  # fmt: skip
    return out


def test_ali_throughput() -> None:
    frames = [encode_ali(r, XOR) for r in generated(20_000, 1)]
    fields = [(f.line - 1, f.column - 1, f.column - 1 + f.width) for f in XOR.fields]

    def baseline(frame: bytes) -> list[str]:
        lines = frame[1 : frame.index(3)].decode("ascii").split("\r\n")
        return [lines[line][a:b].strip() for line, a, b in fields]

    assert all(isinstance(decode_ali(f, XOR), CallerLocation) for f in frames[:100])
    report("ALI", frames, lambda f: decode_ali(f, XOR), baseline, "split+slice")


def test_aml_sms_throughput(samples_dir: Path) -> None:
    real = [
        line.split("\t")[4].encode()
        for line in (samples_dir / "aml" / "aml_sms_text_cases.tsv").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    messages = real * 500 + [encode_aml_sms(r) for r in generated(20_000, 2)]

    def baseline(frame: bytes) -> dict[str, str]:
        return dict(part.split("=", 1) for part in frame.decode("ascii").split(";"))

    assert isinstance(decode_aml_sms(messages[-1]), CallerLocation)
    report("AML SMS", messages, decode_aml_sms, baseline, "split(';')")


def test_aml_http_throughput(samples_dir: Path) -> None:
    text = (samples_dir / "aml" / "aml_https_post_bodies.txt").read_bytes()
    real = [line for line in text.splitlines() if line.startswith(b"v=")]
    bodies = real * 2000 + [encode_aml_http(r) for r in generated(10_000, 3)]
    assert isinstance(decode_aml_http(bodies[-1]), CallerLocation)
    report(
        "AML HTTPS", bodies, decode_aml_http, lambda b: parse_qsl(b.decode("ascii")), "parse_qsl"
    )


def test_pidf_throughput(samples_dir: Path) -> None:
    real = [path.read_bytes() for path in sorted((samples_dir / "pidf_lo").glob("*.xml"))]
    documents = real * 1000 + [encode_pidf(r) for r in generated(5_000, 4)]
    assert all(isinstance(decode_pidf(d), list) for d in documents[:10])
    report(
        "PIDF-LO",
        documents,
        decode_pidf,
        lambda d: SafeET.fromstring(d, forbid_dtd=True),
        "defusedxml parse",
    )
