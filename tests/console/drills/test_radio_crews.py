"""RadioCrews: a drill crew's status leaves over the TETRA pty as the site's pre-coded value,
read back by the console's own PEI session; a never-acknowledging unit reads nothing."""

from __future__ import annotations

import os
from typing import Any

from console.config.reach import reach_from_mapping
from console.drills.radio_crews import RadioCrews
from models.dispatch.status import UnitStatus
from radio.simulators.pty import PtyPeer, drive
from radio.simulators.tetra_gateway import TetraGateway
from radio.tetra_pei_station import SdsReport, StatusReceived, TetraPeiStation


def _config(path: str) -> Any:
    return reach_from_mapping(
        {
            "links": [{"name": "radio", "kind": "tetra", "url": path}],
            "paths": [
                {"unit": "HE11", "link": "radio", "address": "2011"},
                {"unit": "HE12", "link": "radio", "address": "2012"},
            ],
        }
    )


def test_statuses_go_over_the_radio_and_a_silent_crew_reads_nothing() -> None:
    gateway = TetraGateway()
    with PtyPeer(gateway) as peer:
        crews = RadioCrews(peer, gateway, _config(peer.path), never_acknowledge=["HE12"])
        assert crews.issi("HE11") == "2011" and crews.issi("HE99") is None
        assert crews.value_of(UnitStatus.EN_ROUTE) == 32773
        assert not crews.report("HE99", UnitStatus.EN_ROUTE)
        fd = os.open(peer.path, os.O_RDWR | os.O_NOCTTY)
        try:
            station = TetraPeiStation()
            seen: list[Any] = []
            assert crews.report("HE11", UnitStatus.EN_ROUTE)
            assert crews.report("HE11", UnitStatus.ON_SCENE)
            now = 0.0
            station.submit_text("2011", "Structure fire", now, "a")
            station.submit_text("2012", "Structure fire", now, "b")
            reads = lambda: {e.key for e in seen if isinstance(e, SdsReport) and e.report == "read"}  # noqa: E731
            statuses = lambda: [e for e in seen if isinstance(e, StatusReceived)]  # noqa: E731
            assert drive(
                station, fd, lambda: "a" in reads() and len(statuses()) == 2, 10, seen.extend
            )
            drive(
                station, fd, lambda: False, 1.0, seen.extend
            )  # time for a report that never comes
        finally:
            os.close(fd)
    assert [(e.source, e.status) for e in statuses()] == [("2011", 32773), ("2011", 32774)]
    assert reads() == {"a"}


def test_a_drill_radio_pages_answers_and_scores_the_dispatchers_first_action(
    tmp_path: Any,
) -> None:
    """The drill's TETRA gateway on a pty, the console's real reach service on it: one crew
    answers over the radio, the silent one raises the crew alarm, the dispatcher's VOICE is
    its first action, and ``alarm_responses`` reads that interval back from the log."""
    import asyncio
    import math

    from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
    from console.drills.radio_crews import alarm_responses, drill_radio
    from console.services.dispatch import DispatchService
    from models.dispatch import events as ev
    from models.store import GroupCommitWriter, open_store, queries

    site = load_site(DEFAULT_SITE_DIR)
    radio = drill_radio(site, never_acknowledge=["HE12"], crew_limit_s=1.0)
    store = open_store(f"sqlite:///{tmp_path / 'drill.sqlite'}")

    async def main() -> None:
        loop = asyncio.get_running_loop()
        catalogue = site_catalogue(site)
        dispatch = DispatchService(site, catalogue, None, "trainee")
        reach = radio.start_reach(site, dispatch, catalogue)

        def apply(events: list[Any]) -> None:
            mine = [e for e in events if e.kind in ev.DISPATCH_KINDS]
            dispatch.on_committed(mine)
            reach.on_committed(mine)

        dispatch.writer = GroupCommitWriter(
            store, on_committed=lambda events: loop.call_soon_threadsafe(apply, events)
        )
        try:
            incident = await dispatch.create_incident("structure-fire", 60.1712, 24.9433, "x 5")
            await dispatch.dispatch(incident, ["HE11", "HE12"], recommended=False)
            assert radio.crews.report("HE11", UnitStatus.EN_ROUTE)

            async def until(check: Any) -> None:
                for _ in range(1000):
                    if check():
                        return
                    await asyncio.sleep(0.01)
                raise AssertionError("not reached")

            await until(lambda: dispatch.state.unit("HE11").status == UnitStatus.EN_ROUTE)
            await until(lambda: [n.unit for n in reach.state.open_alarms()] == ["HE12"])
            await asyncio.sleep(0.3)
            await reach.voice("HE12")
            await until(lambda: not reach.state.open_alarms())
        finally:
            await radio.close()
            await loop.run_in_executor(None, dispatch.writer.close)

    try:
        asyncio.run(main())
        with store.engine.connect() as conn:
            events = queries.events_since(conn, 0)
    finally:
        radio.stop()
        store.close()
    (response,) = alarm_responses(events)
    assert (response.unit, response.stage, response.action) == ("HE12", "crew", ev.REACH_VOICE)
    assert response.operator == "trainee"
    assert 0.3 <= response.seconds < 10 and not math.isinf(response.seconds)
    status = [e for e in events if e.kind == ev.UNIT_STATUS and e.payload["unit"] == "HE11"]
    assert status[-1].source.startswith("radio:drill-radio:")


