"""A realistic dispatch story written through the real GroupCommitWriter, with the live picture
recorded after every event, for replay tests to compare against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from console.reports.event_text import position_update
from models.alerts.state import AlertState
from models.calls.state import CallState
from models.dispatch.state import DispatchState
from models.store import GroupCommitWriter, NewEvent, Store, StoredEvent

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
INCIDENT = "2024-000001"
CALL = "C000001"
ALERT = "A000001"


def avl(unit: str, lat: float, lon: float) -> dict[str, Any]:
    message = {"protocol": "nmea", "talker": "GP", "kind": "RMC", "lat": lat, "lon": lon}
    return {"unit": unit, "message": {**message, "speed_knots": 12.0, "course_deg": 90.0}}


def radar(target: int, lat: float, lon: float) -> dict[str, Any]:
    message = {"protocol": "nmea", "kind": "TLL", "target_number": target, "lat": lat, "lon": lon}
    return {"peer": "10.0.0.9", "message": {**message, "name": "FERRY"}}


def _location(lat: float, lon: float, radius: float) -> dict[str, Any]:
    return {"source": "ali", "lat": lat, "lon": lon, "radius_m": radius, "civic": {}}


# (seconds after T0, source, kind, payload)
STORY: list[tuple[float, str, str, dict[str, Any]]] = [
    (0, "system", "link.state", {"link": "avl-udp", "state": "up", "endpoint": "udp://:5000"}),
    (1, "link:avl-udp", "frame.decoded", avl("A1", 60.1700, 24.9400)),
    (2, "link:avl-udp", "frame.decoded", avl("B2", 60.2000, 24.9000)),
    (10, "system", "call.offered", {"call_id": CALL, "number": "+358401234567", "via": "ali",
                                    "class_of_service": "WRLS",
                                    "location": _location(60.1710, 24.9410, 50.0),
                                    "frame": {"link": "ali-tcp", "peer": "x"}}),
    (11, "operator:ann", "call.answered", {"call_id": CALL}),
    (20, "operator:ann", "incident.created", {"incident_id": INCIDENT, "type": "FIRE",
                                              "priority": 1, "lat": 60.1710, "lon": 24.9410,
                                              "location": "Mannerheimintie 1", "call_id": CALL}),
    (21, "operator:ann", "call.attached", {"call_id": CALL, "incident_id": INCIDENT}),
    (22, "operator:ann", "unit.assigned", {"unit": "A1", "incident_id": INCIDENT, "eta_s": 240,
                                           "route_m": 1800, "recommended": True}),
    (22.5, "operator:ann", "unit.status", {"unit": "A1", "status": "dispatched",
                                           "previous": "available", "incident_id": INCIDENT}),
    (25, "system", "alert.raised", {"alert_id": ALERT, "origin": "zone-entry", "severity": "high",
                                    "title": "FERRY entered harbour", "lat": 60.16,
                                    "lon": 24.95, "track": "radar/7"}),
    (26, "operator:bob", "alert.acknowledged", {"alert_id": ALERT}),
    (30, "link:avl-udp", "frame.decoded", avl("A1", 60.1705, 24.9405)),
    (30.5, "link:radar", "frame.decoded", radar(7, 60.1600, 24.9500)),
    (31, "link:radar", "frame.decoded", radar(7, 60.1610, 24.9510)),
    (40, "operator:ann", "unit.status", {"unit": "A1", "status": "on scene",
                                         "previous": "dispatched", "incident_id": INCIDENT}),
    (50, "operator:ann", "call.released", {"call_id": CALL}),
    (60, "operator:ann", "incident.closed", {"incident_id": INCIDENT, "disposition": "out"}),
    (60.5, "operator:ann", "unit.status", {"unit": "A1", "status": "available",
                                           "previous": "on scene", "incident_id": None}),
    (61, "system", "link.state", {"link": "avl-udp", "state": "down", "endpoint": "udp://:5000",
                                  "error": "timeout"}),
    (62, "operator:bob", "alert.dismissed", {"alert_id": ALERT, "reason": "exercise"}),
]  # fmt: skip


@dataclass
class Live:
    """What the live console derived from committed events, the way it does."""

    dispatch: DispatchState
    calls: CallState
    alerts: AlertState
    positions: dict[str, tuple[float, float]]
    links: dict[str, str]
    pictures: list[tuple[datetime, dict[str, Any]]]

    def on_committed(self, events: list[StoredEvent]) -> None:
        # Runs on the writer thread after each commit: record the picture per event.
        for event in events:
            self.dispatch.apply(event)
            self.calls.apply(event)
            self.alerts.apply(event)
            p = position_update(event)
            if p is not None:
                self.positions[p.call_sign] = (p.lat, p.lon)
            if event.kind == "link.state":
                self.links[event.payload["link"]] = event.payload["state"]
            self.pictures.append((event.rx_time, self.picture()))

    def picture(self) -> dict[str, Any]:
        return {
            "units": {
                cs: (self.dispatch.unit(cs).status.value, self.dispatch.unit(cs).incident_id)
                for cs in set(self.dispatch.units) | set(self.positions)
            },
            "positions": dict(self.positions),
            "incidents": sorted(i.incident_id for i in self.dispatch.open_incidents()),
            "calls": [(c.call_id, c.state, c.incident_id) for c in self.calls.active_calls()],
            "alerts": [(a.alert_id, a.state) for a in self.alerts.active_alerts()],
            "links": dict(self.links),
        }


def write_story(store: Store) -> list[tuple[datetime, dict[str, Any]]]:
    """Write ``STORY``; return (receive time, live picture right after it) per event."""
    live = Live(DispatchState(), CallState(), AlertState(), {}, {}, [])
    with GroupCommitWriter(store, window_s=0, on_committed=live.on_committed) as writer:
        for seconds, source, kind, payload in STORY:
            when = T0 + timedelta(seconds=seconds)
            writer.submit(NewEvent(source=source, kind=kind, rx_time=when, payload=payload))
    assert len(live.pictures) == len(STORY)
    return live.pictures


def replay_picture(state: Any) -> dict[str, Any]:
    """The same shape as ``Live.picture`` from a ``ReplayState``."""
    return {
        "units": {u.call_sign: (u.status, u.incident_id) for u in state.units},
        "positions": {u.call_sign: (u.lat, u.lon) for u in state.units if u.lat is not None},
        "incidents": sorted(i.incident_id for i in state.incidents),
        "calls": [(c.call_id, c.state, c.incident_id) for c in state.calls],
        "alerts": [(a.alert_id, a.state) for a in state.alerts],
        "links": {link.link: link.state for link in state.links},
    }
