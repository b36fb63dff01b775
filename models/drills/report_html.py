"""The HTML report of a scored drill, for the trainer, in the console's language.

Contract: ``write_html_report(score, scenario, path, lang=ENGLISH)`` writes one
self-contained HTML file (inline CSS, no scripts, no external links) and
returns the path; ``render_html(score, scenario, lang=ENGLISH) -> str`` gives the text.
It opens with an "EXERCISE — NOT LIVE DATA" header, then the summary (score,
pass/fail, measures against the NFPA 1225-style targets), per-trainee,
per-call, per-expected-incident and alert tables, the NOT ACKNOWLEDGED
alarms (unit, raised, the dispatcher's first action in words with its
event kind as the cell's tooltip, by whom, after how long; "none" for one
nobody acted on), and the injection
timeline (planned ``at_s`` beside the drill time each was sent). Every
value from the scenario or the log is HTML-escaped.

Language: ``lang`` (``models.drills.report_texts.ReportLanguage``) gives every
text of the report (marked ``QT_TRANSLATE_NOOP("DrillReport", ...)`` here and
in ``report_texts``) and the way numbers and percentages are written; models
cannot import Qt, so the console builds it from its translators
(``console.reports.drill_texts.report_language``) and passes it in. Without
it the report is English. The page carries ``lang=`` and ``dir=`` (``rtl``
for Hebrew and Arabic, so tables and headings run right to left), and every
value filled in (call signs, numbers, times, names) is isolated so it reads
in its own direction.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from models.drills.report_texts import (
    ACTIONS,
    ALARMS_RAISED,
    ALARMS_UNANSWERED,
    ALERT_KINDS,
    END_REASONS,
    ENGLISH,
    HANDLINGS,
    INJECTION_TYPES,
    MEASURE_LABELS,
    OUTCOMES,
    QT_TRANSLATE_NOOP,
    STAGES,
    ReportLanguage,
    injection_text,
    timeline_text,
    word,
)
from models.drills.scenario import Scenario
from models.drills.scoring import AlertScore, DrillScore, Measure

BANNER = QT_TRANSLATE_NOOP("DrillReport", "EXERCISE — NOT LIVE DATA")

_CSS = """
body { font-family: system-ui, sans-serif; margin: 0 2em 2em; color: #111; }
.banner { background: #b00020; color: #fff; font-weight: bold; text-align: center;
  padding: .6em; font-size: 1.3em; letter-spacing: .08em; margin: 0 -2em 1em; }
[dir="rtl"] .banner { letter-spacing: normal; }
table { border-collapse: collapse; margin: .5em 0 1.5em; }
th, td { border: 1px solid #999; padding: .25em .6em; text-align: start; vertical-align: top; }
th { background: #eee; }
.pass { color: #0a6b0a; font-weight: bold; }
.fail { color: #b00020; font-weight: bold; }
.none { color: #666; }
"""


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


class _Page:
    """The report's pieces in one language."""

    def __init__(self, lang: ReportLanguage) -> None:
        self.lang = lang
        self.t = lang.t

    def lt(self, value: Any, none: str = "—") -> str:
        return _e(none if value is None or value == "" else self.lang.ltr(value))

    def iso(self, value: Any, none: str = "—") -> str:
        return _e(none if value is None or value == "" else self.lang.isolated(value))

    def s(self, seconds: float | None) -> str:
        return _e(self.lang.seconds(seconds))

    def verdict(self, passed: bool | None, yes: str | None = None, no: str | None = None) -> str:
        if passed is None:
            text = self.t(QT_TRANSLATE_NOOP("DrillReport", "no data"))
            return f'<span class="none">{_e(text)}</span>'
        if passed:
            text = yes or self.t(QT_TRANSLATE_NOOP("DrillReport", "PASS"))
            return f'<span class="pass">{_e(text)}</span>'
        text = no or self.t(QT_TRANSLATE_NOOP("DrillReport", "FAIL"))
        return f'<span class="fail">{_e(text)}</span>'

    def none(self) -> str:
        return self.t(QT_TRANSLATE_NOOP("DrillReport", "none"))

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
        """``rows`` hold cells already escaped (or markup built here from escaped parts)."""
        head = "".join(f"<th>{_e(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        if not body:
            body = f'<tr><td colspan="{len(headers)}" class="none">{_e(self.none())}</td></tr>'
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def ok(self, passed: bool, no: str) -> str:
        return self.verdict(passed, self.t(QT_TRANSLATE_NOOP("DrillReport", "ok")), no)

    def late(self) -> str:
        return self.t(QT_TRANSLATE_NOOP("DrillReport", "late"))

    def measure_row(self, m: Measure) -> list[str]:
        lang = self.lang
        share = "—"
        if m.share is not None:
            counts = f"({lang.number(m.within, 0)}/{lang.number(m.count, 0)})"
            share = f"{lang.share(m.share)} {lang.ltr(counts)}"
        target = self.t(QT_TRANSLATE_NOOP("DrillReport", "{percentile} within {target}")).format(
            percentile=lang.share(m.percentile / 100), target=lang.seconds(m.target_s, 0)
        )
        return [
            _e(word(lang, MEASURE_LABELS, m.name)),
            _e(target),
            _e(share),
            self.s(m.value_s) if m.count else "—",
            self.verdict(m.passed),
        ]

    def alert_row(self, a: AlertScore) -> list[str]:
        lang = self.lang
        expected = (
            self.iso(a.name)
            if a.name
            else _e(self.t(QT_TRANSLATE_NOOP("DrillReport", "(not expected)")))
        )
        acceptable = ", ".join(word(lang, HANDLINGS, h) for h in a.acceptable)
        return [
            expected,
            _e(word(lang, ALERT_KINDS, a.kind)),
            self.lt(a.alert_id),
            self.iso(a.title),
            self.s(a.raised_s),
            _e(word(lang, HANDLINGS, a.handling)) if a.handling else "—",
            self.iso(a.handled_by),
            self.s(a.handle_s),
            _e(acceptable or self.t(QT_TRANSLATE_NOOP("DrillReport", "any"))),
            self.verdict(a.passed, word(lang, OUTCOMES, a.outcome), word(lang, OUTCOMES, a.outcome))
            if a.passed is not None
            else _e(word(lang, OUTCOMES, a.outcome)),
        ]


def render_html(score: DrillScore, scenario: Scenario, lang: ReportLanguage = ENGLISH) -> str:
    page = _Page(lang)
    t, lt, iso, s = page.t, page.lt, page.iso, page.s

    def count(n: int) -> str:  # in the locale's digits
        return lt(lang.number(n, 0))

    parts: list[str] = []
    add = parts.append
    banner = t(BANNER)
    add(f'<div class="banner">{_e(banner)}</div>')
    title = t(QT_TRANSLATE_NOOP("DrillReport", "Drill report: {title}"))
    add(f"<h1>{_e(title.format(title=lang.isolated(score.title)))}</h1>")
    overall = page.verdict(
        score.passed,
        t(QT_TRANSLATE_NOOP("DrillReport", "PASSED")),
        t(QT_TRANSLATE_NOOP("DrillReport", "NOT PASSED")),
    )
    points = t(QT_TRANSLATE_NOOP("DrillReport", "Score {score} / {total}")).format(
        score=lang.ltr(lang.number(score.score, 1)), total=lang.ltr(lang.number(100, 0))
    )
    add(f"<p><strong>{_e(points)}</strong> — {overall}</p>")
    speeds = ", ".join(f"{lang.number(v, 1 if v % 1 else 0)}×" for v in score.speeds) or "1×"
    paused = t(QT_TRANSLATE_NOOP("DrillReport", "{time} of wall-clock time")).format(
        time=lang.seconds(score.paused_wall_s, 0)
    )
    ended = (
        _e(word(lang, END_REASONS, score.ended_reason))
        if score.ended_reason
        else _e(t(QT_TRANSLATE_NOOP("DrillReport", "not ended")))
    )
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Scenario")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Started (UTC)")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Ended (UTC)")),
                t(QT_TRANSLATE_NOOP("DrillReport", "End")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Drill time")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Speed")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Paused")),
            ],
            [
                [
                    lt(score.scenario_id),
                    lt(score.started_utc),
                    lt(score.ended_utc),
                    ended,
                    s(score.drill_s),
                    lt(speeds),
                    _e(paused),
                ]
            ],
        )
    )
    if scenario.description:
        add(f"<p>{iso(scenario.description)}</p>")
    add(_h2(t(QT_TRANSLATE_NOOP("DrillReport", "Targets (NFPA 1225-style)"))))
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Measure")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Target")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Within target")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Percentile value")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Result")),
            ],
            (page.measure_row(m) for m in score.measures),
        )
    )
    add(_h2(t(QT_TRANSLATE_NOOP("DrillReport", "Trainees"))))
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Trainee")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Calls answered")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Incidents created")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Units dispatched")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Alerts handled")),
                *(t(MEASURE_LABELS[m]) for m in ("answer", "answer_95", "process")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Result")),
            ],
            (
                [
                    iso(tr.name),
                    count(tr.calls_answered),
                    count(tr.incidents_created),
                    count(tr.units_dispatched),
                    count(tr.alerts_handled),
                    *(
                        (s(m.value_s) if m.count else "—") + " " + page.verdict(m.passed)
                        for m in tr.measures
                    ),
                    page.verdict(tr.passed),
                ]
                for tr in score.trainees
            ),
        )
    )
    add(_h2(t(QT_TRANSLATE_NOOP("DrillReport", "Calls"))))
    abandoned = t(QT_TRANSLATE_NOOP("DrillReport", "abandoned"))
    duplicate = t(QT_TRANSLATE_NOOP("DrillReport", "duplicate"))
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Call")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Number")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Via")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Offered")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Answered by")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Answer time")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Incident")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Priority")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Process")),
                t(QT_TRANSLATE_NOOP("DrillReport", "On scene")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Note")),
            ],
            (
                [
                    lt(c.call_id),
                    lt(c.number),
                    lt((c.via or "").upper()),
                    s(c.offered_s),
                    iso(c.answered_by),
                    s(c.answer_s),
                    lt(c.incident_id),
                    lt(c.priority),
                    s(c.process_s),
                    s(c.on_scene_s),
                    _e(abandoned if c.abandoned else duplicate if c.duplicate else ""),
                ]
                for c in score.calls
            ),
        )
    )
    add(_h2(t(QT_TRANSLATE_NOOP("DrillReport", "Expected incidents"))))
    late = page.late()
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Expected")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Incident")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Type")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Place")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Units sent")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Missing")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Not asked for")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Dispatch")),
                t(QT_TRANSLATE_NOOP("DrillReport", "On scene")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Result")),
            ],
            (_incident_row(page, inc, late) for inc in score.incidents),
        )
    )
    add(_h2(t(QT_TRANSLATE_NOOP("DrillReport", "Alerts"))))
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Expected")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Kind")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Alert")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Title")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Raised")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Handling")),
                t(QT_TRANSLATE_NOOP("DrillReport", "By")),
                t(QT_TRANSLATE_NOOP("DrillReport", "After")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Acceptable")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Outcome")),
            ],
            (page.alert_row(a) for a in (*score.alerts, *score.other_alerts)),
        )
    )
    heading = t(
        QT_TRANSLATE_NOOP("DrillReport", "Units not acknowledging (NOT ACKNOWLEDGED alarms)")
    )
    add(f"<h2>{_e(heading)}</h2>")
    if score.alarms:
        raised = lang.n(ALARMS_RAISED, len(score.alarms))
        unanswered = lang.n(ALARMS_UNANSWERED, score.unanswered_alarms)
        both = t(QT_TRANSLATE_NOOP("DrillReport", "{raised}, {unanswered}."))
        add(f"<p>{_e(both.format(raised=raised, unanswered=unanswered))}</p>")
    add(
        page.table(
            [
                t(QT_TRANSLATE_NOOP("DrillReport", "Unit")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Incident")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Notice")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Limit")),
                t(QT_TRANSLATE_NOOP("DrillReport", "Raised")),
                t(QT_TRANSLATE_NOOP("DrillReport", "First action")),
                t(QT_TRANSLATE_NOOP("DrillReport", "By")),
                t(QT_TRANSLATE_NOOP("DrillReport", "After")),
            ],
            (
                [
                    lt(a.unit),
                    lt(a.incident_id),
                    lt(a.notice_id),
                    _e(word(lang, STAGES, a.stage)),
                    s(a.raised_s),
                    f'<span title="{_e(a.action)}">{_e(word(lang, ACTIONS, a.action))}</span>'
                    if a.action
                    else page.verdict(False, no=page.none()),
                    iso(a.operator),
                    "—" if math.isinf(a.seconds) else s(a.seconds),
                ]
                for a in score.alarms
            ),
        )
    )
    add(_h2(t(QT_TRANSLATE_NOOP("DrillReport", "Injection timeline"))))
    add(_timeline(page, score, scenario))
    add(f'<div class="banner">{_e(banner)}</div>')
    body = "\n".join(parts)
    direction = "rtl" if lang.right_to_left else "ltr"
    code = lang.code.replace("_", "-")
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(code)}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{_e(banner)}: {_e(lang.isolated(score.title))}</title><style>{_CSS}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _incident_row(page: _Page, inc: Any, late: str) -> list[str]:
    lang, t = page.lang, page.t
    created = lang.isolated(lang.incident_type(inc.created_type)) if inc.created_type else "—"
    kind = t(QT_TRANSLATE_NOOP("DrillReport", "{created} (expected {expected})")).format(
        created=created, expected=lang.isolated(lang.incident_type(inc.expected_type))
    )
    units = ", ".join(
        f"{lang.ltr(u)} ({lang.isolated(lang.unit_type(k)) if k else '?'})"
        for u, k in inc.units_sent.items()
    )
    missing = ", ".join(
        f"{lang.ltr(lang.number(n, 0))} × {lang.isolated(lang.unit_type(k))}"
        for k, n in inc.missing.items()
    )
    not_created = t(QT_TRANSLATE_NOOP("DrillReport", "not created"))
    return [
        page.iso(inc.name),
        page.lt(inc.incident_id, not_created),
        _e(kind) + " " + page.ok(inc.type_ok, t(QT_TRANSLATE_NOOP("DrillReport", "wrong"))),
        _e(lang.metres(inc.distance_m))
        + " "
        + page.ok(inc.place_ok, t(QT_TRANSLATE_NOOP("DrillReport", "off"))),
        _e(units or page.none()),
        _e(missing or "—"),
        _e(", ".join(lang.ltr(u) for u in inc.not_asked) or "—"),
        _e(f"{lang.seconds(inc.dispatch_s)} / {lang.seconds(inc.dispatch_within_s, 0)}")
        + " "
        + page.ok(inc.dispatch_ok, late),
        _e(f"{lang.seconds(inc.on_scene_s)} / {lang.seconds(inc.on_scene_within_s, 0)}")
        + " "
        + page.ok(inc.on_scene_ok, late),
        page.verdict(inc.passed),
    ]


