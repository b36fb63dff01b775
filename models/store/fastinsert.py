"""SQLite fast path for the writer's batch insert into ``events``.

Contract: ``SqliteBatchInsert.for_engine(engine)`` returns an inserter for a
SQLite engine (None for any other database, which goes through Core). Its
``execute(connection, flat_values)`` inserts rows given as one flat list of
already-encoded values in ``COLUMNS`` order (canonical JSON text, the
DATETIME text SQLAlchemy's SQLite dialect stores) using multi-row
``INSERT ... VALUES (...), (...)`` statements of ``ROWS_PER_STATEMENT`` rows,
inside the caller's transaction. Rows read back through the models are
identical to rows inserted through Core (tested).

Why hand-written, measured by tests/benchmarks/bench_ingest.py:
- Core's per-row parameter processing cost more than the rest of the writer.
- ``sqlite3.executemany`` releases the GIL around every row's step; with the
  event loop's thread busy decoding, each release hands the GIL over and the
  writer waits to get it back, so a 1000-row batch paid ~1000 thread switches.
  One statement per 100 rows pays ~10.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, insert

from models.store.schema import events_table

COLUMNS = ("seq", "rx_time", "source", "kind", "payload", "raw", "error", "prev_hash", "hash")
# 100 rows x 9 columns stays under SQLite's historic 999-parameter limit.
ROWS_PER_STATEMENT = 100


def sqlite_datetime_text(iso: str) -> str:
    """SQLAlchemy's SQLite DATETIME text from ``datetime.isoformat(timespec="microseconds")``."""
    return f"{iso[:10]} {iso[11:26]}"


class SqliteBatchInsert:
    def __init__(self, prefix: str, group: str) -> None:
        self._prefix = prefix
        self._group = group
        self._sql: dict[int, str] = {}

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

    def execute(self, connection: Connection, flat_values: list[Any]) -> None:
        width = len(COLUMNS)
        step = ROWS_PER_STATEMENT * width
        for start in range(0, len(flat_values), step):
            chunk = flat_values[start : start + step]
            connection.exec_driver_sql(self._statement(len(chunk) // width), tuple(chunk))
