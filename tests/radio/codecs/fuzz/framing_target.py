"""The framers under fuzzing: lines, STX/ETX (with and without a block check), whole documents.

A frame-level contract, checked on every input by :func:`run`:

- a framer called at any offset returns ``(consumed, frame)`` with
  ``0 <= consumed <= len(buf) - start``, ``frame`` bytes or None, and no
  frame when it consumed nothing; never an exception;
- nothing is lost: the frames a :class:`~radio.framing.base.FrameSplitter`
  emits (``feed`` then ``flush``) are, in order, the stream itself less
  only what the framing may drop (line terminators; CR/LF filler between
  ALI records), whether the stream comes whole, byte by byte or in random
  chunks, with a large or a tiny ``max_frame`` (oversize runs are frames
  too);
- with a ``max_frame`` no run reaches, the frames do not depend on how the
  stream was cut into chunks.

Seeds are streams of codec seeds (NMEA lines, ALI records, XML documents,
noise) joined by every kind of terminator; mutations are byte-level, with
the framing bytes (CR, LF, STX, ETX) as tokens.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

from radio.framing.base import Framer, FrameSplitter
from radio.framing.lines import frame_line
from radio.framing.stx_etx import frame_stx_etx, frame_stx_etx_bcc
from radio.framing.whole import frame_whole
from tests.radio.codecs.fuzz.contract import ContractViolation
from tests.radio.codecs.fuzz.mutators import Rng, mutate_bytes
from tests.radio.codecs.fuzz.target import Target

__all__ = ["FRAMERS", "FRAMING", "frames_of", "run"]

CRLF = frozenset(b"\r\n")
# framer, name, the bytes it may drop between frames, whether it returns frames whole.
FRAMERS: tuple[tuple[Framer, str, frozenset[int], bool], ...] = (
    (frame_line, "lines", CRLF, False),
    (frame_stx_etx, "stx-etx", CRLF, True),
    (frame_stx_etx_bcc, "stx-etx-bcc", CRLF, True),
    (frame_whole, "whole", frozenset(), True),
)
TOKENS = (b"\r", b"\n", b"\r\n", b"\x02", b"\x03", b"\x02\x03", b"\x03\x02", b"\r\n\r\n")


@cache
def seeds(samples: Path | None) -> list[bytes]:
    from tests.radio.codecs.fuzz.ali_target import ALI
    from tests.radio.codecs.fuzz.nmea_target import NMEA

    lines = NMEA.seeds(samples)[:15]
    records = ALI.seeds(samples)[:6]
    return [
        b"\r\n".join(lines) + b"\r\n",
        b"\n".join(lines),
        b"\r".join(lines) + b"\r",
        b"\r\n\r\n".join(lines[:5]),
        b"".join(records),
        b"\r\n".join(records) + b"\r\n",
        b"noise" + records[0] + b"\x03tail" + records[1][:50],
        records[0][:40] + records[1],
        b"\x02\x02\x03\x03\r\n\x03\x02",
        b"",
        b"\r\n",
        b"x" * 300,
    ]


def mutate(data: bytes, rng: Rng) -> bytes:
    out = mutate_bytes(data, rng, TOKENS)
    if rng.random() < 0.2:
        out += rng.choice(TOKENS)
    return out


def frames_of(framer: Framer, chunks: list[bytes], max_frame: int) -> list[bytes]:
    splitter = FrameSplitter(framer, max_frame)
    frames: list[bytes] = []
    for chunk in chunks:
        frames += splitter.feed(chunk)
    frames += splitter.flush()
    if splitter.pending:
        raise ContractViolation(f"{splitter.pending} bytes left after flush")
    return frames


def _check_framer_calls(framer: Framer, name: str, data: bytes, rng: random.Random) -> None:
    starts = {0, len(data), *(rng.randrange(len(data) + 1) for _ in range(4))}
    for start in starts:
        result = framer(data, start)
        if not (isinstance(result, tuple) and len(result) == 2):
            raise ContractViolation(f"{name}: framer returned {result!r}")
        consumed, frame = result
        if not (isinstance(consumed, int) and 0 <= consumed <= len(data) - start):
            raise ContractViolation(f"{name}: consumed {consumed} at {start} of {len(data)}")
        if frame is not None and type(frame) is not bytes:
            raise ContractViolation(f"{name}: frame of type {type(frame).__name__}")
        if consumed == 0 and frame is not None:
            raise ContractViolation(f"{name}: a frame without consuming anything")
        if framer(bytearray(data), start) != result:
            raise ContractViolation(f"{name}: bytes and bytearray give different results")


def _check_conservation(
    name: str, data: bytes, frames: list[bytes], droppable: frozenset[int], whole: bool
) -> None:
    """The frames are the stream in order, less droppable bytes between (and, for lines,
    the terminators after) them."""
    pos = 0
    for frame in frames:
        while pos < len(data) and data[pos] in droppable and not data.startswith(frame, pos):
            pos += 1
        if not data.startswith(frame, pos):
            raise ContractViolation(f"{name}: frame {frame[:40]!r} is not the stream at {pos}")
        if not whole and (b"\r" in frame or b"\n" in frame):
            raise ContractViolation(f"{name}: a line frame holds a terminator: {frame[:40]!r}")
        pos += len(frame)
    rest = data[pos:]
    if any(byte not in droppable for byte in rest):
        raise ContractViolation(f"{name}: {len(rest)} bytes lost at the end: {rest[:40]!r}")


def run(data: bytes) -> None:
    rng = random.Random(data)  # the same chunking for the same input
    for framer, name, droppable, whole in FRAMERS:
        _check_framer_calls(framer, name, data, rng)
        reference = frames_of(framer, [data], len(data) + 1)
        _check_conservation(name, data, reference, droppable, whole)
        cuts = sorted(rng.randrange(len(data) + 1) for _ in range(rng.randrange(6)))
        chunks = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
        chunked = frames_of(framer, chunks, len(data) + 1)
        if chunked != reference:
            raise ContractViolation(f"{name}: frames depend on the chunking at {cuts}")
        if len(data) <= 600:  # byte by byte costs a framer call per byte
            bytewise = [data[i : i + 1] for i in range(len(data))]
            if frames_of(framer, bytewise, len(data) + 1) != reference:
                raise ContractViolation(f"{name}: frames differ when fed byte by byte")
        for max_frame in (1, 7, 64):
            small = frames_of(framer, chunks, max_frame)
            _check_conservation(f"{name} max_frame={max_frame}", data, small, droppable, whole)


def _first_frame(data: bytes) -> list[bytes]:
    return frames_of(frame_line, [data], len(data) + 1)


decode: Callable[[bytes], list[bytes]] = _first_frame

FRAMING = Target(
    name="framing",
    seeds=seeds,
    mutate=mutate,
    fixup=lambda data: data,
    run=run,
    decode=decode,
    tokens=TOKENS,
)
