"""Sign-in, sign-out and shift change at a position: decisions as events.

Contract: each function takes the current ``OperatorsState`` and returns a
``SignInOutcome``: ``ok``, a ``message`` for the person at the position, the
``events`` to append (always at least one: every attempt is logged, failed
ones included) and, when ok, the ``session`` the position now has. Nothing
is written here: the caller submits ``events`` through its writer and
treats the position as signed in only once they are committed (never a
half-signed-in position), then applies them to its state.

- ``sign_in(state, position, name, password, now, allow_multiple=False)``:
  checks the back-off first (no hash is computed while backing off), then
  the account (unknown, disabled) and the password (argon2, constant time;
  an unknown name costs the same time as a known one); a second position
  signing in as an operator already signed in elsewhere is refused unless
  the site allows it (``allow_multiple``). A password hashed with other
  parameters than today's is re-hashed on a successful sign-in (an
  ``operator.password_changed`` event with ``rehash: true`` follows). When another operator is
  signed in at the position, a success is a shift change
  (``operator.changed``).
- ``sign_in_os_user(state, position, os_user, now)``: the first
  administrator, made for the OS user on a new store (``first_administrator``
  in ``models.operators.manage``), signs in without a password while they
  have none; anyone with a password must give it.
- ``sign_out(state, position, now, reason="signed out")``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from math import ceil

from models.operators import events as ev
from models.operators.passwords import check_password, hash_password, needs_rehash
from models.operators.state import OperatorsState, Session
from models.store.events import NewEvent


@cache
def _dummy_hash() -> str:
    """Checked against unknown names so that they take as long as known ones."""
    return hash_password("not a password of anyone")


@dataclass(frozen=True, slots=True)
class SignInOutcome:
    ok: bool
    message: str
    events: list[NewEvent] = field(default_factory=list)
    session: Session | None = None


def _failed(
    position: str, name: str, reason: str, failures: int, now: datetime, message: str
) -> SignInOutcome:
    event = ev.event(
        ev.position_source(position),
        ev.SIGN_IN_FAILED,
        now,
        name=name,
        position=position,
        reason=reason,
        failures=failures,
    )
    return SignInOutcome(False, message, [event])


def sign_in(
    state: OperatorsState,
    position: str,
    name: str,
    password: str,
    now: datetime,
    allow_multiple: bool = False,
) -> SignInOutcome:
    name = name.strip()
    operator = state.operator(name)
    failures = operator.failures if operator else 0
    wait = state.backoff_remaining(name, now)
    if wait > 0:
        return _failed(
            position,
            name,
            ev.BACKING_OFF,
            failures,
            now,
            f"too many failed sign-ins for {name}: try again in {ceil(wait)} s",
        )
    if operator is None:
        check_password(_dummy_hash(), password)
        return _failed(
            position,
            name,
            ev.UNKNOWN_OPERATOR,
            state.failures_for(name) + 1,
            now,
            f"no operator is named {name!r}: check the name or ask a supervisor",
        )
    if operator.disabled:
        return _failed(
            position,
            name,
            ev.ACCOUNT_DISABLED,
            failures,
            now,
            f"the account {name} is disabled: ask a supervisor",
        )
    if not check_password(operator.password_hash, password):
        return _failed(
            position,
            name,
            ev.WRONG_PASSWORD,
            failures + 1,
            now,
            f"wrong password for {name}",
        )
    outcome = _signed_in(state, position, name, operator.role, "password", now, allow_multiple)
    if outcome.ok and needs_rehash(operator.password_hash or ""):
        # Hashed with other parameters than today's: re-hashed now, the one time we hold it.
        outcome.events.append(
            ev.event(
                ev.position_source(position), ev.PASSWORD_CHANGED, now,
                name=name, password_hash=hash_password(password), rehash=True,
            )
        )  # fmt: skip
    return outcome


def sign_in_os_user(
    state: OperatorsState, position: str, os_user: str, now: datetime
) -> SignInOutcome:
    operator = state.operator(os_user)
    if operator is None:
        return _failed(
            position,
            os_user,
            ev.UNKNOWN_OPERATOR,
            state.failures_for(os_user) + 1,
            now,
            f"no operator is named {os_user!r}: sign in with your name and password",
        )
    if operator.disabled:
        return _failed(
            position,
            os_user,
            ev.ACCOUNT_DISABLED,
            operator.failures,
            now,
            f"the account {os_user} is disabled: ask a supervisor",
        )
    if operator.password_hash is not None:
        return SignInOutcome(False, f"{os_user} has a password: sign in with it", [])
    return _signed_in(state, position, os_user, operator.role, "os-user", now, True)


def _signed_in(
    state: OperatorsState,
    position: str,
    name: str,
    role: str,
    method: str,
    now: datetime,
    allow_multiple: bool,
) -> SignInOutcome:
    elsewhere = [p for p in state.positions_of(name) if p != position]
    if elsewhere and not allow_multiple:
        return _failed(
            position,
            name,
            ev.SIGNED_IN_ELSEWHERE,
            0,
            now,
            f"{name} is already signed in at {', '.join(elsewhere)}: sign out there first",
        )
    current = state.session(position)
    source = ev.position_source(position)
    if current is not None and current.name != name:
        event = ev.event(
            source,
            ev.CHANGED,
            now,
            position=position,
            previous=current.name,
            name=name,
            role=role,
            method=method,
        )
        message = f"{name} ({role}) took over from {current.name}"
    else:
        event = ev.event(
            source, ev.SIGNED_IN, now, name=name, role=role, position=position, method=method
        )
        message = f"signed in as {name} ({role})"
    return SignInOutcome(True, message, [event], Session(position, name, role, now))


def sign_out(
    state: OperatorsState, position: str, now: datetime, reason: str = "signed out"
) -> SignInOutcome:
    current = state.session(position)
    if current is None:
        return SignInOutcome(False, "nobody is signed in here", [])
    event = ev.event(
        ev.position_source(position),
        ev.SIGNED_OUT,
        now,
        name=current.name,
        position=position,
        reason=reason,
    )
    return SignInOutcome(True, f"{current.name} signed out", [event])
