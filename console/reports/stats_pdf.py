"""Period statistics as a PDF with charts: ``PeriodStats`` -> an A4 report, drawn with QPainter.

Contract: ``write_stats_pdf(stats, out, context=None, *, drill=False,
store=None) -> int`` writes the report and returns its page count. Pages
(A4 portrait, 15 mm margins, 300 dpi, a running head with the period and a
"page n" footer on each): the summary table (every interval: count,
median, 90th percentile, target, share within it, passed) with what was
excluded and why; charts (histograms of answer times and of total response
times with the target line; the 90th percentile per day of answering,
processing, turnout, travel and total response); a table per breakdown
(incident type, priority, discipline, station, hour of day: count, 90th
percentile and share within target of the main intervals); the outliers
with their incident and call numbers; per-operator figures only when the
stats carry them (the supervisor section); and the definitions of the
intervals (``models.stats.definitions``). A drill store's report says
EXERCISE on every page. Text goes through ``QCoreApplication.translate``
("StatsReport"). Needs a ``QGuiApplication``; raises ``OSError`` when the
file cannot be written. Charts are painted with QPainter on the page
itself (vector, sharp at any zoom), following the incident report's
QPdfWriter approach.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from console.reports.plural import english_plural
from models.stats import INTERVALS, ROWS

if TYPE_CHECKING:
    from models.stats import PeriodStats, StatsContext, Summary

DPI = 300
MARGIN_MM = 15.0
EXERCISE_FILL = "#ff7a00"
SERIES = ("answering", "processing", "turnout", "travel", "total_response")
SERIES_COLOURS = ("#1f5fbf", "#b8860b", "#2e8b57", "#8b3a8b", "#c0392b")
BREAKDOWN_ROWS = ("answering", "processing_high", "turnout", "travel", "total_response")
SHORT = {"answering": "Answering", "processing_high": "Processing (high)", "turnout": "Turnout",
         "travel": "Travel", "total_response": "Total response"}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsReport", text)


def _trn(text: str, n: int) -> str:
    return english_plural(text, n, QCoreApplication.translate("StatsReport", text, "", n))


def _label(english: str) -> str:
    """A name or definition of ``models.stats`` (English there) in this report's language."""
    words = {
        "Call answering": _tr("Call answering"),
        "Call answering (95 % line)": _tr("Call answering (95 % line)"),
        "Call processing": _tr("Call processing"),
        "Call processing, high priority": _tr("Call processing, high priority"),
        "Alarm handling": _tr("Alarm handling"),
        "Turnout": _tr("Turnout"),
        "Travel": _tr("Travel"),
        "Total response": _tr("Total response"),
        "Alert handling": _tr("Alert handling"),
        "Answering": _tr("Answering"),
        "Processing (high)": _tr("Processing (high)"),
        # Where each interval starts and ends (the definitions at the end).
        "call.offered (ring start)": _tr("call.offered (ring start)"),
        "call.answered": _tr("call.answered"),
        "first dispatch of the call's incident": _tr("first dispatch of the call's incident"),
        "receipt (first call / alert)": _tr("receipt (first call / alert)"),
        "first dispatch": _tr("first dispatch"),
        "unit dispatched": _tr("unit dispatched"),
        "unit en route": _tr("unit en route"),
        "unit on scene": _tr("unit on scene"),
        "first unit on scene": _tr("first unit on scene"),
        "alert.raised": _tr("alert.raised"),
        "first acknowledged / promoted / linked / dismissed": _tr(
            "first acknowledged / promoted / linked / dismissed"
        ),
        "site": _tr("site"),
    }
    return words.get(english, english)


