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
Each returns a ``DeskOutcome``; nothing raises for a refusal. Its ``said``
is what happened as a ``models.refusal.Refusal`` of context ``OperatorDesk``
(an English template marked for translation and its values: names isolated,
roles as their translated names, a nested problem translated in turn);
``message`` is that sentence in the console's language, as the person reads
it (``console.reports.refusals.refusal_text``: made when read, on the GUI
thread), ``english`` the same in English (logs). The sign-in module's outcomes
(``models.operators.signin``) are worded here from their events (the failure's
reason, the session begun or ended), so the person reads them translated.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil
from typing import Any

from console.config.site import OperatorPolicy
from console.services.committed_actions import await_committed, utc_now
from console.session.operator import BreakGlass, PositionOperator
from models.operators import events as ev
from models.refusal import Listed, Reason, Refusal, Text
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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as translatable under ``context`` for pyside6-lupdate; returns it."""
    return text


class Said(Refusal):
    """What the desk tells the person: a template of context ``OperatorDesk`` and its values."""

    context = "OperatorDesk"


def said(template: str, /, **values: Any) -> Said:
    return Said(template, **values)


def _problem(why: Any) -> Refusal:
    """A reason from elsewhere (the store's guard, the session's offline reason) as a value:
    translated when it is a refusal or keeps one, else shown as the text it is."""
    if isinstance(why, Refusal):
        return why
    if isinstance(why, Reason):
        return why.refusal
    return Refusal(str(why))  # a plain sentence: shown as it is


def _role(role: str) -> Refusal:
    """A role's name as a phrase translated where shown (the roles are marked ``Refusal``)."""
    return Refusal(role)


DATABASE_NO_CONFIRM = QT_TRANSLATE_NOOP(
    "OperatorDesk",
    "the database did not confirm within {seconds} s"
    " (it is kept and stored when the database answers)",
)
DATABASE_REFUSED = QT_TRANSLATE_NOOP("OperatorDesk", "the database refused it: {error}")
FIRST_ADMIN_NOT_STORED = QT_TRANSLATE_NOOP(
    "OperatorDesk", "the first administrator was not stored: {problem}"
)
NOT_SIGNED_IN = QT_TRANSLATE_NOOP("OperatorDesk", "not signed in: {problem}")
CANNOT_SIGN_IN = QT_TRANSLATE_NOOP("OperatorDesk", "cannot sign in: {problem}")
LOG_LACKS_SIGN_IN = QT_TRANSLATE_NOOP(
    "OperatorDesk", "not signed in: the log does not show the sign-in"
)
NOBODY_HERE = QT_TRANSLATE_NOOP("OperatorDesk", "nobody is signed in here: sign in")
NOBODY_SIGNED_IN_HERE = QT_TRANSLATE_NOOP("OperatorDesk", "nobody is signed in here")
EMERGENCY_ENDED = QT_TRANSLATE_NOOP("OperatorDesk", "the emergency session ended")
NOT_SIGNED_OUT = QT_TRANSLATE_NOOP("OperatorDesk", "not signed out: {problem}")
SIGN_IN_FIRST = QT_TRANSLATE_NOOP("OperatorDesk", "sign in first")
NOT_STORED = QT_TRANSLATE_NOOP("OperatorDesk", "not stored: {problem}")
DONE = QT_TRANSLATE_NOOP("OperatorDesk", "done")
NO_EMERGENCY_SESSIONS = QT_TRANSLATE_NOOP(
    "OperatorDesk", "this site does not allow emergency sessions"
)
DATABASE_REACHABLE = QT_TRANSLATE_NOOP(
    "OperatorDesk", "the database is reachable: sign in with your password"
)
EMERGENCY_NEEDS = QT_TRANSLATE_NOOP(
    "OperatorDesk", "an emergency session needs your name and the reason"
)
EMERGENCY_STARTED = QT_TRANSLATE_NOOP(
    "OperatorDesk", "emergency session for {name} until {until} UTC"
)
# The sign-in module's outcomes, worded from their events.
SIGNED_IN_AS = QT_TRANSLATE_NOOP("OperatorDesk", "signed in as {name} ({role})")
TOOK_OVER = QT_TRANSLATE_NOOP("OperatorDesk", "{name} ({role}) took over from {previous}")
SIGNED_OUT_AS = QT_TRANSLATE_NOOP("OperatorDesk", "{name} signed out")
BACKING_OFF = QT_TRANSLATE_NOOP(
    "OperatorDesk", "too many failed sign-ins for {name}: try again in {seconds} s"
)
UNKNOWN_OPERATOR = QT_TRANSLATE_NOOP(
    "OperatorDesk", "no operator is named '{name}': check the name or ask a supervisor"
)
ACCOUNT_DISABLED = QT_TRANSLATE_NOOP(
    "OperatorDesk", "the account {name} is disabled: ask a supervisor"
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP("OperatorDesk", "wrong password for {name}")
SIGNED_IN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "OperatorDesk", "{name} is already signed in at {positions}: sign out there first"
)


