"""Plain data the console hands to widgets: no ORM objects, no Qt objects.

Contract: frozen, slotted dataclasses with plain values. Times are aware UTC
datetimes (widgets format them in local time); positions are WGS84 degrees.
Disciplines are ``police``, ``fire`` or ``medical``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class StationView:
    station_id: str
    name: str
    discipline: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class UnitView:
    call_sign: str
    unit_type: str  # "engine", "patrol car", "ALS ambulance", ...
    discipline: str
    station_id: str | None
    status: str  # "available", ... (issue 4 adds the state machine)
    lat: float | None  # None: no position known
    lon: float | None
    fix_time: datetime | None  # receive time of the last position
    speed_mps: float | None = None
    course_deg: float | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    seq: int
    rx_time: datetime
    source: str
    kind: str
    summary: str  # one line a person reads
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LinkView:
    name: str
    endpoint: str  # "udp 127.0.0.1:10110", "serial /dev/ttyUSB0 4800"
    protocol: str
    state: str  # "up", "down", "connecting", "stopped"
    bytes_in: int
    frames: int
    errors: int
    last_error: str | None
    last_frame_age_s: float | None
