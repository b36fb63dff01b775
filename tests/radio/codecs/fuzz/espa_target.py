"""ESPA 4.4.4 under fuzzing: the framer, the block codec and the control station.

Seeds are our own line captures: the spec's example transactions (a call to
pager, status information with call status, a status request), both
directions glued, control sequences with their prefixes, noise, and blocks
whose BCC equals a control byte. Mutations either rewrite records (edge
values from :mod:`~tests.radio.codecs.fuzz.mutators`, identifiers, headers,
separators) or work on bytes with the control characters as tokens; then
:func:`fixup` recomputes every block's BCC, so most mutations reach the
record parser instead of stopping at the check.

:func:`run` checks, for one input: the framer's frame-level contract and
conservation (ESPA framing drops nothing: every byte is in some frame),
chunking independence, the codec's contract on every frame, and that the
control station (:mod:`radio.espa_station`) takes the stream in any state
without raising and keeps its queue bounded.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from radio.codecs.espa import EspaCall, control, decode, encode_block
from radio.espa_station import EspaControlStation, StationConfig
from radio.framing.espa import block_check, frame_espa
from tests.radio.codecs.fuzz.contract import ContractViolation, check
from tests.radio.codecs.fuzz.framing_target import (
    _check_conservation,
    _check_framer_calls,
    frames_of,
)
from tests.radio.codecs.fuzz.mutators import TEXTS, Rng, mutate_bytes, mutate_fields
from tests.radio.codecs.fuzz.target import Target

__all__ = ["ESPA", "fixup", "run"]

SOH, STX, ETX, US, RS = 0x01, 0x02, 0x03, 0x1F, 0x1E
TOKENS = (
    b"\x01", b"\x02", b"\x03", b"\x04", b"\x05", b"\x06", b"\x15", b"\x1e", b"\x1f",
    b"1\x05", b"2\x05", b"1\x15", b"2\x15", b"3\x15", b"\x1e7\x1f",
)  # fmt: skip
RECORD_VALUES = ("1", "2", "3", "6", "7", "71", "72", "8", "0", "01", "123", "4711", "9" * 17)


def _records() -> list[list[tuple[str, str]]]:
    return [
        [("1", "123"), ("5", "3"), ("6", "2")],
        [("1", "123"), ("3", "1"), ("2", "4567"), ("7", "3")],
        [("1", "4711"), ("2", "BRAND Geb{ude 3. OG"), ("4", "3"), ("6", "1")],
        [("1", "9"), ("7", "72")],
        [("8", "1")],
    ]


@cache
def seeds(samples: Path | None) -> list[bytes]:
    del samples  # no real-world ESPA captures: our own transactions only
    blocks = [
        encode_block(header, records) for header, records in zip("12325", _records(), strict=True)
    ]
    transaction = (
        control("ENQ", "1") + control("ENQ", "2") + control("ACK") + blocks[0] + control("ACK")
        + control("EOT") + control("ENQ", "2") + control("ENQ", "1") + control("ACK") + blocks[1]
        + control("ACK") + control("EOT")
    )  # fmt: skip
    return [
        transaction,
        *blocks,
        blocks[0] + control("NAK", "1") + blocks[0] + control("ACK"),
        b"noise\xff" + blocks[2] + b"\x04",
        blocks[3][:-3] + blocks[1],
        control("ENQ", "2") + control("EOT"),
        b"",
    ]


def fixup(data: bytes) -> bytes:
    """Every ``SOH ... ETX x`` gets its right BCC in place of ``x``."""
    buf = bytearray(data)
    pos = 0
    while True:
        start = buf.find(SOH, pos)
        if start < 0:
            break
        end = buf.find(ETX, start + 1)
        if end < 0 or end + 1 >= len(buf):
            break
        buf[end + 1] = block_check(buf[start + 1 : end + 1])
        pos = end + 2
    return bytes(buf)


def _mutate_block(data: bytes, rng: Rng) -> bytes:
    header = rng.choice("1234550 ")
    records = list(rng.choice(_records()))
    fields = [f"{key}\x1f{value}" for key, value in records]
    fields = mutate_fields(fields, rng, (*RECORD_VALUES, *TEXTS[:20]), keep_first=False)
    body = "\x1e".join(fields)
    if rng.random() < 0.2:
        body += "\x1e"
    raw = bytes([SOH]) + header.encode() + bytes([STX])
    raw += body.encode("latin-1", "replace") + bytes([ETX, 0])
    where = rng.randrange(len(data) + 1)
    return data[:where] + raw + data[where:]


def mutate(data: bytes, rng: Rng) -> bytes:
    out = _mutate_block(data, rng) if rng.random() < 0.5 else mutate_bytes(data, rng, TOKENS)
    return fixup(out) if rng.random() < 0.8 else out


def _station(frames_stream: list[bytes]) -> None:
    station = EspaControlStation(StationConfig(poll_interval=0.5, reply_timeout=0.2))
    station.submit(EspaCall("123", text="x"), 0.0)
    now = 0.0
    for chunk in frames_stream:
        now += 0.05
        station.receive(chunk, now)
        station.tick(now + 0.3)
        station.take_output()
        station.take_events()
    if station.queued > 1 or station.state not in (
        "idle", "selecting", "sending", "polling", "receiving",
    ):  # fmt: skip
        raise ContractViolation(f"station in a bad way: {station.state}, {station.queued}")


def run(data: bytes) -> None:
    rng = random.Random(data)
    _check_framer_calls(frame_espa, "espa", data, rng)
    reference = frames_of(frame_espa, [data], len(data) + 1)
    _check_conservation("espa", data, reference, frozenset(), True)
    cuts = sorted(rng.randrange(len(data) + 1) for _ in range(rng.randrange(5)))
    chunks = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
    if frames_of(frame_espa, chunks, len(data) + 1) != reference:
        raise ContractViolation(f"espa: frames depend on the chunking at {cuts}")
    for frame in reference:
        check(decode(frame), "espa")
    _station(chunks)


ESPA = Target(
    name="espa",
    seeds=seeds,
    mutate=mutate,
    fixup=fixup,
    run=run,
    decode=decode,
    tokens=TOKENS,
)
