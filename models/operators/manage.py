"""Managing operators: add, change a password or a role, disable; the first administrator.

Contract: each function checks the request against the ``OperatorsState``
and the acting operator's role (``models.operators.roles``) and returns the
event(s) to append, or raises ``Refused`` (the actor's role may not) or
``OperatorError`` (bad input: an unknown or duplicate name, an unknown
role, a password too short, ...) with a message for a person. Nothing is
written here. The actor is an ``Actor``: the signed-in operator's name and
role; ``Actor(name, None)`` is an OS user acting on a store they can open
(headless commands), which has full rights and is recorded as itself.

Supervisors and administrators add operators, set passwords and disable
accounts (``operators.manage``); only an administrator gives or changes a
role of supervisor or administrator, or changes a role at all
(``operators.role``). Nobody disables their own account, and the last
enabled administrator cannot be disabled or demoted.

``headless_actor(state, os_user)``: who a headless command acts as: the OS
user with their operator role when they are an operator (``OperatorError``
when that account is disabled), else ``Actor(os_user, None)``.

``first_administrator(state, os_user, now)``: on a store that has never had
an operator, the OS user becomes its administrator, without a password
(``sign_in_os_user`` signs them in; ``dispatch-console operators passwd``
sets one). On any other store it returns no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from models.operators import events as ev
from models.operators.passwords import hash_password, validate_password
from models.operators.roles import ADMINISTRATOR, ROLES, SUPERVISOR, require
from models.operators.state import OperatorsState
from models.refusal import QT_TRANSLATE_NOOP, Listed, Refusal, Text
from models.store.events import NewEvent

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_PRIVILEGED = (SUPERVISOR, ADMINISTRATOR)


LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "Refusal", "{name} is the last administrator: make another one first"
)


class OperatorError(Refusal, ValueError):
    """A request about operators that cannot be done as asked; the message says why
    (a ``models.refusal.Refusal``: English as ``str``, translated where the console
    shows it)."""


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    role: str | None  # None: an OS user with the store in hand (headless command)

    @property
    def source(self) -> str:
        return ev.operator_source(self.name)


def _check(actor: Actor, action: str) -> None:
    if actor.role is not None:
        require(actor.role, action)


def _existing(state: OperatorsState, name: str):  # type: ignore[no-untyped-def]
    operator = state.operator(name)
    if operator is None:
        raise OperatorError(
            QT_TRANSLATE_NOOP("Refusal", "no operator is named '{name}'"), name=Text(name)
        )
    return operator


def _valid_role(role: str) -> str:
    if role not in ROLES:
        raise OperatorError(
            QT_TRANSLATE_NOOP("Refusal", "unknown role '{role}': one of {roles}"),
            role=Text(role),
            roles=Listed(Refusal(each) for each in ROLES),
        )
    return role


def _enabled_admins(state: OperatorsState) -> list[str]:
    return [o.name for o in state.operators() if o.role == ADMINISTRATOR and not o.disabled]


def add_operator(
    state: OperatorsState,
    actor: Actor,
    name: str,
    role: str,
    password: str,
    now: datetime,
    hash_fn=hash_password,  # type: ignore[no-untyped-def]
) -> list[NewEvent]:
    _valid_role(role)
    _check(actor, "operators.role" if role in _PRIVILEGED else "operators.manage")
    if not _NAME.match(name):
        raise OperatorError(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "'{name}' is not a usable operator name: letters, digits and . _ @ -, "
                "up to 64 characters",
            ),
            name=Text(name),
        )
    if state.operator(name) is not None:
        raise OperatorError(
            QT_TRANSLATE_NOOP("Refusal", "an operator named '{name}' already exists"), name=name
        )
    try:
        validate_password(password)
    except ValueError as exc:
        raise OperatorError.of(exc) from None
    return [
        ev.event(actor.source, ev.ADDED, now, name=name, role=role, password_hash=hash_fn(password))
    ]


def change_password(
    state: OperatorsState,
    actor: Actor,
    name: str,
    password: str,
    now: datetime,
    hash_fn=hash_password,  # type: ignore[no-untyped-def]
) -> list[NewEvent]:
    operator = _existing(state, name)
    if actor.name != name:  # anyone may change their own password
        _check(actor, "operators.role" if operator.role in _PRIVILEGED else "operators.manage")
    try:
        validate_password(password)
    except ValueError as exc:
        raise OperatorError.of(exc) from None
    return [
        ev.event(actor.source, ev.PASSWORD_CHANGED, now, name=name, password_hash=hash_fn(password))
    ]


def change_role(
    state: OperatorsState, actor: Actor, name: str, role: str, now: datetime
) -> list[NewEvent]:
    _valid_role(role)
    _check(actor, "operators.role")
    operator = _existing(state, name)
    if operator.role == role:
        raise OperatorError(
            QT_TRANSLATE_NOOP("Refusal", "{name} already has the {role} role"),
            name=name,
            role=Refusal(role),
        )
    if operator.role == ADMINISTRATOR and _enabled_admins(state) == [name]:
        raise OperatorError(LAST_ADMINISTRATOR, name=name)
    return [
        ev.event(actor.source, ev.ROLE_CHANGED, now, name=name, role=role, previous=operator.role)
    ]


def disable_operator(
    state: OperatorsState, actor: Actor, name: str, reason: str, now: datetime
) -> list[NewEvent]:
    operator = _existing(state, name)
    _check(actor, "operators.role" if operator.role in _PRIVILEGED else "operators.manage")
    if operator.disabled:
        raise OperatorError(QT_TRANSLATE_NOOP("Refusal", "{name} is already disabled"), name=name)
    if actor.role is not None and actor.name == name:
        raise OperatorError(QT_TRANSLATE_NOOP("Refusal", "you cannot disable your own account"))
    if operator.role == ADMINISTRATOR and _enabled_admins(state) == [name]:
        raise OperatorError(LAST_ADMINISTRATOR, name=name)
    return [ev.event(actor.source, ev.DISABLED, now, name=name, reason=reason or "disabled")]


def headless_actor(state: OperatorsState, os_user: str) -> Actor:
    operator = state.operator(os_user)
    if operator is None:
        return Actor(os_user, None)
    if operator.disabled:
        raise OperatorError(
            QT_TRANSLATE_NOOP("Refusal", "the account {name} is disabled"), name=os_user
        )
    return Actor(os_user, operator.role)


def first_administrator(state: OperatorsState, os_user: str, now: datetime) -> list[NewEvent]:
    if not state.empty:
        return []
    if not _NAME.match(os_user):
        raise OperatorError(
            QT_TRANSLATE_NOOP("Refusal", "the OS user name '{name}' cannot be an operator name"),
            name=Text(os_user),
        )
    return [
        ev.event(
            ev.SYSTEM_SOURCE,
            ev.ADDED,
            now,
            name=os_user,
            role=ADMINISTRATOR,
            password_hash=None,
            first=True,
        )
    ]