def _excluded(reason: str, n: int) -> str:
    """How many of an interval were not timed, and why, as a plural phrase."""
    phrases = {
        "no_ring_start": _trn("%n without a ring start", n),
        "abandoned": _trn("%n abandoned", n),
        "duplicate": _trn("%n duplicate(s)", n),
        "no_incident": _trn("%n without an incident", n),
        "stood_down": _trn("%n stood down", n),
        "no_en_route": _trn("%n without en route", n),
        "no_dispatch": _trn("%n without a dispatch in the log", n),
    }
    return phrases.get(reason) or f"{reason.replace('_', ' ')} {n}"


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _s(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 120:
        return f"{int(value) // 60}:{int(value) % 60:02d}"
    return f"{value:.1f}"


def _share(s: Summary) -> str:
    return "—" if s.share is None else f"{s.share * 100:.1f} %"


class _Doc:
    """Pages with a running head and footer; a cursor ``y`` that breaks pages."""

    def __init__(self, out: Path, title: str, exercise: bool) -> None:
        self.writer = QPdfWriter(str(out))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        self.writer.setTitle(title)
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"cannot write {out}")
        self.title = title
        self.exercise = exercise
        self.width = _mm(210.0 - 2 * MARGIN_MM)
        self.left = _mm(MARGIN_MM)
        self.bottom = _mm(297.0 - MARGIN_MM - 8)
        self.pages: list[int] = []
        self.page = 0
        self.y = 0.0
        self._new_page(first=True)

    def font(self, pt: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(pt)
        font.setBold(bold)
        self.painter.setFont(font)
        return font

    def _new_page(self, first: bool = False) -> None:
        if not first:
            self.writer.newPage()
        self.page += 1
        p = self.painter
        top = _mm(MARGIN_MM)
        if self.exercise:
            p.fillRect(QRectF(self.left, top - _mm(8), self.width, _mm(6)), QColor(EXERCISE_FILL))
            self.font(9, True)
            p.setPen(QColor("#000000"))
            p.drawText(
                QRectF(self.left, top - _mm(8), self.width, _mm(6)),
                Qt.AlignmentFlag.AlignCenter,
                _tr("EXERCISE — drill figures, not live operation"),
            )
        self.font(8)
        p.setPen(QColor("#444444"))
        p.drawText(QRectF(self.left, top, self.width, _mm(5)), Qt.AlignmentFlag.AlignLeft,
                   self.title)  # fmt: skip
        p.drawLine(QPointF(self.left, top + _mm(5)), QPointF(self.left + self.width, top + _mm(5)))
        foot = _tr("page {n}").format(n=self.page)
        if self.exercise:
            foot = _tr("EXERCISE") + " — " + foot
        p.drawText(QRectF(self.left, self.bottom + _mm(3), self.width, _mm(5)),
                   Qt.AlignmentFlag.AlignRight, foot)  # fmt: skip
        self.y = top + _mm(8)

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self._new_page()

    def text(self, text: str, pt: float = 10, bold: bool = False, gap_mm: float = 1.5) -> None:
        font = self.font(pt, bold)
        height = QFontMetricsF(font, self.writer).height()
        self.need(height)
        self.painter.setPen(QColor("#000000"))
        rect = QRectF(self.left, self.y, self.width, height * 3)
        bound = self.painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
        self.need(bound.height())
        rect = QRectF(self.left, self.y, self.width, bound.height())
        self.painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        self.y += bound.height() + _mm(gap_mm)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], pt: float = 8.5) -> None:  # fmt: skip
        """Columns of ``widths`` (shares of the text width); the header repeats on a new page."""
        font = self.font(pt)
        row_h = QFontMetricsF(font, self.writer).height() * 1.35
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w * self.width)

        def draw(cells: Sequence[str], bold: bool, shade: bool) -> None:
            self.font(pt, bold)
            if shade:
                self.painter.fillRect(QRectF(self.left, self.y, self.width, row_h),
                                      QColor("#e8eef7"))  # fmt: skip
            self.painter.setPen(QColor("#000000"))
            metrics = QFontMetricsF(self.painter.font(), self.writer)
            for i, cell in enumerate(cells):
                align = Qt.AlignmentFlag.AlignVCenter | (
                    Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                )
                rect = QRectF(xs[i] + _mm(1), self.y, xs[i + 1] - xs[i] - _mm(2), row_h)
                if i == 0:  # a label too long for its column: shortened with an ellipsis
                    cell = metrics.elidedText(cell, Qt.TextElideMode.ElideRight, rect.width())
                self.painter.drawText(rect, align, cell)
            self.y += row_h

        self.need(row_h * 2)
        draw(header, True, True)
        for row in rows:
            if self.y + row_h > self.bottom:
                self._new_page()
                draw(header, True, True)
            draw(row, False, False)
        self.y += _mm(3)

    def finish(self) -> int:
        pages = self.page
        self.painter.end()
        return pages


