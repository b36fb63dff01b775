"""Operators, roles and sign-in: Qt-free, as events in the one log.

Contract (public API, for the console's sign-in dialog and the services):

- Roles: ``ROLES``, ``PERMISSIONS`` (action -> roles), ``permission_for``,
  ``require(role, action, drill=False)`` raising ``Refused`` (message names
  the role needed), ``allowed``.
- State: ``OperatorsState`` folded from the log (``load_operators(store)``,
  then ``state.apply(kind, payload, rx_time)`` for each committed operator
  event, or ``fold(events, state)``); ``state.session(position)`` says who is
  signed in at a position and with which role, now.
- Decisions, returning events to append (nothing is written here):
  ``sign_in``, ``sign_in_os_user``, ``sign_out`` (``SignInOutcome``);
  ``add_operator``, ``change_password``, ``change_role``,
  ``disable_operator``, ``first_administrator``, ``headless_actor``
  (``Actor``, ``OperatorError``).
- Passwords: ``hash_password``, ``check_password`` (argon2id).
- Headless commands: ``identify(store, os_user)`` -> ``HeadlessIdentity``
  (the OS user, the database role, the operator linked by name, the store's
  purpose) with ``.check(action)``; see ``models.operators.headless``.

A session's usual sequence: at start, ``state = load_operators(store)``;
append ``first_administrator(state, os_user, now)`` if any; on the sign-in
dialog's OK (off the GUI thread) ``outcome = sign_in(state, position, name,
password, now)``, submit ``outcome.events`` and wait for their receipts,
apply them (``fold(stored, state)``), and only then unlock the position when
``outcome.ok``; before each action ``session = state.session(position)`` and
``require(session.role if session else None, action, drill=...)``, writing
the event under ``operator:<session.name>``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names, for type checkers and readers; loaded lazily below
    from models.operators.headless import HeadlessIdentity, identify
    from models.operators.manage import (
        Actor,
        OperatorError,
        add_operator,
        change_password,
        change_role,
        disable_operator,
        first_administrator,
        headless_actor,
    )
    from models.operators.passwords import check_password, hash_password
    from models.operators.roles import (
        PERMISSIONS,
        ROLES,
        Refused,
        allowed,
        permission_for,
        require,
    )
    from models.operators.signin import SignInOutcome, sign_in, sign_in_os_user, sign_out
    from models.operators.state import Operator, OperatorsState, Session, fold, load_operators

_HOMES = {
    "Actor": "manage",
    "OperatorError": "manage",
    "add_operator": "manage",
    "change_password": "manage",
    "change_role": "manage",
    "disable_operator": "manage",
    "first_administrator": "manage",
    "headless_actor": "manage",
    "HeadlessIdentity": "headless",
    "identify": "headless",
    "check_password": "passwords",
    "hash_password": "passwords",
    "PERMISSIONS": "roles",
    "ROLES": "roles",
    "Refused": "roles",
    "allowed": "roles",
    "permission_for": "roles",
    "require": "roles",
    "SignInOutcome": "signin",
    "sign_in": "signin",
    "sign_in_os_user": "signin",
    "sign_out": "signin",
    "Operator": "state",
    "OperatorsState": "state",
    "Session": "state",
    "fold": "state",
    "load_operators": "state",
}


def __getattr__(name: str) -> Any:
    # Lazy (PEP 562): ``models.operators.roles`` alone stays cheap to import (the
    # CLI's parser needs only the role names; argon2 and SQLAlchemy load on use).
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'models.operators' has no attribute {name!r}")
    return getattr(import_module(f"models.operators.{home}"), name)


__all__ = [
    "PERMISSIONS",
    "ROLES",
    "Actor",
    "HeadlessIdentity",
    "Operator",
    "OperatorError",
    "OperatorsState",
    "Refused",
    "Session",
    "SignInOutcome",
    "add_operator",
    "allowed",
    "change_password",
    "change_role",
    "check_password",
    "disable_operator",
    "first_administrator",
    "fold",
    "hash_password",
    "headless_actor",
    "identify",
    "load_operators",
    "permission_for",
    "require",
    "sign_in",
    "sign_in_os_user",
    "sign_out",
]
