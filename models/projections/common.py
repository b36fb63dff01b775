"""Shared machinery of the table projections (dispatch, calls, alerts).

Contract: the table projections share one shape. Each has a ``builders``
map (kind -> ``fn(stored, payload) -> row``, raising ``Invalid`` for a
payload that breaks the contract) and a ``handlers`` map (kind ->
``fn(connection, rows)`` doing set-wise SQL). ``apply_by_kind`` runs them
over runs of consecutive events of one kind, logging and skipping invalid
events (a projection that refused an event would stall the log).
``replay_kinds`` rebuilds a projection's tables from the log in the caller's
transaction. ``existing_ids`` and ``keep_first`` implement the shared "a
second create event for an existing id changes nothing (logged)" rule.
``keyed_update`` writes the set-wise ``UPDATE ... WHERE id = :b_id``
statements the handlers run with one parameter row per event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Table,
    Update,
    bindparam,
    delete,
    select,
    update,
)

from models.store.events import StoredEvent
from models.store.schema import events_table
from models.store.schema_dispatch import OPERATOR_LENGTH

IN_CHUNK = 500  # well under every database's bound-parameter limit
_OPERATOR_PREFIX = "operator:"
_EVENT_COLUMNS = ("source", "kind", "rx_time", "payload", "raw", "error", "seq", "hash")

Builder = Callable[[StoredEvent, dict[str, Any]], Any]
Handler = Callable[[Connection, list[Any]], None]


class Invalid(ValueError):
    """A payload that breaks the event contract."""


def apply_by_kind(
    connection: Connection,
    events: Sequence[StoredEvent],
    builders: dict[str, Builder],
    handlers: dict[str, Handler],
    name: str,
    logger: logging.Logger,
) -> None:
    """Build rows per run of one kind and hand each run to its handler."""
    for kind, run in groupby(events, key=lambda stored: stored.kind):
        builder = builders.get(kind)
        if builder is None:
            continue
        rows = []
        for stored in run:
            try:
                if not isinstance(stored.payload, dict):
                    raise Invalid("no payload")
                rows.append(builder(stored, stored.payload))
            except Invalid as exc:
                logger.warning(
                    "event %d (%s) ignored by the %s projection: %s", stored.seq, kind, name, exc
                )
        if rows:
            handlers[kind](connection, rows)


def replay_kinds(
    connection: Connection,
    tables: Sequence[Table],
    kinds: Iterable[str],
    apply: Callable[[Connection, Sequence[StoredEvent]], None],
    chunk: int,
) -> int:
    """Empty ``tables`` and re-apply the logged events of ``kinds``; events read."""
    for table in reversed(tables):
        connection.execute(delete(table))
    t = events_table
    columns = [t.c[n] for n in _EVENT_COLUMNS]
    kinds = list(kinds)
    after = 0
    count = 0
    while True:
        rows = connection.execute(
            select(*columns)
            .where(t.c.kind.in_(kinds), t.c.seq > after)
            .order_by(t.c.seq)
            .limit(chunk)
        ).all()
        if not rows:
            return count
        apply(connection, [StoredEvent(**row._mapping) for row in rows])
        after = rows[-1].seq
        count += len(rows)


def text(
    payload: dict[str, Any],
    key: str,
    limit: int | None,
    optional: bool = False,
    *,
    nonblank: bool | None = None,
) -> Any:
    """Checked text field; blank text is refused when ``nonblank`` (default: when bounded)."""
    value = payload.get(key)
    if value is None and optional:
        return None
    if nonblank is None:
        nonblank = limit is not None
    if not isinstance(value, str) or (nonblank and not value.strip()):
        raise Invalid(f"{key} must be {'text or null' if optional else 'text'}, got {value!r}")
    if limit is not None and len(value) > limit:
        raise Invalid(f"{key} is longer than {limit} characters")
    return value


def operator_of(source: str) -> str:
    """The operator's name in an ``operator:NAME`` source (the whole source otherwise)."""
    name = source[len(_OPERATOR_PREFIX) :] if source.startswith(_OPERATOR_PREFIX) else source
    return name[:OPERATOR_LENGTH]


def existing_ids(connection: Connection, column: Column[Any], ids: list[str]) -> set[str]:
    """Those of ``ids`` already in ``column``, queried in bounded chunks."""
    found: set[str] = set()
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        found.update(connection.scalars(select(column).where(column.in_(chunk))))
    return found


def keep_first(
    connection: Connection,
    column: Column[Any],
    rows: list[Any],
    key: Callable[[Any], tuple[str, int]],
    what: str,
    name: str,
    logger: logging.Logger,
) -> list[Any]:
    """``rows`` minus those whose id exists (in the table or earlier in ``rows``), logged.

    ``key(row)`` gives the row's ``(id, seq)``.
    """
    taken = existing_ids(connection, column, [key(row)[0] for row in rows])
    fresh = []
    for row in rows:
        ident, seq = key(row)
        if ident in taken:
            logger.warning(
                "event %d: %s %s already exists; the %s projection keeps the first",
                seq,
                what,
                ident,
                name,
            )
            continue
        taken.add(ident)
        fresh.append(row)
    return fresh


def keyed_update(
    table: Table, key: str, *also: ColumnElement[bool], **values: str | ColumnElement[Any]
) -> Update:
    """``UPDATE table SET ..., event_seq = :b_seq WHERE key = :b_<key> [AND also]``.

    A value given as a str names its bind parameter without the ``b_`` prefix
    (``state="state"`` sets ``state = :b_state``); an expression is used as is.
    Every projected row records the event that last changed it in ``event_seq``.
    """
    binds = {
        column: bindparam(f"b_{value}") if isinstance(value, str) else value
        for column, value in values.items()
    }
    return (
        update(table)
        .where(table.c[key] == bindparam(f"b_{key}"), *also)
        .values(**binds, event_seq=bindparam("b_seq"))
    )
