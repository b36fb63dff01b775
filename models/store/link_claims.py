"""Which process owns which link: exclusive claims among processes sharing one store.

Contract: ``LinkClaims(store, holder)``; ``claim(name) -> None`` when this
process now owns link ``name`` (or already did), else a sentence naming who
owns it; ``release_all()`` gives every claim back (a process that dies gives
them back by itself). ``holder`` describes this process to others, e.g.
"recorder on ops-server pid 4242".

Two processes reading one serial port or binding one port would fight or
double-store every frame: a link has exactly one owner. On PostgreSQL a
claim is a session advisory lock held on a dedicated connection (its
``application_name`` is the holder, so the refusal can name the owner); on
SQLite it is an exclusive ``flock`` on ``<store file>.links/<name>.lock``
(holder written inside). In-memory stores have no other process: every
claim succeeds. A name may hold any character (a file claim quotes it).

``release(name)`` gives one claim back. ``port_claim(url)`` is the claim
name of a serial port (``port:`` + the device's real path, or the pyserial
URL as written): two links, or a link and a paging/radio line, naming one
port under different names still cannot both open it.
"""

from __future__ import annotations

import logging
import os
import socket
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from models.store.engine import Store

_LOGGER = logging.getLogger(__name__)

# Advisory lock namespace for link claims ("link" in ASCII).
CLAIMS_CLASS = 0x6C696E6B


def _key(name: str) -> int:
    """A stable signed 32-bit key for a link name."""
    value = zlib.crc32(name.encode())
    return value - (1 << 32) if value >= (1 << 31) else value


class LinkClaims:
    def __init__(self, store: Store, holder: str) -> None:
        self._store = store
        self._holder = holder[:60]
        self._held: dict[str, Any] = {}
        self._connection: Any = None

    def claim(self, name: str) -> str | None:
        if name in self._held:
            return None
        backend = self._store.engine.dialect.name
        if backend == "postgresql":
            return self._claim_postgres(name)
        path = self._store.path
        if path is None:
            self._held[name] = None
            return None
        return self._claim_file(path, name)

    def release(self, name: str) -> None:
        if name not in self._held:
            return
        handle = self._held.pop(name)
        if handle is True and self._connection is not None:
            self._connection.execute(
                "SELECT pg_advisory_unlock(%s, %s)", (CLAIMS_CLASS, _key(name))
            ).fetchone()
        elif handle is not None and hasattr(handle, "close"):
            handle.close()

    def release_all(self) -> None:
        for name, handle in list(self._held.items()):
            if handle is not None and hasattr(handle, "close"):
                handle.close()
            del self._held[name]
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                # At once: a closed session's locks go only when its backend has exited.
                connection.execute("SELECT pg_advisory_unlock_all()").fetchone()
            except Exception:
                _LOGGER.debug("unlocking the link claims", exc_info=True)
            try:
                connection.close()  # ends the session: its advisory locks go
            except Exception:
                _LOGGER.debug("closing the link-claims connection", exc_info=True)

    # -- PostgreSQL ---------------------------------------------------------

    def _claim_postgres(self, name: str) -> str | None:
        if self._connection is None:
            engine = self._store.engine
            cargs, cparams = engine.dialect.create_connect_args(engine.url)
            cparams = {**cparams, "application_name": self._holder, "autocommit": True}
            self._connection = engine.dialect.loaded_dbapi.connect(*cargs, **cparams)
        key = _key(name)
        got = self._connection.execute(
            "SELECT pg_try_advisory_lock(%s, %s)", (CLAIMS_CLASS, key)
        ).fetchone()[0]
        if got:
            self._held[name] = True
            return None
        row = self._connection.execute(
            "SELECT a.application_name, a.client_addr FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = %s AND l.objid = %s "
            "AND l.granted LIMIT 1",
            (CLAIMS_CLASS & 0xFFFFFFFF, key & 0xFFFFFFFF),
        ).fetchone()
        owner = (row[0] or "another process") if row else "another process"
        where = f" at {row[1]}" if row and row[1] else ""
        return f"link {name} is owned by {owner}{where}"

    # -- SQLite file ----------------------------------------------------------

    def _claim_file(self, store_path: Path, name: str) -> str | None:
        try:
            import fcntl
        except ImportError:  # Windows: one PC, one console by convention
            self._held[name] = None
            return None
        folder = store_path.with_name(store_path.name + ".links")
        folder.mkdir(exist_ok=True)
        lock_path = folder / f"{_file_name(name)}.lock"
        handle = open(lock_path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            owner = handle.read().strip() or "another process"
            handle.close()
            return f"link {name} is owned by {owner}"
        handle.seek(0)
        handle.truncate()
        handle.write(self._holder)
        handle.flush()
        self._held[name] = handle
        return None


def _file_name(name: str) -> str:
    """``name`` as one safe file name (plain names stay as they were)."""
    if name and all(ch.isalnum() or ch in "._-" for ch in name) and not name.startswith("."):
        return name
    return "q_" + quote(name, safe="")


def port_claim(url: str) -> str:
    """The claim name of the serial port ``url`` names (see the module contract)."""
    if "://" in url:
        return f"port:{url.strip()}"
    try:
        return f"port:{os.path.realpath(url)}"
    except OSError:
        return f"port:{url}"


def describe_process(role: str) -> str:
    """``"<role> on <host> pid <pid>"``: how other processes name this one."""
    return f"{role} on {socket.gethostname()} pid {os.getpid()}"
