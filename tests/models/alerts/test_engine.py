"""AlertEngine: zone entries, zone alarms, CAP alerts/updates/cancels, and related incidents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from models.alerts import events as ev
from models.alerts.engine import AlertEngine, related
from models.alerts.state import AlertState
from models.calls.duplicates import DuplicateRules
from models.calls.state import CallState
from models.dispatch.state import IncidentState
from models.sensors.config import Sensor, Zone
from models.store import StoredEvent
from radio.codecs.cap import decode_cap
from radio.messages_sensor import CapAlert, CapArea, CapInfo, CapReference, ZoneAlarm

T0 = datetime(2026, 5, 1, 22, 0, tzinfo=UTC)
RING = ((43.730, 7.420), (43.740, 7.420), (43.740, 7.430), (43.730, 7.430), (43.730, 7.420))
HARBOUR = Zone("harbour", "Harbour mouth", RING, True, "person-in-water", "severe")
QUIET = Zone("quiet", "Quiet zone", tuple((a + 0.02, b) for a, b in RING), False)
RADAR = Sensor("radar-port", "Port radar", "radar", 43.725, 7.425, 90.0, 12000.0)


class Log:
    """Commits what the engine returns into an AlertState, as the writer would."""

    def __init__(self) -> None:
        self.state = AlertState()
        self.seq = 0

    def commit(self, records: list[tuple[str, dict[str, Any]]], source: str = "system") -> None:
        for kind, payload in records:
            self.seq += 1
            self.state.apply(
                StoredEvent(
                    source,
                    kind,
                    T0 + timedelta(seconds=self.seq),
                    payload,
                    None,
                    None,
                    self.seq,
                    "",
                )
            )


@pytest.fixture
def log() -> Log:
    return Log()


def test_zone_entry_once_per_entry(log: Log) -> None:
    engine = AlertEngine(log.state, [RADAR], [HARBOUR, QUIET])
    keys = ["radar-port/1", "radar-port/2"]
    first = engine.on_track_positions(
        keys, [43.72, 43.735], [7.425, 7.425], T0, "arpa", "COM4", labels=[None, "KAYAK"]
    )
    assert [(k, p["alert_id"], p["track"]) for k, p in first] == [
        (ev.ALERT_RAISED, "A000001", "radar-port/2")
    ]
    payload = first[0][1]
    assert payload == {
        "alert_id": "A000001",
        "origin": "zone-entry",
        "exercise": False,
        "severity": "severe",
        "title": "Track KAYAK (radar-port/2) entered Harbour mouth",
        "lat": 43.735,
        "lon": 7.425,
        "area": {"polygons": [[list(p) for p in RING]], "circles": []},
        "sensor": "radar-port",
        "zone": "harbour",
        "track": "radar-port/2",
        "cap": None,
        "suggested_type": "person-in-water",
        "frame": {"link": "arpa", "peer": "COM4"},
    }
    log.commit(first)
    # Staying inside: nothing. Track 1 enters; a quiet zone (alert_on_entry false) raises nothing.
    again = engine.on_track_positions(
        [*keys, "radar-port/3"], [43.736, 43.736, 43.755], [7.425, 7.426, 7.425], T0
    )
    assert [p["track"] for _, p in again] == ["radar-port/1"]
    assert again[0][1]["alert_id"] == "A000002"
    # Leaving and coming back is a new entry; so is a forgotten (aged-out) track.
    assert engine.on_track_positions(["radar-port/2"], [43.70], [7.4], T0) == []
    back = engine.on_track_positions(["radar-port/2"], [43.735], [7.425], T0)
    assert [p["alert_id"] for _, p in back] == ["A000003"]
    engine.forget(["radar-port/1"])
    assert len(engine.on_track_positions(["radar-port/1"], [43.736], [7.425], T0)) == 1


def test_ids_continue_from_state_and_last_number(log: Log) -> None:
    log.commit([(ev.ALERT_RAISED, {"alert_id": "A000041", "origin": "cap", "title": "x"})])
    engine = AlertEngine(log.state, zones=[HARBOUR], last_number=7)
    (record,) = engine.on_track_positions(["r/1"], [43.735], [7.425], T0)
    assert record[1]["alert_id"] == "A000042"
    assert (
        AlertEngine(
            AlertState(), zones=[HARBOUR], last_number=99, exercise=True
        ).on_track_positions(["r/1"], [43.735], [7.425], T0)[0][1]["alert_id"]
        == "A000100"
    )


def alarm(**fields: Any) -> dict[str, Any]:
    values = {"protocol": "zone-alarm", "kind": "alarm", "grammar": "acme", "zone": "harbour"}
    values.update(fields)
    return ZoneAlarm(**values).to_dict()


def test_zone_alarm_repeats_update_within_the_window(log: Log) -> None:
    engine = AlertEngine(log.state, [RADAR], [HARBOUR], alarm_window_s=60)
    first = engine.on_zone_alarm(
        alarm(sensor="radar-port", target="7", severity="HIGH", alarm_kind="Intrusion"),
        "perim",
        "10.0.0.9",
        T0,
    )
    ((kind, p),) = first
    assert kind == ev.ALERT_RAISED
    assert (p["origin"], p["severity"], p["title"], p["track"], p["suggested_type"]) == (
        "zone-alarm",
        "severe",
        "Intrusion in Harbour mouth (Port radar)",
        "radar-port/7",
        "person-in-water",
    )
    assert p["area"]["polygons"] == [[list(x) for x in RING]]
    assert (p["lat"], p["lon"]) == pytest.approx((43.735, 7.425), abs=1e-6)  # zone centroid
    log.commit(first)
    repeat = engine.on_zone_alarm(
        alarm(sensor="radar-port", target="7", lat=43.736, lon=7.427),
        "perim",
        "10.0.0.9",
        T0 + timedelta(seconds=50),
    )
    assert repeat == [
        (ev.ALERT_UPDATED, {"alert_id": "A000001", "repeats": 2, "lat": 43.736, "lon": 7.427})
    ]
    log.commit(repeat)
    assert log.state.alert("A000001").repeats == 2
    # Another target: another alert. Past the window (from the last repeat): another.
    other = engine.on_zone_alarm(
        alarm(sensor="radar-port", target="8"), "perim", "x", T0 + timedelta(seconds=60)
    )
    assert other[0][0] == ev.ALERT_RAISED and other[0][1]["alert_id"] == "A000002"
    late = engine.on_zone_alarm(
        alarm(sensor="radar-port", target="7"), "perim", "x", T0 + timedelta(seconds=111)
    )
    assert late[0][0] == ev.ALERT_RAISED and late[0][1]["alert_id"] == "A000003"
    log.commit(other + late)
    # A dismissed alert is not updated: the next alarm raises anew.
    log.commit([(ev.ALERT_DISMISSED, {"alert_id": "A000003", "reason": "gull"})], "operator:x")
    after = engine.on_zone_alarm(
        alarm(sensor="radar-port", target="7"), "perim", "x", T0 + timedelta(seconds=112)
    )
    assert after[0][0] == ev.ALERT_RAISED and after[0][1]["alert_id"] == "A000004"


def test_zone_alarm_points_for_unknown_zones() -> None:
    engine = AlertEngine(AlertState(), [RADAR], [HARBOUR])
    # Polar from the sensor: bearing relative to its heading (90): 0 means east.
    ((_, polar),) = engine.on_zone_alarm(
        alarm(zone="Z9", range_m=1000.0, bearing_deg=0.0), "radar-port", "p", T0
    )
    assert polar["sensor"] == "radar-port" and polar["area"] is None
    assert polar["lat"] == pytest.approx(43.725, abs=1e-4) and polar["lon"] > 7.425 + 0.012
    assert (polar["severity"], polar["title"]) == ("unknown", "Alarm in Z9 (Port radar)")
    ((_, bare),) = engine.on_zone_alarm(
        alarm(zone="Z9", sensor="radar-port", target="t"), "other-link", "p", T0
    )
    assert (bare["lat"], bare["lon"]) == (43.725, 7.425)  # the sensor's position
    ((_, nowhere),) = engine.on_zone_alarm(alarm(zone="Z8"), "other-link", "p", T0)
    assert (nowhere["lat"], nowhere["sensor"], nowhere["track"]) == (None, None, None)


def cap(identifier: str, msg_type: str = "Alert", status: str = "Actual", **info: Any) -> dict:
    fields: dict[str, Any] = {
        "categories": ("Fire",),
        "event": "Building fire",
        "urgency": "Immediate",
        "severity": "Extreme",
        "certainty": "Observed",
        "headline": "Fire at the Casino",
        "areas": (CapArea("Casino", polygons=(RING,)),),
    }
    fields.update(info)
    references = ()
    if msg_type != "Alert":
        references = (CapReference("cap@monaco.mc", "CAS-1", T0),)
    return CapAlert(
        "cap",
        "alert",
        identifier,
        "cap@monaco.mc",
        T0,
        status,
        msg_type,
        "Public",
        references=references,
        infos=(CapInfo(**fields),),
    ).to_dict()


def test_cap_alert_update_cancel(log: Log) -> None:
    engine = AlertEngine(log.state, incident_types={"structure-fire", "hazmat-leak"})
    ((kind, p),) = engine.on_cap(cap("CAS-1"), "http", "10.0.0.5")
    assert kind == ev.ALERT_RAISED
    assert (p["origin"], p["exercise"], p["severity"], p["title"], p["suggested_type"]) == (
        "cap",
        False,
        "extreme",
        "Fire at the Casino",
        "structure-fire",
    )
    assert (p["lat"], p["lon"]) == pytest.approx((43.735, 7.425))
    assert p["cap"] == {
        "identifier": "CAS-1",
        "sender": "cap@monaco.mc",
        "sent": T0.isoformat(),
        "msg_type": "Alert",
        "event": "Building fire",
    }
    assert engine.on_cap(cap("CAS-1"), "http", "x") == []  # a resend
    # The update names CAS-1 before the raise is even committed.
    ((kind, u),) = engine.on_cap(cap("CAS-2", "Update", severity="Severe"), "http", "x")
    assert kind == ev.ALERT_UPDATED
    assert u == {
        "alert_id": "A000001",
        "severity": "severe",
        "cap": {
            "identifier": "CAS-2",
            "sender": "cap@monaco.mc",
            "sent": T0.isoformat(),
            "msg_type": "Update",
            "event": "Building fire",
        },
    }
    ((kind, c),) = engine.on_cap(cap("CAS-3", "Cancel"), "http", "x")
    assert (kind, c) == (
        ev.ALERT_CANCELLED,
        {"alert_id": "A000001", "reason": "Fire at the Casino"},
    )


def test_cap_update_found_through_the_committed_state(log: Log) -> None:
    log.commit(AlertEngine(log.state).on_cap(cap("CAS-1"), "http", "x"))
    fresh = AlertEngine(log.state)  # e.g. after a restart, state rebuilt from the log
    ((kind, u),) = fresh.on_cap(cap("CAS-2", "Update", headline="Fire out"), "http", "x")
    assert (kind, u["alert_id"], u["title"]) == (ev.ALERT_UPDATED, "A000001", "Fire out")
    assert "severity" not in u
    # An update of an alert never seen is news: raised.
    orphan = cap("X-2", "Update")
    orphan["references"] = [{"sender": "s", "identifier": "X-1", "sent": T0.isoformat()}]
    assert fresh.on_cap(orphan, "http", "x")[0][0] == ev.ALERT_RAISED


@pytest.mark.parametrize("status", ["Exercise", "Test", "System", "Draft"])
def test_cap_exercise_statuses(status: str) -> None:
    ((_, p),) = AlertEngine(AlertState()).on_cap(cap("E", status=status), "http", "x")
    assert p["exercise"] is True


def test_cap_circles_and_geocode_only_areas() -> None:
    engine = AlertEngine(AlertState())
    circles = cap(
        "C1",
        areas=(CapArea("two", circles=((43.7, 7.4, 0.5), (43.8, 7.5, 1.0))),),
        categories=("CBRNE",),
        event="Chlorine",
        headline=None,
    )
    ((_, p),) = engine.on_cap(circles, "http", "x")
    assert p["area"] == {"polygons": [], "circles": [[43.7, 7.4, 500.0], [43.8, 7.5, 1000.0]]}
    assert (p["lat"], p["lon"]) == pytest.approx((43.75, 7.45))
    assert (p["title"], p["suggested_type"]) == ("Chlorine", "hazmat-leak")
    ((_, g),) = engine.on_cap(
        cap(
            "G1",
            areas=(CapArea("county", geocodes=(("SAME", "1"),)),),
            categories=("Fire",),
            event="Red flag",
            headline="Red flag",
        ),
        "http",
        "x",
    )
    assert (g["area"], g["lat"], g["suggested_type"]) == (None, None, None)


def test_cap_samples_from_the_specification(samples_dir: Path) -> None:
    engine = AlertEngine(AlertState(), incident_types={"missing-person"})
    results = {}
    for path in sorted((samples_dir / "cap").glob("*adot*.xml")):
        message = decode_cap(path.read_bytes())
        results[path.stem[-1]] = engine.on_cap(message.to_dict(), "http", "x")
    # 1: geocode-free nationwide advisory, 2: storm polygon, 3: earthquake update of an
    # unseen alert (raised), 4: Amber alert.
    assert [r[0][0] for r in results.values()] == [ev.ALERT_RAISED] * 4
    storm = results["2"][0][1]
    assert storm["severity"] == "severe" and storm["title"] == "SEVERE THUNDERSTORM WARNING"
    assert 38.34 < storm["lat"] < 38.62 and -120.14 < storm["lon"] < -119.74
    quake = results["3"][0][1]
    assert quake["area"]["circles"] == [[32.9525, -115.5527, 0.0]]
    assert results["4"][0][1]["suggested_type"] == "missing-person"
    assert results["1"][0][1]["suggested_type"] is None


def test_related_incidents_and_calls(log: Log) -> None:
    log.commit(
        AlertEngine(log.state, zones=[HARBOUR]).on_track_positions(["r/1"], [43.735], [7.425], T0)
    )
    alert = log.state.alert("A000001")
    incidents = [
        IncidentState("I-near", "x", 1, 43.7355, 7.4255, None, None, T0),  # ~70 m
        IncidentState("I-edge", "x", 1, 43.7405, 7.4305, None, None, T0),  # beyond the corner
        IncidentState("I-far", "x", 1, 43.80, 7.50, None, None, T0),
        IncidentState("I-old", "x", 1, 43.735, 7.425, None, None, T0 - timedelta(hours=2)),
    ]
    calls = CallState()
    calls.apply(
        StoredEvent(
            "system",
            "call.offered",
            T0,
            {
                "call_id": "C000001",
                "number": "1",
                "via": "ali",
                "class_of_service": None,
                "location": {"source": "ali", "lat": 43.7351, "lon": 7.4251, "radius_m": 10.0},
                "frame": None,
            },
            None,
            None,
            1,
            "",
        )
    )
    found = related(alert, incidents, calls.active_calls(), T0, DuplicateRules(distance_m=100))
    # The area's extent (to the far corner, ~700 m) widens the net; I-edge is ~70 m past it.
    assert found == ["I-near", "I-edge", "C000001"]
    tight = DuplicateRules(distance_m=10, radius_factor=0.0)
    assert related(alert, incidents, calls.active_calls(), T0, tight) == []


def test_talk_request_raises_a_radio_alert(log: Log) -> None:
    engine = AlertEngine(log.state, [RADAR], [HARBOUR])
    talk = {"unit": "HE11", "link": "radio", "address": "2011", "code": 5,
            "label": "request to talk"}  # fmt: skip
    (record,) = engine.on_talk_request(talk, 60.17, 24.94)
    kind, payload = record
    assert kind == ev.ALERT_RAISED
    assert payload["alert_id"] == "A000001" and payload["origin"] == "radio"
    assert payload["severity"] == "moderate" and payload["exercise"] is False
    assert payload["title"] == "HE11: request to talk (radio radio 2011)"
    assert (payload["lat"], payload["lon"]) == (60.17, 24.94)
    assert payload["frame"] == {"link": "radio", "peer": "2011"}
    log.commit([record])
    # An ISSI the table does not know stands for the unit; no place: no point on the map.
    unknown = {"unit": None, "link": "radio", "address": "9999", "label": "request to talk"}
    (second,) = engine.on_talk_request(unknown, None, None)
    assert second[1]["alert_id"] == "A000002"
    assert second[1]["title"] == "9999: request to talk (radio radio 9999)"
    assert second[1]["lat"] is None and second[1]["lon"] is None
    log.commit([second])
    assert log.state.alert("A000002") is not None


def test_talk_request_in_a_drill_is_an_exercise(log: Log) -> None:
    engine = AlertEngine(log.state, exercise=True)
    talk = {"unit": "HE11", "link": "radio", "address": "2011", "label": "request to talk"}
    assert engine.on_talk_request(talk, None, None)[0][1]["exercise"] is True
