"""Reading the event log for statistics: only the kinds intervals need, only the period's days.

Contract: ``compute_stats(store, start, end, context=None, supervisor=False,
cache=None) -> StatsReport``. With a ``cache`` (``models.stats.day_cache``:
per-day samples kept outside the store, which says when they are used and
when thrown away) the samples come from it whenever it stands at the log's
head; a period covering at least ``WIDE_SHARE`` of the log (with its margins)
also builds it from the whole log or brings it up to date with the events
after it; ``StatsReport.source`` says which ("cached", "updated", "built";
"window": read as below; a cache file made or brought up to date is written
after the figures are summarised, on a thread of its own: ``SampleCache.write_behind``).
The cache's samples are the whole log's: the same
as the window's below wherever every interval that starts in the period
ends within ``MARGIN`` of the period (the year benchmark: identical).
Without a cache, or for a short period when the cache is not at the head,
it reads the events of the kinds ``STAT_KINDS`` whose receive
time lies within ``[start - MARGIN, end + MARGIN)`` in log order, feeds them
to one ``IntervalTracker`` and summarises the samples that start in
``[start, end)`` (``models.stats.aggregate``). ``MARGIN`` (a day) gives an
interval that crosses the period's edge its other end, and an incident
created shortly before the period its type and priority; a unit response
to an incident created earlier still gets the incident's type and priority
from a second, indexed look-up of those ``incident.created`` events. On a
drill store (one with ``drill.clock`` / ``drill.started`` events) times are
measured on the drill clock, so pauses never count, as in drill scoring.

On SQLite the payload fields the tracker uses are extracted by SQLite
(``json_extract``) and the times parsed from the stored text a chunk at a
time by numpy (exact to the microsecond), so no payload is decoded in Python. A store upgraded to
migration 0009 is read through its partial index ``ix_events_stats_v2``: the
kinds' rows in log order with those fields already extracted, so no sort
and no payload parsed; an older one (opened read-only before its upgrade)
through the kind index. A window covering most of the log skips finding
its seq range. Through the index, the rows come ``CHUNK_SEQS`` seqs at a
time, each chunk one JSON document that SQLite builds in one step
(``json_group_array``) and Python decodes at once (``json.loads``, rows
then put in seq order): a helper thread runs the next chunk's statement,
during which SQLite holds no interpreter lock, while this thread feeds the
tracker, so the two really run side by side (row by row, every row's
fetch waited for the lock the feeding thread held). Without the index, a
helper thread fetches the next chunk of rows while this one feeds the
tracker (the year benchmark: tests/benchmarks/bench_stats.py). Any other
database goes through SQLAlchemy with the payloads decoded by the driver.
All give identical results (tested).
``incident_stat_events(store, incident_id, calls, alerts, units)`` reads
only what one incident's intervals need (the incident report).
The wallboard's readers (a live seed, a replay's) are
``models.stats.wallboard_reader``'s.
``read_stat_events(store, start, end, all_kinds=False)`` returns the
``StoredEvent`` values of the period (plus, with ``all_kinds``, the kinds
the wallboard also shows: link and sensor health, call releases, alert
cancellations), oldest first. Runs SQL: call it off the GUI thread.
"""

from __future__ import annotations

import gc
import json
import logging
import queue
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import numpy as np

from models.stats.aggregate import PeriodStats, StatsContext, summarise
from models.stats.tracker import ROW_FIELDS, IntervalTracker, epoch_s

if TYPE_CHECKING:
    from models.stats.day_cache import SampleCache
    from models.store import Store, StoredEvent

_LOGGER = logging.getLogger(__name__)

MARGIN = timedelta(days=1)
STAT_KINDS = (
    "call.offered", "call.answered", "call.abandoned", "call.attached", "incident.created",
    "incident.closed", "incident.reopened", "unit.assigned", "unit.status", "alert.raised",
    "alert.acknowledged", "alert.promoted", "alert.linked", "alert.dismissed",
)  # fmt: skip
WALLBOARD_EXTRA_KINDS = ("call.released", "alert.cancelled", "link.state", "sensor.health")
CLOCK_KINDS = ("drill.clock", "drill.started")

