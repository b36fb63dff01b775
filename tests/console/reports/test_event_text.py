"""Event summaries read as sentences for every kind the console writes."""

from __future__ import annotations

from datetime import UTC, datetime

from console.reports.event_text import place_summary, position_update, summarize
from models.store import StoredEvent

T = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _event(kind: str, payload: dict, error: str | None = None) -> StoredEvent:
    return StoredEvent("operator:anna", kind, T, payload, None, error, 7, "")


def test_dispatch_summaries() -> None:
    created = {
        "incident_id": "2026-000001",
        "type": "structure-fire",
        "priority": 1,
        "lat": 60.17,
        "lon": 24.94,
        "location": "Mariankatu 12",
        "call_id": None,
    }
    assert summarize(_event("incident.created", created)) == (
        "new incident 2026-000001 structure-fire (P1) at Mariankatu 12"
    )
    assigned = {"unit": "HE11", "incident_id": "2026-000001", "eta_s": 247.2, "recommended": True}
    assert summarize(_event("unit.assigned", assigned)) == (
        "HE11 assigned to 2026-000001, ETA 4:07, as recommended"
    )
    status = {"unit": "HE11", "status": "en route", "previous": "dispatched", "incident_id": "X"}
    assert summarize(_event("unit.status", status)) == "HE11 en route (was dispatched) — X"
    assert summarize(_event("incident.closed", {"incident_id": "X", "disposition": "ok"})) == (
        "X closed: ok"
    )


def test_frames_and_unknown_kinds() -> None:
    decoded = {
        "protocol": "nmea",
        "unit": "HE11",
        "message": {"talker": "GP", "kind": "GGA", "lat": 60.1, "lon": 24.9, "speed_knots": 10},
    }
    event = StoredEvent("link:avl", "frame.decoded", T, decoded, b"$GPGGA", None, 3, "")
    assert summarize(event) == "GPGGA HE11 60.10000, 24.90000"
    update = position_update(event)
    assert update is not None and update.call_sign == "HE11"
    assert abs(update.speed_mps - 5.14444) < 1e-6
    rejected = _event("frame.rejected", {"protocol": "nmea"}, error="checksum mismatch")
    assert summarize(rejected) == "rejected nmea frame: checksum mismatch"
    assert summarize(_event("something.new", {"a": 1})) == "something.new a=1"


def test_call_and_alert_summaries() -> None:
    offered = {
        "call_id": "C000002",
        "number": "0401234567",
        "via": "ali",
        "class_of_service": "WPH2",
        "location": {"lat": 60.17, "lon": 24.94, "radius_m": 60.0},
    }
    assert summarize(_event("call.offered", offered)) == (
        "call C000002 from 0401234567 (ALI WPH2) at 60.17000, 24.94000 ± 60 m"
    )
    rebid = {"call_id": "C000002", "rebid": True, "location": {"civic": {"RD": "Main St"}}}
    assert summarize(_event("call.location", rebid)) == "call C000002 rebid: Main St"
    raised = {
        "alert_id": "A000001",
        "origin": "cap",
        "severity": "severe",
        "title": "Flood warning",
        "exercise": True,
    }
    assert summarize(_event("alert.raised", raised)) == (
        "EXERCISE alert A000001 (cap, severe): Flood warning"
    )


def test_store_and_health_summaries() -> None:
    rejected = _event("event.rejected", {"rejected_kind": "frame.decoded"}, error="infinite number")
    assert summarize(rejected) == "not stored as frame.decoded: infinite number"
    dropped = {"link": "avl", "count": 12, "bytes": 960, "first_rx": "12:00:00",
               "last_rx": "12:00:05", "reason": "store at its cap"}  # fmt: skip
    assert summarize(_event("link.dropped", dropped)) == (
        "link avl dropped 12 frames (960 bytes) between 12:00:00 and 12:00:05: store at its cap"
    )
    health = {"sensor": "radar-west", "state": "down", "reason": "no north marker for 31 s"}
    assert summarize(_event("sensor.health", health)) == (
        "sensor radar-west down: no north marker for 31 s"
    )


PLACE = {
    "label": "Mariankatu 12",
    "kind": "address",
    "lat": 60.1712,
    "lon": 24.9528,
    "distance_m": 0.0,
    "match": "fuzzy",
    "score": 0.73,
    "locality": "Kruununhaka",
    "place_id": "a:12",
    "build_id": "B1",
}


def test_place_summaries_say_what_the_dispatcher_saw() -> None:
    created = {
        "incident_id": "2026-000001",
        "type": "structure-fire",
        "priority": 1,
        "lat": 60.1712,
        "lon": 24.9528,
        "location": "marainkatu 12",
        "call_id": None,
        "place": PLACE,
        "verified": True,
        "override": False,
        "reverse": dict(PLACE, kind="reverse", distance_m=2.0),
    }
    assert summarize(_event("incident.created", created)) == (
        "new incident 2026-000001 structure-fire (P1) at marainkatu 12, "
        "verified to Mariankatu 12 (address, 0 m) [places B1]"
    )
    forced = dict(created, location=None, place=None, verified=False, override=True)
    forced["reverse"] = dict(PLACE, label="Liisankatu near Mariankatu, 35 m", kind="reverse")
    assert place_summary(forced) == (
        "UNVERIFIED forced point, near Liisankatu near Mariankatu, 35 m [places B1]"
    )
    moved = dict(created, previous={"lat": 1, "lon": 2, "location": None})
    assert summarize(_event("incident.location", moved)).startswith(
        "2026-000001 moved to marainkatu 12, verified to Mariankatu 12"
    )
    legacy = {k: v for k, v in created.items() if k not in ("place", "verified", "reverse")}
    assert place_summary(legacy) == ""
