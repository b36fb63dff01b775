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
from models.operators.roles import PERMISSIONS, ROLES, Refused, allowed, permission_for, require
from models.operators.signin import SignInOutcome, sign_in, sign_in_os_user, sign_out
from models.operators.state import Operator, OperatorsState, Session, fold, load_operators

__all__ = [
    "PERMISSIONS",
    "ROLES",
    "Actor",
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
    "load_operators",
    "permission_for",
    "require",
    "sign_in",
    "sign_in_os_user",
    "sign_out",
]
