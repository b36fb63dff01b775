"""GUI drill mode on the drill's radio, and the trainer it names.

The unanswered-page drill in the real console window: the trainee types the
incident and the dispatch on the command line, the pages go out over the
drill's TETRA pty, the engine's crew answers over it, the silent ambulance
raises the NOT ACKNOWLEDGED banner, ``VOICE HE121`` takes it down (and its
crew turns out), and the report scores that interval. The trainer named on
``drill.started`` is who holds the drill store (the OS user), or the one the
caller names; an OS user linked to a dispatcher of the drill store is refused.
"""

from __future__ import annotations

import asyncio
import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.config.site import DEFAULT_SITE_DIR, load_site
from console.controllers import command_grammar
from console.main_window import MainWindow
from console.session.drill import DrillSession
from models.dispatch import events as ev
from models.dispatch.status import UnitStatus
from models.drills.scenario import load_scenario
from models.operators.headless import os_user
from models.store import open_store
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def _events(store_file: Path) -> list[Any]:
    store = open_store(f"sqlite:///{store_file}", purpose="drill")
    try:
        return store.events_since(0)
    finally:
        store.close()


def test_gui_drill_pages_over_the_radio_and_scores_the_alarm(
    console_loop: asyncio.AbstractEventLoop, qtbot: Any, tmp_path: Path, xdg: Path
) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    scenario = load_scenario("cardiac-arrest-unanswered")
    store_file = tmp_path / "drill.sqlite"
    window = MainWindow(site.name, None, command_grammar)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    drill = DrillSession(window, site, scenario, f"sqlite:///{store_file}", "trainee", speed=60.0)

    async def run() -> None:
        try:
            await checks()
        finally:
            await drill.shutdown()

    async def checks() -> None:
        await drill.start()
        session = drill.session
        assert drill.runner is not None and session is not None and drill.radio is not None
        assert session.reach is drill.radio.reach and session.controller.reach is session.reach
        assert drill.trainer == os_user()
        await drill.start_drill()
        line = window.command_line
        edit = line.line_edit()

        async def type_line(text: str) -> None:
            assert QApplication.focusWidget() is edit, QApplication.focusWidget()
            qtbot.keyClicks(edit, text)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            await session.controller.wait_idle()
            assert line.refusal_text() == "", (text, line.refusal_text())

        window.map_widget.setFocus()
        qtbot.keyClick(window.map_widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        await type_line("N cardiac-arrest @ 60.16700,24.94200")
        await type_line("D . HE121 HE11")
        state = session.dispatch.state
        await wait_for(
            lambda: state.unit("HE11").status == UnitStatus.ON_SCENE, "HE11 on scene", 60
        )
        await wait_for(lambda: "NOT ACKNOWLEDGED: HE121" in window.banner.text(), "alarm", 60)
        assert "HE11" not in window.banner.text().split("—")[0].replace("HE121", "")
        assert state.unit("HE121").status == UnitStatus.DISPATCHED  # its crew never heard
        await type_line("VOICE HE121")
        await wait_for(lambda: not window.banner.isVisible(), "the alarm's banner down")
        await wait_for(
            lambda: state.unit("HE121").status == UnitStatus.EN_ROUTE, "HE121 turns out", 60
        )
        await drill.end_drill()
        await asyncio.wait_for(drill.report_ready.wait(), 60)

    console_loop.run_until_complete(run())
    events = _events(store_file)
    (started,) = [e.payload for e in events if e.kind == "drill.started"]
    assert started["trainer"] == os_user() and started["trainees"] == ["trainee"]
    radio = [(e.payload["unit"], e.payload["status"]) for e in events
             if e.kind == ev.UNIT_STATUS and e.source.startswith("radio:drill-radio:")]  # fmt: skip
    assert ("HE11", "en route") in radio and ("HE11", "on scene") in radio
    assert ("HE121", "en route") in radio  # reached by voice, it went
    assert drill.report_paths is not None
    report = json.loads(drill.report_paths[0].read_text(encoding="utf-8"))
    (alarm,) = report["alarms"]
    assert (alarm["unit"], alarm["stage"], alarm["action"]) == ("HE121", "crew", ev.REACH_VOICE)
    assert alarm["operator"] == "trainee" and alarm["seconds"] is not None
    assert 0 <= alarm["seconds"] and not math.isinf(alarm["seconds"])
    assert report["unanswered_alarms"] == 0
    assert "NOT ACKNOWLEDGED alarms acted on" in drill.panel.score_text()


def test_gui_drill_names_the_trainer_it_is_given(
    console_loop: asyncio.AbstractEventLoop, qtbot: Any, tmp_path: Path, xdg: Path
) -> None:
    site = load_site(DEFAULT_SITE_DIR)
    scenario = load_scenario("structure-fire")
    store_file = tmp_path / "drill.sqlite"
    window = MainWindow(site.name, None, command_grammar)
    qtbot.addWidget(window)
    drill = DrillSession(
        window, site, scenario, f"sqlite:///{store_file}", "trainee", speed=60.0, trainer="dana"
    )

    async def run() -> None:
        try:
            await drill.start()
            await drill.start_drill()
            await drill.inject(scenario.injections[-1].index)
            await drill.end_drill()
        finally:
            await drill.shutdown()

    console_loop.run_until_complete(run())
    events = _events(store_file)
    signed = [e.payload for e in events if e.kind in ("drill.started", "drill.manual")]
    assert [p["trainer"] for p in signed] == ["dana", "dana"]
    assert [p["by"] for p in signed if "by" in p] == ["dana"]
    assert not [e for e in events if e.kind.startswith("drill.") and e.payload.get("trainer")
                not in (None, "dana")]  # fmt: skip


def test_a_dispatcher_of_the_drill_store_may_not_run_the_drill(
    console_loop: asyncio.AbstractEventLoop, qtbot: Any, tmp_path: Path, xdg: Path
) -> None:
    from argon2 import PasswordHasher

    from models.operators import Actor, OperatorsState, add_operator
    from models.store import GroupCommitWriter

    store_file = tmp_path / "drill.sqlite"
    store = open_store(f"sqlite:///{store_file}", purpose="drill")
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash
    events = add_operator(OperatorsState(), Actor("root", None), os_user(), "dispatcher",
                          "long enough pw", datetime.now(UTC), cheap)  # fmt: skip
    with GroupCommitWriter(store, window_s=0) as writer:
        for event in events:
            writer.submit(event).result(10)
    store.close()
    site = load_site(DEFAULT_SITE_DIR)
    window = MainWindow(site.name, None, command_grammar)
    qtbot.addWidget(window)
    drill = DrillSession(
        window, site, load_scenario("structure-fire"), f"sqlite:///{store_file}", "trainee"
    )

    async def run() -> None:
        try:
            await drill.start()
        finally:
            await drill.shutdown()

    console_loop.run_until_complete(run())
    assert drill.runner is None and drill.radio is None
    assert "DRILL NOT STARTED" in window.banner.text()
    assert "trainer" in window.banner.text() and "dispatcher" in window.banner.text()
    assert not [e for e in _events(store_file) if e.kind.startswith("drill.")]


def test_a_drill_never_pages_on_the_sites_own_links(
    console_loop: asyncio.AbstractEventLoop,
    qtbot: Any,
    tmp_path: Path,
    xdg: Path,
    make_site: Any,
) -> None:
    """A site with a real pager line and a real radio gateway ([reach]): the drill's
    dispatch is texted over the drill's own pty, to the site's ISSI for the unit, and the
    site's pager and gateway receive nothing."""
    from radio.simulators.paging_system import PagingSystem
    from radio.simulators.pty import PtyPeer
    from radio.simulators.tetra_gateway import TetraGateway

    paging, gateway = PagingSystem(), TetraGateway()
    store_file = tmp_path / "drill.sqlite"
    with PtyPeer(paging) as pager, PtyPeer(gateway) as radio:
        site = load_site(make_site([], extra=_REACH.format(pager=pager.path, radio=radio.path)))
        window = MainWindow(site.name, None, command_grammar)
        qtbot.addWidget(window)
        scenario = load_scenario("cardiac-arrest-unanswered")
        drill = DrillSession(window, site, scenario, f"sqlite:///{store_file}", "trainee",
                             speed=60.0)  # fmt: skip
        texts: list[Any] = []

        async def run() -> None:
            try:
                await drill.start()
                session = drill.session
                assert session is not None and drill.radio is not None
                assert session.reach is drill.radio.reach
                await drill.start_drill()
                incident = await session.dispatch.create_incident(
                    "cardiac-arrest", 60.16700, 24.94200, "Erottaja"
                )
                await session.dispatch.dispatch(incident, ["HE11"], recommended=False)
                drill_gateway = drill.radio.crews.gateway

                def texted() -> list[Any]:
                    return drill.radio.peer.call(lambda: list(drill_gateway.texts))

                texts.extend(await wait_for(texted, "the drill radio's text"))
                await drill.end_drill()
            finally:
                await drill.shutdown()

        console_loop.run_until_complete(run())
        assert pager.call(lambda: list(paging.calls)) == []
        assert radio.call(lambda: list(gateway.texts)) == []
    assert [t[0] for t in texts] == ["2011"]  # the site's ISSI for HE11, on the drill's pty
    (queued,) = [e.payload for e in _events(store_file) if e.kind == ev.REACH_QUEUED]
    assert (queued["unit"], queued["link"], queued["address"]) == ("HE11", "radio", "2011")


_REACH = """
[reach]
crew_limit_s = 1

[[reach.links]]
name = "pager"
kind = "espa"
url = "{pager}"

[[reach.links]]
name = "radio"
kind = "tetra"
url = "{radio}"

[[reach.paths]]
unit = "HE11"
link = "pager"
address = "1011"

[[reach.paths]]
unit = "HE11"
link = "radio"
address = "2011"
"""
