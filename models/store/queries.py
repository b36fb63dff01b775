"""Read-side queries over the log and the projections, returning plain dataclasses.

Contract: each function takes an open SQLAlchemy ``Connection`` and returns
``StoredEvent``/``UnitPositionRow`` values, never ORM objects. Callers run
them off the GUI thread (``Store`` wraps them with a pooled connection).
Filters: a kind or source ending in ``*`` matches by prefix (``"operator.*"``,
``"link:*"``); ``text`` is a case-insensitive substring of the kind, source,
error or payload text.

``events_since`` is what a following position reads for every event another
process commits (a radar storm: thousands a second, in the console's
process). On SQLite it reads the rows on the ``sqlite3`` connection under
the caller's transaction and decodes them itself (``json.loads``, the
DATETIME text SQLAlchemy's SQLite dialect stores): the same ``StoredEvent``
values as Core gives (tested), for about a third of the interpreter time
(Core's per-row result processing was most of the follower's cost;
measured by tests/benchmarks/bench_storm.py). A chunk of at most
``ONE_STEP_ROWS`` comes back as one JSON array SQLite builds (one statement
step, one ``json.loads``): ``sqlite3`` gives the interpreter lock away and
takes it back at every row's step, and each take-back may wait for another
busy thread (the GUI's) for up to a switch interval.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Text, cast, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from models.store.chain import GENESIS_HASH
from models.store.events import StoredEvent, UnitPositionRow, stored_event
from models.store.schema import events_table, store_info_table, unit_positions_table

_EVENT_COLUMNS = [
    events_table.c[name]
    for name in ("source", "kind", "rx_time", "payload", "raw", "error", "seq", "hash")
]


def _to_event(row: Any) -> StoredEvent:
    return StoredEvent(
        source=row.source,
        kind=row.kind,
        rx_time=row.rx_time,
        payload=row.payload,
        raw=row.raw,
        error=row.error,
        seq=row.seq,
        hash=row.hash,
    )


def _match(column: Any, pattern: str) -> ColumnElement[bool]:
    if pattern.endswith("*"):
        return column.startswith(pattern[:-1], autoescape=True)
    return column == pattern


def last_seq_and_hash(conn: Connection) -> tuple[int, str]:
    """The newest event's seq and hash, or ``(0, GENESIS_HASH)`` for an empty log."""
    row = conn.execute(
        select(events_table.c.seq, events_table.c.hash).order_by(events_table.c.seq.desc()).limit(1)
    ).first()
    if row is None:
        return 0, GENESIS_HASH
    return int(row.seq), str(row.hash)


def event_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(events_table)).scalar_one())


def latest_events(
    conn: Connection,
    limit: int = 200,
    kinds: Iterable[str] | None = None,
    source: str | None = None,
    text: str | None = None,
) -> list[StoredEvent]:
    """The ``limit`` newest matching events, newest first."""
    stmt = select(*_EVENT_COLUMNS)
    if kinds is not None:
        patterns = list(kinds)
        if not patterns:
            return []
        stmt = stmt.where(or_(*(_match(events_table.c.kind, k) for k in patterns)))
    if source is not None:
        stmt = stmt.where(_match(events_table.c.source, source))
    if text:
        stmt = stmt.where(
            or_(
                events_table.c.kind.icontains(text, autoescape=True),
                events_table.c.source.icontains(text, autoescape=True),
                events_table.c.error.icontains(text, autoescape=True),
                cast(events_table.c.payload, Text).icontains(text, autoescape=True),
            )
        )
    stmt = stmt.order_by(events_table.c.seq.desc()).limit(limit)
    return [_to_event(row) for row in conn.execute(stmt)]


def events_since(conn: Connection, seq: int, limit: int | None = None) -> list[StoredEvent]:
    """Events with a sequence number greater than ``seq``, oldest first."""
    if conn.dialect.name == "sqlite":
        return _sqlite_events_since(conn.connection.driver_connection, seq, limit)
    return core_events_since(conn, seq, limit)


def core_events_since(conn: Connection, seq: int, limit: int | None = None) -> list[StoredEvent]:
    """``events_since`` through Core, on any database (the reference the SQLite path
    must equal)."""
    stmt = select(*_EVENT_COLUMNS).where(events_table.c.seq > seq).order_by(events_table.c.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_to_event(row) for row in conn.execute(stmt)]


