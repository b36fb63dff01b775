"""Read-only access to a store for replay and audit: opening, and reading the log in chunks.

Contract:
- ``open_store_readonly(url, immutable=None)`` opens any store (a file path
  or an SQLAlchemy URL) without running migrations and without any way to
  write: an SQLite file is opened through a ``file:...?mode=ro`` URI (plus
  ``query_only``), a PostgreSQL server with ``default_transaction_read_only``.
  A store of an older schema opens as long as its ``events`` log has the
  original columns. A missing file, a file that is not SQLite, or a database
  without an event log raises ``StoreError`` with a message for a human. The
  result is a ``ReadOnlyStore``: an ordinary ``Store`` (queries and
  ``verify_chain`` work on it) whose ``where`` is the file's path (SQLite)
  or the URL without its password, and whose ``access`` says, in words for
  the commands' output, how it was opened.
- ``immutable=True`` is for evidence (``audit verify``, ``replay``,
  ``report``): the SQLite file is opened with ``immutable=1`` as well, so
  SQLite takes no locks and creates no ``-wal``/``-shm`` file beside it: the
  file's bytes and mtime stay as they were, and it opens on read-only media
  and in read-only folders. Immutable reading ignores a ``-wal`` file, whose
  committed transactions are part of the store until a checkpoint copies
  them in: so when a non-empty ``-wal`` lies beside the file (the store is in
  use, or was not closed cleanly) the store is opened read-only but NOT
  immutable, which reads those transactions (SQLite may then create a
  ``-shm`` file beside it), and ``access`` says so, and how to leave the
  evidence untouched: copy the store with its ``-wal`` file and open the
  copy. Where that cannot work (a read-only folder without the ``-shm``)
  the ``StoreError`` says the same.
- ``immutable=None`` (the default: the console's replay window) is the same
  for a store at rest, and a plain read-only open for a store in use, which
  the window follows as it grows (an immutable reader must never see the
  file change): one with a ``-shm`` file beside it (SQLite keeps one while
  any connection has a WAL store open: ``in_use``). ``access`` says which,
  and why. So opening a copy, an archive or evidence from the console
  leaves it as the commands do: no ``-wal`` or ``-shm``, same bytes, same
  mtime. ``immutable=False``: always a plain ``mode=ro`` open.
- ``read_events(store, after_seq, upto_seq, limit, decode_kinds)`` returns
  at most ``limit`` events with ``after_seq < seq <= upto_seq`` oldest first,
  as ``StoredEvent`` values WITHOUT ``raw``, ``error`` and ``hash`` (replay
  does not need them, and skipping them halves the read). Only events whose
  kind is in ``decode_kinds`` carry their payload (None = all): decoding
  JSON is most of the cost of reading the log. On SQLite this reads through
  the driver directly (seq is the rowid, so a range is one index seek).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, inspect, select
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchTableError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from models.store.engine import BUSY_TIMEOUT_MS, Store, StoreError, normalise_url
from models.store.events import StoredEvent, stored_event
from models.store.schema import events_table, json_serializer

REQUIRED_COLUMNS = frozenset(
    ("seq", "rx_time", "source", "kind", "payload", "raw", "error", "prev_hash", "hash")
)


# A WAL file starts with a 32-byte header; without a frame after it, it holds nothing.
WAL_HEADER_BYTES = 32

IMMUTABLE = "read-only, immutable: nothing is written, no -wal or -shm file is created beside it"
READ_ONLY = "read-only"
SERVER_READ_ONLY = "read-only transactions (default_transaction_read_only)"


class ReadOnlyStore(Store):
    """A store opened by ``open_store_readonly``; ``access`` says how (see module doc)."""

    def __init__(self, engine: Engine, where: str, access: str) -> None:
        super().__init__(engine, where)
        self.access = access


def pending_wal(path: Path) -> Path | None:
    """The ``-wal`` file beside the SQLite file ``path`` if it holds any frame, else None."""
    wal = path.with_name(path.name + "-wal")
    try:
        size = wal.stat().st_size
    except OSError:
        return None
    return wal if size > WAL_HEADER_BYTES else None


def _not_immutable(path: Path, wal: Path) -> str:
    return (
        f"read-only, NOT immutable: {wal.name} beside it holds transactions not yet in "
        f"the main file (the store is in use, or was not closed cleanly), and an immutable "
        f"open would ignore them; SQLite may create {path.name}-shm beside it. To leave "
        f"the evidence untouched, copy {path.name} together with {wal.name} and open the copy"
    )


def in_use(path: Path) -> Path | None:
    """The ``-shm`` file beside the SQLite file ``path`` if there is one, else None.

    SQLite creates it when a WAL-mode store is opened and removes it when the
    last connection closes cleanly: beside a store at rest (a copy, an archive,
    evidence) there is none."""
    shm = path.with_name(path.name + "-shm")
    return shm if shm.exists() else None


def _in_use(shm: Path) -> str:
    return (
        f"read-only, NOT immutable: the store is in use ({shm.name} lies beside it), so "
        f"it is followed as it grows. To leave a copy untouched, open it when no console "
        f"or recorder has it open"
    )


def _sqlite_readonly_engine(path: Path, immutable: bool | None) -> tuple[Engine, str]:
    if not path.exists():
        raise StoreError(f"Cannot open the store at {path}: no such file.")
    if not path.is_file():
        raise StoreError(f"Cannot open the store at {path}: it is not a file.")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    access = READ_ONLY
    shm = in_use(path) if immutable is None else None
    if shm is not None:  # the replay window on a store in use: follow it
        access = _in_use(shm)
    elif immutable or immutable is None:
        wal = pending_wal(path)
        if wal is None:
            uri += "&immutable=1"
            access = IMMUTABLE
        else:
            access = _not_immutable(path, wal)

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute("PRAGMA query_only=ON")
        return conn

    # "sqlite://" only names the dialect; every connection comes from ``connect``.
    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool, json_serializer=json_serializer
    )
    return engine, access


def _server_readonly_engine(url: URL) -> Engine:
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(
        url, pool_pre_ping=True, json_serializer=json_serializer, connect_args=connect_args
    )


def _check_event_log(engine: Engine, where: str) -> None:
    try:
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("events")}
    except NoSuchTableError:
        columns = set()
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"Cannot open the store at {where}: {reason}") from exc
    if not columns:
        raise StoreError(f"{where} is not a dispatch-console store: it has no event log.")
    missing = REQUIRED_COLUMNS - columns
    if missing:
        raise StoreError(
            f"{where} is not a dispatch-console store: its event log lacks "
            f"{', '.join(sorted(missing))}."
        )


def open_store_readonly(url: str, immutable: bool | None = None) -> ReadOnlyStore:
    """Open the store at ``url`` (path or URL) for reading only; ``StoreError`` if impossible."""
    path: Path | None = None
    access = SERVER_READ_ONLY
    if "://" not in url:
        path = Path(url)
        engine, access = _sqlite_readonly_engine(path, immutable)
        where = str(path)
    else:
        try:
            parsed = normalise_url(make_url(url))
        except ArgumentError as exc:
            raise StoreError(f"Invalid store URL {url!r}: {exc}") from exc
        where = parsed.render_as_string(hide_password=True)
        try:
            if parsed.get_backend_name() == "sqlite":
                if parsed.database in (None, "", ":memory:"):
                    raise StoreError("An in-memory store has nothing to read.")
                path = Path(parsed.database)
                engine, access = _sqlite_readonly_engine(path, immutable)
                where = str(path)  # a file is named by its path, however it was given
            else:
                engine = _server_readonly_engine(parsed)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"Cannot open the store at {where}: {exc}") from exc
    try:
        _check_event_log(engine, where)
    except StoreError as exc:
        engine.dispose()
        wal = pending_wal(path) if path is not None and immutable else None
        if wal is not None and path is not None:
            raise StoreError(
                f"{str(exc).rstrip('.')}. The store was not closed cleanly: {wal.name} beside "
                f"it holds transactions not yet in the main file, which cannot be read here "
                f"(a read-only folder or medium?). Copy {path.name} together with {wal.name} "
                f"to a writable folder and open the copy."
            ) from exc
        raise
    return ReadOnlyStore(engine, where, access)


# -- reading the log ----------------------------------------------------------

_SQLITE_RANGE = (
    "SELECT seq, rx_time, source, kind, payload FROM events"
    " WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"
)


def parse_sqlite_time(text: str) -> datetime:
    """SQLAlchemy's SQLite DATETIME text ("YYYY-MM-DD HH:MM:SS.ffffff", UTC) -> aware UTC."""
    # One call with the offset appended is ~5x faster than parsing and then replacing.
    return datetime.fromisoformat(text + "+00:00")


