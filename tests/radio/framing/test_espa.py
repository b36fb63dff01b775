"""ESPA 4.4.4 framer: blocks with any BCC, prefixed ENQ/NAK, noise; whole, byte by byte, glued."""

from __future__ import annotations

import pytest

from radio.codecs.espa import EspaCall, encode_block, encode_call
from radio.framing.base import FrameSplitter
from radio.framing.espa import block_check, frame_espa

# The spec's example 1: standard call to '123', 3 transmissions, high priority.
EXAMPLE_1 = b"\x011\x021\x1f123\x1e5\x1f3\x1e6\x1f2\x03" + bytes((0x2C,))


def _block_with_bcc(value: int) -> bytes:
    """A status block whose BCC is ``value``: the last record's data is chosen to get it."""
    for first in range(0x30, 0x7F):
        for second in range(0x30, 0x7F):
            body = b"2\x021\x1f123\x1e7\x1f3\x1e9\x1f" + bytes((first, second)) + b"\x03"
            if block_check(body) == value:
                return b"\x01" + body + bytes((value,))
    raise AssertionError(f"no block with BCC 0x{value:02X}")


def test_spec_example_block_and_its_bcc() -> None:
    assert encode_call(EspaCall("123", transmissions="3", priority="2")) == EXAMPLE_1
    assert block_check(EXAMPLE_1[1:-1]) == 0x2C
    assert frame_espa(EXAMPLE_1) == (len(EXAMPLE_1), EXAMPLE_1)


@pytest.mark.parametrize("bcc", [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x15, 0x1E, 0x1F])
def test_bcc_equal_to_a_control_byte_is_taken_as_the_bcc(bcc: int) -> None:
    block = _block_with_bcc(bcc)
    assert block[-1] == bcc
    assert frame_espa(block + b"\x04") == (len(block), block)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x04", (1, b"\x04")),
        (b"\x06rest", (1, b"\x06")),
        (b"2\x05", (2, b"2\x05")),
        (b"1\x15", (2, b"1\x15")),
        (b"\x15", (1, b"\x15")),
        (b"\x05", (1, b"\x05")),
        (b"2", (0, None)),  # a prefix waits for its ENQ / NAK
        (b"\x011\x021\x1f1", (0, None)),  # open block
        (b"\x011\x021\x1f1\x03", (0, None)),  # BCC not here yet
        (b"\x011\x021\x1f1\x04", (6, b"\x011\x021\x1f1")),  # EOT cuts a block short
        (b"\x011\x02\x011\x02", (3, b"\x011\x02")),  # so does a new SOH
        (b"noise\x04", (5, b"noise")),
        (b"noise2\x05", (5, b"noise")),  # the prefix is left to its ENQ
        (b"\xff\x05", (1, b"\xff")),
        (b"garbage", (0, None)),
        (b"", (0, None)),
    ],
)
def test_frames(data: bytes, expected: tuple[int, bytes | None]) -> None:
    assert frame_espa(data) == expected


def test_start_offset() -> None:
    buf = bytearray(b"\x04" + EXAMPLE_1)
    assert frame_espa(buf, 1) == (len(EXAMPLE_1), EXAMPLE_1)


STREAM = [
    b"1\x05",
    b"2\x05",
    b"\x06",
    EXAMPLE_1,
    b"1\x15",
    _block_with_bcc(0x04),
    b"\x06",
    b"junk",
    b"\x04",
    encode_block("2", [("1", "4711"), ("7", "6")]),
    b"\x04",
]


@pytest.mark.parametrize("mode", ["whole", "bytes", "glued"])
def test_stream_whole_byte_by_byte_and_glued(mode: str) -> None:
    splitter = FrameSplitter(frame_espa, 512)
    frames: list[bytes] = []
    if mode == "whole":
        for packet in STREAM:
            frames += splitter.feed(packet)
    elif mode == "bytes":
        for byte in b"".join(STREAM):
            frames += splitter.feed(bytes((byte,)))
    else:
        frames += splitter.feed(b"".join(STREAM))
    frames += splitter.flush()
    assert frames == STREAM
