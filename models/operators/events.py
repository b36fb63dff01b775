"""The operator events in the one log: their kinds, sources and payloads.

Contract: every change to operators and every sign-in matter is an event
(``NewEvent``), built here and nowhere else, so the projection
(``models.operators.state``) and the writers agree on the shape:

- ``operator.added`` {name, role, password_hash | None, first?}
- ``operator.password_changed`` {name, password_hash}
- ``operator.role_changed`` {name, role, previous}
- ``operator.disabled`` {name, reason}
- ``operator.signed_in`` {name, role, position, method: "password" | "os-user"}
- ``operator.signed_out`` {name, position, reason}
- ``operator.changed`` {position, previous, name, role} (a shift change:
  ``previous`` signed out and ``name`` signed in, as one event)
- ``operator.sign_in_failed`` {name, position, reason, failures}: reason is
  one of ``FAILURE_REASONS``; ``failures`` the operator's consecutive wrong
  passwords so far.
- ``operator.break_glass`` {name, role, position, reason, minutes, until}:
  an emergency session opened while sign-in could not work (the database
  unreachable), limited to ``minutes``, ``until`` an ISO 8601 UTC time; it
  is written when the database answers again, with the time it began.
- ``operator.break_glass_ended`` {name, position, reason}: that session
  ended (signed out, a normal sign-in, time up).

Management events carry the acting operator as their source
(``operator:<name>``, or ``system`` for the first administrator); sign-in
events carry the position (``position:<name>``; on PostgreSQL the
position's database role, see ``models.operators.db_roles``). Payloads hold
argon2 hashes, never a password.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.store.events import NewEvent

ADDED = "operator.added"
PASSWORD_CHANGED = "operator.password_changed"
ROLE_CHANGED = "operator.role_changed"
DISABLED = "operator.disabled"
SIGNED_IN = "operator.signed_in"
SIGNED_OUT = "operator.signed_out"
CHANGED = "operator.changed"
SIGN_IN_FAILED = "operator.sign_in_failed"
BREAK_GLASS = "operator.break_glass"
BREAK_GLASS_ENDED = "operator.break_glass_ended"

KINDS: tuple[str, ...] = (
    ADDED,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    DISABLED,
    SIGNED_IN,
    SIGNED_OUT,
    CHANGED,
    SIGN_IN_FAILED,
    BREAK_GLASS,
    BREAK_GLASS_ENDED,
)

WRONG_PASSWORD = "wrong password"
UNKNOWN_OPERATOR = "unknown operator"
ACCOUNT_DISABLED = "account disabled"
BACKING_OFF = "backing off"
SIGNED_IN_ELSEWHERE = "signed in at another position"
FAILURE_REASONS = (
    WRONG_PASSWORD,
    UNKNOWN_OPERATOR,
    ACCOUNT_DISABLED,
    BACKING_OFF,
    SIGNED_IN_ELSEWHERE,
)

SYSTEM_SOURCE = "system"


def operator_source(name: str) -> str:
    return f"operator:{name}"


def position_source(position: str) -> str:
    return f"position:{position}"


def event(source: str, kind: str, now: datetime, **payload: Any) -> NewEvent:
    if now.tzinfo is None:
        raise ValueError("operator events need an aware UTC time")
    return NewEvent(source=source, kind=kind, rx_time=now, payload=payload)


def break_glass(
    position: str,
    name: str,
    role: str,
    reason: str,
    minutes: float,
    until: datetime,
    now: datetime,
) -> NewEvent:
    """``operator.break_glass``: an emergency session at ``position`` from ``now`` to ``until``."""
    if until.tzinfo is None:
        raise ValueError("a break-glass session ends at an aware UTC time")
    return event(
        position_source(position),
        BREAK_GLASS,
        now,
        name=name,
        role=role,
        position=position,
        reason=reason,
        minutes=minutes,
        until=until.isoformat(),
    )


def break_glass_ended(position: str, name: str, reason: str, now: datetime) -> NewEvent:
    """``operator.break_glass_ended``: the emergency session at ``position`` is over."""
    return event(
        position_source(position), BREAK_GLASS_ENDED, now, name=name, position=position,
        reason=reason,
    )  # fmt: skip
