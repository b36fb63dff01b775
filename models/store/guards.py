"""Guards for operator actions: checked at commit, under the log's lock, against the projections.

Contract: each function returns a ``Guard`` for
``GroupCommitWriter.submit_group``: ``guard(connection) -> reason | None``.
It runs in the writer's transaction after every earlier event (from any
position) is projected, so what it reads is the truth the action lands on.
A reason is a sentence for the dispatcher who lost the race, naming what
happened, when (UTC) and at whose position, e.g. "HE11 is now dispatched to
2026-000124 (set by anna at 12:00:03 UTC)".

- ``units_unchanged(expected)``: each unit's status and incident are still
  what the dispatcher saw (``{call_sign: (status, incident_id)}``; a unit
  with no status row is available). Guards dispatching and status changes.
- ``incident_absent(incident_id)``: the id is not taken (a new incident).
- ``incident_open(incident_id)``: the incident exists and is open (a
  closed incident reopened since, ``incident.reopened``, is open).
- ``incident_closed(incident_id)``: the incident exists and is closed (and
  not reopened since): guards reopening, so two supervisors reopening at
  once end with one reopen.
- ``call_state_is(call_id, states)`` / ``alert_state_is(alert_id, states)``:
  the call or alert is still in one of ``states`` (what the operator saw),
  e.g. two call-takers answering one call: the second is told who has it.
- ``operator_not_elsewhere(name, position, sessions)``: the operator is
  not signed in (nor in a break-glass session) at another position: two
  positions signing in as one operator at the same instant end with one
  sign-in (used unless the site allows ``[operators]
  allow_multiple_positions``). ``sessions`` (an ``OperatorSessions``, one
  per position) is the operators projection folded from the log on the
  writer's connection, incrementally: each check reads only the operator
  events since the last one (seed it with a copy of the state the
  position loaded at start: its first check then reads only the tail; an
  unseeded one folds the whole operator history once, under the log's
  lock). It is touched only on the writer's thread
  (under its lock); a batch that failed to commit after a check may have
  been folded, which the writer's retry of the same events makes good.
- ``all_of(*guards)``: the first refusal of several guards.

The dispatcher's reasons are ``models.refusal.reason`` values: the English
sentence as a ``str`` that keeps its template (marked for translation,
context ``Refusal``) and values, so the console shows it in its language.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, select

from models.dispatch import events as dispatch_ev
from models.dispatch.status import UnitStatus
from models.projections.common import operator_of
from models.refusal import QT_TRANSLATE_NOOP, Listed, Refusal, Text, reason
from models.store.receipt import Guard
from models.store.schema import events_table
from models.store.schema_alerts import alerts_table
from models.store.schema_calls import calls_table
from models.store.schema_dispatch import OPEN, incidents_table, unit_status_table

if TYPE_CHECKING:
    from models.operators.state import OperatorsState

UnitExpectation = tuple[str, "str | None"]  # status value, incident id
AVAILABLE = UnitStatus.AVAILABLE.value
_STATUSES = frozenset(status.value for status in UnitStatus)


def _who_and_when(conn: Connection, seq: int) -> tuple[str, str] | None:
    """(operator, "HH:MM:SS") of the event ``seq``, or None."""
    row = conn.execute(
        select(events_table.c.source, events_table.c.rx_time).where(events_table.c.seq == seq)
    ).one_or_none()
    if row is None:
        return None
    return operator_of(row.source), f"{row.rx_time:%H:%M:%S}"


def _set_by(who: tuple[str, str] | None) -> Refusal:
    """ "set" or "set by anna at 12:00:03 UTC", a phrase of a refusal."""
    if who is None:
        return Refusal(QT_TRANSLATE_NOOP("Refusal", "set"))
    return Refusal(
        QT_TRANSLATE_NOOP("Refusal", "set by {operator} at {time} UTC"),
        operator=Text(who[0]),
        time=who[1],
    )


def units_unchanged(expected: Mapping[str, UnitExpectation]) -> Guard:
    wanted = dict(expected)

    def guard(conn: Any) -> str | None:
        rows = {
            row.call_sign: row
            for row in conn.execute(
                select(unit_status_table).where(unit_status_table.c.call_sign.in_(list(wanted)))
            )
        }
        for call_sign, (status, incident_id) in wanted.items():
            row = rows.get(call_sign)
            now = (
                (UnitStatus.AVAILABLE.value, None) if row is None else (row.status, row.incident_id)
            )
            if now != (status, incident_id):
                who = _set_by(None if row is None else _who_and_when(conn, row.event_seq))
                shown: Any = UnitStatus(now[0]) if now[0] in _STATUSES else Text(now[0])
                if now[1]:
                    return reason(
                        QT_TRANSLATE_NOOP(
                            "Refusal",
                            "{unit} is now {status} to {incident} ({set}) — "
                            "your action was not applied",
                        ),
                        unit=call_sign,
                        status=shown,
                        incident=now[1],
                        set=who,
                    )
                return reason(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "{unit} is now {status} ({set}) — your action was not applied"
                    ),
                    unit=call_sign,
                    status=shown,
                    set=who,
                )
        return None

    return guard


def incident_absent(incident_id: str) -> Guard:
    def guard(conn: Any) -> str | None:
        seq = conn.execute(
            select(incidents_table.c.created_seq).where(
                incidents_table.c.incident_id == incident_id
            )
        ).scalar_one_or_none()
        if seq is None:
            return None
        who = _who_and_when(conn, seq)
        if who is None:
            return reason(
                QT_TRANSLATE_NOOP("Refusal", "incident number {incident} was just taken"),
                incident=incident_id,
            )
        return reason(
            QT_TRANSLATE_NOOP(
                "Refusal", "incident number {incident} was just taken by {operator} at {time} UTC"
            ),
            incident=incident_id,
            operator=Text(who[0]),
            time=who[1],
        )

    return guard


# The projection's closing time comes from the closing position's clock; a reopen
# written from a position whose clock is behind is still found within this margin.
_CLOCK_MARGIN = timedelta(hours=1)


def _reopened_since_close(conn: Any, incident_id: str, closed_at: Any) -> int | None:
    """The seq of an ``incident.reopened`` newer than the incident's newest close, or None.

    Read from the log itself, so it holds whether or not the incidents table
    has learnt the reopen (a projection from before ``incident.reopened``).
    Reopens and closes since ``closed_at`` are few: one indexed range.
    """
    t = events_table
    stmt = select(t.c.seq, t.c.kind, t.c.payload).where(
        t.c.kind.in_((dispatch_ev.INCIDENT_CLOSED, dispatch_ev.INCIDENT_REOPENED))
    )
    if closed_at is not None:
        stmt = stmt.where(t.c.rx_time >= closed_at - _CLOCK_MARGIN)
    newest: tuple[int, str] | None = None
    for row in conn.execute(stmt.order_by(t.c.seq)):
        payload = row.payload if isinstance(row.payload, dict) else {}
        if payload.get("incident_id") == incident_id:
            newest = (row.seq, row.kind)
    if newest is not None and newest[1] == dispatch_ev.INCIDENT_REOPENED:
        return newest[0]
    return None


def _newest_reopen(conn: Any, incident_id: str) -> int | None:
    """The seq of the incident's newest ``incident.reopened`` (reopens are rare), or None."""
    t = events_table
    stmt = select(t.c.seq, t.c.payload).where(t.c.kind == dispatch_ev.INCIDENT_REOPENED)
    newest = None
    for row in conn.execute(stmt.order_by(t.c.seq)):
        if isinstance(row.payload, dict) and row.payload.get("incident_id") == incident_id:
            newest = row.seq
    return newest


