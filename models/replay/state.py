"""The picture replay reconstructs at one moment, as plain data, and its JSON form.

Contract: ``ReplayState`` is a frozen dataclass of plain values (lists of
frozen records, datetimes in UTC) describing what the console showed at
``time`` after applying the log up to ``seq``: units (dispatch status and
last position), open incidents, active alerts, active calls with the
location in force and its uncertainty, the last ``link.state`` of each link
and radar tracks with their trails. Incidents and alerts are the records of
``DispatchState``/``AlertState`` themselves. ``state_to_dict(state)`` gives
a JSON-ready dict (ISO 8601 times, enums as their values) for the CLI and
for reports; its keys are part of the contract of ``dispatch-console replay
--json``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from typing import Any

from models.alerts.state import AlertRecord
from models.dispatch.state import IncidentState


@dataclass(frozen=True, slots=True)
class ReplayUnit:
    call_sign: str
    status: str
    status_since: datetime | None
    incident_id: str | None
    lat: float | None
    lon: float | None
    fix_time: datetime | None  # receive time of the unit's last position report
    speed_mps: float | None
    course_deg: float | None


@dataclass(frozen=True, slots=True)
class ReplayCall:
    call_id: str
    number: str | None
    state: str
    via: str
    offered: datetime
    incident_id: str | None
    lat: float | None
    lon: float | None
    radius_m: float | None  # uncertainty of the location in force
    location_source: str | None  # ali, aml, pidf, typed, map
    verified: bool


@dataclass(frozen=True, slots=True)
class ReplayLink:
    link: str
    state: str | None
    endpoint: str | None
    error: str | None
    time: datetime


@dataclass(frozen=True, slots=True)
class ReplayTrack:
    key: str
    lat: float
    lon: float
    time: datetime
    label: str | None
    trail: tuple[tuple[float, float], ...]  # oldest -> newest, the current position last


@dataclass(frozen=True, slots=True)
class ReplayState:
    time: datetime
    seq: int  # the last event applied (0: none)
    units: list[ReplayUnit]
    incidents: list[IncidentState]
    committed: dict[str, list[str]]  # incident id -> call signs committed to it
    alerts: list[AlertRecord]
    calls: list[ReplayCall]
    links: list[ReplayLink]
    tracks: list[ReplayTrack]
    note: str | None = None  # e.g. "before the first event"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_ALERT_KEYS = (
    "alert_id", "origin", "exercise", "severity", "title", "state", "raised",
    "lat", "lon", "zone", "track", "sensor", "acknowledged_by", "incident_id",
)  # fmt: skip


def state_to_dict(state: ReplayState) -> dict[str, Any]:
    """JSON-ready form of ``state`` (see the module contract)."""
    incidents = []
    for incident in state.incidents:
        item = _plain(incident)
        item["units"] = list(state.committed.get(incident.incident_id, []))
        incidents.append(item)
    return {
        "time": state.time.isoformat(),
        "seq": state.seq,
        "note": state.note,
        "units": [_plain(u) for u in state.units],
        "incidents": incidents,
        "alerts": [{k: _plain(getattr(a, k)) for k in _ALERT_KEYS} for a in state.alerts],
        "calls": [_plain(c) for c in state.calls],
        "links": [_plain(link) for link in state.links],
        "tracks": [_plain(t) for t in state.tracks],
    }
