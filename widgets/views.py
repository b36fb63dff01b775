"""Plain data the console hands to widgets: no ORM objects, no Qt objects.

Contract: frozen, slotted dataclasses with plain values. Times are aware UTC
datetimes (widgets format them in local time); positions are WGS84 degrees.
Disciplines are ``police``, ``fire`` or ``medical``. ``EventView`` is the one
plain class: its ``summary`` may be given, or made by ``describe(subject)`` the
first time it is read (see there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


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
    status_since: datetime | None = None  # when the unit entered ``status``
    incident_id: str | None = None  # the incident the unit is committed to
    overdue: str | None = None  # e.g. "en route 12 min (limit 10 min)"; None when not


class EventView:
    """One row of the event log: ``seq``, ``rx_time``, ``source``, ``kind``, ``summary``
    (one line a person reads) and ``error`` (a rejection's reason, or None).

    ``summary`` is given, or made by ``describe(subject)`` the first time it is read
    (then kept): under a radar storm thousands of rows a second pass through the log
    and only the few dozen on screen are ever read. One shared ``describe`` and the
    row's ``subject`` (its stored event), not a closure per row: each object a row
    keeps is one more for every cycle collection to walk while the row is young.
    Read-only, compared by value.
    """

    __slots__ = ("_describe", "_subject", "_summary", "error", "kind", "rx_time", "seq", "source")

    seq: int
    rx_time: datetime
    source: str
    kind: str
    error: str | None

    def __init__(
        self,
        seq: int,
        rx_time: datetime,
        source: str,
        kind: str,
        summary: str | None = None,
        error: str | None = None,
        *,
        describe: Callable[[Any], str] | None = None,
        subject: Any = None,
    ) -> None:
        init = object.__setattr__
        init(self, "seq", seq)
        init(self, "rx_time", rx_time)
        init(self, "source", source)
        init(self, "kind", kind)
        init(self, "error", error)
        init(self, "_summary", summary if summary is not None or describe else "")
        init(self, "_describe", describe)
        init(self, "_subject", subject)

    @property
    def summary(self) -> str:
        text = self._summary
        if text is None:
            describe = self._describe
            text = describe(self._subject) if describe is not None else ""
            object.__setattr__(self, "_summary", text)
            object.__setattr__(self, "_describe", None)
            object.__setattr__(self, "_subject", None)
        return text

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"EventView is read-only ({name})")

    def _key(self) -> tuple[Any, ...]:
        return (self.seq, self.rx_time, self.source, self.kind, self.summary, self.error)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventView):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"EventView(seq={self.seq!r}, rx_time={self.rx_time!r}, source={self.source!r},"
            f" kind={self.kind!r}, summary={self.summary!r}, error={self.error!r})"
        )


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
    # What a dispatcher must know beyond up/down: a radar on it down, refused requests, ...
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IncidentView:
    incident_id: str
    type_code: str  # catalogue code, e.g. "structure-fire"
    type_name: str  # "Structure fire"
    discipline: str
    priority: int  # 1 = highest
    lat: float
    lon: float
    location: str | None
    created: datetime
    status: str  # "open" | "closed"
    units: tuple[str, ...] = ()  # call signs committed to it


@dataclass(frozen=True, slots=True)
class NoteView:
    incident_id: str
    time: datetime
    operator: str
    text: str


@dataclass(frozen=True, slots=True)
class CandidateView:
    """One unit the console recommends (or passed over) for one required type."""

    call_sign: str
    unit_type: str
    eta_s: float | None
    route_m: float | None
    fix_age_s: float | None  # None: no fix, ETA from the home station
    reason: str  # why chosen or passed over, a sentence a dispatcher reads
    recommended: bool


@dataclass(frozen=True, slots=True)
class RecommendationView:
    incident_id: str
    # One entry per required slot of the response plan, e.g. ("engine", 2)
    # with the candidates ranked best first.
    slots: tuple[tuple[str, int, tuple[CandidateView, ...]], ...]
    shortfall: tuple[str, ...] = ()  # sentences: "no ladder available; substituted engine"


@dataclass(frozen=True, slots=True)
class RouteView:
    call_sign: str
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    eta_s: float


@dataclass(frozen=True, slots=True)
class LocationView:
    """One caller location as the call-taker sees it."""

    source: str  # "ali" | "aml" | "pidf" | "typed" | "map"
    lat: float | None
    lon: float | None
    radius_m: float | None
    confidence: float | None
    time: datetime  # when it was received (or typed)
    address: str | None = None  # civic address as one line
    shape: str | None = None
    verified: bool = False


@dataclass(frozen=True, slots=True)
class CallView:
    call_id: str
    number: str | None
    state: str  # "ringing" | "answered" | "abandoned" | "released"
    via: str  # "ali" | "aml" | "pidf"
    class_of_service: str | None
    offered: datetime
    answered: datetime | None
    location: LocationView | None  # the one in force (verified, else newest)
    history: tuple[LocationView, ...] = ()  # every location, oldest first (rebids)
    pending: LocationView | None = None  # a newer automatic fix offered after verification
    incident_id: str | None = None
    duplicate_of: tuple[str, ...] = ()  # open incidents this call may duplicate
    language: str | None = None  # the caller's handset language (AML "lg"), a BCP 47 tag


@dataclass(frozen=True, slots=True)
class SensorView:
    sensor_id: str
    name: str
    kind: str  # "radar" | "perimeter" | ...
    lat: float
    lon: float
    range_m: float | None  # coverage radius drawn on the map
    health: str | None = None  # "ok" | "degraded" | "down"; None: never judged
    health_reason: str = ""


@dataclass(frozen=True, slots=True)
class ZoneView:
    zone_id: str
    name: str
    polygon: tuple[tuple[float, float], ...]  # (lat, lon) ring
    alarmed: bool = False


@dataclass(frozen=True, slots=True)
class AlertView:
    alert_id: str
    origin: str  # "zone-entry" | "zone-alarm" | "cap"
    state: str  # "new" | "acknowledged" | "promoted" | "linked" | "dismissed" | "cancelled"
    exercise: bool  # never shown as real
    severity: str
    title: str
    raised: datetime
    lat: float | None
    lon: float | None
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()
    circles: tuple[tuple[float, float, float], ...] = ()  # lat, lon, radius_m
    sensor: str | None = None
    zone: str | None = None
    track: str | None = None
    suggested_type: str | None = None
    incident_id: str | None = None
    related: tuple[str, ...] = ()  # incidents or calls near it in space and time
