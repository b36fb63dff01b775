"""Operators and who is signed in where: a projection of the operator events.

Contract: ``OperatorsState`` is folded from the ``operator.*`` events of the
log, in seq order (``apply(kind, payload, rx_time)``; ``load_operators(store)``
reads them). It answers ``operator(name)`` (an ``Operator`` record or None),
``session(position)`` (a ``Session``: who is signed in at that position,
with the role they have NOW, or None), ``positions_of(name)``, and the
back-off: ``backoff_remaining(name, now)`` in seconds (0 when a sign-in may
be tried). Role changes apply to a signed-in operator at their next action
(``session`` reads the role afresh); a disabled operator has no session
anywhere from the moment the event is applied. Plain data, Qt-free, not
thread-safe: one owner (the session's store thread) applies events.

Back-off: after ``BACKOFF_AFTER`` consecutive wrong passwords for a name, the
next attempt must wait ``BACKOFF_BASE_S`` seconds after the last failure,
doubling with each further failure up to ``BACKOFF_MAX_S``; a successful
sign-in clears the count. Attempts refused while backing off are logged but
do not extend the wait.

Break-glass: ``operator.break_glass`` counts as a session at its position
from the event's time (``session(position).break_glass`` is True; the name
counts in ``positions_of``, so the one-position rule sees it) until its
``operator.break_glass_ended``, or until a sign-in, shift change or
sign-out at that position replaces it; an ended break-glass session never
removes a normal sign-in that came after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from models.operators import events as ev
from models.store.schema import events_table

if TYPE_CHECKING:
    from models.store.engine import Store

BACKOFF_AFTER = 5
BACKOFF_BASE_S = 30.0
BACKOFF_MAX_S = 900.0


@dataclass(frozen=True, slots=True)
class Operator:
    name: str
    role: str
    password_hash: str | None
    disabled: bool = False
    failures: int = 0
    last_failure: datetime | None = None


@dataclass(frozen=True, slots=True)
class Session:
    """Who is signed in at a position, with the role they hold now."""

    position: str
    name: str
    role: str
    since: datetime
    break_glass: bool = False  # an emergency session (``operator.break_glass``)


class OperatorsState:
    def __init__(self) -> None:
        self._operators: dict[str, Operator] = {}
        self._signed_in: dict[str, tuple[str, datetime]] = {}  # position -> (name, since)
        self._failures: dict[str, tuple[int, datetime]] = {}  # unknown names too
        self._glass: dict[str, tuple[str, datetime, str]] = {}  # position -> (name, since, role)
        self.last_seq = 0

    # -- queries -----------------------------------------------------------
    def operator(self, name: str) -> Operator | None:
        found = self._operators.get(name)
        if found is None:
            return None
        count, last = self._failures.get(name, (0, None))
        return replace(found, failures=count, last_failure=last)

    def operators(self) -> list[Operator]:
        return [op for name in sorted(self._operators) if (op := self.operator(name))]

    @property
    def empty(self) -> bool:
        """No operator was ever added: the store needs its first administrator."""
        return not self._operators

    def session(self, position: str) -> Session | None:
        found = self._signed_in.get(position)
        if found is None:
            return None
        name, since = found
        glass = self._glass.get(position)
        if glass is not None and (glass[0], glass[1]) == found:
            # An emergency session: the role it was opened with, the name as typed.
            operator = self._operators.get(name)
            if operator is not None and operator.disabled:
                return None
            return Session(position, name, glass[2], since, break_glass=True)
        operator = self._operators.get(name)
        if operator is None or operator.disabled:
            return None
        return Session(position, name, operator.role, since)

    def positions_of(self, name: str) -> list[str]:
        return sorted(pos for pos, (who, _since) in self._signed_in.items() if who == name)

    def failures_for(self, name: str) -> int:
        """Consecutive failed attempts for ``name``, known or not."""
        return self._failures.get(name, (0, None))[0]

    def backoff_remaining(self, name: str, now: datetime) -> float:
        count, last = self._failures.get(name, (0, None))
        if count < BACKOFF_AFTER or last is None:
            return 0.0
        wait = min(BACKOFF_BASE_S * 2 ** (count - BACKOFF_AFTER), BACKOFF_MAX_S)
        return max(0.0, wait - (now - last).total_seconds())

    # -- folding -----------------------------------------------------------
    def apply(self, kind: str, payload: dict[str, Any] | None, rx_time: datetime) -> None:
        handler = _HANDLERS.get(kind)
        if handler is not None and payload is not None:
            handler(self, payload, rx_time)

    def _added(self, p: dict[str, Any], _t: datetime) -> None:
        self._operators[p["name"]] = Operator(p["name"], p["role"], p.get("password_hash"))

    def _password(self, p: dict[str, Any], _t: datetime) -> None:
        if (op := self._operators.get(p["name"])) is not None:
            self._operators[op.name] = replace(op, password_hash=p["password_hash"])
            self._failures.pop(op.name, None)

    def _role(self, p: dict[str, Any], _t: datetime) -> None:
        if (op := self._operators.get(p["name"])) is not None:
            self._operators[op.name] = replace(op, role=p["role"])

    def _disabled(self, p: dict[str, Any], _t: datetime) -> None:
        if (op := self._operators.get(p["name"])) is not None:
            self._operators[op.name] = replace(op, disabled=True)
            for position in self.positions_of(op.name):
                del self._signed_in[position]
                self._glass.pop(position, None)

    def _signed_in_at(self, p: dict[str, Any], t: datetime) -> None:
        self._signed_in[p["position"]] = (p["name"], t)
        self._glass.pop(p["position"], None)
        self._failures.pop(p["name"], None)

    def _signed_out(self, p: dict[str, Any], _t: datetime) -> None:
        found = self._signed_in.get(p["position"])
        if found is not None and found[0] == p["name"]:
            del self._signed_in[p["position"]]
            self._glass.pop(p["position"], None)

    def _glass_started(self, p: dict[str, Any], t: datetime) -> None:
        self._signed_in[p["position"]] = (p["name"], t)
        self._glass[p["position"]] = (p["name"], t, str(p.get("role") or ""))

    def _glass_ended(self, p: dict[str, Any], _t: datetime) -> None:
        glass = self._glass.get(p["position"])
        if glass is None or glass[0] != p["name"]:
            return  # replaced by a sign-in meanwhile: that one stays
        del self._glass[p["position"]]
        if self._signed_in.get(p["position"]) == (glass[0], glass[1]):
            del self._signed_in[p["position"]]

    def _failed(self, p: dict[str, Any], t: datetime) -> None:
        if p.get("reason") in (ev.WRONG_PASSWORD, ev.UNKNOWN_OPERATOR):
            count, _last = self._failures.get(p["name"], (0, None))
            self._failures[p["name"]] = (count + 1, t)


_HANDLERS = {
    ev.ADDED: OperatorsState._added,
    ev.PASSWORD_CHANGED: OperatorsState._password,
    ev.ROLE_CHANGED: OperatorsState._role,
    ev.DISABLED: OperatorsState._disabled,
    ev.SIGNED_IN: OperatorsState._signed_in_at,
    ev.CHANGED: OperatorsState._signed_in_at,
    ev.SIGNED_OUT: OperatorsState._signed_out,
    ev.SIGN_IN_FAILED: OperatorsState._failed,
    ev.BREAK_GLASS: OperatorsState._glass_started,
    ev.BREAK_GLASS_ENDED: OperatorsState._glass_ended,
}


def fold(events: Iterable[Any], state: OperatorsState | None = None) -> OperatorsState:
    """Apply events (anything with kind, payload, rx_time and optionally seq) in order."""
    state = state or OperatorsState()
    for event in events:
        state.apply(event.kind, event.payload, event.rx_time)
        state.last_seq = max(state.last_seq, getattr(event, "seq", 0) or 0)
    return state


def load_operators(store: Store, state: OperatorsState | None = None) -> OperatorsState:
    """Fold the store's operator events after ``state.last_seq`` (all of them for a new state)."""
    state = state or OperatorsState()
    columns = (
        events_table.c.seq,
        events_table.c.kind,
        events_table.c.payload,
        events_table.c.rx_time,
    )
    stmt = (
        select(*columns)
        .where(events_table.c.kind.in_(ev.KINDS), events_table.c.seq > state.last_seq)
        .order_by(events_table.c.seq)
    )
    with store.engine.connect() as conn:
        return fold(conn.execute(stmt), state)
