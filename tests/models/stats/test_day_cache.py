"""The per-day samples cache on real stores (SQLite and PostgreSQL): its figures are always the
whole log's, whatever happened to the store since it was written."""

from __future__ import annotations

import logging
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from models.drills import events as dre
from models.replay import open_store_readonly
from models.stats import IntervalTracker, compute_stats, summarise
from models.stats import day_cache as dc
from models.stats.day_cache import SampleCache
from models.store import GroupCommitWriter, open_store
from models.store.replay_queries import read_events
from tests.models.stats.handmade import T0, Log

DAY = 86_400.0
YEAR = (T0 - timedelta(days=1), T0 + timedelta(days=21))


def _week() -> Log:
    """Six days of a small room, with intervals that cross midnight and a unit sent to an
    incident days after it was created."""
    log = Log()
    for d in range(5):
        base = d * DAY + 3600 * (8 + d)
        inc, c1, c2 = f"2026-{d + 1:06d}", f"C{d}1", f"C{d}2"
        log.offer(base, c1).answer(base + 5 + d, c1).create(base + 40, inc, c1)
        log.add(base + 41, "link:avl", "frame.decoded", {"unit": "HE11", "message": {}})
        log.dispatch(base + 70, "HE11", inc).status(base + 130, "HE11", "en route", inc)
        log.status(base + 400 + 10 * d, "HE11", "on scene", inc)
        log.status(base + 2000, "HE11", "available", None)
        log.offer(base + 500, c2, via="ali").answer(base + 503, c2, "ben")
        log.attach(base + 520, c2, inc)
        log.alert(base + 600, f"A{d}").op(base + 640, "alert.acknowledged", {"alert_id": f"A{d}"})
        log.close(base + 3000, inc)
    late = 4 * DAY + 86_000  # 23:53 on day 5: the unit arrives the next day
    log.offer(late, "C99").answer(late + 3, "C99").create(late + 20, "2026-000099", "C99")
    log.dispatch(late + 50, "HE12", "2026-000099").status(late + 900, "HE12", "en route",
                                                          "2026-000099")  # fmt: skip
    log.status(late + 1400, "HE12", "on scene", "2026-000099")
    log.dispatch(3 * DAY + 7200, "HE14", "2026-000001").status(
        3 * DAY + 7260, "HE14", "en route", "2026-000001"
    )
    # The log runs on for a fortnight: a day is a short period of it.
    log.add(20 * DAY, "link:avl", "frame.decoded", {"unit": "HE11", "message": {}})
    return log


def _later() -> Log:
    """What arrives after the cache was written: late events for earlier days, a reopened
    incident sent a unit again, a call that waited since day 1 answered."""
    log = Log()
    log.offer(5 * DAY + 100, "C50").answer(5 * DAY + 109, "C50").create(
        5 * DAY + 140, "2026-000050", "C50", "medical-emergency", 2)  # fmt: skip
    log.dispatch(5 * DAY + 200, "HE221", "2026-000050")
    log.op(5 * DAY + 300, "incident.reopened", {"incident_id": "2026-000002", "reason": "again"})
    log.dispatch(5 * DAY + 320, "HE31", "2026-000002").status(5 * DAY + 330, "HE31", "en route",
                                                              "2026-000002")  # fmt: skip
    # A late event: received now with the time the sensor claimed, a day ago.
    log.status(4 * DAY + 90_000, "HE14", "on scene", "2026-000001")
    log.offer(1 * DAY + 60, "C77")  # an old call, first heard of now
    log.answer(5 * DAY + 400, "C77")
    return log


def _append(url: str, log: Log, purpose: str = "live") -> None:
    store = open_store(url, purpose=purpose)
    try:
        with GroupCommitWriter(store) as writer:
            for event in log.events:
                writer.submit(event)
    finally:
        store.close()


def _path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _reader(url: str) -> Any:
    path = _path(url)
    return open_store_readonly(str(path) if path else url, immutable=bool(path))


def _naive(url: str, start: datetime, end: datetime) -> dict[str, Any]:
    store = _reader(url)
    try:
        tracker = IntervalTracker()
        for event in read_events(store, 0, store.last_seq(), 10**6):
            tracker.apply(event)
        return summarise(tracker.samples(), start, end).to_dict()
    finally:
        store.close()


def _stats(url: str, cache: SampleCache | None, start: datetime, end: datetime) -> Any:
    """compute_stats, then the cache file's write (on its own thread) awaited: the tests look
    at or damage the file as written."""
    store = _reader(url)
    try:
        return compute_stats(store, start, end, cache=cache)
    finally:
        store.close()
        assert dc.wait_written(timeout=30)