def _incident_row(conn: Any, incident_id: str) -> Any:
    return conn.execute(
        select(incidents_table.c.status, incidents_table.c.closed_at).where(
            incidents_table.c.incident_id == incident_id
        )
    ).one_or_none()


def _absent(incident_id: str) -> str:
    return reason(
        QT_TRANSLATE_NOOP("Refusal", "incident {incident} does not exist"), incident=incident_id
    )


def incident_open(incident_id: str) -> Guard:
    def guard(conn: Any) -> str | None:
        row = _incident_row(conn, incident_id)
        if row is None:
            return _absent(incident_id)
        if row.status != OPEN and _reopened_since_close(conn, incident_id, row.closed_at) is None:
            return reason(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "incident {incident} was closed meanwhile — your action was not applied",
                ),
                incident=incident_id,
            )
        return None

    return guard


def incident_closed(incident_id: str) -> Guard:
    def guard(conn: Any) -> str | None:
        row = _incident_row(conn, incident_id)
        if row is None:
            return _absent(incident_id)
        if row.status == OPEN:
            seq = _newest_reopen(conn, incident_id)
            if seq is None:
                return reason(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "incident {incident} is open — your action was not applied"
                    ),
                    incident=incident_id,
                )
        else:
            seq = _reopened_since_close(conn, incident_id, row.closed_at)
        if seq is not None:
            who = _who_and_when(conn, seq)
            if who is None:
                return reason(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "incident {incident} was reopened meanwhile — your action was not applied",
                    ),
                    incident=incident_id,
                )
            return reason(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "incident {incident} was reopened meanwhile by {operator} at {time} UTC — "
                    "your action was not applied",
                ),
                incident=incident_id,
                operator=Text(who[0]),
                time=who[1],
            )
        return None

    return guard


