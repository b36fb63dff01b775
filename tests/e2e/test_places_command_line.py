"""End to end: a dispatcher names places on the command line, on the shipped Helsinki index.

The real console offscreen on a temporary store and the embedded site with
its committed ``places.sqlite``: typing a place after ``@`` opens the
completion list from the places worker; a typo is picked from the list and
the incident records what was typed, the verified place and the index
build; a corner resolves on Enter; a typo without a pick stores nothing and
reopens the list; a point off the road network is refused and stores
nothing (issue 14); a map point is an unverified, forced point marked in the
queue; LOC moves an incident (one ``incident.location``); WHERE names a
position; after a dispatch the incident card shows the units with timers. A
site without a places file still takes coordinates and says why places are
unavailable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from console.app import Console
from models.dispatch import events as ev
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE
from models.store import open_store
from tests.polling import wait_for
from widgets.incident_queue import UNVERIFIED_ROLE, IncidentColumn

pytestmark = pytest.mark.timeout(180)


def _keys(qtbot: Any, console: Console, text: str) -> None:
    edit = console.window.command_line.line_edit()
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def _enter(qtbot: Any, console: Console) -> None:
    qtbot.keyClick(console.window.command_line.line_edit(), Qt.Key.Key_Return)


def _created(store_url: str) -> list[dict[str, Any]]:
    store = open_store(store_url)
    try:
        events = store.latest_events(limit=100, kinds=[ev.INCIDENT_CREATED, ev.INCIDENT_LOCATION])
        return [dict(e.payload or {}, kind=e.kind) for e in reversed(events)]
    finally:
        store.close()


def _location_cell(console: Console, incident_id: str, role: int) -> Any:
    model = console.window.incident_queue.model()
    row = model.row_of(incident_id)
    return model.index(row, IncidentColumn.LOCATION).data(role)


def test_places_on_the_command_line(console_loop, qtbot, tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", operator="anna")
    qtbot.addWidget(console.window)
    from console.config.site import DEFAULT_SITE_DIR

    with PlacesIndex.open(DEFAULT_SITE_DIR / PLACES_FILE) as index:
        build_id = index.build_id

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        session = console.session
        controller = session.controller
        assert controller is not None
        window = console.window
        line = window.command_line
        completer = line.place_completer()

        # A typo, typed key by key: the list follows, the dispatcher picks.
        _keys(qtbot, console, "N structure-fire @ aleksantreinkatu 9")
        await wait_for(
            lambda: completer.isVisible() and completer.query() == "aleksantreinkatu 9",
            "the completion list for the whole query",
        )
        assert completer.row_texts(0)[:3] == ["Aleksanterinkatu 9", "address", "Kluuvi"]
        assert completer.row_texts(0)[3].startswith("fuzzy")
        _enter(qtbot, console)  # picks
        assert line.line_edit().text() == "N structure-fire @ Aleksanterinkatu 9"
        _enter(qtbot, console)  # creates
        await wait_for(lambda: window.recommendation_panel.recommendation(), "recommendation")
        await controller.wait_idle()
        (first,) = [i.incident_id for i in controller.incident_views()]
        incident = session.dispatch.state.incidents[first]
        assert incident.location == "aleksantreinkatu 9"  # what was typed, kept
        assert incident.verified is True and incident.place is not None
        assert (incident.place.label, incident.place.kind) == ("Aleksanterinkatu 9", "address")
        assert incident.place.build_id == build_id
        assert incident.reverse is not None and incident.reverse.build_id == build_id
        assert _location_cell(console, first, Qt.ItemDataRole.DisplayRole) == (
            "✓ Aleksanterinkatu 9"
        )
        assert window.incident_panel.header_texts()["place"].startswith(
            "✓ Verified: Aleksanterinkatu 9 (address, 0 m)"
        )

        # A corner, exact: Enter resolves it without a pick.
        _keys(qtbot, console, "N traffic-collision-injury @ mikonkatu & aleksanterinkatu")
        await wait_for(lambda: completer.isVisible(), "the list for the corner")
        qtbot.keyClick(line.line_edit(), Qt.Key.Key_Escape)  # close the list, keep the text
        _enter(qtbot, console)
        await wait_for(lambda: len(controller.incident_views()) == 2, "the corner's incident")
        await controller.wait_idle()
        corner = next(
            i for i in session.dispatch.state.incidents.values() if i.incident_id != first
        )
        assert corner.place is not None and corner.place.kind == "intersection"
        assert corner.location == "mikonkatu & aleksanterinkatu"

        # A typo is never taken on its own: Enter without a pick stores nothing, the line
        # and its list come back.
        _keys(qtbot, console, "N structure-fire @ aleksantreinkatu 9")
        await wait_for(lambda: completer.isVisible(), "the list for the typo")
        qtbot.keyClick(line.line_edit(), Qt.Key.Key_Escape)
        _enter(qtbot, console)
        await controller.wait_idle()
        assert "which place? Aleksanterinkatu 9 (Kluuvi)" in line.error_text()
        assert "nothing was created" in line.error_text()
        assert line.line_edit().text() == "N structure-fire @ aleksantreinkatu 9"
        await wait_for(lambda: completer.isVisible(), "the list reopened")
        assert len(controller.incident_views()) == 2

        # Issue 14: a position off the road network creates nothing.
        line.line_edit().clear()
        _keys(qtbot, console, "N structure-fire @ 59.0,20.0")
        _enter(qtbot, console)
        await controller.wait_idle()
        assert "outside the road network" in line.error_text()
        assert "nothing was created" in line.error_text()
        assert len(session.dispatch.state.incidents) == 2

        # A point picked on the map: forced, unverified, named by its nearest street.
        controller._on_map_new_incident_requested(60.170013, 24.945371)
        _keys(qtbot, console, "hazmat-leak")
        _enter(qtbot, console)
        await wait_for(lambda: len(session.dispatch.state.incidents) == 3, "map incident")
        await controller.wait_idle()
        forced = max(session.dispatch.state.incidents.values(), key=lambda i: i.created)
        assert (forced.verified, forced.override, forced.place) == (False, True, None)
        assert forced.reverse is not None and "Mikonkatu" in forced.reverse.label
        assert _location_cell(console, forced.incident_id, UNVERIFIED_ROLE) is True
        assert _location_cell(console, forced.incident_id, Qt.ItemDataRole.DisplayRole).startswith(
            "⚠ Mikonkatu"
        )

        # LOC verifies it to an address: one incident.location, the earlier stays in the log.
        line.line_edit().clear()
        _keys(qtbot, console, f"LOC {forced.incident_id} @ kaivokatu 8")
        await wait_for(lambda: completer.isVisible(), "the list for LOC")
        qtbot.keyClick(line.line_edit(), Qt.Key.Key_Tab)
        _enter(qtbot, console)
        await wait_for(
            lambda: session.dispatch.state.incidents[forced.incident_id].relocated == 1, "moved"
        )
        moved = session.dispatch.state.incidents[forced.incident_id]
        assert moved.verified is True and moved.place is not None
        assert moved.place.label == "Kaivokatu 8" and moved.location == "kaivokatu 8"
        assert _location_cell(console, forced.incident_id, UNVERIFIED_ROLE) is False

        # WHERE names a position; a unit without a fix is refused plainly.
        _keys(qtbot, console, f"WHERE {first}")
        _enter(qtbot, console)
        await controller.wait_idle()
        assert line.error_text().startswith(f"{first}: Aleksanterinkatu 9")
        _keys(qtbot, console, "WHERE HE11")
        _enter(qtbot, console)
        await controller.wait_idle()
        assert "HE11 has no position fix" in line.error_text()

        # After a dispatch the card comes forward with the units and their timers.
        _keys(qtbot, console, f"D {first}")
        _enter(qtbot, console)
        await wait_for(lambda: session.dispatch.state.committed_units(first), "dispatched")
        await controller.wait_idle()
        table = window.incident_panel.units_table()
        await wait_for(lambda: table.rowCount() == 4, "the card's units")
        assert table.horizontalHeaderItem(3).text() == "Dispatched"
        assert all(table.item(row, 3).text() for row in range(4))
        assert {table.item(row, 1).text() for row in range(4)} == {"dispatched"}
        await console.shutdown()

    console_loop.run_until_complete(scenario())

    payloads = _created(store_url)
    created = [p for p in payloads if p["kind"] == ev.INCIDENT_CREATED]
    assert len(created) == 3  # nothing for the refused or ambiguous lines
    assert created[0]["location"] == "aleksantreinkatu 9"
    assert created[0]["place"]["label"] == "Aleksanterinkatu 9"
    assert created[0]["place"]["build_id"] == build_id
    assert created[0]["verified"] is True and created[0]["override"] is False
    assert created[2]["override"] is True and created[2]["place"] is None
    (moved_event,) = [p for p in payloads if p["kind"] == ev.INCIDENT_LOCATION]
    assert moved_event["previous"]["lat"] == pytest.approx(60.170013)
    assert moved_event["place"]["label"] == "Kaivokatu 8"
    assert moved_event["location"] == "kaivokatu 8"


def test_a_site_without_places_takes_coordinates(
    console_loop, qtbot, tmp_path: Path, make_site
) -> None:
    site_dir = make_site([])
    assert not (site_dir / PLACES_FILE).exists()
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(site_dir, store_url, "day", operator="anna")
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        controller = console.session.controller
        assert controller is not None
        line = console.window.command_line
        completer = line.place_completer()
        _keys(qtbot, console, "N structure-fire @ 60°10'12\"N 24°56'42\"E")
        await wait_for(lambda: completer.isVisible(), "the list")
        assert "places unavailable" in completer.note_text()
        assert completer.row_texts(0)[1] == "coordinates"
        _enter(qtbot, console)  # picks the coordinates
        _enter(qtbot, console)
        await wait_for(lambda: controller.incident_views(), "incident at the coordinates")
        await controller.wait_idle()
        (incident,) = console.session.dispatch.state.incidents.values()
        assert incident.lat == pytest.approx(60.17, abs=1e-4)
        assert (incident.verified, incident.override, incident.reverse) == (False, True, None)
        line.line_edit().clear()
        _keys(qtbot, console, "N structure-fire @ mariankatu 12")
        await wait_for(lambda: completer.isVisible(), "the list says why")
        qtbot.keyClick(line.line_edit(), Qt.Key.Key_Escape)
        _enter(qtbot, console)
        await controller.wait_idle()
        assert "places are unavailable" in line.error_text()
        assert len(console.session.dispatch.state.incidents) == 1
        await console.shutdown()

    console_loop.run_until_complete(scenario())


def test_the_map_search_field_centres_the_map(console_loop, qtbot, tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    console = Console(None, store_url, "day", operator="anna")
    qtbot.addWidget(console.window)

    async def scenario() -> None:
        console.window.show()
        assert console.session is not None
        await console.session.start()
        window = console.window
        search = window.place_search
        qtbot.keyClick(
            window.command_line.line_edit(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
        )
        assert search.line_edit().hasFocus()
        qtbot.keyClicks(search.line_edit(), "senaatintori")
        await wait_for(
            lambda: (
                search.result_list().isVisible() and search.result_list().query() == "senaatintori"
            ),
            "the search list",
        )
        place = search.result_list().current_place()
        assert place is not None and place.label == "Senaatintori"
        qtbot.keyClick(search.line_edit(), Qt.Key.Key_Return)
        centre = window.map_widget.view_rect().center()
        x, y = console.session.projection.forward(place.lat, place.lon)
        assert abs(centre.x() - x) < 1 and abs(centre.y() - y) < 1
        await console.shutdown()

    console_loop.run_until_complete(scenario())
