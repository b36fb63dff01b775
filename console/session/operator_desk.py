"""Sign-in, sign-out, shift change, unlock, managing operators and break-glass, as events.

Contract: ``OperatorDesk(operator, writer, offline, os_user)`` runs the
decisions of ``models.operators`` (nothing decided here) and puts their
events in the one log through the session's group-commit writer:

- ``prepare(store, policy, os_user)`` (worker thread, at start): the
  position's name (``[operators] position``; else on PostgreSQL the
  connecting role when it is a position's, else the host's name), the
  operators folded from the log, and, on a store that never had an
  operator, the event making the OS user its first administrator
  (``first_administrator``). ``start(first_events)`` appends them and, when
  the OS user is a passwordless operator, signs them in
  (``sign_in_os_user``): the newcomer's console opens without a prompt.
  ``usable_operator_name(os_user)`` makes an OS user's name one an operator
  may have (letters, digits and . _ @ -), so a first administrator is
  always made.
- ``sign_in(name, password)``: refused at once, with nothing computed, while
  the database is unreachable (``offline()`` names why); otherwise the
  password is checked off the GUI thread (argon2), the outcome's events
  (failures included: every attempt is logged) are submitted, and the call
  returns only once they are committed and applied. A success is then
  visible in ``operator.session()``; a sign-in whose commit is not confirmed
  within ``COMMIT_TIMEOUT_S`` is reported as not signed in (it counts the
  moment it is stored: never a half-signed-in position). A second operator
  signing in where someone is signed in is a shift change
  (``operator.changed``). Unlock is a sign-in of the same operator. Unless
  the site allows ``[operators] allow_multiple_positions``, the sign-in's
  events carry a commit guard (``models.store.guards.operator_not_elsewhere``):
  two positions signing in as one operator at the same instant (each
  unaware of the other) end with one sign-in; the other is refused, and its
  attempt logged as ``operator.sign_in_failed`` (signed in at another
  position).
- ``sign_out(reason)``; ``manage(fn, *args)`` for ``models.operators.manage``'s
  functions with the signed-in operator as the ``Actor``.
- ``break_glass(name, reason)``: an emergency session while the database is
  down, when the site enables it (``[operators] break_glass_minutes``):
  time-limited, with the dispatcher role, its ``operator.break_glass`` event
  queued in the writer (stored when the database returns);
  ``end_break_glass(reason)`` (or a normal sign-in) ends it with
  ``operator.break_glass_ended``.
Each returns a ``DeskOutcome`` (ok, message for the person); nothing raises
for a refusal.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from console.config.site import OperatorPolicy
from console.services.committed_actions import await_committed, utc_now
from console.session.operator import BreakGlass, PositionOperator
from models.operators import events as ev
from models.store import guards

_LOGGER = logging.getLogger(__name__)

COMMIT_TIMEOUT_S = 10.0
BREAK_GLASS_ROLE = "dispatcher"


def usable_operator_name(os_user: str) -> str:
    """The OS user's name as an operator name (a Windows "John Smith" is "John-Smith")."""
    name = re.sub(r"[^A-Za-z0-9._@-]+", "-", os_user).strip("-._@")[:64]
    return name or "administrator"


def _position_name(store: Any, configured: str | None) -> str:
    if configured:
        return configured
    if store.engine.dialect.name == "postgresql":
        from sqlalchemy import text

        from models.operators.db_roles import POSITION_GROUP

        with store.engine.connect() as conn:
            user = conn.execute(text("SELECT current_user")).scalar()
            member = conn.execute(
                text("SELECT pg_has_role(current_user, :g, 'MEMBER')"
                     " FROM pg_roles WHERE rolname = :g"),
                {"g": POSITION_GROUP},
            ).scalar()  # fmt: skip
        if member and user:
            return str(user)  # the 0007 trigger ties position:<role> to this role
    import socket

    return socket.gethostname() or "position"


def prepare(
    store: Any, policy: OperatorPolicy, os_user: str, *, drill: bool = False
) -> tuple[PositionOperator, list[Any]]:
    """Worker thread: this position's operator and the first administrator's events, if due."""
    from models.operators.manage import OperatorError, first_administrator
    from models.operators.state import load_operators

    state = load_operators(store)
    try:
        first = first_administrator(state, os_user, utc_now())
    except OperatorError as exc:
        _LOGGER.warning("no first administrator: %s", exc)
        first = []
    operator = PositionOperator(
        _position_name(store, policy.position),
        state,
        policy,
        drill=drill,
        store_is_file=store.engine.dialect.name == "sqlite",
    )
    return operator, first


