"""Unit positions projection: the latest fix per call sign from ``frame.decoded`` events.

Contract: an event of kind ``frame.decoded`` whose payload is
``{"unit": "<call sign>", "message": {"lat": .., "lon": .., ...}}`` (the
message's ``to_dict()``) upserts that unit's row in ``unit_positions``. Only
the last such event per unit in a batch is written. Events without a unit or
without finite lat/lon in range (no-fix sentences, non-position messages) are
ignored. ``fix_time`` is the time the message claims (``fix_date`` +
``fix_time``, an ISO time with or without offset, UTC if none; with no date,
the receive date is used, corrected across midnight); ``rx_time`` is when
the frame arrived. Speed is stored in m/s.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Dialect, bindparam, delete, insert

from models.store.events import StoredEvent
from models.store.schema import unit_positions_table

if TYPE_CHECKING:
    from models.projections import ProjectionRegistry

_LOGGER = logging.getLogger(__name__)

KIND = "frame.decoded"
KNOT_MPS = 1852.0 / 3600.0
_UPDATE_COLUMNS = ("lat", "lon", "fix_time", "rx_time", "speed_mps", "course_deg", "event_seq")


def register(registry: ProjectionRegistry) -> None:
    registry.register(KIND, apply_unit_positions)


def _number(value: Any) -> float | None:
    kind = type(value)  # exact types: bool is an int but never a coordinate
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is int:
        return float(value)
    return None


def claimed_fix_time(message: dict[str, Any], rx_time: datetime) -> datetime | None:
    """The UTC time the message claims for its fix, or None if it claims none."""
    raw_time = message.get("fix_time")
    if not isinstance(raw_time, str):
        return None
    try:
        fix_time = time.fromisoformat(raw_time)
        raw_date = message.get("fix_date")
        fix_date = date.fromisoformat(raw_date) if isinstance(raw_date, str) else None
    except ValueError:
        return None
    # Codecs give UTC times, with or without an explicit offset; honour one if present.
    zone = fix_time.tzinfo or UTC
    fix_time = fix_time.replace(tzinfo=None)
    if fix_date is not None:
        return datetime.combine(fix_date, fix_time, zone).astimezone(UTC)
    # A time-only sentence near midnight belongs to the day nearest the receive time.
    rx_utc = rx_time.astimezone(UTC)
    claimed = datetime.combine(rx_utc.date(), fix_time, zone).astimezone(UTC)
    if claimed - rx_utc > timedelta(hours=12):
        claimed -= timedelta(days=1)
    elif rx_utc - claimed > timedelta(hours=12):
        claimed += timedelta(days=1)
    return claimed


def position_row(stored: StoredEvent) -> dict[str, Any] | None:
    """The ``unit_positions`` row an event implies, or None if it carries no usable fix."""
    payload = stored.payload
    if not payload:
        return None
    unit = payload.get("unit")
    message = payload.get("message")
    if not isinstance(unit, str) or not unit or not isinstance(message, dict):
        return None
    lat = _number(message.get("lat"))
    lon = _number(message.get("lon"))
    if lat is None or lon is None or not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    speed_knots = _number(message.get("speed_knots"))
    return {
        "call_sign": unit,
        "lat": lat,
        "lon": lon,
        "fix_time": claimed_fix_time(message, stored.rx_time),
        "rx_time": stored.rx_time,
        "speed_mps": None if speed_knots is None else speed_knots * KNOT_MPS,
        "course_deg": _number(message.get("course_deg")),
        "event_seq": stored.seq,
    }


def apply_unit_positions(connection: Connection, events: Sequence[StoredEvent]) -> None:
    # Newest first, so each unit's row is built once however many fixes the batch holds.
    newest: dict[str, dict[str, Any]] = {}
    for stored in reversed(events):
        payload = stored.payload
        unit = None if payload is None else payload.get("unit")
        if not isinstance(unit, str) or unit in newest:
            continue
        row = position_row(stored)
        if row is not None:
            newest[row["call_sign"]] = row
    if newest:
        upsert(connection, list(newest.values()))


def upsert(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert-or-replace rows keyed by call sign, with the dialect's native upsert.

    On SQLite, few multi-row statements rather than an executemany: each
    statement step hands the GIL over, and with the event loop busy decoding
    getting it back costs up to a switch interval. SQLAlchemy does not cache
    multi-row inserts, so that statement is compiled once per size here.
    """
    dialect = connection.dialect
    if dialect.name == "sqlite" and dialect.paramstyle == "qmark":
        processors = _sqlite_processors(dialect)
        for start in range(0, len(rows), UPSERT_ROWS_PER_STATEMENT):
            chunk = rows[start : start + UPSERT_ROWS_PER_STATEMENT]
            params = [
                value if process is None else process(value)
                for row in chunk
                for value, process in zip([row[name] for name in _COLUMNS], processors, strict=True)
            ]
            connection.exec_driver_sql(_sqlite_upsert_sql(dialect, len(chunk)), tuple(params))
        return
    table = unit_positions_table
    if dialect.name in ("sqlite", "postgresql"):
        if dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        stmt = dialect_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.call_sign],
            set_={name: stmt.excluded[name] for name in _UPDATE_COLUMNS},
        )
        connection.execute(stmt, rows)
        return
    # Portable fallback for other databases: same transaction, so still atomic.
    connection.execute(
        delete(table).where(table.c.call_sign.in_([row["call_sign"] for row in rows]))
    )
    connection.execute(insert(table), rows)


UPSERT_ROWS_PER_STATEMENT = 100
_COLUMNS = ("call_sign", *_UPDATE_COLUMNS)
_SQLITE_SQL: dict[int, str] = {}
_SQLITE_PROCESSORS: list[Callable[[Any], Any] | None] = []


def _sqlite_processors(dialect: Dialect) -> list[Callable[[Any], Any] | None]:
    """Each column's bind processor (UTC check, DATETIME text), as Core would apply."""
    if not _SQLITE_PROCESSORS:
        table = unit_positions_table
        _SQLITE_PROCESSORS.extend(
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in _COLUMNS
        )
    return _SQLITE_PROCESSORS


def _sqlite_upsert_sql(dialect: Dialect, rows: int) -> str:
    sql = _SQLITE_SQL.get(rows)
    if sql is not None:
        return sql
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    table = unit_positions_table
    names = [f"{name}_{i}" for i in range(rows) for name in _COLUMNS]
    values = [
        {name: bindparam(f"{name}_{i}", type_=table.c[name].type) for name in _COLUMNS}
        for i in range(rows)
    ]
    stmt = sqlite_insert(table).values(values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.call_sign],
        set_={name: stmt.excluded[name] for name in _UPDATE_COLUMNS},
    )
    compiled = stmt.compile(dialect=dialect)
    if list(compiled.positiontup or ()) != names:
        raise RuntimeError("unexpected parameter order in the unit_positions upsert")
    sql = _SQLITE_SQL[rows] = str(compiled)
    return sql
