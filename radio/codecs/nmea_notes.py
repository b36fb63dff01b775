"""Notes on decoded NMEA messages: what the decoder tolerated, said in the payload.

Role: helpers for :mod:`radio.codecs.nmea`. A sentence that is accepted
although it bends the standard the way real receivers do (a one-digit
checksum, an RMC without its magnetic-variation direction field) decodes to
its usual message plus ``notes``: a tuple of one-line strings that
``to_dict()`` (the stored payload) shows as ``"notes": [...]``.

Contract: :func:`add_notes(message, notes) <add_notes>` returns the message
with ``notes`` appended to any it already has. The NMEA message classes
(:class:`~radio.messages.PositionFix`, :class:`~radio.messages.NoFix`,
:class:`~radio.messages.NmeaSentence` and the ARPA messages of
:mod:`radio.messages_sensor`) have no ``notes`` field, so a noted message
is an instance of a subclass made here (``NotedPositionFix``,
``NotedRadarTrackReport``, ...) with the same values plus ``notes``:
``isinstance`` checks and every other field read the same, and a message
without notes is the plain class, so the payload of every ordinary
sentence is unchanged. (The day those classes get a ``notes`` field of
their own, these subclasses can go.)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from radio.messages import NmeaSentence, NoFix, PositionFix
from radio.messages_sensor import (
    OwnShipData,
    RadarSystemData,
    RadarTargetPosition,
    RadarTrackReport,
    TargetLabels,
)

__all__ = ["NotedNmeaSentence", "NotedNoFix", "NotedPositionFix", "add_notes"]

_M = TypeVar("_M")


def _noted(base: type) -> type:
    """A frozen, slotted subclass of ``base`` with a ``notes`` field shown by ``to_dict``."""
    base_to_dict = base.to_dict

    def to_dict(self: Any) -> dict[str, Any]:
        out: dict[str, Any] = base_to_dict(self)
        if self.notes:
            out["notes"] = list(self.notes)
        return out

    namespace = {
        "__annotations__": {"notes": "tuple[str, ...]"},
        "__doc__": f"A {base.__name__} with notes (see radio.codecs.nmea_notes).",
        "__module__": __name__,
        "notes": (),
        "to_dict": to_dict,
    }
    cls = dataclass(frozen=True, slots=True)(type(f"Noted{base.__name__}", (base,), namespace))
    cls.to_dict.__qualname__ = f"{cls.__qualname__}.to_dict"
    return cls


_NOTED: dict[type, type] = {
    base: _noted(base)
    for base in (
        PositionFix,
        NoFix,
        NmeaSentence,
        RadarTrackReport,
        RadarTargetPosition,
        OwnShipData,
        RadarSystemData,
        TargetLabels,
    )
}
NotedPositionFix = _NOTED[PositionFix]
NotedNoFix = _NOTED[NoFix]
NotedNmeaSentence = _NOTED[NmeaSentence]


def add_notes(message: _M, notes: tuple[str, ...]) -> _M:
    """``message`` with ``notes`` added to its own (see the module docstring)."""
    if not notes:
        return message
    noted = _NOTED.get(type(message))
    if noted is None:  # already noted: one more
        return dataclasses.replace(message, notes=message.notes + tuple(notes))  # type: ignore[attr-defined,type-var]
    values = [getattr(message, field.name) for field in dataclasses.fields(message)]  # type: ignore[arg-type]
    return noted(*values, tuple(notes))  # type: ignore[no-any-return]
