"""Alert engine: decides ``alert.raised`` / ``alert.updated`` / ``alert.cancelled``.

Contract (Qt-free, synchronous, one owner thread; like ``CallTracker``, the
ingest path calls it for every decoded sensor frame and appends what it
returns, in order, right after the frame's own event, source ``system``):

``AlertEngine(state, sensors=(), zones=(), *, last_number=0,
alarm_window_s=120, exercise=False, incident_types=None)``. Every method
returns ``[(kind, payload)]`` with payloads as ``models.alerts.events``
describes them; ``exercise=True`` (a drill) marks every alert an exercise.

- ``on_track_positions(keys, lat, lon, time, link=None, peer=None,
  labels=None)``: origin ``"zone-entry"``, one alert per entry of a track
  into a zone with ``alert_on_entry`` (severity and suggested type from the
  zone). A track staying inside raises nothing more; leaving and coming back
  is a new entry. A track the engine has not seen before counts as having
  been outside (a target that appears inside a zone is news). ``forget(keys)``
  drops aged-out tracks. ``time`` is accepted for symmetry with
  ``TrackStore`` and not used: the event's receive time is the alert's time.
- ``on_zone_alarm(message, link, peer, now=None)`` for a ``ZoneAlarm`` dict:
  origin ``"zone-alarm"``. The same sensor + zone + target alarming again
  within ``alarm_window_s`` of its previous alarm gives ``alert.updated``
  (``repeats``, and the new point) on the alert it raised, unless that alert
  was dismissed or cancelled meanwhile: then a new alert. The area is the
  zone's polygon when the zone id is configured; the point is the alarm's
  own lat/lon, else its range/bearing from the sensor (bearing relative to
  the sensor's ``heading_deg``; 0 = true), else the zone's centroid, else
  the sensor's position. The sensor is the message's, else a sensor whose id
  is the link's name.
- ``on_cap(message, link, peer)`` for a ``CapAlert`` dict: origin ``"cap"``
  (see ``models.alerts.cap_alerts`` for area, point, severity, title and
  suggested type). ``Alert`` raises (an identifier already seen raises
  nothing); ``Update`` gives ``alert.updated`` with the fields that changed
  on the alert its references name (a new alert when none is known);
  ``Cancel`` gives ``alert.cancelled`` for each referenced alert not already
  closed. ``Ack``/``Error`` raise nothing.
- ``on_talk_request(payload, lat, lon)`` for a committed
  ``reach.talk_request`` payload (a crew's request to talk, e.g. status 5/0
  over the radio): origin ``"radio"``, severity ``moderate``, title
  ``"<unit>: <label> (radio <link> <issi>)"`` (the ISSI stands for an
  unknown unit), at ``lat``/``lon`` (the caller's choice: the unit's last
  fix or its station; None for neither), frame ``{"link", "peer": issi}``.
  One alert per call: the caller raises it once per committed request.

Ids are ``"A"`` + 6 digits, continuing after the highest the state knows or
``last_number`` (``alerts_queries.highest_alert_number``), whichever is
higher. The engine is the single writer of these kinds, so it remembers
what it raised before the events are committed.

``related(alert, open_incidents, active_calls, now, rules)`` -> ids of the
incidents, then calls, near the alert in space and time, nearest first,
by ``models.calls.duplicates.possible_duplicates``; an alert with an area
widens the net by the area's extent from its point.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from pyproj import Geod

from models.alerts import cap_alerts as cap
from models.alerts import events as ev
from models.alerts.state import CANCELLED, DISMISSED, PROMOTED, AlertState
from models.alerts.zones import ZoneIndex
from models.calls.duplicates import DuplicateRules, possible_duplicates
from models.sensors.config import SEVERITIES, Sensor, Zone
from models.sensors.geometry import polar_to_latlon

__all__ = ["AlertEngine", "format_alert_id", "related"]

_LOGGER = logging.getLogger(__name__)
_GEOD = Geod(ellps="WGS84")

Record = tuple[str, dict[str, Any]]

_VENDOR_SEVERITY = {"critical": "extreme", "high": "severe", "medium": "moderate", "low": "minor"}
# CAP fields an update may change, as alert fields.
_CAP_FIELDS = ("severity", "title", "lat", "lon", "area", "suggested_type", "exercise")


def format_alert_id(number: int) -> str:
    return f"A{number:06d}"


@dataclass
class _Alarm:
    alert_id: str
    last: datetime
    repeats: int


class AlertEngine:
    def __init__(
        self,
        state: AlertState,
        sensors: Sequence[Sensor] = (),
        zones: Sequence[Zone] = (),
        *,
        last_number: int = 0,
        alarm_window_s: float = 120.0,
        exercise: bool = False,
        incident_types: Collection[str] | None = None,
    ) -> None:
        self._state = state
        self.sensors = {s.sensor_id: s for s in sensors}
        self.zones = {z.zone_id: z for z in zones}
        self._entry_index = ZoneIndex([z for z in zones if z.alert_on_entry])
        self.alarm_window_s = float(alarm_window_s)
        self.exercise = exercise
        self.incident_types = incident_types
        self._last_number = max(last_number, state.highest_alert_number())
        self._inside: dict[str, frozenset[str]] = {}
        self._alarms: dict[tuple[str | None, str, str | None], _Alarm] = {}
        self._cap: dict[tuple[str, str], str] = {}
        self._cap_fields: dict[str, dict[str, Any]] = {}

    # -- ids and common fields ---------------------------------------------------

    def _new_id(self) -> str:
        self._last_number = max(self._last_number, self._state.highest_alert_number()) + 1
        return format_alert_id(self._last_number)

    def _raised(self, **fields: Any) -> Record:
        payload: dict[str, Any] = {
            "alert_id": self._new_id(),
            "origin": fields.pop("origin"),
            "exercise": bool(fields.pop("exercise", False)) or self.exercise,
            "severity": "unknown",
            "title": "",
            "lat": None,
            "lon": None,
            "area": None,
            "sensor": None,
            "zone": None,
            "track": None,
            "cap": None,
            "suggested_type": None,
            "frame": None,
        }
        payload.update(fields)
        return ev.ALERT_RAISED, payload

    def _closed(self, alert_id: str, states: Iterable[str]) -> bool:
        alert = self._state.alert(alert_id)
        return alert is not None and alert.state in set(states)

    # -- radar tracks -------------------------------------------------------------

    def on_track_positions(
        self,
        keys: Sequence[str],
        lat: Any,
        lon: Any,
        time: Any = None,
        link: str | None = None,
        peer: str | None = None,
        labels: Sequence[str | None] | None = None,
    ) -> list[Record]:
        """Zone-entry alerts for tracks that moved into a zone (see module doc)."""
        if not len(self._entry_index) or not len(keys):
            return []
        entries, current = self._entry_index.step(keys, lat, lon, self._inside)
        self._inside.update(current)
        if not entries:
            return []
        lat_a = np.atleast_1d(np.asarray(lat, dtype=float))
        lon_a = np.atleast_1d(np.asarray(lon, dtype=float))
        where = {key: i for i, key in enumerate(keys)}  # the last report of a key
        records: list[Record] = []
        for key, zone_id in entries:
            i = where[key]
            zone = self.zones[zone_id]
            label = labels[i] if labels is not None else None
            name = f"{label} ({key})" if label else key
            records.append(
                self._raised(
                    origin="zone-entry",
                    severity=zone.severity,
                    title=f"Track {name} entered {zone.name}",
                    lat=float(lat_a[i]),
                    lon=float(lon_a[i]),
                    area=_zone_area(zone),
                    sensor=key.split("/", 1)[0],
                    zone=zone_id,
                    track=key,
                    suggested_type=zone.suggested_type,
                    frame={"link": link, "peer": peer},
                )
            )
        return records

    def forget(self, keys: Iterable[str]) -> None:
        """Tracks that aged out: a track of the same key later is a new one."""
        for key in keys:
            self._inside.pop(key, None)

    # -- zone alarms --------------------------------------------------------------

    def on_zone_alarm(
        self, message: Mapping[str, Any], link: str, peer: str, now: datetime | None = None
    ) -> list[Record]:
        """An alert, or an update of the recent one, for a zone alarm (see module doc)."""
        now = now or datetime.now(UTC)
        zone_id = str(message.get("zone") or "").strip()
        if not zone_id:
            return []
        sensor_id = message.get("sensor") or (link if link in self.sensors else None)
        sensor = self.sensors.get(sensor_id) if sensor_id else None
        zone = self.zones.get(zone_id)
        target = message.get("target")
        point = self._alarm_point(message, sensor, zone)
        key = (sensor_id, zone_id, target)
        alarm = self._alarms.get(key)
        if (
            alarm is not None
            and (now - alarm.last).total_seconds() <= self.alarm_window_s
            and not self._closed(alarm.alert_id, (DISMISSED, CANCELLED))
        ):
            alarm.last = now
            alarm.repeats += 1
            payload: dict[str, Any] = {"alert_id": alarm.alert_id, "repeats": alarm.repeats}
            if point is not None:
                payload["lat"], payload["lon"] = point
            return [(ev.ALERT_UPDATED, payload)]
        vendor = str(message.get("severity") or "").strip().lower()
        severity = _VENDOR_SEVERITY.get(vendor, vendor)
        if severity not in SEVERITIES:
            severity = zone.severity if zone is not None else "unknown"
        what = str(message.get("alarm_kind") or "Alarm").strip() or "Alarm"
        title = f"{what} in {zone.name if zone else zone_id}"
        if sensor is not None:
            title += f" ({sensor.name})"
        record = self._raised(
            origin="zone-alarm",
            severity=severity,
            title=title,
            lat=None if point is None else point[0],
            lon=None if point is None else point[1],
            area=_zone_area(zone) if zone is not None else None,
            sensor=sensor_id,
            zone=zone_id,
            track=f"{sensor_id}/{target}" if sensor_id and target else None,
            suggested_type=zone.suggested_type if zone is not None else None,
            frame={"link": link, "peer": peer},
        )
        self._alarms[key] = _Alarm(record[1]["alert_id"], now, 1)
        return [record]

    @staticmethod
    def _alarm_point(
        message: Mapping[str, Any], sensor: Sensor | None, zone: Zone | None
    ) -> tuple[float, float] | None:
        lat, lon = message.get("lat"), message.get("lon")
        if lat is not None and lon is not None:
            return float(lat), float(lon)
        rng, bearing = message.get("range_m"), message.get("bearing_deg")
        if sensor is not None and rng is not None and bearing is not None:
            plat, plon = polar_to_latlon(
                sensor.lat, sensor.lon, float(rng), float(bearing), sensor.heading_deg, True
            )
            return float(plat), float(plon)
        if zone is not None:
            return cap.area_point(_zone_area(zone))
        if sensor is not None:
            return sensor.lat, sensor.lon
        return None

    # -- CAP --------------------------------------------------------------------

    def _cap_alert(self, sender: Any, identifier: Any) -> str | None:
        key = (str(sender), str(identifier))
        return self._cap.get(key) or self._state.cap_alert(*key)

    def on_cap(self, message: Mapping[str, Any], link: str, peer: str) -> list[Record]:
        """Raise, update or cancel for one CAP message (see module doc)."""
        msg_type = str(message.get("msg_type") or "").strip().lower()
        sender, identifier = message.get("sender"), message.get("identifier")
        if not sender or not identifier or msg_type not in ("alert", "update", "cancel"):
            return []
        if self._cap_alert(sender, identifier) is not None:
            return []  # the same message again (a sender's retry)
        references = [r for r in message.get("references") or () if isinstance(r, Mapping)]
        known = [
            alert_id
            for alert_id in dict.fromkeys(
                self._cap_alert(r.get("sender"), r.get("identifier")) for r in references
            )
            if alert_id is not None
        ]
        summary = cap.cap_summary(message)
        if msg_type == "cancel":
            reason = message.get("note") or cap.cap_title(message) or "cancelled by the sender"
            return [
                (ev.ALERT_CANCELLED, {"alert_id": alert_id, "reason": reason})
                for alert_id in known
                if not self._closed(alert_id, (CANCELLED, DISMISSED, PROMOTED))
            ]
        area = cap.cap_area(message)
        point = cap.area_point(area)
        fields = {
            "severity": cap.cap_severity(message),
            "title": cap.cap_title(message),
            "lat": None if point is None else point[0],
            "lon": None if point is None else point[1],
            "area": area,
            "suggested_type": cap.suggested_type(message, self.incident_types),
            "exercise": cap.is_exercise(message) or self.exercise,
        }
        if msg_type == "update" and known:
            alert_id = known[0]
            before = self._cap_fields.get(alert_id) or self._fields_of(alert_id)
            changed = {k: v for k, v in fields.items() if before.get(k, ...) != v}
            self._cap[(str(sender), str(identifier))] = alert_id
            self._cap_fields[alert_id] = fields
            return [(ev.ALERT_UPDATED, {"alert_id": alert_id, **changed, "cap": summary})]
        record = self._raised(
            origin="cap", cap=summary, frame={"link": link, "peer": peer}, **fields
        )
        alert_id = record[1]["alert_id"]
        self._cap[(str(sender), str(identifier))] = alert_id
        self._cap_fields[alert_id] = fields
        return [record]

    # -- a crew's request to talk ----------------------------------------------------

    def on_talk_request(
        self, payload: Mapping[str, Any], lat: float | None, lon: float | None
    ) -> list[Record]:
        """An alert for a crew's request to talk (see module doc)."""
        link = str(payload.get("link") or "")
        issi = str(payload.get("address") or "")
        unit = payload.get("unit") or issi
        label = str(payload.get("label") or "request to talk").strip() or "request to talk"
        return [
            self._raised(
                origin="radio",
                severity="moderate",
                title=f"{unit}: {label} (radio {link} {issi})",
                lat=None if lat is None or lon is None else float(lat),
                lon=None if lat is None or lon is None else float(lon),
                frame={"link": link, "peer": issi},
            )
        ]

    def _fields_of(self, alert_id: str) -> dict[str, Any]:
        alert = self._state.alert(alert_id)
        return {} if alert is None else {k: getattr(alert, k) for k in _CAP_FIELDS}


