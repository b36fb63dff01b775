"""The one implementation of the response intervals, on hand-made logs: every edge case."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from models.drills.clock import ClockMark, DrillClock
from models.stats import INTERVALS, IntervalTracker, Sample
from models.stats.definitions import EXCLUSIONS
from models.stats.tracker import Clock
from tests.models.stats.handmade import T0, Log

I1, I2 = "2026-000001", "2026-000002"


def samples(log: Log, clock: Clock | None = None) -> dict[tuple[str, str | None], Sample]:
    tracker = IntervalTracker(clock)
    for event in log.stored():
        tracker.apply(event)
    out: dict[tuple[str, str | None], Sample] = {}
    for s in tracker.samples():
        out[(s.key, _ident(s))] = s
    return out


def _ident(s: Sample) -> str | None:
    if s.key in ("answering", "processing"):
        return s.call_id
    if s.key in ("turnout", "travel"):
        return s.unit
    return s.incident_id


def story() -> Log:
    """A PIDF call answered in 6 s; incident at 40 s; two units; first on scene at 400 s."""
    log = Log().offer(0, "C1").answer(6, "C1").create(40, I1, "C1")
    log.dispatch(50, "HE11", I1).dispatch(52, "HE12", I1)
    log.status(110, "HE11", "en route", I1).status(170, "HE12", "en route", I1)
    log.status(400, "HE11", "on scene", I1).status(460, "HE12", "on scene", I1)
    return log


def test_every_interval_of_a_plain_incident() -> None:
    got = samples(story())
    assert got[("answering", "C1")].value == 6.0
    assert got[("answering", "C1")].operator == "ann"
    assert got[("processing", "C1")].value == 44.0  # answered 6 -> first dispatch 50
    assert got[("alarm_handling", I1)].value == 50.0  # ring 0 -> first dispatch
    assert got[("turnout", "HE11")].value == 60.0 and got[("turnout", "HE12")].value == 118.0
    assert got[("travel", "HE11")].value == 290.0 and got[("travel", "HE12")].value == 290.0
    assert got[("total_response", I1)].value == 400.0
    assert got[("total_response", I1)].unit == "HE11"  # the first unit on scene
    assert got[("turnout", "HE11")].type == "structure-fire"
    assert got[("turnout", "HE11")].priority == 1
    assert {d.key for d in INTERVALS} >= {k for k, _ in got}


def test_ali_and_aml_have_no_ring_start_never_guessed() -> None:
    log = Log().offer(0, "C1", via="ali").answer(9, "C1").offer(3, "C2", via="aml")
    log.answer(20, "C2").create(30, I1, "C1").dispatch(60, "HE11", I1)
    log.status(100, "HE11", "on scene", I1)
    got = samples(log)
    for call in ("C1", "C2"):
        assert got[("answering", call)].value is None
        assert got[("answering", call)].excluded == "no_ring_start"
    # Processing starts at the answer, which is known: it is measured.
    assert got[("processing", "C1")].value == 51.0
    # The incident's receipt was an ALI call: no alarm handling, no total response.
    assert got[("alarm_handling", I1)].excluded == "no_ring_start"
    assert got[("total_response", I1)].excluded == "no_ring_start"
    assert got[("total_response", I1)].value is None


def test_abandoned_and_never_answered_calls() -> None:
    log = Log().offer(0, "C1").abandon(12, "C1").answer(15, "C1")  # answer after: ignored
    log.offer(5, "C2")  # still ringing at the end of the log
    got = samples(log)
    assert got[("answering", "C1")].excluded == "abandoned"
    assert got[("processing", "C1")].excluded == "abandoned"
    assert got[("answering", "C2")].value == math.inf  # over every target, in the count
    assert ("processing", "C2") not in got


def test_duplicate_call_and_call_without_incident() -> None:
    log = story().offer(60, "C2").answer(70, "C2").attach(80, "C2", I1)
    log.offer(90, "C3").answer(95, "C3")
    got = samples(log)
    assert got[("answering", "C2")].value == 10.0
    assert got[("processing", "C2")].excluded == "duplicate"  # units were already sent
    assert got[("processing", "C3")].excluded == "no_incident"


def test_second_call_rang_first_is_the_receipt() -> None:
    log = Log().offer(0, "C1", via="ali").offer(-20, "C0").answer(2, "C0")
    log.answer(5, "C1").create(30, I1, "C1").attach(31, "C0", I1).dispatch(40, "HE11", I1)
    got = samples(log)
    assert got[("alarm_handling", I1)].value == 60.0  # from C0's ring at -20 s
    assert got[("alarm_handling", I1)].excluded is None


def test_incident_from_an_alert_starts_at_the_alert() -> None:
    log = (
        Log()
        .alert(0, "A1")
        .create(20, I1)
        .op(21, "alert.promoted", {"alert_id": "A1", "incident_id": I1})
    )
    log.dispatch(50, "HE11", I1).status(70, "HE11", "on scene", I1)
    got = samples(log)
    assert got[("alert_handling", I1)].value == 21.0  # raised -> promoted
    assert got[("alarm_handling", I1)].value == 50.0
    assert got[("total_response", I1)].value == 70.0


def test_incident_without_call_or_alert_starts_at_creation() -> None:
    got = samples(Log().create(0, I1).dispatch(30, "HE11", I1))
    assert got[("alarm_handling", I1)].value == 30.0
    assert got[("total_response", I1)].value == math.inf  # nobody arrived


def test_unit_reassigned_on_the_way() -> None:
    # HE11 is stood down (available on radio), then sent to the second incident.
    log = Log()
    log.create(0, I1).create(1, I2)
    log.dispatch(10, "HE11", I1).status(30, "HE11", "en route", I1)
    log.status(60, "HE11", "available on radio", None, "en route")
    log.dispatch(65, "HE11", I2, "available on radio").status(80, "HE11", "en route", I2)
    log.status(200, "HE11", "on scene", I2)
    tracker = IntervalTracker()
    for event in log.stored():
        tracker.apply(event)
    first, second = tracker.response("HE11", I1), tracker.response("HE11", I2)
    assert first is not None and second is not None
    assert first.en_route is not None and first.on_scene is None and first.ended is not None
    by_incident = {(s.key, s.incident_id): s for s in tracker.samples() if s.unit == "HE11"}
    assert by_incident[("turnout", I1)].value == 20.0
    assert by_incident[("travel", I1)].excluded == "stood_down"
    assert by_incident[("turnout", I2)].value == 15.0
    assert by_incident[("travel", I2)].value == 120.0


def test_unit_reassigned_before_en_route_and_on_scene_without_en_route() -> None:
    log = Log().create(0, I1).create(1, I2)
    log.dispatch(10, "HE11", I1).dispatch(20, "HE11", I2)  # straight to the other incident
    log.dispatch(30, "HE12", I2).status(90, "HE12", "on scene", I2)
    got = samples(log)
    tracker = IntervalTracker()
    for event in log.stored():
        tracker.apply(event)
    turnouts = {(s.unit, s.incident_id): s for s in tracker.samples() if s.key == "turnout"}
    assert turnouts[("HE11", I1)].excluded == "stood_down"
    assert turnouts[("HE11", I2)].value == math.inf  # never reported en route
    assert turnouts[("HE12", I2)].excluded == "no_en_route"
    assert got[("total_response", I2)].value == 89.0  # created 1 -> first on scene 90


def test_a_status_without_its_dispatch_gives_no_turnout() -> None:
    # The log (or the window read) starts after HE11 was sent: its dispatch time is unknown.
    log = Log().create(0, I1).status(30, "HE11", "en route", I1)
    log.status(200, "HE11", "on scene", I1)
    got = samples(log)
    assert got[("turnout", "HE11")].excluded == "no_dispatch"
    assert got[("travel", "HE11")].value == 170.0
    assert got[("alarm_handling", I1)].value == math.inf  # no dispatch seen for it


def test_reopened_incident_keeps_its_first_times() -> None:
    log = story().close(900, I1)
    log.dispatch(1000, "HE14", I1).status(1030, "HE14", "en route", I1)
    log.status(1200, "HE14", "on scene", I1)
    tracker = IntervalTracker()
    for event in log.stored():
        tracker.apply(event)
    incident = tracker.incident(I1)
    assert incident is not None and incident.reopened
    got = {(s.key, _ident(s)): s for s in tracker.samples()}
    assert got[("total_response", I1)].value == 400.0  # the first on scene, not the last
    assert got[("turnout", "HE14")].value == 30.0
    assert got[("travel", "HE14")].value == 170.0


def test_pauses_do_not_count_on_a_drill_clock() -> None:
    # Paused from 100 s to 400 s of wall time; speed 2 after that.
    clock = DrillClock([
        ClockMark(T0, 0.0, 1.0, False),
        ClockMark(T0 + _s(100), 100.0, 1.0, True),
        ClockMark(T0 + _s(400), 100.0, 2.0, False),
    ])  # fmt: skip

    def drill_s(wall: float) -> float:
        return clock.drill_s(datetime.fromtimestamp(wall, UTC))

    log = Log().offer(50, "C1").answer(500, "C1")  # 50 s before the pause, 100 s after at 2x
    got = samples(log, drill_s)
    assert got[("answering", "C1")].value == 250.0
    assert samples(log)[("answering", "C1")].value == 450.0


def test_events_twice_and_malformed_payloads_change_nothing() -> None:
    tracker = IntervalTracker()
    events = story().stored()
    for event in events + events[:5]:
        tracker.apply(event)
    bad = (
        Log()
        .add(1, "operator:x", "unit.status", {"unit": 5})
        .add(2, "system", "call.offered", None)
    )
    for i, event in enumerate(bad.stored(), 1000):
        tracker.apply(type(event)(event.source, event.kind, event.rx_time, event.payload,
                                  None, None, i, "h"))  # fmt: skip
    assert len(list(tracker.samples())) == len(list(_fresh(story()).samples()))
    assert set(EXCLUSIONS) >= {s.excluded for s in tracker.samples() if s.excluded}


def _fresh(log: Log) -> IntervalTracker:
    tracker = IntervalTracker()
    for event in log.stored():
        tracker.apply(event)
    return tracker


def _s(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


def test_an_explicit_reopen_marks_the_incident_and_keeps_its_first_times() -> None:
    log = story().close(900, I1)
    log.op(950, "incident.reopened", {"incident_id": I1, "reason": "rang again"})
    tracker = IntervalTracker()
    for event in log.stored():
        tracker.apply(event)
    incident = tracker.incident(I1)
    assert incident is not None and incident.reopened and incident.closed is None
    got = {(s.key, _ident(s)): s for s in tracker.samples()}
    assert got[("total_response", I1)].value == 400.0