_FIELDS = ROW_FIELDS
_NONE = (None,) * len(_FIELDS)
_EPOCH_NAIVE = datetime(1970, 1, 1)
MMAP_BYTES = 1 << 34  # at most 16 GiB of the file mapped (SQLite maps what exists)
# The partial index of migration 0009 (SQLite): the stat kinds' rows in log order with their
# time, source and the _FIELDS of their payload (one json_extract), packed together apart
# from the AVL frames. SQLite uses a partial index only for a query whose WHERE repeats the
# index's own term, and reads an indexed expression only when the query spells the same
# one: the query below uses the same kind literals and expression (a test checks).
STATS_INDEX = "ix_events_stats_v2"  # migration 0009
_KIND_LITERALS = ", ".join(f"'{k}'" for k in STAT_KINDS)
_SELECT = "SELECT seq, rx_time, kind, source, json_extract(payload, {fields}) FROM events".format(
    fields=", ".join(f"'$.{f}'" for f in _FIELDS)
)
# A window covering at least this share of the log's time span reads the kinds without first
# finding its exact seq range (a scan of the rx_time index as long as the window).
WIDE_SHARE = 0.5
# Seqs per chunk read through the statistics index: a year of a city holds about 15,000 of the
# statistics kinds' rows in 50,000 seqs (2 MB of JSON); a log of those kinds only, 50,000 rows
# (some 30 MB of Python objects while a chunk is fed, two more chunks made meanwhile).
CHUNK_SEQS = 50_000
# One chunk of the index's rows as one JSON array of [seq, rx_time, kind, source, fields],
# built by SQLite in one step. The fields are the index's own expression (read from the index,
# as in _stat_query), made JSON again by json() so they come as an array, not as its text.
# (Working the receive times out to microseconds in SQL as well cost the reading thread more
# than it saved this one: the year benchmark, 2.5 s more CPU in all.)
_CHUNK_QUERY = (
    "SELECT json_group_array(json_array(seq, rx_time, kind, source, json(json_extract(payload, "
    + ", ".join(f"'$.{f}'" for f in _FIELDS)
    + f")))) FROM events INDEXED BY {STATS_INDEX} WHERE kind IN ({_KIND_LITERALS})"
    " AND seq BETWEEN ? AND ? AND rx_time >= ? AND rx_time < ?"
)


def _stat_query(indexed: bool, seq_range: bool) -> str:
    using = f" INDEXED BY {STATS_INDEX}" if indexed else ""
    kinds = _KIND_LITERALS if indexed else ", ".join("?" * len(STAT_KINDS))
    seqs = " AND seq BETWEEN ? AND ?" if seq_range else ""
    return (
        f"{_SELECT}{using} WHERE kind IN ({kinds}){seqs} AND rx_time >= ? AND rx_time < ?"
        " ORDER BY seq"
    )


# Exact even where receive times and log order cross (the rx_time index covers seq).
_SEQ_RANGE = "SELECT min(seq), max(seq) FROM events WHERE rx_time >= ? AND rx_time < ?"


@dataclass
class StatsReport:
    summary: PeriodStats
    tracker: IntervalTracker | None  # None: the samples came from the cache as they were
    drill: bool
    events_read: int
    source: str = "window"  # "window", or the cache's "cached" / "updated" / "built"


def _sqlite_text(when: datetime) -> str:
    when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def _drill_clock(store: Store) -> Callable[[float], float] | None:
    from sqlalchemy import select

    from models.drills.clock import DrillClock
    from models.store.schema import events_table as t

    stmt = (
        select(t.c.seq, t.c.rx_time, t.c.kind, t.c.payload)
        .where(t.c.kind.in_(CLOCK_KINDS))
        .order_by(t.c.seq)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    if not rows:
        return None
    clock = DrillClock.from_events(rows)

    def drill_s(wall: float) -> float:
        return clock.drill_s(datetime.fromtimestamp(wall, UTC))

    return drill_s


def compute_stats(
    store: Store,
    start: datetime,
    end: datetime,
    context: StatsContext | None = None,
    supervisor: bool = False,
    cache: SampleCache | None = None,
) -> StatsReport:
    clock = _drill_clock(store)
    # Hundreds of thousands of small records that live until the end: the cyclic
    # collector would walk them again and again for nothing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if cache is not None:
            wide = _log_share(store, start, end) >= WIDE_SHARE
            feed = partial(_feed_seqs, store)
            got = cache.samples(store, start, end, clock, feed, wide, defer=True)
            if got is not None:
                summary = summarise(got.columns, start, end, context, supervisor)
                cache.write_behind(got)  # the figures do not wait for the file
                return StatsReport(summary, got.tracker, clock is not None, got.events_read,
                                   got.how)  # fmt: skip
        tracker = IntervalTracker(clock=clock)
        lo, hi = start - MARGIN, end + MARGIN
        if store.engine.dialect.name == "sqlite":
            read = _feed_sqlite(store, tracker, lo, hi)
        else:
            read = _feed_generic(store, tracker, lo, hi)
        _complete_incidents(store, tracker)
        summary = summarise(tracker.samples(), start, end, context, supervisor)
    finally:
        if was_enabled:
            gc.enable()
    return StatsReport(summary, tracker, clock is not None, read)


_ALL_TIME = (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC))


