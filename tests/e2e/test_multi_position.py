"""End to end: several dispatcher positions on one database (SQLite file and PostgreSQL).

Two real consoles (offscreen windows, ``--links none`` as in a control room
where the recorder owns the links) share one store. What one position does
appears at the other; two positions sending the same unit at the same
moment end with one winner and a clear message for the other; the log stays
one gapless chain. On PostgreSQL, a position that loses the database says
so, keeps its picture, refuses actions, and catches up when it is back.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, make_url, text

from console.app import Console
from console.services.dispatch import DispatchError
from models.store import GroupCommitWriter, NewEvent, open_store, verify_chain
from tests.polling import wait_for

pytestmark = pytest.mark.timeout(180)


def _type(qtbot, console: Console, line: str) -> None:
    edit = console.window.command_line.line_edit()
    edit.setText(line)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_two_positions_share_the_picture_and_race_for_a_unit(
    console_loop, qtbot, store_url: str
) -> None:
    anna = Console(None, store_url, "day", operator="anna", links="none")
    ben = Console(None, store_url, "day", operator="ben", links="none")
    qtbot.addWidget(anna.window)
    qtbot.addWidget(ben.window)
    seen: dict[str, object] = {}

    async def scenario() -> None:
        for console in (anna, ben):
            console.window.show()
            await console.session.start()
        assert anna.session.ingest.links == [] and ben.session.ingest.links == []

        _type(qtbot, anna, "N structure-fire @ 60.1700,24.9450 Aleksanterinkatu 9")
        await anna.session.controller.wait_idle()
        (incident_id,) = [i.incident_id for i in anna.session.controller.incident_views()]
        # Pushed to the other position, into its queue.
        await wait_for(
            lambda: ben.window.incident_queue.model().row_of(incident_id) is not None,
            "the incident at ben's position",
        )
        _type(qtbot, ben, "N traffic-collision-injury @ 60.1690,24.9420")
        await ben.session.controller.wait_idle()
        other = next(
            i.incident_id
            for i in ben.session.controller.incident_views()
            if i.incident_id != incident_id
        )
        assert other != incident_id
        await wait_for(lambda: other in anna.session.dispatch.state.incidents, "ben's incident")

        # The same unit, at the same moment, to two incidents.
        results = await asyncio.gather(
            anna.session.dispatch.dispatch(incident_id, ["HE11"], recommended=False),
            ben.session.dispatch.dispatch(other, ["HE11"], recommended=False),
            return_exceptions=True,
        )
        seen["results"] = results
        winner_incident = incident_id if results[0] is None else other
        for console in (anna, ben):
            await wait_for(
                lambda c=console: (
                    c.session.dispatch.state.unit("HE11").incident_id == winner_incident
                ),
                "both positions agree who has HE11",
            )
        seen["winner_incident"] = winner_incident
        # The loser sees it on the command line too.
        loser = ben if results[0] is None else anna
        loser_incident = other if results[0] is None else incident_id
        _type(qtbot, loser, f"D {loser_incident} HE11")
        await loser.session.controller.wait_idle()
        seen["loser_line"] = loser.window.command_line.error_text()
        for console in (anna, ben):
            await console.shutdown()

    console_loop.run_until_complete(scenario())

    results = seen["results"]
    assert sorted(r is None for r in results) == [False, True], results  # one winner
    (error,) = [r for r in results if r is not None]
    assert isinstance(error, DispatchError)
    assert f"HE11 is now dispatched to {seen['winner_incident']}" in str(error)
    assert "not applied" in str(error)
    assert "HE11" in str(seen["loser_line"])
    store = open_store(store_url)
    try:
        report = verify_chain(store)
        assert report.ok and report.checked == store.last_seq()
        assigned = [
            e
            for e in store.latest_events(100, kinds=["unit.assigned"])
            if e.payload["unit"] == "HE11"
        ]
        assert len(assigned) == 1  # the loser's assignment never reached the log
    finally:
        store.close()


def test_a_position_that_loses_postgres_refuses_actions_and_resyncs(
    console_loop, qtbot, fresh_postgres_url: str, postgres_url: str
) -> None:
    database = make_url(fresh_postgres_url).database
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    console = Console(None, fresh_postgres_url, "day", operator="anna", links="none")
    qtbot.addWidget(console.window)
    seen: dict[str, object] = {}

    def block(allow: bool) -> None:
        with admin.connect() as conn:
            conn.execute(
                text(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS {str(allow).lower()}')
            )
            if not allow:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :db AND pid <> pg_backend_pid()"
                    ),
                    {"db": database},
                )

    async def scenario() -> None:
        window = console.window
        window.show()
        await console.session.start()
        session = console.session
        _type(qtbot, console, "N structure-fire @ 60.1700,24.9450")
        await session.controller.wait_idle()
        assert len(session.dispatch.state.incidents) == 1

        block(allow=False)
        await wait_for(
            lambda: (
                window.banner.isVisible() and "DATABASE CONNECTION LOST" in window.banner.text()
            ),
            "the banner",
        )
        _type(qtbot, console, "N traffic-collision-injury @ 60.1690,24.9420")
        await session.controller.wait_idle()
        seen["refusal"] = window.command_line.error_text()
        seen["incidents_while_down"] = len(session.dispatch.state.incidents)
        seen["queue_rows_while_down"] = window.incident_queue.model().rowCount()

        block(allow=True)
        # Another position works on while this one reconnects.
        other = open_store(fresh_postgres_url)
        with GroupCommitWriter(other) as writer:
            writer.submit(
                NewEvent(
                    source="operator:ben",
                    kind="incident.created",
                    rx_time=datetime.now(UTC),
                    payload={
                        "incident_id": "2099-000001",
                        "type": "cardiac-arrest",
                        "priority": 1,
                        "lat": 60.17,
                        "lon": 24.94,
                    },
                )
            )
        other.close()
        await wait_for(lambda: "2099-000001" in session.dispatch.state.incidents, "resync")
        await wait_for(lambda: not window.banner.isVisible(), "the banner cleared")
        _type(qtbot, console, "N traffic-collision-injury @ 60.1690,24.9420")
        await session.controller.wait_idle()
        seen["incidents_after"] = len(session.dispatch.state.incidents)
        await console.shutdown()

    try:
        console_loop.run_until_complete(scenario())
    finally:
        block(allow=True)
        admin.dispose()

    assert "NOT RECORDED" in str(seen["refusal"])
    assert "database connection is lost" in str(seen["refusal"])
    assert seen["incidents_while_down"] == 1 and seen["queue_rows_while_down"] == 1
    assert seen["incidents_after"] == 3
