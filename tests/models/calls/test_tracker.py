"""CallTracker: decoded caller locations -> call.offered / call.location, matched by number."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from models.calls import events as ev
from models.calls.state import CallState
from models.calls.tracker import CallTracker
from models.store import StoredEvent
from radio.codecs import ali
from radio.messages_location import CallerLocation
from radio.protocols import get_protocol

T0 = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)


def ali_message(
    number: str | None, cos: str = "WPH2", lat: float | None = 60.17, **kw: Any
) -> dict:
    message = CallerLocation(
        protocol="ali",
        kind="ALI",
        source="ali",
        number=number,
        lat=lat,
        lon=None if lat is None else 24.94,
        radius_m=None if lat is None else 30.0,
        confidence=None if lat is None else 90.0,
        shape=None if lat is None else "Circle",
        class_of_service=cos,
        civic=kw.pop("civic", (("HNO", "1"), ("RD", "Mannerheimintie"))),
        **kw,
    )
    return message.to_dict()


class Log:
    """Commits the tracker's events into a CallState, as the writer's callback would."""

    def __init__(self, state: CallState) -> None:
        self.state = state
        self.seq = 0

    def commit(self, records: list[tuple[str, dict[str, Any]]], source: str = "system") -> None:
        events = []
        for kind, payload in records:
            self.seq += 1
            events.append(
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
        self.state.apply_all(events)


def test_same_number_twice_is_one_call_with_a_rebid() -> None:
    state = CallState()
    tracker = CallTracker(state)
    first = tracker.on_location_frame(ali_message("3125551234", "WPH1"), "ali", "ali-a", "COM3")
    # Not yet committed: the tracker's own view must still match the second frame.
    second = tracker.on_location_frame(ali_message("312-555-1234", "WPH2"), "ali", "ali-a", "COM3")
    assert [kind for kind, _ in first] == [ev.CALL_OFFERED]
    offered = first[0][1]
    assert offered["call_id"] == "C000001"
    assert (offered["number"], offered["via"], offered["class_of_service"]) == (
        "3125551234",
        "ali",
        "WPH1",
    )
    assert offered["frame"] == {"link": "ali-a", "peer": "COM3"}
    location = offered["location"]
    assert (location["source"], location["lat"], location["radius_m"]) == ("ali", 60.17, 30.0)
    assert location["civic"] == {"HNO": "1", "RD": "Mannerheimintie"}
    assert location["class_of_service"] == "WPH1"
    assert second == [
        (
            ev.CALL_LOCATION,
            {
                "call_id": "C000001",
                "location": second[0][1]["location"],
                "rebid": True,
                "frame": {"link": "ali-a", "peer": "COM3"},
            },
        )
    ]
    assert second[0][1]["location"]["class_of_service"] == "WPH2"
    log = Log(state)
    log.commit(first + second)
    call = state.calls["C000001"]
    assert call.class_of_service == "WPH2" and len(call.history) == 2


def test_different_numbers_are_two_calls() -> None:
    tracker = CallTracker(CallState())
    a = tracker.on_location_frame(ali_message("3125551234"), "ali", "ali-a", "p")
    b = tracker.on_location_frame(ali_message("3125559999"), "ali", "ali-a", "p")
    assert [(k, p["call_id"]) for k, p in a + b] == [
        (ev.CALL_OFFERED, "C000001"),
        (ev.CALL_OFFERED, "C000002"),
    ]


def test_no_number_is_a_new_call_each_time() -> None:
    tracker = CallTracker(CallState())
    ids = [
        tracker.on_location_frame(ali_message(None), "ali", "ali-a", "p")[0][1]["call_id"]
        for _ in range(3)
    ]
    assert ids == ["C000001", "C000002", "C000003"]


@pytest.mark.parametrize("outcome", [ev.CALL_RELEASED, ev.CALL_ABANDONED])
def test_an_ended_call_is_not_matched_again(outcome: str) -> None:
    state = CallState()
    log = Log(state)
    tracker = CallTracker(state)
    log.commit(tracker.on_location_frame(ali_message("3125551234"), "ali", "ali-a", "p"))
    log.commit([(ev.CALL_ANSWERED, {"call_id": "C000001"})], "operator:anna")
    log.commit([(outcome, {"call_id": "C000001"})], "operator:anna")
    again = tracker.on_location_frame(ali_message("3125551234"), "ali", "ali-a", "p")
    assert [(k, p["call_id"]) for k, p in again] == [(ev.CALL_OFFERED, "C000002")]


def test_first_frame_without_location_then_location_is_not_a_rebid() -> None:
    tracker = CallTracker(CallState())
    first = tracker.on_location_frame(
        ali_message("3125551234", lat=None, civic=()), "ali", "a", "p"
    )
    assert first[0][0] == ev.CALL_OFFERED and first[0][1]["location"] is None
    # A frame with nothing usable adds nothing to the active call.
    assert (
        tracker.on_location_frame(ali_message("3125551234", lat=None, civic=()), "ali", "a", "p")
        == []
    )
    second = tracker.on_location_frame(ali_message("3125551234"), "ali", "a", "p")
    assert [(k, p["rebid"]) for k, p in second] == [(ev.CALL_LOCATION, False)]
    third = tracker.on_location_frame(ali_message("3125551234"), "ali", "a", "p")
    assert [(k, p["rebid"]) for k, p in third] == [(ev.CALL_LOCATION, True)]


def test_ids_continue_after_the_state_and_adopt_its_active_calls() -> None:
    state = CallState()
    log = Log(state)
    earlier = CallTracker(state)
    for number in ("3125550001", "3125550002"):
        log.commit(earlier.on_location_frame(ali_message(number), "ali", "a", "p"))
    log.commit([(ev.CALL_RELEASED, {"call_id": "C000001"})], "operator:anna")
    restarted = CallTracker(state)
    same = restarted.on_location_frame(ali_message("3125550002"), "ali", "a", "p")
    assert [(k, p["call_id"], p["rebid"]) for k, p in same] == [(ev.CALL_LOCATION, "C000002", True)]
    fresh = restarted.on_location_frame(ali_message("3125550001"), "ali", "a", "p")
    assert fresh[0][0] == ev.CALL_OFFERED and fresh[0][1]["call_id"] == "C000003"


def test_ids_continue_after_last_number() -> None:
    tracker = CallTracker(CallState(), last_number=41)
    records = tracker.on_location_frame(ali_message("3125550002"), "ali", "a", "p")
    assert records[0][1]["call_id"] == "C000042"


def test_tracker_built_before_the_state_is_filled_still_matches() -> None:
    state = CallState()
    tracker = CallTracker(state)
    other = CallTracker(CallState())  # e.g. the previous run, before a restart
    Log(state).commit(other.on_location_frame(ali_message("3125550002"), "ali", "a", "p"))
    records = tracker.on_location_frame(ali_message("3125550002"), "ali", "a", "p")
    assert [(k, p["call_id"]) for k, p in records] == [(ev.CALL_LOCATION, "C000001")]
    new = tracker.on_location_frame(ali_message("3125550003"), "ali", "a", "p")
    assert new[0][1]["call_id"] == "C000002"


def test_pidf_document_with_several_locations_is_one_call(samples_dir: Path) -> None:
    pidf = get_protocol("pidf")
    text = (samples_dir / "pidf_lo" / "RFC5491TupleCircleLocation.xml").read_bytes()
    circle = pidf.decode(text).to_dict()
    civic = pidf.decode(
        (samples_dir / "pidf_lo" / "RFC5491TupleCivicLocation.xml").read_bytes()
    ).to_dict()
    document = {
        "protocol": "pidf",
        "kind": "PIDF-LO",
        "entity": "tel:+13125551234",
        "locations": circle["locations"] + civic["locations"],
    }
    tracker = CallTracker(CallState())
    records = tracker.on_location_frame(document, "pidf", "lis", "10.0.0.5:4444")
    assert [k for k, _ in records] == [ev.CALL_OFFERED, ev.CALL_LOCATION]
    offered, more = records[0][1], records[1][1]
    assert (offered["call_id"], offered["via"], offered["number"]) == (
        "C000001",
        "pidf",
        "+13125551234",
    )
    assert offered["location"]["radius_m"] == 850.24
    assert more["call_id"] == "C000001" and more["rebid"] is True
    assert more["location"]["civic"]["A6"] == "Broadway"
    # The same caller over ALI joins the call.
    joined = tracker.on_location_frame(ali_message("3125551234"), "ali", "ali-a", "p")
    assert [(k, p["call_id"]) for k, p in joined] == [(ev.CALL_LOCATION, "C000001")]


def test_pidf_document_without_locations_offers_a_call_without_location() -> None:
    tracker = CallTracker(CallState())
    records = tracker.on_location_frame(
        {"protocol": "pidf", "kind": "PIDF-LO", "locations": [], "errors": ["bad"]},
        "pidf",
        "l",
        "p",
    )
    assert [(k, p["location"], p["via"]) for k, p in records] == [(ev.CALL_OFFERED, None, "pidf")]


def test_decoded_ali_frame_through_the_codec() -> None:
    frame = ali.encode_ali(
        CallerLocation(
            protocol="ali",
            kind="ALI",
            source="ali",
            number="3125551234",
            lat=41.88,
            lon=-87.63,
            radius_m=30.0,
            confidence=90.0,
            shape="Circle",
            class_of_service="WPH2",
        )
    )
    message = get_protocol("ali").decode(frame)
    records = CallTracker(CallState()).on_location_frame(message.to_dict(), "ali", "a", "p")
    ((kind, payload),) = records
    assert kind == ev.CALL_OFFERED
    assert (payload["number"], payload["class_of_service"]) == ("3125551234", "WPH2")
    assert (payload["location"]["lat"], payload["location"]["lon"]) == (41.88, -87.63)