_SQLITE_SINCE = (
    "SELECT source, kind, rx_time, payload, raw, error, seq, hash FROM "
    f"{events_table.name} WHERE seq > ? ORDER BY seq LIMIT ?"
)


ONE_STEP_ROWS = 5000
_SQLITE_SINCE_ONE_STEP = (
    "SELECT json_group_array(json_array(source, kind, rx_time, json(payload),"
    " CASE WHEN raw IS NULL THEN NULL ELSE hex(raw) END, error, seq, hash)) FROM"
    f" (SELECT * FROM {events_table.name} WHERE seq > ? ORDER BY seq LIMIT ?)"
)


def _sqlite_events_since(driver: Any, seq: int, limit: int | None) -> list[StoredEvent]:
    """``events_since`` on the ``sqlite3`` connection: rows decoded here, not by Core."""
    if limit is not None and limit <= ONE_STEP_ROWS:
        try:
            (text,) = driver.execute(_SQLITE_SINCE_ONE_STEP, (seq, limit)).fetchone()
        except sqlite3.OperationalError:  # no JSON functions in this SQLite: row by row
            pass
        else:
            return _from_json_rows(json.loads(text))
    rows = driver.execute(_SQLITE_SINCE, (seq, -1 if limit is None else limit)).fetchall()
    loads, parse, make = json.loads, _sqlite_time, stored_event
    last_text: Any = None
    last_time: datetime | None = None
    out = []
    for source, kind, rx_text, payload, raw, error, row_seq, digest in rows:
        if rx_text != last_text:  # a batch's events share their receive time often
            last_text, last_time = rx_text, parse(rx_text)
        out.append(
            make(
                source, kind, last_time,  # type: ignore[arg-type]
                None if payload is None else loads(payload),
                None if raw is None else bytes(raw), error, row_seq, digest,
            )
        )  # fmt: skip
    return out


def _from_json_rows(rows: list[list[Any]]) -> list[StoredEvent]:
    """The rows of ``_SQLITE_SINCE_ONE_STEP`` (payload decoded with the array, raw as
    hex) as events, oldest first."""
    parse, make, unhex = _sqlite_time, stored_event, bytes.fromhex
    last_text: Any = None
    last_time: datetime | None = None
    out = []
    for source, kind, rx_text, payload, raw, error, row_seq, digest in rows:
        if rx_text != last_text:
            last_text, last_time = rx_text, parse(rx_text)
        out.append(
            make(
                source, kind, last_time,  # type: ignore[arg-type]
                payload, None if raw is None else unhex(raw), error, row_seq, digest,
            )
        )  # fmt: skip
    if any(a.seq >= b.seq for a, b in itertools.pairwise(out)):
        out.sort(key=lambda event: event.seq)  # an aggregate's order is not promised
    return out


def _sqlite_time(value: Any) -> datetime:
    """The aware UTC datetime of a stored DATETIME text (``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def kind_events_between(
    conn: Connection, kinds: Iterable[str], after: int, upto: int | None = None
) -> list[StoredEvent]:
    """Events of ``kinds`` (exact names) with ``after < seq <= upto``, oldest first."""
    t = events_table
    stmt = select(*_EVENT_COLUMNS).where(t.c.kind.in_(list(kinds)), t.c.seq > after)
    if upto is not None:
        stmt = stmt.where(t.c.seq <= upto)
    return [_to_event(row) for row in conn.execute(stmt.order_by(t.c.seq))]


def event_hash(conn: Connection, seq: int) -> str | None:
    """The chain hash of event ``seq``, or None when there is no such event."""
    return conn.scalar(select(events_table.c.hash).where(events_table.c.seq == seq))


def unit_positions(conn: Connection) -> dict[str, UnitPositionRow]:
    t = unit_positions_table
    rows = conn.execute(select(t).order_by(t.c.call_sign))
    return {
        row.call_sign: UnitPositionRow(
            call_sign=row.call_sign,
            lat=row.lat,
            lon=row.lon,
            fix_time=row.fix_time,
            rx_time=row.rx_time,
            speed_mps=row.speed_mps,
            course_deg=row.course_deg,
            event_seq=row.event_seq,
        )
        for row in rows
    }


def store_info(conn: Connection, key: str) -> str | None:
    return conn.execute(
        select(store_info_table.c.value).where(store_info_table.c.key == key)
    ).scalar_one_or_none()


def set_store_info(conn: Connection, key: str, value: str) -> None:
    conn.execute(store_info_table.insert().values(key=key, value=value))
