"""Drill reports: the JSON round-trips, the HTML is self-contained, complete and escaped."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site
from models.drills import events as dre
from models.drills.report_html import BANNER, render_html, write_html_report
from models.drills.report_json import read_json_report, write_json_report
from models.drills.scenario import load_scenario
from models.drills.scoring import REPORT_FORMAT, DrillScore, score_drill
from tests.models.drills.test_scoring import fire_log


class _Tables(HTMLParser):
    """Collects table headers, cell texts, tags and attributes for assertions."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.headers: list[str] = []
        self.cells: list[str] = []
        self._in: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag in ("th", "td"):
            self._in, self._text = tag, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            (self.headers if tag == "th" else self.cells).append(self._text.strip())
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text += data


@pytest.fixture(scope="module")
def score() -> DrillScore:
    types = {u.call_sign: u.unit_type for u in load_site(DEFAULT_SITE_DIR).units}
    log = fire_log()
    hostile = '<script>alert("x")</script> & Co'
    log.add(590, dre.RUNNER_SOURCE, dre.DRILL_MANUAL,
            dre.manual_payload(0, "note", 0.0, 480.0, hostile, "trainer <t>"))  # fmt: skip
    return score_drill(load_scenario("structure-fire"), log.stored(), types)


def test_json_report_round_trips(tmp_path: Path, score: DrillScore) -> None:
    path = write_json_report(score, tmp_path / "report.json")
    data = read_json_report(path)
    # The score's own keys, plus the language and the words for its codes.
    assert {k: v for k, v in data.items() if k not in ("language", "labels")} == score.to_json()
    assert data["language"] == "en" and data["labels"]["outcome"]["handled"] == "handled"
    assert data["format"] == REPORT_FORMAT and data["version"] == 1
    assert data["weights"] == {"answer": 20.0, "process": 20.0, "incidents": 40.0, "alerts": 20.0}
    assert data["score"] == 80.0 and data["passed"] is False
    assert data["scenario_id"] == "structure-fire"
    assert data["targets"]["answer_s"] == 15.0
    answer = next(m for m in data["measures"] if m["name"] == "answer")
    # Only the PIDF-LO call gives a ring start (ALI and AML are counted, not timed).
    assert (answer["count"], answer["within"], answer["value_s"]) == (1, 0, 24.0)
    assert data["incidents"][0]["units_sent"]["HE14"] == "ladder"
    assert [t["name"] for t in data["trainees"]] == ["anna", "ben"]
    text = path.read_text(encoding="utf-8")
    assert "NaN" not in text and "Infinity" not in text
    json.loads(text)  # plain JSON


def test_html_report_has_banner_summary_and_tables(tmp_path: Path, score: DrillScore) -> None:
    scenario = load_scenario("structure-fire")
    path = write_html_report(score, scenario, tmp_path / "report.html")
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count(BANNER) >= 2 and BANNER == "EXERCISE — NOT LIVE DATA"
    parsed = _Tables()
    parsed.feed(html)
    for header in ("Trainee", "Calls answered", "Expected", "Units sent", "Outcome", "Planned"):
        assert header in parsed.headers
    assert "Score 80.0 / 100" in html and "NOT PASSED" in html
    assert {"anna", "ben", "fire", "smoke warning", "C000004", "2026-000001"} <= set(parsed.cells)
    # The timeline lists every scenario injection with its planned time.
    planned = [c for c in parsed.cells if re.fullmatch(r"\d+ s", c)]
    assert len(planned) >= len(scenario.injections)
    assert "0.2 s" in parsed.cells  # injection #1 sent at drill second 0.2
    # Self-contained: no scripts, no external resources.
    assert "script" not in parsed.tags
    assert not [v for k, v in parsed.attrs if k in ("src", "href")]


def test_html_report_escapes_everything(score: DrillScore) -> None:
    html = render_html(score, load_scenario("structure-fire"))
    assert "<script>" not in html and "<t>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    assert "trainer &lt;t&gt;" in html