def _feed_seqs(store: Store, tracker: IntervalTracker, after: int, upto: int) -> int:
    """Feed the statistics kinds with ``after < seq <= upto`` (any receive time)."""
    if upto <= after:
        return 0
    if store.engine.dialect.name == "sqlite":
        return _feed_sqlite(store, tracker, *_ALL_TIME, seqs=(after + 1, upto))
    from sqlalchemy import select

    from models.store.events import stored_event
    from models.store.schema import events_table as t

    stmt = (
        select(t.c.seq, t.c.rx_time, t.c.source, t.c.kind, t.c.payload)
        .where(t.c.kind.in_(STAT_KINDS), t.c.seq > after, t.c.seq <= upto)
        .order_by(t.c.seq)
    )
    n = 0
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=20_000).execute(stmt)
        for r in result:
            tracker.apply(stored_event(r.source, r.kind, r.rx_time, r.payload, None, None,
                                       r.seq, ""))  # fmt: skip
            n += 1
    return n


def _log_share(store: Store, start: datetime, end: datetime) -> float:
    """The share of the log's time span that ``[start - MARGIN, end + MARGIN)`` covers."""
    from sqlalchemy import func, select

    from models.store.schema import events_table as t

    with store.engine.connect() as conn:
        # Two statements: SQLite answers a lone min() or max() with one probe of the
        # rx_time index, but both in one statement with a scan of the whole table.
        first = conn.execute(select(func.min(t.c.rx_time))).scalar()
        last = conn.execute(select(func.max(t.c.rx_time))).scalar()
    if first is None or last is None:
        return 1.0
    return _share_of_log(start - MARGIN, end + MARGIN, _text(first), _text(last))


def _text(when: Any) -> str:
    """A receive time as the stored text form (SQLite returns it as such from an aggregate)."""
    return when if isinstance(when, str) else _sqlite_text(when if when.tzinfo else
                                                           when.replace(tzinfo=UTC))  # fmt: skip


def _feed_sqlite(
    store: Store,
    tracker: IntervalTracker,
    lo: datetime,
    hi: datetime,
    seqs: tuple[int, int] | None = None,
) -> int:
    raw = store.engine.raw_connection()
    n = 0
    try:
        db = raw.driver_connection
        # Rows of the period are spread among the AVL frames across the file: map it
        # rather than read it page by page (the store is read-only here).
        db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        lo_text, hi_text = _sqlite_text(lo), _sqlite_text(hi)
        # The log's first and last receive times: one probe of the rx_time index each.
        oldest = db.execute("SELECT min(rx_time) FROM events").fetchone()[0]
        newest = db.execute("SELECT max(rx_time) FROM events").fetchone()[0]
        if oldest is None or lo_text > newest or hi_text <= oldest:
            return 0
        indexed = (
            db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (STATS_INDEX,)
            ).fetchone()
            is not None
        )
        if indexed:
            if seqs is not None:
                first, last = seqs
            elif _share_of_log(lo, hi, oldest, newest) < WIDE_SHARE:
                first, last = db.execute(_SEQ_RANGE, (lo_text, hi_text)).fetchone()
                if first is None:
                    return 0
            else:  # two probes of the rowid (one statement with both would scan the table)
                first = db.execute("SELECT min(seq) FROM events").fetchone()[0]
                last = db.execute("SELECT max(seq) FROM events").fetchone()[0]
            return _feed_chunks(db, tracker, first, last, lo_text, hi_text)
        args: tuple[Any, ...] = STAT_KINDS
        if seqs is not None:
            cursor = db.execute(_stat_query(False, True), (*args, *seqs, lo_text, hi_text))
        elif _share_of_log(lo, hi, oldest, newest) < WIDE_SHARE:
            # A short window: its seq range through the rx_time index, then only that
            # range of each kind, not the whole log's.
            first, last = db.execute(_SEQ_RANGE, (lo_text, hi_text)).fetchone()
            if first is None:
                return 0
            cursor = db.execute(_stat_query(False, True), (*args, first, last, lo_text, hi_text))
        else:
            cursor = db.execute(_stat_query(False, False), (*args, lo_text, hi_text))
        apply_row, apply_unit = tracker.apply_row, tracker.apply_unit
        scan = json.JSONDecoder().scan_once  # one small array per row, canonical
        for rows in _fetched_ahead(cursor):
            n += len(rows)
            seqs_, texts, kinds, sources, fields = zip(*rows, strict=True)
            for seq, t, kind, source, text in zip(
                seqs_, _epoch_seconds(texts), kinds, sources, fields, strict=True
            ):
                f = _NONE if text is None else scan(text, 0)[0]  # None: no payload
                if kind == "unit.status" or kind == "unit.assigned":
                    apply_unit(seq, t, kind, f[2], f[3], f[1])
                else:
                    apply_row(seq, t, kind, source, f)
    finally:
        raw.close()
    return n


