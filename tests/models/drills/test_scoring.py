"""Scoring from a realistic drill log: the kinds and payloads the console really writes."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site
from models.alerts import events as aev
from models.calls import events as cev
from models.dispatch import events as dev
from models.dispatch.status import UnitStatus
from models.drills import events as dre
from models.drills.clock import DrillClock
from models.drills.scenario import load_scenario
from models.drills.scoring import measure, percentile_value, score_drill
from models.store import GroupCommitWriter, NewEvent, StoredEvent, open_store

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FIRE = (60.17405, 24.95179)
INCIDENT = "2026-000001"


def location(source: str, lat: float, lon: float, radius: float, number: str) -> dict[str, Any]:
    return {
        "source": source, "lat": lat, "lon": lon, "radius_m": radius, "confidence": 90,
        "shape": "circle", "time": None, "civic": None, "class_of_service": None,
        "method": None, "number": number,
    }  # fmt: skip


class Log:
    """Builds the events a drill store would hold, with wall times in seconds from T0."""

    def __init__(self) -> None:
        self.events: list[NewEvent] = []

    def add(self, wall_s: float, source: str, kind: str, payload: dict[str, Any]) -> None:
        self.events.append(NewEvent(source, kind, T0 + timedelta(seconds=wall_s), payload))

    def op(self, wall_s: float, who: str, kind: str, payload: dict[str, Any]) -> None:
        self.add(wall_s, dev.operator_source(who), kind, payload)

    def clock(self, wall_s: float, drill_s: float, speed: float, paused: bool) -> None:
        self.add(
            wall_s, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(drill_s, speed, paused)
        )

    def offer(
        self, wall_s: float, call_id: str, number: str, via: str, lat: float, lon: float
    ) -> None:
        self.add(wall_s, "system", cev.CALL_OFFERED, {
            "call_id": call_id, "number": number, "via": via, "class_of_service": None,
            "location": location(via, lat, lon, 30.0, number),
            "frame": {"link": f"drill-{via}", "peer": "127.0.0.1"},
        })  # fmt: skip

    def create(self, wall_s: float, who: str, type_: str, call_id: str | None,
               lat: float = FIRE[0], lon: float = FIRE[1], incident: str = INCIDENT,
               priority: int = 1) -> None:  # fmt: skip
        self.op(wall_s, who, dev.INCIDENT_CREATED, {
            "incident_id": incident, "type": type_, "priority": priority, "lat": lat, "lon": lon,
            "location": "Liisankatu", "call_id": call_id,
        })  # fmt: skip
        if call_id:
            self.op(wall_s, who, cev.CALL_ATTACHED, {"call_id": call_id, "incident_id": incident})

    def dispatch(self, wall_s: float, who: str, units: list[str], incident: str = INCIDENT) -> None:
        for unit in units:
            self.op(wall_s, who, dev.UNIT_ASSIGNED, {
                "unit": unit, "incident_id": incident, "eta_s": 200.0, "route_m": 1500.0,
                "recommended": True, "reason": None,
            })  # fmt: skip
            self.status(wall_s, who, unit, UnitStatus.DISPATCHED, UnitStatus.AVAILABLE, incident)

    def status(self, wall_s: float, who: str, unit: str, new: UnitStatus, old: UnitStatus,
               incident: str | None = INCIDENT) -> None:  # fmt: skip
        self.op(wall_s, who, dev.UNIT_STATUS, {
            "unit": unit, "status": new.value, "previous": old.value, "incident_id": incident,
        })  # fmt: skip

    def raise_alert(self, wall_s: float, alert_id: str, origin: str, lat: float, lon: float,
                    zone: str | None = None, event: str | None = None) -> None:  # fmt: skip
        cap = None if event is None else {
            "identifier": f"id-{alert_id}", "sender": "drill@x", "sent": "2026-03-01T12:00:00Z",
            "msg_type": "Alert", "event": event,
        }  # fmt: skip
        self.add(wall_s, "system", aev.ALERT_RAISED, {
            "alert_id": alert_id, "origin": origin, "exercise": True, "severity": "severe",
            "title": f"{origin} {zone or event}", "lat": lat, "lon": lon, "area": None,
            "sensor": None, "zone": zone, "track": None, "cap": cap,
            "suggested_type": "burglary-in-progress", "frame": {"link": "drill", "peer": "x"},
        })  # fmt: skip

    def stored(self) -> list[StoredEvent]:
        return [
            StoredEvent(e.source, e.kind, e.rx_time, e.payload, None, None, seq, f"h{seq}")
            for seq, e in enumerate(self.events, 1)
        ]


def fire_log(units: list[str] | None = None, type_: str = "structure-fire") -> Log:
    """Structure fire: speed 1 for 100 s, paused 300 s of wall time, then speed 2."""
    log = Log()
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_STARTED, dre.started_payload(
        "structure-fire", "Structure fire", ["anna", "ben"], 1.0, T0.isoformat()))  # fmt: skip
    log.clock(0, 0.0, 1.0, False)
    log.add(0.2, dre.RUNNER_SOURCE, dre.DRILL_INJECTED,
            dre.injected_payload(1, "call", 0.0, 0.2, "call +358401110001 via ALI"))  # fmt: skip
    log.offer(1, "C000001", "+358401110001", "ali", 60.1733, 24.9506)
    log.op(6, "anna", cev.CALL_ANSWERED, {"call_id": "C000001"})  # 5 s
    log.offer(21, "C000002", "0401110002", "aml", 60.17402, 24.9525)  # national form
    log.op(30, "ben", cev.CALL_ANSWERED, {"call_id": "C000002"})  # 9 s
    log.add(31, "system", cev.CALL_LOCATION, {
        "call_id": "C000001", "location": location("ali", *FIRE, 30.0, "+358401110001"),
        "rebid": True, "frame": {"link": "drill-ali", "peer": "pty"},
    })  # fmt: skip
    log.create(40, "anna", type_, "C000001")
    log.offer(46, "C000003", "tel:+358401110003", "pidf", 60.17409, 24.953)
    log.dispatch(50, "anna", units or ["HE11", "HE12", "HE14", "HE121"])
    log.op(55, "ben", cev.CALL_ATTACHED, {"call_id": "C000002", "incident_id": INCIDENT})
    log.op(70, "ben", cev.CALL_ANSWERED, {"call_id": "C000003"})  # 24 s, after the dispatch
    log.op(75, "ben", cev.CALL_ATTACHED, {"call_id": "C000003", "incident_id": INCIDENT})
    log.clock(100, 100.0, 1.0, True)  # pause
    log.clock(400, 100.0, 1.0, False)  # resume
    log.clock(410, 110.0, 2.0, False)  # speed 2 from drill second 110
    first = (units or ["HE11"])[0]
    log.status(420, dre.CREW_OPERATOR, first, UnitStatus.EN_ROUTE, UnitStatus.DISPATCHED)  # 130
    log.raise_alert(430, "A000001", "cap", 60.174, 24.9517, event="Smoke warning")  # drill 150
    log.op(450, "ben", aev.ALERT_LINKED, {"alert_id": "A000001", "incident_id": INCIDENT})  # 190
    log.status(500, dre.CREW_OPERATOR, first, UnitStatus.ON_SCENE, UnitStatus.EN_ROUTE)  # 290
    log.offer(520, "C000004", "+358401110004", "ali", 60.17378, 24.95311)  # 330, never answered
    log.clock(600, 490.0, 2.0, False)
    log.add(600, dre.RUNNER_SOURCE, dre.DRILL_ENDED, dre.ended_payload(490.0, "completed"))
    return log


@pytest.fixture(scope="module")
def unit_types() -> dict[str, str]:
    return {u.call_sign: u.unit_type for u in load_site(DEFAULT_SITE_DIR).units}


def test_clock_excludes_pauses_and_applies_speed() -> None:
    clock = DrillClock.from_events(fire_log().stored())
    assert clock.drill_s(T0 + timedelta(seconds=50)) == 50.0
    assert clock.drill_s(T0 + timedelta(seconds=250)) == 100.0  # paused
    assert clock.drill_s(T0 + timedelta(seconds=405)) == 105.0
    assert clock.drill_s(T0 + timedelta(seconds=500)) == 290.0
    assert clock.drill_s(T0 - timedelta(seconds=3)) == -3.0
    assert clock.wall_time(290.0) == T0 + timedelta(seconds=500)
    assert clock.wall_time(100.0) == T0 + timedelta(seconds=100)
    assert clock.paused_wall_s() == 300.0


def test_clock_without_clock_events_uses_drill_started() -> None:
    log = Log()
    log.add(10, dre.RUNNER_SOURCE, dre.DRILL_STARTED, dre.started_payload("x", "X", [], 3.0, ""))
    log.offer(20, "C000001", "1", "ali", 60.17, 24.94)
    assert DrillClock.from_events(log.stored()).drill_s(T0 + timedelta(seconds=20)) == 30.0


def test_percentile_is_nearest_rank() -> None:
    assert percentile_value([], 90) is None
    assert percentile_value([5, 1, 3, 2, 4, 6, 7, 8, 9, 10], 90) == 9
    assert percentile_value([5, 9, 24, math.inf], 90) == math.inf
    m = measure("answer", [5.0, 9.0, 14.0, 15.0, 16.0], 15.0, 80.0)
    assert (m.count, m.within, m.share, m.value_s, m.passed) == (5, 4, 0.8, 15.0, True)
    m = measure("answer", [5.0, math.inf], 15.0, 90.0)
    assert (m.within, m.value_s, m.passed) == (1, None, False)


def test_structure_fire_scores_intervals_pass_fail_and_trainees(unit_types: dict[str, str]) -> None:
    scenario = load_scenario("structure-fire")
    score = score_drill(scenario, fire_log().stored(), unit_types)
    calls = {c.call_id: c for c in score.calls}
    # ALI and AML give no ring start: no answering time, never guessed (models.stats).
    assert [calls[c].answer_s for c in ("C000001", "C000002", "C000003", "C000004")] == [
        None, None, 24.0, None,
    ]  # fmt: skip
    assert [calls[c].no_ring_start for c in ("C000001", "C000002", "C000003", "C000004")] == [
        True, True, False, True,
    ]  # fmt: skip
    assert calls["C000001"].answered and not calls["C000004"].answered
    assert calls["C000001"].process_s == 44.0 and calls["C000002"].process_s == 20.0
    assert calls["C000003"].duplicate and calls["C000003"].process_s is None
    assert calls["C000001"].on_scene_s == 289.0  # pause left out, speed 2 applied
    assert calls["C000004"].offered_s == 330.0

    m = {x.name: x for x in score.measures}
    assert (m["answer"].count, m["answer"].within, m["answer"].passed) == (1, 0, False)
    assert m["answer"].value_s == 24.0  # the one call with a ring start
    assert (m["answer_95"].within, m["answer_95"].passed) == (0, False)
    assert (m["process"].count, m["process"].within, m["process"].value_s) == (2, 2, 44.0)
    assert m["process"].passed is True
    assert (m["alert_handle"].count, m["alert_handle"].passed) == (1, True)

    trainees = {t.name: t for t in score.trainees}
    assert list(trainees) == ["anna", "ben"]  # drill-crew is never a trainee
    anna, ben = trainees["anna"], trainees["ben"]
    assert (anna.calls_answered, anna.incidents_created, anna.units_dispatched) == (1, 1, 4)
    assert anna.passed is True
    assert (ben.calls_answered, ben.alerts_handled, ben.passed) == (2, 1, False)

    (fire,) = score.incidents
    assert (fire.incident_id, fire.type_ok, fire.place_ok, fire.units_ok) == (
        INCIDENT, True, True, True,
    )  # fmt: skip
    assert fire.units_sent == {
        "HE11": "engine", "HE12": "engine", "HE14": "ladder", "HE121": "ALS ambulance",
    }  # fmt: skip
    assert (fire.reference_s, fire.dispatch_s, fire.on_scene_s) == (1.0, 49.0, 289.0)
    assert fire.passed and fire.points == 1.0

    (smoke,) = score.alerts
    assert (smoke.alert_id, smoke.outcome, smoke.handling, smoke.handled_by) == (
        "A000001", "handled", "link", "ben",
    )  # fmt: skip
    assert smoke.raised_s == 150.0 and smoke.handle_s == 40.0
    assert score.parts == {"answer": 0.0, "process": 1.0, "incidents": 1.0, "alerts": 1.0}
    assert score.score == 80.0
    assert score.passed is False  # the answering target failed
    assert (score.drill_s, score.ended_reason, score.paused_wall_s) == (490.0, "completed", 300.0)
    assert score.speeds == (1.0, 2.0)
    assert [(t.index, t.drill_s) for t in score.timeline] == [(1, 0.2)]


def test_wrong_unit_types_and_wrong_incident_type(unit_types: dict[str, str]) -> None:
    scenario = load_scenario("structure-fire")
    log = fire_log(units=["HE11", "HE12", "HEP111", "HE122"], type_="vehicle-fire")
    (fire,) = score_drill(scenario, log.stored(), unit_types).incidents
    assert fire.incident_id == INCIDENT  # matched through its callers' calls
    assert (fire.created_type, fire.type_ok, fire.place_ok) == ("vehicle-fire", False, True)
    assert fire.missing == {"ladder": 1}
    assert fire.not_asked == ("HEP111",)
    assert fire.units_sent["HE122"] == "BLS ambulance"  # accepted by "ALS ambulance|BLS ambulance"
    assert not fire.units_ok and not fire.passed
    assert fire.points == pytest.approx(0.2 + 0.3 * 3 / 4 + 0.15 + 0.15)


def test_without_unit_types_nothing_counts_as_the_right_type() -> None:
    (fire,) = score_drill(load_scenario("structure-fire"), fire_log().stored()).incidents
    assert fire.missing == {"engine": 2, "ladder": 1, "ALS ambulance|BLS ambulance": 1}


def test_nothing_done_scores_missed(unit_types: dict[str, str]) -> None:
    log = Log()
    log.clock(0, 0.0, 1.0, False)
    log.offer(1, "C000001", "+358401110001", "ali", 60.1733, 24.9506)
    log.raise_alert(300, "A000001", "cap", 60.174, 24.9517, event="Smoke warning")
    score = score_drill(load_scenario("structure-fire"), log.stored(), unit_types)
    (fire,) = score.incidents
    assert fire.incident_id is None and fire.points == 0.0 and not fire.passed
    assert score.alerts[0].outcome == "missed"
    assert score.trainees == ()
    assert score.score == 0.0 and not score.passed


def intrusion_log(fence_handling: str | None, at_wall: float = 20.0) -> Log:
    log = Log()
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_STARTED,
            dre.started_payload("perimeter-intrusion", "P", ["cara"], 1.0, ""))  # fmt: skip
    log.clock(0, 0.0, 1.0, False)
    log.raise_alert(160, "A000001", "zone-entry", 60.1658, 24.9555, zone="HE-ZONE-BERTH")
    log.op(170, "cara", aev.ALERT_ACKNOWLEDGED, {"alert_id": "A000001"})
    log.raise_alert(215, "A000002", "zone-alarm", 60.16445, 24.95335, zone="HE-ZONE-TERMINAL")
    log.raise_alert(216, "A000003", "zone-entry", 60.1700, 24.9400, zone="HE-ZONE-OTHER")
    if fence_handling == "promote":
        log.create(215 + at_wall, "cara", "burglary-in-progress", None, 60.16445, 24.95335)
        log.op(215 + at_wall, "cara", aev.ALERT_PROMOTED,
               {"alert_id": "A000002", "incident_id": INCIDENT})  # fmt: skip
    elif fence_handling == "acknowledge":
        log.op(215 + at_wall, "cara", aev.ALERT_ACKNOWLEDGED, {"alert_id": "A000002"})
    log.offer(230, "C000001", "+358401220001", "aml", 60.16501, 24.9525)
    log.op(233, "cara", cev.CALL_ANSWERED, {"call_id": "C000001"})
    if fence_handling == "promote":
        log.op(240, "cara", cev.CALL_ATTACHED, {"call_id": "C000001", "incident_id": INCIDENT})
        log.dispatch(250, "cara", ["HEP111", "HEP112"])
        log.status(400, dre.CREW_OPERATOR, "HEP111", UnitStatus.ON_SCENE, UnitStatus.DISPATCHED)
    return log


@pytest.mark.parametrize(
    ("handling", "at_wall", "outcome"),
    [("promote", 20.0, "handled"), ("promote", 90.0, "late"), ("acknowledge", 10.0, "wrong"),
     (None, 0.0, "missed")],
)  # fmt: skip
def test_alert_handling_outcomes(
    unit_types: dict[str, str], handling: str | None, at_wall: float, outcome: str
) -> None:
    score = score_drill(
        load_scenario("perimeter-intrusion"), intrusion_log(handling, at_wall).stored(), unit_types
    )
    entry, fence = score.alerts
    assert (entry.alert_id, entry.outcome, entry.handle_s) == ("A000001", "handled", 10.0)
    assert (fence.alert_id, fence.outcome) == ("A000002", outcome)
    assert fence.passed is (outcome == "handled")
    assert [a.alert_id for a in score.other_alerts] == ["A000003"]
    assert score.other_alerts[0].outcome == "missed"


def test_incident_promoted_from_an_alert_before_the_caller_matches(
    unit_types: dict[str, str],
) -> None:
    score = score_drill(
        load_scenario("perimeter-intrusion"), intrusion_log("promote").stored(), unit_types
    )
    (intruder,) = score.incidents
    assert intruder.incident_id == INCIDENT
    assert intruder.reference_s == 160.0  # the berth entry alert is the first report
    assert intruder.dispatch_s == 90.0 and intruder.dispatch_ok
    assert intruder.on_scene_s == 240.0 and intruder.units_ok and intruder.passed
    (call,) = score.calls
    assert call.duplicate is False and call.process_s == 17.0  # answered 233, dispatched 250


def test_scores_from_a_real_drill_store(tmp_path: Path, unit_types: dict[str, str]) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}", purpose="drill")
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            for event in fire_log().events:
                writer.submit(event)
        events = store.events_since(0)
    finally:
        store.close()
    assert len(events) == len(fire_log().events)
    direct = score_drill(load_scenario("structure-fire"), fire_log().stored(), unit_types)
    from_store = score_drill(load_scenario("structure-fire"), events, unit_types)
    assert from_store.to_json() == direct.to_json()
    assert from_store.score == 80.0


def unanswered_log() -> Log:
    """The unanswered-page drill by hand: speed 1, paused 100 s of wall time, then speed 2.

    HE121's crew never reads its text (the crew alarm at drill 80 s); anna reaches it by
    voice at drill 105 s (125 s of wall time later, the pause left out). HE221, sent later,
    is never link-acknowledged (the link alarm at drill 170 s) and nobody acts on it.
    """
    log = Log()
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_STARTED, dre.started_payload(
        "cardiac-arrest-unanswered", "Cardiac arrest", ["anna"], 1.0, T0.isoformat()))  # fmt: skip
    log.clock(0, 0.0, 1.0, False)
    log.create(20, "anna", "cardiac-arrest", None, 60.167, 24.942)
    log.dispatch(20, "anna", ["HE121", "HE11"])
    radio = "reach:drill-radio"
    for unit in ("HE121", "HE11"):
        notice = f"{INCIDENT}/{unit}/1"
        log.add(20.1, radio, dev.REACH_QUEUED, {"notice_id": notice, "unit": unit,
                "incident_id": INCIDENT, "link": "drill-radio", "by": None})  # fmt: skip
        log.add(20.2, radio, dev.REACH_LINK_ACK, {"notice_id": notice})
    log.add(21, radio, dev.REACH_READ, {"notice_id": f"{INCIDENT}/HE11/1"})
    log.add(80, radio, dev.REACH_TIMED_OUT, {"notice_id": f"{INCIDENT}/HE121/1", "stage": "crew"})
    # A crew's own word over the radio is not the dispatcher noticing.
    log.add(90, "radio:drill-radio:9000001", dev.UNIT_STATUS, {
        "unit": "HE121", "status": "en route", "previous": "dispatched",
        "incident_id": INCIDENT})  # fmt: skip
    log.clock(100, 100.0, 1.0, True)
    log.clock(200, 100.0, 1.0, False)
    log.op(205, "anna", dev.REACH_VOICE, {"notice_id": f"{INCIDENT}/HE121/1"})  # drill 105
    log.clock(210, 110.0, 2.0, False)
    log.dispatch(230, "anna", ["HE221"])  # drill 150
    log.add(230.1, radio, dev.REACH_QUEUED, {"notice_id": f"{INCIDENT}/HE221/1", "unit": "HE221",
            "incident_id": INCIDENT, "link": "drill-radio", "by": None})  # fmt: skip
    log.add(240, radio, dev.REACH_TIMED_OUT, {"notice_id": f"{INCIDENT}/HE221/1",
            "stage": "link"})  # drill 170  # fmt: skip
    log.clock(300, 290.0, 2.0, False)
    log.add(300, dre.RUNNER_SOURCE, dre.DRILL_ENDED, dre.ended_payload(290.0, "completed"))
    return log


def test_alarm_responses_are_scored_in_drill_seconds_and_unanswered_ones_counted(
    unit_types: dict[str, str],
) -> None:
    from models.drills.alarms import alarm_responses
    from models.drills.report_html import render_html

    scenario = load_scenario("cardiac-arrest-unanswered")
    events = unanswered_log().stored()
    score = score_drill(scenario, events, unit_types)
    seen = [(a.unit, a.stage, a.raised_s, a.seconds, a.action, a.operator) for a in score.alarms]
    assert seen == [
        ("HE121", "crew", 80.0, 25.0, dev.REACH_VOICE, "anna"),
        ("HE221", "link", 170.0, math.inf, None, None),
    ]  # fmt: skip
    assert score.alarms == tuple(alarm_responses(events, DrillClock.from_events(events).drill_s))
    assert score.unanswered_alarms == 1
    m = {x.name: x for x in score.measures}["alarm_response"]
    assert (m.count, m.within, m.target_s, m.passed) == (2, 1, 30.0, False)
    assert not score.passed  # an alarm nobody acted on fails the drill
    data = score.to_json()
    assert data["unanswered_alarms"] == 1
    assert [(a["unit"], a["seconds"]) for a in data["alarms"]] == [("HE121", 25.0), ("HE221", None)]
    html = render_html(score, scenario)
    assert "NOT ACKNOWLEDGED" in html and "2 alarms raised, 1 never acted on." in html
    assert "25.0 s" in html and "reach.voice" in html


def test_a_drill_without_alarms_has_no_alarm_verdict(unit_types: dict[str, str]) -> None:
    score = score_drill(load_scenario("structure-fire"), fire_log().stored(), unit_types)
    m = {x.name: x for x in score.measures}["alarm_response"]
    assert (score.alarms, score.unanswered_alarms, m.count, m.passed) == ((), 0, 0, None)
