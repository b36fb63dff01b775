"""Statistics cache files no one has used for a month are removed.

Contract:
- ``mark_used(path)``: a cache file was read (its modification time set to
  now); a missing file or a folder that refuses is no fault.
- ``sweep(directory, keep, idle_s=CACHE_IDLE_S, now=None) -> list[Path]``:
  removes the ``stats-*.sqlite`` files of ``directory`` (the cache files
  ``models.stats.day_cache`` writes, one per store location) last written or
  read more than ``idle_s`` ago, except ``keep``; returns those removed.
  Files it cannot remove are left (logged), anything else in the folder is
  never touched.

Why: a cache is about 86 MB for a year of a city, one per store location a
supervisor ever ran ``stats`` on (the live store, each drill store, copies
handed over for an inquiry). Without a sweep they stay for ever. A removed
cache only makes the next ``stats`` of that store build it again (seconds
for a year); ``day_cache`` sweeps each time it writes one.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

_LOGGER = logging.getLogger(__name__)

CACHE_IDLE_S = 30 * 86_400.0
CACHE_GLOB = "stats-*.sqlite"


def mark_used(path: Path) -> None:
    """The cache at ``path`` was just read: it counts as used from now."""
    try:
        os.utime(path)
    except OSError:  # gone meanwhile, or a read-only folder: it ages as it is
        pass


def sweep(
    directory: Path, keep: Path, idle_s: float = CACHE_IDLE_S, now: float | None = None
) -> list[Path]:
    """Remove the cache files of ``directory`` unused for ``idle_s``, except ``keep``."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = sorted(directory.glob(CACHE_GLOB))
    except OSError:
        return removed
    for path in candidates:
        if path == keep:
            continue
        try:
            if now - path.stat().st_mtime <= idle_s:
                continue
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            _LOGGER.warning("old statistics cache %s not removed: %s", path, exc)
            continue
        removed.append(path)
        _LOGGER.info("statistics cache %s unused for %.0f days: removed", path, idle_s / 86_400)
    return removed
