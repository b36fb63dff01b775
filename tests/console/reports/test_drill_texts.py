"""The drill's HTML and JSON reports in the console's language (Hebrew, Arabic, French, Czech)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
from models.drills.report_html import render_html
from models.drills.report_json import report_document
from models.drills.report_texts import (
    ALARMS_RAISED,
    ALARMS_UNANSWERED,
    TRACK_POINTS,
    ReportLanguage,
)
from models.drills.scenario import Scenario, load_scenario
from models.drills.scoring import DrillScore, score_drill
from tests.models.drills.test_scoring import fire_log, unanswered_log

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# Words that read the same in every language: standards and protocols named in the report.
NAMES = {"NFPA", "UTC", "CAP"}


def _drills() -> list[tuple[DrillScore, Scenario]]:
    site = load_site(DEFAULT_SITE_DIR)
    types = {u.call_sign: u.unit_type for u in site.units}
    out = []
    for name, log in (
        ("structure-fire", fire_log()),
        ("cardiac-arrest-unanswered", unanswered_log()),
    ):
        scenario = load_scenario(name)
        out.append((score_drill(scenario, log.stored(), types), scenario))
    return out


DRILLS = _drills()
TYPE_NAMES = {t.code: t.name for t in site_catalogue(load_site(DEFAULT_SITE_DIR)).incident_types()}


class _Texts(HTMLParser):
    """The text of each header, heading, verdict and cell, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[str, str]] = []
        self._stack: list[str] = []
        self.root: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.root = dict(attrs)
        if tag in ("th", "td", "h1", "h2", "span", "p", "title"):
            self._stack.append(tag)
            self.parts.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._stack:
            tag, text = self.parts[-1]
            self.parts[-1] = (tag, text + data)


def _parse(html: str) -> _Texts:
    parsed = _Texts()
    parsed.feed(html)
    return parsed


