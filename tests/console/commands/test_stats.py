"""``stats`` command on real stores: JSON, CSV and PDF; read-only; agrees with the incident
report and with drill scoring for the same store."""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from console.commands.stats import CACHE_ENV, stats_command
from console.config.site import DEFAULT_SITE_DIR, load_site
from console.reports.incident import gather_report
from models.drills.scenario import load_scenario
from models.drills.scoring import score_drill
from models.replay import open_store_readonly
from models.store.replay_queries import read_events
from tests.models.drills.test_scoring import fire_log
from tests.models.stats.handmade import Log

I1, I2 = "2026-000001", "2026-000002"


def _room() -> Log:
    log = Log()
    log.offer(0, "C1").answer(7, "C1", "ann").create(30, I1, "C1")
    log.dispatch(45, "HE11", I1).dispatch(46, "HE12", I1)
    log.status(100, "HE11", "en route", I1).status(120, "HE12", "en route", I1)
    log.status(380, "HE11", "on scene", I1).status(400, "HE12", "on scene", I1)
    log.offer(200, "C2", via="ali").answer(230, "C2", "ben")
    log.create(260, I2, "C2", "cardiac-arrest", 1).dispatch(300, "HE221", I2)
    log.status(330, "HE221", "en route", I2).status(700, "HE221", "on scene", I2)
    log.offer(500, "C3").abandon(520, "C3")
    log.close(3000, I1).close(3100, I2)
    return log


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _room().write(tmp_path_factory.mktemp("stats") / "room.sqlite")


@pytest.fixture(autouse=True)
def _cache_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "stats-cache"))