def _row_state_is(
    table: Table, key_column: str, key: str, states: Collection[str], template: str
) -> Guard:
    """The row ``key`` is in one of ``states``; else ``template`` (marked, with ``{key}``,
    ``{state}`` and ``{set}``) names its state now."""
    wanted = frozenset(states)

    def guard(conn: Any) -> str | None:
        row = conn.execute(
            select(table.c.state, table.c.event_seq).where(table.c[key_column] == key)
        ).one_or_none()
        if row is None or row.state in wanted:
            return None  # an unknown row is the service's business, not a race
        who = _set_by(_who_and_when(conn, row.event_seq))
        return reason(template, key=key, state=Text(row.state), set=who)

    return guard


def call_state_is(call_id: str, states: Collection[str]) -> Guard:
    template = QT_TRANSLATE_NOOP(
        "Refusal", "call {key} is now {state} ({set}) — your action was not applied"
    )
    return _row_state_is(calls_table, "call_id", call_id, states, template)


def alert_state_is(alert_id: str, states: Collection[str]) -> Guard:
    template = QT_TRANSLATE_NOOP(
        "Refusal", "alert {key} is now {state} ({set}) — your action was not applied"
    )
    return _row_state_is(alerts_table, "alert_id", alert_id, states, template)


class OperatorSessions:
    """Who is signed in where, folded from the log by the commit guards (writer thread)."""

    def __init__(self, seed: OperatorsState | None = None) -> None:
        """``seed``: a copy of a state already folded (e.g. the position's at start), so
        the first check reads only what came after it instead of the whole history."""
        from models.operators.state import OperatorsState

        self.state: OperatorsState = seed if seed is not None else OperatorsState()
        self._lock = threading.Lock()

    def refresh(self, conn: Any) -> OperatorsState:
        """Fold the operator events after the last one folded; the state as of the log now."""
        from models.operators.events import KINDS
        from models.operators.state import fold

        t = events_table
        with self._lock:
            rows = conn.execute(
                select(t.c.seq, t.c.kind, t.c.payload, t.c.rx_time)
                .where(t.c.kind.in_(KINDS), t.c.seq > self.state.last_seq)
                .order_by(t.c.seq)
            )
            return fold(rows, self.state)


def operator_not_elsewhere(
    name: str, position: str, sessions: OperatorSessions | None = None
) -> Guard:
    folded = sessions or OperatorSessions()

    def guard(conn: Any) -> str | None:
        state = folded.refresh(conn)
        elsewhere: list[Any] = []
        for other in state.positions_of(name):
            session = state.session(other)
            if other != position and session is not None:
                where = (
                    QT_TRANSLATE_NOOP("Refusal", "{position} (break-glass) since {time} UTC")
                    if session.break_glass
                    else QT_TRANSLATE_NOOP("Refusal", "{position} since {time} UTC")
                )
                elsewhere.append(Refusal(where, position=other, time=f"{session.since:%H:%M:%S}"))
            elif other != position:
                elsewhere.append(other)
        if not elsewhere:
            return None
        return reason(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{name} is already signed in at {positions}: sign out there first"
                " — not signed in here",
            ),
            name=name,
            positions=Listed(elsewhere),
        )

    return guard


def all_of(*guards: Guard) -> Guard:
    def guard(conn: Any) -> str | None:
        for each in guards:
            reason = each(conn)
            if reason is not None:
                return reason
        return None

    return guard