@pytest.fixture
def language(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from console.reports.drill_texts import report_language
    from widgets.i18n import install_language

    def install(code: str) -> ReportLanguage:
        install_language(qapp, code, cache_dir=tmp_path)
        return report_language(TYPE_NAMES)

    yield install
    install_language(qapp, "en", cache_dir=tmp_path)


def _outside_isolates(text: str) -> str:
    return re.sub(f"[{LRI}{FSI}][^{PDI}]*{PDI}", " ", text)


@pytest.mark.parametrize("code", ["he", "ar"])
def test_a_right_to_left_report_has_no_english_outside_its_values(language, code: str) -> None:  # type: ignore[no-untyped-def]
    lang = language(code)
    assert lang.right_to_left and lang.code == code
    for score, scenario in DRILLS:
        html = render_html(score, scenario, lang)
        parsed = _parse(html)
        assert parsed.root == {"lang": code, "dir": "rtl"}
        left = {
            word
            for _tag, text in parsed.parts
            for word in re.findall(r"[A-Za-z]{2,}", _outside_isolates(text))
        }
        assert left <= NAMES, f"{code}: English left in the report: {sorted(left - NAMES)}"
        # Values keep their own direction: each is one isolate.
        if score.calls:
            assert f"{LRI}{score.calls[0].call_id}{PDI}" in html
        assert f"{LRI}2026-000001{PDI}" in html
        script = "\u0590-\u05ff" if code == "he" else "\u0600-\u06ff"
        headers = [text for tag, text in parsed.parts if tag in ("th", "h2")]
        assert all(re.search(f"[{script}]", h) for h in headers if h != "#"), headers


def test_a_french_report_translates_every_text_it_writes(language) -> None:  # type: ignore[no-untyped-def]
    """French and English share the script: the report is compared text by text, and
    only what reads the same in French (data, "Type", "Via") may stay as it was."""
    same_in_french = {"#", "Type", "Via", "ok", "—", ""}
    for score, scenario in DRILLS:
        english = _parse(render_html(score, scenario))
        lang = language("fr")
        french = _parse(render_html(score, scenario, lang))
        assert french.root == {"lang": "fr", "dir": "ltr"}
        assert len(english.parts) == len(french.parts)
        data = _data_words(score, scenario)
        untranslated = []
        for (tag, en), (_, fr) in zip(english.parts, french.parts, strict=True):
            if en.strip() != fr.strip() or en.strip() in same_in_french:
                continue
            words = set(re.findall(r"[A-Za-z]{2,}", en))
            if words - data - NAMES:
                untranslated.append((tag, en))
        assert not untranslated, untranslated
        assert "ATTEINT" in str(french.parts) or "NON ATTEINT" in str(french.parts)


def _data_words(score: DrillScore, scenario: Scenario) -> set[str]:
    """Every word of the drill's own data (names, titles, notes, codes, call signs)."""
    text: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                text.append(str(key))
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif value is not None:
            text.append(str(value))

    walk(score.to_json())
    walk([(i.type, i.fields) for i in scenario.injections])
    walk([scenario.title, scenario.description])
    return set(re.findall(r"[A-Za-z]{2,}", " ".join(text)))


def test_every_text_goes_through_the_language() -> None:
    """A marking translator finds no text of the report's own outside its marks."""
    marked = ReportLanguage(
        code="xx",
        translate=lambda source: f"[[{source}]]",
        translate_n=lambda source, n: f"[[{source}:{n}]]",
        unit_type=lambda code: f"[[{code}]]",
        incident_type=lambda code: f"[[{code}]]",
    )
    for score, scenario in DRILLS:
        parsed = _parse(render_html(score, scenario, marked))
        data = _data_words(score, scenario)
        for tag, text in parsed.parts:
            own = text
            while "[[" in own:  # marks inside marks: the innermost first
                own = re.sub(r"\[\[[^\[\]]*\]\]", " ", own)
            words = set(re.findall(r"[A-Za-z]{2,}", own)) - data - NAMES
            assert not words, (tag, text)


def test_json_keys_stay_and_its_texts_follow_the_language(language) -> None:  # type: ignore[no-untyped-def]
    score, scenario = DRILLS[1]
    english = report_document(score, scenario=scenario)
    lang = language("he")
    hebrew = report_document(score, lang, scenario)

    def keys(value: Any, path: str = "") -> set[str]:
        if isinstance(value, dict):
            return {f"{path}/{k}" for k in value} | {
                key for k, v in value.items() for key in keys(v, f"{path}/{k}")
            }
        if isinstance(value, list):
            return {key for item in value for key in keys(item, f"{path}[]")}
        return set()

    assert keys(hebrew) == keys(english)
    assert english["language"] == "en" and hebrew["language"] == "he"
    # Codes a program compares stay codes; the words for them are in the language.
    assert [a["stage"] for a in hebrew["alarms"]] == [a["stage"] for a in english["alarms"]]
    assert hebrew["ended_reason"] == english["ended_reason"]
    assert hebrew["labels"]["stage"]["crew"] == "אין תשובה מהצוות"
    assert hebrew["labels"]["verdict"]["not_passed"] == "לא עבר"
    assert hebrew["labels"]["measure"]["alarm_response"].startswith("טיפול בהתראות")
    fire, fire_scenario = DRILLS[0]
    summaries = [t["summary"] for t in report_document(fire, lang, fire_scenario)["timeline"]]
    assert summaries and all(re.search("[\u0590-\u05ff]", s) for s in summaries)
    english_fire = report_document(fire, scenario=fire_scenario)["timeline"]
    assert english_fire[0]["summary"].startswith("call from ")


@pytest.mark.parametrize(
    ("code", "n", "raised", "unanswered", "points"),
    [
        ("cs", 1, "vyhlášen 1 poplach", "1 bez jakékoli reakce", "1 bod"),
        ("cs", 3, "vyhlášeny 3 poplachy", "3 bez jakékoli reakce", "3 body"),
        ("cs", 5, "vyhlášeno 5 poplachů", "5 bez jakékoli reakce", "5 bodů"),
        ("ar", 2, "صدر إنذاران", "اثنان لم يُتعامل معهما", "نقطتان"),
        ("ar", 11, "صدر 11 إنذارًا", "11 لم يُتعامل معها", "11 نقطة"),
        ("sr", 2, "2 узбуне подигнуте", "на 2 није реаговано", "2 тачке"),
        ("fr", 2, "2 alarmes déclenchées", "2 jamais traitées", "2 points"),
        ("en", 1, "1 alarm raised", "1 never acted on", "1 point"),
    ],
)
def test_counts_take_the_languages_plural_forms(  # type: ignore[no-untyped-def]
    language, code: str, n: int, raised: str, unanswered: str, points: str
) -> None:
    lang = language(code)
    rlm = "\u200f"  # a Hebrew or Arabic form opening with %n starts right to left
    assert lang.n(ALARMS_RAISED, n).lstrip(rlm) == raised
    assert lang.n(ALARMS_UNANSWERED, n).lstrip(rlm) == unanswered
    assert lang.n(TRACK_POINTS, n).lstrip(rlm) == points


def test_numbers_follow_the_locale(language) -> None:  # type: ignore[no-untyped-def]
    lang = language("fr")
    assert lang.seconds(12.5) == "12,5 s"
    assert lang.share(0.93) == "93\u202f%"
    assert lang.t("Drill report: {title}") == "Compte rendu d'exercice\u00a0: {title}"
