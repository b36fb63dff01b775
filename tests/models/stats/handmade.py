"""Hand-made event logs for the statistics tests: the kinds and payloads the console writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from models.store import GroupCommitWriter, NewEvent, StoredEvent, open_store

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday, 10:00 in Helsinki


class Log:
    """Events at seconds from ``T0``, in the order they are added (= log order)."""

    def __init__(self, t0: datetime = T0) -> None:
        self.t0 = t0
        self.events: list[NewEvent] = []

    def add(self, s: float, source: str, kind: str, payload: dict[str, Any] | None) -> Log:
        self.events.append(NewEvent(source, kind, self.t0 + timedelta(seconds=s), payload))
        return self

    def op(self, s: float, kind: str, payload: dict[str, Any], who: str = "ann") -> Log:
        return self.add(s, f"operator:{who}", kind, payload)

    def offer(self, s: float, call: str, via: str = "pidf") -> Log:
        location = {"source": via, "lat": 60.17, "lon": 24.94, "radius_m": 30.0,
                    "confidence": 90, "shape": "circle", "time": None, "civic": None,
                    "class_of_service": None, "method": None, "number": "+358401"}  # fmt: skip
        return self.add(s, "system", "call.offered", {
            "call_id": call, "number": "+358401", "via": via, "class_of_service": None,
            "location": location, "frame": {"link": via, "peer": "x"}})  # fmt: skip

    def answer(self, s: float, call: str, who: str = "ann") -> Log:
        return self.op(s, "call.answered", {"call_id": call}, who)

    def abandon(self, s: float, call: str) -> Log:
        return self.add(s, "system", "call.abandoned", {"call_id": call, "reason": "hung up"})

    def attach(self, s: float, call: str, incident: str) -> Log:
        return self.op(s, "call.attached", {"call_id": call, "incident_id": incident})

    def create(self, s: float, incident: str, call: str | None = None,
               type_: str = "structure-fire", priority: int = 1) -> Log:  # fmt: skip
        return self.op(s, "incident.created", {
            "incident_id": incident, "type": type_, "priority": priority, "lat": 60.17,
            "lon": 24.94, "location": "Mariankatu 12", "call_id": call})  # fmt: skip

    def close(self, s: float, incident: str) -> Log:
        return self.op(s, "incident.closed", {"incident_id": incident, "disposition": "done"})

    def dispatch(self, s: float, unit: str, incident: str, previous: str = "available") -> Log:
        payload = {"unit": unit, "incident_id": incident, "eta_s": 100.0, "route_m": 900.0,
                   "recommended": True, "reason": None}  # fmt: skip
        self.op(s, "unit.assigned", payload)
        return self.status(s, unit, "dispatched", incident, previous)

    def status(self, s: float, unit: str, status: str, incident: str | None,
               previous: str = "?") -> Log:  # fmt: skip
        payload = {"unit": unit, "status": status, "previous": previous, "incident_id": incident}
        return self.add(s, "link:tetra", "unit.status", payload)

    def alert(self, s: float, alert: str) -> Log:
        return self.add(s, "system", "alert.raised", {
            "alert_id": alert, "origin": "zone-alarm", "exercise": False, "severity": "severe",
            "title": "zone 3", "lat": 60.17, "lon": 24.94, "area": None, "sensor": "R1",
            "zone": "Z3", "track": None, "cap": None, "suggested_type": None,
            "frame": {"link": "alarms", "peer": "x"}})  # fmt: skip

    def stored(self) -> list[StoredEvent]:
        return [
            StoredEvent(e.source, e.kind, e.rx_time, e.payload, None, None, seq, f"h{seq}")
            for seq, e in enumerate(self.events, 1)
        ]

    def write(self, path: Path, purpose: str = "live") -> Path:
        """A real SQLite store holding the log, through the real writer."""
        store = open_store(f"sqlite:///{path}", purpose=purpose)
        try:
            with GroupCommitWriter(store) as writer:
                for event in self.events:
                    writer.submit(event)
        finally:
            store.close()
        return path