def test_an_alarm_nobody_acts_on_scores_infinite_and_a_resend_counts() -> None:
    import math
    from datetime import UTC, datetime, timedelta

    from console.drills.radio_crews import alarm_responses
    from models.dispatch import events as ev

    t0 = datetime(2026, 12, 6, 16, tzinfo=UTC)

    class E:
        def __init__(self, seq: int, s: float, kind: str, source: str, **p: Any) -> None:
            self.seq, self.rx_time, self.kind, self.source, self.payload = (
                seq,
                t0 + timedelta(seconds=s),
                kind,
                source,
                p,
            )

    queued = {"unit": "HE12", "incident_id": "I1"}
    events = [
        E(1, 0, ev.REACH_QUEUED, "reach:radio", notice_id="I1/HE12/1", **queued),
        E(2, 30, ev.REACH_TIMED_OUT, "reach:radio", notice_id="I1/HE12/1", stage="link"),
        E(3, 31, ev.UNIT_STATUS, "radio:radio:2011", unit="HE12"),  # the crew, not a dispatcher
        E(
            4,
            42.5,
            ev.REACH_QUEUED,
            "reach:radio",
            notice_id="I1/HE12/2",
            resend_of="I1/HE12/1",
            by="anna",
            **queued,
        ),
        E(5, 72.5, ev.REACH_TIMED_OUT, "reach:radio", notice_id="I1/HE12/2", stage="link"),
    ]
    first, second = alarm_responses(events)
    assert (first.seconds, first.action, first.operator) == (12.5, ev.REACH_QUEUED, "anna")
    assert math.isinf(second.seconds) and second.to_json()["seconds"] is None


def test_the_unanswered_page_scenario_is_valid_on_the_default_site() -> None:
    """The shipped scenario names its silent unit in ``[crews] never_acknowledge``; it fits
    the site, and that unit is a unit of the site with a drill ISSI the gateway keeps silent."""
    from console.config.site import DEFAULT_SITE_DIR, load_site, site_catalogue
    from console.drills.radio_crews import drill_radio
    from models.drills.scenario import load_scenario
    from models.drills.site_check import site_facts, validate_against_site

    scenario = load_scenario("cardiac-arrest-unanswered")
    silent = scenario.crews.never_acknowledge
    site = load_site(DEFAULT_SITE_DIR)
    validate_against_site(scenario, site_facts(site, site_catalogue(site)))
    radio = drill_radio(site, never_acknowledge=silent)
    try:
        assert silent == ("HE121",) and radio.crews.issi("HE121")
        assert radio.crews.issi("HE121") in radio.crews.gateway.never_acknowledge
    finally:
        radio.stop()
