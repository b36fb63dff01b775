"""End to end: a drill store replayed in the replay window, timers on the replay clock.

A drill store (opened for drill use, with its ``drill.started``) holding a
call, an incident and a unit sent en route is replayed with
``Console(..., replay=STORE)``: the window carries the live drill's DRILL
banner and tint; the ring timer, the incident's age, the unit's status timer
and the status-bar clock read the replayed moment (the story is years old,
so the PC's clock would show years); a unit en route longer than the site's
limit at the replayed moment is overdue there and not before; and a click in
the timeline moves the replay cursor and the picture with it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt

from console.app import Console
from console.main_window import DRILL_COLOUR
from models.drills.events import DRILL_STARTED, started_payload
from models.store import GroupCommitWriter, NewEvent, open_store
from tests.polling import wait_for
from widgets.call_queue import CallColumn
from widgets.incident_queue import IncidentColumn
from widgets.unit_board_model import UnitColumn

pytestmark = pytest.mark.timeout(120)

T0 = datetime(2024, 5, 1, 9, 0, 0, tzinfo=UTC)
TITLE = "Fire in Kamppi"
CALL = "C000001"
INCIDENT = "2024-000001"


def _event(seconds: float, source: str, kind: str, **payload: Any) -> NewEvent:
    return NewEvent(source, kind, T0 + timedelta(seconds=seconds), payload)


def _write_drill_store(path: Path) -> None:
    store = open_store(f"sqlite:///{path}", purpose="drill")
    location = {"source": "ali", "lat": 60.1690, "lon": 24.9310, "radius_m": 30.0, "civic": {}}
    events = [
        _event(0, "drill:runner", DRILL_STARTED,
               **started_payload("structure-fire", TITLE, ["anna"], 1.0, T0.isoformat())),
        _event(10, "system", "call.offered", call_id=CALL, number="+358401110001", via="ali",
               class_of_service="WRLS", location=location, frame={"link": "ali", "peer": "x"}),
        _event(40, "operator:anna", "call.answered", call_id=CALL),
        _event(50, "operator:anna", "incident.created", incident_id=INCIDENT,
               type="structure-fire", priority=1, lat=60.1690, lon=24.9310,
               location="Kampinkuja 2", call_id=CALL),
        _event(60, "operator:anna", "unit.assigned", unit="HE11", incident_id=INCIDENT,
               eta_s=240.0, route_m=1800.0, recommended=True),
        _event(60, "operator:anna", "unit.status", unit="HE11", status="dispatched",
               previous="available", incident_id=INCIDENT),
        _event(70, "operator:drill-crew", "unit.status", unit="HE11", status="en route",
               previous="dispatched", incident_id=INCIDENT),
        _event(3600, "operator:anna", "incident.note", incident_id=INCIDENT, text="end"),
    ]  # fmt: skip
    with GroupCommitWriter(store, window_s=0) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(30)
    store.close()


def _cell(model: Any, row: int | None, column: int) -> str:
    assert row is not None
    return str(model.data(model.index(row, column)))


def test_a_drill_store_replays_as_a_drill_on_the_replay_clock(
    console_loop: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "drill.sqlite"
    _write_drill_store(path)

    async def scenario() -> None:
        console = Console(None, None, "day", replay=str(path))
        window = console.window
        window.show()
        session = console.session
        try:
            await session.start()
            await wait_for(lambda: session.states_shown >= 1, "first state")
            # The live drill's marking: permanent DRILL banner, orange tint, DRILL title.
            assert session.drill_title == TITLE
            assert window.drill_banner.isVisible()
            assert "DRILL" in window.drill_banner.text() and TITLE in window.drill_banner.text()
            assert window.property("drill") is True
            assert DRILL_COLOUR in window.styleSheet()
            assert "DRILL" in window.windowTitle() and "Replay" in window.windowTitle()
            assert "REPLAY OF A DRILL" in window.banner.text()

            async def at(seconds: float) -> None:
                shown = session.states_shown
                session.seek(T0 + timedelta(seconds=seconds))
                await wait_for(lambda: session.states_shown > shown, f"state at +{seconds}s")
                QCoreApplication.processEvents()

            # +35 s: the call has rung 25 s (replay clock), not the years since 2024.
            await at(35)
            calls = window.call_queue.model()
            assert _cell(calls, calls.row_of(CALL), CallColumn.TIMER) == "0:25"
            calls.tick()  # the once-a-second tick reads the replay clock too
            assert _cell(calls, calls.row_of(CALL), CallColumn.TIMER) == "0:25"
            assert window.clock.text().startswith("UTC 09:00:35")

            # +5 min: the incident is 4:10 old; HE11 en route 3:50, not overdue yet.
            await at(300)
            incidents = window.incident_queue.model()
            assert _cell(incidents, incidents.row_of(INCIDENT), IncidentColumn.AGE) == "4:10"
            board = window.unit_board.model()
            assert _cell(board, board.row_of("HE11"), UnitColumn.STATUS_TIME) == "3:50"
            assert board.unit_at(board.row_of("HE11")).overdue is None

            # +15 min: en route 13:50, past the 10 min limit at the replayed moment.
            await at(900)
            board.refresh_ages()
            assert _cell(board, board.row_of("HE11"), UnitColumn.STATUS_TIME) == "13:50"
            assert "en route" in (board.unit_at(board.row_of("HE11")).overdue or "")

            # A click in the timeline moves the replay cursor and the picture.
            timeline = window.timeline
            assert timeline is not None
            target = T0 + timedelta(seconds=20)
            x, y = timeline.view_position(target)
            shown = session.states_shown
            viewport = timeline.plot_widget().viewport()
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
            await wait_for(lambda: session.states_shown > shown, "state after the click")
            assert session.time is not None
            assert abs((session.time - target).total_seconds()) < 30
            assert incidents.row_of(INCIDENT) is None  # before the incident existed
            assert calls.row_of(CALL) is not None  # the call was ringing then
        finally:
            await console.shutdown()

    console_loop.run_until_complete(scenario())
