"""Period figures from interval samples: count, median, 90th percentile, share within target.

Contract: ``summarise(samples, start, end, context=None, supervisor=False)
-> PeriodStats`` takes ``models.stats.tracker.Sample`` values (or the same as
``models.stats.columns.SampleColumns``, as the per-day cache holds them) and keeps
those whose starting event lies in ``[start, end)`` (aware datetimes). For
each row of ``ROWS`` (an interval, optionally narrowed: high-priority
processing, answering against the 95 % / 20 s line) it gives a ``Summary``
overall, per incident type, priority, discipline, station and local hour
of day (``BREAKDOWNS``), per day (the percentile over time), the outliers
(the slowest samples over target, with their incident and call numbers)
and what was excluded and why (intervals in the order of ``INTERVALS``, reasons
in the order of ``EXCLUSIONS``). Per-operator figures (answering and
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

from models.stats.columns import SampleColumns
from models.stats.columns import factor as _factor
from models.stats.definitions import BY_KEY, EXCLUSIONS, INTERVALS, StatsTargets
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

    def hour_day(self, bucket: int) -> tuple[str, str]:
        """(local hour "HH", local date) of the hour starting at ``bucket`` * 3600 s."""
        got = self._hours.get(bucket)
        if got is None:
            local = datetime.fromtimestamp(bucket * 3600, UTC).astimezone(self.c.zone)
            got = self._hours[bucket] = (f"{local.hour:02d}", local.date().isoformat())
        return got

    def discipline(self, unit: str | None, itype: str | None) -> str:
        if unit is not None:
            d = self.c.unit_discipline.get(unit)
            if d:
                return d
        return self.c.type_discipline.get(itype or "", "") or "unknown"


def _relabel(names: list[Any], codes: np.ndarray, label: Any) -> tuple[list[str], np.ndarray]:
    """Factor codes of ``names`` turned into codes of ``label(name)`` (labels may merge)."""
    labels = [label(n) for n in names]
    merged, remap = _factor(labels)
    return merged, (remap[codes] if len(remap) else codes)


class _Columns:
    """Every sample of the period column by column, each label column factored once
    (every interval, row and breakdown takes its slice of these): numpy work on the
    ``SampleColumns`` codes, no Python work per sample."""

    def __init__(self, sc: SampleColumns, label: _Labeller,
                 station_of: Mapping[str, str]) -> None:  # fmt: skip
        n = self.n = len(sc)
        names, codes = sc.names, sc.codes
        self.keys, self.key_codes = names["key"], codes["key"]
        self.start = sc.start
        self.values = sc.value  # NaN: excluded
        self.excluded_names, self.excluded_codes = names["excluded"], codes["excluded"]
        self.call_ids, self.incident_ids = sc.call_id, sc.incident_id
        unit_names, unit_codes = names["unit"], codes["unit"]
        self.unit_names, self.unit_codes = unit_names, unit_codes
        type_names, type_codes = names["type"], codes["type"]
        # (unit, type) pairs for the discipline, factored in numpy from the two codes
        width = max(1, len(type_names))
        pair_ids, pair_codes = np.unique(
            unit_codes.astype(np.int64) * width + type_codes, return_inverse=True
        )
        pairs = [(unit_names[int(u) // width], type_names[int(u) % width]) for u in pair_ids]
        self.disciplines, self.discipline_codes = _relabel(
            pairs, pair_codes.reshape(-1), lambda p: label.discipline(*p)
        )
        prio_names, prio_codes = names["priority"], codes["priority"]
        self.prio_names, self.prio_codes = prio_names, prio_codes
        buckets = np.floor_divide(self.start, 3600.0).astype(np.int64)
        uniq, inverse = np.unique(buckets, return_inverse=True)
        hour_day = [label.hour_day(int(b)) for b in uniq]
        hours, hour_codes = _factor([h for h, _d in hour_day])
        days, day_codes = _factor([d for _h, d in hour_day])
        inverse = inverse.reshape(-1)
        self.dims: list[tuple[list[str], np.ndarray]] = [
            _relabel(type_names, type_codes, lambda t: t or "unknown"),
            _relabel(prio_names, prio_codes, lambda p: str(p) if p is not None else "unknown"),
            (self.disciplines, self.discipline_codes),
            _relabel(unit_names, unit_codes, lambda u: station_of.get(u or "", "") or "none"),
            (hours, hour_codes[inverse] if n else np.empty(0, dtype=np.intp)),
            (days, day_codes[inverse] if n else np.empty(0, dtype=np.intp)),
            _relabel(names["operator"], codes["operator"], lambda o: o or ""),
        ]


class _Timed:
    """The timed samples of one interval in the period: ``rows`` (indices into ``_Columns``)
    and their columns (every row of the interval and every breakdown reuse these)."""

    def __init__(self, c: _Columns, rows: np.ndarray) -> None:
        self.c, self.rows = c, rows
        self.start = c.start[rows]
        self.values = c.values[rows]
        self.disciplines = c.disciplines
        self.discipline_codes = c.discipline_codes[rows]
        self.prio_names, self.prio_codes = c.prio_names, c.prio_codes[rows]
        self.dims = [(names, codes[rows]) for names, codes in c.dims]

    def slowest(self, row: str, rows: np.ndarray, v: np.ndarray, st: np.ndarray) -> list[Outlier]:
        """The first ``OUTLIERS_PER_ROW`` of ``rows`` (slowest first, then earliest), samples
        tied on both with the last one taken in too, and ties ordered by their incident, call
        and unit: the same outliers however the samples were gathered (whole or by day)."""
        n = min(OUTLIERS_PER_ROW, int(rows.size))
        if n == 0:
            return []
        last = n - 1
        while n < rows.size and v[n] == v[last] and st[n] == st[last]:
            n += 1
        found = [self.outlier(row, i) for i in rows[:n].tolist()]
        keys = [(-float(v[k]), float(st[k]), o.incident_id or "", o.call_id or "", o.unit or "")
                for k, o in enumerate(found)]  # fmt: skip
        order = sorted(range(n), key=keys.__getitem__)[:OUTLIERS_PER_ROW]
        return [found[k] for k in order]

    def outlier(self, row: str, i: int) -> Outlier:
        when = datetime.fromtimestamp(float(self.start[i]), UTC)
        value = _finite(float(self.values[i]))
        at = int(self.rows[i])
        c = self.c
        unit = c.unit_names[int(c.unit_codes[at])]
        return Outlier(row, value, when, c.incident_ids[at], c.call_ids[at], unit)

    def targets(self, row: Row, targets: StatsTargets) -> np.ndarray:
        per = [_target(row, targets, d) for d in self.disciplines]
        table = np.asarray([math.nan if t is None else t for t in per], dtype=float)
        return table[self.discipline_codes]


def summarise(
    samples: Iterable[Sample] | SampleColumns,
    start: datetime,
    end: datetime,
    context: StatsContext | None = None,
    supervisor: bool = False,
) -> PeriodStats:
    c = context or StatsContext()
    targets = c.targets
    lo, hi = epoch_s(start), epoch_s(end)
    excluded_by: dict[str, dict[str, int]] = {}
    counts = {"calls": 0, "incidents": 0, "unit_responses": 0, "alerts": 0}
    count_key = {"answering": "calls", "alarm_handling": "incidents", "turnout":
                 "unit_responses", "alert_handling": "alerts"}  # fmt: skip
    # Column work only: the period, the counts and the exclusions with numpy masks.
    label = _Labeller(c)
    if not isinstance(samples, SampleColumns):
        samples = SampleColumns.from_samples(samples)
    cols = _Columns(samples, label, c.unit_station)
    in_period = (cols.start >= lo) & (cols.start < hi)
    untimed = np.isnan(cols.values)
    keys, key_codes = cols.keys, cols.key_codes
    untimed_rows = np.nonzero(in_period & untimed)[0]
    if untimed_rows.size:
        # Counted in numpy, then ordered as the definitions list intervals and reasons (the
        # same order however the samples were gathered: whole, or day by day from a cache).
        width = max(1, len(cols.excluded_names))
        pair = key_codes[untimed_rows].astype(np.int64) * width + cols.excluded_codes[untimed_rows]
        found, tally = np.unique(pair, return_counts=True)
        got = []
        for p, n in zip(found.tolist(), tally.tolist(), strict=True):
            why = cols.excluded_names[p % width]
            if why:
                got.append((_order(keys[p // width], why), keys[p // width], why, n))
        for _rank, key, why, n in sorted(got):
            excluded_by.setdefault(key, {})[why] = n
    columns: dict[str, _Timed] = {}
    for code, key in enumerate(keys):
        of_key = in_period & (key_codes == code)
        counted = count_key.get(key)
        if counted:
            counts[counted] += int(np.count_nonzero(of_key))
        rows = np.nonzero(of_key & ~untimed)[0]
        if rows.size:
            columns[key] = _Timed(cols, rows)

    intervals: dict[str, Summary] = {}
    breakdowns: dict[str, dict[str, dict[str, Summary]]] = {d: {} for d in BREAKDOWNS}
    by_day: dict[str, dict[str, Summary]] = {}
    ops: dict[str, dict[str, Summary]] | None = {} if supervisor else None
    values: dict[str, list[float]] = {}
    outliers: dict[str, list[Outlier]] = {}
    high = targets.is_high
    for row in ROWS:
        pct = row.pct if row.pct is not None else targets.percentile
        col = columns.get(row.interval)
        if col is None:
            intervals[row.key] = _summary_np(np.empty(0), 0, None, pct)
            values[row.key], outliers[row.key] = [], []
            continue
        tgt = col.targets(row, targets)
        v, st = col.values, col.start
        where: np.ndarray | None = None
        if row.high_only:
            is_high = np.asarray([high(p) for p in col.prio_names], dtype=bool)
            where = np.nonzero(is_high[col.prio_codes])[0]
            v, st, tgt = v[where], st[where], tgt[where]
        with np.errstate(invalid="ignore"):
            ok = v <= tgt  # NaN target (none): never within
            over = np.nonzero(v > tgt)[0]
        by_value = np.argsort(v, kind="stable")
        v_sorted, ok_sorted, tgt_sorted = v[by_value], ok[by_value], tgt[by_value]
        intervals[row.key] = _summary_np(v_sorted, int(ok.sum()), _target_of(tgt), pct)
        values[row.key] = v_sorted[np.isfinite(v_sorted)].tolist()
        ranked = over[np.lexsort((st[over], -v[over]))]
        picked = ranked if where is None else where[ranked]
        outliers[row.key] = col.slowest(row.key, picked, v[ranked], st[ranked])
        for dim, (names, codes) in enumerate(col.dims):
            if dim == 6 and (ops is None or row.key not in OPERATOR_ROWS):
                continue
            if where is not None:
                codes = codes[where]
            for lab, summary in _grouped(
                names, codes[by_value], v_sorted, ok_sorted, tgt_sorted, pct
            ):
                if dim < len(BREAKDOWNS):
                    breakdowns[BREAKDOWNS[dim]].setdefault(lab, {})[row.key] = summary
                elif dim == 5:
                    by_day.setdefault(lab, {})[row.key] = summary
                elif lab and ops is not None:
                    ops.setdefault(lab, {})[row.key] = summary
    breakdowns = {d: dict(sorted(g.items())) for d, g in breakdowns.items()}
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


_INTERVAL_RANK = {d.key: i for i, d in enumerate(INTERVALS)}
_REASON_RANK = {r: i for i, r in enumerate(EXCLUSIONS)}


def _order(key: str, why: str) -> tuple[int, str, int, str]:
    return (_INTERVAL_RANK.get(key, len(_INTERVAL_RANK)), key,
            _REASON_RANK.get(why, len(_REASON_RANK)), why)  # fmt: skip


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
    names: list[str],
    codes: np.ndarray,
    v: np.ndarray,
    ok: np.ndarray,
    tgt: np.ndarray,
    pct: float,
) -> list[tuple[str, Summary]]:
    """One summary per label present; ``v`` (and ``ok``, ``tgt``, ``codes`` alike) sorted by
    value, so a stable sort by label leaves each label's values sorted."""
    if not codes.size:
        return []
    order = np.argsort(codes, kind="stable")
    codes, v, ok, tgt = codes[order], v[order], ok[order], tgt[order]
    bounds = np.searchsorted(codes, np.arange(len(names) + 1)).tolist()
    out = []
    for i, name in enumerate(names):
        a, b = bounds[i], bounds[i + 1]
        if a < b:
            out.append((name, _summary_np(v[a:b], int(ok[a:b].sum()), _target_of(tgt[a:b]), pct)))
    return out


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