# The C scanner behind ``json.loads``, called directly: stored payloads are
# canonical JSON (no surrounding whitespace), so the wrapper's whitespace
# regex and checks are pure cost, about half the decoding time of a frame.
_SCAN = json.JSONDecoder().scan_once


def _loads(text: str) -> Any:
    try:
        value, end = _SCAN(text, 0)
    except StopIteration:
        return json.loads(text)  # not canonical (hand-edited?): the full parser says why
    return value if end == len(text) else json.loads(text)


def read_events(
    store: Store,
    after_seq: int,
    upto_seq: int,
    limit: int,
    decode_kinds: Collection[str] | None = None,
) -> list[StoredEvent]:
    """Events ``after_seq < seq <= upto_seq``, oldest first, at most ``limit`` (see module doc)."""
    engine = store.engine
    if engine.dialect.name == "sqlite":
        return _read_sqlite(engine, after_seq, upto_seq, limit, decode_kinds)
    t = events_table.c
    stmt = (
        select(t.seq, t.rx_time, t.source, t.kind, t.payload)
        .where(t.seq > after_seq, t.seq <= upto_seq)
        .order_by(t.seq)
        .limit(limit)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [
        stored_event(
            row.source,
            row.kind,
            row.rx_time,
            row.payload if decode_kinds is None or row.kind in decode_kinds else None,
            None,
            None,
            row.seq,
            "",
        )
        for row in rows
    ]


def _read_sqlite(
    engine: Engine,
    after_seq: int,
    upto_seq: int,
    limit: int,
    decode_kinds: Collection[str] | None,
) -> list[StoredEvent]:
    raw = engine.raw_connection()
    try:
        rows = raw.driver_connection.execute(_SQLITE_RANGE, (after_seq, upto_seq, limit)).fetchall()
    finally:
        raw.close()
    out: list[StoredEvent] = []
    append = out.append
    loads = _loads
    last_text: str | None = None
    rx_time: datetime | None = None
    for seq, rx_text, source, kind, payload_text in rows:
        if rx_text != last_text:
            # Events of one batch share their receive time: parse it once.
            last_text = rx_text
            rx_time = parse_sqlite_time(rx_text)
        payload = None
        if payload_text is not None and (decode_kinds is None or kind in decode_kinds):
            payload = loads(payload_text)
        append(stored_event(source, kind, rx_time, payload, None, None, seq, ""))  # type: ignore[arg-type]
    return out
