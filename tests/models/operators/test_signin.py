"""Sign-in decisions as events: success, each failure, back-off, shift change, the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from models.operators import (
    Actor,
    OperatorError,
    OperatorsState,
    Refused,
    add_operator,
    change_password,
    change_role,
    disable_operator,
    first_administrator,
    fold,
    load_operators,
    sign_in,
    sign_in_os_user,
    sign_out,
)
from models.operators import events as ev
from models.operators.state import BACKOFF_AFTER, BACKOFF_BASE_S
from models.store import GroupCommitWriter, open_store

T0 = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
# Cheap parameters for test accounts; verification reads them from the hash.
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash
ROOT = Actor("root", None)


class _Applied:
    def __init__(self, kind: str, payload: dict, rx_time: datetime) -> None:  # type: ignore[type-arg]
        self.kind, self.payload, self.rx_time = kind, payload, rx_time


def apply(state: OperatorsState, events: list) -> OperatorsState:  # type: ignore[type-arg]
    return fold([_Applied(e.kind, e.payload, e.rx_time) for e in events], state)


@pytest.fixture
def state() -> OperatorsState:
    state = OperatorsState()
    apply(state, first_administrator(state, "admin", T0))
    apply(state, add_operator(state, ROOT, "anna", "dispatcher", "correct horse", T0, FAST))
    apply(state, add_operator(state, ROOT, "ben", "supervisor", "battery staple", T0, FAST))
    return state


def test_sign_in_and_out(state: OperatorsState) -> None:
    outcome = sign_in(state, "p1", "anna", "correct horse", T0)
    assert outcome.ok and outcome.message == "signed in as anna (dispatcher)"
    event, rehash = outcome.events  # test accounts use cheap parameters: re-hashed
    assert (event.kind, event.source) == (ev.SIGNED_IN, "position:p1")
    assert (rehash.kind, rehash.payload["rehash"]) == (ev.PASSWORD_CHANGED, True)
    assert "correct horse" not in str(event.payload)
    assert state.session("p1") is None  # nothing counts until the events are applied
    apply(state, outcome.events)
    session = state.session("p1")
    assert session is not None and (session.name, session.role) == ("anna", "dispatcher")
    out = sign_out(state, "p1", T0)
    apply(state, out.events)
    assert out.ok and state.session("p1") is None


@pytest.mark.parametrize(
    ("name", "password", "reason", "message"),
    [
        ("anna", "wrong one!", ev.WRONG_PASSWORD, "wrong password for anna"),
        ("nobody", "whatever1", ev.UNKNOWN_OPERATOR, "no operator is named 'nobody'"),
    ],
)
def test_failures_are_logged_with_a_clear_message(
    state: OperatorsState, name: str, password: str, reason: str, message: str
) -> None:
    outcome = sign_in(state, "p1", name, password, T0)
    assert not outcome.ok and outcome.message.startswith(message)
    [event] = outcome.events
    assert event.kind == ev.SIGN_IN_FAILED and event.payload["reason"] == reason


def test_disabled_account_is_refused(state: OperatorsState) -> None:
    apply(state, sign_in(state, "p1", "anna", "correct horse", T0).events)
    apply(state, disable_operator(state, Actor("ben", "supervisor"), "anna", "left", T0))
    assert state.session("p1") is None  # signed out the moment the account is disabled
    outcome = sign_in(state, "p1", "anna", "correct horse", T0)
    assert not outcome.ok and "disabled" in outcome.message


def test_back_off_after_several_failures(state: OperatorsState) -> None:
    now = T0
    for _ in range(BACKOFF_AFTER):
        now += timedelta(seconds=1)
        apply(state, sign_in(state, "p1", "anna", "bad guess", now).events)
    refused = sign_in(state, "p1", "anna", "correct horse", now + timedelta(seconds=1))
    assert not refused.ok and "try again in 29 s" in refused.message
    assert refused.events[0].payload["reason"] == ev.BACKING_OFF
    apply(state, refused.events)  # logged, but the wait does not grow
    later = now + timedelta(seconds=BACKOFF_BASE_S)
    outcome = sign_in(state, "p1", "anna", "correct horse", later)
    assert outcome.ok
    apply(state, outcome.events)
    assert state.operator("anna").failures == 0  # type: ignore[union-attr]


def test_shift_change_and_a_second_position(state: OperatorsState) -> None:
    apply(state, sign_in(state, "p1", "anna", "correct horse", T0).events)
    change = sign_in(state, "p1", "ben", "battery staple", T0)
    assert change.ok and change.events[0].kind == ev.CHANGED
    assert change.message == "ben (supervisor) took over from anna"
    apply(state, change.events)
    assert state.session("p1").name == "ben"  # type: ignore[union-attr]
    elsewhere = sign_in(state, "p2", "ben", "battery staple", T0)
    assert not elsewhere.ok and "already signed in at p1" in elsewhere.message
    assert sign_in(state, "p2", "ben", "battery staple", T0, allow_multiple=True).ok


def test_role_change_takes_effect_at_the_next_action(state: OperatorsState) -> None:
    apply(state, sign_in(state, "p1", "anna", "correct horse", T0).events)
    apply(state, change_role(state, Actor("admin", "administrator"), "anna", "call-taker", T0))
    assert state.session("p1").role == "call-taker"  # type: ignore[union-attr]


def test_first_administrator_signs_in_as_the_os_user_until_a_password_is_set() -> None:
    state = OperatorsState()
    [added] = first_administrator(state, "olli", T0)
    assert (added.source, added.payload["role"]) == ("system", "administrator")
    apply(state, [added])
    assert first_administrator(state, "someone", T0) == []
    assert sign_in_os_user(state, "p1", "olli", T0).ok
    apply(state, change_password(state, Actor("olli", "administrator"), "olli", "s3cret-pw", T0))
    assert not sign_in_os_user(state, "p1", "olli", T0).ok


def test_management_rights_and_bad_input(state: OperatorsState) -> None:
    anna = Actor("anna", "dispatcher")
    with pytest.raises(Refused, match="managing operators needs"):
        add_operator(state, anna, "carl", "call-taker", "long enough", T0, FAST)
    ben = Actor("ben", "supervisor")
    with pytest.raises(Refused, match="administrator role"):
        add_operator(state, ben, "carl", "administrator", "long enough", T0, FAST)
    with pytest.raises(OperatorError, match="at least 8"):
        add_operator(state, ben, "carl", "call-taker", "short", T0, FAST)
    with pytest.raises(OperatorError, match="already exists"):
        add_operator(state, ben, "anna", "call-taker", "long enough", T0, FAST)
    with pytest.raises(OperatorError, match="unknown role"):
        add_operator(state, ben, "carl", "boss", "long enough", T0, FAST)
    with pytest.raises(OperatorError, match="last administrator"):
        disable_operator(state, ROOT, "admin", "", T0)


def test_state_folds_from_the_store(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        state = OperatorsState()
        events = first_administrator(state, "admin", T0)
        apply(state, events)
        events += add_operator(state, ROOT, "anna", "dispatcher", "correct horse", T0, FAST)
        apply(state, events[-1:])
        events += sign_in(state, "p1", "anna", "correct horse", T0).events
        with GroupCommitWriter(store, window_s=0) as writer:
            for event in events:
                writer.submit(event)
        loaded = load_operators(store)
        assert loaded.last_seq == 4  # first admin, anna, signed in, re-hashed
        assert loaded.session("p1").name == "anna"  # type: ignore[union-attr]
        assert [o.name for o in loaded.operators()] == ["admin", "anna"]
    finally:
        store.close()


def test_headless_actor_is_the_os_user_with_their_role(state: OperatorsState) -> None:
    from models.operators import headless_actor

    assert headless_actor(state, "anna") == Actor("anna", "dispatcher")
    assert headless_actor(state, "root") == Actor("root", None)  # holds the store: full rights
    apply(state, disable_operator(state, Actor("ben", "supervisor"), "anna", "left", T0))
    with pytest.raises(OperatorError, match="the account anna is disabled"):
        headless_actor(state, "anna")
