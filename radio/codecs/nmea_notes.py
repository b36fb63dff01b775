"""Notes on decoded NMEA messages: what the decoder tolerated, said in the payload.

Role: helpers for :mod:`radio.codecs.nmea`. A sentence that is accepted
although it bends the standard the way real receivers do (a one-digit
checksum, an RMC without its magnetic-variation direction field) decodes to
its usual message plus ``notes``: a tuple of one-line strings that
``to_dict()`` (the stored payload) shows as ``"notes": [...]``.

Contract: :func:`add_notes(message, notes) <add_notes>` returns the message
with ``notes`` appended to any it already has (the same message when there
are none to add). Every NMEA message class has a ``notes`` field (empty by
default, and then not in the payload: see :mod:`radio.messages`).
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["add_notes"]

_M = TypeVar("_M")


def add_notes(message: _M, notes: tuple[str, ...]) -> _M:
    """``message`` with ``notes`` added to its own (see the module docstring)."""
    if not notes:
        return message
    return dataclasses.replace(message, notes=message.notes + tuple(notes))  # type: ignore[attr-defined,type-var]
