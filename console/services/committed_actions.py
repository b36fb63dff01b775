"""Base of the console's action services (dispatch, calls).

Contract: a service appends operator events through the group-commit writer
and returns only once they are committed AND applied to its in-memory state,
so the next action sees the result. Its state changes only in
``on_committed(events)``, which the session calls on the loop's thread with
every committed batch of the service's kinds, in order; listeners then learn
which kinds changed something. Subclasses hold ``self._lock`` around
validate-and-append so that actions run one at a time, in issue order.

Several positions on one database: an action may pass a ``guard`` (see
``models.store.guards``) that the writer checks under the log's
lock at commit; when another position got there first nothing is appended
and the action raises the service's ``error_type`` with the guard's reason.
While ``refuse_when()`` names a reason (the database is unreachable), every
action is refused at once with that reason instead of being queued: an
operator must never believe an action is recorded when it is not.

Refusals: ``ActionRefused`` and every service's ``error_type`` are
``models.refusal.Refusal``s (a template marked for translation, context
``Refusal``, and its values); a model's refusal re-raised as the service's
type keeps its template (``error_type.of(exc)``); ``not_recorded(reason)`` is
the refusal while ``refuse_when`` names a reason.

Who acts: ``operator`` is an ``OperatorIdentity`` (the position's signed-in
operator, ``console.session.operator.PositionOperator``) or a plain name,
which becomes a ``FixedOperator``: someone holding the store outright (a
drill store's trainee, a headless runner, tests), never role-checked. Every
action first calls ``_authorize(permission)`` (the action names of
``models.operators.roles``) before it validates anything: the identity
checks the role the operator holds NOW (a role changed while signed in
takes effect at the next action), that the position is not locked and that
somebody is signed in, and a refusal raises the service's ``error_type``
with a message naming the role needed. Events are signed
``operator:<name>`` with the name the identity gives at the moment of the
append, never a free-text name.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from models.dispatch.events import operator_source
from models.refusal import QT_TRANSLATE_NOOP, Refusal, Text


class ActionRefused(Refusal):
    """The position may not act (nobody signed in, locked, or the role lacks the right)."""


#: The position's own refusals (``console.session.operator.PositionOperator``), marked here
#: with the services' refusals so they are translated where shown.
POSITION_LOCKED = QT_TRANSLATE_NOOP(
    "Refusal", "the position is locked: unlock it with your password (or change operator)"
)
NOBODY_SIGNED_IN = QT_TRANSLATE_NOOP(
    "Refusal", "nobody is signed in at this position: sign in first"
)


def not_recorded(reason: str) -> Refusal:
    """The refusal of every action while the position refuses them (``refuse_when``);
    ``reason`` is the session's own sentence, shown as it is."""
    return Refusal(QT_TRANSLATE_NOOP("Refusal", "NOT RECORDED — {reason}"), reason=Text(reason))


@runtime_checkable
class OperatorIdentity(Protocol):
    def authorize(self, action: str) -> str:
        """The operator's name when they may do ``action`` now; else raise ``ActionRefused``
        or ``models.operators.roles.Refused`` with a message for a person."""
        ...

    def signer(self) -> str:
        """The name events are signed with now (``ActionRefused`` when nobody may sign)."""
        ...


class FixedOperator:
    """A name that holds the store outright (drill trainee, headless runner): no role check."""

    def __init__(self, name: str) -> None:
        self.name = name

    def authorize(self, action: str) -> str:
        return self.name

    def signer(self) -> str:
        return self.name


def utc_now() -> datetime:
    return datetime.now(UTC)


async def await_committed(handle: Any) -> Any:
    """Await a writer receipt (``add_done_callback``/``result``) on the running loop."""
    if isinstance(handle, Future):
        return await asyncio.wrap_future(handle)
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[Any] = loop.create_future()

    def done(h: Any) -> None:
        def settle() -> None:
            if waiter.done():
                return
            try:
                waiter.set_result(h.result(0))
            except Exception as exc:  # the writer's failure, handed to the caller
                waiter.set_exception(exc)

        loop.call_soon_threadsafe(settle)

    handle.add_done_callback(done)
    return await waiter


class CommittedActions:
    """Appends operator events and waits until the state has applied them."""

    error_type: type[Exception] = RuntimeError

    def __init__(
        self,
        writer: Any,
        operator: str | OperatorIdentity,
        state: Any,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.writer = writer
        self.identity: OperatorIdentity = (
            FixedOperator(operator) if isinstance(operator, str) else operator
        )
        self.state = state
        self._now = now
        self._lock = asyncio.Lock()
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._listeners: list[Callable[[set[str]], None]] = []
        self._refusal: Callable[[], str | None] = lambda: None

    @property
    def operator(self) -> str:
        """Who this service's events are signed by now (the signed-in operator)."""
        try:
            return self.identity.signer()
        except ActionRefused:
            return ""

    def authorize(self, action: str) -> str:
        """Raise ``error_type`` unless the operator may do ``action`` now; their name."""
        from models.operators.roles import Refused

        try:
            return self.identity.authorize(action)
        except (Refused, ActionRefused) as exc:
            raise self._refused(exc) from None

    _authorize = authorize

    def _refused(self, exc: BaseException) -> Exception:
        """``exc`` as this service's ``error_type``, keeping a refusal's template."""
        error_type = self.error_type
        if issubclass(error_type, Refusal):
            return error_type.of(exc)
        return error_type(str(exc))

    def refuse_when(self, reason: Callable[[], str | None]) -> None:
        """While ``reason()`` is not None, refuse every action with it."""
        self._refusal = reason

    def add_listener(self, listener: Callable[[set[str]], None]) -> None:
        """``listener(changed_kinds)`` after committed events were applied."""
        self._listeners.append(listener)

    def on_committed(self, events: Sequence[Any]) -> None:
        changed = self.state.apply_all(events)
        applied = self.state.last_seq
        still_waiting = []
        for seq, waiter in self._waiters:
            if seq <= applied:
                if not waiter.done():
                    waiter.set_result(None)
            else:
                still_waiting.append((seq, waiter))
        self._waiters = still_waiting
        if changed:
            for listener in self._listeners:
                listener(changed)

    async def _append(
        self, records: Iterable[tuple[str, dict[str, Any]]], guard: Any = None
    ) -> None:
        from models.store import NewEvent
        from models.store.receipt import GuardRefused

        refusal = self._refusal()
        if refusal is not None:
            raise self._refused(not_recorded(refusal))
        try:
            source = operator_source(self.identity.signer())
        except ActionRefused as exc:
            raise self._refused(exc) from None
        events = [
            NewEvent(source=source, kind=kind, rx_time=self._now(), payload=payload)
            for kind, payload in records
        ]
        if not events:
            return
        if guard is not None:
            handles = self.writer.submit_group(events, guard)
        else:
            handles = [self.writer.submit(event) for event in events]
        try:
            last = await await_committed(handles[-1])
        except GuardRefused as exc:
            raise self._refused(exc) from None
        if self.state.last_seq < last.seq:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append((last.seq, waiter))
            await waiter
