"""End to end: a supervisor opens a store read-only in the replay window.

A store with a realistic story (a call, an incident with a unit, an alert)
is opened with ``Console(..., replay=STORE)``: the banner says replay and
that the hash chain is intact, the command line is disabled, the timeline
covers the store, and seeking shows exactly the picture of that moment in
the docks (incident open between its creation and closing, the call in the
queue while active). The store is not written.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from console.app import Console
from models.store import open_store
from tests.models.replay.story import CALL, INCIDENT, T0, write_story
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(120)


def test_replay_window_shows_the_picture_at_each_moment(console_loop, tmp_path: Path) -> None:
    path = tmp_path / "shift.sqlite"
    store = open_store(f"sqlite:///{path}")
    try:
        write_story(store)
    finally:
        store.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    async def scenario() -> None:
        console = Console(None, None, "day", replay=str(path))
        console.window.show()
        session = console.session
        await session.start()
        window = console.window
        assert "REPLAY" in window.banner.text() and "intact" in window.banner.text()
        assert not window.command_line.isEnabled()
        assert window.timeline is not None
        # The map names streets and landmarks as the console's map does (Helsinki's index).
        await wait_for(lambda: len(window.map_widget.street_lines()) > 100, "street names")
        categories = {p.category for p in window.map_widget.landmark_places()}
        assert "fire_hydrant" in categories and "cafe" not in categories

        # At the end of the shift: the incident is closed, the call released.
        await wait_for(lambda: session.states_shown >= 1, "first state")
        assert window.incident_queue.model().row_of(INCIDENT) is None

        async def at(seconds: float) -> None:
            shown = session.states_shown
            session.seek(T0 + timedelta(seconds=seconds))
            await wait_for(lambda: session.states_shown > shown, f"state at +{seconds}s")

        await at(23)
        assert window.incident_queue.model().row_of(INCIDENT) is not None
        assert window.call_queue.model().row_of(CALL) is not None
        await at(5)
        assert window.incident_queue.model().row_of(INCIDENT) is None
        assert window.call_queue.model().row_of(CALL) is None
        await at(45)
        assert window.incident_queue.model().row_of(INCIDENT) is not None
        await console.shutdown()

    console_loop.run_until_complete(scenario())
    # Replay never writes: the file is byte for byte what it was.
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_stored_frame_shows_raw_bytes_beside_its_decode(console_loop, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from console.reports.frame_detail import show_event
    from models.store import GroupCommitWriter, NewEvent
    from radio.codecs.nmea_encode import encode_gga
    from radio.protocols import get_protocol
    from widgets.dialogs import FrameDetailDialog, open_dialogs

    path = tmp_path / "frames.sqlite"
    store = open_store(f"sqlite:///{path}")
    raw = encode_gga(60.17, 24.94, datetime(2026, 1, 1, 12, tzinfo=UTC).time())
    today = get_protocol("nmea").decode(raw).to_payload()
    old = {**today, "lat": 60.0}  # what an older codec had stored
    with GroupCommitWriter(store) as writer:
        writer.submit(
            NewEvent("link:avl", "frame.decoded", datetime.now(UTC),
                     {"protocol": "nmea", "peer": "p", "message": old}, raw=raw)
        )  # fmt: skip
    store.close()

    async def scenario() -> None:
        console = Console(None, None, "day", replay=str(path))
        await console.session.start()
        await show_event(console.window, console.session.store, console.session.site, 1)
        (dialog,) = [d for d in open_dialogs() if isinstance(d, FrameDetailDialog)]
        assert raw[:6].hex(" ") in dialog.raw_view.toPlainText()
        assert '"lat": 60.0' in dialog.stored_view.toPlainText()
        assert '"lat": 60.17' in dialog.today_view.toPlainText()
        assert "lat" in dialog.differences_label.text()
        dialog.close()
        await console.shutdown()

    console_loop.run_until_complete(scenario())