def run(*args: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = stats_command(*args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_json_is_one_document_and_the_store_is_untouched(room: Path) -> None:
    before = (room.stat().st_mtime_ns, room.read_bytes())
    code, out, err = run(str(room), None, None, "json", None, None, False)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert (room.stat().st_mtime_ns, room.read_bytes()) == before
    assert not Path(f"{room}-wal").exists() and not Path(f"{room}-shm").exists()
    assert doc["drill"] is False and doc["store"] == str(room)
    answering = doc["intervals"]["answering"]
    assert (answering["count"], answering["median_s"], answering["within"]) == (1, 7.0, 1)
    assert doc["excluded_by_interval"]["answering"] == {"no_ring_start": 1, "abandoned": 1}
    assert doc["intervals"]["turnout"]["count"] == 3
    assert doc["intervals"]["total_response"]["median_s"] == 380.0
    assert doc["breakdowns"]["station"]["HE-PE-1"]["travel"]["count"] == 2
    assert doc["breakdowns"]["hour"]["10"]["answering"]["count"] == 1  # Helsinki local time
    assert "operators" not in doc


def test_supervisor_flag_adds_operators_and_a_period_narrows(room: Path) -> None:
    code, out, _ = run(str(room), "2026-03-02T10:03", "2026-03-02T11:00", "json", None, None,
                       True)  # fmt: skip
    assert code == 0
    doc = json.loads(out)
    assert doc["operators"]["ben"]["processing"]["count"] == 1
    assert doc["counts"]["calls"] == 2  # C2 and C3 rang after 10:03 local
    assert doc["from"] == "2026-03-02T08:03:00+00:00"


def test_csv_and_text(room: Path) -> None:
    code, out, _ = run(str(room), None, None, "csv", None, None, False)
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][:4] == ["section", "dimension", "group", "interval"]
    overall = {r[3]: r for r in rows if r[0] == "overall"}
    assert overall["answering"][4:6] == ["1", "7.0"]
    assert any(r[0] == "breakdown" and r[1] == "type" and "Structure fire" in r[2] for r in rows)
    assert any(r[0] == "outlier" and r[1] == "travel" and r[4] == I2 for r in rows)
    code, out, _ = run(str(room), None, None, "text", None, None, False)
    assert code == 0 and "Call answering" in out
    assert "answering: no_ring_start 1, abandoned 1" in out


def test_pdf(qapp: Any, room: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "stats.pdf"
    code, out, err = run(str(room), None, None, "pdf", pdf, None, True)
    assert (code, err) == (0, "") and f"statistics written to {pdf}" in out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Response statistics" in text and "Call answering" in text
    assert "2026-000002" in text  # an outlier named by its incident
    assert "per call-taker" in text and "EXERCISE" not in text


def test_bad_arguments(room: Path, tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing.sqlite"), None, None, "json", None, None, False)[0] == 2
    code, _, err = run(str(room), "yesterday", None, "json", None, None, False)
    assert code == 1 and "not an ISO 8601" in err
    code, _, err = run(str(room), "2026-03-03", "2026-03-02", "json", None, None, False)
    assert code == 1 and "before it starts" in err
    assert run(str(room), None, None, "pdf", None, None, False)[0] == 1
    code, _, err = run(str(room), None, None, "json", None, tmp_path, False)
    assert code == 1 and "site" in err


def test_agrees_with_the_incident_report(room: Path) -> None:
    _, out, _ = run(str(room), None, None, "json", None, None, False)
    doc = json.loads(out)
    store = open_store_readonly(str(room), immutable=True)
    try:
        report = gather_report(store, I1, load_site(DEFAULT_SITE_DIR))
    finally:
        store.close()
    shown = {i.label: i.seconds for i in report.intervals}
    # The report's labels before and after it reads models.stats.incident_intervals.
    answering = shown.get("Call answering (C1)", shown.get("Call offered → answered"))
    total = shown.get("Total response", shown.get("Call offered → first unit on scene"))
    by_type = doc["breakdowns"]["type"]["structure-fire"]
    assert answering == by_type["answering"]["median_s"] == 7.0
    assert total == by_type["total_response"]["median_s"] == 380.0


def test_agrees_with_drill_scoring(tmp_path: Path) -> None:
    path = _write_drill(tmp_path)
    store = open_store_readonly(str(path), immutable=True)
    try:
        events = read_events(store, 0, store.last_seq(), 10_000)
    finally:
        store.close()
    site = load_site(DEFAULT_SITE_DIR)
    score = score_drill(load_scenario("structure-fire"), events,
                        {u.call_sign: u.unit_type for u in site.units})  # fmt: skip
    code, out, _ = run(str(path), None, None, "json", None, None, False)
    doc = json.loads(out)
    assert code == 0 and doc["drill"] is True
    m = {x.name: x for x in score.measures}
    for measure, row in (
        ("answer", "answering"),
        ("answer_95", "answering_95"),
        ("process", "processing_high"),
        ("alert_handle", "alert_handling"),
    ):
        got = doc["intervals"][row]
        assert (got["count"], got["within"]) == (m[measure].count, m[measure].within), measure
        assert got["percentile_s"] == m[measure].value_s, measure
    assert doc["intervals"]["alarm_handling"]["count"] == 0  # its receipt was an ALI call


def _write_drill(tmp_path: Path) -> Path:
    from models.store import GroupCommitWriter, open_store

    path = tmp_path / "drill.sqlite"
    store = open_store(f"sqlite:///{path}", purpose="drill")
    try:
        with GroupCommitWriter(store) as writer:
            for event in fire_log().events:
                writer.submit(event)
    finally:
        store.close()
    return path


def test_per_operator_figures_only_for_who_may_see_them(tmp_path: Path) -> None:
    """On a store with operators, the OS user acts as the operator of the same name: a
    dispatcher gets the figures but is refused the per-operator ones; a supervisor gets them."""
    from models.store import GroupCommitWriter, open_store
    from tests.console.commands.test_rights import _write

    path = _write(str(tmp_path / "live.sqlite"), {"dora": "dispatcher", "sue": "supervisor"})
    store = open_store(f"sqlite:///{path}")
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            for event in _room().events:
                writer.submit(event).result(10)
    finally:
        store.close()

    def stats(supervisor: bool, user: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = stats_command(path, None, None, "json", None, None, supervisor, out, err,
                             os_user=user)  # fmt: skip
        return code, out.getvalue(), err.getvalue()

    code, out, err = stats(True, "dora")
    assert (code, out) == (1, "") and "refused" in err and "supervisor" in err and "dora" in err
    code, out, _ = stats(False, "dora")
    assert code == 0 and "operators" not in json.loads(out)
    code, out, _ = stats(True, "sue")
    assert code == 0 and json.loads(out)["operators"]["ben"]["processing"]["count"] == 1


def test_later_runs_read_the_per_day_cache_and_say_the_same(
    room: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    before = room.read_bytes()
    caplog.set_level(logging.INFO, logger="console.commands.stats")
    outputs = []
    for _ in range(2):
        code, out, err = run(str(room), None, None, "json", None, None, True)
        assert (code, err) == (0, "")
        outputs.append(out)
    assert "samples from built" in caplog.text and "samples from cached" in caplog.text
    assert [p.suffix for p in (tmp_path / "stats-cache").iterdir()] == [".sqlite"]
    code, out, _ = run(str(room), "2026-03-02T10:03", "2026-03-02T11:00", "csv", None, None,
                       False)  # fmt: skip
    assert code == 0 and "samples from cached" in caplog.messages[-1]
    monkeypatch.setenv(CACHE_ENV, "off")
    caplog.clear()
    code, out, _ = run(str(room), None, None, "json", None, None, True)
    assert code == 0 and out == outputs[0] == outputs[1]
    assert "samples from window" in caplog.text
    assert room.read_bytes() == before
    # --no-cache: neither read nor written.
    other = tmp_path / "other-cache"
    monkeypatch.setenv(CACHE_ENV, str(other))
    out, err = io.StringIO(), io.StringIO()
    code = stats_command(str(room), None, None, "json", None, None, True, out, err, use_cache=False)
    assert (code, out.getvalue()) == (0, outputs[0]) and not other.exists()


def test_pdf_lang(qapp: Any, room: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``stats --pdf FILE --lang cs`` from a shell writes the report in Czech."""
    from pypdf import PdfReader

    from console.cli import main
    from widgets.i18n import install_language

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pdf = tmp_path / "stats-cs.pdf"
    try:
        assert main(["stats", str(room), "--pdf", str(pdf), "--lang", "cs", "--no-cache"]) == 0
    finally:
        install_language(qapp, "en", cache_dir=tmp_path / "cache")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Přijetí volání" in text and "Call answering" not in text
