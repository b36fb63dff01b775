"""The HTML report of a scored drill, for the trainer.

Contract: ``write_html_report(score, scenario, path)`` writes one
self-contained HTML file (inline CSS, no scripts, no external links) and
returns the path; ``render_html(score, scenario) -> str`` gives the text.
It opens with an "EXERCISE — NOT LIVE DATA" header, then the summary (score,
pass/fail, measures against the NFPA 1225-style targets), per-trainee,
per-call, per-expected-incident and alert tables, the NOT ACKNOWLEDGED
alarms (unit, raised, the dispatcher's first action, by whom, after how
long; "none" for one nobody acted on), and the injection
timeline (planned ``at_s`` beside the drill time each was sent). Every
value from the scenario or the log is HTML-escaped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from models.drills.scenario import Scenario
from models.drills.scoring import AlertScore, DrillScore, Measure

BANNER = "EXERCISE — NOT LIVE DATA"

_MEASURE_LABELS = {
    "answer": "Calls answered (offered → answered)",
    "answer_95": "Calls answered, second target",
    "process": "High-priority calls processed (answered → first unit dispatched)",
    "alert_handle": "Alerts handled (raised → first handling)",
    "alarm_response": "NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)",
}

_CSS = """
body { font-family: system-ui, sans-serif; margin: 0 2em 2em; color: #111; }
.banner { background: #b00020; color: #fff; font-weight: bold; text-align: center;
  padding: .6em; font-size: 1.3em; letter-spacing: .08em; margin: 0 -2em 1em; }
table { border-collapse: collapse; margin: .5em 0 1.5em; }
th, td { border: 1px solid #999; padding: .25em .6em; text-align: start; vertical-align: top; }
th { background: #eee; }
.pass { color: #0a6b0a; font-weight: bold; }
.fail { color: #b00020; font-weight: bold; }
.none { color: #666; }
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _s(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds:.1f} s"


def _verdict(passed: bool | None, yes: str = "PASS", no: str = "FAIL") -> str:
    if passed is None:
        return '<span class="none">no data</span>'
    return f'<span class="pass">{yes}</span>' if passed else f'<span class="fail">{no}</span>'


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """``rows`` hold cells already escaped (or markup built here from escaped parts)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        body = f'<tr><td colspan="{len(headers)}" class="none">none</td></tr>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _measure_row(m: Measure) -> list[str]:
    share = "—" if m.share is None else f"{100 * m.share:.0f} % ({m.within}/{m.count})"
    return [
        _e(_MEASURE_LABELS.get(m.name, m.name)),
        _e(f"{m.percentile:g} % within {m.target_s:g} s"),
        _e(share),
        _e(_s(m.value_s) if m.count else "—"),
        _verdict(m.passed),
    ]


def _alert_row(a: AlertScore) -> list[str]:
    return [
        _e(a.name or "(not expected)"),
        _e(a.kind),
        _e(a.alert_id or "—"),
        _e(a.title),
        _e(_s(a.raised_s)),
        _e(a.handling or "—"),
        _e(a.handled_by or "—"),
        _e(_s(a.handle_s)),
        _e(", ".join(a.acceptable) or "any"),
        _e(a.outcome),
    ]


def render_html(score: DrillScore, scenario: Scenario) -> str:
    parts: list[str] = []
    add = parts.append
    add(f'<div class="banner">{_e(BANNER)}</div>')
    add(f"<h1>Drill report: {_e(score.title)}</h1>")
    overall = _verdict(score.passed, "PASSED", "NOT PASSED")
    add(f"<p><strong>Score {score.score:.1f} / 100</strong> — {overall}</p>")
    speeds = ", ".join(f"{s:g}×" for s in score.speeds) or "1×"
    add(
        _table(
            ["Scenario", "Started (UTC)", "Ended (UTC)", "End", "Drill time", "Speed", "Paused"],
            [
                [
                    _e(score.scenario_id),
                    _e(score.started_utc or "—"),
                    _e(score.ended_utc or "—"),
                    _e(score.ended_reason or "not ended"),
                    _e(_s(score.drill_s)),
                    _e(speeds),
                    _e(f"{score.paused_wall_s:.0f} s wall time"),
                ]
            ],
        )
    )
    if scenario.description:
        add(f"<p>{_e(scenario.description)}</p>")
    add("<h2>Targets (NFPA 1225-style)</h2>")
    add(
        _table(
            ["Measure", "Target", "Within target", "Percentile value", "Result"],
            (_measure_row(m) for m in score.measures),
        )
    )
    add("<h2>Trainees</h2>")
    add(
        _table(
            ["Trainee", "Calls answered", "Incidents created", "Units dispatched", "Alerts handled"]
            + [_MEASURE_LABELS[m] for m in ("answer", "answer_95", "process")]
            + ["Result"],
            (
                [
                    _e(t.name),
                    _e(t.calls_answered),
                    _e(t.incidents_created),
                    _e(t.units_dispatched),
                    _e(t.alerts_handled),
                    *(
                        _e(_s(m.value_s) if m.count else "—") + " " + _verdict(m.passed)
                        for m in t.measures
                    ),
                    _verdict(t.passed),
                ]
                for t in score.trainees
            ),
        )
    )
    add("<h2>Calls</h2>")
    add(
        _table(
            [
                "Call",
                "Number",
                "Via",
                "Offered",
                "Answered by",
                "Answer",
                "Incident",
                "Priority",
                "Process",
                "On scene",
                "Note",
            ],
            (
                [
                    _e(c.call_id),
                    _e(c.number or "—"),
                    _e((c.via or "—").upper()),
                    _e(_s(c.offered_s)),
                    _e(c.answered_by or "—"),
                    _e(_s(c.answer_s)),
                    _e(c.incident_id or "—"),
                    _e(c.priority if c.priority is not None else "—"),
                    _e(_s(c.process_s)),
                    _e(_s(c.on_scene_s)),
                    _e("abandoned" if c.abandoned else "duplicate" if c.duplicate else ""),
                ]
                for c in score.calls
            ),
        )
    )
    add("<h2>Expected incidents</h2>")
    add(
        _table(
            [
                "Expected",
                "Incident",
                "Type",
                "Place",
                "Units sent",
                "Missing",
                "Not asked for",
                "Dispatch",
                "On scene",
                "Result",
            ],
            (
                [
                    _e(i.name),
                    _e(i.incident_id or "not created"),
                    _e(f"{i.created_type or '—'} (expected {i.expected_type})")
                    + " "
                    + _verdict(i.type_ok, "ok", "wrong"),
                    _e("—" if i.distance_m is None else f"{i.distance_m:.0f} m")
                    + " "
                    + _verdict(i.place_ok, "ok", "off"),
                    _e(", ".join(f"{u} ({t or '?'})" for u, t in i.units_sent.items()) or "none"),
                    _e(", ".join(f"{n} × {k}" for k, n in i.missing.items()) or "—"),
                    _e(", ".join(i.not_asked) or "—"),
                    _e(f"{_s(i.dispatch_s)} / {i.dispatch_within_s:g} s")
                    + " "
                    + _verdict(i.dispatch_ok, "ok", "late"),
                    _e(f"{_s(i.on_scene_s)} / {i.on_scene_within_s:g} s")
                    + " "
                    + _verdict(i.on_scene_ok, "ok", "late"),
                    _verdict(i.passed),
                ]
                for i in score.incidents
            ),
        )
    )
    add("<h2>Alerts</h2>")
    add(
        _table(
            [
                "Expected",
                "Kind",
                "Alert",
                "Title",
                "Raised",
                "Handling",
                "By",
                "After",
                "Acceptable",
                "Outcome",
            ],
            (_alert_row(a) for a in (*score.alerts, *score.other_alerts)),
        )
    )
    add("<h2>Units not acknowledging (NOT ACKNOWLEDGED alarms)</h2>")
    unanswered = score.unanswered_alarms
    if score.alarms:
        add(f"<p>{_e(len(score.alarms))} alarms raised, {_e(unanswered)} never acted on.</p>")
    add(
        _table(
            ["Unit", "Incident", "Notice", "Limit", "Raised", "First action", "By", "After"],
            (
                [
                    _e(a.unit),
                    _e(a.incident_id),
                    _e(a.notice_id),
                    _e(a.stage),
                    _e(_s(a.raised_s)),
                    _e(a.action or "none") if a.action else _verdict(False, no="none"),
                    _e(a.operator or "—"),
                    _e("—" if math.isinf(a.seconds) else _s(a.seconds)),
                ]
                for a in score.alarms
            ),
        )
    )
    add("<h2>Injection timeline</h2>")
    sent = {}
    for entry in score.timeline:
        if entry.manual_by is None:
            sent.setdefault(entry.index, entry)
    rows = [
        [
            _e(i.index),
            _e(f"{i.at_s:g} s"),
            _e(_s(sent[i.index].drill_s) if i.index in sent else "not sent"),
            _e(i.type),
            _e(i.summary + (f" — {i.fields['note']}" if i.fields.get("note") else "")),
        ]
        for i in scenario.injections
    ]
    rows += [
        [_e("hand"), _e("—"), _e(_s(t.drill_s)), _e(t.type), _e(f"{t.summary} (by {t.manual_by})")]
        for t in score.timeline
        if t.manual_by is not None
    ]
    add(_table(["#", "Planned", "Sent", "Type", "What"], rows))
    add(f'<div class="banner">{_e(BANNER)}</div>')
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(BANNER)}: {_e(score.title)}</title><style>{_CSS}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def write_html_report(score: DrillScore, scenario: Scenario, path: str | Path) -> Path:
    out = Path(path)
    out.write_text(render_html(score, scenario), encoding="utf-8")
    return out
