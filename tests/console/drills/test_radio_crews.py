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
