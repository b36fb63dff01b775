"""STX/ETX framing for serial record protocols (ALI spill records).

Contract: :func:`frame_stx_etx` and :func:`frame_stx_etx_bcc` are pure
framers (see :mod:`radio.framing.base`). A record is ``STX (0x02) ... ETX
(0x03)``, followed in the ``_bcc`` variant by one block check character.
Frames are returned *whole*, framing bytes included, because the codec needs
them to check the BCC and to tell a record from noise. Nothing is dropped:

- a record: ``STX ... ETX [BCC]`` is one frame;
- a new STX inside an unterminated record ends the old one, which is emitted
  as a truncated frame (no ETX) and rejected by the codec;
- bytes outside a record (noise, a record whose STX was lost) run up to the
  next STX (exclusive) or ETX (inclusive, with its BCC) and are one frame,
  so they are stored and rejected like any other bad frame;
- runs of CR/LF between records are line-ending filler some controllers send
  after each record: they are skipped without a frame, as the line framer
  skips empty lines.

A record still open at the end of the buffer waits for more bytes; the
:class:`~radio.framing.base.FrameSplitter`'s ``max_frame`` bounds it.

With a BCC, the byte after ETX is taken as the BCC whatever its value (0x02
is a valid BCC). A controller misconfigured to send no BCC therefore has the
next record's STX eaten as a BCC: both records are then rejected with
reasons (bad BCC, noise), never lost.
"""

from __future__ import annotations

import re

from radio.framing.base import Framer

STX = 0x02
ETX = 0x03

_STX_OR_ETX = re.compile(rb"[\x02\x03]")
_FILLER = re.compile(rb"[\r\n]+")


def _frame(buf: bytes | bytearray, start: int, bcc: bool) -> tuple[int, bytes | None]:
    end = len(buf)
    if start >= end:
        return 0, None
    first = buf[start]
    if first == STX:
        match = _STX_OR_ETX.search(buf, start + 1)
        if match is None:
            return 0, None
        index = match.start()
        if buf[index] == STX:
            # A new record began before this one ended: emit the truncated one.
            return index - start, bytes(buf[start:index])
        stop = index + 1 + bcc
        if stop > end:
            return 0, None
        return stop - start, bytes(buf[start:stop])
    filler = _FILLER.match(buf, start)
    if filler is not None:
        return filler.end() - start, None
    match = _STX_OR_ETX.search(buf, start)
    if match is None:
        return 0, None
    index = match.start()
    if buf[index] == STX:
        return index - start, bytes(buf[start:index])
    # ETX without STX: the tail of a record whose start was lost.
    stop = index + 1 + bcc
    if stop > end:
        return 0, None
    return stop - start, bytes(buf[start:stop])


def frame_stx_etx(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Split one ``STX ... ETX`` record (or one noise run) off ``buf[start:]``."""
    return _frame(buf, start, False)


def frame_stx_etx_bcc(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Split one ``STX ... ETX BCC`` record (or one noise run) off ``buf[start:]``."""
    return _frame(buf, start, True)


def stx_etx_framer(bcc: str = "none") -> Framer:
    """The framer for a BCC mode (``"none"`` or ``"xor"``, as in an ALI profile)."""
    if bcc == "none":
        return frame_stx_etx
    if bcc == "xor":
        return frame_stx_etx_bcc
    raise ValueError(f"unknown BCC mode {bcc!r}; expected 'none' or 'xor'")


def xor_bcc(data: bytes | bytearray) -> int:
    """XOR of ``data`` (the bytes after STX up to and including ETX)."""
    value = 0
    for byte in data:
        value ^= byte
    return value