@dataclass(frozen=True, slots=True)
class DeskOutcome:
    ok: bool
    message: str
    offline: bool = False  # refused because the database is unreachable
    pending: bool = False  # submitted, not confirmed in time: it counts if stored later


class OperatorDesk:
    def __init__(
        self,
        operator: PositionOperator,
        writer: Any,
        offline: Callable[[], str | None],
        os_user: str,
    ) -> None:
        self.operator = operator
        self.writer = writer
        self.offline = offline
        self.os_user = os_user
        self._lock = asyncio.Lock()
        self.unconfirmed = False  # the last append timed out waiting for its commit
        self.guard_refusal: str | None = None  # why the last guarded append was refused
        # Who is signed in where, as this position's commit guards read it from the log.
        # Seeded with a copy of the state loaded at start: the first check folds only the tail.
        self._sessions = guards.OperatorSessions(copy.deepcopy(operator.state))

    # -- appending ------------------------------------------------------------------

    async def _append(self, events: list[Any], guard: Any = None) -> str | None:
        """Submit ``events`` (together, if ``guard`` passes at commit); None once committed
        and applied, else why not (a guard's refusal is also kept in ``guard_refusal``)."""
        from models.store.receipt import GuardRefused

        self.unconfirmed = False
        self.guard_refusal = None
        if not events:
            return None
        if guard is not None:
            handles = self.writer.submit_group(events, guard)
        else:
            handles = [self.writer.submit(event) for event in events]
        try:
            last = await asyncio.wait_for(await_committed(handles[-1]), COMMIT_TIMEOUT_S)
            await asyncio.wait_for(self.operator.wait_applied(last.seq), COMMIT_TIMEOUT_S)
        except TimeoutError:
            self.unconfirmed = True
            return (
                f"the database did not confirm within {COMMIT_TIMEOUT_S:.0f} s "
                "(it is kept and stored when the database answers)"
            )
        except GuardRefused as exc:
            self.guard_refusal = str(exc)
            return str(exc)
        except Exception as exc:  # the writer's failure, for the person
            _LOGGER.warning("operator events not stored: %s", exc)
            return f"the database refused it: {exc}"
        return None

    # -- start ------------------------------------------------------------------------

    async def start(self, first_events: list[Any]) -> DeskOutcome:
        """Append the first administrator (if any); sign the OS user in when they may."""
        from models.operators.signin import sign_in_os_user

        async with self._lock:
            problem = await self._append(first_events)
            if problem is not None:
                return DeskOutcome(False, f"the first administrator was not stored: {problem}")
            known = self.operator.state.operator(self.os_user)
            if known is None or known.password_hash is not None or known.disabled:
                return DeskOutcome(False, "")
            outcome = sign_in_os_user(
                self.operator.state, self.operator.position, self.os_user, utc_now()
            )
            problem = await self._append(outcome.events)
            if problem is not None:
                return DeskOutcome(False, f"not signed in: {problem}")
            return DeskOutcome(outcome.ok, outcome.message)

    # -- sign-in, unlock, sign-out ----------------------------------------------------

    async def sign_in(self, name: str, password: str) -> DeskOutcome:
        from models.operators.signin import sign_in

        why = self.offline()
        if why is not None:
            return DeskOutcome(False, f"cannot sign in: {why}", offline=True)
        async with self._lock:
            op = self.operator
            loop = asyncio.get_running_loop()
            # argon2 costs a few hundred ms of one core: never on the GUI thread.
            outcome = await loop.run_in_executor(
                None,
                lambda: sign_in(
                    op.state,
                    op.position,
                    name,
                    password,
                    utc_now(),
                    allow_multiple=op.policy.allow_multiple_positions,
                ),
            )
            guard = None
            if outcome.ok and not op.policy.allow_multiple_positions:
                guard = guards.operator_not_elsewhere(name.strip(), op.position, self._sessions)
            problem = await self._append(outcome.events, guard)
            if self.guard_refusal is not None:
                return await self._refused_elsewhere(name.strip(), self.guard_refusal)
            if problem is not None:
                pending = outcome.ok and self.unconfirmed
                return DeskOutcome(False, f"not signed in: {problem}", True, pending)
            if not outcome.ok:
                return DeskOutcome(False, outcome.message)
            session = op.state.session(op.position)
            if session is None or session.name != name.strip():
                return DeskOutcome(False, "not signed in: the log does not show the sign-in")
            if op.break_glass is not None:
                await self._end_break_glass_locked("signed in normally")
            op.unlock()
            return DeskOutcome(True, outcome.message)

    async def _refused_elsewhere(self, name: str, reason: str) -> DeskOutcome:
        """Another position signed in as ``name`` first: log the refused attempt."""
        op = self.operator
        failed = ev.event(
            ev.position_source(op.position),
            ev.SIGN_IN_FAILED,
            utc_now(),
            name=name,
            position=op.position,
            reason=ev.SIGNED_IN_ELSEWHERE,
            failures=op.state.failures_for(name),
        )
        problem = await self._append([failed])
        if problem is not None:
            _LOGGER.warning("refused sign-in of %s not logged yet: %s", name, problem)
        return DeskOutcome(False, f"not signed in: {reason}")

    async def unlock(self, password: str) -> DeskOutcome:
        session = self.operator.state.session(self.operator.position)
        if session is None:
            return DeskOutcome(False, "nobody is signed in here: sign in")
        return await self.sign_in(session.name, password)

    async def sign_out(self, reason: str = "signed out") -> DeskOutcome:
        from models.operators.signin import sign_out

        async with self._lock:
            op = self.operator
            if op.break_glass is not None:
                await self._end_break_glass_locked(reason)
                return DeskOutcome(True, "the emergency session ended")
            outcome = sign_out(op.state, op.position, utc_now(), reason)
            if not outcome.ok:
                return DeskOutcome(False, outcome.message)
            problem = await self._append(outcome.events)
            if problem is not None:
                return DeskOutcome(False, f"not signed out: {problem}", offline=True)
            op.unlock()
            return DeskOutcome(True, outcome.message)

    # -- managing operators -------------------------------------------------------------

    async def manage(self, decide: Callable[..., list[Any]], *args: Any) -> DeskOutcome:
        """``decide(state, actor, *args, now)`` from ``models.operators.manage``, then append."""
        from models.operators.manage import Actor, OperatorError
        from models.operators.roles import Refused

        why = self.offline()
        if why is not None:
            return DeskOutcome(False, why, offline=True)
        async with self._lock:
            op = self.operator
            session = op.session()
            if session is None or op.locked:
                return DeskOutcome(False, "sign in first")
            actor = Actor(session.name, None if op.holds_store else session.role)
            loop = asyncio.get_running_loop()
            try:  # hashing a new password: off the GUI thread
                events = await loop.run_in_executor(
                    None, lambda: decide(op.state, actor, *args, utc_now())
                )
            except (Refused, OperatorError) as exc:
                from console.controllers.refusals import refusal_text

                return DeskOutcome(False, refusal_text(exc))
            problem = await self._append(events)
            if problem is not None:
                return DeskOutcome(False, f"not stored: {problem}", offline=True)
            return DeskOutcome(True, "done")

    # -- break-glass ------------------------------------------------------------------------

    async def break_glass(self, name: str, reason: str) -> DeskOutcome:
        """An emergency session while sign-in cannot work (the database is down).

        Only when the site enables it (``[operators] break_glass_minutes``)
        and only while the database is unreachable. It starts at once,
        limited in time, with the dispatcher role; its event is queued in
        the writer, which stores it when the database returns, and the
        console marks the position loudly for as long as it lasts.
        """
        op = self.operator
        minutes = op.policy.break_glass_minutes
        if minutes <= 0:
            return DeskOutcome(False, "this site does not allow emergency sessions")
        if self.offline() is None:
            return DeskOutcome(False, "the database is reachable: sign in with your password")
        name, reason = name.strip(), reason.strip()
        if not name or not reason:
            return DeskOutcome(False, "an emergency session needs your name and the reason")
        now = utc_now()
        glass = BreakGlass(name, BREAK_GLASS_ROLE, reason, now, now + timedelta(minutes=minutes))
        event = ev.break_glass(op.position, name, glass.role, reason, minutes, glass.until, now)
        self.writer.submit(event)  # held and retried by the writer until the store returns
        op.start_break_glass(glass)
        _LOGGER.warning("BREAK-GLASS session for %s at %s: %s", name, op.position, reason)
        return DeskOutcome(True, f"emergency session for {name} until {glass.until:%H:%M} UTC")

    async def end_break_glass(self, reason: str) -> None:
        async with self._lock:
            await self._end_break_glass_locked(reason)

    async def _end_break_glass_locked(self, reason: str) -> None:
        glass = self.operator.end_break_glass()
        if glass is None:
            return
        position = self.operator.position
        self.writer.submit(ev.break_glass_ended(position, glass.name, reason, utc_now()))
