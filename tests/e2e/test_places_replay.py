"""End to end: replay shows the place as the dispatcher saw it, from the log alone.

A store holds an incident created at a forced map point (unverified, named
by its nearest street under one places build), then verified to an address
by ``incident.location``. The replay window, seeking before and after the
move, shows the queue's Location column and the incident card as they were:
"⚠ ..." then "✓ ...", with the build in the tooltip. No places index is
opened for this: the log carries it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.app import Console
from models.store import GroupCommitWriter, NewEvent, open_store
from tests.polling import wait_for
from widgets.incident_queue import UNVERIFIED_ROLE, IncidentColumn

pytestmark = pytest.mark.timeout(120)

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)
IID = "2026-000001"
BUILD = "Helsinki.osm.pbf@2026-03-01#abc"
REVERSE = {"label": "Mikonkatu near Yliopistonkatu, 30 m", "kind": "reverse", "lat": 60.17,
           "lon": 24.9453, "distance_m": 20.6, "build_id": BUILD}  # fmt: skip
PLACE = {"label": "Kaivokatu 8", "kind": "address", "lat": 60.1707, "lon": 24.9432,
         "distance_m": 0.0, "match": "exact", "score": 1.0, "locality": "Keskusta",
         "place_id": "a:1", "build_id": BUILD}  # fmt: skip


def _ev(s: int, kind: str, **payload: object) -> NewEvent:
    return NewEvent("operator:anna", kind, T0 + timedelta(seconds=s), payload)


def test_replay_shows_the_place_as_it_was(console_loop, tmp_path: Path) -> None:
    path = tmp_path / "shift.sqlite"
    store = open_store(f"sqlite:///{path}")
    events = [
        _ev(10, "incident.created", incident_id=IID, type="structure-fire", priority=1,
            lat=60.170013, lon=24.945371, location=None, call_id=None, place=None,
            verified=False, override=True, reverse=REVERSE),
        _ev(40, "incident.location", incident_id=IID, lat=60.1707, lon=24.9432,
            location="kaivokatu 8", place=PLACE, verified=True, override=False, reverse=None,
            previous={"lat": 60.170013, "lon": 24.945371, "location": None}),
        _ev(60, "incident.note", incident_id=IID, text="end of story"),
    ]  # fmt: skip
    try:
        with GroupCommitWriter(store, max_batch=len(events), window_s=60) as writer:
            for event in events:
                writer.submit(event)
            assert writer.flush(60)
    finally:
        store.close()

    async def scenario() -> None:
        console = Console(None, None, "day", replay=str(path))
        console.window.show()
        session = console.session
        await session.start()
        window = console.window
        model = window.incident_queue.model()

        def cell(role: int) -> object:
            return model.index(model.row_of(IID), IncidentColumn.LOCATION).data(role)

        async def at(seconds: float) -> None:
            shown = session.states_shown
            session.seek(T0 + timedelta(seconds=seconds))
            await wait_for(lambda: session.states_shown > shown, f"state at +{seconds}s")

        await at(20)
        assert cell(Qt.ItemDataRole.DisplayRole) == "⚠ Mikonkatu near Yliopistonkatu, 30 m"
        assert cell(UNVERIFIED_ROLE) is True
        assert BUILD in str(cell(Qt.ItemDataRole.ToolTipRole))
        await at(50)
        assert cell(Qt.ItemDataRole.DisplayRole) == "✓ Kaivokatu 8"
        assert cell(UNVERIFIED_ROLE) is False
        assert "Typed: kaivokatu 8" in str(cell(Qt.ItemDataRole.ToolTipRole))
        await console.shutdown()

    console_loop.run_until_complete(scenario())
