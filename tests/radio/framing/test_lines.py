"""Line framer and FrameSplitter: whole, byte by byte, concatenated, oversize, flush."""

from __future__ import annotations

import random

import pytest

from radio.framing.base import FrameSplitter
from radio.framing.lines import frame_line


def split_all(data: bytes) -> list[bytes]:
    frames: list[bytes] = []
    pos = 0
    while True:
        consumed, frame = frame_line(data, pos)
        if consumed == 0:
            break
        pos += consumed
        if frame is not None:
            frames.append(frame)
    return frames


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"abc\r\n", (5, b"abc")),
        (b"abc\n", (4, b"abc")),
        (b"abc\r", (4, b"abc")),
        (b"abc\rdef", (4, b"abc")),
        (b"abc", (0, None)),
        (b"", (0, None)),
        (b"\r\n\r\nabc\r\n", (4, None)),
        (b"\n", (1, None)),
    ],
)
def test_frame_line_single(data: bytes, expected: tuple[int, bytes | None]) -> None:
    assert frame_line(data) == expected


def test_frame_line_start_offset_counts_from_start() -> None:
    buf = bytearray(b"one\r\ntwo\r\n")
    assert frame_line(buf, 5) == (5, b"two")
    assert isinstance(frame_line(buf, 0)[1], bytes)


def test_mixed_terminators() -> None:
    assert split_all(b"a\r\nb\nc\rd\r\n\r\n\ne\n") == [b"a", b"b", b"c", b"d", b"e"]


LINES = [b"$GPGGA,1*00", b"x", b"$GNRMC,2,3*11", b"# comment", b"\\s:A*00\\$GPVTG"]


@pytest.mark.parametrize("terminator", [b"\r\n", b"\n", b"\r"])
def test_splitter_whole_bytewise_and_random_chunks(terminator: bytes) -> None:
    data = b"".join(line + terminator for line in LINES)
    whole = FrameSplitter(frame_line)
    assert whole.feed(data) + whole.flush() == LINES

    bytewise = FrameSplitter(frame_line)
    frames: list[bytes] = []
    for i in range(len(data)):
        frames += bytewise.feed(data[i : i + 1])
    assert frames + bytewise.flush() == LINES

    rng = random.Random(7)
    for _ in range(50):
        chunked = FrameSplitter(frame_line)
        frames = []
        pos = 0
        while pos < len(data):
            step = rng.randint(1, 9)
            frames += chunked.feed(data[pos : pos + step])
            pos += step
        assert frames + chunked.flush() == LINES
        assert chunked.pending == 0


def test_crlf_split_across_reads_gives_no_empty_frame() -> None:
    splitter = FrameSplitter(frame_line)
    assert splitter.feed(b"abc\r") == [b"abc"]
    assert splitter.feed(b"\ndef\r\n") == [b"def"]
    assert splitter.flush() == []


def test_flush_emits_trailing_partial_frame() -> None:
    splitter = FrameSplitter(frame_line)
    assert splitter.feed(b"$GPGGA,1\r\n$GPRM") == [b"$GPGGA,1"]
    assert splitter.pending == 5
    assert splitter.flush() == [b"$GPRM"]
    assert splitter.pending == 0
    assert splitter.flush() == []


def test_oversize_run_is_emitted_not_dropped_nor_buffered_forever() -> None:
    splitter = FrameSplitter(frame_line, max_frame=16)
    garbage = bytes(range(32, 127))[:40]
    emitted: list[bytes] = []
    for i in range(0, len(garbage), 5):
        emitted += splitter.feed(garbage[i : i + 5])
        assert splitter.pending <= 16 + 5
    emitted += splitter.feed(b"tail\r\nok\r\n")
    emitted += splitter.flush()
    # Every byte is accounted for, in order, and no frame exceeds limit + chunk.
    assert b"".join(emitted) == garbage + b"tail" + b"ok"
    assert emitted[-1] == b"ok"
    assert all(len(frame) <= 21 for frame in emitted[:-2])
    assert len(emitted) >= 3


def test_max_frame_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_frame"):
        FrameSplitter(frame_line, max_frame=0)
