"""Radar health from CAT034 service messages, judged on a monotonic clock."""

from __future__ import annotations

from datetime import UTC, datetime

from models.sensors.health import (
    DEGRADED,
    DOWN,
    MIN_SILENCE_S,
    OK,
    HealthDetector,
    HealthPicture,
)

NORTH = {"kind": "cat034", "message_type": 1, "rotation_period_s": 4.0}
SECTOR = {"kind": "cat034", "message_type": 2, "sector_azimuth_deg": 90.0}


def states(changes: list) -> list[tuple[str, str]]:
    return [(sensor, payload["state"]) for sensor, _link, payload in changes]


def test_north_markers_keep_a_radar_ok_and_silence_makes_it_down() -> None:
    detector = HealthDetector()
    for turn in range(5):
        detector.on_service("west", NORTH, "asterix", now_s=100.0 + 4.0 * turn)
    assert states(detector.check(117.0)) == [("west", OK)]
    assert detector.check(118.0) == []  # no change, nothing to say
    # 2.5 rotations of 4 s is 10 s: at 126.1 s the last marker (116 s) is too old.
    assert detector.check(125.9) == []
    ((sensor, link, payload),) = detector.check(126.1)
    assert (sensor, link, payload["state"]) == ("west", "asterix", DOWN)
    assert "no north marker for 10 s" in payload["reason"]
    detector.on_service("west", NORTH, "asterix", now_s=130.0)
    assert states(detector.check(130.0)) == [("west", OK)]


def test_sector_crossings_alone_do_not_keep_a_radar_up() -> None:
    detector = HealthDetector()
    for n in range(40):  # no rotation period stated: 2.5 x 12 s of silence is down
        detector.on_service("west", SECTOR, "asterix", now_s=float(n))
    assert states(detector.check(39.0)) == [("west", DOWN)]


def test_a_fast_antenna_gets_a_few_seconds() -> None:
    detector = HealthDetector()
    detector.on_service("west", dict(NORTH, rotation_period_s=0.5), "asterix", now_s=0.0)
    assert states(detector.check(MIN_SILENCE_S - 0.1)) == [("west", OK)]
    assert states(detector.check(MIN_SILENCE_S + 0.1)) == [("west", DOWN)]


def test_warnings_and_nogo_degrade_and_a_clean_status_restores() -> None:
    detector = HealthDetector()
    warned = dict(NORTH, nogo=False, warnings=["PSR overload"])
    detector.on_service("west", warned, "asterix", now_s=0.0)
    ((_, _, payload),) = detector.check(0.0)
    assert payload["state"] == DEGRADED and payload["reason"] == "PSR overload"
    detector.on_service("west", dict(NORTH, nogo=True, warnings=["system NOGO"]), "asterix", 4.0)
    assert detector.check(4.0) == []  # still degraded: one change, one event
    detector.on_service("west", dict(NORTH, nogo=False, warnings=[]), "asterix", now_s=8.0)
    assert states(detector.check(8.0)) == [("west", OK)]


def test_the_picture_keeps_the_newest_committed_health_per_sensor() -> None:
    picture = HealthPicture()
    t = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)
    picture.apply({"sensor": "west", "link": "asterix", "state": DOWN, "reason": "silent"}, t)
    picture.apply({"sensor": "east", "state": "exploded"}, t)  # not a health: ignored
    picture.apply({"state": OK}, t)
    assert picture.changes == 1
    west = picture.get("west")
    assert west is not None and (west.state, west.reason, west.link) == (DOWN, "silent", "asterix")
    assert set(picture.on_link("asterix")) == {"west"} and picture.get("east") is None
