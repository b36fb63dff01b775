"""ReplayProjector: the picture at any time equals what the live states showed then."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from console.reports.event_text import position_update
from models.replay import BEFORE_FIRST, ReplayProjector, open_store_readonly, state_to_dict
from models.store import GroupCommitWriter, NewEvent, Store, open_store
from tests.models.replay.story import CALL, INCIDENT, STORY, T0, replay_picture, write_story


@pytest.fixture
def story(tmp_path: Path) -> Iterator[tuple[Store, list]]:
    path = tmp_path / "story.sqlite"
    store = open_store(f"sqlite:///{path}")
    pictures = write_story(store)
    store.close()
    readonly = open_store_readonly(str(path))
    yield readonly, pictures
    readonly.close()


@pytest.mark.parametrize("checkpoint_every", [1, 3, 7, 1000])
def test_state_at_every_event_time_equals_the_live_picture(story, checkpoint_every) -> None:
    store, pictures = story
    projector = ReplayProjector(store, checkpoint_every=checkpoint_every, chunk_size=2,
                                position_of=position_update)  # fmt: skip
    # Out of order on purpose: seeks go backwards and forwards.
    order = list(range(len(pictures)))
    order = order[::2] + order[1::2][::-1]
    for index in order:
        when, expected = pictures[index]
        state = projector.state_at(when)
        assert state.seq == index + 1
        assert replay_picture(state) == expected, f"at event {index + 1}"
        # Just before the event: the picture before it.
        earlier = projector.state_at(when - timedelta(microseconds=1))
        assert earlier.seq == index
        if index:
            assert replay_picture(earlier) == pictures[index - 1][1]
    assert projector.checkpoints == 1 + len(STORY) // checkpoint_every


def test_story_details(story) -> None:
    store, _ = story
    projector = ReplayProjector(store, checkpoint_every=4, position_of=position_update)
    mid = projector.state_at(T0 + timedelta(seconds=45))
    assert [i.incident_id for i in mid.incidents] == [INCIDENT]
    assert mid.committed == {INCIDENT: ["A1"]}
    a1 = next(u for u in mid.units if u.call_sign == "A1")
    assert (a1.status, a1.incident_id) == ("on scene", INCIDENT)
    assert (a1.lat, a1.lon) == (60.1705, 24.9405)
    assert a1.fix_time == T0 + timedelta(seconds=30)
    assert a1.status_since == T0 + timedelta(seconds=40)
    (call,) = mid.calls
    assert (call.call_id, call.state, call.incident_id) == (CALL, "answered", INCIDENT)
    assert (call.lat, call.lon, call.radius_m, call.location_source) == (
        60.171,
        24.941,
        50.0,
        "ali",
    )
    (alert,) = mid.alerts
    assert (alert.state, alert.acknowledged_by) == ("acknowledged", "bob")
    (link,) = mid.links
    assert (link.link, link.state, link.endpoint) == ("avl-udp", "up", "udp://:5000")
    assert mid.note is None
    end = projector.state_at(T0 + timedelta(hours=1))
    assert end.seq == len(STORY)
    assert (end.incidents, end.calls, end.alerts) == ([], [], [])
    assert end.links[0].state == "down" and end.links[0].error == "timeout"


def test_before_the_first_event_is_empty_with_a_note(story) -> None:
    store, _ = story
    state = ReplayProjector(store).state_at(T0 - timedelta(days=1))
    assert state.seq == 0
    assert state.note == BEFORE_FIRST
    assert (state.units, state.incidents, state.alerts, state.calls, state.links) == (
        [], [], [], [], [],
    )  # fmt: skip


def test_step_moves_exactly_one_event(story) -> None:
    store, _ = story
    projector = ReplayProjector(store, checkpoint_every=5)
    first = projector.first_time()
    assert first == T0
    assert projector.step(first, -1) is None
    when, seqs = first, []
    while when is not None:
        seqs.append(projector.state_at(when).seq)
        when = projector.step(when, +1)
    assert seqs == list(range(1, len(STORY) + 1))
    last = projector.last_time()
    assert projector.step(last, +1) is None
    assert projector.state_at(projector.step(last, -1)).seq == len(STORY) - 1
    with pytest.raises(ValueError):
        projector.step(first, 2)


def test_naive_time_is_refused(story) -> None:
    store, _ = story
    with pytest.raises(ValueError, match="naive"):
        ReplayProjector(store).state_at(T0.replace(tzinfo=None))


def test_events_appended_later_are_picked_up(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'live.sqlite'}")
    try:
        writer = GroupCommitWriter(store, window_s=0)
        for _, (seconds, source, kind, payload) in zip(range(5), STORY, strict=False):
            writer.submit(NewEvent(source, kind, T0 + timedelta(seconds=seconds), payload))
        assert writer.flush(10)
        projector = ReplayProjector(store, checkpoint_every=2)
        assert projector.state_at(T0 + timedelta(hours=1)).seq == 5
        for seconds, source, kind, payload in STORY[5:]:
            writer.submit(NewEvent(source, kind, T0 + timedelta(seconds=seconds), payload))
        writer.close()
        later = projector.state_at(T0 + timedelta(hours=1))
        assert later.seq == len(STORY)
        assert projector.state_at(T0 + timedelta(seconds=21)).calls[0].incident_id == INCIDENT
    finally:
        store.close()


def test_out_of_order_receive_times_use_the_longest_prefix(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'ooo.sqlite'}")
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            for seconds in (0, 10, 5, 20):
                writer.submit(NewEvent("system", "test", T0 + timedelta(seconds=seconds), {}))
        projector = ReplayProjector(store)
        at = [projector.state_at(T0 + timedelta(seconds=s)).seq for s in (0, 5, 9, 10, 19, 20)]
        # Event 3 (received at 5 s) is shown only once event 2 (10 s) is.
        assert at == [1, 1, 1, 3, 3, 4]
    finally:
        store.close()


def test_json_form(story) -> None:
    store, _ = story
    data = state_to_dict(ReplayProjector(store, position_of=position_update).state_at(
        T0 + timedelta(seconds=45)))  # fmt: skip
    assert set(data) == {"time", "seq", "note", "units", "incidents", "alerts", "calls", "links",
                         "tracks"}  # fmt: skip
    assert data["time"] == "2024-05-01T12:00:45+00:00"
    assert data["incidents"][0]["incident_id"] == INCIDENT
    assert data["incidents"][0]["units"] == ["A1"]
    assert data["incidents"][0]["created"] == "2024-05-01T12:00:20+00:00"
    assert data["units"][0]["status"] == "on scene"
    assert data["alerts"][0]["alert_id"] == "A000001"
