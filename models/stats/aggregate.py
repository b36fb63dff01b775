"""Period figures from interval samples: count, median, 90th percentile, share within target.

Contract: ``summarise(samples, start, end, context=None, supervisor=False)
-> PeriodStats`` takes ``models.stats.tracker.Sample`` values and keeps
those whose starting event lies in ``[start, end)`` (aware datetimes). For
each row of ``ROWS`` (an interval, optionally narrowed: high-priority
processing, answering against the 95 % / 20 s line) it gives a ``Summary``
overall, per incident type, priority, discipline, station and local hour
of day (``BREAKDOWNS``), per day (the percentile over time), the outliers
(the slowest samples over target, with their incident and call numbers)
and what was excluded and why. Per-operator figures (answering and
processing by the call-taker who answered) only with ``supervisor=True``.

Percentiles are nearest-rank (the time within which that share of the
samples fall: ``percentile_value``); a sample that never ended is
``math.inf``: in the count, never within target, and a percentile that
lands on one is reported as None with ``unfinished`` saying how many.
Discipline: the unit's (turnout, travel, and the first unit of alarm
handling / total response) else the incident type's; station: the unit's
(none for call intervals). ``StatsContext`` carries the site's knowledge
(type -> discipline, unit -> station and discipline, the time zone) and
the targets. ``PeriodStats.to_dict()`` is the JSON form; ``values(row)``
the sorted finite values (for histograms). Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

import numpy as np

from models.stats.definitions import BY_KEY, StatsTargets
from models.stats.tracker import Sample, epoch_s

BREAKDOWNS = ("type", "priority", "discipline", "station", "hour")
OUTLIERS_PER_ROW = 10


@dataclass(frozen=True, slots=True)
class Row:
    key: str  # row key: the interval key, or a narrowed one
    interval: str
    name: str
    pct: float | None = None  # None: the targets' percentile
    high_only: bool = False
    target_key: str | None = None  # which target (None: the interval's)


ROWS: tuple[Row, ...] = (
    Row("answering", "answering", "Call answering"),
    Row("answering_95", "answering", "Call answering (95 % line)", pct=95.0,
        target_key="answer_95"),
    Row("processing", "processing", "Call processing"),
    Row("processing_high", "processing", "Call processing, high priority", high_only=True),
    Row("alarm_handling", "alarm_handling", "Alarm handling"),
    Row("turnout", "turnout", "Turnout"),
    Row("travel", "travel", "Travel"),
    Row("total_response", "total_response", "Total response"),
    Row("alert_handling", "alert_handling", "Alert handling"),
)  # fmt: skip
ROW_BY_KEY = {r.key: r for r in ROWS}
OPERATOR_ROWS = ("answering", "answering_95", "processing", "processing_high")


def percentile_value(values: Sequence[float], pct: float) -> float | None:
    """Nearest-rank percentile (the time within which ``pct`` % of the values fall)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100.0 * len(ordered)))
    return ordered[rank - 1]


def _finite(value: float | None) -> float | None:
    return None if value is None or math.isinf(value) else round(value, 3)


@dataclass(frozen=True, slots=True)
class Summary:
    count: int
    within: int
    target_s: float | None
    percentile: float
    median_s: float | None
    pct_s: float | None  # the value at ``percentile`` (90th by default)
    unfinished: int  # samples that never ended (over every target)

    @property
    def share(self) -> float | None:
        return None if not self.count or self.target_s is None else self.within / self.count

    @property
    def passed(self) -> bool | None:
        share = self.share
        return None if share is None else share * 100.0 >= self.percentile - 1e-9

    def to_dict(self) -> dict[str, Any]:
        share = self.share
        return {
            "count": self.count,
            "median_s": self.median_s,
            "percentile": self.percentile,
            "percentile_s": self.pct_s,
            "target_s": self.target_s,
            "within": self.within,
            "share_within": None if share is None else round(share, 4),
            "passed": self.passed,
            "unfinished": self.unfinished,
        }


def summary_of(values: Sequence[float], target_s: float | None, pct: float) -> Summary:
    """Count, median, ``pct`` percentile and how many within ``target_s``; see module doc."""
    ordered = sorted(values)
    n = len(ordered)
    within = 0 if target_s is None else sum(1 for v in ordered if v <= target_s)
    if n:
        mid = n // 2
        median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2.0
        value = ordered[max(1, math.ceil(pct / 100.0 * n)) - 1]
    else:
        median = value = None
    return Summary(
        count=n,
        within=within,
        target_s=target_s,
        percentile=pct,
        median_s=_finite(median),
        pct_s=_finite(value),
        unfinished=sum(1 for v in ordered if math.isinf(v)),
    )


@dataclass(frozen=True)
class StatsContext:
    targets: StatsTargets = field(default_factory=StatsTargets)
    type_discipline: Mapping[str, str] = field(default_factory=dict)
    type_names: Mapping[str, str] = field(default_factory=dict)
    unit_station: Mapping[str, str] = field(default_factory=dict)
    unit_discipline: Mapping[str, str] = field(default_factory=dict)
    zone: tzinfo = UTC


