"""CallState rebuilds the call picture from committed call events alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from models.calls import events as ev
from models.calls.state import CallState
from models.store import StoredEvent

T0 = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
FRAME = {"link": "ali-a", "peer": "serial"}


def _event(seq: int, kind: str, payload: dict[str, Any], source: str = "system") -> StoredEvent:
    return StoredEvent(
        source=source,
        kind=kind,
        rx_time=T0 + timedelta(seconds=seq),
        payload=payload,
        raw=None,
        error=None,
        seq=seq,
        hash="",
    )


def _loc(source: str, lat: float | None, lon: float | None, **extra: Any) -> dict[str, Any]:
    location = dict.fromkeys(
        ("radius_m", "confidence", "shape", "time", "civic", "class_of_service", "method")
    )
    location.update(source=source, lat=lat, lon=lon, number="3125551234", **extra)
    return location


WPH1 = _loc("ali", 60.1700, 24.9400, radius_m=900.0, class_of_service="WPH1")
WPH2 = _loc("ali", 60.1712, 24.9383, radius_m=25.0, class_of_service="WPH2")
TYPED = _loc("typed", 60.1713, 24.9385, civic={"LOC": "Mannerheimintie 1, 3rd floor"})
LATER = _loc("ali", 60.1800, 24.9500, radius_m=15.0, class_of_service="WPH2")


def _story() -> list[StoredEvent]:
    return [
        _event(
            1,
            ev.CALL_OFFERED,
            {
                "call_id": "C000001",
                "number": "3125551234",
                "via": "ali",
                "class_of_service": "WPH1",
                "location": WPH1,
                "frame": FRAME,
            },
        ),
        _event(2, "frame.decoded", {"message": {"lat": 1, "lon": 2}}, "link:ali-a"),
        _event(3, ev.CALL_LOCATION, {"call_id": "C000001", "location": WPH2, "rebid": True}),
        _event(4, ev.CALL_ANSWERED, {"call_id": "C000001"}, "operator:anna"),
        _event(
            5,
            ev.CALL_LOCATION_VERIFIED,
            {"call_id": "C000001", "location": TYPED},
            "operator:anna",
        ),
        _event(6, ev.CALL_LOCATION, {"call_id": "C000001", "location": LATER, "rebid": True}),
        _event(
            7,
            ev.CALL_ATTACHED,
            {"call_id": "C000001", "incident_id": "2026-000007"},
            "operator:anna",
        ),
    ]


def test_story_rebid_answer_verify_pending_attach() -> None:
    state = CallState()
    changed = state.apply_all(_story())
    assert changed == set(ev.CALL_KINDS) - {ev.CALL_ABANDONED, ev.CALL_RELEASED}
    call = state.calls["C000001"]
    assert call.state == "answered"
    assert call.offered == T0 + timedelta(seconds=1)
    assert call.answered == T0 + timedelta(seconds=4)
    assert call.class_of_service == "WPH2"  # the rebid upgraded phase I to phase II
    assert [r.location for r in call.history] == [WPH1, WPH2, LATER]
    assert [r.received for r in call.history] == [T0 + timedelta(seconds=s) for s in (1, 3, 6)]
    assert [r.rebid for r in call.history] == [False, True, True]
    assert call.verified is not None and call.verified.location == TYPED
    assert call.verified.verified
    # The later automatic fix is offered, not applied: the typed location stays in force.
    assert call.pending is not None and call.pending.location == LATER
    in_force = state.location_in_force(call)
    assert in_force is not None and in_force.location == TYPED
    assert call.incident_id == "2026-000007"
    assert call.frame == FRAME
    assert state.last_seq == 7


def test_in_force_before_verification_is_the_newest_automatic() -> None:
    state = CallState.from_events(_story()[:3])
    call = state.calls["C000001"]
    assert call.state == "ringing"
    assert call.pending is None and call.verified is None
    in_force = state.location_in_force(call)
    assert in_force is not None and in_force.location == WPH2


def test_verifying_again_clears_the_pending_fix() -> None:
    state = CallState.from_events(_story())
    state.apply(
        _event(
            8, ev.CALL_LOCATION_VERIFIED, {"call_id": "C000001", "location": LATER}, "operator:b"
        )
    )
    call = state.calls["C000001"]
    assert call.pending is None
    assert call.verified is not None and call.verified.location == LATER


def test_idempotent_by_seq() -> None:
    state = CallState.from_events(_story())
    before = dict(state.calls)
    assert state.apply_all(_story()) == set()
    assert state.calls == before


def test_abandoned_and_released_end_the_call() -> None:
    state = CallState.from_events(_story())
    offered = {"via": "aml", "class_of_service": None, "location": None, "frame": FRAME}
    state.apply_all(
        [
            _event(
                8, ev.CALL_OFFERED, {"call_id": "C000002", "number": "+358401234567", **offered}
            ),
            _event(9, ev.CALL_ABANDONED, {"call_id": "C000002", "reason": "hung up"}, "system"),
            _event(10, ev.CALL_RELEASED, {"call_id": "C000001"}, "operator:anna"),
        ]
    )
    second = state.calls["C000002"]
    assert (second.state, second.reason, second.ended) == (
        "abandoned",
        "hung up",
        T0 + timedelta(seconds=9),
    )
    assert second.history == ()
    assert state.location_in_force(second) is None
    assert state.calls["C000001"].state == "released"
    assert state.active_calls() == []
    assert state.active_call_for("3125551234") is None


def test_active_call_for_normalises_numbers() -> None:
    state = CallState()
    offered = {"via": "pidf", "class_of_service": None, "location": None, "frame": FRAME}
    state.apply_all(
        [
            _event(
                1, ev.CALL_OFFERED, {"call_id": "C000001", "number": "+44 7477 593102", **offered}
            ),
            _event(2, ev.CALL_OFFERED, {"call_id": "C000002", "number": "112", **offered}),
            _event(3, ev.CALL_OFFERED, {"call_id": "C000003", "number": None, **offered}),
        ]
    )
    for form in ("tel:+447477593102", "07477593102", "00447477593102", "447477593102;ext=1"):
        found = state.active_call_for(form)
        assert found is not None and found.call_id == "C000001", form
    assert state.active_call_for("7477593103") is None
    assert state.active_call_for("112").call_id == "C000002"  # type: ignore[union-attr]
    assert state.active_call_for("2112") is None  # short numbers match whole only
    assert state.active_call_for(None) is None
    assert [c.call_id for c in state.active_calls()] == ["C000001", "C000002", "C000003"]
    assert state.highest_call_number() == 3


def test_unknown_calls_and_broken_payloads_change_nothing() -> None:
    state = CallState.from_events(_story()[:1])
    assert not state.apply(_event(2, ev.CALL_ANSWERED, {"call_id": "C999999"}))
    assert not state.apply(_event(3, ev.CALL_ANSWERED, {"call_id": ["C000001"]}))
    assert not state.apply(_event(4, ev.CALL_LOCATION, {"call_id": "C000001", "location": 7}))
    assert not state.apply(_event(5, ev.CALL_OFFERED, {"number": "1"}))
    assert not state.apply(
        _event(6, ev.CALL_OFFERED, {"call_id": "C000001", "number": "9", "via": "aml"})
    )
    call = state.calls["C000001"]
    assert (call.state, call.number, len(call.history)) == ("ringing", "3125551234", 1)
    assert state.last_seq == 6


def test_a_wall_clock_step_back_never_reorders_the_calls() -> None:
    """NTP steps the clock back between two offers: the queue stays in the log's order."""
    offered = {"via": "ali", "class_of_service": None, "location": None, "frame": FRAME}
    first = _event(1, ev.CALL_OFFERED, {"call_id": "C000001", "number": "0401", **offered})
    second = _event(2, ev.CALL_OFFERED, {"call_id": "C000002", "number": "0401", **offered})
    stepped_back = replace(second, rx_time=first.rx_time - timedelta(minutes=5))
    state = CallState.from_events([first, stepped_back])
    assert [c.call_id for c in state.active_calls()] == ["C000001", "C000002"]
    newest = state.active_call_for("0401")
    assert newest is not None and newest.call_id == "C000002"
