"""GUI drill mode: a shipped scenario in the real console window, on a drill store.

The user data dir is a temporary folder (``XDG_DATA_HOME``), so the live
store's default place is inside it and can be checked to stay absent.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, load_site
from console.controllers import command_grammar
from console.main_window import DRILL_COLOUR, MainWindow
from console.session.drill import DrillSession, start_drill_console
from models.drills.scenario import load_scenario
from models.store import default_store_path
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(240)


async def _paused_clock_committed(session: DrillSession) -> None:
    """Wait until the pause's ``drill.clock`` event is in the drill store (no fixed sleep)."""
    from models.drills.events import DRILL_CLOCK

    store = session.store
    assert store is not None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    while True:
        events = await loop.run_in_executor(
            None, lambda: store.latest_events(5, kinds=[DRILL_CLOCK])
        )
        if any(e.payload.get("paused") for e in events):
            return
        assert loop.time() < deadline, "the pause was not recorded"
        await asyncio.sleep(0.02)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def test_gui_drill_marks_window_injects_pauses_and_reports(
    console_loop: asyncio.AbstractEventLoop, qtbot: Any, tmp_path: Path, xdg: Path
) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    scenario = load_scenario("structure-fire")
    store_file = tmp_path / "drill.sqlite"
    window = MainWindow(site.name, None, command_grammar)
    qtbot.addWidget(window)
    drill = DrillSession(window, site, scenario, f"sqlite:///{store_file}", "trainee", speed=60.0)

    async def run() -> None:
        try:
            await checks()
        finally:
            await drill.shutdown()

    async def checks() -> None:
        await drill.start()
        assert drill.runner is not None
        assert window.drill_banner.text() == (f"DRILL — EXERCISE, NOT LIVE — {scenario.title}")
        assert not window.drill_banner.isHidden()
        assert window.property("drill") is True
        assert DRILL_COLOUR in window.styleSheet()
        assert window.windowTitle().startswith("DRILL")
        assert drill.panel.state == "ready"
        assert drill.panel.remaining_indexes() == [i.index for i in scenario.injections]

        drill.panel.start_button.click()
        await wait_for(lambda: window.call_queue.model().rowCount() >= 2, "two calls", 60)
        numbers = {c.number for c in window.call_queue.model().calls()}
        assert "+358401110001" in numbers or any(n.endswith("1110001") for n in numbers)
        assert len(drill.panel.remaining_indexes()) < len(scenario.injections)

        drill.panel.pause_button.click()
        assert drill.runner.state == "paused"
        assert drill.panel.pause_button.text() == "Resume"
        held = drill.runner.drill_s
        clock_text = drill.panel.clock_label.text()
        await _paused_clock_committed(drill)
        drill._refresh()
        assert drill.runner.drill_s == held
        assert drill.panel.clock_label.text() == clock_text

        drill.panel.pause_button.click()
        assert drill.runner.state == "running"
        await wait_for(lambda: drill.runner.drill_s > held, "the clock running again")

        drill.panel.end_button.click()
        await asyncio.wait_for(drill.report_ready.wait(), 60)
        assert drill.panel.state == "ended"

    console_loop.run_until_complete(run())
    assert drill.report_paths is not None
    json_path, html_path = drill.report_paths
    assert json_path == store_file.with_suffix(".json")
    assert html_path == store_file.with_suffix(".html")
    assert "EXERCISE" in html_path.read_text(encoding="utf-8")
    report = json.loads(json_path.read_text(encoding="utf-8"))
    assert report
    assert str(html_path) in drill.panel.report_label.text()
    # The trainer sees the score on the panel, the same figure as the reports'.
    assert drill.score is not None and report["score"] == pytest.approx(drill.score.score)
    shown = drill.panel.score_text()
    assert shown.startswith(f"Score {report['score']:.0f} / 100 — ")
    assert ("NOT PASSED" not in shown) == report["passed"]
    assert "Calls answered within 15 s" in shown
    # The drill ran on its own store only: the live default store was never created.
    assert not default_store_path().exists()
    assert str(default_store_path()).startswith(str(xdg))


def test_start_drill_console_refuses_a_live_store(
    console_loop: asyncio.AbstractEventLoop, qtbot: Any, tmp_path: Path, xdg: Path
) -> None:
    from models.store import open_store

    live = tmp_path / "live.sqlite"
    open_store(f"sqlite:///{live}").close()
    site = load_site(DEFAULT_SITE_DIR)
    window = MainWindow(site.name, None, command_grammar)
    qtbot.addWidget(window)
    drill = start_drill_console(window, site, "structure-fire", f"sqlite:///{live}", "t", 30.0)

    async def run() -> None:
        await drill.start()
        await drill.shutdown()

    console_loop.run_until_complete(run())
    assert drill.runner is None
    assert "STORE UNAVAILABLE" in window.banner.text()
    assert "holds live data; it cannot be opened for drill use" in window.banner.text()
    assert "DRILL — EXERCISE, NOT LIVE" in window.drill_banner.text()
    assert not default_store_path().exists()
