"""Statistics caches unused for a month are removed, the one in use never; on a real store."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

from models.replay import open_store_readonly
from models.stats import compute_stats
from models.stats import day_cache as dc
from models.stats.cache_sweep import CACHE_IDLE_S, mark_used, sweep
from models.stats.day_cache import SampleCache
from tests.models.stats.handmade import T0, Log

PERIOD = (T0 - timedelta(days=1), T0 + timedelta(days=2))


def _aged(path: Path, seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_bytes(b"a cache")
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_only_caches_unused_for_a_month_are_removed(tmp_path: Path) -> None:
    old = _aged(tmp_path / "stats-old.sqlite", CACHE_IDLE_S + 3600)
    recent = _aged(tmp_path / "stats-recent.sqlite", CACHE_IDLE_S - 3600)
    kept = _aged(tmp_path / "stats-kept.sqlite", 10 * CACHE_IDLE_S)
    other = _aged(tmp_path / "notes.sqlite", 10 * CACHE_IDLE_S)  # not a cache: never touched
    part = _aged(tmp_path / "stats-x.sqlite.1-1.part", 10 * CACHE_IDLE_S)  # day_cache's own
    assert sweep(tmp_path, keep=kept) == [old]
    assert not old.exists()
    assert recent.exists() and kept.exists() and other.exists() and part.exists()
    assert sweep(tmp_path / "no such folder", keep=kept) == []


def test_reading_a_cache_counts_as_using_it(tmp_path: Path) -> None:
    used = _aged(tmp_path / "stats-used.sqlite", CACHE_IDLE_S + 3600)
    mark_used(used)
    mark_used(tmp_path / "stats-gone.sqlite")  # a file gone meanwhile: no fault
    assert sweep(tmp_path, keep=tmp_path / "stats-other.sqlite") == []
    assert used.exists()


def test_writing_a_stores_cache_sweeps_the_others_and_a_hit_keeps_its_own(
    tmp_path: Path,
) -> None:
    """Real stores: a supervisor's stats on store A write A's cache and remove the cache of a
    store no one asked about for a month; stats on A again (a hit) mark A's as used."""
    cache = SampleCache(tmp_path / "cache")
    log = Log().offer(0, "C1").answer(5, "C1").create(40, "2026-000001", "C1")
    log.dispatch(70, "HE11", "2026-000001").close(3000, "2026-000001")
    store = open_store_readonly(str(log.write(tmp_path / "a.sqlite")), immutable=True)
    path = cache.path_for(store)
    forgotten = _aged(cache.directory / "stats-0123456789abcdef0123456789abcdef.sqlite",
                      CACHE_IDLE_S + 86_400)  # fmt: skip
    try:
        assert compute_stats(store, *PERIOD, cache=cache).source == "built"
        assert dc.wait_written(timeout=30)
        assert path.exists() and not forgotten.exists()
        _aged(path, CACHE_IDLE_S + 86_400)  # A's own cache, old: a hit makes it used again
        assert compute_stats(store, *PERIOD, cache=cache).source == "cached"
        assert time.time() - path.stat().st_mtime < CACHE_IDLE_S
    finally:
        store.close()
