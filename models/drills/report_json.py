"""The JSON report of a scored drill.

Contract: ``write_json_report(score, path, lang=ENGLISH, scenario=None)``
writes ``report_document(score, lang, scenario)`` as UTF-8 JSON (sorted keys,
indented, no NaN: unfinished intervals are null) and returns the path;
``read_json_report(path)`` reads one back as a dict equal to what was
written. Keys are documented on ``DrillScore.to_json`` and in
``models.drills.scoring``, and stay the same in every language.

Language (``models.drills.report_texts.ReportLanguage``, as the HTML report):
the values a program compares keep their codes in every language (an
alert's ``outcome``, an alarm's ``stage`` and ``action``, ``ended_reason``,
a measure's ``name``, types and kinds); the texts a person reads follow the
language: each ``timeline`` entry's ``summary`` (made again from the
scenario's injection when ``scenario`` is given and the injection is
known), and two keys beside the score's own: ``language`` (the code, e.g.
``"he"``) and ``labels``, the words for those codes in that language
(``{"measure": {"answer": ...}, "outcome": {...}, "stage": {...},
"action": {...}, "handling": {...}, "alert_kind": {...}, "end_reason": {...},
"injection_type": {...}, "verdict": {"passed": ..., "not_passed": ...}}``),
so a reader shows a code in the trainer's language without a table of its
own. Without ``lang`` the document is English.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from models.drills.report_texts import (
    ACTIONS,
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
    timeline_text,
)
from models.drills.scenario import Scenario
from models.drills.scoring import DrillScore


def _words(lang: ReportLanguage, table: Mapping[str, str]) -> dict[str, str]:
    return {code: lang.t(source) for code, source in table.items()}


def report_document(
    score: DrillScore, lang: ReportLanguage = ENGLISH, scenario: Scenario | None = None
) -> dict[str, Any]:
    """``score.to_json()`` with its texts in ``lang`` (see the module contract)."""
    doc = score.to_json()
    planned = {inj.index: inj for inj in scenario.injections} if scenario is not None else {}
    for entry in doc.get("timeline", []):
        known = planned.get(entry.get("index"))
        fields = known.fields if known is not None and known.type == entry.get("type") else None
        entry["summary"] = timeline_text(
            lang, str(entry.get("type")), str(entry.get("summary") or ""), fields
        )
    doc["language"] = lang.code
    doc["labels"] = {
        "measure": _words(lang, MEASURE_LABELS),
        "outcome": _words(lang, OUTCOMES),
        "stage": _words(lang, STAGES),
        "action": _words(lang, ACTIONS),
        "handling": _words(lang, HANDLINGS),
        "alert_kind": _words(lang, ALERT_KINDS),
        "end_reason": _words(lang, END_REASONS),
        "injection_type": _words(lang, INJECTION_TYPES),
        "verdict": {
            "passed": lang.t(QT_TRANSLATE_NOOP("DrillReport", "PASSED")),
            "not_passed": lang.t(QT_TRANSLATE_NOOP("DrillReport", "NOT PASSED")),
        },
    }
    return doc


def write_json_report(
    score: DrillScore,
    path: str | Path,
    lang: ReportLanguage = ENGLISH,
    scenario: Scenario | None = None,
) -> Path:
    out = Path(path)
    text = json.dumps(
        report_document(score, lang, scenario),
        indent=2,
        sort_keys=True,
        ensure_ascii=False,
        allow_nan=False,
    )
    out.write_text(text + "\n", encoding="utf-8")
    return out


def read_json_report(path: str | Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a drill report")
    return data
