"""Statistics: the response intervals defined once, period figures, the wallboard's picture.

Contract (Qt-free): ``models.stats.definitions`` defines every interval by
the event kinds that start and end it, with its target (NFPA 1221/1710
defaults, a site's ``[stats]`` table); ``models.stats.tracker.IntervalTracker``
is the one implementation, fed event by event; ``models.stats.aggregate``
turns samples into a period's figures; ``models.stats.reader`` reads a
store for a period (SQL); ``models.stats.columns`` holds samples column by
column and ``models.stats.day_cache`` keeps them per day between runs, in a
file outside the store, thrown away whenever the log it came from changed;
``models.stats.incident`` gives one incident's intervals (the incident
report); ``models.stats.wallboard`` is the live picture the wallboard
shows, fed event by event. The wallboard half imports no SQL (widgets may
use it).
"""

from __future__ import annotations

from models.stats.aggregate import (
    BREAKDOWNS,
    ROWS,
    Outlier,
    PeriodStats,
    StatsContext,
    Summary,
    percentile_value,
    summarise,
    summary_of,
)
from models.stats.definitions import (
    INTERVALS,
    RING_START_VIAS,
    IntervalDef,
    StatsConfigError,
    StatsTargets,
    site_targets,
)
from models.stats.tracker import IntervalTracker, Sample, epoch_s


def __getattr__(name: str) -> object:
    # The SQL half loads on first use, so that widgets importing the wallboard
    # projection never import SQLAlchemy.
    if name in ("compute_stats", "StatsReport", "read_stat_events"):
        from models.stats import reader

        return getattr(reader, name)
    if name == "WallboardProjection":
        from models.stats.wallboard import WallboardProjection

        return WallboardProjection
    raise AttributeError(name)


__all__ = [
    "BREAKDOWNS",
    "INTERVALS",
    "RING_START_VIAS",
    "ROWS",
    "IntervalDef",
    "IntervalTracker",
    "Outlier",
    "PeriodStats",
    "Sample",
    "StatsConfigError",
    "StatsContext",
    "StatsTargets",
    "Summary",
    "epoch_s",
    "percentile_value",
    "site_targets",
    "summarise",
    "summary_of",
]
