"""The spill: events the writer could not commit before it stopped, kept until the next start.

Contract:
- Where: ``spill_dirs(store)`` lists the directories, first choice first. A
  SQLite file store spills beside its file, into ``<store file>.spill/``; a
  server store (PostgreSQL) into ``<user data dir>/spill/<key>/`` where
  ``<key>`` is the first 16 hex digits of the SHA-256 of the store's URL
  (password hidden) and its purpose, so each database (and a drill store
  apart from the live one) has its own. When the first choice cannot be
  written (typically: its disk is full), the user data directory and then
  the temporary directory are tried, under the same key. An in-memory
  SQLite store has no spill (nothing could replay it). ``spill_files``
  lists what all of them hold, oldest first.
- Format (one file per shutdown, ``NNNNNNNN-<id>.spill``, append-only,
  written under an exclusive lock as ``.part`` and renamed once fsynced):
  records of ``<length> <crc32 hex> <json>\\n``, the JSON ASCII-only. The
  first record is the header (``t: "h"``: format version, spill id, store,
  purpose, the writer's committed head, why it spilled); then one record
  per event (``t: "e"``: source, kind, receive time, the payload's canonical
  JSON text exactly as it would have been hashed, raw bytes in base64, error;
  ``doubt: [seq, hash]`` when its transaction was still running when the
  writer gave up (it may have committed: the replay then finds that very
  hash at that seq and skips it); ``guarded: true`` for an operator action
  whose guard could not be kept). A record whose length or checksum does not
  match (a crash mid-write) is skipped and counted, never trusted.
- Replay (the writer does it on start, before any new event):
  ``SpillFile.open(path)`` takes the file's lock (None while another process
  writes or replays it); the writer appends its events in order and records
  its progress under ``progress_key(id)`` in ``store_info`` in the same
  transactions, so a crash in the middle never appends an event twice; then
  ``remove()`` deletes the file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import tempfile
import uuid
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, delete

from models.store import queries
from models.store.engine import StoreError
from models.store.events import NewEvent
from models.store.schema import store_info_table

if TYPE_CHECKING:
    from models.store.engine import Store

_LOGGER = logging.getLogger(__name__)

APP_NAME = "dispatch-console"
VERSION = 1
SUFFIX = ".spill"
PART_SUFFIX = ".part"


def server_spill_root() -> Path:
    """Where server stores (and stores whose own place fails) spill: the user's data dir."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "spill"


def _temp_spill_root() -> Path:
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-spill"


def store_key(store: Store) -> str:
    text = f"{store.where}\n{store.purpose}"
    return hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()[:16]


