"""Per-day interval samples of a store, cached in a file of the user's cache folder.

Contract: ``SampleCache(directory)``; ``samples(store, start, end, clock,
feed, build, defer=False) -> Cached | None`` gives the samples (``SampleColumns``) of
every UTC day that overlaps ``[start, end)``, as one ``IntervalTracker``
fed with the store's whole log in log order gives them (so exactly the
naive pass's figures), or None when the cache does not stand at the log's
head and ``build`` is false (the caller then reads the period's window
itself: a day's window costs less than bringing a year's cache up to date).
With ``build`` a stale cache is brought up to the head, a missing or
unusable one built from the whole log, and either written back: at once,
or with ``defer`` by ``write_behind(cached)`` on a thread of its own, so the
figures need not wait for the file (``compute_stats`` summarises first).
A later ``samples()`` of the same file in this process waits for that
write (``wait_written(path=None, timeout=None)`` waits for it by hand), and
the interpreter waits for it before it exits.
``feed(tracker, after_seq, upto_seq) -> events read`` feeds the tracker the
statistics kinds of the log with ``after_seq < seq <= upto_seq`` (SQL:
``models.stats.reader``); ``clock`` is the drill clock (None: wall time).

Why a file and not a projection table: ``stats`` opens the store read-only
and immutable (it must never write to the evidence), the figures are
derived from the log alone, and a derived table would have to be kept by
every writer in every process. The cache is a derived copy that can be
thrown away at any time: deleting the folder only makes the next run slow.

Where: ``<directory>/stats-<sha256 of the store's location>.sqlite``
(``default_directory()``: the user's cache folder, ``stats`` under it, made
readable by its owner only: the samples name the call-takers),
one per store location; an SQLite file with three tables: ``meta`` (the
facts below and the names tables of ``SampleColumns``), ``days`` (one row
per UTC day: that day's samples, ``SampleColumns.to_blob``) and ``state``
(the tracker's ``export_state`` at ``seq``, marshalled, with its SHA-256).
Every write makes a new file beside it and renames it over the old one, so
a reader sees one whole version or the previous one, and a damaged file is
simply replaced (a writer killed half-way leaves a ``.part`` file, removed
by a later write once ``STALE_PART_S`` old). Size: about 86 MB for a year of
a city (800,000 samples and the tracker's state), beside a 3 GB store. A
cache not read nor written for a month is removed by the next write of
another (``models.stats.cache_sweep``).

What it holds is valid for a store only while (checked on every use; any
doubt -> the cache is not used, and rebuilt when ``build``):

- ``format`` is ``FORMAT`` and ``code`` is ``code_digest()``: the SHA-256 of
  the source of the modules that define the samples (tracker, definitions,
  columns, reader, this one). Any change to how an interval is measured
  changes the digest and throws every cache away.
- ``where`` is the store's location (``location``: its URL, or its file's
  absolute path; the file name is its hash; this guards against a collision).
- the store's event at ``seq`` has the hash ``hash``. The log's hash chain
  (``models.store.chain``) makes that hash cover every event up to ``seq``:
  the same hash means the same log up to there. A store restored from a
  backup, replaced, rewritten or another store at the same place has another
  hash at ``seq``, or no event at ``seq``: the cache is rebuilt from its log.
- nothing after ``seq``: the days are used as they are (one indexed look-up
  of the log's head). Events after ``seq`` (new calls, late events received
  with an old time, a reopened incident, a unit sent days later): the
  tracker's state at ``seq`` is restored and fed the events after ``seq``;
  the records whose exported fields changed or are new, and those whose
  samples read one of them (a call: its incident; an incident: its calls;
  a unit response: its incident; alerts raised at the same instant as a
  changed one), have their samples made again (``samples_of``); their old
  rows leave the days they were on (a call, incident or response is known
  by its id(s), an alert row by its start), the new rows join the days they
  are on, and only those days are encoded again: the others keep their
  bytes. Any day may change (a late event ends an interval that started
  weeks ago), and exactly those that did are remade (tested from every
  point of a log against the naive pass). The cache is written anew at the
  new head. A drill's clock is read from the log on every run, so a pause
  added later is counted too; on a drill store (a clock) every sample is
  made again when the cache is brought up to date, as a clock event may
  move earlier times (a drill is hours of events, not a year's).

A cache that cannot be read or written (no such folder, a read-only home,
a damaged file, a lock held too long) is never an error: the figures are
computed from the log, and a warning logged. The cache's figures are the
naive pass's (tested on hand-made logs with late events, a reopened
incident, intervals across days, restored and swapped stores, on SQLite and
PostgreSQL, and on the year benchmark). SQL-free itself apart from the two
look-ups of the log's hashes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.stats.cache_sweep import mark_used, sweep
from models.stats.columns import CODED, DAY_S, SampleColumns
from models.stats.day_cache_diff import KNOWN_KEYS, Gone, old_days, touched
from models.stats.tracker import Clock, IntervalTracker, epoch_s

if TYPE_CHECKING:
    from models.store import Store

_LOGGER = logging.getLogger(__name__)

FORMAT = 1
LOCK_WAIT_S = 10.0
STALE_PART_S = 3600.0  # a half-written file this old is a killed writer's: removed
Feed = Callable[[IntervalTracker, int, int], int]
_MARSHAL_VERSION = 2  # no reference table: 4x faster to write than 4, a few MB more


@dataclass
class Cached:
    columns: SampleColumns  # the samples of the days overlapping the period
    how: str  # "cached" (as it was), "updated" (events after it fed), "built" (from the log)
    tracker: IntervalTracker | None  # None: not needed (read as it was)
    events_read: int
    seq: int  # the log's head the samples stand at
    path: Path | None = None  # the cache file
    write: Callable[[], None] | None = None  # its write, still to do (SampleCache.write_behind)


def default_directory() -> Path:
    from platformdirs import user_cache_dir

    from models.store.engine import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "stats"


_DIGEST: list[str | None] = []


def code_digest() -> str | None:
    """SHA-256 of the source of the modules that define the cached samples (None: a source
    that cannot be read, e.g. a frozen build: then no cache is used at all)."""
    if not _DIGEST:
        from models.stats import columns, definitions, reader, tracker

        h = hashlib.sha256(f"format {FORMAT}".encode())
        try:
            for module in (tracker, definitions, columns, reader):
                h.update(Path(module.__file__ or "").read_bytes())
            h.update(Path(__file__).read_bytes())
            _DIGEST.append(h.hexdigest())
        except OSError as exc:
            _LOGGER.warning("statistics cache off: its code cannot be read (%s)", exc)
            _DIGEST.append(None)
    return _DIGEST[0]


def location(store: Store) -> str:
    """The store's location: its URL (password hidden), or its file's absolute path."""
    where = store.where
    return where if "://" in where else str(Path(where).resolve())


def cache_file(directory: Path, where: str) -> Path:
    return directory / f"stats-{hashlib.sha256(where.encode()).hexdigest()[:32]}.sqlite"


def _hash_at(store: Store, seq: int) -> str | None:
    from sqlalchemy import select

    from models.store.chain import GENESIS_HASH
    from models.store.schema import events_table as t

    if seq == 0:
        return GENESIS_HASH
    with store.engine.connect() as conn:
        found = conn.execute(select(t.c.hash).where(t.c.seq == seq)).scalar()
    return None if found is None else str(found)


def _days_of(start: datetime, end: datetime) -> tuple[int, int]:
    """First and last UTC day number a sample starting in ``[start, end)`` can fall on."""
    lo, hi = epoch_s(start), epoch_s(end)
    return math.floor(lo / DAY_S), math.floor(hi / DAY_S)


class SampleCache:
    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def path_for(self, store: Store) -> Path:
        return cache_file(self.directory.resolve(), location(store))

    def samples(
        self,
        store: Store,
        start: datetime,
        end: datetime,
        clock: Clock | None,
        feed: Feed,
        build: bool,
        defer: bool = False,
    ) -> Cached | None:
        if code_digest() is None:
            return None
        path = self.path_for(store)
        wait_written(path)  # this process's write of it still under way: read what it wrote
        head, head_hash = store.last_seq_and_hash()
        meta, columns = self._read(path, location(store), head, head_hash, *_days_of(start, end))
        if columns is not None:
            mark_used(path)  # a month unused and it is swept (models.stats.cache_sweep)
            return Cached(columns, "cached", None, 0, head)
        if not build:
            return None
        got = None
        if meta is not None and meta["seq"] < head and _hash_at(store, meta["seq"]) == meta["hash"]:
            got = self._update(path, store, meta, head, head_hash, start, end, clock, feed)
        if got is None:
            tracker = IntervalTracker(clock=clock)
            read = feed(tracker, 0, head)
            got = self._made(path, store, head, head_hash, tracker, start, end, "built", read)
        if not defer:
            self.write_behind(got, wait=True)
        return got

    def write_behind(self, got: Cached, wait: bool = False) -> None:
        """Write the cache file ``samples(..., defer=True)`` left to write, on a thread of its
        own (the figures need not wait for it; ``wait``: before returning). A later
        ``samples()`` of the same file in this process waits for it first; the interpreter
        waits for it before it exits."""
        write, got.write = got.write, None
        if write is None:
            return

        def run() -> None:
            try:
                write()
            except Exception:  # a cache never takes the figures down
                _LOGGER.exception("statistics cache %s not written", got.path)

        if wait:
            run()
            return
        thread = threading.Thread(target=run, name="stats-cache-write")
        with _WRITING_LOCK:
            _WRITING.setdefault(got.path, []).append(thread)
        thread.start()

    def _made(
        self,
        path: Path,
        store: Store,
        head: int,
        head_hash: str,
        tracker: IntervalTracker,
        start: datetime,
        end: datetime,
        how: str,
        read: int,
    ) -> Cached:
        """Every sample made anew from ``tracker`` (fed up to ``head``); the file's write."""
        every = SampleColumns.from_samples(tracker.samples())
        days = every.by_day()
        first, last = _days_of(start, end)
        wanted = [rows for day, rows in days.items() if first <= day <= last]
        if len(wanted) == len(days):  # every day (a year of a year's log): all, as they are
            columns = every
        else:
            columns = every.take(_joined(wanted)) if wanted else SampleColumns.empty(every.names)
        where = location(store)

        def write() -> None:
            blobs = [(day, every.take(r).to_blob()) for day, r in days.items()]
            self._write(path, where, head, head_hash, tracker.export_state(), every.names, blobs)

        return Cached(columns, how, tracker, read, head, path, write)

    def _update(
        self,
        path: Path,
        store: Store,
        meta: dict[str, Any],
        head: int,
        head_hash: str,
        start: datetime,
        end: datetime,
        clock: Clock | None,
        feed: Feed,
    ) -> Cached | None:
        """The cache brought up to ``head``: the tracker's state restored and fed the events
        after it; the samples of the records those events changed (and of those whose
        samples read them) made again, and only the days they were or are on remade (None:
        not possible, build anew)."""
        state = self._read_state(path)
        blobs = self._read_days(path)
        if state is None or blobs is None:
            return None
        tracker = IntervalTracker(clock=clock)
        try:
            tracker.restore_state(state)
        except ValueError as exc:
            _LOGGER.warning("statistics cache %s: %s; rebuilt from the log", path, exc)
            return None
        read = feed(tracker, int(meta["seq"]), head)
        names = meta["names"]
        # A drill's clock may have moved earlier times too (its first clock event), and rows
        # this code cannot attribute to a record: every sample made again.
        if clock is not None or not set(names["key"]) <= KNOWN_KEYS:
            return self._made(path, store, head, head_hash, tracker, start, end, "updated", read)
        new_state = tracker.export_state()
        try:
            calls, incidents, responses, alerts = touched(state, new_state, tracker)
        except ValueError:  # not the records it had: all again
            return self._made(path, store, head, head_hash, tracker, start, end, "updated", read)
        fresh = SampleColumns.from_samples(
            tracker.samples_of(calls, incidents, responses, alerts)
        ).recoded(names)
        gone = Gone(calls, incidents, responses, alerts)
        try:
            days = {day: SampleColumns.from_blob(blob, names) for day, blob in blobs.items()}
        except ValueError as exc:
            _LOGGER.warning("statistics cache %s unreadable (%s): rebuilt", path, exc)
            return None
        changed: set[int] = set()
        for day in old_days(state, calls, incidents, responses, alerts) & days.keys():
            keep = gone.kept(days[day])
            if keep is not None:
                days[day] = days[day].take(keep)
                changed.add(day)
        for day, rows in fresh.by_day().items():
            old = days.get(day)
            part = fresh.take(rows)
            days[day] = part if old is None else SampleColumns.concat([old, part], names)
            changed.add(day)
        days = {day: days[day] for day in sorted(days) if len(days[day])}
        first, last = _days_of(start, end)
        columns = SampleColumns.concat(
            [cols for day, cols in days.items() if first <= day <= last], names
        )
        where = location(store)

        def write() -> None:
            rows = [(day, cols.to_blob() if day in changed else blobs[day])
                    for day, cols in days.items()]  # fmt: skip
            self._write(path, where, head, head_hash, new_state, names, rows)

        return Cached(columns, "updated", tracker, read, head, path, write)

    # -- the file --------------------------------------------------------------

    def _connect(self, path: Path) -> sqlite3.Connection:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT_S,
                               isolation_level=None)  # fmt: skip

    def _read(
        self, path: Path, where: str, head: int, head_hash: str, first: int, last: int
    ) -> tuple[dict[str, Any] | None, SampleColumns | None]:
        """(the cache's facts if they are usable for this store's log, else None; the samples
        of days ``first``..``last`` if the cache stands at the log's head, else None)."""
        if not path.exists():
            return None, None
        try:
            with closing(self._connect(path)) as db:
                db.execute("BEGIN")  # meta and days of one file: one version
                rows = dict(db.execute("SELECT key, value FROM meta").fetchall())
                meta = _usable({k: json.loads(v) for k, v in rows.items()}, where)
                blobs = None
                if meta is not None and meta["seq"] == head and meta["hash"] == head_hash:
                    blobs = db.execute(
                        "SELECT blob FROM days WHERE day BETWEEN ? AND ? ORDER BY day",
                        (first, last),
                    ).fetchall()
                db.execute("COMMIT")
            if meta is None or blobs is None:
                return meta, None
            names = meta["names"]
            parts = [SampleColumns.from_blob(blob, names) for (blob,) in blobs]
        except (sqlite3.Error, ValueError, TypeError) as exc:
            _LOGGER.warning("statistics cache %s unreadable (%s): not used", path, exc)
            return None, None
        return meta, SampleColumns.concat(parts, names)

    def _read_state(self, path: Path) -> Any:
        try:
            with closing(self._connect(path)) as db:
                row = db.execute("SELECT digest, blob FROM state WHERE id = 1").fetchone()
            if row is None:
                return None
            digest, blob = row
            if hashlib.sha256(blob).hexdigest() != digest:
                raise ValueError("the tracker's state does not match its digest")
            return marshal.loads(blob)  # checked above: what this module wrote
        except (sqlite3.Error, ValueError, EOFError, TypeError) as exc:
            _LOGGER.warning("statistics cache %s unreadable (%s): rebuilt", path, exc)
            return None

    def _read_days(self, path: Path) -> dict[int, bytes] | None:
        try:
            with closing(self._connect(path)) as db:
                return {
                    int(day): bytes(blob) for day, blob in db.execute("SELECT day, blob FROM days")
                }
        except (sqlite3.Error, ValueError, TypeError) as exc:
            _LOGGER.warning("statistics cache %s unreadable (%s): rebuilt", path, exc)
            return None

    def _write(
        self,
        path: Path,
        where: str,
        seq: int,
        seq_hash: str,
        tracker_state: Any,
        names: dict[str, list[Any]],
        rows: list[tuple[int, bytes]],
    ) -> None:
        try:
            state = marshal.dumps(tracker_state, _MARSHAL_VERSION)
            meta = {"format": FORMAT, "code": code_digest(), "where": where, "seq": seq,
                    "hash": seq_hash, "names": names}  # fmt: skip
            # Only its owner may read it: the samples name the call-takers (per-operator
            # figures are for supervisors).
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            part = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
            for left in path.parent.glob(f"{path.name}.*.part"):  # a writer killed mid-way
                if time.time() - left.stat().st_mtime > STALE_PART_S:
                    left.unlink(missing_ok=True)
            part.unlink(missing_ok=True)
            try:
                with closing(sqlite3.connect(part, isolation_level=None)) as db:
                    db.execute("PRAGMA journal_mode=OFF")  # a new file, renamed once whole
                    db.execute("BEGIN")
                    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                    db.execute("CREATE TABLE days (day INTEGER PRIMARY KEY, blob BLOB)")
                    db.execute("CREATE TABLE state (id INTEGER PRIMARY KEY, digest TEXT, blob)")
                    db.executemany("INSERT INTO meta VALUES (?, ?)",
                                   [(k, json.dumps(v)) for k, v in meta.items()])  # fmt: skip
                    db.executemany("INSERT INTO days VALUES (?, ?)", rows)
                    db.execute("INSERT INTO state VALUES (1, ?, ?)",
                               (hashlib.sha256(state).hexdigest(), state))  # fmt: skip
                    db.execute("COMMIT")
                os.replace(part, path)  # readers see the old file or the new one, whole
            finally:
                part.unlink(missing_ok=True)
            sweep(path.parent, keep=path)  # other stores' caches unused for a month
        except (OSError, sqlite3.Error, ValueError) as exc:
            _LOGGER.warning("statistics cache %s not written: %s", path, exc)