@pytest.fixture
def cache(tmp_path: Path) -> SampleCache:
    return SampleCache(tmp_path / "cache")


def test_built_then_read_then_brought_up_to_date(store_url: str, cache: SampleCache) -> None:
    _append(store_url, _week())
    first = _stats(store_url, cache, *YEAR)
    assert first.source == "built" and first.events_read > 0
    assert first.summary.to_dict() == _naive(store_url, *YEAR)
    again = _stats(store_url, cache, *YEAR)
    assert (again.source, again.events_read, again.tracker) == ("cached", 0, None)
    assert again.summary.to_dict() == first.summary.to_dict()
    for d in range(6):  # any day, read from the cache, is the whole log's day
        day = (T0 + timedelta(days=d), T0 + timedelta(days=d + 1))
        got = _stats(store_url, cache, *day)
        assert got.source == "cached"
        assert got.summary.to_dict() == _naive(store_url, *day)

    _append(store_url, _later())
    stale_day = (T0 + timedelta(days=1), T0 + timedelta(days=2))
    # A short period does not bring a stale cache up to date: it reads its own window.
    assert _stats(store_url, cache, *stale_day).source == "window"
    updated = _stats(store_url, cache, *YEAR)
    assert updated.source == "updated"
    assert updated.events_read == sum(1 for e in _later().events if e.kind != "frame.decoded")
    truth = _naive(store_url, *YEAR)
    assert updated.summary.to_dict() == truth
    assert updated.summary.to_dict() != first.summary.to_dict()  # the late events changed it
    # The day of C77's ring changed too, and is read from the cache brought up to date.
    got = _stats(store_url, cache, *stale_day)
    assert got.source == "cached"
    assert got.summary.to_dict() == _naive(store_url, *stale_day)
    assert got.summary.intervals["answering"].count == 2  # C11 and the late C77
    # The same as a cache built anew from the whole log.
    fresh = _stats(store_url, SampleCache(Path(cache.directory) / "fresh"), *YEAR)
    assert fresh.source == "built" and fresh.summary.to_dict() == truth


