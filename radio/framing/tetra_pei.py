"""TETRA PEI framing (ETSI EN 300 392-5): AT lines, with the PDU lines glued on.

Contract: :func:`frame_pei` is a pure framer (see :mod:`radio.framing.base`)
over the byte stream between a console and a TETRA radio or gateway. Lines
end at CR, LF or CRLF; runs of terminators are skipped without a frame.
Frames keep their inner line break and lose their final terminator:

- ``+CTSDSR: ...`` (an incoming SDS or status) is one frame *with the line
  after it*, the user data in hex: ``b"+CTSDSR: 13,...,16\\r\\n8003"``; it waits
  until that line has ended. When the next line does not start like user
  data (two hex digits, ``>``), the data line was lost: the header is a frame
  alone (the codec refuses it) and the next line is framed on its own;
- ``AT+CMGS=...`` (sending an SDS) is one frame with its user data line,
  which ends at Ctrl-Z (0x1A, stripped), ESC (0x1B, the send aborted: kept,
  so the codec can say so), CR or LF;
- every other line (``OK``, ``+CMGS: ...``, ``+CTICN: ...``, ``AT+CTSDS=...``,
  noise) is a frame of its own.

A line still open at the end of the buffer waits for more bytes; the
:class:`~radio.framing.base.FrameSplitter`'s ``max_frame`` bounds it.
"""

from __future__ import annotations

import re

__all__ = ["CTRL_Z", "ESC", "frame_pei"]

CTRL_Z = 0x1A
ESC = 0x1B

_TERMINATOR = re.compile(rb"[\r\n]")
_TERMINATOR_RUN = re.compile(rb"[\r\n]+")
_PDU_END = re.compile(rb"[\r\n\x1a\x1b]")
_WITH_PDU_RESULT = b"+CTSDSR:"
_HEX = frozenset(b"0123456789ABCDEFabcdef")
_PROMPT_OR_END = frozenset(b"> \x1a\x1b")
_LINE_END = frozenset(b"\r\n\x1a\x1b")


def _looks_like_data(buf: bytes | bytearray, data: int) -> bool | None:
    """Whether the line at ``data`` is user data: two hex digits (or one and its end),
    a modem's ``>`` prompt, or Ctrl-Z / ESC at once; None: not enough bytes yet."""
    first = buf[data]
    if first in _PROMPT_OR_END:
        return True
    if first not in _HEX:
        return False
    if data + 1 >= len(buf):
        return None
    second = buf[data + 1]
    return second in _HEX or second in _LINE_END


_WITH_PDU_COMMAND = b"AT+CMGS="


def _line_end(buf: bytes | bytearray, start: int) -> int | None:
    match = _TERMINATOR.search(buf, start)
    return None if match is None else match.start()


def _after_terminators(buf: bytes | bytearray, index: int) -> int:
    run = _TERMINATOR_RUN.match(buf, index)
    return index if run is None else run.end()


def frame_pei(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Split one PEI line (with its PDU line where it has one) off ``buf[start:]``."""
    end = len(buf)
    if start >= end:
        return 0, None
    run = _TERMINATOR_RUN.match(buf, start)
    if run is not None:
        return run.end() - start, None
    stop = _line_end(buf, start)
    if stop is None:
        return 0, None
    head = bytes(buf[start : start + 8]).upper()
    if head == _WITH_PDU_RESULT:
        data = _after_terminators(buf, stop)
        if data >= end:
            return 0, None
        looks = _looks_like_data(buf, data)
        if looks is None:
            return 0, None
        if not looks:  # the user data line is missing: keep what follows
            return stop + 1 - start, bytes(buf[start:stop])
        data_stop = _line_end(buf, data)
        if data_stop is None:
            return 0, None
        return data_stop + 1 - start, bytes(buf[start:data_stop])
    if head == _WITH_PDU_COMMAND:
        data = _after_terminators(buf, stop)
        if data >= end:
            return 0, None
        looks = _looks_like_data(buf, data)
        if looks is None:
            return 0, None
        if not looks:
            return stop + 1 - start, bytes(buf[start:stop])
        match = _PDU_END.search(buf, data)
        if match is None:
            return 0, None
        data_stop = match.start()
        keep = data_stop + 1 if buf[data_stop] == ESC else data_stop
        return data_stop + 1 - start, bytes(buf[start:keep])
    return stop + 1 - start, bytes(buf[start:stop])