def spill_dirs(store: Store) -> list[Path]:
    """Where ``store`` spills, first choice first; empty for an in-memory store."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and store.path is None:
        return []
    key = store_key(store)
    dirs = [server_spill_root() / key, _temp_spill_root() / key]
    path = store.path
    if path is not None:
        dirs.insert(0, Path(f"{path.absolute()}{SUFFIX}"))
    return dirs


def _counter(path: Path) -> int:
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def spill_files(dirs: Iterable[Path]) -> list[Path]:
    """Every spill file (finished or left half-written by a crash), oldest first."""
    found: list[Path] = []
    for directory in dirs:
        try:
            found.extend(
                p
                for p in directory.iterdir()
                if p.name.endswith(SUFFIX) or p.name.endswith(SUFFIX + PART_SUFFIX)
            )
        except OSError:
            continue
    return sorted(found, key=lambda p: (_counter(p), p.name))


@dataclass(frozen=True, slots=True)
class SpillEvent:
    event: NewEvent
    payload_json: str | None
    doubt: tuple[int, str] | None = None  # (seq, hash) it had in a transaction of unknown fate
    guarded: bool = False  # an operator action whose guard was lost


def _record(obj: dict[str, Any]) -> bytes:
    body = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), sort_keys=True).encode()
    return b"%d %08x " % (len(body), zlib.crc32(body)) + body + b"\n"


def _event_record(item: SpillEvent) -> bytes:
    event = item.event
    obj: dict[str, Any] = {
        "t": "e",
        "s": event.source,
        "k": event.kind,
        "rx": event.rx_time.astimezone(UTC).isoformat(timespec="microseconds"),
        "p": item.payload_json,
        "raw": None if event.raw is None else base64.b64encode(event.raw).decode("ascii"),
        "err": event.error,
    }
    if item.doubt is not None:
        obj["doubt"] = list(item.doubt)
    if item.guarded:
        obj["guarded"] = True
    return _record(obj)


def parse_records(data: bytes) -> tuple[list[dict[str, Any]], int]:
    """The valid records of a spill file, and how many bytes were skipped as damaged."""
    records: list[dict[str, Any]] = []
    skipped = 0
    pos = 0
    end = len(data)
    while pos < end:
        record = None
        nxt = end
        space = data.find(b" ", pos, pos + 21)
        if space > pos and data[pos:space].isdigit():
            length = int(data[pos:space])
            start = space + 10
            stop = start + length
            crc = data[space + 1 : space + 9]
            if (
                data[space + 9 : space + 10] == b" "
                and stop < end
                and data[stop : stop + 1] == b"\n"
                and all(c in b"0123456789abcdef" for c in crc)
                and zlib.crc32(data[start:stop]) == int(crc, 16)
            ):
                try:
                    record = json.loads(data[start:stop])
                except ValueError:
                    record = None
                nxt = stop + 1
        if isinstance(record, dict):
            records.append(record)
            pos = nxt
            continue
        # Damaged (a crash mid-write): resynchronise at the next line.
        newline = data.find(b"\n", pos)
        nxt = end if newline < 0 else newline + 1
        skipped += nxt - pos
        pos = nxt
    return records, skipped


def _to_spill_event(obj: dict[str, Any]) -> SpillEvent:
    payload_json = obj.get("p")
    raw = obj.get("raw")
    doubt = obj.get("doubt")
    event = NewEvent(
        source=obj["s"],
        kind=obj["k"],
        rx_time=datetime.fromisoformat(obj["rx"]),
        payload=None if payload_json is None else json.loads(payload_json),
        raw=None if raw is None else base64.b64decode(raw),
        error=obj.get("err"),
    )
    return SpillEvent(
        event,
        payload_json,
        None if doubt is None else (int(doubt[0]), str(doubt[1])),
        bool(obj.get("guarded")),
    )


# -- locking ---------------------------------------------------------------

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def _lock(fd: int, block: bool) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_LOCK if block else msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    except OSError:
        pass


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- writing ---------------------------------------------------------------


def write_spill(
    dirs: list[Path],
    events: list[SpillEvent],
    *,
    store_where: str,
    purpose: str,
    head: tuple[int, str],
    reason: str,
    now: datetime,
) -> Path:
    """Write ``events`` durably to a new spill file in the first directory that takes it.

    Raises the last ``OSError`` when none does.
    """
    spill_id = uuid.uuid4().hex
    header = {
        "t": "h",
        "v": VERSION,
        "id": spill_id,
        "store": store_where,
        "purpose": purpose,
        "written": now.isoformat(timespec="microseconds"),
        "head": [head[0], head[1]],
        "reason": reason,
        "events": len(events),
    }
    chunks = [_record(header)]
    chunks.extend(_event_record(item) for item in events)
    data = b"".join(chunks)
    counter = max((_counter(p) for p in spill_files(dirs)), default=0) + 1
    name = f"{counter:08d}-{spill_id}{SUFFIX}"
    last_error: OSError | None = None
    for directory in dirs:
        part = directory / (name + PART_SUFFIX)
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            last_error = exc
            continue
        try:
            _lock(fd, block=True)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except OSError as exc:
            last_error = exc
            os.close(fd)
            try:
                part.unlink()
            except OSError:
                pass
            continue
        final = directory / name
        if os.name == "posix":
            # Renamed while still locked: a replayer never sees it half-written.
            _rename_durably(part, final)
            _unlock(fd)
            os.close(fd)
        else:
            # Windows renames no open file; a complete .part is replayed as well.
            _unlock(fd)
            os.close(fd)
            final = _rename_durably(part, final)
        return final
    assert last_error is not None
    raise last_error


def _rename_durably(part: Path, final: Path) -> Path:
    try:
        os.replace(part, final)
    except OSError as exc:
        _LOGGER.warning("spill file kept as %s (cannot rename it: %s)", part, exc)
        return part
    try:
        _fsync_dir(final.parent)
    except OSError as exc:
        _LOGGER.warning("cannot fsync the spill directory %s: %s", final.parent, exc)
    return final


# -- reading and replay ------------------------------------------------------


class SpillFile:
    """One spill file, locked for replay; ``events`` in order, ``skipped`` damaged bytes."""

    def __init__(self, path: Path, fd: int, header: dict[str, Any], events: list[SpillEvent]):
        self.path = path
        self._fd: int | None = fd
        self.header = header
        self.id: str = header["id"]
        self.events = events
        self.skipped = 0

    @classmethod
    def open(cls, path: Path) -> SpillFile | None:
        """The file locked for this process, or None (busy, empty, or not a spill file)."""
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        if not _lock(fd, block=False):
            os.close(fd)
            return None
        try:
            chunks = []
            while True:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
            data = b"".join(chunks)
            records, skipped = parse_records(data)
            if not records or records[0].get("t") != "h" or records[0].get("v") != VERSION:
                # Empty: a writer created it and has not locked it yet; leave it be.
                if data:
                    _LOGGER.error("%s is not a spill file this version can read; kept", path)
                _unlock(fd)
                os.close(fd)
                return None
            events = [_to_spill_event(r) for r in records[1:] if r.get("t") == "e"]
        except (OSError, KeyError, TypeError, ValueError) as exc:
            _LOGGER.error("cannot read the spill file %s: %s; kept", path, exc)
            _unlock(fd)
            os.close(fd)
            return None
        spill = cls(path, fd, records[0], events)
        spill.skipped = skipped
        if skipped:
            _LOGGER.error(
                "spill file %s: %d damaged bytes skipped (a crash while it was written)",
                path,
                skipped,
            )
        return spill

    def remove(self) -> None:
        """Delete the file (its events are in the log) and release it."""
        if os.name != "posix":
            self.close()  # Windows deletes no open file
        try:
            self.path.unlink()
            _fsync_dir(self.path.parent)
        except OSError as exc:
            _LOGGER.error("cannot remove the replayed spill file %s: %s", self.path, exc)
        self.close()

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd)
            os.close(fd)


def progress_key(spill_id: str) -> str:
    return f"spill:{spill_id}"


def read_progress(conn: Connection, spill_id: str) -> int:
    value = queries.store_info(conn, progress_key(spill_id))
    return int(value) if value is not None and value.isdigit() else 0


def write_progress(conn: Connection, spill_id: str, done: int) -> None:
    key = progress_key(spill_id)
    conn.execute(delete(store_info_table).where(store_info_table.c.key == key))
    queries.set_store_info(conn, key, str(done))


def forget_progress(conn: Connection, spill_id: str) -> None:
    key = progress_key(spill_id)
    conn.execute(delete(store_info_table).where(store_info_table.c.key == key))


class EventSpilled(StoreError):
    """The writer stopped before this event was committed; it is kept in a spill file.

    The next writer on the same store appends it to the log (``path``).
    """

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path
