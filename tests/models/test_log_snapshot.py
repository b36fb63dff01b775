"""State snapshots as data: exact round trips, refusals, and no code run on load."""

from __future__ import annotations

import json
import zlib
from dataclasses import make_dataclass
from datetime import UTC, datetime, timedelta

import pytest

from models.alerts.state import AlertRecord, AlertState
from models.calls.state import CallRecord, CallState, LocationRecord
from models.dispatch.state import Assignment, DispatchState, IncidentState, Note, UnitState
from models.dispatch.status import UnitStatus
from models.log_snapshot import SnapshotError, decode_state, encode_state, layout_digest

T0 = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)


def dispatch_state() -> DispatchState:
    state = DispatchState.initial(["HE11", "HE12"])
    state.incidents["2026-000001"] = IncidentState(
        "2026-000001", "structure-fire", 1, 60.17, 24.94, "Mariankatu 12", "C1", T0
    )
    state.incidents["2026-000002"] = IncidentState(
        "2026-000002", "fall", 3, 60.2, 24.9, None, None, T0, "closed", "treated", T0
    )
    state.units["HE11"] = UnitState("HE11", UnitStatus.ON_SCENE, T0, "2026-000001")
    state.notes["2026-000001"] = [Note("2026-000001", T0, "anna", "smoke, 3rd floor ½ ✓")]
    state.assignments["2026-000001"] = [
        Assignment("2026-000001", "HE11", T0, 312.5, 2100.0, True, T0 + timedelta(minutes=9))
    ]
    state.last_seq = 4711
    return state


def call_state() -> CallState:
    located = LocationRecord({"source": "ali", "lat": 60.1, "civic": {"RD": "Liisankatu"}}, T0, 5)
    verified = LocationRecord({"source": "typed", "lat": 60.2, "lon": None}, T0, 9, verified=True)
    state = CallState()
    state.calls["C1"] = CallRecord(
        "C1", "+358401234567", "ali", "WPH2", T0, "answered", T0, None, None,
        (located,), verified, None, "2026-000001", {"link": "ali-a", "peer": "COM3"},
    )  # fmt: skip
    state.last_seq = 12
    return state


def alert_state() -> AlertState:
    state = AlertState()
    state.alerts["A1"] = AlertRecord(
        "A1", "cap", True, "severe", "Smoke", T0, 43.7, 7.4,
        area={"polygons": [[[43.7, 7.4], [43.8, 7.5], [43.7, 7.5]]], "circles": []},
        cap={"identifier": "x", "info": [{"event": "Fire"}]},
    )  # fmt: skip
    state._cap[("sender@example", "x")] = "A1"
    state.last_seq = 3
    return state


@pytest.mark.parametrize("make", [dispatch_state, call_state, alert_state])
def test_round_trip_is_exact(make) -> None:  # type: ignore[no-untyped-def]
    state = make()
    again = decode_state(encode_state(state), type(state))
    assert again == state
    assert again is not state
    assert _types(again) == _types(state)  # a StrEnum equals its str: compare the types too


def _types(value: object) -> object:
    """The structure of ``value`` with every leaf replaced by its type."""
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [type(value), *(_types(v) for v in value)]
    if hasattr(value, "__dataclass_fields__"):
        return (type(value), {f: _types(getattr(value, f)) for f in value.__dataclass_fields__})
    return type(value)


def test_non_finite_numbers_and_naive_times_are_refused() -> None:
    state = dispatch_state()
    state.incidents["bad"] = IncidentState("bad", "x", 1, float("inf"), 0.0, None, None, T0)
    with pytest.raises(SnapshotError, match="non-finite"):
        encode_state(state)
    state = dispatch_state()
    state.units["HE12"] = UnitState("HE12", UnitStatus.AVAILABLE, datetime(2026, 1, 1))
    with pytest.raises(SnapshotError, match="naive"):
        encode_state(state)


def test_a_body_naming_a_foreign_class_is_refused_not_run() -> None:
    hostile = {"$c": "subprocess.Popen", "f": {"args": ["touch", "/tmp/owned"]}}
    with pytest.raises(SnapshotError, match="unknown class"):
        decode_state(zlib.compress(json.dumps(hostile).encode()), DispatchState)
    with pytest.raises(SnapshotError, match="unreadable"):
        decode_state(b"not a snapshot", DispatchState)
    other = encode_state(call_state())
    with pytest.raises(SnapshotError):
        decode_state(other, DispatchState)


def test_layout_changes_with_the_classes_fields() -> None:
    assert layout_digest(DispatchState) == layout_digest(DispatchState)
    assert layout_digest(DispatchState) != layout_digest(CallState)
    # The same class name, one field more: written by other code, so never misread.
    v1 = make_dataclass("State", [("items", dict[str, int]), ("last_seq", int)])
    v2 = make_dataclass("State", [("items", dict[str, int]), ("added", int), ("last_seq", int)])
    assert layout_digest(v1) != layout_digest(v2)
