"""compute_stats on real SQLite stores: the fast reader agrees with a pass over every event."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from models.drills import events as dre
from models.replay import open_store_readonly
from models.stats import IntervalTracker, compute_stats, summarise
from models.stats import reader as stats_reader
from models.store.replay_queries import read_events
from tests.models.stats.handmade import T0, Log


def _naive(path: Path, start, end):
    store = open_store_readonly(str(path), immutable=True)
    try:
        tracker = IntervalTracker()
        for event in read_events(store, 0, store.last_seq(), 10**6):
            tracker.apply(event)
        return summarise(tracker.samples(), start, end)
    finally:
        store.close()


@pytest.mark.parametrize("days", [(0, 1), (2, 3), (0, 3)])
def test_fast_reader_agrees_with_every_event(city: Path, days: tuple[int, int]) -> None:
    start, end = T0 + timedelta(days=days[0]), T0 + timedelta(days=days[1])
    store = open_store_readonly(str(city), immutable=True)
    try:
        report = compute_stats(store, start, end)
    finally:
        store.close()
    assert not report.drill
    naive = _naive(city, start, end)
    fast = report.summary.to_dict()
    # The naive pass knows the day-0 incident's type for HE14's turnout; so does the reader.
    assert fast == naive.to_dict()


def test_generic_path_agrees_with_sqlite_path(city: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start, end = T0, T0 + timedelta(days=3)
    store = open_store_readonly(str(city), immutable=True)
    try:
        fast = compute_stats(store, start, end).summary.to_dict()
        monkeypatch.setattr(stats_reader, "_feed_sqlite", stats_reader._feed_generic)
        generic = compute_stats(store, start, end).summary.to_dict()
    finally:
        store.close()
    assert fast == generic
    assert fast["intervals"]["answering"]["count"] == 4
    assert fast["excluded_by_interval"]["answering"] == {"no_ring_start": 3}


def test_interval_crossing_the_period_end_and_incident_from_before(city: Path) -> None:
    store = open_store_readonly(str(city), immutable=True)
    try:
        day3 = compute_stats(store, T0 + timedelta(days=2), T0 + timedelta(days=3))
    finally:
        store.close()
    summary = day3.summary
    # HE12's total response ends the next day: read through the margin, counted on day 3.
    assert summary.intervals["total_response"].count == 2
    # HE11 and HE14 (for the day-0 incident); HE12 went on scene without en route.
    assert summary.breakdowns["type"]["structure-fire"]["turnout"].count == 2
    assert summary.excluded_by_interval["turnout"] == {"no_en_route": 1}
    assert "unknown" not in summary.breakdowns["type"]  # HE14's incident found by id


def test_drill_store_is_measured_on_the_drill_clock(tmp_path: Path) -> None:
    log = Log()
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_STARTED, dre.started_payload(
        "x", "X", ["ann"], 1.0, T0.isoformat()))  # fmt: skip
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(0.0, 1.0, False))
    log.offer(10, "C1")
    log.add(20, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(20.0, 1.0, True))
    log.add(320, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(20.0, 1.0, False))
    log.answer(325, "C1")  # 15 s of drill time, 315 s of wall time
    path = log.write(tmp_path / "drill.sqlite", purpose="drill")
    store = open_store_readonly(str(path), immutable=True)
    try:
        report = compute_stats(store, T0, T0 + timedelta(hours=1))
    finally:
        store.close()
    assert report.drill
    assert report.summary.intervals["answering"].median_s == 15.0


def test_fractions_of_a_second_are_read_exactly(tmp_path: Path) -> None:
    # SQLite's strftime rounds 12:00:00.9999 up to the next second: the reader must not.
    log = Log().offer(0.9999, "C1").answer(5.0001, "C1")
    path = log.write(tmp_path / "fractions.sqlite")
    store = open_store_readonly(str(path), immutable=True)
    try:
        report = compute_stats(store, T0, T0 + timedelta(hours=1))
    finally:
        store.close()
    assert report.summary.intervals["answering"].median_s == 4.0  # 4.0002 s, to the ms
    (call,) = report.tracker.calls.values()
    assert call.offered == T0.timestamp() + 0.9999


def test_window_reads_are_exact_where_receive_times_and_log_order_cross(tmp_path: Path) -> None:
    from models.stats.reader import STAT_KINDS, read_stat_events
    from models.stats.wallboard_reader import wallboard_events

    log = Log()
    for k, s in enumerate((0, 5000, 100, 9000, 50, 20_000, 4000, 30, 70_000, 3000)):
        log.offer(s, f"C{k}")  # late events: received with an older time than the one before
        log.add(s + 1, "link:avl", "frame.decoded", {"unit": "HE11", "message": {}})
    path = log.write(tmp_path / "crossed.sqlite")
    store = open_store_readonly(str(path), immutable=True)
    try:
        every = read_events(store, 0, store.last_seq(), 10**6)
        for a, b in ((0, 100), (60, 5000), (2999, 9001), (9001, 80_000), (80_000, 90_000)):
            lo, hi = T0 + timedelta(seconds=a), T0 + timedelta(seconds=b)
            want = [e.seq for e in every if e.kind in STAT_KINDS and lo <= e.rx_time < hi]
            assert [e.seq for e in read_stat_events(store, lo, hi)] == want
            since = [e.seq for e in every if e.kind in STAT_KINDS and e.rx_time >= lo]
            assert [e.seq for e in wallboard_events(store, 0, store.last_seq(), lo)] == since
    finally:
        store.close()


@pytest.mark.parametrize("chunk", [1, 3, 7, 10**6])
def test_chunks_through_the_index_feed_what_every_event_feeds(
    city: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index read in chunks of any size (one seq each, a few, all at once) leaves the
    tracker exactly as a pass over every event (records, their order, the last seq)."""
    monkeypatch.setattr(stats_reader, "CHUNK_SEQS", chunk)
    store = open_store_readonly(str(city), immutable=True)
    try:
        whole = IntervalTracker()
        for event in read_events(store, 0, store.last_seq(), 10**6):
            whole.apply(event)
        chunked = IntervalTracker()
        read = stats_reader._feed_seqs(store, chunked, 0, store.last_seq())
        window = IntervalTracker()
        stats_reader._feed_sqlite(store, window, T0 - timedelta(days=1), T0 + timedelta(days=5))
    finally:
        store.close()
    assert read == _stat_rows(city)
    assert chunked.export_state() == whole.export_state()
    assert window.export_state() == whole.export_state()