def _histogram(doc: _Doc, title: str, values: Sequence[float], bin_s: float, top_s: float,
               targets: Sequence[float]) -> None:  # fmt: skip
    height = _mm(55)
    doc.need(height + _mm(10))
    doc.text(title, 10, True, 0.5)
    p = doc.painter
    frame = QRectF(doc.left + _mm(12), doc.y, doc.width - _mm(14), height - _mm(10))
    bins = max(1, math.ceil(top_s / bin_s))
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v // bin_s))] += 1
    peak = max(counts) or 1
    p.setPen(QPen(QColor("#000000"), _mm(0.2)))
    p.drawLine(frame.bottomLeft(), frame.bottomRight())
    p.drawLine(frame.bottomLeft(), frame.topLeft())
    bar_w = frame.width() / bins
    for i, n in enumerate(counts):
        h = frame.height() * n / peak
        p.fillRect(QRectF(frame.left() + i * bar_w + bar_w * 0.1, frame.bottom() - h,
                          bar_w * 0.8, h), QColor("#1f5fbf"))  # fmt: skip
    doc.font(7)
    p.setPen(QColor("#000000"))
    for k in range(0, 6):
        x = frame.left() + frame.width() * k / 5
        p.drawText(QRectF(x - _mm(8), frame.bottom() + _mm(0.5), _mm(16), _mm(4)),
                   Qt.AlignmentFlag.AlignHCenter, _s(top_s * k / 5))  # fmt: skip
    p.drawText(QRectF(doc.left, frame.top() - _mm(1), _mm(11), _mm(4)),
               Qt.AlignmentFlag.AlignRight, str(peak))  # fmt: skip
    pen = QPen(QColor("#c0392b"), _mm(0.5), Qt.PenStyle.DashLine)
    p.setPen(pen)
    for n, target in enumerate(targets):
        if 0 < target <= top_s:
            x = frame.left() + frame.width() * target / top_s
            p.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            label = _tr("target {s} s").format(s=f"{target:g}")
            rect = QRectF(x + _mm(0.5), frame.top() + n * _mm(4), _mm(30), _mm(4))
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft, label)
    doc.y = frame.bottom() + _mm(7)


