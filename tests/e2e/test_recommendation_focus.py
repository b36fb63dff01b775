"""End to end: the recommendation follows the dispatcher's focus.

The real console offscreen on a temporary store, driven with the keyboard
and the mouse: two incidents are created (each selected and recommended at
once); selecting the first one in the incident queue never leaves the
second's recommendation on screen with Dispatch active: the panel shows the
first's, computed afresh. ``D`` sends it; the right side then shows the
incident card with its units, not an empty recommendation tab; and selecting
an incident that has no recommendation shows none, with Dispatch disabled. The
dispatched units' routes stay drawn on the map.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.app import Console
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def _type(qtbot, console: Console, text: str) -> None:
    edit = console.window.command_line.line_edit()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _click_incident(qtbot, console: Console, incident_id: str) -> None:
    queue = console.window.incident_queue
    row = queue.model().row_of(incident_id)
    assert row is not None
    view = queue.view()
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_recommendation_is_always_the_selected_incidents(
    console_loop, qtbot, tmp_path: Path
) -> None:
    console = Console(None, f"sqlite:///{tmp_path / 'live.sqlite'}", "day", operator="anna")
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        window = console.window
        window.resize(1600, 1000)
        window.show()
        await console.session.start()
        controller = console.session.controller
        panel = window.recommendation_panel

        def shown() -> str | None:
            view = panel.recommendation()
            return view.incident_id if view is not None else None

        _type(qtbot, console, "N structure-fire @ 60.1700,24.9450 Aleksanterinkatu 9")
        await wait_for(lambda: shown() is not None, "first recommendation")
        await controller.wait_idle()
        first = controller.selected_incident
        _type(qtbot, console, "N structure-fire @ 60.1650,24.9400 Bulevardi 5")
        await wait_for(lambda: shown() not in (None, first), "second recommendation")
        await controller.wait_idle()
        second = controller.selected_incident
        assert shown() == second != first

        # The dispatcher selects the first incident: the second's recommendation goes at once.
        _click_incident(qtbot, console, first)
        assert controller.selected_incident == first
        assert shown() in (None, first)
        assert shown() == first or not panel.dispatch_button().isEnabled()
        await wait_for(lambda: shown() == first, "the first incident's recommendation again")
        await controller.wait_idle()
        assert panel.dispatch_button().isEnabled()

        # Dispatch from the panel (Enter): the first incident's units go; the card comes forward.
        panel.tree().setFocus()
        qtbot.keyClick(panel.tree(), Qt.Key.Key_Return)
        await wait_for(lambda: first not in controller.recommendations, "dispatched")
        await controller.wait_idle()
        state = console.session.dispatch.state
        assert state.committed_units(first) and not state.committed_units(second)
        # The units sent keep their routes on the map until they arrive.
        drawn = set(window.map_widget.dispatched_routes())
        assert drawn and drawn <= set(state.committed_units(first))
        # The card comes forward, not an empty recommendation tab.
        assert panel.visibleRegion().isEmpty()
        assert not window.incident_panel.visibleRegion().isEmpty()

        # The second incident's recommendation was never dispatched; selecting it shows a fresh one.
        _click_incident(qtbot, console, second)
        await wait_for(lambda: shown() == second, "the second incident's recommendation")
        # Back on the first (dispatched, nothing pending): no recommendation, nothing to send.
        _click_incident(qtbot, console, first)
        assert shown() is None and not panel.dispatch_button().isEnabled()
        await controller.wait_idle()
        assert shown() is None
        await console.shutdown()

    console_loop.run_until_complete(scenario())
