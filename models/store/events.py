"""Plain event records exchanged with the store: ``NewEvent`` in, ``StoredEvent`` out.

Contract: both are frozen, slotted dataclasses holding plain values, safe to
hand to any thread or to widgets. ``rx_time`` is an aware datetime (stored and
returned as UTC). ``payload`` is a JSON-ready dict or None; ``raw`` the bytes
received, where there were any; ``error`` why a frame was rejected.
``source`` is ``"link:<name>"``, ``"operator:<name>"`` or ``"system"``.

``canonical_json`` is the one encoding of a payload used both for storage and
for the hash chain, so the stored text and the hashed text cannot drift.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# Not ASCII-escaped, so that text search over stored payloads finds "Gérard".
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def canonical_json(payload: Any) -> str:
    """Sorted keys, compact separators, no NaN (PostgreSQL JSON refuses it)."""
    return _ENCODER.encode(payload)


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append; the writer gives it a sequence number and a hash."""

    source: str
    kind: str
    rx_time: datetime
    payload: dict[str, Any] | None
    raw: bytes | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as committed to the log."""

    source: str
    kind: str
    rx_time: datetime
    payload: dict[str, Any] | None
    raw: bytes | None
    error: str | None
    seq: int
    hash: str


@dataclass(frozen=True, slots=True)
class UnitPositionRow:
    """A row of the ``unit_positions`` projection as plain data."""

    call_sign: str
    lat: float
    lon: float
    fix_time: datetime | None
    rx_time: datetime
    speed_mps: float | None
    course_deg: float | None
    event_seq: int