def _timeline(page: _Page, score: DrillScore, scenario: Scenario) -> str:
    lang, t = page.lang, page.t
    sent = {}
    for entry in score.timeline:
        if entry.manual_by is None:
            sent.setdefault(entry.index, entry)
    not_sent = t(QT_TRANSLATE_NOOP("DrillReport", "not sent"))
    rows = []
    for inj in scenario.injections:
        what = injection_text(lang, inj.type, inj.fields)
        if inj.fields.get("note"):
            what += " — " + lang.isolated(inj.fields["note"])
        rows.append(
            [
                page.lt(lang.number(inj.index, 0)),
                _e(lang.seconds(inj.at_s, 0)),
                page.s(sent[inj.index].drill_s) if inj.index in sent else _e(not_sent),
                _e(word(lang, INJECTION_TYPES, inj.type)),
                _e(what),
            ]
        )
    planned = {inj.index: inj for inj in scenario.injections}
    by_hand = t(QT_TRANSLATE_NOOP("DrillReport", "{what} (by {name})"))
    for entry in score.timeline:
        if entry.manual_by is None:
            continue
        known = planned.get(entry.index)
        fields = known.fields if known is not None and known.type == entry.type else None
        what = timeline_text(lang, entry.type, entry.summary, fields)
        rows.append(
            [
                _e(t(QT_TRANSLATE_NOOP("DrillReport", "by hand"))),
                "—",
                page.s(entry.drill_s),
                _e(word(lang, INJECTION_TYPES, entry.type)),
                _e(by_hand.format(what=what, name=lang.isolated(entry.manual_by))),
            ]
        )
    headers = [
        "#",
        t(QT_TRANSLATE_NOOP("DrillReport", "Planned")),
        t(QT_TRANSLATE_NOOP("DrillReport", "Sent")),
        t(QT_TRANSLATE_NOOP("DrillReport", "Type")),
        t(QT_TRANSLATE_NOOP("DrillReport", "What")),
    ]
    return page.table(headers, rows)


def write_html_report(
    score: DrillScore, scenario: Scenario, path: str | Path, lang: ReportLanguage = ENGLISH
) -> Path:
    out = Path(path)
    out.write_text(render_html(score, scenario, lang), encoding="utf-8")
    return out
