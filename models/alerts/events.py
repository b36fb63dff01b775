"""Event kinds and payloads of alerts: what the alert engine and the
dispatcher's handling append, the projections record and replay reads.

Contract: payloads state results explicitly; consumers never re-run the
detection rules.

- ``alert.raised`` (source ``system``): alert_id ("A" + 6 digits), origin
  ("zone-entry" | "zone-alarm" | "cap"), exercise (bool: CAP status
  Exercise/Test/System/Draft, or a drill: never shown as real), severity
  ("extreme" | "severe" | "moderate" | "minor" | "unknown"), title (one line),
  lat, lon (a point for the map; the area's centre for CAP), area (None, or
  {"polygons": [[[lat, lon], ...], ...], "circles": [[lat, lon, radius_m], ...]}),
  sensor (or None), zone (or None), track (``"<sensor>/<track number>"`` or
  None), cap ({"identifier", "sender", "sent", "msg_type", "event"} or None),
  suggested_type (incident type code or None), frame (``{"link", "peer"}``).
- ``alert.updated`` (source ``system``): alert_id, the changed fields (a CAP
  Update for the same alert, a zone alarm repeating).
- ``alert.cancelled`` (source ``system``): alert_id, reason (CAP Cancel).
- ``alert.acknowledged`` (operator): alert_id.
- ``alert.promoted`` (operator): alert_id, incident_id (created from it).
- ``alert.linked`` (operator): alert_id, incident_id (or call_id).
- ``alert.dismissed`` (operator): alert_id, reason (required).

``is_sensor_event(event)`` tells the committed events that feed tracks and
alerts (radar, zone alarms, CAP) and the radars' health (``sensor.health``,
``models.sensors.health``). Radar tracks are not events of their own:
the frames that carry them are stored like any other frame; the live track
picture is a projection of those frames kept in memory
(``models.alerts.tracks``).
"""

from __future__ import annotations

from typing import Any

from models.sensors.health import SENSOR_HEALTH

ALERT_RAISED = "alert.raised"
ALERT_UPDATED = "alert.updated"
ALERT_CANCELLED = "alert.cancelled"
ALERT_ACKNOWLEDGED = "alert.acknowledged"
ALERT_PROMOTED = "alert.promoted"
ALERT_LINKED = "alert.linked"
ALERT_DISMISSED = "alert.dismissed"

ALERT_KINDS = (
    ALERT_RAISED,
    ALERT_UPDATED,
    ALERT_CANCELLED,
    ALERT_ACKNOWLEDGED,
    ALERT_PROMOTED,
    ALERT_LINKED,
    ALERT_DISMISSED,
)

SENSOR_PROTOCOLS = frozenset({"asterix", "zone-alarm", "cap"})
ARPA_KINDS = frozenset({"TTM", "TLL", "OSD"})


def is_sensor_event(event: Any) -> bool:
    """A committed event the sensor service uses: a radar, zone-alarm or CAP frame, or a
    radar's health (``sensor.health``)."""
    if event.kind == SENSOR_HEALTH:
        return True
    if event.kind != "frame.decoded" or not event.payload:
        return False
    message = event.payload.get("message") or {}
    protocol = message.get("protocol")
    return protocol in SENSOR_PROTOCOLS or (
        protocol == "nmea" and message.get("kind") in ARPA_KINDS
    )