def _stat_rows(path: Path) -> int:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        kinds = ", ".join("?" * len(stats_reader.STAT_KINDS))
        sql = f"SELECT count(*) FROM events WHERE kind IN ({kinds})"
        return int(db.execute(sql, stats_reader.STAT_KINDS).fetchone()[0])
    finally:
        db.close()


def test_the_chunk_query_reads_the_fields_from_the_index(city: Path) -> None:
    """Through the statistics index in its order, the fields taken from the index: no
    payload parsed, no sort."""
    import sqlite3

    db = sqlite3.connect(city)
    try:
        args = (1, 10, "a", "b")
        query = stats_reader._CHUNK_QUERY
        plan = " ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + query, args))
        program = db.execute("EXPLAIN " + query, args).fetchall()
    finally:
        db.close()
    assert f"USING INDEX {stats_reader.STATS_INDEX}" in plan and "TEMP B-TREE" not in plan
    assert not [op for op in program if "json_extract" in str(op[4])]


def test_receive_times_read_in_chunks_are_the_row_paths_whatever_their_text(
    tmp_path: Path,
) -> None:
    """The receive times of the chunks are the row by row path's to the microsecond, whatever
    their text (before 1970, without decimals, with a T)."""
    import sqlite3

    log = Log()
    for k in range(6):
        log.offer(10 * k + 0.000001 * k, f"C{k}").answer(10 * k + 3.999999, f"C{k}")
    path = log.write(tmp_path / "times.sqlite")
    db = sqlite3.connect(path)
    # The log refuses updates (triggers): lifted on this copy to give it other texts.
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
    texts = ("1969-12-31 23:59:59.500000", "1900-03-01 12:00:00.000001",
             "2026-03-02 10:00:00", "2026-03-02T10:00:01.250000")  # fmt: skip
    for seq, text in zip((1, 3, 5, 7), texts, strict=True):  # the first four offers
        db.execute("UPDATE events SET rx_time = ? WHERE seq = ?", (text, seq))
    db.commit()
    db.close()
    plain = tmp_path / "plain.sqlite"
    plain.write_bytes(path.read_bytes())
    db = sqlite3.connect(plain)
    db.execute(f"DROP INDEX {stats_reader.STATS_INDEX}")  # the row by row path
    db.commit()
    db.close()
    states = []
    for where in (path, plain):
        store = open_store_readonly(str(where), immutable=True)
        try:
            tracker = IntervalTracker()
            stats_reader._feed_seqs(store, tracker, 0, store.last_seq())
            states.append(tracker)
        finally:
            store.close()
    chunked, rows = states
    assert chunked.export_state() == rows.export_state()
    offered = [c.offered for c in chunked.calls.values()]
    assert offered[:4] == [-0.5, -2203847999.999999, 1772445600.0, 1772445601.25]
    assert offered[4] == (T0 + timedelta(seconds=40.000004)).timestamp()
