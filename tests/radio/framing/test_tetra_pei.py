"""TETRA PEI framer: lines, +CTSDSR and AT+CMGS with their PDU line; whole, byte by byte, glued."""

from __future__ import annotations

import pytest

from radio.framing.base import FrameSplitter
from radio.framing.tetra_pei import frame_pei


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"OK\r\n", (3, b"OK")),
        (b"\r\n\r\nOK\r\n", (4, None)),
        (b"OK", (0, None)),
        (
            b"+CTSDSR: 13,2001,0,1000,0,16\r\n8005\r\n",
            (35, b"+CTSDSR: 13,2001,0,1000,0,16\r\n8005"),  # the LF after it is skipped as filler
        ),
        (b"+CTSDSR: 13,2001,0,1000,0,16\r\n", (0, None)),  # waits for its user data
        (b"+CTSDSR: 13,2001,0,1000,0,16\r\n80", (0, None)),
        (b"AT+CMGS=2001,16\r\n8005\x1aOK", (22, b"AT+CMGS=2001,16\r\n8005")),
        (b"AT+CMGS=2001,16\r8005\x1b", (21, b"AT+CMGS=2001,16\r8005\x1b")),
        (b"at+cmgs=2001,16\r\n8005\r\n", (22, b"at+cmgs=2001,16\r\n8005")),
        (b"+CTICN: 1,0\n", (12, b"+CTICN: 1,0")),
    ],
)
def test_frames(data: bytes, expected: tuple[int, bytes | None]) -> None:
    assert frame_pei(data) == expected


STREAM = [
    b"AT+CTSDS=12,0\r\n",
    b"OK\r\n",
    b"AT+CMGS=2001,40\r\n820E070148\x1a",
    b"\r\n+CMGS: 0,4,7\r\n",
    b"OK\r\n",
    b"+CTSDSR: 12,2001,0,1000,0,32\r\n82100207\r\n",
    b"+CTSDSR: 13,2001,0,1000,0,16\r\n8005\r\n",
    b"garbage\xff\r\n",
]
FRAMES = [
    b"AT+CTSDS=12,0",
    b"OK",
    b"AT+CMGS=2001,40\r\n820E070148",
    b"+CMGS: 0,4,7",
    b"OK",
    b"+CTSDSR: 12,2001,0,1000,0,32\r\n82100207",
    b"+CTSDSR: 13,2001,0,1000,0,16\r\n8005",
    b"garbage\xff",
]


@pytest.mark.parametrize("mode", ["whole", "bytes", "glued"])
def test_stream_whole_byte_by_byte_and_glued(mode: str) -> None:
    splitter = FrameSplitter(frame_pei, 1024)
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
    assert frames == FRAMES


def test_a_lost_user_data_line_does_not_swallow_the_next_result() -> None:
    data = b"+CTSDSR: 13,2001,0,1000,0,16\r\n+CTSDSR: 13,2002,0,1000,0,16\r\n8006\r\nOK\r\n"
    splitter = FrameSplitter(frame_pei, 1024)
    assert splitter.feed(data) + splitter.flush() == [
        b"+CTSDSR: 13,2001,0,1000,0,16",
        b"+CTSDSR: 13,2002,0,1000,0,16\r\n8006",
        b"OK",
    ]
    assert frame_pei(b"AT+CMGS=2001,16\r\nAT\r\n") == (16, b"AT+CMGS=2001,16")
