"""``dispatch-console replay``: JSON shape, readable summary, radar tracks, errors."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from console.commands.replay import parse_time, replay_command
from console.config.site import DEFAULT_SITE_DIR, load_site
from console.services.sensor_replay import SensorReplayFeed
from models.replay import ReplayProjector, open_store_readonly
from models.store import open_store
from tests.models.replay.story import ALERT, CALL, INCIDENT, T0, write_story


@pytest.fixture(scope="module")
def story_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("replay") / "story.sqlite"
    store = open_store(f"sqlite:///{path}")
    write_story(store)
    store.close()
    yield path


def _run(store: str, at: str, as_json: bool) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = replay_command(store, at, as_json, out, err)
    return code, out.getvalue(), err.getvalue()


def test_json_shape(story_path: Path) -> None:
    code, out, err = _run(str(story_path), "2024-05-01T12:00:45Z", True)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["time"] == "2024-05-01T12:00:45+00:00"
    assert data["seq"] == 15
    assert data["note"] is None
    units = {u["call_sign"]: u for u in data["units"]}
    assert set(units) == {"A1", "B2"}
    assert units["A1"]["status"] == "on scene"
    assert units["A1"]["incident_id"] == INCIDENT
    assert (units["A1"]["lat"], units["A1"]["lon"]) == (60.1705, 24.9405)
    assert units["A1"]["fix_time"] == "2024-05-01T12:00:30+00:00"
    assert units["B2"]["status"] == "available"
    (incident,) = data["incidents"]
    assert incident["incident_id"] == INCIDENT and incident["units"] == ["A1"]
    assert incident["status"] == "open" and incident["type_code"] == "FIRE"
    (alert,) = data["alerts"]
    assert (alert["alert_id"], alert["state"]) == (ALERT, "acknowledged")
    (call,) = data["calls"]
    assert call["call_id"] == CALL and call["radius_m"] == 50.0
    assert call["incident_id"] == INCIDENT
    (link,) = data["links"]
    assert (link["link"], link["state"]) == ("avl-udp", "up")
    (track,) = data["tracks"]
    assert track["key"] == "radar/7"
    assert track["trail"] == [[60.16, 24.95], [60.161, 24.951]]


def test_offset_times_are_converted(story_path: Path) -> None:
    _, out, _ = _run(str(story_path), "2024-05-01T15:00:25+03:00", True)
    assert json.loads(out)["seq"] == 10


def test_readable_summary(story_path: Path) -> None:
    code, out, _ = _run(str(story_path), "2024-05-01T12:00:45Z", False)
    assert code == 0
    assert "after event seq 15" in out
    assert f"{INCIDENT} FIRE P1 at Mannerheimintie 1; units: A1" in out
    assert "A1" in out and "on scene" in out
    assert f"{ALERT} acknowledged zone-entry high: FERRY entered harbour" in out
    assert "± 50 m (ali)" in out
    assert "avl-udp up since 12:00:00" in out
    assert "Radar tracks: 1" in out


def test_before_the_first_event(story_path: Path) -> None:
    code, out, _ = _run(str(story_path), "2020-01-01T00:00:00Z", True)
    data = json.loads(out)
    assert code == 0 and data["seq"] == 0 and data["note"]
    assert data["units"] == data["incidents"] == data["calls"] == data["links"] == []
    _, text, _ = _run(str(story_path), "2020-01-01T00:00:00Z", False)
    assert "Note: before the first event" in text


def test_bad_time_and_bad_store(story_path: Path, tmp_path: Path) -> None:
    code, out, err = _run(str(story_path), "yesterday noon", True)
    assert (code, out) == (2, "")
    assert "'yesterday noon' is not an ISO 8601 time" in err
    code, _, err = _run(str(tmp_path / "none.sqlite"), "2024-05-01T12:00:00Z", True)
    assert code == 2 and "no such file" in err


def test_parse_time_without_offset_is_utc() -> None:
    assert parse_time("2024-05-01T12:00:00") == T0


def test_tracks_age_out_and_checkpoints_copy_the_radar(story_path: Path) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    store = open_store_readonly(str(story_path))
    try:
        projector = ReplayProjector(
            store, checkpoint_every=1, radar=lambda: SensorReplayFeed(site), trail_points=1
        )
        late = projector.state_at(T0 + timedelta(seconds=200))
        assert late.tracks == []  # not seen for more than a minute
        (track,) = projector.state_at(T0 + timedelta(seconds=30.7)).tracks
        assert (track.lat, track.lon, track.trail) == (60.16, 24.95, ((60.16, 24.95),))
        (track,) = projector.state_at(T0 + timedelta(seconds=31)).tracks
        assert track.trail == ((60.161, 24.951),)
        assert projector.state_at(T0 + timedelta(seconds=30)).tracks == []
    finally:
        store.close()
