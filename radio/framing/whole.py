"""Whole-document framing: a frame is everything one datagram, one HTTP body or
one file holds.

Contract: :func:`frame_whole` is a pure framer (see :mod:`radio.framing.base`)
that never finds a frame end by itself: the frame comes out of
``FrameSplitter.flush()`` at the end of the datagram, request or file, and a
document larger than the splitter's ``max_frame`` comes out as an oversize
frame that the codec rejects. Used for XML documents (PIDF-LO, CAP).
"""

from __future__ import annotations


def frame_whole(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Never a frame before the end of the unit: ``(0, None)``."""
    return 0, None
