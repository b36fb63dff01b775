"""End to end: a dispatcher works an incident from the keyboard.

The real console offscreen on a temporary store: ``N structure-fire @ ...``
on the command line creates the incident and shows the recommendation with
routes; ``D <id>`` sends the recommended units; status commands move a unit
through its life cycle; an impossible change is refused inline; closing with
units still committed is refused, then works. Every action is one event with
the operator's name, the projections agree, and the hash chain is valid.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.app import Console
from models.dispatch import events as ev
from models.store import open_store, verify_chain
from models.store.dispatch_queries import open_incidents, unit_statuses
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _type(qtbot, console: Console, text: str) -> None:
    edit = console.window.command_line.line_edit()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_incident_from_command_line_to_close(console_loop, qtbot, tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", operator="anna")
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        session = console.session
        controller = session.controller
        assert controller is not None
        window = console.window

        _type(qtbot, console, "N structure-fire @ 60.1700,24.9450 Aleksanterinkatu 9")
        await wait_for(lambda: window.recommendation_panel.recommendation(), "recommendation")
        await controller.wait_idle()
        (incident_id,) = [i.incident_id for i in controller.incident_views()]
        assert window.incident_queue.model().row_of(incident_id) is not None
        assert controller.selected_incident == incident_id
        chosen = window.recommendation_panel.checked_call_signs()
        assert "HE14" in chosen  # the site's only ladder
        assert len(chosen) == 4  # 2 engines, a ladder, an ALS ambulance
        assert window.map_widget.route_layer() is not None

        _type(qtbot, console, f"D {incident_id}")
        await wait_for(lambda: controller.recommendations == {}, "dispatch done")
        await controller.wait_idle()
        state = session.dispatch.state
        assert sorted(state.committed_units(incident_id)) == sorted(chosen)
        assert session.roster.get("HE14").status == "dispatched"

        _type(qtbot, console, "ER HE14")
        await controller.wait_idle()
        _type(qtbot, console, "AH HE14")  # en route -> at hospital is not allowed
        await controller.wait_idle()
        assert "cannot go from en route to at hospital" in window.command_line.error_text()
        _type(qtbot, console, "OS HE14")
        await controller.wait_idle()
        assert state.unit("HE14").status.value == "on scene"

        _type(qtbot, console, f"NOTE {incident_id} smoke from the third floor")
        await controller.wait_idle()
        _type(qtbot, console, f"CLOSE {incident_id} fire extinguished")
        await controller.wait_idle()
        assert "still committed" in window.command_line.error_text()
        _type(qtbot, console, "AV " + " ".join(chosen))
        await controller.wait_idle()
        _type(qtbot, console, f"CLOSE {incident_id} fire extinguished")
        await controller.wait_idle()
        assert state.open_incidents() == []
        await wait_for(lambda: window.incident_queue.model().row_of(incident_id) is None, "gone")
        await console.shutdown()

    console_loop.run_until_complete(scenario())

    store = open_store(store_url)
    try:
        assert verify_chain(store).ok
        events = store.latest_events(limit=1000, kinds=list(ev.DISPATCH_KINDS))
        assert {e.source for e in events} == {"operator:anna"}
        kinds = [e.kind for e in reversed(events)]
        assert kinds[0] == ev.INCIDENT_CREATED and kinds[-1] == ev.INCIDENT_CLOSED
        assert kinds.count(ev.UNIT_ASSIGNED) == 4
        assert any(e.kind == ev.INCIDENT_NOTE for e in events)
        with store.engine.connect() as conn:
            assert open_incidents(conn) == []
            statuses = unit_statuses(conn)
        assert statuses["HE14"].status == "available"
    finally:
        store.close()
