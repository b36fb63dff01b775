"""Why a store operation failed: the database being unavailable, or the content; a full disk named.

Contract:
- ``is_unavailable(exc)``: True when ``exc`` says the database cannot take
  anything right now (connection lost or refused, locked or busy, disk full
  or I/O error, read-only, not authorized, corrupt, server shutting down,
  deadlock or serialization failure), so retrying the same events later is
  right. False for everything else (a string the driver cannot encode, a
  value too long for its column, a projection tripping over a payload, ...):
  the group-commit writer then isolates the offending events instead of
  retrying them for ever. A wrong False costs a few extra transactions (the
  writer only rejects an event that fails alone while a rejected row
  commits); a wrong True would block the log, so only known errors are True.
- ``is_disk_full(exc, path=None)``: SQLite's ``SQLITE_FULL`` ("database or
  disk is full"), SQLite's "disk I/O error" when the store's file system
  (``path``: the SQLite file or any path on that file system) has no room
  left, PostgreSQL's ``DiskFull`` (SQLSTATE 53100, "could not extend file",
  "No space left on device"), and ``OSError`` ``ENOSPC``/``EDQUOT``.
- ``describe(exc, path=None)``: the reason as a sentence fragment for a
  human: the driver's own message, and for a full disk
  ``"the disk is full (<driver message>)"``, so health reports and
  ``open_store`` errors name the cause instead of only "disk I/O error".
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc

# Below this much free space a SQLite "disk I/O error" is taken for a full disk:
# SQLite reports ENOSPC on some paths (WAL index, fsync, truncate) as SQLITE_IOERR.
DISK_FULL_FREE_BYTES = 1 << 20

_SQLITE_UNAVAILABLE = (
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_IOERR",
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_CANTOPEN",
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_PROTOCOL",
    "SQLITE_INTERRUPT",
    "SQLITE_NOLFS",
    "SQLITE_AUTH",
    "SQLITE_PERM",
    "SQLITE_NOMEM",
)
_SQLITE_UNAVAILABLE_TEXT = (
    "database is locked",
    "disk i/o error",
    "disk is full",
    "readonly database",
    "unable to open database",
    "disk image is malformed",
    "not a database",
    "not authorized",
    "closed database",
    "interrupted",
)
# SQLSTATE classes that say "the server cannot take anything now", not "this row".
_PG_UNAVAILABLE_CLASSES = ("08", "25", "40", "53", "55", "57", "58", "XX", "3D", "F0", "HV")
_PG_UNAVAILABLE_STATES = ("42501",)  # insufficient privilege: refuses every row alike
_PG_DISK_FULL_TEXT = ("could not extend file", "no space left on device", "disk full")


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc``, the driver error SQLAlchemy wraps, and their causes (no loops)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen) or len(seen) > 8:
            continue
        seen.append(item)
        # Not __context__: an error raised while handling another is about itself.
        todo.extend((getattr(item, "orig", None), item.__cause__))
    return seen


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    return state if isinstance(state, str) else None


def is_unavailable(exc: BaseException) -> bool:
    for item in _chain(exc):
        if isinstance(item, sa_exc.DBAPIError) and item.connection_invalidated:
            return True
        if isinstance(item, (sa_exc.DisconnectionError, sa_exc.TimeoutError)):
            return True
        if isinstance(item, (OSError, MemoryError)):
            return True
        if isinstance(item, sqlite3.Error):
            name = getattr(item, "sqlite_errorname", None) or ""
            if name.startswith(_SQLITE_UNAVAILABLE):
                return True
            text = str(item).lower()
            if isinstance(item, (sqlite3.OperationalError, sqlite3.ProgrammingError)) and any(
                part in text for part in _SQLITE_UNAVAILABLE_TEXT
            ):
                return True
            return False
        module = type(item).__module__
        if module.startswith("psycopg"):
            state = _sqlstate(item)
            if state is None:
                # No SQLSTATE: the client side (connection lost, cannot connect).
                return any(
                    klass.__name__ in ("OperationalError", "InterfaceError")
                    for klass in type(item).__mro__
                )
            return state in _PG_UNAVAILABLE_STATES or state[:2] in _PG_UNAVAILABLE_CLASSES
    return False


def _free_bytes(path: Path | None) -> int | None:
    if path is None:
        return None
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def is_disk_full(exc: BaseException, path: Path | None = None) -> bool:
    for item in _chain(exc):
        if isinstance(item, OSError) and item.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(item, sqlite3.Error):
            name = getattr(item, "sqlite_errorname", None) or ""
            text = str(item).lower()
            if name.startswith("SQLITE_FULL") or "disk is full" in text:
                return True
            if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
                free = _free_bytes(path)
                return free is not None and free < DISK_FULL_FREE_BYTES
            return False
        if type(item).__module__.startswith("psycopg"):
            text = str(item).lower()
            if _sqlstate(item) in ("53100",) or any(part in text for part in _PG_DISK_FULL_TEXT):
                return True
    return False


def _message(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    base = orig if isinstance(orig, BaseException) else exc
    if isinstance(base, OSError) and base.strerror:
        text = base.strerror + (f": {base.filename}" if base.filename else "")
    else:
        text = str(base).strip() or type(base).__name__
    # psycopg appends DETAIL/HINT lines; the first line is the reason.
    return text.splitlines()[0] if text else type(base).__name__


def describe(exc: BaseException, path: Path | None = None) -> str:
    message = _message(exc)
    if is_disk_full(exc, path):
        return f"the disk is full ({message})"
    return message