def test_a_restored_or_different_store_is_never_read_from_the_old_cache(
    tmp_path: Path, cache: SampleCache
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _append(url, _week())
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(tmp_path / "store.sqlite", backup)
    _append(url, _later())
    assert _stats(url, cache, *YEAR).source == "built"
    # Restored from the backup: fewer events than the cache knows.
    shutil.copyfile(backup, tmp_path / "store.sqlite")
    got = _stats(url, cache, *YEAR)
    assert got.source == "built" and got.summary.to_dict() == _naive(url, *YEAR)
    # Then the restored store went on with other events, past the seq the cache stands at:
    # its hash there differs, so the cache is built again rather than brought up to date.
    _append(url, _later())  # the cache now stands at the later head (built above at the old)
    assert _stats(url, cache, *YEAR).source == "updated"
    shutil.copyfile(backup, tmp_path / "store.sqlite")
    other = Log()
    for k in range(len(_later().events) + 3):
        other.offer(5 * DAY + k, f"X{k}").answer(5 * DAY + k + 30, f"X{k}")
    _append(url, other)
    got = _stats(url, cache, *YEAR)
    assert got.source == "built" and got.summary.to_dict() == _naive(url, *YEAR)
    # Another store at the same place, as long as the old one.
    (tmp_path / "store.sqlite").unlink()
    swapped = Log()
    for k in range(len(_week().events) + len(other.events)):
        swapped.offer(2 * DAY + k, f"Y{k}").abandon(2 * DAY + k + 9, f"Y{k}")
    _append(url, swapped)
    got = _stats(url, cache, *YEAR)
    assert got.source == "built" and got.summary.to_dict() == _naive(url, *YEAR)


def test_other_code_a_damaged_file_or_no_folder_never_give_a_wrong_figure(
    tmp_path: Path, cache: SampleCache, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _append(url, _week())
    truth = _naive(url, *YEAR)
    assert _stats(url, cache, *YEAR).source == "built"
    # Another version of the intervals' code: the cache is thrown away.
    monkeypatch.setattr(dc, "_DIGEST", ["another version"])
    assert _stats(url, cache, *YEAR).source == "built"
    # Code that cannot be read (a frozen build): no cache at all.
    monkeypatch.setattr(dc, "_DIGEST", [None])
    got = _stats(url, SampleCache(tmp_path / "never"), *YEAR)
    assert got.source == "window" and not (tmp_path / "never").exists()
    assert got.summary.to_dict() == truth
    monkeypatch.undo()
    assert _stats(url, cache, *YEAR).source == "built"
    store = _reader(url)
    path = cache.path_for(store)
    store.close()
    # A damaged file: garbage where a day's samples were, then garbage throughout.
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("UPDATE days SET blob = x'00010203'")
    with caplog.at_level(logging.WARNING, logger="models.stats.day_cache"):
        got = _stats(url, cache, *YEAR)
    assert got.summary.to_dict() == truth
    assert "unreadable" in caplog.text
    path.write_bytes(b"not a database at all" * 100)
    got = _stats(url, cache, *YEAR)
    assert got.source == "built" and got.summary.to_dict() == truth
    # A tracker state that does not match its digest: built anew, not brought up to date.
    with sqlite3.connect(path) as db:
        db.execute("UPDATE state SET blob = x'00'")
    _append(url, _later())
    got = _stats(url, cache, *YEAR)
    assert got.source == "built" and got.summary.to_dict() == _naive(url, *YEAR)
    # A cache folder that cannot be made: the figures all the same.
    blocked = tmp_path / "file"
    blocked.write_text("x")
    got = _stats(url, SampleCache(blocked / "cache"), *YEAR)
    assert got.summary.to_dict() == _naive(url, *YEAR)


def test_drill_store_pauses_are_counted_with_the_cache(tmp_path: Path, cache: SampleCache) -> None:
    url = f"sqlite:///{tmp_path / 'drill.sqlite'}"
    log = Log()
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_STARTED, dre.started_payload(
        "x", "X", ["ann"], 1.0, T0.isoformat()))  # fmt: skip
    log.add(0, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(0.0, 1.0, False))
    log.offer(5, "C2").abandon(8, "C2")  # done before: untouched by what comes later
    log.offer(10, "C1")
    _append(url, log, "drill")
    hour = (T0, T0 + timedelta(hours=1))
    assert _stats(url, cache, *hour).summary.intervals["answering"].unfinished == 1
    later = Log()
    later.add(20, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(20.0, 1.0, True))
    later.add(320, dre.RUNNER_SOURCE, dre.DRILL_CLOCK, dre.clock_payload(20.0, 1.0, False))
    later.answer(325, "C1")  # 15 s of drill time, 315 s of wall time
    _append(url, later, "drill")
    made: list[int] = []
    samples_of = IntervalTracker.samples_of

    def counted(self: IntervalTracker, *records: Any) -> Any:
        made.append(sum(len(list(r)) for r in records))
        return samples_of(self, *(list(r) for r in records))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(IntervalTracker, "samples_of", counted)
        got = _stats(url, cache, *hour)
    assert (got.source, got.drill) == ("updated", True)
    assert made == [2]  # on the drill clock: every record's samples made again, C2's too
    assert got.summary.intervals["answering"].median_s == 15.0
    assert _stats(url, cache, *hour).summary.intervals["answering"].median_s == 15.0


def test_one_cache_per_store_file_however_it_is_named(
    tmp_path: Path, cache: SampleCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _append(url, _week())
    assert _stats(url, cache, *YEAR).source == "built"
    monkeypatch.chdir(tmp_path)
    store = open_store_readonly("store.sqlite", immutable=True)
    try:
        got = compute_stats(store, *YEAR, cache=cache)
    finally:
        store.close()
    assert got.source == "cached" and got.summary.to_dict() == _naive(url, *YEAR)
    assert len(list(cache.directory.iterdir())) == 1


def test_a_killed_writers_half_file_is_removed_once_old(tmp_path: Path, cache: SampleCache) -> None:
    import os
    import time

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _append(url, _week())
    store = _reader(url)
    path = cache.path_for(store)
    store.close()
    path.parent.mkdir(parents=True)
    old, new = path.with_name(f"{path.name}.1-1.part"), path.with_name(f"{path.name}.2-2.part")
    for part in (old, new):
        part.write_bytes(b"half")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    assert _stats(url, cache, *YEAR).source == "built"
    assert not old.exists() and new.exists()  # a young one may be another writer's
    assert _stats(url, cache, *YEAR).source == "cached"


class _Prefix:
    """The store as it was at ``seq`` (its head and that head's hash): a cache written through
    it stands there, and the real store then brings it up to date."""

    def __init__(self, store: Any, seq: int) -> None:
        self._store, self._seq = store, seq
        self._hash = dc._hash_at(store, seq)

    def last_seq_and_hash(self) -> tuple[int, str | None]:
        return self._seq, self._hash

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _days_table(cache: SampleCache, store: Any) -> dict[int, bytes]:
    import sqlite3

    with sqlite3.connect(cache.path_for(store)) as db:
        return {day: bytes(blob) for day, blob in db.execute("SELECT day, blob FROM days")}


def test_brought_up_to_date_from_any_point_only_the_changed_days_are_made_again(
    store_url: str, tmp_path: Path
) -> None:
    """Whatever event the cache stood at, brought up to the head every day's figures are the
    naive pass's, the same as a cache built anew; the days no new event touched keep the
    very bytes they had."""
    _append(store_url, _week())
    _append(store_url, _later())
    store = _reader(store_url)
    try:
        head = store.last_seq()
        days = [(T0 + timedelta(days=d), T0 + timedelta(days=d + 1)) for d in range(7)]
        truth = [_naive(store_url, *day) for day in days]
        fresh = SampleCache(tmp_path / "fresh")
        compute_stats(store, *YEAR, cache=fresh)
        assert dc.wait_written(timeout=30)
        built = _days_table(fresh, store)
        for k, at in enumerate((1, 9, head // 3, head // 2, head - 12, head - 5, head - 1)):
            cache = SampleCache(tmp_path / f"at{k}")
            first = compute_stats(_Prefix(store, at), *YEAR, cache=cache)  # type: ignore[arg-type]
            assert first.source == "built"
            assert dc.wait_written(timeout=30)
            before = _days_table(cache, store)
            got = compute_stats(store, *YEAR, cache=cache)
            assert got.source == "updated" and got.summary.to_dict() == _naive(store_url, *YEAR)
            assert dc.wait_written(timeout=30)
            after = _days_table(cache, store)
            for day, want in zip(days, truth, strict=True):
                one = compute_stats(store, *day, cache=cache)
                assert one.source == "cached" and one.summary.to_dict() == want, (at, day)
            assert set(after) == set(built)
            kept = [day for day in after if before.get(day) == after[day]]
            if at >= head - 12:  # a few late events: most days untouched, kept as they were
                assert kept and len(kept) < len(after)
    finally:
        store.close()


def test_only_the_days_of_changed_samples_are_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call on day 6 changes only day 6; a unit heard of late, en route to day 4's
    incident after it was released from it, ends that response (day 4) and starts one whose
    dispatch the log lacks (day 5): the other days keep their bytes."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _append(url, _week())
    cache = SampleCache(tmp_path / "cache")
    store = _reader(url)
    try:
        assert compute_stats(store, *YEAR, cache=cache).source == "built"
        assert dc.wait_written(timeout=30)
        before = _days_table(cache, store)
    finally:
        store.close()
    late = Log()
    late.offer(5 * DAY + 100, "C60").answer(5 * DAY + 104, "C60")
    late.status(4 * DAY + 500, "HE11", "en route", "2026-000004")  # seen late, for day 4
    _append(url, late)
    made: list[int] = []
    samples_of = IntervalTracker.samples_of

    def counted(self: IntervalTracker, *records: Any) -> Any:
        made.extend(len(r) for r in records)
        return samples_of(self, *records)

    monkeypatch.setattr(IntervalTracker, "samples_of", counted)
    store = _reader(url)
    try:
        got = compute_stats(store, *YEAR, cache=cache)
        # Only the touched records' samples were made again: C60's, and HE11's response to
        # incident 4 (made anew: the incident itself did not change); then their old ones
        # (the response's: C60 is new), to find the days those were on; nothing else.
        assert made == [1, 0, 1, 0, 0, 0, 1, 0]
        assert got.source == "updated" and got.summary.to_dict() == _naive(url, *YEAR)
        assert dc.wait_written(timeout=30)
        after = _days_table(cache, store)
    finally:
        store.close()
    day0 = int((T0.timestamp()) // DAY)
    changed = {day - day0 for day in after if before.get(day) != after[day]}
    assert changed == {3, 4, 5}  # 0-based: days 4, 5 and 6


def test_the_file_is_written_behind_the_figures_and_read_once_written(tmp_path: Path) -> None:
    from functools import partial

    from models.stats import reader

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    _append(url, _week())
    cache = SampleCache(tmp_path / "cache")
    store = _reader(url)
    try:
        feed = partial(reader._feed_seqs, store)
        got = cache.samples(store, *YEAR, None, feed, True, defer=True)
        assert got is not None and got.how == "built"
        assert got.write is not None and not cache.path_for(store).exists()  # not yet
        cache.write_behind(got)
        assert got.write is None
        again = cache.samples(store, *YEAR, None, feed, True)  # waits for the write first
        assert again is not None and again.how == "cached"
        assert dc.wait_written(timeout=30) and cache.path_for(store).exists()
    finally:
        store.close()
