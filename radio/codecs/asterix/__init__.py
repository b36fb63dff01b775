"""ASTERIX (EUROCONTROL) codec: CAT 048 / 010 target reports, CAT 062 system
tracks, CAT 034 radar service messages.

Role: package front door. :func:`decode_block` gives one message per record,
:func:`decode` one message per data block (for the protocol registry),
:func:`frame_block` splits a byte stream into blocks, and
:func:`encode_block` / :func:`encode_record` build blocks for simulators and
tests. The item tables live in ``cat048``, ``cat010``, ``cat034`` and
``cat062``; ``uap`` holds the generic item kinds. Pure functions: no I/O.
"""

from __future__ import annotations

from radio.codecs.asterix.decoder import (
    CATEGORIES,
    PROTOCOL,
    decode,
    decode_block,
    frame_block,
    walk_block,
)
from radio.codecs.asterix.encoder import encode_block, encode_record

__all__ = [
    "CATEGORIES",
    "PROTOCOL",
    "decode",
    "decode_block",
    "encode_block",
    "encode_record",
    "frame_block",
    "walk_block",
]
