"""STX/ETX framer: records, BCC, truncation by a new STX, noise, filler, splitting."""

from __future__ import annotations

import random

import pytest

from radio.framing.base import FrameSplitter
from radio.framing.stx_etx import (
    frame_stx_etx,
    frame_stx_etx_bcc,
    stx_etx_framer,
    xor_bcc,
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x02abc\x03", (5, b"\x02abc\x03")),
        (b"\x02abc\x03\x02de", (5, b"\x02abc\x03")),
        (b"\x02abc", (0, None)),
        (b"", (0, None)),
        (b"\x02abc\x02def\x03", (4, b"\x02abc")),
        (b"junk\x02abc\x03", (4, b"junk")),
        (b"lost start\x03\x02x\x03", (11, b"lost start\x03")),
        (b"junk", (0, None)),
        (b"\r\n\r\n\x02a\x03", (4, None)),
    ],
)
def test_frame_without_bcc(data: bytes, expected: tuple[int, bytes | None]) -> None:
    assert frame_stx_etx(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x02abc\x03\x61", (6, b"\x02abc\x03\x61")),
        (b"\x02abc\x03", (0, None)),  # BCC not here yet
        (b"\x02abc\x03\x02", (6, b"\x02abc\x03\x02")),  # 0x02 is a valid BCC
        (b"tail\x03\x10rest", (6, b"tail\x03\x10")),
    ],
)
def test_frame_with_bcc(data: bytes, expected: tuple[int, bytes | None]) -> None:
    assert frame_stx_etx_bcc(data) == expected


def test_start_offset_counts_from_start() -> None:
    buf = bytearray(b"\x02a\x03\x02bc\x03")
    assert frame_stx_etx(buf, 3) == (4, b"\x02bc\x03")
    assert isinstance(frame_stx_etx(buf, 0)[1], bytes)


def test_framer_for_mode() -> None:
    assert stx_etx_framer("none") is frame_stx_etx
    assert stx_etx_framer("xor") is frame_stx_etx_bcc
    with pytest.raises(ValueError, match="unknown BCC mode"):
        stx_etx_framer("crc")


def test_xor_bcc() -> None:
    assert xor_bcc(b"") == 0
    assert xor_bcc(b"\x01\x02\x03") == 0
    assert xor_bcc(b"A\x03") == 0x41 ^ 0x03


RECORDS = [b"\x02one\r\ntwo\x03", b"\x02three\x03", b"\x02\x03"]
STREAM = b"noise" + RECORDS[0] + b"\r\n" + RECORDS[1] + b"\x02half" + RECORDS[2] + b"end\x03"
EXPECTED = [b"noise", RECORDS[0], RECORDS[1], b"\x02half", RECORDS[2], b"end\x03"]


def test_splitter_whole_bytewise_and_random_chunks() -> None:
    whole = FrameSplitter(frame_stx_etx)
    assert whole.feed(STREAM) + whole.flush() == EXPECTED
    bytewise = FrameSplitter(frame_stx_etx)
    frames: list[bytes] = []
    for index in range(len(STREAM)):
        frames += bytewise.feed(STREAM[index : index + 1])
    assert frames + bytewise.flush() == EXPECTED
    rng = random.Random(7)
    for _ in range(50):
        chunked = FrameSplitter(frame_stx_etx)
        frames = []
        pos = 0
        while pos < len(STREAM):
            step = rng.randint(1, 9)
            frames += chunked.feed(STREAM[pos : pos + step])
            pos += step
        assert frames + chunked.flush() == EXPECTED


def test_splitter_with_bcc_bytewise() -> None:
    records = [b"\x02abc\x03" + bytes([xor_bcc(b"abc\x03")]), b"\x02x\x03\x02"]
    stream = b"".join(records)
    splitter = FrameSplitter(frame_stx_etx_bcc)
    frames: list[bytes] = []
    for index in range(len(stream)):
        frames += splitter.feed(stream[index : index + 1])
    assert frames == records
    assert splitter.pending == 0


def test_unterminated_record_is_flushed_and_bounded() -> None:
    splitter = FrameSplitter(frame_stx_etx, max_frame=16)
    assert splitter.feed(b"\x02" + b"x" * 10) == []
    assert splitter.flush() == [b"\x02" + b"x" * 10]
    assert splitter.feed(b"\x02" + b"y" * 40) == [b"\x02" + b"y" * 40]
    assert splitter.pending == 0


def test_nothing_is_lost() -> None:
    rng = random.Random(11)
    for _ in range(200):
        data = bytes(rng.choice(b"\x02\x03ab\r\n") for _ in range(rng.randint(0, 40)))
        for framer in (frame_stx_etx, frame_stx_etx_bcc):
            splitter = FrameSplitter(framer)
            frames = splitter.feed(data) + splitter.flush()
            # Only CR/LF filler between records may be skipped.
            joined = b"".join(frames)
            assert joined.replace(b"\r", b"").replace(b"\n", b"") == data.replace(
                b"\r", b""
            ).replace(b"\n", b"")
