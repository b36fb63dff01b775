"""SQLite fast path for the writer's batch insert into ``events``.

Contract: ``SqliteBatchInsert.for_engine(engine)`` returns an inserter for a
SQLite engine (None for any other database, which goes through Core). Its
``execute(driver_connection, flat_values)`` inserts rows given as one flat
list of already-encoded values in ``COLUMNS`` order (canonical JSON text,
the DATETIME text SQLAlchemy's SQLite dialect stores) on the ``sqlite3``
connection under the caller's SQLAlchemy transaction, using multi-row
``INSERT ... VALUES (...), (...)`` statements of at most
``ROWS_PER_STATEMENT`` rows (fewer if the SQLite build allows fewer
parameters). Rows read back through the models are identical to rows
inserted through Core (tested).

Why hand-written, measured by tests/benchmarks/bench_ingest.py:
- Core's per-row parameter processing cost more than the rest of the writer.
- ``sqlite3`` releases the GIL around every statement step; with the event
  loop's thread busy decoding, getting it back costs up to a switch interval
  (5 ms). ``executemany`` steps once per row, so a 1000-row batch paid ~1000
  hand-overs; a few large statements pay a few, and SQLite does the real
  work of each with the GIL released, in parallel with decoding.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, insert

from models.store.schema import events_table

COLUMNS = ("seq", "rx_time", "source", "kind", "payload", "raw", "error", "prev_hash", "hash")
# Large enough that a full batch is a few statements; small enough that the
# prepared statements the driver caches (one per row count) stay small.
ROWS_PER_STATEMENT = 250


class SqliteBatchInsert:
    def __init__(self, prefix: str, group: str) -> None:
        self._prefix = prefix
        self._group = group
        self._sql: dict[int, str] = {}
        self._rows_per_statement = 0

    @classmethod
    def for_engine(cls, engine: Engine) -> SqliteBatchInsert | None:
        dialect = engine.dialect
        if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
            return None
        compiled = insert(events_table).compile(dialect=dialect)
        sql = str(compiled)
        if tuple(compiled.positiontup or ()) != COLUMNS or sql.count(" VALUES ") != 1:
            return None
        prefix, group = sql.split(" VALUES ")
        return cls(prefix + " VALUES ", group)

    def _statement(self, rows: int) -> str:
        sql = self._sql.get(rows)
        if sql is None:
            sql = self._prefix + ", ".join([self._group] * rows)
            self._sql[rows] = sql
        return sql

    def _rows_limit(self, connection: sqlite3.Connection) -> int:
        if not self._rows_per_statement:
            try:
                variables = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
            except (AttributeError, sqlite3.Error):
                variables = 999  # SQLite's historic default
            self._rows_per_statement = max(1, min(ROWS_PER_STATEMENT, variables // len(COLUMNS)))
        return self._rows_per_statement

    def execute(self, connection: sqlite3.Connection, flat_values: list[Any]) -> None:
        width = len(COLUMNS)
        total = len(flat_values)
        step = self._rows_limit(connection) * width
        if total <= step:
            connection.execute(self._statement(total // width), flat_values)
            return
        for start in range(0, total, step):
            chunk = flat_values[start : start + step]
            connection.execute(self._statement(len(chunk) // width), chunk)
