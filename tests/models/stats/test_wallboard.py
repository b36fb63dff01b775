"""The wallboard's picture, fed event by event: as at any time T, from the log alone."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from models.stats.wallboard import SLOTS_PER_DAY, WallboardProjection
from tests.models.stats.handmade import T0, Log

UNITS = [("HE11", "fire", "HE-PE-1"), ("HE12", "fire", "HE-PE-1"), ("HE221", "medical", "HE-EH-1")]
HEL = ZoneInfo("Europe/Helsinki")


def _room() -> Log:
    log = Log()
    log.offer(0, "C1").answer(10, "C1").create(20, "2026-000001", "C1", priority=1)
    log.offer(5, "C2").answer(30, "C2")  # 25 s: over 20
    log.offer(40, "C3", via="ali").answer(41, "C3")  # answered, not timed
    log.offer(50, "C4")  # still ringing
    log.create(60, "2026-000002", priority=3).close(90, "2026-000002")
    log.dispatch(70, "HE11", "2026-000001").status(80, "HE11", "en route", "2026-000001")
    log.add(85, "link:avl", "link.state", {"link": "avl", "state": "down", "endpoint": "u",
                                          "error": "x"})  # fmt: skip
    log.add(86, "system", "sensor.health", {"sensor": "R1", "link": "r", "state": "degraded",
                                            "reason": "nogo", "warnings": []})  # fmt: skip
    log.alert(87, "A1").alert(88, "A2").op(89, "alert.acknowledged", {"alert_id": "A2"})
    log.alert(89, "A3").op(95, "alert.dismissed", {"alert_id": "A3", "reason": "birds"})
    return log


def test_snapshot_as_at_the_end() -> None:
    p = WallboardProjection(UNITS, HEL)
    for event in _room().stored():
        p.apply(event)
    s = p.snapshot(T0 + timedelta(seconds=100))
    assert (s.calls_waiting, s.longest_ring_s) == (1, 50.0)
    assert (s.answered_hour, s.within_15, s.within_20, s.no_ring_start_hour) == (2, 0.5, 0.5, 1)
    assert s.incidents_open == {1: 1}
    assert s.units_by_discipline == {"fire": {"available": 1, "en route": 1},
                                     "medical": {"available": 1}}  # fmt: skip
    assert s.units_by_station["HE-PE-1"] == {"available": 1, "en route": 1}
    assert s.links_down == ("avl",) and s.sensors_down == ("R1 (degraded)",)
    assert (s.alerts_open, s.alerts_unacknowledged) == (2, 1)
    assert sum(s.calls_today) == 4 and len(s.calls_today) == SLOTS_PER_DAY
    assert s.calls_today[(10 * 60) // 15] == 4  # 08:00 UTC is 10:00 in Helsinki
    assert sorted(s.answer_times_today) == [10.0, 25.0]
    assert s.calls_weekday_avg is None  # no history


def test_replay_at_t_shows_the_room_as_it_was() -> None:
    events = _room().stored()
    at = T0 + timedelta(seconds=35)
    p = WallboardProjection(UNITS, HEL)
    for event in events:
        if event.rx_time <= at:
            p.apply(event)
    s = p.snapshot(at)
    assert (s.calls_waiting, s.answered_hour) == (0, 2)
    assert s.links_down == () and s.incidents_open == {1: 1}
    # An hour later the answers have left the window.
    later = p.snapshot(at + timedelta(hours=1, seconds=1))
    assert later.answered_hour == 0 and later.within_15 is None


def test_same_weekday_average_and_pruning() -> None:
    log = Log(T0 - timedelta(weeks=2))
    for i in range(6):
        log.offer(i, f"H{i}")
    log2 = Log(T0 - timedelta(weeks=1))
    for i in range(2):
        log2.offer(i, f"G{i}")
    p = WallboardProjection(UNITS, HEL, history=[*log.stored()])
    for event in Log(T0 - timedelta(weeks=1)).stored():
        p.apply(event)
    seq = p.last_seq
    for i, event in enumerate(log2.stored(), seq + 1):
        p.apply(type(event)(event.source, event.kind, event.rx_time, event.payload, None, None,
                            i, "h"))  # fmt: skip
    s = p.snapshot(T0)
    assert s.calls_weekday_avg is not None
    assert s.calls_weekday_avg[(10 * 60) // 15] == 4.0  # (6 + 2) / 2 weeks
    s = p.snapshot(T0 + timedelta(weeks=6))
    assert s.calls_weekday_avg is None  # pruned, and out of the window


def test_a_reopened_incident_is_open_again_on_the_wallboard() -> None:
    log = _room().op(
        120, "incident.reopened",
        {"incident_id": "2026-000002", "type": "x", "priority": 3, "reason": "rang again"},
    )  # fmt: skip
    p = WallboardProjection(UNITS, HEL)
    events = log.stored()
    for event in events[:-1]:
        p.apply(event)
    assert p.snapshot(T0 + timedelta(seconds=100)).incidents_open == {1: 1}  # closed at 90 s
    p.apply(events[-1])
    assert p.snapshot(T0 + timedelta(seconds=130)).incidents_open == {1: 1, 3: 1}
