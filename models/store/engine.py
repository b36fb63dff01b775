"""Opening the store: engine, SQLite pragmas, migrations, and the ``Store`` handle.

Contract: ``open_store(url=None, purpose="live")`` returns a ready ``Store``
whose schema is at alembic ``head``. ``url=None`` means ``live.sqlite`` in the
user's data directory (created if missing); otherwise any SQLAlchemy URL
(SQLite, or PostgreSQL through psycopg 3: ``postgresql://`` is read as
``postgresql+psycopg://``). A store has one purpose for life, ``"live"`` or
``"drill"``, written on first open (a store that already held events before
purposes existed is live): opening it for the other purpose raises
``StoreError``, so drill data can never enter the live log nor live data a
drill. A full disk is named as such ("the disk is full (...)", see
``models.store.failures``). Events a writer spilled at its last shutdown
(``models.store.spill``) are logged as waiting; the next writer appends them
before anything else. A PostgreSQL connection attempt gives up after
``CONNECT_TIMEOUT_S`` (unless the URL sets ``connect_timeout``). Every SQLite
connection runs with WAL, ``synchronous=FULL`` (a commit survives a pulled
plug), foreign keys on and a busy timeout. Any failure to open, create or
migrate raises ``StoreError`` naming the store and the reason. ``Store``
methods run SQL and must be called off the GUI thread; they return plain
dataclasses. ``Store.close()`` disposes the engine's connections.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from models.store import queries, schema_version
from models.store.events import StoredEvent, UnitPositionRow
from models.store.failures import describe
from models.store.locking import SCHEMA_LOCK, lock_for_writing
from models.store.schema import json_serializer

_LOGGER = logging.getLogger(__name__)

APP_NAME = "dispatch-console"
BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10  # PostgreSQL: give up a connection attempt after this long
_MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened or written; the message is meant for a human."""


PURPOSES = ("live", "drill")


def default_store_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "live.sqlite"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _check_sqlite_file(path: Path) -> None:
    """Open the file ourselves first: sqlite3 hides the OS reason behind 'unable to open'."""
    if path.is_dir():
        raise StoreError(f"Cannot open the store at {path}: it is a directory, not a file.")
    try:
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise StoreError(f"Cannot open the store at {path}: {describe(exc, path)}.") from exc


def _make_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        # A server that does not answer (cable pulled, packets dropped) must fail a
        # connection attempt in seconds, not after the OS's minutes of retries.
        connect_args = (
            {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
        )
        return create_engine(
            url, pool_pre_ping=True, json_serializer=json_serializer, connect_args=connect_args
        )
    database = url.database
    if not database or database == ":memory:":
        # One shared connection, or every thread would see its own empty database.
        engine = create_engine(
            url,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
            json_serializer=json_serializer,
        )
    else:
        _check_sqlite_file(Path(database))
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            json_serializer=json_serializer,
        )
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def head_revision() -> str:
    """The newest schema revision the migrations know (what ``open_store`` upgrades to)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _upgrade_to_head(engine: Engine, purpose: str, where: str) -> None:
    """Migrate and claim the purpose in one transaction, one process at a time.

    A store already at the head is not handed to alembic at all: importing it
    costs about a tenth of the recorder's start (``schema_version``).
    """
    with engine.begin() as connection:
        # Positions of a control room start together: one migrates, the others wait.
        lock_for_writing(connection, SCHEMA_LOCK)
        if schema_version.current(connection) != schema_version.known_head(_MIGRATIONS_DIR):
            from alembic import command
            from alembic.config import Config

            config = Config()
            config.set_main_option("script_location", str(_MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        _claim_purpose(connection, purpose, where)


def normalise_url(parsed: URL) -> URL:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy's default driver is psycopg2)."""
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    return parsed


def _claim_purpose(conn: Connection, purpose: str, where: str) -> None:
    """Record the store's purpose on first open; refuse a store kept for the other one."""
    found = queries.store_info(conn, "purpose")
    if found is None:
        found = "live" if queries.event_count(conn) else purpose
        queries.set_store_info(conn, "purpose", found)
    if found != purpose:
        raise StoreError(
            f"The store at {where} holds {found} data; it cannot be opened for {purpose} use. "
            + (
                "Drills run on their own store, never on the live one."
                if "drill" in (found, purpose)
                else ""
            )
        )


def open_store(url: str | None = None, purpose: str = "live") -> Store:
    """Open (creating and migrating as needed) the store at ``url`` for ``purpose``."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown store purpose {purpose!r}")
    if url is None:
        path = default_store_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the store directory {path.parent}: {describe(exc, path)}."
            ) from exc
        url = f"sqlite:///{path}"
    try:
        parsed = normalise_url(make_url(url))
    except ArgumentError as exc:
        raise StoreError(f"Invalid store URL {url!r}: {exc}") from exc
    where = parsed.render_as_string(hide_password=True)
    try:
        engine = _make_engine(parsed)
    except StoreError:
        raise
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"Cannot open the store at {where}: {exc}") from exc
    try:
        _upgrade_to_head(engine, purpose, where)
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        reason = describe(exc, _sqlite_path(parsed))
        raise StoreError(f"Cannot open the store at {where}: {reason}") from exc
    _LOGGER.info("store opened at %s (%s)", where, purpose)
    store = Store(engine, where, purpose)
    _report_spill(store)
    return store


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database)  # type: ignore[arg-type]
    return None


def _report_spill(store: Store) -> None:
    """Say so when events wait in a spill file: the next writer appends them first."""
    from models.store import spill

    try:
        waiting = spill.spill_files(spill.spill_dirs(store))
    except OSError:
        return
    if waiting:
        _LOGGER.warning(
            "store at %s: %d spill file(s) of events not committed before a shutdown (%s); "
            "the writer appends them before any new event",
            store.where,
            len(waiting),
            ", ".join(str(p) for p in waiting),
        )


class Store:
    """An open store. Thread-safe: each call takes a pooled connection."""

    def __init__(self, engine: Engine, where: str, purpose: str = "live") -> None:
        self.engine = engine
        self.where = where
        self.purpose = purpose
        self._writer_attached = False

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    @property
    def path(self) -> Path | None:
        """The SQLite file behind the store, or None for in-memory and server databases."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database)
        return None

    def attach_writer(self) -> None:
        """Claim the single-writer slot: two writers would fork the hash chain."""
        if self._writer_attached:
            raise StoreError(f"The store at {self.where} already has a writer.")
        self._writer_attached = True

    def detach_writer(self) -> None:
        self._writer_attached = False

    def last_seq(self) -> int:
        return self.last_seq_and_hash()[0]

    def last_seq_and_hash(self) -> tuple[int, str]:
        with self.engine.connect() as conn:
            return queries.last_seq_and_hash(conn)

    def event_count(self) -> int:
        with self.engine.connect() as conn:
            return queries.event_count(conn)

    def latest_events(
        self,
        limit: int = 200,
        kinds: Iterable[str] | None = None,
        source: str | None = None,
        text: str | None = None,
    ) -> list[StoredEvent]:
        with self.engine.connect() as conn:
            return queries.latest_events(conn, limit, kinds, source, text)

    def events_since(self, seq: int, limit: int | None = None) -> list[StoredEvent]:
        with self.engine.connect() as conn:
            return queries.events_since(conn, seq, limit)

    def unit_positions(self) -> dict[str, UnitPositionRow]:
        with self.engine.connect() as conn:
            return queries.unit_positions(conn)

    def close(self) -> None:
        self.engine.dispose()
        _LOGGER.info("store closed at %s", self.where)