def _zone_area(zone: Zone) -> dict[str, Any]:
    return {"polygons": [[[lat, lon] for lat, lon in zone.polygon]], "circles": []}


# -- related incidents and calls --------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Near:
    incident_id: str  # the id possible_duplicates hands back (a call id for calls)
    lat: float
    lon: float
    created: datetime


def _extent_m(lat: float, lon: float, area: Mapping[str, Any] | None) -> float:
    """How far the alert's area reaches from its point (0 without an area)."""
    if not area:
        return 0.0
    points = [p for ring in area.get("polygons") or () for p in ring]
    reach = 0.0
    if points:
        plat = np.array([p[0] for p in points], dtype=float)
        plon = np.array([p[1] for p in points], dtype=float)
        _, _, d = _GEOD.inv(np.full_like(plon, lon), np.full_like(plat, lat), plon, plat)
        reach = float(np.max(d))
    for clat, clon, radius in area.get("circles") or ():
        _, _, d = _GEOD.inv(lon, lat, clon, clat)
        reach = max(reach, float(d) + float(radius))
    return reach


def _call_position(call: Any) -> tuple[float, float, datetime] | None:
    location = None
    if hasattr(call, "history"):  # a CallRecord: the location in force
        record = call.verified or call.newest_automatic
        location = record.location if record is not None else None
    elif getattr(call, "location", None) is not None:  # a CallView
        location = {"lat": call.location.lat, "lon": call.location.lon}
    created = getattr(call, "offered", None) or getattr(call, "offered_at", None)
    if not isinstance(location, Mapping) or created is None:
        return None
    lat, lon = location.get("lat"), location.get("lon")
    if lat is None or lon is None:
        return None
    return float(lat), float(lon), created


def related(
    alert: Any,
    open_incidents: Iterable[Any],
    active_calls: Iterable[Any],
    now: datetime,
    rules: DuplicateRules | None = None,
) -> list[str]:
    """Incident ids, then call ids, near ``alert`` in space and time (see module doc)."""
    if alert.lat is None or alert.lon is None:
        return []
    location = {
        "lat": float(alert.lat),
        "lon": float(alert.lon),
        "radius_m": _extent_m(float(alert.lat), float(alert.lon), alert.area),
    }
    calls = []
    for call in active_calls:
        position = _call_position(call)
        if position is not None:
            calls.append(_Near(call.call_id, *position))
    return possible_duplicates(location, open_incidents, now, rules) + possible_duplicates(
        location, calls, now, rules
    )