def _usable(meta: dict[str, Any], where: str) -> dict[str, Any] | None:
    names = meta.get("names")
    if (
        meta.get("format") != FORMAT
        or meta.get("code") != code_digest()
        or meta.get("where") != where
        or type(meta.get("seq")) is not int
        or not isinstance(meta.get("hash"), str)
        or not isinstance(names, dict)
        or set(names) != set(CODED)
        or not all(isinstance(v, list) for v in names.values())
    ):
        return None
    return meta


def _joined(parts: list[Any]) -> Any:
    import numpy as np

    return np.concatenate(parts) if len(parts) > 1 else parts[0]


# -- writes under way (SampleCache.write_behind) --------------------------------

_WRITING: dict[Path, list[threading.Thread]] = {}
_WRITING_LOCK = threading.Lock()


def wait_written(path: Path | None = None, timeout: float | None = None) -> bool:
    """Wait for this process's cache writes under way (of ``path``, or all); False if one is
    still going after ``timeout`` seconds."""
    with _WRITING_LOCK:
        threads = [t for p, ts in _WRITING.items() if path is None or p == path for t in ts]
    deadline = None if timeout is None else time.monotonic() + timeout
    for thread in threads:
        if thread is not threading.current_thread():
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
    with _WRITING_LOCK:
        for p in list(_WRITING):
            _WRITING[p] = [t for t in _WRITING[p] if t.is_alive()]
            if not _WRITING[p]:
                del _WRITING[p]
        return not any(path is None or p == path for p in _WRITING)
