"""In-memory picture of alerts rebuilt from committed ``alert.*`` events.

Contract (like ``models.calls.state.CallState``): ``AlertState.apply(event)``
takes a committed ``StoredEvent`` (any kind; others are ignored) and updates
the alerts from the event's explicit payload (see ``models.alerts.events``);
no detection rule is re-run, so the live console and replay read the log
the same way. ``last_seq`` is the newest sequence applied; events at or
below it are ignored. Events naming an unknown alert, or whose payload
breaks the contract, change nothing.

States: ``new`` -> ``acknowledged``; ``new``/``acknowledged`` ->
``promoted`` | ``linked`` | ``dismissed``; any state but ``promoted`` and
``dismissed`` -> ``cancelled`` (a CAP Cancel does not undo an operator's
decision, and a cancelled alert stays cancelled). ``alert.updated`` changes
the descriptive fields it names (``UPDATABLE``) in any state. ``cap_alert(sender,
identifier)`` finds the alert a CAP message (raised or updated) belongs to.
The projection (``models.projections.alerts``) applies the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from models.alerts import events as ev
from models.log_state import LogState, apply_keyed

NEW = "new"
ACKNOWLEDGED = "acknowledged"
PROMOTED = "promoted"
LINKED = "linked"
DISMISSED = "dismissed"
CANCELLED = "cancelled"

ACTIVE_STATES = frozenset({NEW, ACKNOWLEDGED})  # waiting for a dispatcher's decision
CANCELLABLE_STATES = frozenset({NEW, ACKNOWLEDGED, LINKED})

# Fields an ``alert.updated`` may change (anything else in its payload is ignored).
UPDATABLE = (
    "severity",
    "title",
    "lat",
    "lon",
    "area",
    "suggested_type",
    "exercise",
    "cap",
    "repeats",
)


@dataclass(frozen=True, slots=True)
class AlertRecord:
    alert_id: str
    origin: str  # "zone-entry" | "zone-alarm" | "cap"
    exercise: bool
    severity: str
    title: str
    raised: datetime  # receive time of alert.raised
    lat: float | None
    lon: float | None
    area: dict[str, Any] | None = None  # {"polygons": [...], "circles": [...]}
    sensor: str | None = None
    zone: str | None = None
    track: str | None = None
    cap: dict[str, Any] | None = None
    suggested_type: str | None = None
    frame: dict[str, Any] | None = None
    state: str = NEW
    repeats: int = 1  # how many alarms this alert stands for
    updated: datetime | None = None
    closed: datetime | None = None  # promoted, dismissed or cancelled
    incident_id: str | None = None  # promoted to, or linked to
    call_id: str | None = None  # linked to
    reason: str | None = None  # why dismissed or cancelled
    acknowledged_by: str | None = None
    handled_by: str | None = None  # the operator who promoted, linked or dismissed

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES


def _operator(source: str) -> str:
    return source.split(":", 1)[1] if source.startswith("operator:") else source


@dataclass
class AlertState(LogState):
    alerts: dict[str, AlertRecord] = field(default_factory=dict)
    last_seq: int = 0
    _cap: dict[tuple[str, str], str] = field(default_factory=dict)

    # -- reading -------------------------------------------------------------

    def alert(self, alert_id: str) -> AlertRecord | None:
        return self.alerts.get(alert_id)

    def active_alerts(self) -> list[AlertRecord]:
        """New and acknowledged alerts, oldest first: in the log's order (``alerts`` keeps the
        order of the events that raised them), never by a time a clock step could reorder."""
        return [a for a in self.alerts.values() if a.active]

    def cap_alert(self, sender: str, identifier: str) -> str | None:
        return self._cap.get((sender, identifier))

    def highest_alert_number(self) -> int:
        """The highest number among ids ``"A<digits>"`` (0 if none)."""
        numbers = [int(a[1:]) for a in self.alerts if a[:1] == "A" and a[1:].isdigit()]
        return max(numbers, default=0)

    # -- applying committed events --------------------------------------------

    def _apply_new(self, event: Any) -> bool:
        return apply_keyed(self, event, _HANDLERS, self.alerts, ev.ALERT_RAISED, "alert_id")

    def _remember_cap(self, alert_id: str, cap: Any) -> None:
        if isinstance(cap, dict) and cap.get("sender") and cap.get("identifier"):
            self._cap[(str(cap["sender"]), str(cap["identifier"]))] = alert_id

    def _raised(self, p: dict[str, Any], event: Any) -> bool:
        alert_id = p["alert_id"]
        if not isinstance(alert_id, str) or alert_id in self.alerts:
            return False
        lat, lon = p.get("lat"), p.get("lon")
        self.alerts[alert_id] = AlertRecord(
            alert_id=alert_id,
            origin=str(p["origin"]),
            exercise=bool(p.get("exercise")),
            severity=str(p.get("severity") or "unknown"),
            title=str(p.get("title") or ""),
            raised=event.rx_time,
            lat=None if lat is None else float(lat),
            lon=None if lon is None else float(lon),
            area=p.get("area") if isinstance(p.get("area"), dict) else None,
            sensor=p.get("sensor"),
            zone=p.get("zone"),
            track=p.get("track"),
            cap=p.get("cap") if isinstance(p.get("cap"), dict) else None,
            suggested_type=p.get("suggested_type"),
            frame=p.get("frame"),
        )
        self._remember_cap(alert_id, p.get("cap"))
        return True

    def _updated(self, p: dict[str, Any], event: Any) -> bool:
        alert = self.alerts[p["alert_id"]]
        changes: dict[str, Any] = {k: p[k] for k in UPDATABLE if k in p}
        for key in ("lat", "lon"):
            if changes.get(key) is not None:
                changes[key] = float(changes[key])
        if "exercise" in changes:
            changes["exercise"] = bool(changes["exercise"])
        if "repeats" in changes:
            changes["repeats"] = int(changes["repeats"])
        self.alerts[alert.alert_id] = replace(alert, updated=event.rx_time, **changes)
        self._remember_cap(alert.alert_id, p.get("cap"))
        return True

    def _cancelled(self, p: dict[str, Any], event: Any) -> bool:
        alert = self.alerts[p["alert_id"]]
        if alert.state not in CANCELLABLE_STATES:
            return False
        self.alerts[alert.alert_id] = replace(
            alert, state=CANCELLED, closed=event.rx_time, reason=p.get("reason")
        )
        return True

    def _acknowledged(self, p: dict[str, Any], event: Any) -> bool:
        alert = self.alerts[p["alert_id"]]
        self.alerts[alert.alert_id] = replace(
            alert, state=ACKNOWLEDGED, acknowledged_by=_operator(event.source)
        )
        return True

    def _promoted(self, p: dict[str, Any], event: Any) -> bool:
        alert = self.alerts[p["alert_id"]]
        self.alerts[alert.alert_id] = replace(
            alert,
            state=PROMOTED,
            closed=event.rx_time,
            incident_id=p.get("incident_id"),
            handled_by=_operator(event.source),
        )
        return True

    def _linked(self, p: dict[str, Any], event: Any) -> bool:
        alert = self.alerts[p["alert_id"]]
        self.alerts[alert.alert_id] = replace(
            alert,
            state=LINKED,
            incident_id=p.get("incident_id"),
            call_id=p.get("call_id"),
            handled_by=_operator(event.source),
        )
        return True

    def _dismissed(self, p: dict[str, Any], event: Any) -> bool:
        alert = self.alerts[p["alert_id"]]
        self.alerts[alert.alert_id] = replace(
            alert,
            state=DISMISSED,
            closed=event.rx_time,
            reason=p.get("reason"),
            handled_by=_operator(event.source),
        )
        return True


_HANDLERS = {
    ev.ALERT_RAISED: AlertState._raised,
    ev.ALERT_UPDATED: AlertState._updated,
    ev.ALERT_CANCELLED: AlertState._cancelled,
    ev.ALERT_ACKNOWLEDGED: AlertState._acknowledged,
    ev.ALERT_PROMOTED: AlertState._promoted,
    ev.ALERT_LINKED: AlertState._linked,
    ev.ALERT_DISMISSED: AlertState._dismissed,
}
