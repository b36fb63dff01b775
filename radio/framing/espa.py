"""ESPA 4.4.4 framing: blocks and transmission control sequences on a paging line.

Contract: :func:`frame_espa` is a pure framer (see :mod:`radio.framing.base`)
over the bytes of an ESPA 4.4.4 serial line (ISO 1745 basic mode). Frames are
returned *whole*, control bytes included, because the codec
(:mod:`radio.codecs.espa`) needs them to check the block check character and
to tell the sequences apart. The frames are:

- a data block ``SOH header STX records ETX BCC``; the byte after ETX is the
  BCC *whatever its value*: it may equal SOH, ETX, EOT, ENQ, ACK or NAK;
- ``EOT`` and ``ACK`` alone (never prefixed in ESPA 4.4.4);
- ``ENQ`` and ``NAK`` with their optional one-character prefix: the station
  address of a poll or select (``'2' ENQ``), the error code of a NAK
  (``'1' NAK`` transmission error, ``'2'`` busy, ``'3'`` invalid message);
- anything else (line noise, a block whose SOH was lost) runs up to the next
  control byte (exclusive; a prefix character right before an ENQ or NAK is
  left to it) and is one frame, so it is stored and rejected like any other.

A block still open is cut short by a new SOH or an EOT (the sender gave up):
the truncated block is emitted as a frame of its own, for the codec to
reject, and the SOH or EOT starts the next frame. A block or prefix still
incomplete at the end of the buffer waits for more bytes; the
:class:`~radio.framing.base.FrameSplitter`'s ``max_frame`` bounds it.
"""

from __future__ import annotations

import re

__all__ = [
    "ACK",
    "ENQ",
    "EOT",
    "ETX",
    "NAK",
    "RS",
    "SOH",
    "STX",
    "US",
    "block_check",
    "frame_espa",
]

SOH = 0x01
STX = 0x02
ETX = 0x03
EOT = 0x04
ENQ = 0x05
ACK = 0x06
NAK = 0x15
US = 0x1F
RS = 0x1E

# What ends an open block: its ETX, or a new SOH / an EOT that cut it short.
_BLOCK_END = re.compile(rb"[\x01\x03\x04]")
# Where a run of noise ends: the next byte that starts a frame of its own.
_CONTROL = re.compile(rb"[\x01\x04\x05\x06\x15]")
_PREFIXED = (ENQ, NAK)


def _is_prefix(byte: int) -> bool:
    """A station address or NAK code: one printable IA5 character."""
    return 0x20 <= byte <= 0x7E


def frame_espa(buf: bytes | bytearray, start: int = 0) -> tuple[int, bytes | None]:
    """Split one ESPA block, control sequence or noise run off ``buf[start:]``."""
    end = len(buf)
    if start >= end:
        return 0, None
    first = buf[start]
    if first == SOH:
        match = _BLOCK_END.search(buf, start + 1)
        if match is None:
            return 0, None
        index = match.start()
        if buf[index] != ETX:
            return index - start, bytes(buf[start:index])
        if index + 2 > end:
            return 0, None  # the BCC has not arrived yet
        return index + 2 - start, bytes(buf[start : index + 2])
    if first in (EOT, ACK, ENQ, NAK):
        return 1, bytes((first,))
    if _is_prefix(first):
        if start + 1 >= end:
            return 0, None
        if buf[start + 1] in _PREFIXED:
            return 2, bytes(buf[start : start + 2])
    match = _CONTROL.search(buf, start + 1)
    if match is None:
        return 0, None
    index = match.start()
    if buf[index] in _PREFIXED and index - 1 > start and _is_prefix(buf[index - 1]):
        index -= 1
    return index - start, bytes(buf[start:index])


def block_check(data: bytes | bytearray) -> int:
    """The ESPA BCC: XOR of every byte after SOH up to and including ETX (ISO 1155)."""
    value = 0
    for byte in data:
        value ^= byte
    return value
