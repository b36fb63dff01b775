"""A candidate's reason worded in the console's language (recommendation_reasons)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from console.reports.recommendation_reasons import reason_text
from models.dispatch.recommend import Candidate
from models.dispatch.status import UnitStatus
from widgets.bidi import strip_isolates

ORIGINS = (("fix", 12.0), ("station", None), ("station", 400.0), ("stale", 700.0))
WHYS: tuple[tuple[Any, ...], ...] = (
    *(("chosen", None, 230.0, 1400.0, origin) for origin in ORIGINS),
    ("chosen", "engine", 3700.0, None, ("fix", 5.0)),
    ("chosen", "engine", 95.0, 850.0, ("fix", 5.0)),
    ("chosen", None, 95.0, None, ("fix", 5.0)),
    ("slower", 45.0, "HE12", 250.0, ("fix", 30.0)),
    ("not_needed", 300.0, ("station", None)),
    ("already", "engine"),
    ("unreachable", None),
    ("unreachable", "the unit is 600 m from the nearest road"),
    ("unplaced",),
    ("busy", UnitStatus.ON_SCENE),
    ("busy_unknown", "lunch"),
    ("wrong_type", "ladder"),
)
# Words of the English sentences that no target language shares ("min", "position",
# "plan" and "status" are French, Czech or Serbian words too).
ENGLISH = re.compile(
    r"\b(ETA|from|busy|slower|station|unreachable|wrong|needed|already|substitute|than|"
    r"fix|old|road|route|needs)\b"
)


def _candidate(why: tuple[Any, ...]) -> Candidate:
    return Candidate("HE11", "engine", None, None, None, "the English reason", False, why)


def test_english_reads_as_the_recommender_says_it(qapp: Any, tmp_path: Path) -> None:
    from widgets.i18n import install_language

    install_language(qapp, "en", cache_dir=tmp_path)
    assert reason_text(_candidate(WHYS[0])) == "ETA 3 min 50 s, 1.4 km, from AVL fix 12 s old"
    assert (
        reason_text(_candidate(WHYS[7])) == "slower: +45 s than HE12 (ETA 4 min 10 s, "
        "from AVL fix 30 s old)"
    )
    assert (
        reason_text(_candidate(WHYS[4]))
        == "substitute for engine, ETA 1 h 01 min, from AVL fix 5 s old"
    )
    assert reason_text(_candidate(())) == "the English reason"  # an older recommender's


@pytest.mark.parametrize("code", ["he", "ar", "cs", "fr", "sr", "sr_Latn"])
def test_no_english_word_is_left_in_any_reason(qapp: Any, tmp_path: Path, code: str) -> None:
    from widgets.i18n import install_language

    try:
        install_language(qapp, code, cache_dir=tmp_path)
        for why in WHYS:
            text = strip_isolates(reason_text(_candidate(why)))
            if why[0] == "unreachable" and why[1] is not None:
                text = text.replace(why[1], "")  # the road network's own reason: a value here
            if why[0] == "busy_unknown":
                text = text.replace("lunch", "")
            assert not ENGLISH.search(text), (code, why, text)
            assert "HE12" in text or why[0] != "slower"
    finally:
        install_language(qapp, "en", cache_dir=tmp_path)


def test_the_event_log_words_a_dispatch_from_its_stored_reason(qapp: Any, tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from console.reports.event_text import summarize
    from console.reports.recommendation_reasons import why_data
    from models.store import StoredEvent
    from widgets.i18n import install_language

    why = why_data(("slower", 45.0, "HE12", 250.0, ("station", None)))
    assert why == ["slower", 45.0, "HE12", 250.0, ["station", None]]  # as JSON keeps it
    payload = {
        "unit": "HE11",
        "incident_id": "2026-000001",
        "eta_s": 250.0,
        "recommended": False,
        "reason": "slower: +45 s than HE12 (ETA 4 min 10 s, from station: no fix)",
        "why": why,
    }
    event = StoredEvent(
        source="operator:anna", kind="unit.assigned", rx_time=datetime(2026, 12, 6, tzinfo=UTC),
        payload=payload, raw=None, error=None, seq=1, hash="",
    )  # fmt: skip
    try:
        install_language(qapp, "he", cache_dir=tmp_path)
        line = strip_isolates(summarize(event))
        assert "HE12" in line and not ENGLISH.search(line), line
        old = replace(event, payload={**payload, "why": None})
        assert "slower: +45 s than HE12" in strip_isolates(summarize(old))  # before the data
    finally:
        install_language(qapp, "en", cache_dir=tmp_path)
