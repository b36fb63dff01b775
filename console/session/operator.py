"""Who acts at this position: the signed-in operator, as the services see them.

Contract: ``PositionOperator(position, state, policy, drill=False)`` wraps the
``models.operators.OperatorsState`` projected from the log and is the
``console.services.committed_actions.OperatorIdentity`` every action
service is given:

- ``authorize(action)`` returns the name to sign the action's events with,
  or raises: ``ActionRefused`` while the position is locked or nobody is
  signed in, ``models.operators.roles.Refused`` (naming the role needed)
  when the signed-in operator's role, read NOW from the state, may not.
  A role changed while signed in therefore applies at the next action.
- ``session()``: who is signed in here (from the log), or the break-glass
  session while one runs (``break_glass``, started by
  ``console.session.operator_desk``). The session a break-glass one replaced
  does not come back when it ends: the position needs a new sign-in, and
  neither does the break-glass session itself once the log has it
  (``Session.break_glass``).
- ``holds_store``: a passwordless first administrator signed in as the OS
  user on a SQLite file acts with the full rights of whoever holds the file,
  exactly as the headless commands do (``models.operators.manage.Actor``
  with role None); their events are still signed with their name. As soon
  as they set a password, their role applies.
- ``on_committed(events)``: every committed operator event (this position's
  and the others'), on the GUI thread, in order; events already folded at
  load (seq <= ``state.last_seq``) are skipped. Listeners
  (``add_listener``) learn of every change; ``wait_applied(seq)`` returns
  once the state has applied ``seq``: a position counts as signed in only
  once its sign-in events are committed AND applied.
- ``lock()`` / ``unlock()``: the idle lock (the picture stays, actions are
  refused with the reason).
Plain Python on the loop's thread; no Qt, no I/O.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.config.site import OperatorPolicy
from console.services.committed_actions import (
    NOBODY_SIGNED_IN,
    POSITION_LOCKED,
    ActionRefused,
    utc_now,
)
from models.operators import events as ev
from models.operators.roles import Refused, require
from models.operators.state import OperatorsState, Session

OPERATOR_KINDS = frozenset(ev.KINDS)


@dataclass(frozen=True, slots=True)
class BreakGlass:
    """An emergency session: who, with which role, why, until when (UTC)."""

    name: str
    role: str
    reason: str
    since: datetime
    until: datetime


class PositionOperator:
    def __init__(
        self,
        position: str,
        state: OperatorsState,
        policy: OperatorPolicy | None = None,
        *,
        drill: bool = False,
        store_is_file: bool = True,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.position = position
        self.state = state
        self.policy = policy or OperatorPolicy()
        self.drill = drill
        self.store_is_file = store_is_file
        self._now = now
        self.locked = False
        self.break_glass: BreakGlass | None = None
        # The log's session a break-glass session replaced: void here until a new sign-in.
        self._superseded: tuple[str, datetime] | None = None
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._listeners: list[Callable[[], None]] = []

    # -- who is here --------------------------------------------------------------

    def session(self) -> Session | None:
        glass = self.break_glass
        if glass is not None:
            if self._now() < glass.until:
                return Session(self.position, glass.name, glass.role, glass.since)
            return None  # expired (ended, with its event, by the desk): a sign-in is needed
        session = self.state.session(self.position)
        if session is not None and (session.name, session.since) == self._superseded:
            return None
        if session is not None and session.break_glass:
            return None  # the log's emergency session, ended or expired here: sign in
        return session

    @property
    def holds_store(self) -> bool:
        """Signed in as a passwordless operator on a SQLite file: the holder's full rights."""
        session = self.session()
        if session is None or self.break_glass is not None or not self.store_is_file:
            return False
        operator = self.state.operator(session.name)
        return operator is not None and operator.password_hash is None

    def describe(self) -> str:
        session = self.session()
        return f"{session.name} ({session.role})" if session else ""

    # -- the services' identity -----------------------------------------------------

    def authorize(self, action: str) -> str:
        if self.locked:
            raise ActionRefused(POSITION_LOCKED)
        session = self.session()
        if session is None:
            raise ActionRefused(NOBODY_SIGNED_IN)
        if not self.holds_store:
            require(session.role, action, drill=self.drill)
        return session.name

    def signer(self) -> str:
        session = self.session()
        if session is None:
            raise ActionRefused(NOBODY_SIGNED_IN)
        return session.name

    def may(self, action: str) -> bool:
        try:
            self.authorize(action)
        except (ActionRefused, Refused):
            return False
        return True

    # -- the lock ---------------------------------------------------------------------

    def lock(self) -> None:
        if not self.locked:
            self.locked = True
            self._notify()

    def unlock(self) -> None:
        if self.locked:
            self.locked = False
            self._notify()

    # -- committed events -----------------------------------------------------------

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in self._listeners:
            listener()

    def on_committed(self, events: Sequence[Any]) -> None:
        changed = False
        for event in events:
            if event.kind not in OPERATOR_KINDS or event.seq <= self.state.last_seq:
                continue
            self.state.apply(event.kind, event.payload, event.rx_time)
            self.state.last_seq = event.seq
            changed = True
        still = []
        for seq, waiter in self._waiters:
            if seq <= self.state.last_seq:
                if not waiter.done():
                    waiter.set_result(None)
            else:
                still.append((seq, waiter))
        self._waiters = still
        if changed:
            self._notify()

    async def wait_applied(self, seq: int) -> None:
        if seq <= self.state.last_seq:
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append((seq, waiter))
        await waiter

    def start_break_glass(self, glass: BreakGlass) -> None:
        replaced = self.state.session(self.position)
        self._superseded = (replaced.name, replaced.since) if replaced else None
        self.break_glass = glass
        self.locked = False
        self._notify()

    def end_break_glass(self) -> BreakGlass | None:
        glass, self.break_glass = self.break_glass, None
        if glass is not None:
            self._notify()
        return glass
