"""Serialising writers of one database, whichever process they run in.

Contract: ``lock_for_writing(conn, key)`` is the first statement of a write
transaction that must not interleave with another process's: on PostgreSQL
it takes a transaction-scoped advisory lock (``pg_advisory_xact_lock``,
released at commit or rollback); on SQLite it turns the transaction into
``BEGIN IMMEDIATE`` (the database's write lock, waited for up to the busy
timeout) unless the connection already holds it. Other databases are
refused with ``StoreError``.

``EVENT_LOG_LOCK`` guards the append of events (so seq stays gapless and the
hash chain single even with several writers); ``SCHEMA_LOCK`` guards
migrations run by positions that start at once.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Arbitrary constants, stable across versions ("dispatch" in ASCII, then 1 and 2).
EVENT_LOG_LOCK = 0x6469737061746301
SCHEMA_LOCK = 0x6469737061746302


def lock_for_writing(conn: Connection, key: int) -> None:
    backend = conn.dialect.name
    if backend == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    elif backend == "sqlite":
        driver = conn.connection.driver_connection
        if not driver.in_transaction:
            # pysqlite begins lazily (DEFERRED) at the first write; a reader that
            # turns writer on a stale snapshot would fail, so take the lock first.
            driver.execute("BEGIN IMMEDIATE")
    else:
        from models.store.engine import StoreError

        raise StoreError(f"{backend} is not a supported store database (SQLite, PostgreSQL)")