def _feed_chunks(
    db: Any, tracker: IntervalTracker, first: int, last: int, lo_text: str, hi_text: str
) -> int:
    """Feed the statistics kinds with ``first <= seq <= last`` received in ``[lo, hi)``
    through the statistics index, ``CHUNK_SEQS`` seqs at a time (see the module docstring)."""
    bounds = [(a, min(a + CHUNK_SEQS - 1, last)) for a in range(first, last + 1, CHUNK_SEQS)]

    def chunk(bound: tuple[int, int]) -> str:
        return str(db.execute(_CHUNK_QUERY, (*bound, lo_text, hi_text)).fetchone()[0])

    apply_row, apply_unit = tracker.apply_row, tracker.apply_unit
    n = 0
    by_seq = itemgetter(0)
    for text in _ahead(map(chunk, bounds)):
        rows = json.loads(text)
        rows.sort(key=by_seq)  # log order whatever order SQLite aggregated them in
        n += len(rows)
        for (seq, _time, kind, source, f), t in zip(
            rows, _epoch_seconds([row[1] for row in rows]), strict=True
        ):
            if kind == "unit.status" or kind == "unit.assigned":
                apply_unit(seq, t, kind, f[2], f[3], f[1])
            else:
                apply_row(seq, t, kind, source, _NONE if f is None else f)  # None: no payload
    return n


def _epoch_seconds(texts: Sequence[str]) -> list[float]:
    """Stored receive times (SQLite's text, UTC) as epoch seconds, read as parse_sqlite_time
    reads them: exact to the microsecond (SQLite's date functions cost more and may round).
    numpy parses a chunk at once; the division of whole microseconds by 10^6 is the one
    ``timedelta.total_seconds`` makes, so the values are identical."""
    try:
        micros = np.array(texts, dtype="datetime64[us]").astype(np.int64)
    except ValueError:  # a text numpy does not read: one by one, as before
        return [(datetime.fromisoformat(t) - _EPOCH_NAIVE).total_seconds() for t in texts]
    return (micros / 1e6).tolist()


def _fetched_ahead(cursor: Any, size: int = 20_000) -> Iterator[list[Any]]:
    """The cursor's rows, chunk by chunk, fetched by a helper thread one chunk ahead: SQLite
    steps through the index and extracts the fields without the GIL while the caller feeds
    the tracker with the previous chunk (same rows, same order)."""
    return _ahead(iter(partial(cursor.fetchmany, size), []))