@dataclass(frozen=True, slots=True)
class Outlier:
    row: str
    value_s: float | None  # None: never ended
    start: datetime
    incident_id: str | None
    call_id: str | None
    unit: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "interval": self.row,
            "value_s": self.value_s,
            "start": self.start.isoformat(),
            "incident": self.incident_id,
            "call": self.call_id,
            "unit": self.unit,
        }


@dataclass
class PeriodStats:
    start: datetime
    end: datetime
    targets: StatsTargets
    intervals: dict[str, Summary]
    breakdowns: dict[str, dict[str, dict[str, Summary]]]
    by_day: dict[str, dict[str, Summary]]
    outliers: dict[str, list[Outlier]]
    excluded_by_interval: dict[str, dict[str, int]]
    operators: dict[str, dict[str, Summary]] | None
    counts: dict[str, int]
    _values: dict[str, list[float]] = field(default_factory=dict, repr=False)

    def values(self, row: str) -> list[float]:
        """The finite values of ``row``, sorted (for histograms)."""
        return self._values.get(row, [])

    def to_dict(self) -> dict[str, Any]:
        def table(d: Mapping[str, Summary]) -> dict[str, Any]:
            return {k: s.to_dict() for k, s in d.items()}

        out: dict[str, Any] = {
            "format": "dispatch-console stats",
            "version": 1,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "high_priority": self.targets.high_priority,
            "counts": dict(self.counts),
            "intervals": table(self.intervals),
            "excluded_by_interval": {k: dict(v) for k, v in self.excluded_by_interval.items()},
            "breakdowns": {
                dim: {label: table(rows) for label, rows in groups.items()}
                for dim, groups in self.breakdowns.items()
            },
            "by_day": {day: table(rows) for day, rows in self.by_day.items()},
            "outliers": {k: [o.to_dict() for o in v] for k, v in self.outliers.items()},
        }
        if self.operators is not None:
            out["operators"] = {name: table(rows) for name, rows in self.operators.items()}
        return out


def _target(row: Row, targets: StatsTargets, discipline: str | None) -> float | None:
    if row.target_key == "answer_95":
        return targets.answer_95_s
    return targets.target_s(row.interval, discipline)


