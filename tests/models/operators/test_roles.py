"""The roles table: who may do what, and refusals that name the role needed."""

from __future__ import annotations

import pytest

from models.operators.roles import (
    ADMINISTRATOR,
    CALL_TAKER,
    DISPATCHER,
    PERMISSIONS,
    ROLES,
    SUPERVISOR,
    TRAINER,
    Refused,
    allowed,
    permission_for,
    require,
)


def test_dispatcher_is_refused_a_supervisors_action_with_the_role_named() -> None:
    with pytest.raises(Refused) as refused:
        require(DISPATCHER, "incident.reopen")
    message = "reopening an incident needs the supervisor role; you are dispatcher"
    assert str(refused.value) == message
    assert refused.value.needed == frozenset({SUPERVISOR})
    assert refused.value.role == DISPATCHER


def test_call_taker_answers_locates_creates_but_does_not_dispatch() -> None:
    for action in ("call.answer", "call.locate", "incident.create"):
        require(CALL_TAKER, action)
    with pytest.raises(Refused, match="dispatching units needs the dispatcher or supervisor role"):
        require(CALL_TAKER, "incident.dispatch")


def test_supervisor_does_everything_a_dispatcher_does_and_more() -> None:
    for action, roles in PERMISSIONS.items():
        if DISPATCHER in roles:
            assert SUPERVISOR in roles, action
    for action in ("incident.reopen", "refusal.override", "operators.manage", "store.replay"):
        require(SUPERVISOR, action)


def test_trainer_never_live_and_only_drill_actions_in_drills() -> None:
    with pytest.raises(Refused, match="never live"):
        require(TRAINER, "drill.inject")
    require(TRAINER, "drill.inject", drill=True)
    require(TRAINER, "drill.run", drill=True)
    assert not allowed(TRAINER, "incident.dispatch", drill=True)
    with pytest.raises(Refused, match="only on a drill store"):
        require(SUPERVISOR, "drill.run")


def test_administrator_manages_operators_and_site_not_incidents() -> None:
    require(ADMINISTRATOR, "operators.role")
    require(ADMINISTRATOR, "site.configure")
    assert not allowed(ADMINISTRATOR, "incident.dispatch")
    assert not allowed(SUPERVISOR, "operators.role")


def test_nobody_signed_in_is_refused_everything() -> None:
    with pytest.raises(Refused, match="needs a signed-in operator"):
        require(None, "call.answer")


def test_unknown_action_is_an_error_not_a_decision() -> None:
    with pytest.raises(KeyError, match="unknown action"):
        permission_for("incident.dispach")
    assert all(roles <= set(ROLES) for roles in PERMISSIONS.values())