def worded(outcome: Any, state: Any, position: str, now: datetime) -> Refusal:
    """A ``models.operators.signin`` outcome as the desk says it, from its first event.

    ``state`` is the operators' state the outcome was decided on (before its events
    are applied: the back-off's seconds are read from it at ``now``). An outcome
    this desk does not know how to word is its English message, shown as it is."""
    first = outcome.events[0] if outcome.events else None
    payload = (first.payload or {}) if first is not None else {}
    name = Text(payload.get("name", ""))
    if first is None:
        return Refusal(outcome.message)
    if first.kind == ev.SIGNED_IN:
        return said(SIGNED_IN_AS, name=name, role=_role(payload.get("role", "")))
    if first.kind == ev.CHANGED:
        previous = Text(payload.get("previous", ""))
        return said(TOOK_OVER, name=name, role=_role(payload.get("role", "")), previous=previous)
    if first.kind == ev.SIGNED_OUT:
        return said(SIGNED_OUT_AS, name=name)
    if first.kind != ev.SIGN_IN_FAILED:
        return Refusal(outcome.message)
    why = payload.get("reason")
    if why == ev.BACKING_OFF:
        seconds = ceil(state.backoff_remaining(str(name), now))
        return said(BACKING_OFF, name=name, seconds=seconds)
    if why == ev.UNKNOWN_OPERATOR:
        return said(UNKNOWN_OPERATOR, name=name)
    if why == ev.ACCOUNT_DISABLED:
        return said(ACCOUNT_DISABLED, name=name)
    if why == ev.WRONG_PASSWORD:
        return said(WRONG_PASSWORD, name=name)
    if why == ev.SIGNED_IN_ELSEWHERE:
        elsewhere = [p for p in state.positions_of(str(name)) if p != position]
        return said(SIGNED_IN_ELSEWHERE, name=name, positions=Listed(elsewhere))
    return Refusal(outcome.message)