class _Labeller:
    def __init__(self, context: StatsContext) -> None:
        self.c = context
        self._hours: dict[int, tuple[str, str]] = {}

    def hour_day(self, start: float) -> tuple[str, str]:
        bucket = int(start // 3600)
        got = self._hours.get(bucket)
        if got is None:
            local = datetime.fromtimestamp(bucket * 3600, UTC).astimezone(self.c.zone)
            got = self._hours[bucket] = (f"{local.hour:02d}", local.date().isoformat())
        return got

    def discipline(self, s: Sample) -> str:
        if s.unit is not None:
            d = self.c.unit_discipline.get(s.unit)
            if d:
                return d
        return self.c.type_discipline.get(s.type or "", "") or "unknown"


def summarise(
    samples: Iterable[Sample],
    start: datetime,
    end: datetime,
    context: StatsContext | None = None,
    supervisor: bool = False,
) -> PeriodStats:
    c = context or StatsContext()
    targets = c.targets
    lo, hi = epoch_s(start), epoch_s(end)
    label = _Labeller(c)
    rows_of: dict[str, list[Row]] = {}
    for row in ROWS:
        rows_of.setdefault(row.interval, []).append(row)
    cols = {r.key: _Columns() for r in ROWS}
    excluded_by: dict[str, dict[str, int]] = {}
    outlier_pool: dict[str, list[tuple[float, Sample]]] = {r.key: [] for r in ROWS}
    counts = {"calls": 0, "incidents": 0, "unit_responses": 0, "alerts": 0}
    count_key = {"answering": "calls", "alarm_handling": "incidents", "turnout":
                 "unit_responses", "alert_handling": "alerts"}  # fmt: skip
    high = targets.is_high
    station_of = c.unit_station
    for s in samples:
        if not lo <= s.start < hi:
            continue
        counted = count_key.get(s.key)
        if counted:
            counts[counted] += 1
        v = s.value
        if v is None:
            if s.excluded:
                by = excluded_by.setdefault(s.key, {})
                by[s.excluded] = by.get(s.excluded, 0) + 1
            continue
        hour, day = label.hour_day(s.start)
        discipline = label.discipline(s)
        labels = (
            s.type or "unknown",
            str(s.priority) if s.priority is not None else "unknown",
            discipline,
            station_of.get(s.unit or "", "") or "none",
            hour,
            day,
            s.operator or "",
        )
        for row in rows_of[s.key]:
            if row.high_only and not high(s.priority):
                continue
            tgt = _target(row, targets, discipline)
            cols[row.key].add(v, tgt, labels)
            if tgt is not None and v > tgt:
                outlier_pool[row.key].append((v, s))

    def pct_of(row: Row) -> float:
        return row.pct if row.pct is not None else targets.percentile

    intervals: dict[str, Summary] = {}
    breakdowns: dict[str, dict[str, dict[str, Summary]]] = {d: {} for d in BREAKDOWNS}
    by_day: dict[str, dict[str, Summary]] = {}
    ops: dict[str, dict[str, Summary]] | None = {} if supervisor else None
    values: dict[str, list[float]] = {}
    for row in ROWS:
        col = cols[row.key]
        pct = pct_of(row)
        v, ok, tgt = col.arrays()
        intervals[row.key] = _summary_np(np.sort(v), int(ok.sum()), _target_of(tgt), pct)
        values[row.key] = [float(x) for x in np.sort(v[np.isfinite(v)])]
        for i, dim in enumerate(BREAKDOWNS):
            for lab, summary in _grouped(col.labels[i], v, ok, tgt, pct):
                breakdowns[dim].setdefault(lab, {})[row.key] = summary
        for lab, summary in _grouped(col.labels[5], v, ok, tgt, pct):
            by_day.setdefault(lab, {})[row.key] = summary
        if ops is not None and row.key in OPERATOR_ROWS:
            for lab, summary in _grouped(col.labels[6], v, ok, tgt, pct):
                if lab:
                    ops.setdefault(lab, {})[row.key] = summary
    breakdowns = {d: dict(sorted(g.items())) for d, g in breakdowns.items()}
    outliers = {
        key: [
            _outlier(key, v, s)
            for v, s in sorted(pool, key=lambda x: (-x[0], x[1].start))[:OUTLIERS_PER_ROW]
        ]
        for key, pool in outlier_pool.items()
    }
    return PeriodStats(
        start=start,
        end=end,
        targets=targets,
        intervals=intervals,
        breakdowns=breakdowns,
        by_day=dict(sorted(by_day.items())),
        outliers=outliers,
        excluded_by_interval=excluded_by,
        operators=None if ops is None else dict(sorted(ops.items())),
        counts=counts,
        _values=values,
    )


class _Columns:
    """One row's samples, column by column (values, targets, the labels of every breakdown)."""

    __slots__ = ("labels", "targets", "values")

    def __init__(self) -> None:
        self.values: list[float] = []
        self.targets: list[float] = []
        self.labels: tuple[list[str], ...] = tuple([] for _ in range(7))

    def add(self, value: float, target: float | None, labels: tuple[str, ...]) -> None:
        self.values.append(value)
        self.targets.append(math.nan if target is None else target)
        for column, lab in zip(self.labels, labels, strict=True):
            column.append(lab)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        v = np.asarray(self.values, dtype=float)
        t = np.asarray(self.targets, dtype=float)
        with np.errstate(invalid="ignore"):
            ok = v <= t  # NaN target (none): never within
        return v, ok, t


def _target_of(targets: np.ndarray) -> float | None:
    """The target shown for mixed targets (turnout of several disciplines): the longest."""
    known = targets[~np.isnan(targets)]
    return None if known.size == 0 else float(known.max())


def _summary_np(ordered: np.ndarray, within: int, target: float | None, pct: float) -> Summary:
    n = int(ordered.size)
    if n:
        mid = n // 2
        median = float(ordered[mid])
        if not n % 2:
            median = (float(ordered[mid - 1]) + median) / 2
        value = float(ordered[max(1, math.ceil(pct / 100.0 * n)) - 1])
    else:
        median = value = None
    return Summary(
        count=n,
        within=within,
        target_s=target,
        percentile=pct,
        median_s=_finite(median),
        pct_s=_finite(value),
        unfinished=int(np.isinf(ordered).sum()),
    )


def _grouped(
    labels: list[str], v: np.ndarray, ok: np.ndarray, tgt: np.ndarray, pct: float
) -> list[tuple[str, Summary]]:
    if not labels:
        return []
    names, codes = np.unique(np.asarray(labels, dtype=object), return_inverse=True)
    order = np.lexsort((v, codes))
    codes, v, ok, tgt = codes[order], v[order], ok[order], tgt[order]
    bounds = np.searchsorted(codes, np.arange(len(names) + 1))
    out = []
    for i, name in enumerate(names):
        a, b = int(bounds[i]), int(bounds[i + 1])
        out.append(
            (str(name), _summary_np(v[a:b], int(ok[a:b].sum()), _target_of(tgt[a:b]), pct))
        )
    return out


def _outlier(key: str, value: float, s: Sample) -> Outlier:
    when = datetime.fromtimestamp(s.start, UTC)
    return Outlier(key, _finite(value), when, s.incident_id, s.call_id, s.unit)


__all__ = [
    "BREAKDOWNS",
    "BY_KEY",
    "OPERATOR_ROWS",
    "ROWS",
    "Outlier",
    "PeriodStats",
    "Row",
    "StatsContext",
    "Summary",
    "percentile_value",
    "summarise",
    "summary_of",
]