def _ahead(source: Iterator[Any]) -> Iterator[Any]:
    """``source``'s items in order, each made by a helper thread while the caller uses the
    previous one (at most two waiting); an exception raised making one is raised here."""
    chunks: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def fetch() -> None:
        try:
            for item in source:
                if stop.is_set():
                    return
                chunks.put((True, item))
            chunks.put((False, None))
        except BaseException as exc:  # handed to the caller, raised there
            chunks.put((False, exc))

    thread = threading.Thread(target=fetch, name="stats-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            more, item = chunks.get()
            if not more:
                if item is not None:
                    raise item
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # a fetcher blocked on a full queue: let it finish
            try:
                chunks.get(timeout=0.05)
            except queue.Empty:
                pass
        thread.join()


def _share_of_log(lo: datetime, hi: datetime, oldest: str, newest: str) -> float:
    """The share of the log's time span that the window ``[lo, hi)`` covers (0..1)."""
    first = datetime.fromisoformat(oldest).replace(tzinfo=UTC)
    last = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    span = (last - first).total_seconds()
    if span <= 0:
        return 1.0
    covered = (min(hi, last) - max(lo, first)).total_seconds()
    return max(0.0, min(1.0, covered / span))


def _feed_generic(store: Store, tracker: IntervalTracker, lo: datetime, hi: datetime) -> int:
    events = read_stat_events(store, lo, hi)
    for event in events:
        tracker.apply(event)
    return len(events)


def read_stat_events(
    store: Store, start: datetime, end: datetime, all_kinds: bool = False
) -> list[StoredEvent]:
    from sqlalchemy import select

    from models.store.events import stored_event
    from models.store.schema import events_table as t

    kinds = (*STAT_KINDS, *WALLBOARD_EXTRA_KINDS) if all_kinds else STAT_KINDS
    stmt = (
        select(t.c.seq, t.c.rx_time, t.c.source, t.c.kind, t.c.payload)
        .where(t.c.kind.in_(kinds), t.c.rx_time >= start, t.c.rx_time < end)
        .order_by(t.c.seq)
    )
    with store.engine.connect() as conn:
        bounds = seq_bounds(conn, start, end)
        if bounds is None:
            return []
        stmt = stmt.where(t.c.seq.between(*bounds))
        return [
            stored_event(r.source, r.kind, r.rx_time, r.payload, None, None, r.seq, "")
            for r in conn.execute(stmt)
        ]


def seq_bounds(conn: Any, start: datetime, end: datetime | None) -> tuple[int, int] | None:
    """The first and last seq received in ``[start, end)`` (None: none; on SQLite only, else
    every seq), through the rx_time index. Added to a query of kinds in a window, it keeps
    SQLite from reading every event of those kinds in the whole log through the kind index
    (four weeks' wallboard of a year's store: 5.9 s of CPU before, 2.0 s with it); the
    receive-time condition stays, so the rows are exactly the same even where receive times
    and log order cross."""
    from sqlalchemy import func, select

    from models.store.schema import events_table as t

    if conn.dialect.name != "sqlite":  # PostgreSQL's planner combines its indexes itself
        return 0, 2**62
    wanted = [t.c.rx_time >= start] if end is None else [t.c.rx_time >= start, t.c.rx_time < end]
    first, last = conn.execute(select(func.min(t.c.seq), func.max(t.c.seq)).where(*wanted)).one()
    return None if first is None else (int(first), int(last))


def _complete_incidents(store: Store, tracker: IntervalTracker) -> None:
    """Type and priority of incidents created before the window that its units served."""
    missing = sorted({r.incident_id for r in tracker.responses.values()} - tracker.incidents.keys())
    if not missing:
        return
    from sqlalchemy import func, select

    from models.store.schema import events_table as t

    found: dict[str, Any] = {}
    for i in range(0, len(missing), 500):
        wanted = set(missing[i : i + 500])
        if store.engine.dialect.name == "sqlite":
            stmt = select(t.c.seq, t.c.rx_time, t.c.source, t.c.payload).where(
                t.c.kind == "incident.created",
                func.json_extract(t.c.payload, "$.incident_id").in_(wanted),
            )
        else:
            stmt = select(t.c.seq, t.c.rx_time, t.c.source, t.c.payload).where(
                t.c.kind == "incident.created"
            )
        with store.engine.connect() as conn:
            for row in conn.execute(stmt):
                p = row.payload or {}
                iid = p.get("incident_id")
                if iid in wanted and iid not in found:
                    found[iid] = row
    for iid, row in found.items():
        tracker.add_incident(iid, row.payload, epoch_s(row.rx_time), row.source)


def incident_stat_events(
    store: Store,
    incident_id: str,
    calls: Collection[str] = (),
    alerts: Collection[str] = (),
    units: Collection[str] = (),
) -> list[StoredEvent]:
    """The events one incident's intervals need, oldest first: its own, its calls' and
    alerts', and its units' assignments and statuses (a report's narrow read; any database)."""
    from sqlalchemy import or_, select

    from models.store.events import stored_event
    from models.store.schema import events_table as t

    payload = t.c.payload
    wanted = [payload["incident_id"].as_string() == incident_id]
    if calls:
        wanted.append(t.c.kind.like("call.%") & payload["call_id"].as_string().in_(list(calls)))
    if alerts:
        wanted.append(t.c.kind.like("alert.%") & payload["alert_id"].as_string().in_(list(alerts)))
    if units:
        wanted.append((t.c.kind == "unit.status") & payload["unit"].as_string().in_(list(units)))
    stmt = (
        select(t.c.seq, t.c.rx_time, t.c.source, t.c.kind, t.c.payload)
        .where(t.c.kind.in_(STAT_KINDS), or_(*wanted))
        .order_by(t.c.seq)
    )
    with store.engine.connect() as conn:
        return [
            stored_event(r.source, r.kind, r.rx_time, r.payload, None, None, r.seq, "")
            for r in conn.execute(stmt)
        ]
