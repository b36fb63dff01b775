"""The operators projection folds break-glass sessions like sign-ins, never over a later one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.operators import events as ev
from models.operators.state import fold

T0 = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _t(seconds: int) -> datetime:
    return T0 + timedelta(seconds=seconds)


def _dina() -> list:
    return [
        ev.event(ev.SYSTEM_SOURCE, ev.ADDED, T0, name="dina", role="dispatcher", password_hash="$x")
    ]


def test_break_glass_is_a_session_until_it_ends() -> None:
    until = _t(1800)
    glass = ev.break_glass("p1", "dina", "dispatcher", "database down", 30, until, _t(1))
    assert glass.kind == ev.BREAK_GLASS and glass.source == "position:p1"
    assert glass.payload == {
        "name": "dina",
        "role": "dispatcher",
        "position": "p1",
        "reason": "database down",
        "minutes": 30,
        "until": until.isoformat(),
    }
    state = fold([*_dina(), glass])
    session = state.session("p1")
    assert session is not None and session.break_glass and session.name == "dina"
    assert state.positions_of("dina") == ["p1"]
    ended = ev.break_glass_ended("p1", "dina", "time up", _t(1801))
    assert ended.payload == {"name": "dina", "position": "p1", "reason": "time up"}
    fold([ended], state)
    assert state.session("p1") is None and state.positions_of("dina") == []


def test_an_unknown_name_in_break_glass_still_holds_the_position() -> None:
    glass = ev.break_glass("p1", "temp", "dispatcher", "down", 30, _t(1800), _t(1))
    state = fold([glass])
    assert state.session("p1").name == "temp" and state.positions_of("temp") == ["p1"]


def test_a_normal_sign_in_after_break_glass_survives_its_end() -> None:
    glass = ev.break_glass("p1", "dina", "dispatcher", "down", 30, _t(1800), _t(1))
    signed_in = ev.event(
        "position:p1",
        ev.SIGNED_IN,
        _t(60),
        name="dina",
        role="dispatcher",
        position="p1",
        method="password",
    )
    ended = ev.break_glass_ended("p1", "dina", "signed in normally", _t(61))
    state = fold([*_dina(), glass, signed_in, ended])
    session = state.session("p1")
    assert session is not None and not session.break_glass and session.since == _t(60)


def test_disabling_ends_a_break_glass_session() -> None:
    glass = ev.break_glass("p1", "dina", "dispatcher", "down", 30, _t(1800), _t(1))
    disabled = ev.event("operator:olli", ev.DISABLED, _t(5), name="dina", reason="left")
    state = fold([*_dina(), glass, disabled])
    assert state.session("p1") is None and state.positions_of("dina") == []
