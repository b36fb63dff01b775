"""Line framing for text protocols (NMEA 0183 and friends).

Contract: :func:`frame_line` is a pure framer (see :mod:`radio.framing.base`).
A line ends at LF, CRLF or a lone CR; the terminator is stripped. Runs of
terminators (empty lines, CRLF split across reads) are consumed without a
frame. Text without a terminator yet is left in the buffer: ``(0, None)``.
"""

from __future__ import annotations

import re

# One C-level scan finds whichever terminator comes first; two bytes.find
# calls would rescan the buffer for the absent one on every line.
_TERMINATOR = re.compile(rb"[\r\n]")
_TERMINATOR_RUN = re.compile(rb"[\r\n]+")

_CR = 13
_LF = 10


def frame_line(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Split one line off ``buf[start:]``: ``(bytes consumed from start, line | None)``."""
    match = _TERMINATOR.search(buf, start)
    if match is None:
        return 0, None
    index = match.start()
    if index == start:
        run = _TERMINATOR_RUN.match(buf, start)
        assert run is not None  # the search above found a terminator here
        return run.end() - start, None
    line = bytes(buf[start:index])
    end = index + 1
    if buf[index] == _CR and end < len(buf) and buf[end] == _LF:
        end += 1
    return end - start, line
