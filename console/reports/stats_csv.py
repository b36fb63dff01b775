"""Period statistics as CSV: one row per figure, for spreadsheets and the authorities' forms.

Contract: ``write_stats_csv(stats, out, context=None)`` writes to the text
stream ``out`` a header and rows ``section, dimension, group, interval,
count, median_s, percentile, percentile_s, target_s, within, share_within``:
section ``overall`` (dimension and group empty), ``breakdown`` (dimension
type / priority / discipline / station / hour; an incident type's group is
its code, with its name from ``context`` in parentheses), ``day``,
``operator`` (only when the figures have a supervisor section), then
``outlier`` rows (interval, value, start, incident, call, unit in the
dimension..share columns: see the header of that block) and ``excluded``
rows (reason, interval, count). Numbers use a dot and seconds with three
decimals; an empty cell is "not available".
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from models.stats import PeriodStats, StatsContext, Summary

HEADER = (
    "section", "dimension", "group", "interval", "count", "median_s", "percentile",
    "percentile_s", "target_s", "within", "share_within",
)  # fmt: skip


def _cell(value: Any) -> Any:
    return "" if value is None else value


def _row(section: str, dim: str, group: str, key: str, s: Summary) -> list[Any]:
    d = s.to_dict()
    return [section, dim, group, key, d["count"], _cell(d["median_s"]), d["percentile"],
            _cell(d["percentile_s"]), _cell(d["target_s"]), d["within"],
            _cell(d["share_within"])]  # fmt: skip


def write_stats_csv(stats: PeriodStats, out: TextIO, context: StatsContext | None = None) -> None:
    names = dict(context.type_names) if context is not None else {}
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADER)
    for key, s in stats.intervals.items():
        w.writerow(_row("overall", "", "", key, s))
    for dim, groups in stats.breakdowns.items():
        for group, rows in groups.items():
            label = f"{group} ({names[group]})" if dim == "type" and group in names else group
            for key, s in rows.items():
                w.writerow(_row("breakdown", dim, label, key, s))
    for day, rows in stats.by_day.items():
        for key, s in rows.items():
            w.writerow(_row("day", "", day, key, s))
    if stats.operators is not None:
        for name, rows in stats.operators.items():
            for key, s in rows.items():
                w.writerow(_row("operator", "", name, key, s))
    w.writerow(("section", "interval", "value_s", "start", "incident", "call", "unit"))
    for key, outliers in stats.outliers.items():
        for o in outliers:
            w.writerow(("outlier", key, "never" if o.value_s is None else o.value_s,
                        o.start.isoformat(), _cell(o.incident_id), _cell(o.call_id),
                        _cell(o.unit)))  # fmt: skip
    w.writerow(("section", "reason", "interval", "count"))
    for key, reasons in stats.excluded_by_interval.items():
        for reason, n in reasons.items():
            w.writerow(("excluded", reason, key, n))