def _over_time(doc: _Doc, stats: PeriodStats, keys: Sequence[str], title: str) -> None:
    days = list(stats.by_day)
    height = _mm(60)
    doc.need(height + _mm(10))
    doc.text(title, 10, True, 0.5)
    p = doc.painter
    # Below the title by half a label: the top tick's label must not run into it.
    frame = QRectF(doc.left + _mm(12), doc.y + _mm(3), doc.width - _mm(40), height - _mm(15))
    values = {
        k: [stats.by_day[d][k].pct_s if k in stats.by_day[d] else None for d in days] for k in keys
    }
    highest = max((v for vs in values.values() for v in vs if v is not None), default=1.0)
    step = _tick_step(highest)
    ticks = max(1, math.ceil(highest * 1.05 / step))
    top = ticks * step
    p.setPen(QPen(QColor("#000000"), _mm(0.2)))
    p.drawLine(frame.bottomLeft(), frame.bottomRight())
    p.drawLine(frame.bottomLeft(), frame.topLeft())
    doc.font(7)
    for k in range(0, ticks + 1):
        y = frame.bottom() - frame.height() * k / ticks
        p.drawText(QRectF(doc.left, y - _mm(2), _mm(11), _mm(4)), Qt.AlignmentFlag.AlignRight,
                   _axis(step * k, top))  # fmt: skip
    step = max(1, len(days) // 6)
    for i in range(0, len(days), step):
        x = frame.left() + (frame.width() * i / max(1, len(days) - 1))
        p.drawText(QRectF(x - _mm(10), frame.bottom() + _mm(0.5), _mm(20), _mm(4)),
                   Qt.AlignmentFlag.AlignHCenter, days[i][5:])  # fmt: skip
    for n, key in enumerate(keys):
        colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
        p.setPen(QPen(colour, _mm(0.45)))
        path = QPainterPath()
        started = False
        for i, v in enumerate(values[key]):
            if v is None:
                started = False
                continue
            x = frame.left() + (frame.width() * i / max(1, len(days) - 1))
            y = frame.bottom() - frame.height() * v / top
            if started:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
                started = True
            if len(days) == 1:
                p.drawEllipse(QPointF(x, y), _mm(0.8), _mm(0.8))
        p.drawPath(path)
        ly = frame.top() + n * _mm(4.5)
        p.drawLine(QPointF(frame.right() + _mm(3), ly + _mm(2)),
                   QPointF(frame.right() + _mm(8), ly + _mm(2)))  # fmt: skip
        p.setPen(QColor("#000000"))
        p.drawText(QRectF(frame.right() + _mm(9), ly, _mm(30), _mm(4)),
                   Qt.AlignmentFlag.AlignLeft, _label(_name(key)))  # fmt: skip
    doc.y = frame.bottom() + _mm(7)


# Tick steps in seconds: round numbers, then whole minutes (labels turn m:ss from 120 s).
_STEPS = (0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 180.0, 300.0, 600.0, 900.0,
          1800.0, 3600.0, 7200.0)  # fmt: skip


def _axis(value: float, top: float) -> str:
    """One unit per axis: seconds up to 10 minutes, m:ss above."""
    if top >= 600:
        return f"{int(value) // 60}:{int(value) % 60:02d}"
    return f"{value:g}"


def _tick_step(highest: float, most: int = 5) -> float:
    """The smallest round step that covers ``highest`` in at most ``most`` ticks."""
    for step in _STEPS:
        if highest <= step * most:
            return step
    return math.ceil(highest / most / 3600.0) * 3600.0


def _name(key: str) -> str:
    return next(r.name for r in ROWS if r.key == key)


def write_stats_pdf(
    stats: PeriodStats,
    out: str | Path,
    context: StatsContext | None = None,
    *,
    drill: bool = False,
    store: str | None = None,
) -> int:
    zone = context.zone if context is not None else None
    start = stats.start.astimezone(zone) if zone else stats.start
    end = stats.end.astimezone(zone) if zone else stats.end
    period = f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"
    title = _tr("Response statistics {period}").format(period=period)
    doc = _Doc(Path(out), title, drill)
    doc.text(title, 16, True, 2)
    doc.text(
        _tr("{calls}, {incidents}, {units}, {alerts}. "
            "Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.").format(
            calls=_trn("%n call(s)", stats.counts["calls"]),
            incidents=_trn("%n incident(s)", stats.counts["incidents"]),
            units=_trn("%n unit response(s)", stats.counts["unit_responses"]),
            alerts=_trn("%n alert(s)", stats.counts["alerts"]),
            store=store or "—", high=stats.targets.high_priority, pct=stats.targets.percentile),
        9,
    )  # fmt: skip
    header = [_tr("Interval"), _tr("Count"), _tr("Median s"), _tr("Pct s"), _tr("Target s"),
              _tr("Within"), _tr("Passed")]  # fmt: skip
    rows = []
    for row in ROWS:
        s = stats.intervals[row.key]
        verdict = {True: _tr("yes"), False: _tr("NO"), None: "—"}[s.passed]
        rows.append([_label(row.name), str(s.count), _s(s.median_s), _s(s.pct_s), _s(s.target_s),
                     _share(s), verdict])  # fmt: skip
    doc.table(header, rows, (0.34, 0.09, 0.11, 0.11, 0.11, 0.12, 0.12))
    excluded = "; ".join(
        f"{_label(_name(key))}: " + ", ".join(_excluded(r, n) for r, n in reasons.items())
        for key, reasons in stats.excluded_by_interval.items()
        if reasons
    )
    doc.text(_tr("Not timed, never guessed: {what}.").format(what=excluded or _tr("none")), 9)
    answering = stats.values("answering")
    _histogram(doc, _tr("Call answering times (s), ring-start calls"), answering, 2.0, 60.0,
               (stats.targets.answer_s, stats.targets.answer_95_s))  # fmt: skip
    _histogram(doc, _tr("Total response times (m:ss)"), stats.values("total_response"), 30.0,
               1200.0, (stats.targets.total_response_s,))  # fmt: skip
    _over_time(doc, stats, ("answering", "processing"),
               _tr("90th percentile per day: call answering and processing (s)"))  # fmt: skip
    _over_time(doc, stats, ("turnout", "travel", "total_response"),
               _tr("90th percentile per day: turnout, travel, total response"))  # fmt: skip
    names = dict(context.type_names) if context is not None else {}
    dims = {"type": _tr("Incident type"), "priority": _tr("Priority"),
            "discipline": _tr("Discipline"), "station": _tr("Station"),
            "hour": _tr("Hour of day (local)")}  # fmt: skip
    for dim, groups in stats.breakdowns.items():
        if not groups:
            continue
        doc.text(_tr("By {what}").format(what=dims[dim].lower()), 12, True, 0.5)
        doc.text(_tr("Each cell: count / 90th percentile (s or m:ss) / share within target"), 7.5)
        header = [dims[dim]] + [_label(SHORT[k]) for k in BREAKDOWN_ROWS]
        rows = []
        for group, cells in groups.items():
            if not any(k in cells for k in BREAKDOWN_ROWS):
                continue
            label = names.get(group, group) if dim == "type" else group
            line = [label]
            for key in BREAKDOWN_ROWS:
                s = cells.get(key)
                line.append("" if s is None else f"{s.count} / {_s(s.pct_s)} / {_share(s)}")
            rows.append(line)
        doc.table(header, rows, (0.22, 0.156, 0.156, 0.156, 0.156, 0.156), pt=7.2)
    doc.text(_tr("Outliers: the slowest over target"), 12, True, 1)
    rows = [
        [_label(_name(key)), _tr("never") if o.value_s is None else _s(o.value_s),
         o.start.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if zone else o.start.isoformat(),
         o.incident_id or "—", o.call_id or "—", o.unit or "—"]
        for key, outliers in stats.outliers.items()
        for o in outliers[:5]
    ]  # fmt: skip
    doc.table([_tr("Interval"), _tr("Time"), _tr("Started"), _tr("Incident"), _tr("Call"),
               _tr("Unit")], rows, (0.27, 0.1, 0.25, 0.14, 0.12, 0.12))  # fmt: skip
    if stats.operators is not None:
        doc.text(_tr("Supervisors only: per call-taker (for training)"), 12, True, 1)
        rows = [
            [name] + [f"{rows_[k].count} / {_s(rows_[k].pct_s)} / {_share(rows_[k])}"
                      if k in rows_ else "" for k in ("answering", "processing_high")]
            for name, rows_ in stats.operators.items()
        ]  # fmt: skip
        doc.table([_tr("Call-taker"), _tr("Answering n / p90 / %"),
                   _tr("Processing (high) n / p90 / %")], rows, (0.3, 0.35, 0.35))  # fmt: skip
    doc.text(_tr("Definitions"), 12, True, 1)
    for d in INTERVALS:
        doc.text(f"{_label(d.name)} ({_label(d.standard)}): {_label(d.starts)} → "
                 f"{_label(d.ends)}", 8.5, gap_mm=0.5)  # fmt: skip
    doc.text(_tr("ALI and AML calls give no ring start: they are counted, not timed. "
                 "A call never answered counts as over every target."), 8.5)  # fmt: skip
    return doc.finish()