@dataclass(frozen=True, slots=True)
class DeskOutcome:
    ok: bool
    said: Refusal | None  # None: nothing to say
    offline: bool = False  # refused because the database is unreachable
    pending: bool = False  # submitted, not confirmed in time: it counts if stored later

    @property
    def message(self) -> str:
        """What the person reads, in the console's language ("" when nothing)."""
        if self.said is None:
            return ""
        from console.reports.refusals import refusal_text

        return refusal_text(self.said)

    @property
    def english(self) -> str:
        """The same in English (logs)."""
        return "" if self.said is None else str(self.said)


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
        # (a models.refusal.Reason when the guard words it so: translated where shown)
        # Who is signed in where, as this position's commit guards read it from the log.
        # Seeded with a copy of the state loaded at start: the first check folds only the tail.
        self._sessions = guards.OperatorSessions(copy.deepcopy(operator.state))

    # -- appending ------------------------------------------------------------------

    async def _append(self, events: list[Any], guard: Any = None) -> Refusal | None:
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
            return said(DATABASE_NO_CONFIRM, seconds=f"{COMMIT_TIMEOUT_S:.0f}")
        except GuardRefused as exc:
            why = exc.args[0] if len(exc.args) == 1 else str(exc)
            self.guard_refusal = why if isinstance(why, str) else str(why)
            return _problem(self.guard_refusal)
        except Exception as exc:  # the writer's failure, for the person
            _LOGGER.warning("operator events not stored: %s", exc)
            return said(DATABASE_REFUSED, error=Text(str(exc)))
        return None

    # -- start ------------------------------------------------------------------------

    async def start(self, first_events: list[Any]) -> DeskOutcome:
        """Append the first administrator (if any); sign the OS user in when they may."""
        from models.operators.signin import sign_in_os_user

        async with self._lock:
            problem = await self._append(first_events)
            if problem is not None:
                return DeskOutcome(False, said(FIRST_ADMIN_NOT_STORED, problem=problem))
            known = self.operator.state.operator(self.os_user)
            if known is None or known.password_hash is not None or known.disabled:
                return DeskOutcome(False, None)
            now = utc_now()
            op = self.operator
            outcome = sign_in_os_user(op.state, op.position, self.os_user, now)
            words = worded(outcome, op.state, op.position, now)
            problem = await self._append(outcome.events)
            if problem is not None:
                return DeskOutcome(False, said(NOT_SIGNED_IN, problem=problem))
            return DeskOutcome(outcome.ok, words)

    # -- sign-in, unlock, sign-out ----------------------------------------------------

    async def sign_in(self, name: str, password: str) -> DeskOutcome:
        from models.operators.signin import sign_in

        why = self.offline()
        if why is not None:
            return DeskOutcome(False, said(CANNOT_SIGN_IN, problem=_problem(why)), offline=True)
        async with self._lock:
            op = self.operator
            loop = asyncio.get_running_loop()
            now = utc_now()
            # argon2 costs a few hundred ms of one core: never on the GUI thread.
            outcome = await loop.run_in_executor(
                None,
                lambda: sign_in(
                    op.state,
                    op.position,
                    name,
                    password,
                    now,
                    allow_multiple=op.policy.allow_multiple_positions,
                ),
            )
            words = worded(outcome, op.state, op.position, now)  # before its events apply
            guard = None
            if outcome.ok and not op.policy.allow_multiple_positions:
                guard = guards.operator_not_elsewhere(name.strip(), op.position, self._sessions)
            problem = await self._append(outcome.events, guard)
            if self.guard_refusal is not None:
                return await self._refused_elsewhere(name.strip(), self.guard_refusal)
            if problem is not None:
                pending = outcome.ok and self.unconfirmed
                return DeskOutcome(False, said(NOT_SIGNED_IN, problem=problem), True, pending)
            if not outcome.ok:
                return DeskOutcome(False, words)
            session = op.state.session(op.position)
            if session is None or session.name != name.strip():
                return DeskOutcome(False, said(LOG_LACKS_SIGN_IN))
            if op.break_glass is not None:
                await self._end_break_glass_locked("signed in normally")
            op.unlock()
            return DeskOutcome(True, words)

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
        return DeskOutcome(False, said(NOT_SIGNED_IN, problem=_problem(reason)))

    async def unlock(self, password: str) -> DeskOutcome:
        session = self.operator.state.session(self.operator.position)
        if session is None:
            return DeskOutcome(False, said(NOBODY_HERE))
        return await self.sign_in(session.name, password)

    async def sign_out(self, reason: str = "signed out") -> DeskOutcome:
        from models.operators.signin import sign_out

        async with self._lock:
            op = self.operator
            if op.break_glass is not None:
                await self._end_break_glass_locked(reason)
                return DeskOutcome(True, said(EMERGENCY_ENDED))
            if op.state.session(op.position) is None:
                return DeskOutcome(False, said(NOBODY_SIGNED_IN_HERE))
            now = utc_now()
            outcome = sign_out(op.state, op.position, now, reason)
            words = worded(outcome, op.state, op.position, now)
            if not outcome.ok:
                return DeskOutcome(False, words)
            problem = await self._append(outcome.events)
            if problem is not None:
                return DeskOutcome(False, said(NOT_SIGNED_OUT, problem=problem), offline=True)
            op.unlock()
            return DeskOutcome(True, words)

    # -- managing operators -------------------------------------------------------------

    async def manage(self, decide: Callable[..., list[Any]], *args: Any) -> DeskOutcome:
        """``decide(state, actor, *args, now)`` from ``models.operators.manage``, then append."""
        from models.operators.manage import Actor, OperatorError
        from models.operators.roles import Refused

        why = self.offline()
        if why is not None:
            return DeskOutcome(False, _problem(why), offline=True)
        async with self._lock:
            op = self.operator
            session = op.session()
            if session is None or op.locked:
                return DeskOutcome(False, said(SIGN_IN_FIRST))
            actor = Actor(session.name, None if op.holds_store else session.role)
            loop = asyncio.get_running_loop()
            try:  # hashing a new password: off the GUI thread
                events = await loop.run_in_executor(
                    None, lambda: decide(op.state, actor, *args, utc_now())
                )
            except (Refused, OperatorError) as exc:
                return DeskOutcome(False, Refusal.of(exc))
            problem = await self._append(events)
            if problem is not None:
                return DeskOutcome(False, said(NOT_STORED, problem=problem), offline=True)
            return DeskOutcome(True, said(DONE))

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
            return DeskOutcome(False, said(NO_EMERGENCY_SESSIONS))
        if self.offline() is None:
            return DeskOutcome(False, said(DATABASE_REACHABLE))
        name, reason = name.strip(), reason.strip()
        if not name or not reason:
            return DeskOutcome(False, said(EMERGENCY_NEEDS))
        now = utc_now()
        glass = BreakGlass(name, BREAK_GLASS_ROLE, reason, now, now + timedelta(minutes=minutes))
        event = ev.break_glass(op.position, name, glass.role, reason, minutes, glass.until, now)
        self.writer.submit(event)  # held and retried by the writer until the store returns
        op.start_break_glass(glass)
        _LOGGER.warning("BREAK-GLASS session for %s at %s: %s", name, op.position, reason)
        until = f"{glass.until:%H:%M}"
        return DeskOutcome(True, said(EMERGENCY_STARTED, name=Text(name), until=until))

    async def end_break_glass(self, reason: str) -> None:
        async with self._lock:
            await self._end_break_glass_locked(reason)

    async def _end_break_glass_locked(self, reason: str) -> None:
        glass = self.operator.end_break_glass()
        if glass is None:
            return
        position = self.operator.position
        self.writer.submit(ev.break_glass_ended(position, glass.name, reason, utc_now()))
