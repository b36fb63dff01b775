"""``report`` command: writes the PDF; exit codes for unknown incidents and bad stores."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.commands.report import report_command
from models.store import GroupCommitWriter, NewEvent, open_store

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)
IID = "2026-000001"


def _ev(s: int, kind: str, **payload: Any) -> NewEvent:
    return NewEvent("operator:anna", kind, T0 + timedelta(seconds=s), payload)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    store = open_store(f"sqlite:///{path}")
    events = [
        _ev(0, "incident.created", incident_id=IID, type="cardiac-arrest", priority=1,
            lat=60.1695, lon=24.944, location=None, call_id=None),
        _ev(30, "unit.assigned", unit="HE121", incident_id=IID, eta_s=300.0, route_m=2000.0,
            recommended=True, reason=None),
        _ev(30, "unit.status", unit="HE121", status="dispatched", previous="available",
            incident_id=IID),
        _ev(600, "incident.closed", incident_id=IID, disposition="transported"),
    ]  # fmt: skip
    with GroupCommitWriter(store, max_batch=len(events), window_s=60) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(60)
    store.close()
    return path


def run(*args: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = report_command(*args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_writes_a_pdf(qapp: Any, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    code, stdout, err = run(str(store_path), IID, out, None)
    assert (code, err) == (0, "")
    assert stdout == (
        f"store {store_path} opened read-only, immutable: nothing is written, "
        f"no -wal or -shm file is created beside it\nreport for {IID} written to {out}\n"
    )
    blob = out.read_bytes()
    assert blob.startswith(b"%PDF-") and b"/Type /Page" in blob and len(blob) > 20_000


def test_unknown_incident_is_exit_1(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    code, stdout, err = run(f"sqlite:///{store_path}", "2026-424242", out, None)
    assert (code, stdout) == (1, "")
    assert err == "report: no incident '2026-424242' in the store\n"
    assert not out.exists()


def test_store_that_cannot_be_opened_is_exit_2(tmp_path: Path) -> None:
    code, stdout, err = run(str(tmp_path / "nope.sqlite"), IID, tmp_path / "r.pdf", None)
    assert (code, stdout) == (2, "") and "no store at" in err
    assert not (tmp_path / "nope.sqlite").exists()  # not created as a side effect
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not SQLite" * 200)
    code, stdout, err = run(str(broken), IID, tmp_path / "r.pdf", None)
    assert (code, stdout) == (2, "") and err.startswith("report: ")


def test_bad_site_is_exit_1(store_path: Path, tmp_path: Path) -> None:
    code, stdout, err = run(str(store_path), IID, tmp_path / "r.pdf", tmp_path / "no-site")
    assert (code, stdout) == (1, "") and err.startswith("report: ")


def test_a_drill_store_report_says_exercise_on_every_page(qapp: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from models.drills.events import DRILL_STARTED, started_payload

    path = tmp_path / "drill.sqlite"
    store = open_store(f"sqlite:///{path}", purpose="drill")
    events = [
        NewEvent("drill:runner", DRILL_STARTED, T0,
                 started_payload("structure-fire", "Fire", ["anna"], 1.0, T0.isoformat())),
        _ev(5, "incident.created", incident_id=IID, type="structure-fire", priority=1,
            lat=60.1695, lon=24.944, location=None, call_id=None),
        _ev(600, "incident.closed", incident_id=IID, disposition="extinguished"),
    ]  # fmt: skip
    with GroupCommitWriter(store, max_batch=len(events), window_s=60) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(60)
    store.close()
    out = tmp_path / "drill.pdf"
    code, _, err = run(str(path), IID, out, None)
    assert (code, err) == (0, "")
    pages = PdfReader(out).pages
    assert pages and all("EXERCISE" in page.extract_text() for page in pages)


@pytest.mark.parametrize("code", ["he", "fr"])
def test_lang_writes_the_report_in_that_language(
    qapp: Any, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    """``report --lang CODE`` from a shell: headings, interval titles and the timeline (the
    event log's sentences) in that language; the messages for scripts stay English."""
    import shutil
    import subprocess
    import unicodedata

    from console.cli import main
    from widgets.i18n import install_language

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / f"r-{code}.pdf"
    try:
        assert main(["report", str(store_path), IID, "--out", str(out), "--lang", code]) == 0
    finally:
        install_language(qapp, "en", cache_dir=tmp_path / "cache")
    if shutil.which("pdftotext"):
        raw = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        from pypdf import PdfReader

        raw = " ".join(page.extract_text() for page in PdfReader(out).pages)
    # Words as a reader reads them: pypdf (where poppler is missing) may put a tab
    # between two words and gives a right-to-left line in its visual order.
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))
    visual = shutil.which("pdftotext") is None
    if code == "he":
        for word in ("דוח אירוע", "ציר זמן", "מקטעי זמן תגובה", "דום לב", "שובצה"):
            assert word in text or (visual and word[::-1] in text), word
    else:
        for word in ("Rapport d'intervention", "Chronologie", "Arrêt cardiaque", "engagé"):
            assert word in text, word
    for english in ("Incident report", "Timeline", "Response intervals", "assigned to"):
        assert english not in text, english
